// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.TableEntry;

class TableGeneralizerTest {

  private static final Set<String> WORDS = Set.of("end", "ended", "ends", "ending", "find", "found", "finds",
      "finding", "buy", "purchase", "say", "mention", "apparel", "attire", "company", "firm", "yourself", "close",
      "closed", "shut");
  private static final Predicate<String> KNOWN = WORDS::contains;

  private static TableEntry surface(String o, String s, double p) {
    return new TableEntry(TableEntry.Level.SURFACE, o, s, p, 2);
  }

  private static boolean has(SpinnerTable t, TableEntry.Level level, String o, String s) {
    return t.entries().stream().anyMatch(e -> e.level() == level && e.original().equals(o) && e.spun().equals(s));
  }

  @Test
  void phraseEntryIsReinflectedOnItsFirstWords() {
    SpinnerTable t = SpinnerTable.builder("A").add(surface("end up", "find yourself", 0.4)).build();
    SpinnerTable g = TableGeneralizer.create(KNOWN).generalise(t);
    assertThat(has(g, TableEntry.Level.SURFACE, "ended up", "found yourself")).isTrue();
    assertThat(has(g, TableEntry.Level.SURFACE, "ending up", "finding yourself")).isTrue();
    assertThat(has(g, TableEntry.Level.SURFACE, "ends up", "finds yourself")).isTrue();
    assertThat(g.entries()).filteredOn(e -> e.original().equals("ended up")).singleElement()
        .satisfies(e -> assertThat(e.probability()).isEqualTo(0.4 * TableGeneralizer.DEFAULT_WEIGHT));
  }

  @Test
  void inflectedPhraseEntryReachesItsBaseForm() {
    SpinnerTable t = SpinnerTable.builder("A").add(surface("ended up", "found yourself", 0.4)).build();
    SpinnerTable g = TableGeneralizer.create(KNOWN).generalise(t);
    assertThat(has(g, TableEntry.Level.SURFACE, "end up", "find yourself")).isTrue();
  }

  @Test
  void aDerivedEntryTakesAtMostWhatItsOriginalHasLeft(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // "ended" seen as "ended" -> "closed" and kept 0.9 of the time: the entry derived from "end" -> "finish up" may
    // add 0.05 at most, or the written table is refused by its own reader
    Set<String> words = new java.util.HashSet<>(WORDS);
    words.addAll(Set.of("finish", "finished", "finishes", "finishing"));
    SpinnerTable t = SpinnerTable.builder("A").add(surface("end", "finish up", 0.8))
        .add(surface("ended", "closed", 0.05)).keep(new org.unspin.lexicon.KeepEntry("ended", 0.9, 10)).build();
    SpinnerTable g = TableGeneralizer.create(words::contains).generalise(t);
    assertThat(g.entries()).filteredOn(e -> e.original().equals("ended") && e.spun().equals("finished up"))
        .singleElement().satisfies(e -> assertThat(e.probability()).isCloseTo(0.05, within(1e-9)));
    java.nio.file.Path f = dir.resolve("g.tsv");
    org.unspin.lexicon.SpinnerTables.write(g, f);
    assertThat(org.unspin.lexicon.SpinnerTables.read(f).entries()).hasSameSizeAs(g.entries());
  }

  @Test
  void onlyVerbPhrasesAreReinflectedAndOnlyIntoWordsAsWritten() {
    // a trial's table had "aftered" -> "woke of", "cars" -> "motors vehicle", "prices" -> "prices tag"
    Set<String> words = Set.of("after", "aftered", "wake", "woke", "car", "cars", "motor", "motors", "price", "prices",
        "priced", "end", "ended", "ends", "ending", "find", "found", "finds", "finding", "snap", "snaped", "buy",
        "bought");
    Set<String> verbs = Set.of("wake", "motor", "price", "end", "find", "snap", "buy");
    Set<String> written = Set.of("after", "wake", "woke", "car", "cars", "motor", "motors", "price", "prices", "end",
        "ended", "ends", "ending", "find", "found", "finds", "finding", "snap", "buy", "bought");
    SpinnerTable t = SpinnerTable.builder("A").add(surface("after", "in the wake of", 0.4))
        .add(surface("car", "motor vehicle", 0.4)).add(surface("price", "price tag", 0.4))
        .add(surface("end up", "find yourself", 0.4)).add(surface("buy up", "snap up", 0.4)).build();
    SpinnerTable g = TableGeneralizer.create(words::contains).withWords(verbs::contains, written::contains)
        .generalise(t);
    assertThat(g.entries()).filteredOn(e -> e.count() == 0 && e.level() == TableEntry.Level.SURFACE)
        .extracting(e -> e.original() + " -> " + e.spun())
        .containsExactlyInAnyOrder("ended up -> found yourself", "ends up -> finds yourself",
            "ending up -> finding yourself");
  }

