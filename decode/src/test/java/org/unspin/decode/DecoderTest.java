// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.unspin.decode.fakes.FakeChannel;
import org.unspin.decode.fakes.FakeLanguageModel;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lm.LmState;

class DecoderTest {

  private static final FakeLanguageModel LM = Fixtures.languageModel();
  private static final FakeChannel A = Fixtures.familyA();
  private static final Decoder DECODER = Decoder.create(LM, DecoderSettings.DEFAULTS);
  /** No local pre-pruning: the lattice search must then equal brute-force enumeration. */
  private static final Decoder EXACT =
      Decoder.create(LM, DecoderSettings.builder().candidateLog10Floor(-1000).beamWidth(1000).build());

  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  @Test
  void leftoverSpintaxBracesAreRemovedThoughTheLanguageModelDoesNotScoreThem() {
    org.unspin.decode.fakes.FakeChannel c = org.unspin.decode.fakes.FakeChannel.builder("A")
        .entry("{ more }", "more", -0.05).build();
    List<String> words = List.of("the", "company", "said", "it", "would", "hire", "{", "more", "}", "workers", ".");
    assertThat(DECODER.decode(words, c).edits()).singleElement().satisfies(e -> {
      assertThat(e.start()).isEqualTo(6);
      assertThat(e.length()).isEqualTo(3);
      assertThat(e.original()).isEqualTo("more");
    });
  }

  @Test
  void replacesASpunWordWhenTheLanguageModelPrefersTheOriginal() {
    SentenceDecoding d = DECODER.decode(words("the minister mentioned the talks were useful ."), A);
    assertThat(d.edits()).singleElement().satisfies(e -> {
      assertThat(e.start()).isEqualTo(2);
      assertThat(e.original()).isEqualTo("said");
      assertThat(e.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0);
      assertThat(e.family()).isEqualTo("A");
    });
  }

  @Test
  void anEditToAnOriginalItsTableRarelyGivesNeedsTheRareOriginalBar() {
    ChannelModel rare = withRareOriginal(A, "mentioned", "said");
    List<String> w = words("officers mentioned the talks were useful .");
    Decoder strict = Decoder.create(LM, DecoderSettings.builder().rareOriginalMinConfidence(1.0).build());
    SpanEdit said = DECODER.decode(w, rare).edits().stream().filter(e -> e.start() == 1).findFirst().orElseThrow();
    assertThat(said.confidence()).isLessThan(1.0);
    // the rare original's edit is left at a bar it does not reach; the other edit, and the same edit under a
    // channel that does not call it rare, are made
    assertThat(strict.decode(w, rare).edits()).extracting(SpanEdit::original).containsExactly("officials");
    assertThat(strict.decode(w, A).edits()).extracting(SpanEdit::original).containsExactly("officials", "said");
    // the posterior is the same: only the bar moved
    assertThat(DECODER.decode(w, rare).edits()).extracting(SpanEdit::confidence)
        .containsExactlyElementsOf(DECODER.decode(w, A).edits().stream().map(SpanEdit::confidence).toList());
  }

  @Test
  void theRareOriginalBarIsTheFunctionWordBarsWhereThatIsHigher() {
    ChannelModel rare = withRareOriginal(A, "mentioned", "said");
    DecoderSettings s = DecoderSettings.builder().rareOriginalMinConfidence(0.8).build();
    org.unspin.lexicon.Candidate.Origin table = org.unspin.lexicon.Candidate.Origin.TABLE;
    assertThat(s.minConfidence("mentioned", "said", table, rare)).isEqualTo(0.8);
    assertThat(s.minConfidence("mentioned", "said", table, A)).isEqualTo(s.minConfidence());
    assertThat(s.minConfidence("mentioned", "said", org.unspin.lexicon.Candidate.Origin.RULE, rare))
        .isEqualTo(s.minConfidence());
    assertThat(s.minConfidence("on", "in", table, A)).isEqualTo(s.functionWordMinConfidence());
  }

