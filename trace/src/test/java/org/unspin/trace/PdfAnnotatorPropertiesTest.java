// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.unspin.testkit.Pdfs;
import org.unspin.text.PagedText;

/**
 * Whatever the lines (words hyphenated at their ends included) and the spans, the annotated PDF reads as the same
 * text, and every span with a visible character is drawn.
 */
class PdfAnnotatorPropertiesTest {

  record Case(List<List<List<String>>> pages, List<int[]> spans) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnop").ofMinLength(1).ofMaxLength(9);
    Arbitrary<String> line = word.list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws))
        .flatMap(l -> Arbitraries.of(l, l + "-", "The " + l + "."));
    Arbitrary<List<List<List<String>>>> pages = line.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(3)
        .list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<int[]>> spans = Combinators.combine(Arbitraries.integers().between(0, 400),
        Arbitraries.integers().between(0, 30)).as((a, b) -> new int[] {a, b}).list().ofMaxSize(6);
    return Combinators.combine(pages, spans).as(Case::new);
  }

  @Property(tries = 40)
  void theCopyReadsAsTheSameTextAndEveryVisibleSpanIsDrawn(@ForAll("cases") Case c) throws Exception {
    TempFolders.with("pdf", dir -> {
      Path in = Pdfs.writePages(dir.resolve("in.pdf"), c.pages(), null, null);
      PagedText text = Documents.pdf(in);
      List<Mark> marks = new ArrayList<>();
      for (int[] s : c.spans()) {
        int start = Math.min(s[0], text.text().length());
        marks.add(new Mark(start, Math.min(start + s[1], text.text().length()), "n", Mark.Level.HIGH));
      }
      PdfAnnotator.Result r = PdfAnnotator.annotate(in, marks, "summary", dir.resolve("out.pdf"));
      assertThat(Documents.pdf(dir.resolve("out.pdf"))).isEqualTo(text);
      assertThat(r.placed() + r.notFound()).isEqualTo(marks.size());
      long visible = marks.stream().filter(m -> !text.text().substring(m.start(), m.end()).isBlank()).count();
      assertThat((long) r.placed()).isGreaterThanOrEqualTo(visible);
    });
  }
}
