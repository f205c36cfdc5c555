// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LshTableTest {

  @Property(tries = 40)
  void lookupFindsExactlyTheSegmentsHoldingAKey(@ForAll @IntRange(min = 1, max = 60) int segments,
      @ForAll @IntRange(min = 0, max = 10_000) int seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[][] keys = new long[segments][];
    for (int s = 0; s < segments; s++) {
      keys[s] = new long[4];
      for (int b = 0; b < 4; b++) {
        keys[s][b] = r.nextInt(12) - 6; // few distinct keys: many collisions, negative ones too
      }
    }
    LshTable t = LshTable.build(keys);
    for (long key = -7; key <= 7; key++) {
      List<Integer> expected = new ArrayList<>();
      for (int s = 0; s < segments; s++) {
        for (long k : keys[s]) {
          if (k == key) {
            expected.add(s);
          }
        }
      }
      List<Integer> found = new ArrayList<>();
      for (int i = t.first(key); i >= 0 && i < t.size() && t.keys[i] == key; i++) {
        found.add(t.segments[i]);
      }
      assertThat(found).isEqualTo(expected);
    }
  }

  @Property(tries = 60)
  void theSortOrdersPairsByKeyThenSegment(@ForAll @IntRange(min = 0, max = 5_000) int n,
      @ForAll @IntRange(min = 1, max = 1_000_000) int distinct, @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    long[] keys = new long[n];
    int[] segs = new int[n];
    for (int i = 0; i < n; i++) {
      keys[i] = r.nextInt(distinct) - distinct / 2 + (r.nextInt(8) == 0 ? Long.MIN_VALUE / 2 : 0);
      segs[i] = r.nextInt(Math.max(1, n / 3));
    }
    long[][] pairs = new long[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new long[] {keys[i], segs[i]};
    }
    java.util.Arrays.sort(pairs, java.util.Comparator.<long[]>comparingLong(p -> p[0]).thenComparingLong(p -> p[1]));
    LshTable.sort(keys, segs, 0, n);
    for (int i = 0; i < n; i++) {
      assertThat(new long[] {keys[i], segs[i]}).as("pair %d", i).containsExactly(pairs[i]);
    }
  }
}
