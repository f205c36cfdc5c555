// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

/**
 * Evidence from a count of events (masked-LM edits, listed tortured phrases) that the logistic model does not see:
 * {@code k} events in {@code n} word positions are modelled as Poisson, at {@code cleanRate} per word in clean text
 * and {@code spunRate} in spun text, and the log-odds that the text is spun are raised (never lowered) by the
 * log-likelihood ratio
 *
 * <pre>  max(0, k ln(spunRate / cleanRate) − n (spunRate − cleanRate))</pre>
 *
 * (the log-odds are first clamped to [-10, 10], as for the paragraph model's document feature): a naive-Bayes
 * update, upward only, because text spun in another way (a news spinner's table) has no reason to show these
 * events, so their absence is no evidence that it is clean. The density matters: one event in a short abstract
 * raises the odds a lot, one in a long paper may not raise them at all.
 *
 * @param cleanRate events per word position in clean text, {@code > 0}
 * @param spunRate events per word position in spun text, {@code > cleanRate}
 * @since 0.2
 */
public record CountEvidence(double cleanRate, double spunRate) {

  public CountEvidence {
    if (!(cleanRate > 0 && spunRate > cleanRate) || Double.isInfinite(spunRate)) {
      throw new IllegalArgumentException("need 0 < cleanRate < spunRate: " + cleanRate + ", " + spunRate);
    }
  }

  /** The natural-log likelihood ratio, spun against clean, of {@code events} in {@code words}; at least 0. */
  public double lnRatio(int events, int words) {
    if (events <= 0) {
      return 0;
    }
    return Math.max(0, events * Math.log(spunRate / cleanRate) - Math.max(0, words) * (spunRate - cleanRate));
  }

  /**
   * {@code p} raised by the evidence of {@code events} in {@code words}: unchanged without evidence, otherwise from
   * its log-odds clamped to [-10, 10] as the detector's stacking does ({@link Calibration#logit}).
   */
  public double update(double p, int events, int words) {
    double r = lnRatio(events, words);
    if (r <= 0) {
      return p;
    }
    return Math.max(p, Calibration.probability(Calibration.logit(p) + r));
  }
}
