// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.learn.Aligner;

/** A user's {@code --table} row between two adjectives reaches their other grades. */
class UserTableGradedTest {

  private static final Predicate<String> KNOWN = Set.of("big", "bigger", "biggest", "large", "larger", "largest",
      "massive", "kill", "killer", "murder", "murderer", "mention", "say")::contains;
  /** The adjectives, as WordNet tells them from agent nouns and verbs. */
  private static final Set<String> ADJECTIVES = Set.of("big", "large", "massive");
  private static final BiPredicate<String, String> GRADED = (form, lemma) -> ADJECTIVES.contains(lemma);

  private static List<String[]> rows() throws IOException {
    try (var in = UserTableGradedTest.class.getResourceAsStream("/tables/graded-rows.tsv")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
    }
  }

  private static List<String> originals(PhraseSource s, String[] row) {
    List<Candidate> out = new ArrayList<>();
    s.propose(Aligner.words(row[2]), Integer.parseInt(row[3]), "user", out);
    return out.stream().map(Candidate::original).toList();
  }

  private static PhraseSource table(String[] row) {
    return PhraseSource.of(List.<String[]>of(new String[] {row[0], row[1]}), Candidate.Origin.USER_TABLE);
  }

  @Test
  void aRowOfAdjectivesReachesTheirOtherGradesAndNoOtherRowDoes() throws IOException {
    List<String[]> rows = rows();
    assertThat(rows).hasSizeGreaterThan(6);
    for (String[] row : rows) {
      List<String> found = originals(table(row).inflected(KNOWN, w -> false, GRADED), row);
      if (row[4].equals("-")) {
        assertThat(found).as(String.join(" | ", row)).isEmpty();
      } else {
        assertThat(found).as(String.join(" | ", row)).containsExactly(row[4]);
      }
    }
  }

  @Test
  void withoutGradedFormsARowReachesNoGrade() throws IOException {
    for (String[] row : rows()) {
      assertThat(originals(table(row).inflected(KNOWN, w -> false), row)).as(String.join(" | ", row))
          .doesNotContain(row[4]);
    }
  }
}
