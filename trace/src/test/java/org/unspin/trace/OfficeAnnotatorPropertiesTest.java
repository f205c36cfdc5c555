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
import org.unspin.testkit.Docx;

/**
 * Whatever the runs and the spans, an annotated copy reads as the same text (Word files and OpenDocument texts
 * alike), and a Word copy holds a comment for every span with a visible character, and none for an empty one.
 */
class OfficeAnnotatorPropertiesTest {

  /** Paragraphs of runs of words, spaces, tabs and other scripts, and spans anywhere in their text. */
  record Case(List<List<String>> paragraphs, List<int[]> spans) {}

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<String> run = Arbitraries.oneOf(
        Arbitraries.strings().withChars("abcdefghij ").ofMinLength(1).ofMaxLength(12),
        Arbitraries.of("  ", " mentioned ", "officers", "\u00e9t\u00e9", "\u4e2d\u6587", "x\ud83d\ude00y", "a-b"));
    Arbitrary<List<List<String>>> paragraphs = run.list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(4);
    Arbitrary<List<int[]>> spans = Combinators.combine(Arbitraries.integers().between(0, 200),
        Arbitraries.integers().between(0, 20)).as((a, b) -> new int[] {a, b}).list().ofMaxSize(6);
    return Combinators.combine(paragraphs, spans).as(Case::new);
  }

  private static String body(List<List<String>> paragraphs, boolean word) {
    // a first paragraph with a word: a file without text is refused before anything is marked
    StringBuilder sb = new StringBuilder(word ? Docx.paragraph("The mayor") : "<text:p>The mayor</text:p>");
    for (List<String> p : paragraphs) {
      if (word) {
        sb.append(Docx.paragraph(p.toArray(String[]::new)).replace("<w:r><w:t xml:space=\"preserve\">  </w:t>",
            "<w:r><w:tab/><w:t xml:space=\"preserve\"> </w:t>"));
      } else {
        sb.append("<text:p>");
        for (String r : p) {
          sb.append("<text:span>").append(r.replace("&", "&amp;").replace("<", "&lt;")).append("</text:span>");
        }
        sb.append("</text:p>");
      }
    }
    return sb.toString();
  }

  private static List<Mark> marks(String text, List<int[]> spans) {
    List<Mark> marks = new ArrayList<>();
    for (int[] s : spans) {
      int start = Math.min(s[0], text.length());
      int end = Math.min(start + s[1], text.length());
      marks.add(new Mark(start, end, "note " + marks.size(), Mark.Level.values()[marks.size() % 3]));
    }
    return marks;
  }

  @Property(tries = 60)
  void aWordCopyReadsAsTheSameTextWithACommentPerSpan(@ForAll("cases") Case c) throws Exception {
    TempFolders.with("word", dir -> {
      byte[] docx = Files.readAllBytes(Docx.write(dir.resolve("in.docx"), body(c.paragraphs(), true)));
      String text = Documents.docxToText(docx, "in");
      List<Mark> marks = marks(text, c.spans());
      byte[] out = WordAnnotator.annotate(docx, "in", marks, "summary");
      assertThat(Documents.docxToText(out, "out")).isEqualTo(text);
      long visible = marks.stream().filter(m -> !text.substring(m.start(), m.end()).isBlank()).count();
      long comments = WordAnnotator.comments(out).size() - 1; // and the summary's
      assertThat(comments).isBetween(visible, marks.stream().filter(m -> m.end() > m.start()).count());
    });
  }

  @Property(tries = 60)
  void anOpenDocumentCopyReadsAsTheSameText(@ForAll("cases") Case c) throws Exception {
    TempFolders.with("odt", dir -> {
      byte[] odt = Files.readAllBytes(Docx.writeOdt(dir.resolve("in.odt"), body(c.paragraphs(), false)));
      String text = Documents.odtToText(odt, "in");
      byte[] out = OpenDocumentAnnotator.annotate(odt, "in", marks(text, c.spans()), "summary");
      assertThat(Documents.odtToText(out, "out")).isEqualTo(text);
    });
  }
}
