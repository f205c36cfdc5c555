// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.util.EnumSet;
import java.util.Set;

/**
 * A symmetric synonym relation over lower-case terms (words or phrases, words separated by one space).
 *
 * <p>Lookups normalise their argument with {@link Terms#normalize(String)}, never return the term itself, and
 * return an empty set for unknown terms. Because the relation is symmetric, the same lookup serves as the
 * inverted index a restorer needs ("which originals could a spinner have turned into X?").
 *
 * <p>Implementations are immutable after loading and safe to use from many threads.
 *
 * @since 0.1
 */
public interface Thesaurus {

  /** A short name for messages ("wordnet-3.1", "moby-1.1.2"). */
  String name();

  /** Whether the thesaurus has an entry for {@code term}. */
  boolean contains(String term);

  /** The synonyms of {@code term}, in any sense and part of speech. */
  Set<String> synonyms(String term);

  /**
   * The synonyms of {@code term} used as {@code pos}. Thesauri without parts of speech return
   * {@link #synonyms(String)}.
   */
  default Set<String> synonyms(String term, PartOfSpeech pos) {
    return synonyms(term);
  }

  /**
   * Terms one link away from {@code term} other than synonyms ({@link Relation#NEAR} for WordNet); empty for
   * thesauri without links.
   */
  default Set<String> related(String term) {
    return Set.of();
  }

  /** The antonyms of {@code term} in any sense; empty for thesauri that do not mark them. */
  default Set<String> antonyms(String term) {
    return Set.of();
  }

  /** The parts of speech {@code term} has; empty when unknown or when the thesaurus has none. */
  default Set<PartOfSpeech> partsOfSpeech(String term) {
    return EnumSet.noneOf(PartOfSpeech.class);
  }

  /** How many distinct terms the thesaurus holds. */
  int size();
}
