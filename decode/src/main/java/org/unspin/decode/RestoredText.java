// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.List;

/**
 * A restored text. Immutable.
 *
 * @param input the text as given
 * @param text the restored text: {@code input} with every edit applied and nothing else changed
 * @param edits the edits, in input order, not overlapping
 * @param log10Score sum of the best-path scores of the decoded sentences
 * @since 0.1
 */
public record RestoredText(String input, String text, List<TextEdit> edits, double log10Score) {

  public RestoredText {
    edits = List.copyOf(edits);
  }
}
