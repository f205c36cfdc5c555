// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

/**
 * The 64-bit key of an n-gram of word ids, computed from the newest word back to the oldest so that the keys of
 * {@code w}, {@code (v,w)}, {@code (u,v,w)} come out of one running computation. Never 0 (0 marks an empty slot).
 * Stateless.
 *
 * @since 0.1
 */
public final class NgramHash {

  private NgramHash() {}

  /** The running hash of the one-word n-gram {@code w}. */
  public static long seed(int w) {
    return mix((w + 1L) * 0x9E3779B97F4A7C15L);
  }

  /** The running hash after prepending the older word {@code w} to the n-gram hashed so far. */
  public static long prepend(long h, int w) {
    return mix(h * 0x2545F4914F6CDD1DL + w + 0x632BE59BD9B4E019L);
  }

  /** The table key for a running hash: never 0. */
  public static long key(long h) {
    return h == 0 ? 1 : h;
  }

  /** The key of {@code ids[from..to)} (oldest first). */
  public static long key(int[] ids, int from, int to) {
    long h = seed(ids[to - 1]);
    for (int i = to - 2; i >= from; i--) {
      h = prepend(h, ids[i]);
    }
    return key(h);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }
}