  /** {@code channel}, whose learned table gives {@code original} for {@code spun} only rarely. */
  private static ChannelModel withRareOriginal(ChannelModel channel, String spun, String original) {
    return new ChannelModel() {
      @Override
      public String family() {
        return channel.family();
      }

      @Override
      public List<org.unspin.lexicon.Candidate> candidates(List<String> w, int i) {
        return channel.candidates(w, i);
      }

      @Override
      public double log10Keep(String word) {
        return channel.log10Keep(word);
      }

      @Override
      public boolean rareOriginal(String s, String o) {
        return s.equalsIgnoreCase(spun) && o.equalsIgnoreCase(original);
      }
    };
  }

  @Test
  void aHeadlineInCapitalsIsLookedUpAsASentenceWouldWriteIt() {
    // (the fake model reads every word lower-cased, so the effect is tested with the real one, in DefaultModelsTest)
    assertThat(Decoder.headlineStart(words("The Minister Said The Talks ."))).isZero();
    assertThat(Decoder.headlineStart(words(", THE MINISTER SAID IT ."))).isEqualTo(1);
    assertThat(Decoder.headlineStart(words("the minister Said The Talks ."))).isEqualTo(-1);
    assertThat(Decoder.headlineStart(words("Officials Said ."))).isEqualTo(-1); // too short to tell
    // a number first is the headline's first token: "OF" is no sentence's first word ("1000'S BECAUSE INDIVIDUALS")
    assertThat(Decoder.headlineStart(words("1000'S OF INDIVIDUALS HAVE SWITCHED ."))).isZero();
    assertThat(Decoder.headlineForm("SAID", false, LM.vocabulary())).isEqualTo("said");
    assertThat(Decoder.headlineForm("THE", true, LM.vocabulary())).isEqualTo("The");
    assertThat(Decoder.headlineForm("said", false, LM.vocabulary())).isEqualTo("said");
  }

  @Test
  void wordsInCapitalsBesideEachOtherAreTold() {
    assertThat(Decoder.capitalRuns(words("GIVEAWAY TIME ! Win a year ."))).containsExactly(true, true, false, false,
        false, false, false);
    assertThat(Decoder.capitalRuns(words("a LIMITED TIME offer"))).containsExactly(false, true, true, false);
    // an acronym alone, a single capital and a word in mixed case are not
    assertThat(Decoder.capitalRuns(words("the US economy , I think , DeFi IT"))).isNull();
  }

  @Test
  void replacesAMultiWordSpanByOneOriginal() {
    SentenceDecoding d = DECODER.decode(words("the minister not too long ago mentioned the plan would work ."), A);
    assertThat(d.edits()).extracting(SpanEdit::original).containsExactly("recently", "said");
    assertThat(d.edits().get(0).length()).isEqualTo(4);
  }

  @Test
  void editsListKeepingTheSpunWordsAmongTheirAlternatives() {
    SentenceDecoding d = DECODER.decode(words("officers mentioned the talks were useful ."), A);
    assertThat(d.edits()).isNotEmpty();
    for (SpanEdit e : d.edits()) {
      assertThat(e.alternatives()).anySatisfy(a -> assertThat(a.kept()).isTrue());
      double sum = e.confidence() + e.alternatives().stream().mapToDouble(Alternative::probability).sum();
      assertThat(sum).isLessThanOrEqualTo(1.0 + 1e-9);
    }
  }

  @Test
  void keepingAMultiWordSpanIsOfferedAsAllItsWords() {
    SentenceDecoding d = DECODER.decode(words("the minister not too long ago mentioned the plan would work ."), A);
    SpanEdit e = d.edits().get(0);
    assertThat(e.length()).isEqualTo(4);
    assertThat(e.alternatives()).filteredOn(Alternative::kept).singleElement()
        .satisfies(a -> assertThat(a.original()).isEqualTo("not too long ago"));
  }

  @Test
  void leavesCleanSentencesAloneWhenTheSpinnerRarelyKeepsNothingThere() {
    for (String s : Fixtures.CLEAN) {
      assertThat(DECODER.decode(words(s), A).edits()).as(s).isEmpty();
    }
  }

