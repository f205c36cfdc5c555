// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class TableSourceGradedTest {

  private static final Set<String> ADJECTIVES = Set.of("big", "large", "massive", "easy", "simple", "good", "fine",
      "important", "main", "vital");
  /** The graded forms a vocabulary knows: "mainest" is not one. */
  private static final Set<String> FORMS = Set.of("bigger", "biggest", "larger", "largest", "easiest", "simplest",
      "best", "finest", "killer");
  /** As SpinnerModels guards the family tables: an adjective's lemma, a known form or one graded by words. */
  private static final BiPredicate<String, String> GRADED = (form, lemma) -> ADJECTIVES.contains(lemma)
      && (form.indexOf(' ') >= 0 || FORMS.contains(form));

  private static List<String[]> rows() throws java.io.IOException {
    try (var in = TableSourceGradedTest.class.getResourceAsStream("/tables/graded.tsv")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    }
  }

  private static List<Candidate> candidates(TableSource src, String[] row) {
    List<Candidate> out = new ArrayList<>();
    src.propose(Arrays.asList(row[2].split(" ")), Integer.parseInt(row[3]), "A", out);
    return out;
  }

  private static TableSource source(String[] row) {
    return new TableSource(SpinnerTable.builder("A")
        .add(new TableEntry(TableEntry.Level.LEMMA, row[0], row[1], 0.4, 2)).build(), Candidate.Origin.TABLE);
  }

  @Test
  void aLemmaEntryReachesTheGradedFormsOfAdjectivesAndNothingElse() throws Exception {
    List<String[]> rows = rows();
    assertThat(rows).hasSizeGreaterThan(8);
    for (String[] row : rows) {
      List<Candidate> found = candidates(source(row).withGradedForms(GRADED), row);
      int length = Integer.parseInt(row[4]);
      if (row[5].equals("-")) {
        assertThat(found).as(String.join(" | ", row))
            .noneMatch(c -> c.length() == length && c.origin() == Candidate.Origin.MORPHOLOGY);
      } else {
        assertThat(found).as(String.join(" | ", row)).anySatisfy(c -> {
          assertThat(c.original()).isEqualTo(row[5]);
          assertThat(c.length()).isEqualTo(length);
          assertThat(c.origin()).isEqualTo(Candidate.Origin.MORPHOLOGY);
          assertThat(c.log10Channel()).isEqualTo(Math.log10(0.4), org.assertj.core.api.Assertions.within(1e-9));
        });
      }
    }
  }

  @Test
  void withoutGradedFormsALemmaEntryReachesNoGradedForm() throws Exception {
    for (String[] row : rows()) {
      assertThat(candidates(source(row), row)).as(String.join(" | ", row))
          .noneMatch(c -> c.original().equals(row[5]));
    }
  }
}
