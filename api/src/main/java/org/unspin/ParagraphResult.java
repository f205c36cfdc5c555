// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import org.unspin.text.Span;

/**
 * The detector's verdict on one paragraph. Immutable.
 *
 * @param span UTF-16 offsets of the paragraph in the input
 * @param spun whether {@code spunProbability} reaches the calibrated threshold
 * @param spunProbability calibrated probability that the paragraph was spun
 * @param spinner the most likely spinner family when spun, otherwise "none"
 * @param notJudged why the paragraph was not judged (another language or program code inside an English text: not
 *     spun, never restored), or null when it was ({@link org.unspin.detect.ParagraphDetection#notJudged()})
 * @since 0.1
 */
public record ParagraphResult(Span span, boolean spun, double spunProbability, String spinner, String notJudged) {

  /** A judged paragraph's verdict. */
  public ParagraphResult(Span span, boolean spun, double spunProbability, String spinner) {
    this(span, spun, spunProbability, spinner, null);
  }
}
