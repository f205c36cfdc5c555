// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

/** Arithmetic on log10 values. Stateless. */
final class Log10 {

  private Log10() {}

  /** log10(10^a + 10^b), exact for infinities. */
  static double add(double a, double b) {
    if (a == Double.NEGATIVE_INFINITY) {
      return b;
    }
    if (b == Double.NEGATIVE_INFINITY) {
      return a;
    }
    double hi = Math.max(a, b);
    double lo = Math.min(a, b);
    return hi + Math.log10(1 + Math.pow(10, lo - hi));
  }

  /** 10^x clamped to [0, 1] (for posteriors computed in log10). */
  static double prob(double x) {
    if (x >= 0) {
      return 1;
    }
    return Math.pow(10, x);
  }
}
