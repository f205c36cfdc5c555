// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OpenVocabularyDetectorTest {

  private static final OpenVocabularyDetector DETECTOR = OpenVocabularyDetector.create(Bert.masked(),
      Plausibility.of(FakeThesaurus.of("said=mentioned", "said=stated", "talks=discussions", "resume=restart",
          "security=safety"), null), NeuralSettings.builder().detectLog10Gap(1.0).build());

  private static List<String> words(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void aSpunWordIsFlaggedWithItsOriginal() {
    OpenVocabularyDetector.Result r = DETECTOR.detect(
        words("The minister mentioned on Tuesday that the talks would resume soon ."), 20, null);
    assertThat(r.flags()).singleElement().satisfies(f -> {
      assertThat(f.spun()).isEqualTo("mentioned");
      assertThat(f.proposals().get(0).original()).isEqualTo("said");
      assertThat(f.log10Gap()).isGreaterThanOrEqualTo(1.0);
    });
  }

  @Test
  void theOriginalSentenceIsNotFlagged() {
    OpenVocabularyDetector.Result r = DETECTOR.detect(
        words("The minister said on Tuesday that the talks would resume soon ."), 20, null);
    assertThat(r.flags()).isEmpty();
  }

  @Test
  void theQueryCapIsKept() {
    OpenVocabularyDetector.Result r = DETECTOR.detect(
        words("The minister mentioned on Tuesday that the talks would resume soon ."), 1, null);
    assertThat(r.queries()).isEqualTo(1);
  }

  @Test
  void aSpunPhraseGetsATwoWordOriginalFromTwoMasks() {
    OpenVocabularyDetector d = OpenVocabularyDetector.create(Bert.masked(),
        Plausibility.of(FakeThesaurus.of("nationwide safety=national security"), null),
        NeuralSettings.builder().build());
    OpenVocabularyDetector.Result r = d.detect(
        words("He said the plan would threaten nationwide safety and the economy ."), 20, null);
    assertThat(r.flags()).anySatisfy(f -> {
      assertThat(f.spun()).isEqualTo("nationwide safety");
      assertThat(f.proposals()).extracting(OpenVocabularyDetector.Proposal::original).contains("national security");
    });
    assertThat(r.queries()).isLessThanOrEqualTo(20);
  }

  @Test
  void namesFunctionWordsAndNumbersAreNotAskedAbout() {
    List<String> w = words("Officials said the 12 talks");
    assertThat(OpenVocabularyDetector.isContentWord(w, 0)).isTrue(); // sentence start: may be a plain word
    assertThat(OpenVocabularyDetector.isContentWord(words("and Xi"), 1)).isFalse();
    assertThat(OpenVocabularyDetector.isContentWord(w, 2)).isFalse();
    assertThat(OpenVocabularyDetector.isContentWord(w, 3)).isFalse();
    assertThat(OpenVocabularyDetector.isContentWord(w, 4)).isTrue();
  }
}
