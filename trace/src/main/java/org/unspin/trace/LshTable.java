// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.Arrays;

/**
 * LSH buckets as two parallel sorted arrays: band keys ascending, and the segment holding each key (ascending
 * within a key). Lookups are binary searches; the arrays are written to and read from the index file as they are.
 * Immutable and thread-safe.
 */
final class LshTable {

  final long[] keys;
  final int[] segments;

  LshTable(long[] keys, int[] segments) {
    this.keys = keys;
    this.segments = segments;
  }

  /** Builds the table from per-segment band keys. */
  static LshTable build(long[][] segmentKeys) {
    int total = 0;
    for (long[] k : segmentKeys) {
      total += k.length;
    }
    long[] pairsKey = new long[total];
    int[] pairsSeg = new int[total];
    int n = 0;
    for (int s = 0; s < segmentKeys.length; s++) {
      for (long k : segmentKeys[s]) {
        pairsKey[n] = k;
        pairsSeg[n] = s;
        n++;
      }
    }
    long[] sortedKeys = new long[n];
    int[] perm = sortPermutation(pairsKey, pairsSeg);
    int[] sortedSegs = new int[n];
    for (int i = 0; i < n; i++) {
      sortedKeys[i] = pairsKey[perm[i]];
      sortedSegs[i] = pairsSeg[perm[i]];
    }
    return new LshTable(sortedKeys, sortedSegs);
  }

  private static int[] sortPermutation(long[] keys, int[] segs) {
    int n = keys.length;
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, (a, b) -> keys[a] != keys[b] ? Long.compare(keys[a], keys[b]) : Integer.compare(segs[a], segs[b]));
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = boxed[i];
    }
    return out;
  }

  /** Index of the first entry with {@code key}, or -1. */
  int first(long key) {
    int lo = 0;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < keys.length && keys[lo] == key ? lo : -1;
  }

  int size() {
    return keys.length;
  }
}
