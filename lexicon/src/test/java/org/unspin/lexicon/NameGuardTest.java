// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameGuardTest {

  private static boolean keeps(String sentence, String word, String original, Candidate.Origin origin) {
    List<String> words = Arrays.asList(sentence.split(" "));
    return NameGuard.keeps(words, new Candidate(words.indexOf(word), 1, original, -0.3, "A", origin));
  }

  private static boolean keeps(String sentence, String word, String original) {
    return keeps(sentence, word, original, Candidate.Origin.TABLE);
  }

  @Test
  void aCapitalisedWordInsideASentenceIsANamesAndKeepsItsWord() {
    // restoring clean news by force had written "S&P World" (confidence 0.9995) and "Lorna Street"
    assertThat(keeps("shares of S&P Global rose", "Global", "world")).isFalse();
    assertThat(keeps("a robbery on Lorna Road on Monday", "Road", "street")).isFalse();
    assertThat(keeps("Sales in Greater China fell", "Greater", "more", Candidate.Origin.THESAURUS)).isFalse();
    // the same word in lower case is any word
    assertThat(keeps("the global economy grew", "global", "world")).isTrue();
  }

  @Test
  void caseBearingEntriesListedPhrasesAndSentenceStartsStillApply() {
    assertThat(keeps("peace in the Center East", "Center", "Middle")).isTrue();
    assertThat(keeps("we used the Counterfeit Consciousness model", "Counterfeit", "artificial",
        Candidate.Origin.PHRASE_LIST)).isTrue();
    assertThat(keeps("However , the talks went on", "However", "but")).isTrue();
    assertThat(keeps("he left . However , the talks went on", "However", "but")).isTrue();
    assertThat(keeps("he said : “ Global demand fell", "Global", "world")).isTrue();
    // unless a capitalised word follows: the first word of a name
    assertThat(keeps("Stage Stores filed for bankruptcy", "Stage", "level")).isFalse();
  }

  @Test
  void aHeadlineAndWordsInCapitalsAreNotNames() {
    assertThat(keeps("Officers Mentioned The Talks Would Resume", "Mentioned", "said")).isTrue();
    assertThat(keeps("THE OFFICERS MENTIONED IT", "OFFICERS", "officials")).isTrue();
  }

  private static boolean keepsAcronyms(String sentence, String word, int length, String original) {
    List<String> words = Arrays.asList(sentence.split(" "));
    return NameGuard.keepsAcronyms(words, new Candidate(words.indexOf(word), length, original, -0.3, "A",
        Candidate.Origin.TABLE));
  }

  @Test
  void anAcronymAmongLowerCaseWordsKeepsItsLetters() {
    // "It supports QMK and VIA, so you can remap every key" had been restored "QMK and THROUGH"
    assertThat(keepsAcronyms("it supports QMK and VIA , so you can remap it", "VIA", 1, "through")).isFalse();
    assertThat(keepsAcronyms("against the US dollar", "US", 1, "we")).isFalse();
    assertThat(keepsAcronyms("plays MP3 files", "MP3", 1, "mp4")).isFalse();
    assertThat(keepsAcronyms("the VIA route", "the", 2, "a path")).isFalse(); // a span that covers one
    assertThat(keepsAcronyms("against the US dollar", "US", 1, "U.S.")).isTrue(); // a case-bearing entry
    // not a headline in capitals, nor a word of one letter, nor a word in capitals beside none in lower case
    assertThat(keepsAcronyms("BITCOIN WORTH FACES HURDLES today", "WORTH", 1, "price")).isTrue();
    assertThat(keepsAcronyms("so I said it", "I", 1, "me")).isTrue();
    assertThat(keepsAcronyms("Bitcoin WORTH Faces Hurdles", "WORTH", 1, "price")).isTrue();
  }

  @Test
  void theAcronymGuardAloneLeavesNamesToTheTable() {
    ChannelModel channel = SpinnerModels.builder().table(SpinnerTable.builder("N")
        .add(new TableEntry(TableEntry.Level.SURFACE, "through", "via", 0.6, 2))
        .add(new TableEntry(TableEntry.Level.SURFACE, "gap", "hole", 0.6, 2)).build()).build()
        .family("N").orElseThrow();
    List<String> acronym = List.of("QMK", "and", "VIA", "work");
    List<String> name = List.of("shares", "of", "Hole", "rose");
    assertThat(channel.candidates(acronym, 2)).extracting(Candidate::original).contains("through");
    assertThat(NameGuard.acronymsOf(channel).candidates(acronym, 2)).extracting(Candidate::original)
        .doesNotContain("through");
    assertThat(NameGuard.of(channel).candidates(acronym, 2)).extracting(Candidate::original)
        .doesNotContain("through");
    // a spinner's rewritten name ("Hole" for "Gap") is still restored in a text called spun
    assertThat(NameGuard.acronymsOf(channel).candidates(name, 2)).extracting(Candidate::original).contains("gap");
  }

  private static boolean keepsNumbered(String sentence, String word, String original) {
    List<String> words = Arrays.asList(sentence.split(" "));
    return NameGuard.keepsNumberedNames(words, new Candidate(words.indexOf(word), 1, original, -0.3, "A",
        Candidate.Origin.TABLE));
  }

  @Test
  void aCapitalisedWordBeforeANumberInsideASentenceKeepsItsWord() {
    // a newsroom's filing: "(SEC Form 10-Q)" had been restored "(SEC Shape 10-Q)" with confidence 0.81
    assertThat(keepsNumbered("the CEO said in a filing ( SEC Form 10-Q )", "Form", "shape")).isFalse();
    assertThat(keepsNumbered("it filed under Chapter 11 on Monday", "Chapter", "section")).isFalse();
    assertThat(keepsNumbered("the Level 3 office reopened", "Level", "point")).isFalse();
    assertThat(keepsNumbered("a W-2 and a Form W-2 too", "Form", "shape")).isFalse();
    // the month the spinner writes "Could" before a day number comes from a case-bearing entry, and still applies
    assertThat(keepsNumbered("the talks began on Could 5 , 2024", "Could", "May")).isTrue();
    // not before a number, not a name's word, a sentence's first word, or a headline's
    assertThat(keepsNumbered("peace in the Center East", "Center", "middle")).isTrue();
    assertThat(keepsNumbered("the form 10-Q was late", "form", "shape")).isTrue();
    assertThat(keepsNumbered("Simply 14 % of adults agreed", "Simply", "just")).isTrue();
    assertThat(keepsNumbered("the problem facing the U.S. Simply 14 % of adults agreed", "Simply", "just"))
        .isTrue();
    assertThat(keepsNumbered("he said : Simply 14 % agreed", "Simply", "just")).isTrue();
    assertThat(keepsNumbered("Bitcoin Worth Rises 5 %", "Rises", "climbs")).isTrue();
    // nor a possessive, whose number begins the next phrase (a retailer's release spun "Company's" as "Corporate's")
    assertThat(keepsNumbered("“ The Corporate’s 360 stores will remain open", "Corporate’s", "company’s")).isTrue();
  }

  @Test
  void theGuardForASpunTextKeepsNumberedNamesAndLeavesOtherNamesToTheTable() {
    ChannelModel channel = SpinnerModels.builder().table(SpinnerTable.builder("N")
        .add(new TableEntry(TableEntry.Level.SURFACE, "shape", "form", 0.6, 2))
        .add(new TableEntry(TableEntry.Level.SURFACE, "May", "Could", 0.6, 2))
        .add(new TableEntry(TableEntry.Level.SURFACE, "gap", "hole", 0.6, 2)).build()).build()
        .family("N").orElseThrow();
    List<String> form = List.of("a", "filing", "(", "SEC", "Form", "10-Q", ")");
    List<String> month = List.of("talks", "began", "on", "Could", "5", ",", "2024");
    List<String> name = List.of("shares", "of", "Hole", "rose");
    List<String> word = List.of("a", "new", "form", "of", "protest");
    assertThat(channel.candidates(form, 4)).extracting(Candidate::original).contains("shape");
    assertThat(NameGuard.spunOf(channel).candidates(form, 4)).extracting(Candidate::original)
        .doesNotContain("shape");
    assertThat(NameGuard.spunOf(channel).candidates(month, 3)).extracting(Candidate::original).contains("May");
    assertThat(NameGuard.spunOf(channel).candidates(name, 2)).extracting(Candidate::original).contains("gap");
    assertThat(NameGuard.spunOf(channel).candidates(word, 2)).extracting(Candidate::original).contains("shape");
  }

  @Test
  void theGuardedChannelDropsOnlyWhatTheGuardRejects() {
    ChannelModel channel = SpinnerModels.builder().table(SpinnerTable.builder("N")
        .add(new TableEntry(TableEntry.Level.SURFACE, "world", "global", 0.6, 2)).build()).build()
        .family("N").orElseThrow();
    List<String> name = List.of("shares", "of", "S&P", "Global", "rose");
    List<String> word = List.of("the", "global", "economy");
    assertThat(channel.candidates(name, 3)).extracting(Candidate::original).contains("world");
    assertThat(NameGuard.of(channel).candidates(name, 3)).extracting(Candidate::original).doesNotContain("world");
    assertThat(NameGuard.of(channel).candidates(word, 1)).extracting(Candidate::original).contains("world");
    assertThat(NameGuard.of(channel).family()).isEqualTo("N");
  }
}
