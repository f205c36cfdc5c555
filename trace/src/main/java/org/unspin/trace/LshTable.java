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

  /**
   * Builds the table from per-segment band keys. The pairs are sorted in place in the two final arrays (by key, then
   * segment): a sort by permutation had held four more arrays of the entries' length, about 600 MB at the height of
   * indexing 90,000 documents.
   */
  static LshTable build(long[][] segmentKeys) {
    int total = 0;
    for (long[] k : segmentKeys) {
      total += k.length;
    }
    long[] keys = new long[total];
    int[] segs = new int[total];
    int n = 0;
    for (int s = 0; s < segmentKeys.length; s++) {
      for (long k : segmentKeys[s]) {
        keys[n] = k;
        segs[n] = s;
        n++;
      }
    }
    sort(keys, segs, 0, n);
    return new LshTable(keys, segs);
  }

  /** Runs this short or shorter are sorted by insertion. */
  private static final int INSERTION = 24;

  /**
   * Sorts the pairs {@code (keys[i], segs[i])} of {@code [from, to)} by key, then segment: a quicksort with the median
   * of three as pivot that recurses into the smaller part (so the stack stays shallow) and ends runs by insertion.
   */
  static void sort(long[] keys, int[] segs, int from, int to) {
    while (to - from > INSERTION) {
      int mid = (from + to) >>> 1;
      int last = to - 1;
      // the median of the first, middle and last pairs, as the pivot
      if (less(keys, segs, mid, from)) {
        swap(keys, segs, mid, from);
      }
      if (less(keys, segs, last, from)) {
        swap(keys, segs, last, from);
      }
      if (less(keys, segs, last, mid)) {
        swap(keys, segs, last, mid);
      }
      long pk = keys[mid];
      int ps = segs[mid];
      int i = from;
      int j = last;
      while (i <= j) {
        while (compare(keys[i], segs[i], pk, ps) < 0) {
          i++;
        }
        while (compare(keys[j], segs[j], pk, ps) > 0) {
          j--;
        }
        if (i <= j) {
          swap(keys, segs, i++, j--);
        }
      }
      // [from, j] <= pivot <= [i, to)
      if (j + 1 - from < to - i) {
        sort(keys, segs, from, j + 1);
        from = i;
      } else {
        sort(keys, segs, i, to);
        to = j + 1;
      }
    }
    for (int i = from + 1; i < to; i++) {
      long k = keys[i];
      int s = segs[i];
      int j = i - 1;
      while (j >= from && compare(keys[j], segs[j], k, s) > 0) {
        keys[j + 1] = keys[j];
        segs[j + 1] = segs[j];
        j--;
      }
      keys[j + 1] = k;
      segs[j + 1] = s;
    }
  }

  private static int compare(long k1, int s1, long k2, int s2) {
    int c = Long.compare(k1, k2);
    return c != 0 ? c : Integer.compare(s1, s2);
  }

  private static boolean less(long[] keys, int[] segs, int a, int b) {
    return compare(keys[a], segs[a], keys[b], segs[b]) < 0;
  }

  private static void swap(long[] keys, int[] segs, int a, int b) {
    long k = keys[a];
    keys[a] = keys[b];
    keys[b] = k;
    int s = segs[a];
    segs[a] = segs[b];
    segs[b] = s;
  }

  /** Index of the first entry with {@code key}, or -1. */
  int first(long key) {
    int lo = lowerBound(keys, key);
    return lo < keys.length && keys[lo] == key ? lo : -1;
  }

  /** The index after the last entry with the key of entry {@code first}. */
  int end(int first) {
    long key = keys[first];
    int lo = first + 1;
    int hi = keys.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keys[mid] == key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The index of the first of the ascending {@code sorted} that is {@code x} or more ({@code sorted.length}: none). */
  static int lowerBound(long[] sorted, long x) {
    int lo = 0;
    int hi = sorted.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int size() {
    return keys.length;
  }
}
