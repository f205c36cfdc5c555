// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableSourcePartsTest {

  /** The spinner writes "one other" for "another" inside a phrase, and "purchaser" for "buyer" alone. */
  private static final SpinnerTable TABLE = SpinnerTable.builder("A")
      .add(new TableEntry(TableEntry.Level.SURFACE, "another buyer", "one other purchaser", 0.5, 1))
      .add(new TableEntry(TableEntry.Level.SURFACE, "buyer", "purchaser", 0.6, 4))
      .add(new TableEntry(TableEntry.Level.SURFACE, "these came just", "those got here simply", 0.9, 9))
      .add(new TableEntry(TableEntry.Level.SURFACE, "these", "those", 0.4, 18))
      .add(new TableEntry(TableEntry.Level.SURFACE, "just", "simply", 0.5, 6))
      .add(new TableEntry(TableEntry.Level.SURFACE, "sales slump", "gross sales stoop", 0.3, 1))
      .add(new TableEntry(TableEntry.Level.SURFACE, "sales", "gross sales", 0.5, 11))
      .add(new TableEntry(TableEntry.Level.SURFACE, "warm weather", "heat climate", 0.5, 1)).build();

  private static List<Candidate> proposed(CandidateSource source, String... words) {
    List<Candidate> out = new ArrayList<>();
    source.propose(List.of(words), 0, "open", out);
    return out;
  }

  @Test
  void aPhraseEntryLessTheWordsTheTableWritesSoIsAnEntryOfItsOwn() {
    TableSource parts = TableSource.parts(TABLE, 0.05);
    List<Candidate> c = proposed(parts, "one", "other", "celebration");
    assertThat(c).extracting(Candidate::original).containsExactly("another");
    assertThat(c.get(0).length()).isEqualTo(2);
    assertThat(c.get(0).origin()).isEqualTo(Candidate.Origin.TABLE_PART);
    assertThat(c.get(0).log10Channel()).isCloseTo(Math.log10(0.5 * 0.05), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(proposed(parts, "got", "here", "late")).extracting(Candidate::original).containsExactly("came");
  }

  @Test
  void aPartIsAlsoReadBackwardsAndAPhraseEntryOrAFoundPartComesOffToo() {
    SpinnerTable table = SpinnerTable.builder("A")
        .add(new TableEntry(TableEntry.Level.SURFACE, "another buyer", "one other purchaser", 0.5, 1))
        .add(new TableEntry(TableEntry.Level.SURFACE, "buyer", "purchaser", 0.6, 4))
        .add(new TableEntry(TableEntry.Level.SURFACE, "warm weather hit", "heat climate hit gross", 0.5, 1))
        .add(new TableEntry(TableEntry.Level.SURFACE, "warm weather", "heat climate", 0.5, 1))
        .add(new TableEntry(TableEntry.Level.SURFACE, "started another", "began one other", 0.5, 1)).build();
    TableSource parts = TableSource.parts(table, 0.05);
    assertThat(proposed(parts, "another", "day")).extracting(Candidate::original).containsExactly("one other");
    assertThat(proposed(parts, "hit", "gross")).as("a phrase entry taken off the start")
        .extracting(Candidate::original).contains("hit");
    assertThat(proposed(parts, "began")).as("another -> \"one other\", found first, taken off the end")
        .extracting(Candidate::original).containsExactly("started");
  }

  @Test
  void aPartTheTableHoldsOrAPhraseNoEndOfWhichItExplainsGivesNothing() {
    TableSource parts = TableSource.parts(TABLE, 0.05);
    assertThat(proposed(parts, "gross", "sales")).as("sales -> gross sales is the table's").isEmpty();
    assertThat(proposed(parts, "stoop")).as("the table's sales -> \"gross sales\" comes off the start")
        .extracting(Candidate::original).containsExactly("slump");
    assertThat(proposed(parts, "heat")).isEmpty();
    assertThat(proposed(parts, "climate")).isEmpty();
  }

  @Test
  void aWeightOutsideZeroToOneIsRejected() {
    assertThatThrownBy(() -> TableSource.parts(TABLE, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyTheRestoringOpenChannelOffersTheParts() {
    Map<String, List<String>> thesaurus = Map.of("these", List.of("such"));
    List<String> words = List.of("one", "other", "celebration");
    SpinnerModels plain = SpinnerModels.builder().table(TABLE)
        .thesaurus(w -> thesaurus.getOrDefault(w, List.of()), thesaurus::containsKey).build();
    assertThat(plain.open().candidates(words, 0)).extracting(Candidate::original).doesNotContain("another");
    SpinnerModels restoring = SpinnerModels.builder().table(TABLE)
        .thesaurus(w -> thesaurus.getOrDefault(w, List.of()), thesaurus::containsKey)
        .wordFrequencies(Map.of("one", 100.0, "other", 80.0, "celebration", 5.0, "another", 50.0)).build();
    assertThat(restoring.open().candidates(words, 0)).extracting(Candidate::original).contains("another");
    assertThat(restoring.family("A").orElseThrow().candidates(words, 0)).extracting(Candidate::original)
        .doesNotContain("another");
  }
}