  @Test
  void theIdentityChannelNeverEdits() {
    SentenceDecoding d = DECODER.decode(words("officers mentioned the talks ."), TextRestorer.IDENTITY);
    assertThat(d.edits()).isEmpty();
    assertThat(d.log10Best()).isEqualTo(d.log10Unchanged());
  }

  @Test
  void openVocabularyCandidatesPayTheirPenalty() {
    List<String> w = words("the minister stated the talks were useful .");
    // "stated" is not in the fake model's vocabulary, so the open channel must be allowed at unknown words here
    Decoder strict = Decoder.create(LM, DecoderSettings.builder().openLog10Penalty(-10).openForUnknownWords(true)
        .build());
    Decoder loose = Decoder.create(LM, DecoderSettings.builder().openLog10Penalty(0).openForUnknownWords(true)
        .build());
    assertThat(strict.decode(w, A).edits()).isEmpty();
    assertThat(loose.decode(w, A).edits()).extracting(SpanEdit::original).containsExactly("said");
  }

  @Test
  void aWordTheModelDoesNotKnowGetsNoOpenVocabularyGuessButMayBeRespelled() {
    FakeChannel c = FakeChannel.builder("A").open("qwzx", "said", 0).open("sa-id", "said", 0).build();
    Decoder loose = Decoder.create(LM, DecoderSettings.builder().openLog10Penalty(0).build());
    Decoder unguarded = Decoder.create(LM, DecoderSettings.builder().openLog10Penalty(0).openForUnknownWords(true)
        .build());
    List<String> unknown = words("the minister qwzx the talks were useful .");
    assertThat(LM.vocabulary().id("qwzx")).isEqualTo(LM.vocabulary().unknownId());
    assertThat(loose.decode(unknown, c).edits()).isEmpty();
    assertThat(unguarded.decode(unknown, c).edits()).extracting(SpanEdit::original).containsExactly("said");
    assertThat(loose.decode(words("the minister sa-id the talks were useful ."), c).edits())
        .extracting(SpanEdit::original).containsExactly("said");
    // the same letters read canonically: a Cyrillic look-alike is its Latin letter
    assertThat(loose.decode(words("the minister s\u0430-id the talks were useful ."), c).edits())
        .extracting(SpanEdit::original).containsExactly("said");
  }

  @Test
  void aPhraseHoldingAWordTheModelDoesNotKnowGetsNoOpenVocabularyGuessEvenWhereWordsAreOpen() {
    // as Moby's "atrial fibrillation" -> "heart" (the model knows "fibrillation", not "atrial")
    FakeChannel c = FakeChannel.builder("A").open("qwzx talks", "talks", 0).open("the talks", "talks", 0)
        .open("qwzx", "the", 0).build();
    Decoder open = Decoder.create(LM, DecoderSettings.builder().openLog10Penalty(0).openForUnknownWords(true)
        .build());
    List<String> unknown = words("the minister said qwzx talks were useful .");
    assertThat(open.edges(unknown, c).get(3)).extracting(e -> e.original).containsExactly("qwzx", "the");
    assertThat(open.decode(unknown, c).edits()).extracting(SpanEdit::original).containsExactly("the");
    assertThat(open.edges(words("the minister said the talks were useful ."), c).get(3))
        .extracting(e -> e.original).contains("talks");
  }

  @Test
  void emptySentenceDecodesToNothing() {
    SentenceDecoding d = DECODER.decode(List.of(), A);
    assertThat(d.edits()).isEmpty();
  }

  @Property(tries = 200)
  void viterbiAndForwardScoresEqualBruteForceEnumeration(@ForAll("sentences") List<String> words) {
    SentenceDecoding d = EXACT.decode(words, A);
    double[] best = {Double.NEGATIVE_INFINITY};
    double[] total = {Double.NEGATIVE_INFINITY};
    List<List<Decoder.Edge>> edges = EXACT.edges(words, A);
    enumerate(edges, 0, new ArrayList<>(), path -> {
      double s = pathScore(path);
      best[0] = Math.max(best[0], s);
      total[0] = Log10.add(total[0], s);
    });
    assertThat(d.log10Best()).isCloseTo(best[0], within(1e-4));
    assertThat(d.log10Total()).isCloseTo(total[0], within(1e-4));
  }

