// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FeaturesTest {

  /** A window's features are those whose word lies in it, however the positions are ordered. */
  @Property(tries = 300)
  void aWindowHoldsTheDistinctFeaturesStartingInIt(@ForAll long seed, @ForAll @IntRange(min = 0, max = 300) int n,
      @ForAll boolean inTextOrder, @ForAll @IntRange(min = -5, max = 250) int from,
      @ForAll @IntRange(min = 0, max = 120) int length) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] hashes = new long[n];
    int[] positions = new int[n];
    for (int i = 0; i < n; i++) {
      hashes[i] = r.nextInt(40); // repeats, as a text repeats its shingles
      positions[i] = r.nextInt(200);
    }
    if (inTextOrder) {
      Arrays.sort(positions);
    }
    Features f = new Features(hashes, positions, 200);
    long[] expected = Arrays.stream(java.util.stream.IntStream.range(0, n)
        .filter(i -> positions[i] >= from && positions[i] < from + length).mapToLong(i -> hashes[i]).toArray())
        .sorted().distinct().toArray();
    assertThat(f.window(from, from + length)).containsExactly(expected);
  }

  @Property(tries = 50)
  void aUnionsWindowsAreStillFound(@ForAll long seed) {
    Fingerprinter fp = Fingerprinter.of(FingerprintSettings.defaults());
    Features a = fp.features(Articles.article(seed, 300));
    Features b = fp.features(Articles.article(seed + 1, 200));
    Features u = a.union(b); // b's positions scaled onto a's words: not in order
    long[] all = u.distinct();
    long[] halves = Features.sortedDistinct(concat(u.window(0, 150), u.window(150, u.words())));
    assertThat(halves).containsExactly(all);
  }

  private static long[] concat(long[] x, long[] y) {
    long[] out = Arrays.copyOf(x, x.length + y.length);
    System.arraycopy(y, 0, out, x.length, y.length);
    return out;
  }
}
