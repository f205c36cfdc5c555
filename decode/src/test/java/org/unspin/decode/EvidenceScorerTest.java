// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.decode.fakes.FakeChannel;
import org.unspin.decode.fakes.Fixtures;

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
}
