// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.List;

/**
 * A source of candidate originals for spans starting at one position: a learned table, the systematic rules, a
 * user table, a thesaurus. Channels are built from sources. Implementations are immutable and thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface CandidateSource {

  /**
   * Adds the candidates for spans that start at {@code words.get(i)} to {@code out}, with the given family.
   *
   * @param words the non-whitespace tokens of one sentence, as written
   * @param i the span start
   * @param family the family name to put in each candidate
   * @param out where candidates go
   */
  void propose(List<String> words, int i, String family, List<Candidate> out);

  /**
   * Whether one call of {@link #propose} never adds two candidates with the same span and original, so that a
   * channel need not look for duplicates among them. Default {@code false}.
   */
  default boolean distinct() {
    return false;
  }

  /**
   * A source made of a spinner table's entries (surface entries by spun phrase, lemma entries for every inflection
   * of a one-word span), each candidate marked with {@code origin}; the table's keep probabilities are not used.
   */
  static CandidateSource of(SpinnerTable table, Candidate.Origin origin) {
    return new TableSource(java.util.Objects.requireNonNull(table, "table"),
        java.util.Objects.requireNonNull(origin, "origin"));
  }
}
