// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroundTruthTest {

  private final GroundTruth truth = GroundTruth.of(List.of(
      new GroundTruth.Row("corpus/a.txt", "original", "corpus/a.txt", 0),
      new GroundTruth.Row("corpus/b.txt", "original", "corpus/b.txt", 1),
      new GroundTruth.Row("corpus/u.txt", "unrelated", "", -1),
      new GroundTruth.Row("queries/a.spin1.txt", "spin", "corpus/a.txt", 0),
      new GroundTruth.Row("queries/a.spin2.txt", "spin", "corpus/a.txt", 0),
      new GroundTruth.Row("queries/b.spin1.txt", "spin", "corpus/b.txt", 1)));

  @Test
  void namesMatchWhateverFolderTheCrawlWasWrittenTo() {
    assertThat(truth.isSource("/tmp/x/queries/a.spin1.txt", "/tmp/x/corpus/a.txt")).isTrue();
    assertThat(truth.isSource("/tmp/x/queries/a.spin1.txt", "/tmp/x/corpus/b.txt")).isFalse();
    assertThat(truth.row("elsewhere.txt")).isEmpty();
    assertThat(truth.isSource("x/queries/b.spin1.txt", "x/notcorpus/b.txt")).isFalse();
  }

  @Test
  void top1CountsOnlySpinsAndCopies() {
    Map<String, String> top1 = new HashMap<>();
    top1.put("d/queries/a.spin1.txt", "d/corpus/a.txt");
    top1.put("d/queries/a.spin2.txt", "d/corpus/b.txt");
    top1.put("d/queries/b.spin1.txt", null);
    top1.put("d/corpus/u.txt", "d/corpus/a.txt");
    GroundTruth.Top1 r = truth.top1(top1);
    assertThat(r.queries()).isEqualTo(3);
    assertThat(r.correct()).isEqualTo(1);
    assertThat(r.unanswered()).isEqualTo(1);
  }

  @Test
  void pairwiseScoresCountPairsWithinGroups() {
    List<String> docs = List.of("corpus/a.txt", "corpus/b.txt", "corpus/u.txt", "queries/a.spin1.txt",
        "queries/a.spin2.txt", "queries/b.spin1.txt");
    // true pairs: family 0 has 3 members (3 pairs), family 1 has 2 (1 pair)
    GroundTruth.PairScores s = truth.pairs(docs, List.of(
        List.of("corpus/a.txt", "queries/a.spin1.txt", "corpus/u.txt"),
        List.of("corpus/b.txt", "queries/b.spin1.txt")));
    assertThat(s.truePairs()).isEqualTo(4);
    assertThat(s.predictedPairs()).isEqualTo(4);
    assertThat(s.correctPairs()).isEqualTo(2);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
  }
}
