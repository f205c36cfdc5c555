// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

/** 64-bit hashing helpers shared by fingerprints, MinHash and LSH. Pure functions; thread-safe. */
final class Hashing {

  static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private Hashing() {}

  /** SplitMix64's finaliser: a bijective 64-bit mix. */
  static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** A 64-bit hash of the characters of {@code s} (FNV-1a over UTF-16 units, then mixed). */
  static long hash(CharSequence s) {
    long h = 0xCBF29CE484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001B3L;
    }
    return mix64(h);
  }

  /** Order-dependent combination of two hashes. */
  static long combine(long h, long x) {
    return mix64(h * GOLDEN + x);
  }
}
