// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.List;
import org.unspin.lexicon.Candidate;
import org.unspin.text.Span;

/**
 * One edit of a restored text, in UTF-16 offsets into the input. Immutable.
 *
 * @param span the characters of the input that were replaced (from the first spun word to the last)
 * @param spun the input's text in {@code span}
 * @param original the restored wording as the channel gives it (lower case unless case-bearing)
 * @param replacement what the output has instead of {@code spun}: {@code original} with the span's case pattern,
 *     capitalised at the start of a sentence
 * @param confidence posterior probability of the edit, in [0, 1]
 * @param alternatives other readings of the span, most probable first
 * @param family the spinner family whose channel proposed it
 * @param origin where the candidate came from
 * @since 0.1
 */
public record TextEdit(
    Span span,
    String spun,
    String original,
    String replacement,
    double confidence,
    List<Alternative> alternatives,
    String family,
    Candidate.Origin origin) {

  public TextEdit {
    alternatives = List.copyOf(alternatives);
  }
}
