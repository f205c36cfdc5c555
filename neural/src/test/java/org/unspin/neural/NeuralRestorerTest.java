// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.decode.Decoder;
import org.unspin.decode.DecoderSettings;
import org.unspin.decode.RestoredText;
import org.unspin.decode.TextEdit;
import org.unspin.decode.TextRestorer;
import org.unspin.decode.fakes.FakeChannel;
import org.unspin.decode.fakes.FakeLanguageModel;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.text.TokenizedText;

/**
 * The neural pass on the real model, over a fake n-gram model that cannot tell the readings apart (it has seen
 * none of these words), so that the decision is the masked LM's.
 */
class NeuralRestorerTest {

  private static final FakeLanguageModel LM = FakeLanguageModel.train(List.of("a b c", "d e f"));
  private static final Plausibility THESAURUS = Plausibility.of(FakeThesaurus.of("leader=chief", "said=mentioned",
      "said=stated", "resume=restart"), null);
  // the spinner turns "leader" into "chief" half the time
  private static final FakeChannel CHANNEL = FakeChannel.builder("A").entry("chief", "leader", -0.3)
      .keep("chief", -0.3).build();

  private static NeuralRestorer restorer(NeuralSettings s) {
    return NeuralRestorer.create(Decoder.create(LM, DecoderSettings.DEFAULTS), Bert.masked(), THESAURUS, s);
  }

  private static RestoredText restore(String text, NeuralSettings s) {
    return restorer(s).restore(TokenizedText.of(text), CHANNEL, p -> true);
  }

  private static RestoredText restoreWithoutOpenPenalty(String text, NeuralSettings s) {
    Decoder d = Decoder.create(LM, DecoderSettings.DEFAULTS.toBuilder().openLog10Penalty(0).build());
    return NeuralRestorer.create(d, Bert.masked(), THESAURUS, s).restore(TokenizedText.of(text), CHANNEL, p -> true);
  }

  @Test
  void batchingTheWholeDocumentDecidesAsOneSentenceAtATimeDoes() {
    String text = "China's chief, Xi Jinping, met the delegation on Monday. The chief executive of the company "
        + "resigned on Monday.\n\nThe minister mentioned on Tuesday that the talks would resume soon. Their chief "
        + "mentioned the plan. The chief of staff mentioned that the chief would resume talks.";
    // edits from posterior 0.5, with which these budgets lead to three different restorations
    Decoder d = Decoder.create(LM, DecoderSettings.DEFAULTS.toBuilder().openLog10Penalty(0).minConfidence(0.5).build());
    java.util.Set<Integer> editCounts = new java.util.TreeSet<>();
    java.util.Set<Candidate.Origin> origins = new java.util.TreeSet<>();
    for (int queries : new int[] {1, 3, 6, 30, 200}) {
      NeuralSettings s = NeuralSettings.builder().queriesPer100Words(queries).detectionQueriesPer100Words(40)
          .proposalLog10Channel(0).detectLog10Gap(1.0).build();
      RestoredText batched = new NeuralRestorer(d, Bert.masked(), THESAURUS, s, true)
          .restore(TokenizedText.of(text), CHANNEL, p -> true);
      RestoredText one = new NeuralRestorer(d, Bert.masked(), THESAURUS, s, false)
          .restore(TokenizedText.of(text), CHANNEL, p -> true);
      assertThat(batched.text()).as("%d queries per 100 words", queries).isEqualTo(one.text());
      assertThat(batched.edits()).hasSameSizeAs(one.edits());
      for (int i = 0; i < one.edits().size(); i++) {
        var a = batched.edits().get(i);
        var b = one.edits().get(i);
        assertThat(a.span()).isEqualTo(b.span());
        assertThat(a.original()).isEqualTo(b.original());
        assertThat(a.origin()).isEqualTo(b.origin());
        assertThat(a.confidence()).isCloseTo(b.confidence(), org.assertj.core.api.Assertions.within(1e-3));
      }
      assertThat(batched.log10Score()).isEqualTo(one.log10Score());
      editCounts.add(one.edits().size());
      one.edits().forEach(e -> origins.add(e.origin()));
    }
    // the budget runs out mid-document at 6 queries per 100 words; detection proposes "said" for "mentioned"
    assertThat(editCounts).as("the budget changes what is restored").hasSizeGreaterThan(2);
    assertThat(origins).contains(Candidate.Origin.NEURAL, Candidate.Origin.TABLE);
  }

