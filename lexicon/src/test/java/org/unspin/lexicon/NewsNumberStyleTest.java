// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsNumberStyleTest {

  /** A table that has seen "seven" written for "7" and "4" for "four", as the bundled one has. */
  private final ChannelModel channel = SpinnerModels.builder().table(SpinnerTable.builder("N")
      .add(new TableEntry(TableEntry.Level.SURFACE, "7", "seven", 0.6, 2))
      .add(new TableEntry(TableEntry.Level.SURFACE, "four", "4", 0.6, 2))
      .add(new TableEntry(TableEntry.Level.SURFACE, "year", "yr", 0.3, 5)).build()).build().family("N").orElseThrow();

  private List<String> originals(String sentence, String word) {
    List<String> words = Arrays.asList(sentence.split(" "));
    return channel.candidates(words, words.indexOf(word)).stream().filter(c -> c.length() == 1)
        .map(Candidate::original).toList();
  }

  @Test
  void aPercentageOrASumOfMoneyStaysInDigits() {
    // "rose by 4%" had been restored as "rose by four%"
    assertThat(originals("investment rose by 4 % from a year ago", "4")).doesNotContain("four");
    assertThat(originals("investment rose by 4 percent from a year ago", "4")).doesNotContain("four");
    assertThat(originals("it cost $ 4 million", "4")).doesNotContain("four");
    // elsewhere the rule and the table still offer the spelled-out number
    assertThat(originals("the 4 founders met", "4")).contains("four");
  }

  @Test
  void aTimeAnAmountAMeasureOrANumberThatNamesStaysInDigits() {
    // "opens at 9 am" was restored "opens at nine am", a manual's "feature_test_macros(7)" as "(seven)"
    assertThat(originals("the shop opens at 4 am daily", "4")).doesNotContain("four");
    assertThat(originals("it raised 4 million dollars", "4")).doesNotContain("four");
    assertThat(originals("a walk of 4 km along the river", "4")).doesNotContain("four");
    // a buying guide's "5 quarts or more for a family" had been restored "five quarts"
    assertThat(originals("a basket of 4 quarts or more", "4")).doesNotContain("four");
    assertThat(originals("a fish of 4 pounds", "4")).doesNotContain("four");
    assertThat(originals("a 12 x 4 foot room", "4")).doesNotContain("four");
    assertThat(originals("a 4 x 12 foot room", "4")).doesNotContain("four");
    assertThat(originals("it took 4 weeks", "4")).contains("four"); // a span of time is spelled out
    assertThat(originals("as chapter 4 explains", "4")).doesNotContain("four");
    // "No. 1 seed" is read as "No", ".", "1": it had been restored "No. one seed" (confidence 0.997)
    assertThat(originals("the No . 4 seed", "4")).doesNotContain("four");
    assertThat(originals("he left . 4 aides stayed", "4")).contains("four");
    assertThat(originals("see feature_test_macros ( 4 ) for details", "4")).doesNotContain("four");
    assertThat(originals("the ( 4 founders ) met", "4")).contains("four");
  }

  @Test
  void digitsAfterANameInsideASentenceNameSomething() {
    // "the Heat won Game 5" had been restored "won Game five"
    assertThat(originals("the Heat won Game 4 on Sunday", "4")).doesNotContain("four");
    assertThat(originals("a Category 4 storm", "4")).doesNotContain("four");
    assertThat(originals("the Apollo 4 flight", "4")).doesNotContain("four");
    assertThat(originals("patients with type 4 disease", "4")).doesNotContain("four");
    // a sentence's first word, capitalised as every first word is, says nothing
    assertThat(originals("In 4 years the town grew", "4")).contains("four");
    assertThat(originals("it rained . In 4 years the town grew", "4")).contains("four");
    assertThat(originals("the Mayor 's 4 aides", "4")).contains("four");
  }

  @Test
  void aSpelledOutSmallNumberIsDigitsOnlyWhereNewsWritesDigits() {
    // "among the seven passengers" had been restored as "among the 7 passengers"
    assertThat(originals("among the seven passengers", "seven")).doesNotContain("7");
    assertThat(originals("it fell seven percent", "seven")).contains("7");
  }

  @Test
  void otherCandidatesPass() {
    List<String> words = List.of("officers", "mentioned", "it");
    assertThat(SystematicRules.newsNumberStyle(words, new Candidate(1, 1, "said", -0.1, "A",
        Candidate.Origin.TABLE))).isTrue();
    assertThat(SystematicRules.newsNumberStyle(List.of("a", "12", "months", "%"), new Candidate(1, 2, "year", -0.1,
        "A", Candidate.Origin.RULE))).isTrue();
  }

  @Test
  void aYearWrittenAsAUnitStaysAsWritten() {
    // two clean abstracts with "Tg CH4 yr⁻¹" and "km³ yr⁻¹" had been called spun on "yr" -> "year"
    assertThat(originals("emissions of 1.1 Tg CH4 yr \u207B \u00B9 in total", "yr")).doesNotContain("year");
    assertThat(originals("subsidence of 100 mm / yr persisted", "yr")).doesNotContain("year");
    assertThat(originals("a rate of 2 Gt yr ^ - 1 was", "yr")).doesNotContain("year");
    assertThat(originals("a rate of 2 Gt yr - 1 was", "yr")).doesNotContain("year");
    // with the minus sign science typesets ("yr−1", two tokens after the word)
    assertThat(originals("a rate of 2 Gt yr \u2212 1 was", "yr")).doesNotContain("year");
    // a spinner's "yr" in a sentence is still read as "year"
    assertThat(originals("sales rose from a yr in the past", "yr")).contains("year");
    assertThat(originals("San Francisco final yr , of invitations", "yr")).contains("year");
  }
}
