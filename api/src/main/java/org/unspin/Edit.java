// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.List;
import org.unspin.text.Span;

/**
 * One restored span: where it is in the input (UTF-16 offsets), what was there, and what the original most likely
 * said. Immutable.
 *
 * @param span the replaced characters of the input
 * @param spun the input's text in {@code span}
 * @param original the restored wording as the spinner model gives it (lower case unless case-bearing)
 * @param replacement what the restored text has instead: {@code original} with the span's case pattern,
 *     capitalised at a sentence start
 * @param confidence how likely the edit's words are the original's, in [0, 1]: the decoder's posterior of the edit
 *     (forward-backward over the originals the channel lists), and for an edit of a learned spinner table
 *     ({@code origin} "table") that posterior times one minus the table's share of spun forms whose original it does
 *     not list ({@code SpinnerTable.unseenOriginals()}, 0.0587 for the bundled table). A bar a user sets ({@link
 *     Unspinner#withMinConfidence}) is compared with this, so no edit output states less; the default bar (the
 *     posterior 0.4, so a table edit may state 0.376) and the detector's likely edits compare the posterior
 * @param alternatives other readings, most probable first
 * @param spinner the spinner family whose model proposed the edit
 * @param origin where the candidate came from: "table", "rule", "morphology", "thesaurus", "reverse_table",
 *     "table_part", "user_table", "phrase_list", "phrase_word", "collocation", "neural", "acronym" or "acronym_expansion";
 *     "disguise" for a word disguised with invisible characters or look-alike letters written as the plain word it
 *     shows ({@link Unspinner#DISGUISE_ORIGIN})
 * @since 0.1
 */
public record Edit(
    Span span,
    String spun,
    String original,
    String replacement,
    double confidence,
    List<Alternative> alternatives,
    String spinner,
    String origin) {

  public Edit {
    alternatives = List.copyOf(alternatives);
  }
}
