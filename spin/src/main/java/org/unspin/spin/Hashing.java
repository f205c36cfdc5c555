// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

/** Seeded, stateless pseudo-random numbers keyed by strings and positions (splitmix64 over FNV-1a). */
final class Hashing {

  private Hashing() {}

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long hash(long seed, String tag, String key) {
    long h = 0xcbf29ce484222325L ^ mix(seed);
    for (int i = 0; i < tag.length(); i++) {
      h = (h ^ tag.charAt(i)) * 0x100000001b3L;
    }
    h = (h ^ 0xff) * 0x100000001b3L;
    for (int i = 0; i < key.length(); i++) {
      h = (h ^ key.charAt(i)) * 0x100000001b3L;
    }
    return mix(h);
  }

  /** A uniform number in [0, 1) determined by the seed, a tag and a key. */
  static double uniform(long seed, String tag, String key) {
    return (hash(seed, tag, key) >>> 11) * 0x1.0p-53;
  }

  static double uniform(long seed, String tag, long n) {
    return (mix(hash(seed, tag, "") ^ mix(n + 0x9e3779b97f4a7c15L)) >>> 11) * 0x1.0p-53;
  }
}
