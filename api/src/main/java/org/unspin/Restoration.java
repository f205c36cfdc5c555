// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.List;

/**
 * A restored text. Immutable.
 *
 * @param input the text as given
 * @param text the restored text: {@code input} with the edits applied and nothing else changed
 * @param edits the edits in input order; they do not overlap
 * @param spinner the spinner family the text was restored under, or "none" when it was judged not spun
 * @param spunProbability the detector's calibrated probability that the input was spun
 * @param log10Score the decoder's best-path score summed over the restored sentences (0 when nothing was decoded)
 * @since 0.1
 */
public record Restoration(
    String input, String text, List<Edit> edits, String spinner, double spunProbability, double log10Score) {

  public Restoration {
    edits = List.copyOf(edits);
  }

  /** Whether anything was changed. */
  public boolean changed() {
    return !edits.isEmpty();
  }
}
