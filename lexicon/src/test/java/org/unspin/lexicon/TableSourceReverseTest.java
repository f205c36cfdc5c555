// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSourceReverseTest {

  /** The spinner writes "those" for "these", "extended" for "prolonged", and swaps "both" and "each" both ways. */
  private static final SpinnerTable TABLE = SpinnerTable.builder("A")
      .add(new TableEntry(TableEntry.Level.SURFACE, "these", "those", 0.4, 18))
      .add(new TableEntry(TableEntry.Level.SURFACE, "prolonged", "extended", 0.9, 9))
      .add(new TableEntry(TableEntry.Level.SURFACE, "both", "each", 0.6, 7))
      .add(new TableEntry(TableEntry.Level.SURFACE, "each", "both", 0.1, 1))
      .add(new TableEntry(TableEntry.Level.LEMMA, "buy", "purchase", 0.5, 3)).build();

  private static List<Candidate> proposed(CandidateSource source, String word) {
    List<Candidate> out = new ArrayList<>();
    source.propose(List.of("and", word, "came"), 1, "open", out);
    return out;
  }

  @Test
  void aTableEntryReadBackwardsOffersTheOtherDirection() {
    List<Candidate> c = proposed(TableSource.reversed(TABLE, 0.05), "these");
    assertThat(c).extracting(Candidate::original).containsExactly("those");
    assertThat(c.get(0).origin()).isEqualTo(Candidate.Origin.REVERSE_TABLE);
    assertThat(c.get(0).log10Channel()).isCloseTo(Math.log10(0.4 * 0.05), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(proposed(TableSource.reversed(TABLE, 0.05), "prolonged")).extracting(Candidate::original)
        .containsExactly("extended");
  }

  @Test
  void aPairTheTableHoldsBothWaysAndLemmaEntriesAreLeftToTheTable() {
    TableSource back = TableSource.reversed(TABLE, 0.05);
    assertThat(proposed(back, "each")).isEmpty();
    assertThat(proposed(back, "both")).isEmpty();
    assertThat(proposed(back, "purchase")).isEmpty();
    assertThat(proposed(back, "buys")).isEmpty();
  }

  @Test
  void aWeightOutsideZeroToOneIsRejected() {
    assertThatThrownBy(() -> TableSource.reversed(TABLE, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TableSource.reversed(TABLE, 1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyTheRestoringOpenChannelReadsTheTableBackwards() {
    Map<String, List<String>> thesaurus = Map.of("these", List.of("such"));
    SpinnerModels.Builder plain = SpinnerModels.builder().table(TABLE)
        .thesaurus(w -> thesaurus.getOrDefault(w, List.of()), thesaurus::containsKey);
    List<String> words = List.of("and", "these", "came");
    assertThat(plain.build().open().candidates(words, 1)).extracting(Candidate::original).doesNotContain("those");
    SpinnerModels restoring = SpinnerModels.builder().table(TABLE)
        .thesaurus(w -> thesaurus.getOrDefault(w, List.of()), thesaurus::containsKey)
        .wordFrequencies(Map.of("these", 100.0, "those", 80.0, "such", 50.0, "and", 500.0, "came", 20.0)).build();
    assertThat(restoring.open().candidates(words, 1)).extracting(Candidate::original).contains("those");
    assertThat(restoring.family("A").orElseThrow().candidates(words, 1)).extracting(Candidate::original)
        .as("the family channel keeps the direction the table saw").doesNotContain("those");
  }
}
