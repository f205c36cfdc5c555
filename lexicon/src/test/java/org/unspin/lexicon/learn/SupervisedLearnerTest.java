// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.TableEntry;

class SupervisedLearnerTest {

  private static final List<SupervisedLearner.Pair> PAIRS = List.of(
      new SupervisedLearner.Pair("1", "The mayor mentioned the plan was ready. Officers agreed.",
          "The mayor said the plan was ready. Officials agreed."),
      new SupervisedLearner.Pair("2", "A spokesman mentioned that talks went well. The officer left.",
          "A spokesman said that talks went well. The official left."),
      new SupervisedLearner.Pair("3", "The chief said nothing on Friday. Officers mentioned little.",
          "The chief said nothing on Friday. Officials said little."),
      new SupervisedLearner.Pair("4", "She will go to Paris on Could 5 for the summit.",
          "She will visit Paris on May 5 for the summit."));

  private static SpinnerTable learn() {
    // a vocabulary that knows "mention" but not the spurious stem "mentione"
    java.util.Set<String> vocabulary = java.util.Set.of("say", "mention", "official", "officer", "agree");
    return SupervisedLearner.create("A", vocabulary::contains).learn(PAIRS);
  }

  private static Optional<TableEntry> entry(SpinnerTable t, TableEntry.Level level, String o, String s) {
    return t.entries().stream().filter(e -> e.level() == level && e.original().equals(o) && e.spun().equals(s))
        .findFirst();
  }

  @Test
  void aWordAddedBeforeAKeptWordIsGivenToTheWordThePairsAgreeOn() {
    // a spinner that writes "brand new" for "new": the aligner gives "brand" to the word before ("a" -> "a brand"),
    // which had been learned, and restored "three new" for "three brand new"
    List<SupervisedLearner.Pair> pairs = List.of(
        new SupervisedLearner.Pair("1", "They sell a brand new phone.", "They sell a new phone."),
        new SupervisedLearner.Pair("2", "It opened the brand new store.", "It opened the new store."),
        new SupervisedLearner.Pair("3", "She bought three brand new cars.", "She bought three new cars."));
    SpinnerTable t = SupervisedLearner.create("X", w -> true).learn(pairs);
    assertThat(entry(t, TableEntry.Level.SURFACE, "new", "brand new")).get()
        .satisfies(e -> assertThat(e.count()).isEqualTo(3));
    assertThat(t.entries()).noneMatch(e -> e.spun().contains("brand") && !e.original().equals("new"));
  }

  @Test
  void aLengtheningSwapSeenOnceIsNoiseUnlessItsOriginalIsTrusted() {
    List<SupervisedLearner.Pair> pairs = List.of(
        new SupervisedLearner.Pair("1", "He used a set of rules daily.", "He used a algorithm daily."));
    SpinnerTable plain = SupervisedLearner.create("X", w -> true).learn(pairs);
    assertThat(entry(plain, TableEntry.Level.SURFACE, "algorithm", "set of rules")).isEmpty();
    SpinnerTable trusting = SupervisedLearner.create("X", w -> true).lengthening(o -> o.equals("algorithm"))
        .learn(pairs);
    assertThat(entry(trusting, TableEntry.Level.SURFACE, "algorithm", "set of rules")).isPresent();
  }

  @Test
  void theCutBetweenTwoNeighbouringSwapsIsWhereThePairsAgree() {
    // "outfit went on to" / "company" + "say" / "said" costs the aligner what "outfit" / "company" + "went on to
    // say" / "said" does; a trial's table had "company" -> "outfit went on to" and "said" -> "say"
    List<SupervisedLearner.Pair> pairs = List.of(
        new SupervisedLearner.Pair("1", "The outfit went on to say it grew.", "The company said it grew."),
        new SupervisedLearner.Pair("2", "She went on to say no.", "She said no."),
        new SupervisedLearner.Pair("3", "He went on to say yes.", "He said yes."),
        new SupervisedLearner.Pair("4", "The outfit in Ohio hired.", "The company in Ohio hired."));
    SpinnerTable t = SupervisedLearner.create("X", w -> true).learn(pairs);
    assertThat(entry(t, TableEntry.Level.SURFACE, "said", "went on to say")).get()
        .satisfies(e -> assertThat(e.count()).isEqualTo(3));
    assertThat(t.entries()).noneMatch(e -> e.spun().equals("outfit went on to") || e.spun().equals("say"));
  }

