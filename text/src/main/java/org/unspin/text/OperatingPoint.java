// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

/**
 * The ranges of the two operating points a user picks, in one place for every layer that takes them (command line,
 * library, server requests, the crawl job, the decoder and the detector's calibration), so that each refuses the
 * same values in the same words.
 *
 * <ul>
 *   <li>a <em>threshold</em>: a text or paragraph is called spun from this probability on; in (0, 1);
 *   <li>a <em>minimum confidence</em>: an edit is made only when its posterior is at least this; in (0, 1].
 * </ul>
 *
 * @since 0.1
 */
public final class OperatingPoint {

  /** A threshold's range as an error message words it, after "must be". */
  public static final String THRESHOLD_RANGE = "a probability between 0 and 1, exclusive";

  /** A minimum confidence's range as an error message words it, after "must be". */
  public static final String MIN_CONFIDENCE_RANGE = "a confidence above 0, at most 1";

  private OperatingPoint() {}

  /** Whether {@code p} is a threshold: in (0, 1); false for NaN. */
  public static boolean isThreshold(double p) {
    return p > 0 && p < 1;
  }

  /** Whether {@code c} is a minimum confidence: in (0, 1]; false for NaN. */
  public static boolean isMinConfidence(double c) {
    return c > 0 && c <= 1;
  }

  /**
   * {@code p}, checked as a threshold.
   *
   * @param name how the caller names the value in the message ({@code "threshold"}, {@code "\"threshold\""})
   * @throws IllegalArgumentException "NAME must be a probability between 0 and 1, exclusive: P"
   */
  public static double threshold(String name, double p) {
    if (!isThreshold(p)) {
      throw new IllegalArgumentException(name + " must be " + THRESHOLD_RANGE + ": " + p);
    }
    return p;
  }

  /**
   * {@code c}, checked as a minimum confidence.
   *
   * @param name how the caller names the value in the message
   * @throws IllegalArgumentException "NAME must be a confidence above 0, at most 1: C"
   */
  public static double minConfidence(String name, double c) {
    if (!isMinConfidence(c)) {
      throw new IllegalArgumentException(name + " must be " + MIN_CONFIDENCE_RANGE + ": " + c);
    }
    return c;
  }
}
