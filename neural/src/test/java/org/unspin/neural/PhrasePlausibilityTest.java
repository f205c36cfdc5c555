// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/** One-word originals of inflected phrases, through the phrase's lemma form, with the real thesauri. */
class PhrasePlausibilityTest {

  private static Plausibility plausibility;

  @BeforeAll
  static void load() throws IOException {
    plausibility = NeuralProvider.plausibility(Store.fromEnvironment(), Progress.NONE);
  }

  @Test
  void anInflectedPhraseIsKnownThroughItsLemmaForm() {
    assertThat(plausibility.knowsPhrase("taking part in")).isFalse();
    assertThat(plausibility.knowsPhraseForm("taking part in")).isTrue();
    assertThat(plausibility.phraseLemmas("taking part in")).contains(Map.entry("take part in", 0));
    assertThat(plausibility.knowsPhraseForm("the place")).isFalse();
  }

  @Test
  void aOneWordOriginalLinksToThePhraseInTheSameForm() {
    assertThat(plausibility.link("joining", "taking part in")).isEmpty();
    assertThat(plausibility.phraseLink("joining", "taking part in")).contains(Plausibility.Link.LEMMA_SYNONYM);
    assertThat(plausibility.phraseLink("eating", "taking part in")).isEmpty();
  }

  @Test
  void withoutMorphologyThereAreNoLemmaForms() {
    Plausibility bare = Plausibility.of(FakeThesaurus.of("take part in=join"), null);
    assertThat(bare.phraseLemmas("taking part in")).isEmpty();
    assertThat(bare.phraseLink("joining", "taking part in")).isEmpty();
  }
}