  @Test
  void aSwapLongerThanAnEntryHoldsIsLeftOutWholeAndNamed() {
    // cut at the "the" both sides share, it had been learned as "because" -> "on account of the" and "the" ->
    // "fact that the", and restored "because because"
    List<SupervisedLearner.Pair> pairs = List.of(
        new SupervisedLearner.Pair("1", "We left on account of the fact that the rain came.",
            "We left because the rain came."),
        new SupervisedLearner.Pair("2", "He won on account of the fact that the team played well.",
            "He won because the team played well."));
    SpinnerTable t = SupervisedLearner.create("X", w -> true).learn(pairs);
    assertThat(t.entries()).noneMatch(e -> e.original().equals("because") || e.spun().contains("fact"));
    assertThat(t.metadata().get(SupervisedLearner.LEFT_OUT))
        .isEqualTo("2 swaps longer than 4 words, such as 'because' -> 'on account of the fact that' (2)");
  }

  @Test
  void substitutionProbabilityIsCountOverOccurrencesPlusOne() {
    // "said" occurs 4 times in the originals, 3 of them spun as "mentioned"
    assertThat(entry(learn(), TableEntry.Level.SURFACE, "said", "mentioned")).get()
        .satisfies(e -> assertThat(e.probability()).isCloseTo(3.0 / 5, org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void aSinglePairWhoseEveryWordIsSwappedStillLearnsATable() {
    // every token is a substitution seen once: the Good-Turing rate of unseen substitutions would be 1
    SpinnerTable t = SupervisedLearner.create("P", w -> true).edgesAnchor(true).splitEqualLength(true)
        .learn(java.util.List.of(new SupervisedLearner.Pair("1", "counterfeit consciousness",
            "artificial intelligence")));
    assertThat(t.defaultKeep()).isGreaterThanOrEqualTo(0.5);
    assertThat(entry(t, TableEntry.Level.SURFACE, "artificial", "counterfeit")).isPresent();
  }

  @Test
  void keepProbabilityOfASubstitutedWordIsLow() {
    SpinnerTable t = learn();
    assertThat(t.keep("said")).get().satisfies(k -> assertThat(k.probability()).isCloseTo(1.5 / 5,
        org.assertj.core.data.Offset.offset(1e-9)));
    assertThat(t.defaultKeep()).isGreaterThan(0.5).isLessThan(1.0);
  }

  @Test
  void aShorteningSeenInSpinsOfOneOriginalOnlyIsNotLearned() {
    // two spins of one article, both made from a version without "being approved in": twice the same omission
    String orig = "The market waited for ETFs being approved in the spring, and prices rose.";
    String spun = "The market waited for that the spring, and costs rose.";
    SpinnerTable one = SupervisedLearner.create("A", w -> true).learn(List.of(
        new SupervisedLearner.Pair("a", spun, orig), new SupervisedLearner.Pair("b", spun, orig)));
    assertThat(one.entries()).noneMatch(e -> e.spun().equals("that"));
    assertThat(entry(one, TableEntry.Level.SURFACE, "prices", "costs")).isPresent();
    // the same shortening in two different originals is the spinner's
    String orig2 = "Traders waited for ETFs being approved in the summer, and volumes fell.";
    String spun2 = "Traders waited for that the summer, and volumes fell.";
    SpinnerTable two = SupervisedLearner.create("A", w -> true).learn(List.of(
        new SupervisedLearner.Pair("a", spun, orig), new SupervisedLearner.Pair("c", spun2, orig2)));
    assertThat(entry(two, TableEntry.Level.SURFACE, "ETFs being approved in", "that")).isPresent();
  }

  @Test
  void aLengtheningSeenInOneOriginalIsLearned() {
    String orig = "She is trying to leave, and he is trying to stay.";
    String spun = "She is making an attempt to leave, and he is making an attempt to stay.";
    SpinnerTable t = SupervisedLearner.create("A", w -> true).learn(List.of(new SupervisedLearner.Pair("a", spun,
        orig)));
    assertThat(entry(t, TableEntry.Level.SURFACE, "trying", "making an attempt")).isPresent();
  }

  @Test
  void aWordTheSpinnerLengthensIsTakenOutOfTheSwapAfterIt() {
    // the aligner reads "Chinese" + "language individuals" / "people"; two different originals after "Chinese language"
    // show that "language" belongs to "Chinese"
    SpinnerTable t = SupervisedLearner.create("A", w -> true).learn(List.of(
        new SupervisedLearner.Pair("a", "Many Chinese language individuals work here.",
            "Many Chinese people work here."),
        new SupervisedLearner.Pair("b", "The Chinese language protection ministry said no.",
            "The Chinese defense ministry said no.")));
    assertThat(entry(t, TableEntry.Level.SURFACE, "Chinese", "Chinese language")).get()
        .satisfies(e -> assertThat(e.count()).isEqualTo(2));
    assertThat(entry(t, TableEntry.Level.SURFACE, "people", "individuals")).isPresent();
    assertThat(entry(t, TableEntry.Level.SURFACE, "defense", "protection")).isPresent();
    assertThat(t.entries()).noneMatch(e -> e.spun().equals("language individuals"));
  }

  @Test
  void aPhraseSwapAfterSeveralWordsStaysWhole() {
    // "go" starts swaps of two originals after "will" ("go to" / "visit", "go up" / "rise"), but also after "to": it
    // is the swaps', not an expansion of "will"
    SpinnerTable t = SupervisedLearner.create("A", w -> true).learn(List.of(
        new SupervisedLearner.Pair("a", "She will go to Paris.", "She will visit Paris."),
        new SupervisedLearner.Pair("b", "Prices will go up fast.", "Prices will rise fast."),
        new SupervisedLearner.Pair("c", "They want to go to Rome.", "They want to visit Rome.")));
    assertThat(entry(t, TableEntry.Level.SURFACE, "visit", "go to")).isPresent();
    assertThat(entry(t, TableEntry.Level.SURFACE, "rise", "go up")).isPresent();
    assertThat(t.entries()).noneMatch(e -> e.spun().equals("will go") || e.spun().equals("to go"));
  }

  @Test
  void aCompoundSwapOfRelatedWordsIsAlsoLearnedWordByWord() {
    java.util.Set<String> related = java.util.Set.of("bad/unhealthy", "business/industry", "decisions/choices",
        "each/one");
    SupervisedLearner l = SupervisedLearner.create("A", w -> true)
        .splitRelated((o, s) -> related.contains(o + "/" + s));
    SpinnerTable t = l.learn(List.of(
        new SupervisedLearner.Pair("a", "They made unhealthy industry choices again.",
            "They made bad business decisions again."),
        new SupervisedLearner.Pair("b", "They helped one another then.", "They helped each other then."),
        new SupervisedLearner.Pair("c", "The Huge Heaps store closed.", "The Big Lots store closed.")));
    assertThat(entry(t, TableEntry.Level.SURFACE, "bad business decisions", "unhealthy industry choices")).isPresent();
    assertThat(entry(t, TableEntry.Level.SURFACE, "business", "industry")).isPresent();
    assertThat(entry(t, TableEntry.Level.SURFACE, "decisions", "choices")).isPresent();
    // "other" / "another" is no thesaurus pair: the idiom stays whole
    assertThat(entry(t, TableEntry.Level.SURFACE, "each other", "one another")).isPresent();
    assertThat(entry(t, TableEntry.Level.SURFACE, "each", "one")).isEmpty();
    // names stay whole
    assertThat(t.entries()).noneMatch(e -> e.original().equalsIgnoreCase("big"));
    // off by default
    assertThat(entry(SupervisedLearner.create("A", w -> true).learn(List.of(new SupervisedLearner.Pair("a",
        "They made unhealthy industry choices again.", "They made bad business decisions again."))),
        TableEntry.Level.SURFACE, "business", "industry")).isEmpty();
  }

  @Test
  void aCompoundSwapSplitsIntoAttestedPiecesAndRelatedWords() {
    SupervisedLearner l = SupervisedLearner.create("A", w -> true)
        .splitRelated((o, s) -> o.equals("pressure") && s.equals("stress"));
    SpinnerTable t = l.learn(List.of(
        new SupervisedLearner.Pair("a", "They were shopping for bread.", "They were buying bread."),
        new SupervisedLearner.Pair("b", "The shopping for stress grew.", "The buying pressure grew.")));
    assertThat(entry(t, TableEntry.Level.SURFACE, "buying", "shopping for")).get()
        .satisfies(e -> assertThat(e.count()).isEqualTo(2));
    assertThat(entry(t, TableEntry.Level.SURFACE, "pressure", "stress")).isPresent();
    assertThat(entry(t, TableEntry.Level.SURFACE, "buying pressure", "shopping for stress")).isPresent();
  }

  @Test
  void phraseSwapBecomesAPhraseEntry() {
    assertThat(entry(learn(), TableEntry.Level.SURFACE, "visit", "go to")).isPresent();
  }

  @Test
  void capitalisedWordAwayFromSentenceStartKeepsItsCase() {
    assertThat(entry(learn(), TableEntry.Level.SURFACE, "May", "Could")).isPresent();
  }

  @Test
  void inflectedPairsArePooledIntoLemmaEntries() {
    assertThat(entry(learn(), TableEntry.Level.LEMMA, "official", "officer")).isPresent();
    assertThat(entry(learn(), TableEntry.Level.LEMMA, "say", "mention")).isPresent();
  }

  @Test
  void aSwapThatChangesANumberIsNotLearned() {
    // a spun copy of an article updated since: "2023" -> "2024" had been learned, and restore turned 2024 back
    List<SupervisedLearner.Pair> pairs = List.of(
        new SupervisedLearner.Pair("1", "The officers mentioned 15 individuals were hurt in 2024 on Monday.",
            "The officials said 12 people were hurt in 2023 on Monday."),
        new SupervisedLearner.Pair("2", "Then officers mentioned that 14 vehicles burned on Friday.",
            "Then officials said that 12 cars burned on Friday."),
        new SupervisedLearner.Pair("3", "The rate rose seven percent on Friday.",
            "The rate rose 7 percent on Friday."));
    SpinnerTable t = SupervisedLearner.create("acme", w -> true).learn(pairs);
    assertThat(t.entries()).noneSatisfy(e -> assertThat(e.original()).containsAnyOf("2023", "12"));
    assertThat(entry(t, TableEntry.Level.SURFACE, "7", "seven")).isPresent();
    assertThat(entry(t, TableEntry.Level.SURFACE, "officials said", "officers mentioned")).isPresent();
  }

  @Test
  void reverseEntriesTakeAtMostTheMassTheirOriginalHasLeft(@TempDir java.nio.file.Path dir) throws IOException {
    // "period" -> "interval" and kept left 0.125 of its mass; "era" -> "period" reversed at 0.5 had made 1.375,
    // and the table could not be written
    List<SupervisedLearner.Pair> pairs = List.of(
        new SupervisedLearner.Pair("1", "The interval ended in May.", "The period ended in May."),
        new SupervisedLearner.Pair("2", "The interval ended in June.", "The period ended in June."),
        new SupervisedLearner.Pair("3", "The interval ended in July.", "The period ended in July."),
        new SupervisedLearner.Pair("4", "The period ended in spring.", "The era ended in spring."));
    SpinnerTable t = SupervisedLearner.create("acme", w -> true).symmetric(1.0).learn(pairs);
    assertThat(t.keep("period")).isPresent();
    double own = entry(t, TableEntry.Level.SURFACE, "period", "interval").orElseThrow().probability()
        + t.keep("period").orElseThrow().probability();
    assertThat(entry(t, TableEntry.Level.SURFACE, "period", "era")).get()
        .satisfies(e -> assertThat(e.probability()).isCloseTo(1 - own, org.assertj.core.data.Offset.offset(1e-5)));
    assertThat(org.unspin.lexicon.SpinnerTables.mass(t).values())
        .allSatisfy(m -> assertThat(m).isLessThanOrEqualTo(1.0));
    java.nio.file.Path file = dir.resolve("acme.tsv");
    org.unspin.lexicon.SpinnerTables.write(t, file);
    assertThat(org.unspin.lexicon.SpinnerTables.read(file).entries()).hasSameSizeAs(t.entries());
  }

  @Test
  void symmetricLearnerAddsUnseenReverseEntriesAtTheGivenWeight() {
    java.util.Set<String> vocabulary = java.util.Set.of("say", "mention", "official", "officer", "agree");
    SpinnerTable t = SupervisedLearner.create("A", vocabulary::contains).symmetric(0.1).learn(PAIRS);
    TableEntry forward = entry(t, TableEntry.Level.SURFACE, "said", "mentioned").orElseThrow();
    assertThat(entry(t, TableEntry.Level.SURFACE, "mentioned", "said")).get().satisfies(e -> {
      assertThat(e.probability()).isCloseTo(0.1 * forward.probability(), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(e.count()).isZero();
    });
    assertThat(entry(learn(), TableEntry.Level.SURFACE, "mentioned", "said")).isEmpty();
  }

  @Test
  void compoundSwapIsSplitIntoAttestedPieces() {
    SupervisedLearner.Substitution x = new SupervisedLearner.Substitution("officials said", "officers mentioned",
        false);
    assertThat(SupervisedLearner.decompose(x, java.util.Set.of("officials\tofficers", "said\tmentioned")))
        .extracting(SupervisedLearner.Substitution::original).containsExactly("officials", "said");
  }

  @Test
  void unattestedPhraseStaysWhole() {
    SupervisedLearner.Substitution x = new SupervisedLearner.Substitution("end up", "find yourself", false);
    assertThat(SupervisedLearner.decompose(x, java.util.Set.of("said\tmentioned"))).containsExactly(x);
  }

  @Test
  void aSpunFormsOriginalThatOnlyOneOriginalTextGaveCountsAsUnseen() {
    // "big" is spun from "large" in two texts and from "huge" in one: leaving out each text in turn, the table of
    // the others lists "big" every time and misses the original once
    List<SupervisedLearner.Pair> pairs = List.of(
        new SupervisedLearner.Pair("1", "The big dog ran home.", "The large dog ran home."),
        new SupervisedLearner.Pair("2", "A big house stood there.", "A large house stood there."),
        new SupervisedLearner.Pair("3", "Her big debt grew fast.", "Her huge debt grew fast."));
    SpinnerTable t = SupervisedLearner.create("X", w -> true).learn(pairs);
    assertThat(t.unseenOriginals()).isCloseTo(1 / 3.0, org.assertj.core.data.Offset.offset(1e-4));
  }

  @Test
  void spinsOfOneOriginalTextDoNotVouchForEachOthersOriginals() {
    // two spins of text 1 both write "big" for "huge": left out together, as leave one original out does, the
    // table of text 2 alone gives "big" only as "large", so every swap of "big" is one it misses (said as the most
    // the learner says, half)
    List<SupervisedLearner.Pair> pairs = List.of(
        new SupervisedLearner.Pair("1", "Her big debt grew fast.", "Her huge debt grew fast."),
        new SupervisedLearner.Pair("1b", "Her big debt rose fast.", "Her huge debt grew fast."),
        new SupervisedLearner.Pair("2", "The big dog ran home.", "The large dog ran home."));
    SpinnerTable t = SupervisedLearner.create("X", w -> true).learn(pairs);
    assertThat(t.unseenOriginals()).isEqualTo(SupervisedLearner.MOST_UNSEEN_ORIGINALS);
  }

  @Test
  void aSpunFormNoOtherTextHoldsSaysNothingAboutUnseenOriginals() {
    assertThat(learn().unseenOriginals()).isZero();
  }
}
