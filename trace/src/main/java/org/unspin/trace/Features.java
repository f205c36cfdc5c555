// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.Arrays;

/**
 * The spin-resistant features of one text: 64-bit hashes, each with the index of the word it starts at, so that
 * windows of a long text can be fingerprinted separately. Made by {@link Fingerprinter#features(String)}.
 *
 * <p>Immutable (the arrays are not exposed) and thread-safe.
 *
 * @since 0.1
 */
public final class Features {

  private final long[] hashes;
  private final int[] positions;
  private final int words;
  /** Whether {@link #positions} never decrease (features in text order, as a text's own are; a union's are not). */
  private final boolean ordered;

  Features(long[] hashes, int[] positions, int words) {
    this.hashes = hashes;
    this.positions = positions;
    this.words = words;
    boolean o = true;
    for (int i = 1; i < positions.length && o; i++) {
      o = positions[i] >= positions[i - 1];
    }
    this.ordered = o;
  }

  /** Number of words (and numbers) in the text. */
  public int words() {
    return words;
  }

  /** Number of feature occurrences (with repeats). */
  public int size() {
    return hashes.length;
  }

  /** The distinct feature hashes, sorted ascending. */
  public long[] distinct() {
    return sortedDistinct(hashes.clone());
  }

  /** The distinct feature hashes of the features starting at words {@code from} (inclusive) to {@code to}. */
  public long[] window(int from, int to) {
    if (ordered) { // the window's features are one run: found by binary search, not by reading them all
      int a = firstAt(from);
      int b = firstAt(to);
      return sortedDistinct(Arrays.copyOfRange(hashes, a, Math.max(a, b)));
    }
    long[] sel = new long[hashes.length];
    int n = 0;
    for (int i = 0; i < hashes.length; i++) {
      if (positions[i] >= from && positions[i] < to) {
        sel[n++] = hashes[i];
      }
    }
    return sortedDistinct(Arrays.copyOf(sel, n));
  }

  /** The index of the first feature at word {@code word} or later ({@link #ordered} positions only). */
  private int firstAt(int word) {
    int lo = 0;
    int hi = positions.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (positions[mid] < word) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The union of this text's features and {@code other}'s (for a text and its restoration). */
  public Features union(Features other) {
    long[] h = Arrays.copyOf(hashes, hashes.length + other.hashes.length);
    System.arraycopy(other.hashes, 0, h, hashes.length, other.hashes.length);
    int[] p = Arrays.copyOf(positions, positions.length + other.positions.length);
    // the other text's positions are scaled onto this text's word range so windows stay comparable
    double scale = other.words == 0 ? 0 : (double) words / other.words;
    for (int i = 0; i < other.positions.length; i++) {
      p[positions.length + i] = (int) Math.min(Math.max(words - 1, 0), Math.floor(other.positions[i] * scale));
    }
    return new Features(h, p, Math.max(words, 1));
  }

  static long[] sortedDistinct(long[] a) {
    Arrays.sort(a);
    int n = 0;
    for (int i = 0; i < a.length; i++) {
      if (i == 0 || a[i] != a[i - 1]) {
        a[n++] = a[i];
      }
    }
    return n == a.length ? a : Arrays.copyOf(a, n);
  }

  /** Size of the intersection of two sorted distinct arrays. */
  static int intersection(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        n++;
        i++;
        j++;
      }
    }
    return n;
  }

  /** Jaccard similarity of two sorted distinct arrays (0 when both are empty). */
  static double jaccard(long[] a, long[] b) {
    int inter = intersection(a, b);
    int union = a.length + b.length - inter;
    return union == 0 ? 0 : (double) inter / union;
  }
}
