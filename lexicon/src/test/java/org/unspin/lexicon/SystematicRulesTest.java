// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.learn.Aligner;

class SystematicRulesTest {

  private final SystematicRules rules = SystematicRules.create(w -> true);

  /** The rules' proposals for the word at {@code at} of {@code sentence}, as "length:original". */
  private List<String> proposals(String sentence, int at) {
    List<String> words = Aligner.words(sentence);
    List<Candidate> out = new ArrayList<>();
    rules.propose(words, at, "R", out);
    return out.stream().map(c -> c.length() + ":" + c.original()).toList();
  }

  @Test
  void spintaxWithAlternativesGivesItsFirstAlternative() {
    // "{big|large|huge}" (7 tokens) had been left in braces, and "large" inside them restored "big"
    assertThat(proposals("The {big|large|huge} crowd was waiting.", 1)).containsExactly("7:big");
    assertThat(proposals("The crowd {was|had been} waiting.", 2)).containsExactly("6:was");
    assertThat(proposals("He said {that a|the} suspect fled.", 2)).containsExactly("6:that a");
    assertThat(proposals("He said {that a} suspect fled.", 2)).containsExactly("4:that a");
  }

  @Test
  void nestedSpintaxGivesTheFirstAlternativesAllTheWayDown() {
    // "{{big|large} {dog|hound}|a cat}" had kept its outer braces: only the groups inside were proposed
    assertThat(proposals("He saw {{big|large} {dog|hound}|a cat} there.", 2)).containsExactly("15:big dog");
    assertThat(proposals("The {{very|really} big|huge} crowd.", 1)).containsExactly("10:very big");
    assertThat(proposals("The {huge|{very|really} big} crowd.", 1)).containsExactly("10:huge");
    assertThat(proposals("A {{{tiny|small} dog}|cat} ran.", 1)).containsExactly("12:tiny dog");
  }

  @Test
  void nestedSpintaxKeepsTheBoundsOfAGroup() {
    // eleven words and "|" inside, braces not counted: too long, as a flat group of eleven tokens is
    assertThat(proposals("A {{a|b} {c|d}|e f g h} ran.", 1)).isEmpty();
    assertThat(proposals("A {{a|b} {c|d}|e f g} ran.", 1)).containsExactly("16:a c");
    assertThat(proposals("the set {{x | x > 0}|y} is open", 2)).isEmpty();
    assertThat(proposals("the set {{1, 2}|{3}} is finite", 2)).isEmpty();
    assertThat(proposals("A {{}|cat} ran.", 1)).isEmpty();
    assertThat(proposals("A {{big|large} dog ran.", 1)).isEmpty();
    assertThat(proposals("with f = {{alpha|beta}|gamma} here", 3)).isEmpty();
  }

  @Test
  void bracesAroundMarkupOrMathematicsAreNotSpintax() {
    assertThat(proposals("the set {x | x > 0} is open", 2)).isEmpty();
    assertThat(proposals("the set {1, 2, 3} is finite", 2)).isEmpty();
    assertThat(proposals("with f = {alpha|beta} here", 3)).isEmpty();
    assertThat(proposals("the pair {big, large} was listed", 2)).isEmpty();
  }

  /** The originals the rules' family, news number style applied, offers for "12 months" in {@code sentence}. */
  private static List<String> yearFor12Months(String sentence) {
    List<String> words = Aligner.words(sentence);
    ChannelModel family = SpinnerModels.builder().table(SpinnerTable.builder("R")
        .add(new TableEntry(TableEntry.Level.SURFACE, "year", "12 months", 0.6, 10)).build()).build().family("R")
        .orElseThrow();
    return family.candidates(words, words.indexOf("12")).stream().filter(c -> c.length() == 2)
        .map(Candidate::original).toList();
  }

  @Test
  void twelveMonthsIsAYearOnlyWhereAYearWouldBeWritten() {
    // "took effect 12 months ago" had been restored "took effect year ago", "about 12 months" "about year"
    assertThat(yearFor12Months("The law took effect 12 months ago.")).doesNotContain("year");
    assertThat(yearFor12Months("It will take about 12 months to finish.")).doesNotContain("year");
    assertThat(yearFor12Months("12 months later it closed.")).doesNotContain("year");
    // the spinner's "a 12 months earlier", "final 12 months", "the past 12 months"
    assertThat(yearFor12Months("Sales rose from a 12 months earlier.")).contains("year");
    assertThat(yearFor12Months("He spoke final 12 months at a dinner.")).contains("year");
    assertThat(yearFor12Months("Over the past 12 months it grew.")).contains("year");
    assertThat(yearFor12Months("It starts on the first day of the next school 12 months.")).contains("year");
  }

  /** The one-word originals the rules' family, news number style applied, offers for {@code word}. */
  private static List<String> originals(String sentence, String word) {
    List<String> words = Aligner.words(sentence);
    ChannelModel family = SpinnerModels.builder().table(SpinnerTable.builder("R").build()).build().family("R")
        .orElseThrow();
    return family.candidates(words, words.indexOf(word)).stream().filter(c -> c.length() == 1)
        .map(Candidate::original).toList();
  }

  @Test
  void anOrdinalBeforeANameStaysInDigits() {
    // "The 2nd Amendment was cited" had been restored "The second Amendment"
    assertThat(originals("The 2nd Amendment was cited.", "2nd")).doesNotContain("second");
    assertThat(originals("Soldiers of the 1st Cavalry Division left.", "1st")).doesNotContain("first");
    assertThat(originals("The 3rd Circuit ruled.", "3rd")).doesNotContain("third");
    // an ordinal that counts is spelled out, as news writes it
    assertThat(originals("She finished 3rd in the race.", "3rd")).contains("third");
    assertThat(originals("He scored in the 4th quarter.", "4th")).contains("fourth");
  }

  @Test
  void couldBeforeANumberThatIsItsSubjectIsNoMonth() {
    // "Could 5 be the answer?" had been restored "May 5 be the answer?"
    assertThat(originals("Could 5 be the answer?", "Could")).doesNotContain("May");
    assertThat(originals("Could 3 people fit in the car?", "Could")).doesNotContain("May");
    assertThat(originals("Might 2 have been enough?", "Might")).doesNotContain("May");
    // the spinner's month
    assertThat(originals("The school opened on Could 14 after repairs.", "Could")).contains("May");
    assertThat(originals("Could 21 marked the deadline.", "Could")).contains("May");
    assertThat(originals("He was charged on Might 11 of fatally shooting a man.", "Might")).contains("May");
  }
}
