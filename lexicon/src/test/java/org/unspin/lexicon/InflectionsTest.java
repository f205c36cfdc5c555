// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class InflectionsTest {

  @Test
  void theInflectedReadingsOfAWordAreThoseThatGiveItBack() {
    assertThat(Inflections.inflectedReadings("officers"))
        .contains(new Inflections.Reading("officer", Inflections.Form.S))
        .allSatisfy(r -> {
          assertThat(r.form()).isNotEqualTo(Inflections.Form.BASE);
          assertThat(Inflections.inflect(r.lemma(), r.form())).isEqualTo("officers");
        });
    assertThat(Inflections.inflectedReadings("officer")).noneMatch(r -> r.form() == Inflections.Form.BASE);
  }

  @Test
  void regularAndIrregularFormsAnalyseToTheirLemma() {
    assertThat(Inflections.analyse("officers")).contains(new Inflections.Reading("officer", Inflections.Form.S));
    assertThat(Inflections.analyse("said")).contains(new Inflections.Reading("say", Inflections.Form.ED));
    assertThat(Inflections.analyse("companies")).contains(new Inflections.Reading("company", Inflections.Form.S));
    assertThat(Inflections.analyse("men")).contains(new Inflections.Reading("man", Inflections.Form.S));
  }

  @Test
  void inflectFollowsSpellingRules() {
    assertThat(Inflections.inflect("company", Inflections.Form.S)).isEqualTo("companies");
    assertThat(Inflections.inflect("announce", Inflections.Form.ED)).isEqualTo("announced");
    assertThat(Inflections.inflect("say", Inflections.Form.ED)).isEqualTo("said");
    assertThat(Inflections.inflect("make", Inflections.Form.ING)).isEqualTo("making");
  }

  @Test
  void sharedFormNeedsKnownLemmas() {
    assertThat(Inflections.sharedForms("said", "mentioned", java.util.Set.of("say", "mention")::contains))
        .singleElement().satisfies(r -> assertThat(r[1].lemma()).isEqualTo("mention"));
  }

  @Property(tries = 300)
  void baseReadingComesFirst(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String w) {
    String lw = w.toLowerCase(java.util.Locale.ROOT);
    assertThat(Inflections.analyse(lw).get(0)).isEqualTo(new Inflections.Reading(lw, Inflections.Form.BASE));
  }

  @Test
  void aSharedFormIsReadWithTheLongerLemmaFirst() {
    // the vocabulary knows "mak" and "stat" too; "making" / "creating" is make / create, not mak / create
    java.util.Set<String> known = java.util.Set.of("mak", "make", "create", "stat", "state", "say");
    assertThat(Inflections.sharedForms("making", "creating", known::contains).get(0))
        .extracting(Inflections.Reading::lemma).containsExactly("make", "create");
    assertThat(Inflections.sharedForms("saying", "stating", known::contains).get(0))
        .extracting(Inflections.Reading::lemma).containsExactly("say", "state");
  }

  /** {@code v}'s -ed and -ing forms double its final consonant, and read back as {@code v}'s. */
  private static void assertDoublesBothWays(String v) {
    String ed = v + v.charAt(v.length() - 1) + "ed";
    String ing = v + v.charAt(v.length() - 1) + "ing";
    assertThat(Inflections.inflect(v, Inflections.Form.ED)).as(v).isEqualTo(ed);
    assertThat(Inflections.inflect(v, Inflections.Form.ING)).as(v).isEqualTo(ing);
    assertThat(Inflections.inflectedReadings(ed)).as(ed).contains(new Inflections.Reading(v, Inflections.Form.ED));
    assertThat(Inflections.inflectedReadings(ing)).as(ing).contains(new Inflections.Reading(v, Inflections.Form.ING));
  }

  @Test
  void aOneSyllableWordDoublesItsFinalConsonantBothWays() {
    for (String v : java.util.List.of("snap", "stop", "plan", "drop", "grab", "ship", "stir", "quit", "chat", "shop")) {
      assertDoublesBothWays(v);
    }
    // irregular pasts keep their -ing: "running", "setting", "getting"
    assertThat(Inflections.inflect("run", Inflections.Form.ING)).isEqualTo("running");
    assertThat(Inflections.inflect("set", Inflections.Form.ING)).isEqualTo("setting");
    assertThat(Inflections.inflect("run", Inflections.Form.ED)).isEqualTo("ran");
  }

  @Test
  void aWordThatDoublesNothingIsNotReadAsADoubledOne() {
    // a vowel pair, a final w, x or y, two final consonants: no doubling
    for (String[] v : new String[][] {{"need", "needed", "needing"}, {"show", "showed", "showing"},
        {"fix", "fixed", "fixing"}, {"play", "played", "playing"}, {"help", "helped", "helping"},
        {"rain", "rained", "raining"}}) {
      assertThat(Inflections.inflect(v[0], Inflections.Form.ED)).isEqualTo(v[1]);
      assertThat(Inflections.inflect(v[0], Inflections.Form.ING)).isEqualTo(v[2]);
    }
    // "hoped" is hope's, no longer hop's too; "hopped" hop's
    assertThat(Inflections.inflectedReadings("hoped")).extracting(Inflections.Reading::lemma).containsExactly("hope");
    assertThat(Inflections.inflectedReadings("hopped")).extracting(Inflections.Reading::lemma).contains("hop")
        .doesNotContain("hope");
    assertThat(Inflections.inflectedReadings("planed")).extracting(Inflections.Reading::lemma).contains("plane")
        .doesNotContain("plan");
  }

  @Test
  void aLongerWordDoublesItsConsonantWhenStressedOnItsLastSyllable() {
    for (String v : java.util.List.of("admit", "commit", "occur", "prefer", "refer", "control", "regret", "equip",
        "compel", "transfer")) {
      assertDoublesBothWays(v);
    }
    assertThat(Inflections.inflect("begin", Inflections.Form.ING)).isEqualTo("beginning");
    assertThat(Inflections.inflect("forget", Inflections.Form.ING)).isEqualTo("forgetting");
  }

  @Test
  void aLongerWordStressedEarlierDoublesNothingButReadsEitherSpelling() {
    for (String v : java.util.List.of("visit", "open", "happen", "offer", "limit", "travel", "benefit", "target",
        "budget", "cancel")) {
      assertThat(Inflections.inflect(v, Inflections.Form.ED)).as(v).isEqualTo(v + "ed");
      assertThat(Inflections.inflect(v, Inflections.Form.ING)).as(v).isEqualTo(v + "ing");
      assertThat(Inflections.inflectedReadings(v + "ed")).as(v)
          .contains(new Inflections.Reading(v, Inflections.Form.ED));
      assertThat(Inflections.inflectedReadings(v + "ing")).as(v)
          .contains(new Inflections.Reading(v, Inflections.Form.ING));
    }
    // the British spelling reads as the form too, and a vocabulary that knows only it chooses it
    assertThat(Inflections.inflectedReadings("travelled"))
        .contains(new Inflections.Reading("travel", Inflections.Form.ED));
    assertThat(Inflections.inflect("travel", Inflections.Form.ED, java.util.Set.of("travelled")::contains))
        .isEqualTo("travelled");
    assertThat(Inflections.inflect("travel", Inflections.Form.ED, java.util.Set.of("traveled", "travelled")::contains))
        .isEqualTo("traveled");
    assertThat(Inflections.inflect("visit", Inflections.Form.ING, java.util.Set.of("visiting")::contains))
        .isEqualTo("visiting");
    // the listed and one-syllable words have one spelling, whatever a vocabulary knows
    assertThat(Inflections.inflect("stop", Inflections.Form.ED, java.util.Set.of("stoped")::contains))
        .isEqualTo("stopped");
  }

  @Test
  void spellingsAreTheOnesSpellsAccepts() {
    assertThat(Inflections.spellings("travel", Inflections.Form.ED)).containsExactly("traveled", "travelled");
    assertThat(Inflections.spellings("stop", Inflections.Form.ED)).containsExactly("stopped");
    assertThat(Inflections.spellings("cross-breed", Inflections.Form.S)).containsExactly("cross-breeds");
  }

  @Property
  void everySpellingIsSpelledAndNoOtherFormOfTheLemmaIs(@ForAll @AlphaChars @StringLength(min = 2, max = 9) String w) {
    String lemma = w.toLowerCase(java.util.Locale.ROOT);
    for (Inflections.Form f : Inflections.Form.values()) {
      List<String> spellings = Inflections.spellings(lemma, f);
      spellings.forEach(x -> assertThat(Inflections.spells(lemma, f, x)).as(lemma + " " + f + " " + x).isTrue());
      for (Inflections.Form g : Inflections.Form.values()) {
        for (String x : Inflections.spellings(lemma, g)) {
          assertThat(Inflections.spells(lemma, f, x)).as(lemma + " " + f + " " + x).isEqualTo(spellings.contains(x));
        }
      }
    }
  }

  @Test
  void aWordEndingInAVowelAndCTakesAKBeforeEdAndIngBothWays() {
    for (String v : java.util.List.of("panic", "mimic", "traffic", "picnic", "frolic")) {
      assertThat(Inflections.inflect(v, Inflections.Form.ED)).as(v).isEqualTo(v + "ked");
      assertThat(Inflections.inflect(v, Inflections.Form.ING)).as(v).isEqualTo(v + "king");
      assertThat(Inflections.inflect(v, Inflections.Form.S)).as(v).isEqualTo(v + "s");
      // a vocabulary that knows "panicced" or "paniced" does not choose it: one spelling, as for "stop"
      assertThat(Inflections.inflect(v, Inflections.Form.ED, java.util.Set.of(v + "ed", v + "ced")::contains))
          .as(v).isEqualTo(v + "ked");
      assertThat(Inflections.inflectedReadings(v + "ked")).as(v)
          .contains(new Inflections.Reading(v, Inflections.Form.ED));
      assertThat(Inflections.inflectedReadings(v + "king")).as(v)
          .contains(new Inflections.Reading(v, Inflections.Form.ING));
    }
    // a consonant before the "c", or a short word: no "k" ("arced", "synced"); "kicked" is still kick's
    assertThat(Inflections.inflect("arc", Inflections.Form.ED)).isEqualTo("arced");
    assertThat(Inflections.inflect("sync", Inflections.Form.ING)).isEqualTo("syncing");
    assertThat(Inflections.inflectedReadings("kicked")).extracting(Inflections.Reading::lemma).contains("kick")
        .doesNotContain("kic");
  }

  @Test
  void aVerbEndingInOTakesEsBothWays() {
    for (String[] v : new String[][] {{"go", "goes"}, {"do", "does"}, {"veto", "vetoes"}, {"echo", "echoes"},
        {"undergo", "undergoes"}}) {
      assertThat(Inflections.inflect(v[0], Inflections.Form.S)).as(v[0]).isEqualTo(v[1]);
      assertThat(Inflections.inflectedReadings(v[1])).as(v[1])
          .contains(new Inflections.Reading(v[0], Inflections.Form.S));
    }
    // a noun ending so keeps its -s
    assertThat(Inflections.inflect("photo", Inflections.Form.S)).isEqualTo("photos");
  }

  @Test
  void anIrregularVerbsParticipleIsItsOwn() {
    assertThat(Inflections.participle("go", w -> true)).isEqualTo("gone");
    assertThat(Inflections.participle("take", w -> true)).isEqualTo("taken");
    assertThat(Inflections.participle("say", w -> true)).isEqualTo("said");
    assertThat(Inflections.participle("visit", w -> true)).isEqualTo("visited");
    assertThat(Inflections.participle("panic", w -> true)).isEqualTo("panicked");
  }

  @Test
  void aSharedFormOfDoubledConsonantsIsFound() {
    java.util.Set<String> known = java.util.Set.of("snap", "buy", "admit", "acknowledge");
    assertThat(Inflections.sharedForms("snapped", "bought", known::contains)).singleElement()
        .satisfies(r -> assertThat(r[0].lemma()).isEqualTo("snap"));
    assertThat(Inflections.sharedForms("admitting", "acknowledging", known::contains)).singleElement()
        .satisfies(r -> assertThat(r[0].lemma()).isEqualTo("admit"));
  }

  @Test
  void anEdFormAfterADeterminerAPossessiveAPrepositionOrAnotherEdFormReadsAsAnAdjective() {
    assertThat(Inflections.adjectival(List.of("the", "attempted", "coup"), 1)).isTrue();
    assertThat(Inflections.adjectival(List.of("the", "firm's", "planned", "merger"), 2)).isTrue();
    assertThat(Inflections.adjectival(List.of("charged", "with", "attempted", "murder"), 2)).isTrue();
    assertThat(Inflections.adjectival(List.of("alleged", "attempted", "armed", "robbery"), 1)).isTrue();
    assertThat(Inflections.adjectival(List.of("he", "attempted", "to", "flee"), 1)).isFalse();
    assertThat(Inflections.adjectival(List.of("police", "attempted", "an", "arrest"), 1)).isFalse();
    assertThat(Inflections.adjectival(List.of("arrested", "and", "attempted", "to", "flee"), 2)).isFalse();
    assertThat(Inflections.adjectival(List.of("attempted", "murder"), 0)).isFalse();
  }

  @Test
  void anAdjectiveIsGradedAsTheExamplesSayAndItsGradedFormsReadBack() throws java.io.IOException {
    List<String> rows;
    try (var in = InflectionsTest.class.getResourceAsStream("/inflections/graded.tsv")) {
      rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }
    assertThat(rows).hasSizeGreaterThan(10);
    for (String row : rows) {
      String[] f = row.split("\t");
      Inflections.Form[] forms = {Inflections.Form.ER, Inflections.Form.EST};
      for (int k = 0; k < 2; k++) {
        assertThat(Inflections.inflect(f[0], forms[k])).as(row).isEqualTo(f[k + 1]);
        if (f[k + 1].indexOf(' ') < 0) {
          assertThat(Inflections.gradedReadings(f[k + 1])).as(row).contains(new Inflections.Reading(f[0], forms[k]));
          assertThat(Inflections.inflectedReadings(f[k + 1])).as(row)
              .noneMatch(r -> r.form() == Inflections.Form.ER || r.form() == Inflections.Form.EST);
        }
      }
    }
  }

  @Test
  void aTokenLongerThanAnyWordBeforeAnEdFormIsNoPossessiveOrParticiple() {
    String longest = "a".repeat(Inflections.LONGEST_WORD_BEFORE - 2) + "'s";
    assertThat(Inflections.adjectival(List.of(longest, "planned", "merger"), 1)).isTrue();
    String token = "a".repeat(1_000_000);
    assertThat(Inflections.adjectival(List.of(token + "'s", "planned", "merger"), 1)).isFalse();
    assertThat(Inflections.adjectival(List.of(token + "ed", "attempted", "robbery"), 1)).isFalse();
  }

  @Test
  void moreOrMostGradesOnlyAnAdjectiveThatTakesNoSuffix() {
    assertThat(Inflections.periphrastic("more", "massive"))
        .isEqualTo(new Inflections.Reading("massive", Inflections.Form.ER));
    assertThat(Inflections.periphrastic("most", "important"))
        .isEqualTo(new Inflections.Reading("important", Inflections.Form.EST));
    assertThat(Inflections.periphrastic("more", "big")).isNull();
    assertThat(Inflections.periphrastic("the", "massive")).isNull();
  }
}
