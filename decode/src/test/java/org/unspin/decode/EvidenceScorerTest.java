// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.decode.fakes.FakeChannel;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.lexicon.ChannelModel;

class EvidenceScorerTest {

  private static final EvidenceScorer SCORER =
      EvidenceScorer.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS));

  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  @Test
  void spunSentencesAreBetterExplainedByTheirSpinnerThanByNoSpinning() {
    for (String s : Fixtures.SPUN) {
      assertThat(SCORER.score(words(s), Fixtures.familyA()).log10Ratio()).as(s).isPositive();
    }
  }

  @Test
  void cleanSentencesWithWordsTheSpinnerAlwaysReplacesCountAgainstIt() {
    SentenceEvidence e = SCORER.score(words("officials said the visit was delayed for months ."), Fixtures.familyA());
    assertThat(e.log10Ratio()).isLessThan(-1);
    assertThat(e.likelyEdits()).isEmpty();
  }

  @Test
  void anAlternativeOfFewerWordsReadsOverTheEditsWordsAndNoneRepeatsTheEdit() {
    // "go to" -> "visit", and "go" alone -> "visit": the second reads "visit to", not the edit again
    ChannelModel c = Fixtures.withEntries(Fixtures.familyA(), FakeChannel.builder("A")
        .entry("go", "visit", -0.3).build());
    List<String> w = words("officers mentioned the go to was delayed for months .");
    SpanEdit edit = SCORER.score(w, c).likelyEdits().stream().filter(e -> e.start() == 3).findFirst().orElseThrow();
    assertThat(edit.length()).isEqualTo(2);
    assertThat(edit.original()).isEqualTo("visit");
    assertThat(edit.alternatives()).extracting(Alternative::original).contains("visit to", "go to")
        .doesNotContain("visit").doesNotHaveDuplicates();
  }

  @Test
  void likelyEditsNameTheOriginalAndTheirLocalConfidence() {
    SentenceEvidence e = SCORER.score(words("the minister mentioned the talks were useful ."), Fixtures.familyA());
    assertThat(e.likelyEdits()).singleElement().satisfies(x -> {
      assertThat(x.original()).isEqualTo("said");
      assertThat(x.confidence()).isBetween(0.5, 1.0);
    });
    assertThat(e.tableEdits()).isEqualTo(1);
  }

  @Test
  void anotherFamilysTableExplainsTheTextWorse() {
    List<String> w = words("officers mentioned the go to was delayed for months .");
    assertThat(SCORER.score(w, Fixtures.familyA()).log10Ratio())
        .isGreaterThan(SCORER.score(w, Fixtures.familyB()).log10Ratio());
  }

  @Test
  void aListedPhraseIsChosenOverKeepingItsWordsButItsEvidenceIsSummedWithoutThePenalty() {
    // "useful" -> "xyzzy": a listed original the model has never seen, so it loses to keeping the word on the
    // language model alone; the list's word makes it the choice
    org.unspin.lexicon.ChannelModel list = FakeChannel.builder("A")
        .entry("were useful", "were xyzzy", 0, org.unspin.lexicon.Candidate.Origin.PHRASE_LIST).build();
    List<String> w = words("the minister said the talks were useful .");
    EvidenceScorer plain = EvidenceScorer.create(Decoder.create(Fixtures.languageModel(),
        DecoderSettings.builder().listedLog10Penalty(0).build()));
    assertThat(plain.score(w, list).likelyEdits()).isEmpty();
    SentenceEvidence e = SCORER.score(w, list);
    assertThat(e.likelyEdits()).singleElement().satisfies(x -> assertThat(x.original()).isEqualTo("xyzzy"));
    assertThat(e.listedPhrases()).isEqualTo(1);
    assertThat(e.log10Ratio()).isEqualTo(plain.score(w, list).log10Ratio());
  }

  @Test
  void aListedPhraseCountsOnceWhicheverCandidateRestoresIt() {
    SentenceEvidence e = SCORER.score(words("officers mentioned the go to was delayed for months ."),
        Fixtures.familyAWithListedPhrase());
    // "go to" -> "visit" is A's own entry, not the list's, yet it restores the listed phrase
    assertThat(e.likelyEdits()).extracting(SpanEdit::original).contains("officials", "said", "visit");
    assertThat(e.likelyEdits()).extracting(SpanEdit::origin).doesNotContain(
        org.unspin.lexicon.Candidate.Origin.PHRASE_LIST);
    assertThat(e.listedPhrases()).isEqualTo(1);
    assertThat(SCORER.score(words("officers mentioned the talks were useful ."), Fixtures.familyAWithListedPhrase())
        .listedPhrases()).isZero();
  }

  /**
   * A thesaurus-like channel: four neighbours of "won" (a word the model knows), the one that fits the words beside
   * it the least likely.
   */
  private static FakeChannel neighbours() {
    return FakeChannel.builder("open")
        .open("won", "roads", -1.0)
        .open("won", "calm", -1.0)
        .open("won", "games", -1.1)
        .open("won", "said", -1.2)
        .build();
  }

  @Test
  void aShortlistNoShorterThanAnyPositionsCandidatesChangesNothing() {
    EvidenceScorer shortlisting = SCORER.withShortlist(4);
    List<String> sentences = new java.util.ArrayList<>(Fixtures.SPUN);
    sentences.add("the mayor won the city would spend more on roads .");
    for (String s : sentences) {
      for (org.unspin.lexicon.ChannelModel c : List.of(Fixtures.familyA(), neighbours())) {
        SentenceEvidence all = SCORER.score(words(s), c);
        SentenceEvidence some = shortlisting.score(words(s), c);
        assertThat(Double.doubleToLongBits(some.log10Ratio())).as(s)
            .isEqualTo(Double.doubleToLongBits(all.log10Ratio()));
        assertThat(some.likelyEdits()).as(s).isEqualTo(all.likelyEdits());
      }
    }
  }

  @Test
  void aShortlistSumsTheCandidatesThatFitTheWordsBesideThemBestAsIfTheOthersWereNotProposed() {
    List<String> w = words("the mayor won the city would spend more on roads .");
    SentenceEvidence one = SCORER.withShortlist(1).score(w, neighbours());
    SentenceEvidence onlySaid = SCORER.score(w, FakeChannel.builder("open").open("won", "said", -1.2).build());
    assertThat(Double.doubleToLongBits(one.log10Ratio())).isEqualTo(Double.doubleToLongBits(onlySaid.log10Ratio()));
    SentenceEvidence onlyRoads = SCORER.score(w, FakeChannel.builder("open").open("won", "roads", -1.0).build());
    assertThat(one.log10Ratio()).isGreaterThan(onlyRoads.log10Ratio());
    // the neighbours left out add a little to the sum of every reading of the word
    assertThat(SCORER.score(w, neighbours()).log10Ratio()).isGreaterThan(one.log10Ratio());
  }

  @Test
  void aListedPhraseIsScoredBesideTheShortlist() {
    List<String> w = words("the mayor won the city would spend more on roads .");
    org.unspin.lexicon.Candidate.Origin list = org.unspin.lexicon.Candidate.Origin.PHRASE_LIST;
    FakeChannel withList = FakeChannel.builder("open").open("won", "roads", -1.0).open("won", "calm", -1.0)
        .open("won", "said", -1.2).entry("won", "games", -2, list).build();
    FakeChannel shortlisted = FakeChannel.builder("open").open("won", "said", -1.2).entry("won", "games", -2, list)
        .build();
    assertThat(Double.doubleToLongBits(SCORER.withShortlist(1).score(w, withList).log10Ratio()))
        .isEqualTo(Double.doubleToLongBits(SCORER.score(w, shortlisted).log10Ratio()));
  }

  @Test
  void aShortlistIsOfOneCandidateAtLeast() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SCORER.withShortlist(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one");
  }

  @Test
  void aWordTheModelDoesNotKnowAddsAtMostTheCapButKeepsItsLikelyEdit() {
    EvidenceScorer open = EvidenceScorer.create(Decoder.create(Fixtures.languageModel(),
        DecoderSettings.builder().openLog10Penalty(0).openForUnknownWords(true).build()));
    FakeChannel c = FakeChannel.builder("open").open("qwzx", "said", -1.0).open("won", "said", -1.0).build();
    List<String> unknown = words("the minister qwzx the talks were useful .");
    SentenceEvidence free = open.score(unknown, c);
    SentenceEvidence capped = open.withUnknownWordCap(1.0).score(unknown, c);
    assertThat(free.log10Ratio()).isGreaterThan(2);
    assertThat(capped.log10Ratio()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(capped.likelyEdits()).isEqualTo(free.likelyEdits()).extracting(SpanEdit::original)
        .containsExactly("said");
    // a word it knows is summed in full
    List<String> known = words("the mayor won the city would spend more on roads .");
    assertThat(Double.doubleToLongBits(open.withUnknownWordCap(0).score(known, c).log10Ratio()))
        .isEqualTo(Double.doubleToLongBits(open.score(known, c).log10Ratio()));
  }
}
