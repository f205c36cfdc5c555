// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

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
    int[] perm = sortPermutation(pairsKey);
    int[] sortedSegs = new int[n];
    for (int i = 0; i < n; i++) {
      sortedKeys[i] = pairsKey[perm[i]];
      sortedSegs[i] = pairsSeg[perm[i]];
    }
    return new LshTable(sortedKeys, sortedSegs);
  }

  /** The permutation that sorts the pairs by key, then segment: a stable merge sort of positions by key. */
  private static int[] sortPermutation(long[] keys) {
    int n = keys.length;
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    // positions were added in ascending segment order, so a stable sort by key also orders segments within a key
    int[] tmp = new int[n];
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n - width; lo += 2 * width) {
        int mid = lo + width;
        int hi = Math.min(lo + 2 * width, n);
        if (keys[perm[mid - 1]] <= keys[perm[mid]]) {
          continue;
        }
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          tmp[k++] = keys[perm[j]] < keys[perm[i]] ? perm[j++] : perm[i++];
        }
        while (i < mid) {
          tmp[k++] = perm[i++];
        }
        while (j < hi) {
          tmp[k++] = perm[j++];
        }
        System.arraycopy(tmp, lo, perm, lo, hi - lo);
      }
    }
    return perm;
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
