// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.DetectionResult;
import org.unspin.Unspinner;
import org.unspin.decode.fakes.FakeChannel;
import org.unspin.decode.fakes.FakeLanguageModel;

/**
 * {@code detect --neural} on the real model through the library path ({@link Unspinner#withRestorerEvidence()}):
 * a fake n-gram model that knows none of the words and a spinner table that does not list the spun word, so only
 * the masked LM can find it.
 */
class NeuralDetectionTest {

  private static final FakeLanguageModel LM = FakeLanguageModel.train(List.of("a b c", "d e f"));
  private static final Plausibility THESAURUS = Plausibility.of(FakeThesaurus.of("said=mentioned", "said=stated",
      "resume=restart"), null);
  private static final FakeChannel CHANNEL = FakeChannel.builder("A").entry("chief", "leader", -0.3)
      .keep("chief", -0.3).build();
  // the fake n-gram model cannot tell "said" from "mentioned": proposals start level with keeping the word, so that
  // the masked LM's review decides
  private static final NeuralSettings SETTINGS = NeuralSettings.builder().detectLog10Gap(1.0)
      .proposalLog10Channel(0).proposalLog10Penalty(0).build();

  private static final Unspinner NGRAM = Unspinner.builder().languageModel(LM).spinner(CHANNEL).build();
  private static final Unspinner NEURAL = NGRAM.withRestoring(d -> NeuralRestorer.create(d, Bert.masked(), THESAURUS,
      SETTINGS)).withRestorerEvidence();

  @Test
  void aWordNoTableListsIsReportedAsAMaskedLmSpan() {
    String text = "The minister mentioned on Tuesday that the talks would resume soon.";
    DetectionResult d = NEURAL.detect(text);
    assertThat(d.spunProbability()).isGreaterThan(NGRAM.detect(text).spunProbability());
    assertThat(d.spans()).isEmpty(); // one finding in 13 words does not make the text spun
    assertThat(NEURAL.restore(text, true).edits()).singleElement().satisfies(e -> {
      assertThat(e.spun()).isEqualTo("mentioned");
      assertThat(e.original()).isEqualTo("said");
      assertThat(e.origin()).isEqualTo("neural");
    });
  }

  @Test
  void manyFindingsMakeTheTextSpunAndAreItsSpans() {
    String sentence = "The minister mentioned on Tuesday that the talks would resume soon. ";
    String text = sentence.repeat(12).trim();
    DetectionResult plain = NGRAM.detect(text);
    DetectionResult d = NEURAL.detect(text);
    assertThat(plain.spun()).isFalse();
    assertThat(d.spun()).isTrue();
    assertThat(d.spinner()).isEqualTo("A");
    assertThat(d.spans()).hasSize(12).allSatisfy(e -> {
      assertThat(e.spun()).isEqualTo("mentioned");
      assertThat(e.origin()).isEqualTo("neural");
    });
    assertThat(NEURAL.restore(text).text()).isEqualTo(text.replace("mentioned", "said"));
  }

  @Test
  void cleanTextKeepsTheNgramVerdict() {
    String text = "The minister said on Tuesday that the talks would resume soon.";
    DetectionResult plain = NGRAM.detect(text);
    DetectionResult d = NEURAL.detect(text);
    assertThat(d.spun()).isEqualTo(plain.spun());
    assertThat(d.spunProbability()).isEqualTo(plain.spunProbability());
    assertThat(d.spans()).isEmpty();
  }
}
