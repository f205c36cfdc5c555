// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.Arrays;

/**
 * The fine windows' LSH buckets ({@link FingerprintSettings#fineWords()}): each band key cut to 32 bits and packed
 * with its window's number into one long, {@code key << 32 | window}, the longs sorted, so that equal keys are
 * together and their windows ascending. Eight bytes an entry where the segments' table ({@link LshTable}) takes
 * twelve: a fine window has many bands and a document many windows. A 32-bit key makes a lookup meet an unrelated
 * window's key now and then (23 million entries: about one lookup in 180), which ranking and rescoring pass over.
 * Immutable and thread-safe.
 */
final class FineTable {

  final long[] entries;

  FineTable(long[] entries) {
    this.entries = entries;
  }

  /** The 32-bit key of a 64-bit band key. */
  static int key(long bandKey) {
    return (int) (bandKey >>> 32) ^ (int) bandKey;
  }

  static long entry(int key, int window) {
    return ((long) key << 32) | (window & 0xFFFFFFFFL);
  }

  static int keyOf(long entry) {
    return (int) (entry >> 32);
  }

  static int windowOf(long entry) {
    return (int) entry;
  }

  /** The table of the windows' keys, window by window ({@code keys[w]}: window {@code w}'s). */
  static FineTable build(int[][] keys) {
    int total = 0;
    for (int[] k : keys) {
      total += k.length;
    }
    long[] entries = new long[total];
    int n = 0;
    for (int w = 0; w < keys.length; w++) {
      for (int k : keys[w]) {
        entries[n++] = entry(k, w);
      }
    }
    Arrays.sort(entries);
    return new FineTable(entries);
  }

  /** Index of the first entry with {@code key}, or -1. */
  int first(int key) {
    int lo = LshTable.lowerBound(entries, entry(key, 0));
    return lo < entries.length && keyOf(entries[lo]) == key ? lo : -1;
  }

  /** The index after the last entry with the key of entry {@code first}. */
  int end(int first) {
    int key = keyOf(entries[first]);
    int lo = first + 1;
    int hi = entries.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (keyOf(entries[mid]) == key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  int size() {
    return entries.length;
  }
}
