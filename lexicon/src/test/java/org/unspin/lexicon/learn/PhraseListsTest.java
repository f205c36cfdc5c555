// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.CandidateSource;

class PhraseListsTest {

  private static PhraseLists.WordRoles roles(List<PhraseLists.Row> rows) {
    return PhraseLists.WordRoles.of(rows);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "deep learning|deep learning",
    "Region of Interest (ROI)|region of interest, region of interest roi",
    "into (reaction) mixture|into mixture, into reaction mixture",
    "real and imaginary part [of a complex number]|"
        + "real and imaginary part, real and imaginary part of a complex number",
    "gabor function(s)|gabor function, gabor functions",
    "closed-loop framework|closed-loop framework, closed loop framework",
    "heart failure / heart attack|heart failure, heart attack",
    "infected/affected kids|infected kids, affected kids",
    "[network] traffic patterns|traffic patterns, network traffic patterns",
  })
  void expectedPhrasesAreReadInTheListsNotation(String expected, String forms) {
    assertThat(new PhraseLists.Row("x", expected).expectedForms()).containsExactly(forms.split(", "));
  }

  @Test
  void torturedTextDropsParenthesisedAcronyms() {
    assertThat(new PhraseLists.Row("essential component analysis (PCA)", "x").torturedText())
        .isEqualTo("essential component analysis");
  }

  @Test
  void readingSkipsCommentsBlankLinesAndUnknownExpectations(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("list.tsv");
    Files.writeString(f, "# tortured\texpected\n\nprofound learning\tdeep learning\nodd phrase\t???\n"
        + "counterfeit consciousness\tartificial intelligence\n", StandardCharsets.UTF_8);
    assertThat(PhraseLists.read(f)).extracting(PhraseLists.Row::tortured)
        .containsExactly("profound learning", "counterfeit consciousness");
  }

  @Test
  void theSplitIsStableAndRoughlyHalf() {
    int held = 0;
    for (int i = 0; i < 2000; i++) {
      PhraseLists.Row r = new PhraseLists.Row("t" + i, "expected phrase " + i);
      assertThat(PhraseLists.heldOut(r)).isEqualTo(PhraseLists.heldOut(new PhraseLists.Row("other", r.expected())));
      held += PhraseLists.heldOut(r) ? 1 : 0;
    }
    assertThat(held).isBetween(900, 1100);
  }

  @Test
  void theWordTableProposesOriginalsForPhrasesTheListDoesNotName() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("profound learning", "deep learning"),
        new PhraseLists.Row("profound convolutional network", "deep convolutional network"),
        new PhraseLists.Row("counterfeit consciousness", "artificial intelligence"),
        new PhraseLists.Row("counterfeit neural organization", "artificial neural network"));
    CandidateSource words = CandidateSource.of(PhraseLists.wordTable(rows, w -> true),
        Candidate.Origin.PHRASE_WORD);
    List<String> spun = List.of("a", "profound", "neural", "organization");
    List<Candidate> out = new ArrayList<>();
    words.propose(spun, 1, "phrases", out);
    assertThat(out).extracting(Candidate::original).contains("deep");
    assertThat(out).allSatisfy(c -> assertThat(c.origin()).isEqualTo(Candidate.Origin.PHRASE_WORD));
    out.clear();
    words.propose(spun, 3, "phrases", out);
    assertThat(out).extracting(Candidate::original).contains("network");
  }

  @Test
  void theWordTableLearnsASwapThatLengthensAWordFromOneRow() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("computer imaginative and prescient", "computer vision"),
        new PhraseLists.Row("half and half ai strategy", "hybrid ai strategy"));
    List<Candidate> out = new ArrayList<>();
    plainWordTable(rows).propose(List.of("the", "imaginative", "and", "prescient", "system"), 1, "phrases", out);
    assertThat(out).filteredOn(c -> c.length() == 3).extracting(Candidate::original).containsExactly("vision");
    out.clear();
    plainWordTable(rows).propose(List.of("half", "and", "half", "nanofluid"), 0, "phrases", out);
    assertThat(out).extracting(Candidate::original).contains("hybrid");
  }

  @Test
  void theWordTableLearnsAnUnequalSwapWithoutItsAttestedEndWords() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("schooling set of rules", "training algorithm"),
        new PhraseLists.Row("schooling information", "training data"));
    List<Candidate> out = new ArrayList<>();
    plainWordTable(rows).propose(List.of("svm", "set", "of", "rules"), 1, "phrases", out);
    assertThat(out).extracting(Candidate::original).containsExactly("algorithm");
  }

  @Test
  void theWordTableKeepsAnArticleOfAnUnequalSwap() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("extricate the information", "extract data"),
        new PhraseLists.Row("extricate highlights", "extract features"));
    List<Candidate> out = new ArrayList<>();
    plainWordTable(rows).propose(List.of("save", "the", "information"), 1, "phrases", out);
    assertThat(out).extracting(Candidate::original).doesNotContain("data");
  }

  @Test
  void aHyphenatedWordTakesTheEntriesOfItsSpacedWords() {
    List<PhraseLists.Row> rows = List.of(new PhraseLists.Row("cross breed framework", "hybrid framework"));
    List<Candidate> out = new ArrayList<>();
    CandidateSource compounds = PhraseLists.compoundSource(roles(rows), PhraseLists.wordTable(rows, w -> true),
        w -> true);
    compounds.propose(List.of("a", "cross-breed", "system"), 1, "phrases", out);
    assertThat(out).extracting(Candidate::original).containsExactly("hybrid");
    assertThat(out.get(0).length()).isEqualTo(1);
  }

  @Test
  void wordsTakeTheEntriesOfTheirHyphenatedSpelling() {
    List<PhraseLists.Row> rows = List.of(new PhraseLists.Row("stowed-away layers", "hidden layers"));
    List<Candidate> out = new ArrayList<>();
    CandidateSource words = PhraseLists.wordSource(roles(rows), PhraseLists.wordTable(rows, w -> true));
    words.propose(List.of("the", "stowed", "away", "state"), 1, "phrases", out);
    assertThat(out).filteredOn(c -> c.length() == 2).extracting(Candidate::original).containsExactly("hidden");
  }

  @Test
  void aKnownWordWrittenJoinedTakesTheEntriesOfItsSplitSpelling() {
    List<PhraseLists.Row> rows = List.of(new PhraseLists.Row("cross breed framework", "hybrid framework"));
    CandidateSource compounds = PhraseLists.compoundSource(roles(rows), PhraseLists.wordTable(rows, w -> true),
        java.util.Set.of("crossbreed")::contains);
    List<Candidate> out = new ArrayList<>();
    compounds.propose(List.of("a", "crossbreed", "system"), 1, "phrases", out);
    assertThat(out).extracting(Candidate::original, Candidate::length)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("hybrid", 1));
  }

  @Test
  void aJoinedWordIsSplitOnlyWhereTheTableHoldsItsSpelling() {
    List<PhraseLists.Row> rows = List.of(new PhraseLists.Row("cross breed framework", "hybrid framework"),
        new PhraseLists.Row("stowed-away layers", "hidden layers"));
    PhraseLists.Respellings r = PhraseLists.Respellings.of(PhraseLists.wordTable(rows, w -> true));
    assertThat(r.splits("Crossbreed")).containsExactly(2 * 5);
    assertThat(r.splits("stowedaway")).containsExactly(2 * 6 + 1);
    assertThat(r.splits("framework")).isEmpty();
    assertThat(r.mayHold("Stowed-Away")).isTrue();
    assertThat(r.mayHold("cross-framework")).isFalse();
    // a word not of ASCII letters is tried at every split, as its canonical spelling may differ
    assertThat(r.splits("caf\u00e9s")).containsExactly(4, 5, 6, 7);
  }

  @Test
  void noSplitTheTableAnswersForIsLeftOut() {
    org.unspin.lexicon.SpinnerTable table = org.unspin.lexicon.SpinnerTable.builder("phrases")
        .add(new org.unspin.lexicon.TableEntry(org.unspin.lexicon.TableEntry.Level.SURFACE, "hybrid", "cross breed",
            0.5, 1))
        .add(new org.unspin.lexicon.TableEntry(org.unspin.lexicon.TableEntry.Level.SURFACE, "hidden", "stowed-away",
            0.5, 1))
        .add(new org.unspin.lexicon.TableEntry(org.unspin.lexicon.TableEntry.Level.LEMMA, "travel", "road-trip", 0.5,
            1))
        .add(new org.unspin.lexicon.TableEntry(org.unspin.lexicon.TableEntry.Level.LEMMA, "model", "role-model", 0.5,
            1))
        .build();
    CandidateSource source = CandidateSource.of(table, Candidate.Origin.PHRASE_WORD);
    PhraseLists.Respellings r = PhraseLists.Respellings.of(table);
    for (String w : List.of("crossbreed", "CrossBreed", "stowedaway", "roadtrips", "roadtripped", "roadtripping",
        "rolemodelled", "rolemodeled", "rolemodels", "framework", "abcd")) {
      List<Integer> answered = new ArrayList<>();
      for (int k = PhraseLists.SPLIT_PART; k <= w.length() - PhraseLists.SPLIT_PART; k++) {
        List<Candidate> spaced = new ArrayList<>();
        source.propose(List.of(w.substring(0, k), w.substring(k)), 0, "phrases", spaced);
        if (spaced.stream().anyMatch(c -> c.length() == 2)) {
          answered.add(2 * k);
        }
        List<Candidate> hyphenated = new ArrayList<>();
        source.propose(List.of(w.substring(0, k) + "-" + w.substring(k)), 0, "phrases", hyphenated);
        if (!hyphenated.isEmpty()) {
          answered.add(2 * k + 1);
        }
      }
      List<Integer> tried = java.util.Arrays.stream(r.splits(w)).boxed().toList();
      answered.forEach(k -> assertThat(tried).as(w).contains(k));
      assertThat(answered.isEmpty()).as(w).isEqualTo(w.equals("framework") || w.equals("abcd"));
    }
    assertThat(r.splits("framework")).isEmpty();
  }

  @Test
  void aWordWrittenJoinedThatIsNoKnownWordIsNotSplit() {
    // "feedforward network" had been read as a list's "feed forward" -> "neural"
    List<PhraseLists.Row> rows = List.of(new PhraseLists.Row("feed forward system", "neural system"));
    CandidateSource compounds = PhraseLists.compoundSource(roles(rows), PhraseLists.wordTable(rows, w -> true),
        java.util.Set.of("feed", "forward")::contains);
    List<Candidate> out = new ArrayList<>();
    compounds.propose(List.of("a", "feedforward", "network"), 1, "phrases", out);
    assertThat(out).isEmpty();
  }

  @Test
  void wordsAndAHyphenatedWordTakeTheEntriesOfTheirKnownJoinedSpelling() {
    List<PhraseLists.Row> rows = List.of(new PhraseLists.Row("wellbeing emergency", "health emergency"));
    CandidateSource words = PhraseLists.wordSource(roles(rows), PhraseLists.wordTable(rows, w -> true),
        java.util.Set.of("wellbeing")::contains);
    List<Candidate> out = new ArrayList<>();
    words.propose(List.of("the", "well", "being", "crisis"), 1, "phrases", out);
    assertThat(out).filteredOn(c -> c.length() == 2).extracting(Candidate::original).containsExactly("health");
    out.clear();
    PhraseLists.compoundSource(roles(rows), PhraseLists.wordTable(rows, w -> true),
            java.util.Set.of("wellbeing")::contains)
        .propose(List.of("the", "well-being", "crisis"), 1, "phrases", out);
    assertThat(out).extracting(Candidate::original).containsExactly("health");
  }

  @Test
  void aRespelledEntryThatKeepsASpunWordIsNotProposed() {
    List<PhraseLists.Row> rows = List.of(new PhraseLists.Row("self-sorting out map", "self organizing map"));
    List<Candidate> out = new ArrayList<>();
    CandidateSource words = PhraseLists.wordSource(roles(rows), PhraseLists.wordTable(rows, w -> true));
    words.propose(List.of("a", "self", "sorting", "out"), 1, "phrases", out);
    assertThat(out).extracting(Candidate::original).doesNotContain("self");
  }

  @Test
  void theWordTableLeavesALengthenedArticleUnlearned() {
    List<PhraseLists.Row> rows = List.of(new PhraseLists.Row("associate in nursing original", "an original"));
    List<Candidate> out = new ArrayList<>();
    plainWordTable(rows).propose(List.of("associate", "in", "nursing", "model"), 0, "phrases", out);
    assertThat(out).extracting(Candidate::original).doesNotContain("an");
  }

  /** "profound" only ever replaced, "method" mostly an original. */
  private static final List<PhraseLists.Row> PROFOUND_AND_METHOD = List.of(
      new PhraseLists.Row("profound learning", "deep learning"),
      new PhraseLists.Row("profound network", "deep network"),
      new PhraseLists.Row("method learning", "technique learning"),
      new PhraseLists.Row("analysis strategy", "analysis method"),
      new PhraseLists.Row("element technique", "element method"),
      new PhraseLists.Row("assessment strategy", "evaluation method"));

  @Test
  void wordsTheListMostlyShowsAsOriginalsAreRarelyWorthReplacing() {
    List<PhraseLists.Row> rows = PROFOUND_AND_METHOD;
    CandidateSource plain = plainWordTable(rows);
    CandidateSource weighed = PhraseLists.wordSource(roles(rows), PhraseLists.wordTable(rows, w -> true));
    List<String> spun = List.of("a", "profound", "method");
    double profoundDrop = best(plain, spun, 1) - best(weighed, spun, 1);
    double methodDrop = best(plain, spun, 2) - best(weighed, spun, 2);
    assertThat(profoundDrop).isLessThan(0.1);
    assertThat(methodDrop).isGreaterThan(profoundDrop + 0.3);
  }

  @Test
  void aWordEntryReplacesAWordOfATermNotAPapersOwnWordAmongFunctionWords() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("activation work", "activation function"),
        new PhraseLists.Row("loss work", "loss function"),
        new PhraseLists.Row("examination of fluctuation", "analysis of variance"),
        new PhraseLists.Row("infrastructure as an administration", "infrastructure as a service"),
        new PhraseLists.Row("exactness, accuracy, review", "precision, accuracy, recall"),
        new PhraseLists.Row("during preparing", "in training"),
        new PhraseLists.Row("venture report", "project document"));
    CandidateSource words = PhraseLists.wordSource(roles(rows), PhraseLists.wordTable(rows, w -> true));
    // inside a term: beside a content word, or beyond words that join a term
    assertThat(originals(words, List.of("the", "sigmoid", "work", "is", "smooth"), 2)).contains("function");
    assertThat(originals(words, List.of("an", "examination", "of", "fluctuation", "was", "run"), 3))
        .contains("variance");
    assertThat(originals(words, List.of("cloud", "as", "an", "administration", "."), 3)).contains("service");
    assertThat(originals(words, List.of("exactness", ",", "accuracy"), 0)).contains("precision");
    // a paper's own word among function words and punctuation, and a function word, are left alone
    assertThat(originals(words, List.of("In", "this", "work", ",", "we", "propose"), 2)).isEmpty();
    assertThat(originals(words, List.of("In", "this", "work", "we", "propose"), 2)).isEmpty();
    assertThat(originals(words, List.of("measured", "during", "charge", "cycles"), 1)).isEmpty();
    // an article right after a word begins the next phrase: "We report the model" is a verb and its object
    assertThat(originals(words, List.of("We", "report", "the", "model"), 1)).isEmpty();
    assertThat(originals(words, List.of("the", "venture", "report", "was", "late"), 2)).contains("document");
  }

  @Test
  void aHyphenatedWordsPartsAreReplacedByTheirOwnEntries() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("straight relapse", "linear regression"),
        new PhraseLists.Row("straight model", "linear model"),
        new PhraseLists.Row("pc vision", "computer vision"),
        new PhraseLists.Row("pc program", "computer program"));
    CandidateSource words = PhraseLists.wordSource(roles(rows), PhraseLists.wordTable(rows, w -> true));
    assertThat(originals(words, List.of("a", "non-straight", "model"), 1)).containsExactly("non-linear");
    assertThat(originals(words, List.of("the", "human-pc", "interface"), 1)).containsExactly("human-computer");
    assertThat(originals(words, List.of("the", "straight-pc", "interface"), 1))
        .containsExactlyInAnyOrder("linear-pc", "straight-computer", "linear-computer");
    // the compound pays what its replaced part pays as a word
    assertThat(best(words, List.of("a", "non-straight", "model"), 1))
        .isCloseTo(best(words, List.of("a", "straight", "model"), 1), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aHyphenatedWordWithoutEntriesForItsPartsOrOutsideATermIsLeftAlone() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("straight relapse", "linear regression"),
        new PhraseLists.Row("straight model", "linear model"));
    CandidateSource words = PhraseLists.wordSource(roles(rows), PhraseLists.wordTable(rows, w -> true));
    assertThat(originals(words, List.of("a", "well-known", "model"), 1)).isEmpty();
    assertThat(originals(words, List.of("it", "is", "non-straight", "."), 2)).isEmpty();
    assertThat(originals(words, List.of("the", "Non-Straight", "Index", "rose"), 1)).isEmpty();
  }

  @Test
  void theListsSpinnerKeepsTheWordsItMostlyWritesRarely() {
    java.util.Map<String, Double> keep = PhraseLists.keepLog10(roles(PROFOUND_AND_METHOD));
    // "profound": replaced twice, never an original: kept with 1 / 3
    assertThat(keep.get("profound")).isCloseTo(Math.log10(1 / 3.0), org.assertj.core.data.Offset.offset(1e-9));
    // "method": replaced once, an original three times: kept with 4 / 5
    assertThat(keep.get("method")).isCloseTo(Math.log10(4 / 5.0), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(keep).as("words never replaced keep the family's default").doesNotContainKeys("learning", "deep",
        "analysis", "element");
  }

  @Test
  void namesAndTitlesInsideASentenceKeepTheirWords() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("relative weight", "blood pressure"),
        new PhraseLists.Row("strength misfortune", "pressure loss"));
    CandidateSource words = PhraseLists.wordSource(roles(rows), PhraseLists.wordTable(rows, w -> true));
    assertThat(originals(words, List.of("the", "Relative", "Strength", "Index", "rose"), 2)).isEmpty();
    assertThat(originals(words, List.of("the", "relative", "strength", "of", "the", "index"), 2))
        .contains("pressure");
    // a capital where a sentence starts is no name, nor one in a title written in title case (a sleuth's title was
    // left as written); a word in capitals still is
    assertThat(originals(words, List.of("Strength", "rose"), 0)).contains("pressure");
    assertThat(originals(words, List.of("A", "Relative", "Strength", "Model", "for", "Crop", "Yield", "Forecasts"),
        2)).contains("pressure");
    assertThat(originals(words, List.of("The", "RELATIVE", "Strength", "Model", "for", "Crop", "Yield"), 1))
        .isEmpty();
    assertThat(originals(words, List.of("He", "said", ":", "\u201c", "Strength", "rose"), 4)).contains("pressure");
    // the terms the list names: "blood pressure" beside "blood", not beside a name
    CandidateSource terms = PhraseLists.termSource(rows,
        w -> w.equals("strength") ? java.util.Set.of("pressure") : java.util.Set.of("blood"), -2.5);
    assertThat(originals(terms, List.of("high", "blood", "strength", "levels"), 2)).containsExactly("pressure");
    assertThat(originals(terms, List.of("high", "blood", "Strength", "Levels"), 2)).isEmpty();
    assertThat(originals(terms, List.of("the", "Relative", "Strength", "Index"), 1)).isEmpty();
    assertThat(originals(terms, List.of("the", "relative", "strength", "index"), 1)).contains("blood pressure");
  }

  @Test
  void termsTheListNamesAreCompletedFromThesaurusNeighbours() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("arbitrary woodland classifier", "random forest classifier"),
        new PhraseLists.Row("counterfeit consciousness", "artificial intelligence"));
    java.util.Map<String, java.util.Set<String>> thesaurus = java.util.Map.of(
        "woodland", java.util.Set.of("forest", "wood"),
        "man-made", java.util.Set.of("artificial", "synthetic"),
        "brainpower", java.util.Set.of("intelligence", "wit"));
    CandidateSource terms = PhraseLists.termSource(rows, w -> thesaurus.getOrDefault(w, java.util.Set.of()), -2.5);
    // one word beside a word of a named term
    assertThat(originals(terms, List.of("a", "random", "woodland", "model"), 2)).containsExactly("forest");
    // two words, both thesaurus neighbours of a named term's words
    List<Candidate> pair = new ArrayList<>();
    terms.propose(List.of("man-made", "brainpower"), 0, "phrases", pair);
    assertThat(pair).extracting(Candidate::original, Candidate::length, Candidate::log10Channel)
        .containsExactly(org.assertj.core.api.Assertions.tuple("artificial intelligence", 2, -5.0));
    assertThat(pair).allMatch(c -> c.origin() == Candidate.Origin.PHRASE_WORD);
    // a term as written, a word that is no neighbour, a word beside no named term: nothing
    assertThat(originals(terms, List.of("a", "random", "forest"), 2)).isEmpty();
    assertThat(originals(terms, List.of("a", "random", "tree"), 2)).isEmpty();
    assertThat(originals(terms, List.of("a", "dense", "woodland"), 2)).isEmpty();
  }

  @Test
  void pairsOfNeighboursTheLanguageModelKnowsAsCollocationsAreProposedForTermsNoListNames() {
    java.util.Map<String, java.util.Set<String>> thesaurus = java.util.Map.of(
        "arbitrary", java.util.Set.of("random", "haphazard", "capricious"),
        "strolls", java.util.Set.of("walks", "rambles"),
        "aqueous", java.util.Set.of("watery"),
        "answer", java.util.Set.of("solution", "reply"));
    java.util.Map<String, Double> known = java.util.Map.of("random walks", 3.0, "random rambles", 1.0,
        "aqueous solution", 2.5, "watery solution", 2.2, "aqueous answer", -1.0, "arbitrary strolls", -0.5,
        "random forest", 2.8);
    int[] asked = {0};
    CandidateSource colloc = PhraseLists.collocationSource(w -> thesaurus.getOrDefault(w, java.util.Set.of()),
        w -> w.length(), (x, y) -> {
          asked[0]++;
          return known.getOrDefault(x + " " + y, 0.0);
        }, 2.0, 0.5, -4.0);
    List<Candidate> out = new ArrayList<>();
    colloc.propose(List.of("the", "arbitrary", "strolls", "model"), 1, "phrases", out);
    // both words changed: twice the channel; a weaker association is no collocation
    assertThat(out).extracting(Candidate::original, Candidate::length, Candidate::log10Channel)
        .containsExactly(org.assertj.core.api.Assertions.tuple("random walks", 2, -8.0));
    assertThat(out).allMatch(c -> c.origin() == Candidate.Origin.COLLOCATION);
    // one word changed: the channel once; every collocation the neighbours make is proposed
    assertThat(originals(colloc, List.of("an", "aqueous", "answer"), 1))
        .containsExactlyInAnyOrder("aqueous solution", "watery solution");
    out.clear();
    colloc.propose(List.of("an", "aqueous", "answer"), 1, "phrases", out);
    assertThat(out).filteredOn(c -> c.original().equals("aqueous solution"))
        .singleElement().satisfies(c -> assertThat(c.log10Channel()).isEqualTo(-4.0));
    // a pair that is already a collocation, a name, a function word: nothing
    assertThat(originals(colloc, List.of("a", "random", "forest"), 1)).isEmpty();
    assertThat(originals(colloc, List.of("the", "Arbitrary", "Strolls", "band"), 1)).isEmpty();
    assertThat(originals(colloc, List.of("the", "arbitrary"), 0)).isEmpty();
    // asked once per word pair, then remembered
    int before = asked[0];
    colloc.propose(List.of("the", "arbitrary", "strolls", "model"), 1, "phrases", new ArrayList<>());
    assertThat(asked[0]).isEqualTo(before);
  }

  @Test
  void aCollocationsWordTheListKnowsAsSpunIsMovedAtTheListsPrice() {
    java.util.Map<String, java.util.Set<String>> thesaurus = java.util.Map.of(
        "productivity", java.util.Set.of("efficiency", "output"));
    java.util.Map<String, Double> known = java.util.Map.of("energy efficiency", 2.5, "vitality efficiency", 0.0);
    java.util.Map<String, java.util.Map<String, Double>> learned =
        java.util.Map.of("vitality", java.util.Map.of("energy", -0.3));
    CandidateSource colloc = PhraseLists.collocationSource(w -> thesaurus.getOrDefault(w, java.util.Set.of()),
        w -> w.length(), (x, y) -> known.getOrDefault(x + " " + y, 0.0), learned);
    List<Candidate> out = new ArrayList<>();
    colloc.propose(List.of("the", "vitality", "productivity", "rose"), 1, "phrases", out);
    // "energy" is no thesaurus neighbour of "vitality", but the list's entry: its price, and -4 for the other word
    assertThat(out).extracting(Candidate::original, Candidate::log10Channel)
        .containsExactly(org.assertj.core.api.Assertions.tuple("energy efficiency", -4.3));
    // without the list's entries, nothing reaches the pair
    CandidateSource plain = PhraseLists.collocationSource(w -> thesaurus.getOrDefault(w, java.util.Set.of()),
        w -> w.length(), (x, y) -> known.getOrDefault(x + " " + y, 0.0));
    assertThat(originals(plain, List.of("the", "vitality", "productivity", "rose"), 1)).isEmpty();
  }

  @Test
  void theListsWordEntriesForCollocationsAreThoseOfWordsThatTellItsSpinner() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("profound learning", "deep learning"),
        new PhraseLists.Row("profound neural network", "deep neural network"),
        new PhraseLists.Row("huge information", "big data"));
    // "profound" is rare in English, "huge" common: only the first tells the list's spinner
    java.util.Map<String, Double> counts = java.util.Map.of("profound", 1.0, "huge", 1e6, "the", 1e7);
    java.util.Map<String, java.util.Map<String, Double>> entries = PhraseLists.wordEntries(roles(rows),
        PhraseLists.wordTable(rows, w -> true), counts);
    assertThat(entries).containsKey("profound").doesNotContainKey("huge");
    assertThat(entries.get("profound")).containsKey("deep");
    assertThat(entries.get("profound").get("deep")).isLessThanOrEqualTo(0.0);
  }

  @Test
  void theTermsTheListNamesAreKeptAsWrittenExceptInsideItsTorturedPhrases() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("information growth", "data augmentation"),
        new PhraseLists.Row("neighborhood binary pattern", "local neighbor binary pattern"),
        new PhraseLists.Row("ends up close", "is close"));
    java.util.function.BiPredicate<List<String>, Candidate> keeps = PhraseLists.keepsNamedTerms(rows);
    List<String> clean = List.of("we", "use", "data", "augmentation", "here");
    assertThat(keeps.test(clean, word(3, "increase"))).as("breaks \"data augmentation\"").isFalse();
    assertThat(keeps.test(clean, word(2, "information"))).isFalse();
    assertThat(keeps.test(clean, word(1, "apply"))).as("beside the term, not in it").isTrue();
    List<String> tortured = List.of("the", "neighborhood", "binary", "pattern", "method");
    assertThat(keeps.test(tortured, word(3, "trend"))).as("inside a listed tortured phrase").isTrue();
    assertThat(keeps.test(List.of("a", "binary", "pattern"), word(2, "trend"))).isFalse();
    assertThat(keeps.test(clean, new Candidate(2, 2, "information growth", 0, "phrases",
        Candidate.Origin.PHRASE_LIST))).as("whole listed phrases are fingerprints").isTrue();
    assertThat(keeps.test(List.of("the", "price", "is", "close", "to"), word(3, "near")))
        .as("function words name no term").isTrue();
  }

  private static Candidate word(int i, String original) {
    return new Candidate(i, 1, original, -1, "A", Candidate.Origin.TABLE);
  }

  private static List<String> originals(CandidateSource source, List<String> words, int i) {
    List<Candidate> out = new ArrayList<>();
    source.propose(words, i, "phrases", out);
    return out.stream().map(Candidate::original).toList();
  }

  @Test
  void notationDifferencesOfTheListAreNotProposed() {
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("the profound learning", "a deep learning"),
        new PhraseLists.Row("the profound network", "a deep network"),
        new PhraseLists.Row("union of profound layers", "union for deep layer"));
    CandidateSource plain = plainWordTable(rows);
    CandidateSource weighed = PhraseLists.wordSource(roles(rows), PhraseLists.wordTable(rows, w -> true));
    List<String> spun = List.of("the", "profound", "of", "layers");
    for (int i : new int[] {0, 3}) {
      List<Candidate> before = new ArrayList<>();
      plain.propose(spun, i, "phrases", before);
      assertThat(before).as("the table itself learns the notation").anyMatch(c -> c.length() == 1);
    }
    for (int i : new int[] {0, 2, 3}) {
      List<Candidate> out = new ArrayList<>();
      weighed.propose(spun, i, "phrases", out);
      assertThat(out).as(spun.get(i)).noneMatch(c -> c.length() == 1);
    }
    assertThat(best(weighed, spun, 1)).isGreaterThan(-3);
    assertThat(PhraseLists.notation("emission", "emissions")).isTrue();
    assertThat(PhraseLists.notation("studies", "study")).isTrue();
    assertThat(PhraseLists.notation("discharge", "emission")).isFalse();
    assertThat(PhraseLists.notation("of", "for")).isTrue();
    assertThat(PhraseLists.notation("the", "deep")).isFalse();
  }

  /** The list's word table as it is learned, without {@link PhraseLists#wordSource}'s weights and filters. */
  private static CandidateSource plainWordTable(List<PhraseLists.Row> rows) {
    return CandidateSource.of(PhraseLists.wordTable(rows, w -> true), Candidate.Origin.PHRASE_WORD);
  }

  private static double best(CandidateSource s, List<String> words, int i) {
    List<Candidate> out = new ArrayList<>();
    s.propose(words, i, "phrases", out);
    assertThat(out).isNotEmpty();
    return out.stream().mapToDouble(Candidate::log10Channel).max().orElseThrow();
  }

  @Test
  void aWordEntryTellsTheSpinnerByHowMuchMoreTheListWritesItThanEnglish() {
    List<PhraseLists.Row> rows = List.of(new PhraseLists.Row("profound learning", "deep learning"),
        new PhraseLists.Row("profound neural organization", "deep neural network"),
        new PhraseLists.Row("profound conviction", "deep belief"),
        new PhraseLists.Row("chart theory", "graph theory"),
        new PhraseLists.Row("fourier change", "fourier transform"),
        new PhraseLists.Row("work space", "function space"),
        new PhraseLists.Row("irregular woodland", "random forest"),
        new PhraseLists.Row("man-made consciousness", "artificial intelligence"),
        new PhraseLists.Row("bunch examination", "cluster analysis"),
        new PhraseLists.Row("flag handling", "signal processing"));
    // about a million words of clean English: "profound" rare, "chart" and "hot" common, "work" very common
    java.util.Map<String, Double> counts = java.util.Map.of("the", 900_000.0, "chart", 9_500.0, "hot", 5_000.0,
        "work", 100_000.0, "profound", 10.0);
    java.util.function.BiPredicate<List<String>, Candidate> tells = PhraseLists.tellsSpinner(roles(rows), counts);
    Candidate.Origin word = Candidate.Origin.PHRASE_WORD;
    // "profound": 3 of 10 rows against 10 in a million words, its own evidence
    assertThat(tells.test(List.of("the", "profound", "model"), new Candidate(1, 1, "deep", -1, "user", word)))
        .isTrue();
    // "chart": 1 of 10 rows against 9,500 in a million, a news sentence's own word beside "hot", a number or a mark
    Candidate chart = new Candidate(2, 1, "graph", -1, "user", word);
    assertThat(tells.test(List.of("the", "hot", "chart", "."), chart)).isFalse();
    assertThat(tells.test(List.of("the", "100", "chart", "."), chart)).isFalse();
    // beside a word of the list's ("fourier", which English does not write), or as a term of two words, it tells it
    assertThat(tells.test(List.of("the", "fourier", "chart", "."), chart)).isTrue();
    assertThat(tells.test(List.of("the", "hot", "chart", "stuff"), new Candidate(2, 2, "graph data", -1, "user",
        word))).isTrue();
    // "work": 1 of 10 rows against 100,000 in a million, not even beside "fourier"
    assertThat(tells.test(List.of("a", "fourier", "work"), new Candidate(2, 1, "function", -1, "user", word)))
        .isFalse();
    // other origins always tell it: a whole listed phrase, a table's entry
    for (Candidate.Origin o : List.of(Candidate.Origin.PHRASE_LIST, Candidate.Origin.TABLE)) {
      assertThat(tells.test(List.of("the", "hot", "chart", "."), new Candidate(2, 1, "graph", -1, "user", o)))
          .as(o.toString()).isTrue();
    }
  }

  @Test
  void aListReadOnceAsASourceGivesTheRowsReadGives(@TempDir Path dir) throws java.io.IOException {
    Path f = dir.resolve("p.tsv");
    Files.writeString(f, "\uFEFFtortured\texpected\r\n# a comment\n\n  irregular woodland \t random forest\t0.5\n"
        + "counterfeit consciousness\tartificial intelligence (AI)\nbosom peril\t???\nleft out\t\n"
        + "  #\tnot a row\nirregular woodland\tarbitrary forest\n", StandardCharsets.UTF_8);
    List<PhraseLists.Row> rows = PhraseLists.rows(org.unspin.lexicon.PhraseSource.readPhrases(f));
    assertThat(rows).containsExactlyElementsOf(PhraseLists.read(f)).extracting(PhraseLists.Row::tortured)
        .containsExactly("irregular woodland", "counterfeit consciousness", "irregular woodland");
  }
}