  @Property(tries = 100)
  void confidenceEqualsTheBruteForcePosterior(@ForAll("sentences") List<String> words) {
    SentenceDecoding d = EXACT.decode(words, A);
    List<List<Decoder.Edge>> edges = EXACT.edges(words, A);
    for (SpanEdit e : d.edits()) {
      double[] with = {Double.NEGATIVE_INFINITY};
      double[] total = {Double.NEGATIVE_INFINITY};
      enumerate(edges, 0, new ArrayList<>(), path -> {
        double s = pathScore(path);
        total[0] = Log10.add(total[0], s);
        for (Decoder.Edge x : path) {
          if (!x.keep && x.start == e.start() && x.len == e.length() && x.original.equals(e.original())) {
            with[0] = Log10.add(with[0], s);
          }
        }
      });
      assertThat(e.confidence()).isCloseTo(Math.pow(10, with[0] - total[0]), within(1e-4));
    }
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    List<String> pool = new ArrayList<>(List.of("mentioned", "officers", "extra", "additionally", "go", "to", "5",
        "said", "the", "talks", "minister", "not", "too", "long", "ago", ",", "zebra", "."));
    return Arbitraries.of(pool).list().ofMinSize(1).ofMaxSize(7);
  }

  private static void enumerate(List<List<Decoder.Edge>> edges, int i, List<Decoder.Edge> path,
      java.util.function.Consumer<List<Decoder.Edge>> sink) {
    if (i == edges.size()) {
      sink.accept(path);
      return;
    }
    for (Decoder.Edge e : edges.get(i)) {
      path.add(e);
      enumerate(edges, i + e.len, path, sink);
      path.remove(path.size() - 1);
    }
  }

  private static double pathScore(List<Decoder.Edge> path) {
    LmState s = LM.newState();
    LM.beginSentence(s);
    double score = 0;
    for (Decoder.Edge e : path) {
      for (int id : e.ids) {
        score += LM.log10Score(s, id, s);
      }
      score += e.channel;
    }
    return score + LM.log10EndSentence(s);
  }

  @Test
  void localPruningDropsOnlyHopelessCandidates() {
    List<String> w = words("officers mentioned the go to was delayed for months .");
    Decoder tight = Decoder.create(LM, DecoderSettings.builder().candidateLog10Floor(0).build());
    assertThat(tight.decode(w, A).edits()).isEmpty();
    assertThat(DECODER.decode(w, A).edits()).extracting(SpanEdit::original).isEqualTo(
        EXACT.decode(w, A).edits().stream().map(SpanEdit::original).toList());
  }

  @Test
  void theCandidatesKeptAtACrowdedPositionAreThoseThatFitTheWordsBesideThemNotTheFirstInTheAlphabet() {
    // a thesaurus lists its neighbours at one channel score: 30 of them before "said" in the alphabet, more than the
    // 24 a position keeps
    FakeChannel.Builder b = FakeChannel.builder("A").keep("said", -1.3);
    for (int k = 0; k < 30; k++) {
      b.entry("mentioned", "affirmed" + (char) ('a' + k % 26) + k, -0.5);
    }
    ChannelModel crowded = b.entry("mentioned", "said", -0.5).build();
    List<String> w = words("the minister mentioned the talks were useful .");
    assertThat(DecoderSettings.DEFAULTS.maxCandidatesPerStart()).isLessThan(31);
    assertThat(DECODER.decode(w, crowded).edits()).singleElement()
        .satisfies(e -> assertThat(e.original()).isEqualTo("said"));
  }

