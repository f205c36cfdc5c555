// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.testkit.SharedData;

/**
 * The benchmark measurements on the development data (skipped on a fresh clone without {@code ../shared}); the
 * full numbers, with the thesaurus, come from {@code unspin learn --evaluate} and are in docs/benchmarks.md.
 */
class EvaluationTest {

  @Test
  void spinsOfOneOriginalFormOneGroup() throws IOException {
    Path dir = SharedData.require("spun-news");
    Map<String, List<Corpus.Document>> groups = Evaluation.groups(Corpus.read(dir, Optional.of(dir)));
    assertThat(groups).containsKey("013+014+015");
    assertThat(groups.get("b010")).hasSizeGreaterThan(1);
  }

  @Test
  void heldOutFamilyTablesCoverMostSubstitutionsWithFewCandidates() throws IOException {
    Path dir = SharedData.require("spun-news");
    Evaluation.LooResult r = Evaluation.leaveOneOriginalOut(Corpus.read(dir, Optional.of(dir)), "A", w -> true,
        t -> SpinnerModels.builder().table(t).build());
    // regression floors well under the measured values (docs/benchmarks.md), family channel + rules only
    assertThat(r.total().spans()).isGreaterThan(1000);
    assertThat(r.total().familyShare()).isGreaterThan(0.45);
    assertThat(r.total().familyPerToken()).isLessThan(1.0);
  }

  @Test
  void phraseListHalvesShareNoExpectedPhrase() throws IOException {
    Path f = SharedData.require("tortured-phrases/dev.tsv");
    List<PhraseLists.Row> rows = PhraseLists.read(f);
    java.util.Set<String> train = new java.util.HashSet<>();
    java.util.Set<String> test = new java.util.HashSet<>();
    for (PhraseLists.Row r : rows) {
      (PhraseLists.heldOut(r) ? test : train).add(r.expectedForms().get(0));
    }
    assertThat(test).isNotEmpty().doesNotContainAnyElementsOf(train);
    assertThat(train.size()).isBetween(test.size() / 2, test.size() * 2);
  }

  @Test
  void torturedPhraseRecallCountsTheTermsTheTrainingRowsName() {
    // "random forest regression" is a training row (not held out), "random forest" a held-out one
    assertThat(Evaluation.heldOut("random forest regression")).isFalse();
    assertThat(Evaluation.heldOut("random forest")).isTrue();
    List<PhraseLists.Row> rows = List.of(
        new PhraseLists.Row("arbitrary timberland relapse", "random forest regression"),
        new PhraseLists.Row("random woodland", "random forest"));
    java.util.function.Function<org.unspin.lexicon.SpinnerTable, SpinnerModels> models =
        t -> SpinnerModels.builder().table(t).build();
    Evaluation.PhraseRecall without = Evaluation.phraseRecall(rows, w -> true, models);
    Evaluation.PhraseRecall with = Evaluation.phraseRecall(rows, w -> true, models,
        w -> w.equals("woodland") ? java.util.Set.of("forest") : java.util.Set.of());
    assertThat(List.of(without.rows(), without.trainRows())).containsExactly(1, 1);
    assertThat(without.coveredTable()).as("\"woodland\" is no word of the training row's tortured phrase")
        .isZero();
    assertThat(with.coveredTable()).isEqualTo(1);
  }
}
