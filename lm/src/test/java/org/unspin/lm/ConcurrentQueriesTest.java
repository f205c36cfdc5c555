// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loaded model answers many threads at once exactly as it answers one. */
class ConcurrentQueriesTest {

  @TempDir Path tmp;

  @Test
  void fourThreadsGetTheSameScoresAsOne() throws Exception {
    Path bin = tmp.resolve("kn.bin");
    LanguageModels.save(KneserNeyTest.counts(3).estimate(true), bin);
    LanguageModel m = LanguageModels.open(bin);
    int v = m.vocabulary().size();
    Random r = new Random(3);
    int[] ids = new int[3 * 20_000];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = r.nextInt(v);
    }
    float[] expected = new float[ids.length / 3];
    for (int q = 0; q < expected.length; q++) {
      expected[q] = m.log10Prob(ids, 3 * q, 3 * q + 3);
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[]>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          float[] got = new float[expected.length];
          LmState s = m.newState();
          for (int q = 0; q < got.length; q++) {
            got[q] = m.log10Prob(ids, 3 * q, 3 * q + 3);
            m.log10Score(s, ids[3 * q], s);
          }
          return got;
        }));
      }
      for (Future<float[]> f : results) {
        assertThat(f.get()).containsExactly(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
