// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import java.util.List;

/**
 * A spun text with its ground truth. Immutable.
 *
 * @param original the input
 * @param spun the output
 * @param edits every change, in text order; {@link Truth#replay}{@code (original, edits)} equals {@code spun}
 * @since 0.1
 */
public record SpinResult(String original, String spun, List<Edit> edits) {

  public SpinResult {
    edits = List.copyOf(edits);
  }
}
