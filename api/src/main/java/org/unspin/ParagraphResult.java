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
 * @since 0.1
 */
public record ParagraphResult(Span span, boolean spun, double spunProbability, String spinner) {}
