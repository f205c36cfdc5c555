// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.util.Arrays;

/**
 * A 16-bit codebook for log10 values, one per order and value kind (probability, backoff), as in KenLM's
 * {@code quantize.hh}: when there are at most 65,536 distinct values the codebook holds them exactly; otherwise
 * the sorted values are cut into 65,536 bins of equal population and each bin is represented by its mean.
 * Immutable after {@link #of(float[], int)}.
 *
 * @since 0.1
 */
public final class Quantizer {

  /** Codebook size. */
  public static final int SIZE = 1 << 16;

  private final float[] codes;

  private Quantizer(float[] codes) {
    this.codes = codes;
  }

  /** The codebook for {@code values[0..n)}. */
  public static Quantizer of(float[] values, int n) {
    float[] sorted = Arrays.copyOf(values, n);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[distinct++] = sorted[i];
      }
    }
    float[] codes = new float[SIZE];
    if (distinct <= SIZE) {
      System.arraycopy(sorted, 0, codes, 0, distinct);
      Arrays.fill(codes, distinct, SIZE, distinct == 0 ? 0f : sorted[distinct - 1]);
      return new Quantizer(codes);
    }
    // equal-population bins over all values (not just distinct ones)
    float[] all = Arrays.copyOf(values, n);
    Arrays.sort(all);
    for (int b = 0; b < SIZE; b++) {
      int lo = (int) ((long) b * n / SIZE);
      int hi = (int) ((long) (b + 1) * n / SIZE);
      double sum = 0;
      for (int i = lo; i < hi; i++) {
        sum += all[i];
      }
      codes[b] = hi > lo ? (float) (sum / (hi - lo)) : all[Math.min(lo, n - 1)];
    }
    Arrays.sort(codes);
    return new Quantizer(codes);
  }

  /** The codebook, ascending. */
  public float[] codes() {
    return codes;
  }

  /** The code of the centre nearest {@code v}, as an unsigned 16-bit value in a short. */
  public short encode(float v) {
    int i = Arrays.binarySearch(codes, v);
    if (i >= 0) {
      return (short) i;
    }
    int ins = -i - 1;
    if (ins == 0) {
      return 0;
    }
    if (ins >= SIZE) {
      return (short) (SIZE - 1);
    }
    return (short) (v - codes[ins - 1] <= codes[ins] - v ? ins - 1 : ins);
  }
}
