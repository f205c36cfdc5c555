// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.List;

/**
 * The decoder's reading of one sentence. Immutable.
 *
 * @param words the sentence's word tokens (non-whitespace tokens as written)
 * @param edits the applied edits, in order, not overlapping (only those at or above the confidence threshold)
 * @param log10Best score of the best path: weighted LM score of the restored sentence plus channel scores
 * @param log10Unchanged weighted LM score of the sentence as it is (the "not spun" hypothesis, no channel term)
 * @param log10Total log10 of the sum over all lattice paths kept by the beam (the forward score)
 * @since 0.1
 */
public record SentenceDecoding(
    List<String> words, List<SpanEdit> edits, double log10Best, double log10Unchanged, double log10Total) {

  public SentenceDecoding {
    words = List.copyOf(words);
    edits = List.copyOf(edits);
  }
}
