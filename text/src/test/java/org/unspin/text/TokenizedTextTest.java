// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TokenizedTextTest {

  private static List<String> sentences(String s) {
    TokenizedText t = TokenizedText.of(s);
    return t.sentences().stream().map(x -> x.span().of(s)).collect(Collectors.toList());
  }

  @Test
  void splitsSentencesAtTerminalPunctuation() {
    assertThat(sentences("He left. She stayed! Did they? Yes."))
        .containsExactly("He left.", "She stayed!", "Did they?", "Yes.");
  }

  @Test
  void aLineBreakThatOnlyWrapsALineEndsNoParagraph() {
    String wrapped = "The price kept remaining\nwithin the range, analysts\nsaid.\nShares rose.\nMarkets Today\n"
        + "Stocks fell.";
    TokenizedText t = TokenizedText.of(wrapped);
    assertThat(sentences(wrapped)).containsExactly("The price kept remaining\nwithin the range, analysts\nsaid.",
        "Shares rose.", "Markets Today", "Stocks fell.");
    assertThat(t.paragraphs()).hasSize(4);
    // after a sentence or clause end, or before a capital, a digit or a bullet, a line break still ends a paragraph
    assertThat(TokenizedText.of("It rose:\nmarkets cheered.").paragraphs()).hasSize(2);
    assertThat(TokenizedText.of("It rose by\n5 points.").paragraphs()).hasSize(2);
    assertThat(TokenizedText.of("Fruit\n- apples\n- pears").paragraphs()).hasSize(3);
  }

  @Test
  void abbreviationsAndInitialsDoNotEndSentences() {
    assertThat(sentences("Mr. Blinken met Antony J. Blinken in Jan. 2023. Then he left."))
        .containsExactly("Mr. Blinken met Antony J. Blinken in Jan. 2023.", "Then he left.");
  }

  @Test
  void noEndsASentenceUnlessANumberFollows() {
    assertThat(sentences("The mayor said no. Officers then left. He was ranked No. 5 in Nos. 3 and 4."))
        .containsExactly("The mayor said no.", "Officers then left.", "He was ranked No. 5 in Nos. 3 and 4.");
    assertThat(sentences("The answer was \u201Cno.\u201D The vote was lost."))
        .containsExactly("The answer was \u201Cno.\u201D", "The vote was lost.");
  }

  @Test
  void aPapersAbbreviationsDoNotEndSentences() {
    assertThat(sentences("As Smith et al. (2020) showed, it works. See Eq. 3 and pp. 12-14 of Ref. [5]. It holds "
        + "(cf. Sec. 2, Figs. 3-4) at ca. 5% cost. We stop."))
        .containsExactly("As Smith et al. (2020) showed, it works.", "See Eq. 3 and pp. 12-14 of Ref. [5].",
            "It holds (cf. Sec. 2, Figs. 3-4) at ca. 5% cost.", "We stop.");
  }

  @Test
  void closingQuoteStaysWithItsSentence() {
    assertThat(sentences("He said, “We will.” Then he left."))
        .containsExactly("He said, “We will.”", "Then he left.");
  }

  @Test
  void everyLineIsAParagraphWithoutBlankLines() {
    TokenizedText t = TokenizedText.of("One. Two.\nThree.\r\nFour");
    assertThat(t.paragraphs()).hasSize(3);
    assertThat(t.paragraphs().get(0).span().of(t.text())).isEqualTo("One. Two.");
    assertThat(t.sentences()).hasSize(4);
  }

  @Test
  void blankLinesSeparateParagraphsWhenPresent() {
    TokenizedText t = TokenizedText.of("One\nstill one.\n\nTwo.");
    assertThat(t.paragraphs()).hasSize(2);
    assertThat(t.paragraphs().get(0).span().of(t.text())).isEqualTo("One\nstill one.");
  }

  @Test
  void aLineBreakInsideABlankLineParagraphStillEndsTheSentenceBeforeIt() {
    // a text with one blank line anywhere (even a trailing one) reads its single line breaks as inside paragraphs;
    // the sentences ending at them were one sentence, and tracing found no passage of a verbatim copy
    TokenizedText t = TokenizedText.of("The mayor said so.\nThe council agreed.\n  \u201CWe will,\u201D he said.\n\n");
    assertThat(t.paragraphs()).hasSize(1);
    assertThat(t.sentences()).extracting(x -> x.span().of(t.text()))
        .containsExactly("The mayor said so.", "The council agreed.", "\u201CWe will,\u201D he said.");
    assertThat(TokenizedText.of("One line\nand its wrap.\n\nTwo.").sentences()).hasSize(2);
  }

  @Test
  void lowerCaseAfterDotDoesNotSplit() {
    assertThat(sentences("It costs 3 p.m. prices. ok then")).hasSize(1);
  }
}
