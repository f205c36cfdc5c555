// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import org.unspin.text.Span;

/**
 * The detector's verdict on one paragraph. Immutable.
 *
 * @param span UTF-16 offsets of the paragraph in the input
 * @param spunProbability calibrated probability that the paragraph was spun
 * @param spun whether {@code spunProbability} reaches the calibrated threshold
 * @param spinner the most likely spinner family when spun, otherwise "none"
 * @param features the evidence
 * @since 0.1
 */
public record ParagraphDetection(Span span, double spunProbability, boolean spun, String spinner, Features features) {}
