// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/** The real model for tests: extracted into $UNSPIN_HOME on first use, loaded once per test JVM. */
final class Bert {

  private Bert() {}

  static BertMlm model() {
    try {
      return BertModels.shared(Store.fromEnvironment(), Progress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MaskedLm masked() {
    return MaskedLm.of(model());
  }

  /**
   * Asserts that {@code other} gives, at each masked position, the best piece of {@code reference} first and each of
   * its best five within {@code tolerance} in log10: two answers of one model that may round differently (another
   * precision, frozen weights).
   */
  static void assertSameBestPieces(float[][] reference, float[][] other, double tolerance) {
    assertThat(other.length).isEqualTo(reference.length);
    for (int p = 0; p < reference.length; p++) {
      int[] best = top(reference[p], 5);
      assertThat(top(other[p], 1)[0]).isEqualTo(best[0]);
      for (int id : best) {
        assertThat((double) other[p][id]).isCloseTo(reference[p][id], within(tolerance));
      }
    }
  }

  /** The ids of the {@code k} highest values of {@code row}, highest first. */
  static int[] top(float[] row, int k) {
    return IntStream.range(0, row.length).boxed().sorted((x, y) -> Float.compare(row[y], row[x])).limit(k)
        .mapToInt(Integer::intValue).toArray();
  }
}
