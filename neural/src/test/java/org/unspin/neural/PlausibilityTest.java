// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlausibilityTest {

  private final Plausibility p = Plausibility.of(FakeThesaurus.of("said=mentioned", "national security=nationwide "
      + "safety", "leader=chief"), null);

  @Test
  void aThesaurusSynonymIsAPlausibleOriginalInEitherDirection() {
    assertThat(p.link("said", "mentioned")).contains(Plausibility.Link.SYNONYM);
    assertThat(p.link("Mentioned", "said")).contains(Plausibility.Link.SYNONYM);
  }

  @Test
  void anUnrelatedWordOrTheWordItselfIsNot() {
    assertThat(p.link("denied", "mentioned")).isEmpty();
    assertThat(p.link("said", "said")).isEmpty();
    assertThat(p.link("", "said")).isEmpty();
  }

  @Test
  void onlySynonymsOfTheStrongThesaurusAreStrongLinks() {
    Plausibility both = Plausibility.of(FakeThesaurus.of("said=mentioned", "falls=settled"), null,
        FakeThesaurus.of("said=mentioned"));
    assertThat(both.link("falls", "settled")).isPresent();
    assertThat(both.strong("said", "mentioned")).isTrue();
    assertThat(both.strong("falls", "settled")).isFalse();
    assertThat(p.strong("falls", "settled")).isTrue(); // without a strong thesaurus every link counts
  }

  @Test
  void phrasesAreKnownAsWholes() {
    assertThat(p.knowsPhrase("nationwide  safety")).isTrue();
    assertThat(p.knowsPhrase("nationwide security")).isFalse();
    assertThat(p.knows("chief")).isTrue();
    assertThat(p.knows("Xi")).isFalse();
  }
}
