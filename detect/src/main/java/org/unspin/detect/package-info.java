// SPDX-License-Identifier: Apache-2.0
/**
 * Spinner identification and calibrated detection: {@link org.unspin.detect.Detector} turns per-family
 * noisy-channel evidence, leftover spintax, out-of-vocabulary words and tortured-phrase hits into
 * {@link org.unspin.detect.Features}, and a logistic {@link org.unspin.detect.Calibration} into probabilities per
 * document and paragraph. See {@code docs/algorithms/detection.md}.
 *
 * @since 0.1
 */
package org.unspin.detect;
