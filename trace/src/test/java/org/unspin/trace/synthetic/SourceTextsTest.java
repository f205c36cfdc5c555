// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.unspin.trace.Articles;

class SourceTextsTest {

  @Test
  void brownTagsAreStrippedAndQuotesRestored() {
    String tagged = "\n\n\tThe/at jury/nn said/vbd ``/`` no/at evidence/nn ''/'' ,/, it/pps said/vbd ./.\n\n"
        + "\tA/at second/od paragraph/nn (/( short/jj )/) ./.\n";
    assertThat(SourceTexts.untagBrown(tagged))
        .isEqualTo("The jury said \"no evidence\", it said.\nA second paragraph (short).");
  }

  @Property(tries = 20)
  void chunksHoldWholeSentencesWithinTheWordRange(@ForAll @IntRange(min = 0, max = 500) int seed) {
    List<SourceTexts.Text> texts = List.of(new SourceTexts.Text("a", Articles.article(seed, 2000)),
        new SourceTexts.Text("b", Articles.article(seed + 1, 700)));
    for (SourceTexts.Chunk c : SourceTexts.chunks(texts, 100, 200, seed)) {
      assertThat(c.words()).isBetween(100, 200);
      assertThat(SourceTexts.words(c.text())).isEqualTo(c.words());
      assertThat(c.text()).endsWith(".");
    }
  }
}
