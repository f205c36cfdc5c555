// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.List;
import org.unspin.lexicon.Candidate;

/**
 * One replacement the decoder chose inside a sentence, in word-token indices. Immutable.
 *
 * @param start index of the first spun word in the sentence's word list
 * @param length number of spun words replaced
 * @param original the restored wording as the channel gives it (case not yet re-applied)
 * @param log10Channel log10 P(spun | original) under the channel (with any open-vocabulary penalty), {@code <= 0}
 * @param confidence posterior probability of this edit (forward-backward over the lattice), in [0, 1]
 * @param alternatives other readings of the same span, most probable first (keeping the spun words among them)
 * @param family the spinner family of the channel that proposed it
 * @param origin where the candidate came from
 * @since 0.1
 */
public record SpanEdit(
    int start,
    int length,
    String original,
    double log10Channel,
    double confidence,
    List<Alternative> alternatives,
    String family,
    Candidate.Origin origin) {

  public SpanEdit {
    alternatives = List.copyOf(alternatives);
  }
}
