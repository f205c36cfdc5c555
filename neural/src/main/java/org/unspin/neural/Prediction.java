// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

/**
 * A masked-LM prediction for a masked span. Immutable.
 *
 * @param text the predicted wording (whole words; pieces joined)
 * @param log10Prob log10 probability of the predicted pieces at the masks, {@code <= 0}
 * @since 0.1
 */
public record Prediction(String text, double log10Prob) {}
