// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class FineTableTest {

  @Property(tries = 60)
  void lookupFindsExactlyTheWindowsHoldingAKeyInOrder(@ForAll @IntRange(min = 0, max = 400) int windows,
      @ForAll long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int[] pool = {Integer.MIN_VALUE, -7, -1, 0, 1, 5, Integer.MAX_VALUE}; // signs and extremes pack alike
    int[][] keys = new int[windows][];
    for (int w = 0; w < windows; w++) {
      keys[w] = new int[r.nextInt(5)];
      for (int b = 0; b < keys[w].length; b++) {
        keys[w][b] = pool[r.nextInt(pool.length)];
      }
    }
    FineTable t = FineTable.build(keys);
    for (int key : pool) {
      List<Integer> expected = new ArrayList<>();
      for (int w = 0; w < windows; w++) {
        for (int k : keys[w]) {
          if (k == key) {
            expected.add(w);
          }
        }
      }
      List<Integer> found = new ArrayList<>();
      for (int i = t.first(key); i >= 0 && i < t.size() && FineTable.keyOf(t.entries[i]) == key; i++) {
        found.add(FineTable.windowOf(t.entries[i]));
      }
      assertThat(found).as("key %d", key).isEqualTo(expected);
    }
    assertThat(t.first(42)).isEqualTo(-1);
  }
}
