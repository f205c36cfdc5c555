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
  @Test
  void neighbouringSwapsAreAlsoCoveredAsOneRunWhereTheAlignerCutThemAtTheWrongWord() {
    // "value in the direction of" / "price towards" aligned as "value in the direction" / "price" and "of" /
    // "towards": the table's "in the direction of" -> "towards" spans the cut
    List<String> spun = List.of("the", "value", "in", "the", "direction", "of", "gains", ".");
    List<String> orig = List.of("the", "price", "towards", "gains", ".");
    Aligner.Block first = new Aligner.Block(Aligner.Kind.SWAP, 1, 5, 1, 2);
    Aligner.Block second = new Aligner.Block(Aligner.Kind.SWAP, 5, 6, 2, 3);
    Aligner.Alignment a = new Aligner.Alignment(spun, orig, List.of(new Aligner.Block(Aligner.Kind.MATCH, 0, 1, 0,
        1), first, second, new Aligner.Block(Aligner.Kind.MATCH, 6, 8, 3, 5)));
    List<List<org.unspin.lexicon.Candidate>> c = new java.util.ArrayList<>();
    for (int i = 0; i < spun.size(); i++) {
      c.add(new java.util.ArrayList<>());
    }
    c.get(1).add(new org.unspin.lexicon.Candidate(1, 1, "price", -1, "A", org.unspin.lexicon.Candidate.Origin.TABLE));
    c.get(2).add(new org.unspin.lexicon.Candidate(2, 4, "towards", -1, "A",
        org.unspin.lexicon.Candidate.Origin.TABLE));
    assertThat(Evaluation.reachableAround(a, first, c, null)).isFalse();
    assertThat(Evaluation.reachableAround(a, second, c, null)).isFalse();
    Aligner.Block run = Evaluation.swapRun(a, second);
    assertThat(run).isEqualTo(new Aligner.Block(Aligner.Kind.SWAP, 1, 6, 1, 3)).isEqualTo(Evaluation.swapRun(a,
        first));
    assertThat(Evaluation.reachableAround(a, run, c, null)).isTrue();
  }
}
