// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A restored text. Immutable.
 *
 * @param input the text as given
 * @param text the restored text: {@code input} with the edits applied and nothing else changed
 * @param edits the edits in input order; they do not overlap
 * @param spinner the spinner family the text was restored under, or "none" when it was judged not spun
 * @param spunProbability the detector's calibrated probability that the input was spun
 * @param log10Score the decoder's best-path score summed over the restored sentences (0 when nothing was decoded)
 * @param evidence why the detector judged the text as it did ({@link DetectionResult#evidence()}); empty when not
 *     computed
 * @since 0.1
 */
public record Restoration(
    String input, String text, List<Edit> edits, String spinner, double spunProbability, double log10Score,
    Map<String, Double> evidence) {

  public Restoration {
    edits = List.copyOf(edits);
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
  }

  /** A restoration without the detector's evidence. */
  public Restoration(String input, String text, List<Edit> edits, String spinner, double spunProbability,
      double log10Score) {
    this(input, text, edits, spinner, spunProbability, log10Score, Map.of());
  }

  /** This restoration with {@code evidence}. */
  public Restoration withEvidence(Map<String, Double> evidence) {
    return new Restoration(input, text, edits, spinner, spunProbability, log10Score, evidence);
  }

  /** Whether anything was changed. */
  public boolean changed() {
    return !edits.isEmpty();
  }
}
