// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** WordPiece on a hand-made vocabulary (Google's tokenization_test.py examples) and on the real cased vocabulary. */
class WordPieceTest {

  private static final WordPiece TINY = WordPiece.of(List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "want",
      "##want", "##ed", "wa", "un", "runn", "##ing", ",", "low", "lowest", ".", "Un", "##aff", "##able", "!", "の"));

  @Test
  void wordsSplitGreedilyIntoLongestPieces() {
    assertThat(TINY.tokenize("unwanted running")).containsExactly("un", "##want", "##ed", "runn", "##ing");
  }

  @Test
  void aWordThatCannotBeSplitBecomesUnknown() {
    assertThat(TINY.tokenize("unwantedX running")).containsExactly("[UNK]", "runn", "##ing");
  }

  @Test
  void punctuationIsSplitOffAndCaseIsKept() {
    assertThat(TINY.tokenize("Unaffable, lowest!")).containsExactly("Un", "##aff", "##able", ",", "lowest", "!");
  }

  @Test
  void controlCharactersAreDroppedAndWhitespaceSeparates() {
    assertThat(TINY.tokenize(" \tlow\u0000\u200b\nlowest\r")).containsExactly("low", "lowest");
  }

  @Test
  void cjkIdeographsAndEmptyInputs() {
    assertThat(WordPiece.basicTokens("ah博推zz")).containsExactly("ah", "博", "推", "zz");
    assertThat(TINY.encode("")).isEmpty();
    assertThat(TINY.encode("   ")).isEmpty();
  }

  @Test
  void aVocabularyWithoutSpecialTokensIsRejected() {
    assertThatThrownBy(() -> WordPiece.of(List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[UNK]");
  }

  @Property(tries = 200)
  void anyTextEncodesToValidIds(@ForAll String text) {
    for (int id : TINY.encode(text)) {
      assertThat(id).isBetween(0, TINY.size() - 1);
    }
  }

  @Test
  void theCasedVocabularyKeepsCommonWordsWhole() {
    WordPiece wp = Bert.model().wordPiece();
    assertThat(wp.size()).isEqualTo(28_996);
    assertThat(wp.tokenize("nationwide synthetic Center")).containsExactly("nationwide", "synthetic", "Center");
    assertThat(wp.tokenize("Jinping")).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p).isNotEqualTo("[UNK]"));
    assertThat(wp.tokenize("U.S.")).containsExactly("U", ".", "S", ".");
  }
}