  @Test
  void unknownInflectionsAreNotInvented() {
    // "apparels" and "attires" are not words
    SpinnerTable t = SpinnerTable.builder("A").add(surface("apparel company", "attire firm", 0.5)).build();
    SpinnerTable g = TableGeneralizer.create(KNOWN).generalise(t);
    assertThat(g.entries()).hasSize(1);
  }

  @Test
  void baseFormWordEntryBecomesALemmaEntry() {
    SpinnerTable t = SpinnerTable.builder("A").add(surface("buy", "purchase", 0.5)).build();
    SpinnerTable g = TableGeneralizer.create(KNOWN).generalise(t);
    assertThat(has(g, TableEntry.Level.LEMMA, "buy", "purchase")).isTrue();
  }

  @Test
  void aVerbThatIsItsOwnPastIsStillABaseForm() {
    // "shut" reads as the past of "shut" too: the entry had been taken for an inflected one and not generalised, so
    // a farm copy's "shut" for "closed" found no "closed"
    SpinnerTable t = SpinnerTable.builder("A").add(surface("close", "shut", 0.3))
        .add(surface("find", "found", 0.3)).build();
    SpinnerTable g = TableGeneralizer.create(KNOWN).generalise(t);
    assertThat(has(g, TableEntry.Level.LEMMA, "close", "shut")).isTrue();
    assertThat(has(g, TableEntry.Level.LEMMA, "find", "found")).isFalse(); // "found" is the past of "find"
  }

  @Test
  void existingEntriesAreNotDuplicatedAndCaseBearingOnesAreLeftAlone() {
    SpinnerTable t = SpinnerTable.builder("A").add(surface("buy", "purchase", 0.5))
        .add(new TableEntry(TableEntry.Level.LEMMA, "buy", "purchase", 0.5, 2))
        .add(surface("End up", "Find yourself", 0.5)).build();
    SpinnerTable g = TableGeneralizer.create(KNOWN).generalise(t);
    assertThat(g.entries()).hasSameSizeAs(t.entries());
  }

  @Test
  void keepProbabilitiesAndFamilySurvive() {
    SpinnerTable t = SpinnerTable.builder("B").defaultKeep(0.9).add(surface("say", "mention", 0.5))
        .keep(new org.unspin.lexicon.KeepEntry("say", 0.1, 10)).build();
    SpinnerTable g = TableGeneralizer.create(KNOWN).generalise(t);
    assertThat(g.family()).isEqualTo("B");
    assertThat(g.defaultKeep()).isEqualTo(0.9);
    assertThat(g.keep("say")).isPresent();
  }

  @Test
  void weightMustBeAProbability() {
    assertThatThrownBy(() -> TableGeneralizer.create(KNOWN, 0, true, true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static final Set<String> ADJECTIVES = Set.of("big", "large", "massive");
  private static final Predicate<String> GRADED_WORDS = w -> Set.of("big", "large", "massive", "bigger", "larger",
      "biggest", "kill", "murder", "killer", "murderer").contains(w);

  private static TableGeneralizer graded() {
    return TableGeneralizer.create(GRADED_WORDS).withGradedForms((form, lemma) -> ADJECTIVES.contains(lemma));
  }

  @Test
  void anEntryBetweenTwoComparativesBecomesALemmaEntryOfTheirAdjectives() {
    SpinnerTable t = SpinnerTable.builder("A").add(surface("bigger", "larger", 0.4)).build();
    assertThat(has(graded().generalise(t), TableEntry.Level.LEMMA, "big", "large")).isTrue();
    assertThat(has(TableGeneralizer.create(GRADED_WORDS).generalise(t), TableEntry.Level.LEMMA, "big", "large"))
        .as("without graded forms").isFalse();
  }

  @Test
  void aSuperlativeGradedByMostReachesItsAdjective() {
    SpinnerTable t = SpinnerTable.builder("A").add(surface("biggest", "most massive", 0.4)).build();
    assertThat(graded().generalise(t).entries()).filteredOn(e -> e.level() == TableEntry.Level.LEMMA)
        .singleElement().satisfies(e -> {
          assertThat(e.original()).isEqualTo("big");
          assertThat(e.spun()).isEqualTo("massive");
          assertThat(e.probability()).isEqualTo(0.4 * TableGeneralizer.DEFAULT_WEIGHT);
        });
  }

  @Test
  void agentNounsAndTwoGradesAreNoGradedEntry() {
    SpinnerTable nouns = SpinnerTable.builder("A").add(surface("killer", "murderer", 0.4)).build();
    assertThat(has(graded().generalise(nouns), TableEntry.Level.LEMMA, "kill", "murder")).isFalse();
    SpinnerTable grades = SpinnerTable.builder("A").add(surface("bigger", "most massive", 0.4)).build();
    assertThat(graded().generalise(grades).entries()).noneMatch(e -> e.level() == TableEntry.Level.LEMMA);
  }
}