  @Test
  void aLongDocumentIsAskedInPartsWithTheDecisionsOfOneSentenceAtATime() {
    // 1,300 words of different sentences: every answer (a row over the vocabulary, 116 KB) of a batch is held until
    // the batch is read, so one batch for the whole document grows with its length (a thesis ran out of memory)
    StringBuilder text = new StringBuilder();
    String[] days = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
    for (int i = 0; i < 100; i++) {
      text.append("The chief of district ").append(i + 3).append(" mentioned the plan to the council on ")
          .append(days[i % days.length]).append(i % 10 == 9 ? ".\n\n" : ". ");
    }
    assertThat(text.toString().split("\\s+")).hasSizeGreaterThan(3 * NeuralRestorer.CHUNK_WORDS);
    Decoder d = Decoder.create(LM, DecoderSettings.DEFAULTS.toBuilder().openLog10Penalty(0).minConfidence(0.5).build());
    NeuralSettings s = NeuralSettings.builder().queriesPer100Words(1).detectionQueriesPer100Words(3)
        .proposalLog10Channel(0).detectLog10Gap(1.0).build();
    QueryBatch.LARGEST.reset();
    long sent = BertMlm.QUERIES.sum();
    RestoredText batched = new NeuralRestorer(d, Bert.masked(), THESAURUS, s, true)
        .restore(TokenizedText.of(text.toString()), CHANNEL, p -> true);
    sent = BertMlm.QUERIES.sum() - sent;
    assertThat(QueryBatch.LARGEST.get()).as("largest batch of %d queries", sent).isLessThan(sent / 3);
    RestoredText one = new NeuralRestorer(d, Bert.masked(), THESAURUS, s, false)
        .restore(TokenizedText.of(text.toString()), CHANNEL, p -> true);
    assertThat(batched.text()).isEqualTo(one.text());
    assertThat(batched.edits()).extracting(e -> e.span(), e -> e.original(), e -> e.origin())
        .containsExactlyElementsOf(one.edits().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.span(),
            e.original(), e.origin())).toList());
    assertThat(batched.log10Score()).isEqualTo(one.log10Score());
    assertThat(one.edits()).as("edits made").isNotEmpty();
  }

  @Test
  void anUncertainChoiceIsDecidedByTheWholeSentence() {
    RestoredText r = restore("China's chief, Xi Jinping, met the delegation on Monday.", NeuralSettings.DEFAULTS);
    assertThat(r.text()).isEqualTo("China's leader, Xi Jinping, met the delegation on Monday.");
    assertThat(r.edits()).singleElement().satisfies(e -> {
      assertThat(e.spun()).isEqualTo("chief");
      assertThat(e.confidence()).isBetween(0.5, 1.0);
    });
  }

  @Test
  void aReDecidedEditSaysHowTheMaskedLmMovedIt() {
    String text = "China's chief, Xi Jinping, met the delegation on Monday.";
    RestoredText r = restore(text, NeuralSettings.DEFAULTS);
    // the n-gram decoder cannot tell "chief" from "leader" (about 0.5 each); the whole sentence can
    TextEdit edit = r.edits().get(0);
    assertThat(r.neural()).hasValueSatisfying(p -> {
      assertThat(p.capped()).isFalse();
      assertThat(p.queries()).isBetween(1, p.cap());
      assertThat(p.reviews()).singleElement().satisfies(v -> {
        assertThat(v.span()).isEqualTo(edit.span());
        assertThat(v.ngramOriginal()).isEqualTo("leader");
        assertThat(v.removed()).isFalse();
        assertThat(v.ngramConfidence()).isBetween(0.3, 0.7).isLessThan(edit.confidence());
        assertThat(v.confidence()).isEqualTo(edit.confidence());
      });
    });
  }

  @Test
  void theTraceHoldsEachReDecisionAsTheMaskedLmWeighedIt() {
    String text = "China's chief, Xi Jinping, met the delegation on Monday.";
    List<NeuralRestorer.Trace> traces = new java.util.ArrayList<>();
    RestoredText r = new NeuralRestorer(Decoder.create(LM, DecoderSettings.DEFAULTS), Bert.masked(), THESAURUS,
        NeuralSettings.DEFAULTS, true, traces::add).restore(TokenizedText.of(text), CHANNEL, p -> true);
    assertThat(r.text()).isEqualTo(restore(text, NeuralSettings.DEFAULTS).text());
    TextEdit edit = r.edits().get(0);
    assertThat(traces).singleElement().satisfies(t -> {
      assertThat(text.substring(t.from(), t.to())).isEqualTo("chief");
      assertThat(t.from()).isEqualTo(edit.span().start());
      // the n-gram decoder's reading first, keeping the spun word last
      assertThat(t.wordings().get(0)).isEqualTo("leader");
      assertThat(t.wordings().get(t.wordings().size() - 1)).isEqualTo("chief");
      assertThat(t.keep()[0]).isFalse();
      assertThat(t.keep()[t.keep().length - 1]).isTrue();
      // the whole sentence prefers the original, as the edit applied says
      double w = NeuralSettings.DEFAULTS.weight();
      int last = t.pll().length - 1;
      assertThat(Math.log10(t.prior()[0]) + w * t.pll()[0])
          .isGreaterThan(Math.log10(t.prior()[last]) + w * t.pll()[last]);
      assertThat(t.needed()[0]).isBetween(0.0, 1.0);
    });
  }

  @Test
  void anEditTheMaskedLmRemovesIsReportedWithTheNgramDecodersReading() {
    String text = "The chief executive of the company resigned on Monday.";
    RestoredText ngram = TextRestorer.create(Decoder.create(LM, DecoderSettings.DEFAULTS))
        .restore(TokenizedText.of(text), CHANNEL, p -> true);
    assertThat(ngram.edits()).as("the n-gram decoder alone").singleElement()
        .satisfies(e -> assertThat(e.replacement()).isEqualTo("leader"));
    RestoredText r = restore(text, NeuralSettings.DEFAULTS);
    assertThat(r.edits()).isEmpty();
    assertThat(r.neural().orElseThrow().reviews()).singleElement().satisfies(v -> {
      assertThat(v.removed()).isTrue();
      assertThat(v.span()).isEqualTo(ngram.edits().get(0).span());
      assertThat(v.spun()).isEqualTo("chief");
      assertThat(v.ngramReplacement()).isEqualTo("leader");
      assertThat(v.ngramConfidence()).isCloseTo(ngram.edits().get(0).confidence(),
          org.assertj.core.api.Assertions.within(0.05));
      assertThat(v.confidence()).isLessThan(v.ngramConfidence());
    });
  }

  @Test
  void whenTheWorkCapRunsOutThePassSaysFromWhere() {
    // one query for the document, which detection spends on "mentioned": "chief" is left to the n-gram decoder
    NeuralSettings s = NeuralSettings.builder().queriesPer100Words(1).detectionQueriesPer100Words(0).build();
    String text = "China's chief, Xi Jinping, mentioned the plan on Monday.";
    assertThat(restore(text, s).neural()).hasValueSatisfying(p -> {
      assertThat(p.cap()).isEqualTo(1);
      assertThat(p.capped()).isTrue();
      assertThat(p.uncheckedFrom()).isEqualTo(text.indexOf("chief"));
      assertThat(p.reviews()).isEmpty();
    });
  }

  @Test
  void theSameChoiceInAnotherSentenceKeepsTheSpunWord() {
    String text = "The chief executive of the company resigned on Monday.";
    assertThat(restore(text, NeuralSettings.DEFAULTS).text()).isEqualTo(text);
  }

  @Test
  void aWordNoTableListsIsRestoredFromTheMaskedLmsProposal() {
    // "mentioned" is in no table of CHANNEL: only the open-vocabulary detector can propose "said"; the decoder's
    // open-vocabulary penalty is lifted so that the proposal reaches the masked-LM review
    NeuralSettings s = NeuralSettings.builder().proposalLog10Channel(0).detectLog10Gap(1.0).build();
    RestoredText r =
        restoreWithoutOpenPenalty("The minister mentioned on Tuesday that the talks would resume soon.", s);
    assertThat(r.text()).isEqualTo("The minister said on Tuesday that the talks would resume soon.");
    assertThat(r.edits()).singleElement().satisfies(e -> assertThat(e.origin()).isEqualTo(Candidate.Origin.NEURAL));
  }

  @Test
  void cleanTextIsLeftAlone() {
    String text = "The minister said on Tuesday that the talks would resume soon. Peace in the Middle East is far.";
    RestoredText r = restoreWithoutOpenPenalty(text, NeuralSettings.builder().detectLog10Gap(1.0).build());
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.edits()).isEmpty();
  }

  @Test
  void withoutBudgetTheNgramDecoderDecidesAlone() {
    NeuralSettings s = NeuralSettings.builder().queriesPer100Words(1).detectionQueriesPer100Words(0).build();
    // "mentioned" has no candidate in CHANNEL, so detection (sharing the budget) asks about it and spends the only
    // query
    String text = "China's chief, Xi Jinping, mentioned the plan on Monday.";
    RestoredText ngram = TextRestorer.create(Decoder.create(LM, DecoderSettings.DEFAULTS))
        .restore(TokenizedText.of(text), CHANNEL, p -> true);
    // none is left for rescoring "chief": the n-gram reading stands
    assertThat(restore(text, s).text()).isEqualTo(ngram.text());
  }

  @Test
  void detectionWithABudgetOfItsOwnLeavesRescoringItsQueries() {
    NeuralSettings s = NeuralSettings.builder().queriesPer100Words(1).detectionQueriesPer100Words(1).build();
    String text = "China's chief, Xi Jinping, mentioned the plan on Monday.";
    assertThat(restore(text, s).text()).startsWith("China's leader, Xi Jinping,");
  }

  @Test
  void aUsersBarComparesTheConfidenceAReDecidedTableEditStates() {
    String text = "China's chief, Xi Jinping, met the delegation on Monday.";
    double posterior = restore(text, NeuralSettings.DEFAULTS).edits().get(0).confidence();
    // a table whose spun forms have an original it does not list half the time: its edits state half the posterior
    ChannelModel halfUnseen = new ChannelModel() {
      @Override
      public String family() {
        return CHANNEL.family();
      }

      @Override
      public List<Candidate> candidates(List<String> words, int i) {
        return CHANNEL.candidates(words, i);
      }

      @Override
      public double log10Keep(String word) {
        return CHANNEL.log10Keep(word);
      }

      @Override
      public double unseenOriginals() {
        return 0.5;
      }
    };
    double bar = 0.75 * posterior; // the re-decided posterior clears it, the confidence the edit states does not
    for (boolean stated : new boolean[] {false, true}) {
      DecoderSettings s = DecoderSettings.DEFAULTS.toBuilder().minConfidence(bar).barOnStatedConfidence(stated).build();
      RestoredText r = NeuralRestorer.create(Decoder.create(LM, s), Bert.masked(), THESAURUS, NeuralSettings.DEFAULTS)
          .restore(TokenizedText.of(text), halfUnseen, q -> true);
      assertThat(r.edits()).as("bar on the stated confidence: %s", stated).hasSize(stated ? 0 : 1);
    }
  }

  @Test
  void badSettingsAreRejectedWhenBuilt() {
    assertThatThrownBy(() -> NeuralSettings.builder().reviewFloor(0.9).sure(0.5).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NeuralSettings.builder().weight(0).build()).isInstanceOf(IllegalArgumentException.class);
  }
}
