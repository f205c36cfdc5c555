// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseNormalTest {

  @Test
  void aShoutedLineIsWrittenInSentenceCase() {
    assertThat(CaseNormal.of("OFFICERS MENTIONED THE TALKS. I THINK THEY WILL RESUME NOT TOO LONG AGO, IN THE NEW "
        + "YEAR!\nnext line")).isEqualTo("Officers mentioned the talks. I think they will resume not too long ago, in "
        + "the new year!\nnext line");
  }

  @Test
  void aTitleCaseLineLosesTheCapitalsOfItsWordsButNotOfAcronymsOrSentenceStarts() {
    assertThat(CaseNormal.of("The Mayor Said On Tuesday That The NASA Plan Would Cost More Than Last Year. Critics "
        + "Agreed, And Said It Was Late."))
        .isEqualTo("The mayor said on tuesday that the NASA plan would cost more than last year. Critics agreed, and said "
            + "it was late.");
  }

  @Test
  void aHeadlineOrAnOrdinaryLineStaysAsWritten() {
    String text = "MORTGAGE DEMAND PLUMMETS TO NEW LOW AS RATES RACE\nThe Mayor Said It Would Cost More\n"
        + "John Smith met Mary Jones in New York on Monday, and they said so.";
    assertThat(CaseNormal.of(text)).isSameAs(text);
  }

  @Test
  void everyOffsetStaysWhereItWas() {
    String text = "İSTANBUL ŞEHRİ VE ANKARA ARASI YOLLAR AÇIK VE GÜZEL. 𝐁𝐎𝐋𝐃 WORDS HERE TOO, AND MORE.";
    assertThat(CaseNormal.of(text)).hasSameSizeAs(text);
  }
}
