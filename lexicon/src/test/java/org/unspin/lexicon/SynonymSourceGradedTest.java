// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SynonymSourceGradedTest {

  private static final Map<String, List<String>> THESAURUS = Map.of("big", List.of("large", "great"),
      "large", List.of("big"), "kill", List.of("murder", "slay"), "easy", List.of("simple"));
  private static final Set<String> WORDS = Set.of("big", "large", "great", "kill", "murder", "slay", "easy", "simple",
      "larger", "largest", "greatest", "murderer", "slayer", "simpler", "bigger", "biggest", "killer", "easier");
  private static final Set<String> ADJECTIVES = Set.of("big", "large", "great", "easy", "simple");

  private static SynonymSource source() {
    return SynonymSource.create(w -> THESAURUS.getOrDefault(w, List.of()), THESAURUS::containsKey, w -> 1, 20, 0.05)
        .withKnownForms(WORDS::contains).withGradedForms((word, lemma) -> ADJECTIVES.contains(lemma));
  }

  private static List<String> originals(SynonymSource src, String word) {
    List<Candidate> out = new ArrayList<>();
    src.propose(List.of("the", word, "one"), 1, "open", out);
    return out.stream().map(Candidate::original).toList();
  }

  @Test
  void aSuperlativeReachesItsLemmasNeighboursInTheSameForm() {
    assertThat(originals(source(), "biggest")).contains("largest", "greatest");
    assertThat(originals(source(), "easier")).contains("simpler");
  }

  @Test
  void aWordWhoseLemmaIsNoAdjectiveIsNotGraded() {
    assertThat(originals(source(), "killer")).doesNotContain("murderer", "slayer");
  }

  @Test
  void withoutGradedFormsAComparativeReachesNothingThroughItsLemma() {
    SynonymSource plain = SynonymSource.create(w -> THESAURUS.getOrDefault(w, List.of()), THESAURUS::containsKey,
        w -> 1, 20, 0.05).withKnownForms(WORDS::contains);
    assertThat(originals(plain, "bigger")).doesNotContain("larger");
  }
}