  @Test
  void anAlternativeOfFewerWordsReadsOverTheEditsWordsAndNoneRepeatsTheEdit() {
    // "go to" -> "visit", and "go" alone -> "visit": the second reads "visit to", not the edit again
    ChannelModel c = Fixtures.withEntries(A, FakeChannel.builder("A").entry("go", "visit", -0.3).build());
    List<String> w = words("officers mentioned the go to was delayed for months .");
    SpanEdit edit = EXACT.decode(w, c).edits().stream().filter(e -> e.start() == 3).findFirst().orElseThrow();
    assertThat(edit.length()).isEqualTo(2);
    assertThat(edit.original()).isEqualTo("visit");
    assertThat(edit.alternatives()).extracting(Alternative::original).contains("visit to", "go to")
        .doesNotContain("visit").doesNotHaveDuplicates();
  }

  @Test
  void settingsRejectOutOfRangeValuesAtBuildTime() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DecoderSettings.builder().beamWidth(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DecoderSettings.builder().minConfidence(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DecoderSettings.builder().openLog10Penalty(1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aListedPhraseIsRestoredAsTheListSaysAndItsKeptWordsStay() {
    // the list: "visit were useful" -> "visit were xyzzy" ("xyzzy" unknown to the model, "visit" kept); the table
    // would also make "visit" "talks", which the model likes before "were useful"
    ChannelModel c = FakeChannel.builder("A").entry("visit", "talks", -0.1)
        .entry("visit were useful", "visit were xyzzy", 0, org.unspin.lexicon.Candidate.Origin.PHRASE_LIST).build();
    List<String> words = words("the minister said the visit were useful .");
    assertThat(DECODER.decode(words, c).edits()).extracting(SpanEdit::original).containsExactly("xyzzy");
    Decoder plain = Decoder.create(LM, DecoderSettings.builder().listedLog10Penalty(0).build());
    assertThat(plain.decode(words, c).edits()).extracting(SpanEdit::original).containsExactly("talks");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DecoderSettings.builder().listedLog10Penalty(1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wordsACandidateLeavesAsTheyAreAreTrimmedOff() {
    List<String> words = Arrays.asList("a convolutional neural organization was trained".split(" "));
    org.unspin.lexicon.Candidate whole = new org.unspin.lexicon.Candidate(1, 3, "convolutional neural network", 0,
        "A", org.unspin.lexicon.Candidate.Origin.PHRASE_LIST);
    org.unspin.lexicon.Candidate t = Decoder.trimmed(words, whole);
    assertThat(List.of(t.start(), t.length())).containsExactly(3, 1);
    assertThat(t.original()).isEqualTo("network");
    assertThat(t.origin()).isEqualTo(org.unspin.lexicon.Candidate.Origin.PHRASE_LIST);
    // "in the center east" -> "in the middle east": only "center" changes
    List<String> east = Arrays.asList("peace in the Center East".split(" "));
    org.unspin.lexicon.Candidate m = Decoder.trimmed(east, new org.unspin.lexicon.Candidate(1, 4,
        "in the middle east", -0.2, "A", org.unspin.lexicon.Candidate.Origin.TABLE));
    assertThat(List.of(m.start(), m.length(), m.original())).containsExactly(3, 1, "middle");
    // nothing shared at the ends, or a phrase that becomes another length: as it was
    org.unspin.lexicon.Candidate swap = new org.unspin.lexicon.Candidate(1, 2, "recently", -0.2, "A",
        org.unspin.lexicon.Candidate.Origin.TABLE);
    assertThat(Decoder.trimmed(words, swap)).isSameAs(swap);
    org.unspin.lexicon.Candidate longer = new org.unspin.lexicon.Candidate(2, 2, "neural organization network",
        -1, "A", org.unspin.lexicon.Candidate.Origin.TABLE);
    assertThat(Decoder.trimmed(words, longer).original()).isEqualTo("organization network");
    org.unspin.lexicon.Candidate past = new org.unspin.lexicon.Candidate(4, 3, "was trained well", -1, "A",
        org.unspin.lexicon.Candidate.Origin.TABLE);
    assertThat(Decoder.trimmed(words, past)).as("past the sentence's end: left for the decoder to drop").isSameAs(past);
  }

  static ChannelModel familyA() {
    return A;
  }
}
