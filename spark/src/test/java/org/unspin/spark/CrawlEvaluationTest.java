// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrawlEvaluationTest {

  private static final List<CrawlEvaluation.Truth> TRUTH = List.of(
      new CrawlEvaluation.Truth("s", "original", "s"),
      new CrawlEvaluation.Truth("x1", "spin", "s"),
      new CrawlEvaluation.Truth("x2", "spin", "s"),
      new CrawlEvaluation.Truth("u", "unrelated", "u"));

  @Test
  void perfectOutputScoresOne() {
    CrawlEvaluation.Scores s = CrawlEvaluation.score(List.of(
        new CrawlEvaluation.Output("s", false, "c", null),
        new CrawlEvaluation.Output("x1", true, "c", "s"),
        new CrawlEvaluation.Output("x2", true, "c", "s"),
        new CrawlEvaluation.Output("u", false, null, null)), TRUTH);
    assertThat(s.detectionPrecision()).isEqualTo(1.0);
    assertThat(s.detectionRecall()).isEqualTo(1.0);
    assertThat(s.clusterPrecision()).isEqualTo(1.0);
    assertThat(s.clusterRecall()).isEqualTo(1.0);
    assertThat(s.sourceAccuracy()).isEqualTo(1.0);
  }

  @Test
  void wrongLinksAndMissedSpinsLowerTheScores() {
    CrawlEvaluation.Scores s = CrawlEvaluation.score(List.of(
        new CrawlEvaluation.Output("s", true, "c", null),     // a false alarm
        new CrawlEvaluation.Output("x1", true, "c", "s"),
        new CrawlEvaluation.Output("x2", false, null, null),  // missed and not clustered
        new CrawlEvaluation.Output("u", false, "c", null)),   // wrongly linked
        TRUTH);
    assertThat(s.detectionPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(s.detectionRecall()).isCloseTo(0.5, within(1e-9));
    // predicted cluster {s, x1, u}: 3 pairs, 1 correct; true pairs: {s, x1, x2} = 3
    assertThat(s.clusterPrecision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.clusterRecall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.sourceAccuracy()).isCloseTo(0.5, within(1e-9));
  }
}
