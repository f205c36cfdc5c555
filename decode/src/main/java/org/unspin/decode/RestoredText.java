// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unspin.text.Replacement;

/**
 * A restored text. Immutable.
 *
 * @param input the text as given
 * @param text the restored text: {@code input} with every edit applied and nothing else changed
 * @param edits the edits, in input order, not overlapping
 * @param log10Score sum of the best-path scores of the decoded sentences
 * @param neural what the masked-LM pass did, when a restorer with one made this ({@link NeuralPass})
 * @since 0.1
 */
public record RestoredText(String input, String text, List<TextEdit> edits, double log10Score,
    Optional<NeuralPass> neural) {

  public RestoredText {
    edits = List.copyOf(edits);
    java.util.Objects.requireNonNull(neural, "neural");
  }

  /** A restored text made without a masked-LM pass. */
  public RestoredText(String input, String text, List<TextEdit> edits, double log10Score) {
    this(input, text, edits, log10Score, Optional.empty());
  }

  /** {@code input} with {@code edits} (in input order, not overlapping) applied. */
  public static RestoredText of(String input, List<TextEdit> edits, double log10Score) {
    List<Replacement> reps = new ArrayList<>(edits.size());
    for (TextEdit e : edits) {
      reps.add(new Replacement(e.span(), e.replacement()));
    }
    return new RestoredText(input, Replacement.apply(input, reps), edits, log10Score);
  }

  /** This restored text with what the masked-LM pass that made it did. */
  public RestoredText withNeural(Optional<NeuralPass> neural) {
    return new RestoredText(input, text, edits, log10Score, neural);
  }
}
