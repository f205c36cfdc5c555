// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.Unspinner;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.CandidateSource;
import org.unspin.lexicon.learn.PhraseLists;

/** {@code unspin eval --tortured}: the split, the list share, the scoring and the context-free baseline. */
class TorturedPhraseEvaluationTest {

  @Test
  void theContextFreeBaselineTakesTheLongestThenMostProbableEntry() {
    CandidateSource words = CandidateSource.of(PhraseLists.wordTable(List.of(
        new PhraseLists.Row("profound learning", "deep learning"),
        new PhraseLists.Row("profound network", "deep network"),
        new PhraseLists.Row("counterfeit consciousness", "artificial intelligence")), w -> true),
        Candidate.Origin.PHRASE_WORD);
    assertThat(TorturedPhraseEvaluation.contextFree(words, "profound consciousness"))
        .isEqualTo("deep intelligence");
    assertThat(TorturedPhraseEvaluation.contextFree(words, "plain words")).isEqualTo("plain words");
  }

  @Test
  void everyRowIsInExactlyOneHalfAndAnUnchangingRestorerRestoresNothing(@TempDir Path dir) throws Exception {
    StringBuilder sb = new StringBuilder("# tortured\texpected\n");
    for (int i = 0; i < 40; i++) {
      sb.append("spun phrase ").append(i).append('\t').append("term ").append(i).append('\n');
    }
    Path list = Files.writeString(dir.resolve("list.tsv"), sb, StandardCharsets.UTF_8);
    Unspinner fixture = RestoreDetectCommandTest.fixtureUnspinner();
    List<Path> given = new java.util.ArrayList<>();
    TorturedPhraseEvaluation.Result r = TorturedPhraseEvaluation.run(list, half -> {
      given.add(half);
      return fixture;
    }, w -> true);
    assertThat(r.listRows() + r.testRows()).isEqualTo(40);
    assertThat(r.listRows()).isBetween(5, 35);
    assertThat(r.restored()).isZero();
    assertThat(r.restoredUnforced()).isZero();
    assertThat(r.text()).contains("as plain `restore --phrases`");
    assertThat(r.misses()).hasSizeGreaterThanOrEqualTo(r.testRows());
    assertThat(given).hasSize(1);
    assertThat(Files.exists(given.get(0))).as("the temporary list half is deleted").isFalse();
  }

  @Test
  void aLimitMeasuresAnEvenSampleOfTheTestHalf(@TempDir Path dir) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append("spun phrase ").append(i).append('\t').append("term ").append(i).append('\n');
    }
    Path list = Files.writeString(dir.resolve("list.tsv"), sb, StandardCharsets.UTF_8);
    Unspinner fixture = RestoreDetectCommandTest.fixtureUnspinner();
    TorturedPhraseEvaluation.Result all = TorturedPhraseEvaluation.run(list, half -> fixture, w -> true);
    TorturedPhraseEvaluation.Result some = TorturedPhraseEvaluation.run(list, half -> fixture, w -> true, 10,
        false);
    assertThat(some.listRows()).isEqualTo(all.listRows());
    assertThat(some.testRows()).isBetween(5, 10);
  }

  @Test
  void withAcronymsOnlyTheRowsWithOneAreMeasuredEachDefiningItInCapitals(@TempDir Path dir) throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 60; i++) {
      sb.append("spun phrase ").append(i).append(i % 3 == 0 ? " (sp)" : "").append('\t').append("term ")
          .append(i).append('\n');
    }
    Path list = Files.writeString(dir.resolve("list.tsv"), sb, StandardCharsets.UTF_8);
    Unspinner fixture = RestoreDetectCommandTest.fixtureUnspinner();
    TorturedPhraseEvaluation.Result all = TorturedPhraseEvaluation.run(list, half -> fixture, w -> true);
    TorturedPhraseEvaluation.Result some = TorturedPhraseEvaluation.run(list, half -> fixture, w -> true,
        Integer.MAX_VALUE, true);
    assertThat(some.listRows()).isEqualTo(all.listRows());
    assertThat(some.testRows()).isPositive().isLessThan(all.testRows());
    assertThat(some.misses()).filteredOn(m -> !m.startsWith("(")).allSatisfy(m -> assertThat(m)
        .contains("(SP) in this study."));
    assertThat(TorturedPhraseEvaluation.withAcronym(new PhraseLists.Row("synthetic intelligence (ai)",
        "artificial intelligence (ai)"))).isEqualTo("synthetic intelligence (AI)");
    assertThat(TorturedPhraseEvaluation.withAcronym(new PhraseLists.Row("man-in-the-middle (mitm) assault",
        "man-in-the-middle (mitm)"))).isEqualTo("man-in-the-middle (MITM)");
    assertThat(TorturedPhraseEvaluation.withAcronym(new PhraseLists.Row("(ai) tool", "ai tool"))).isNull();
  }

  /** A list of {@code n} rows, each expected phrase written twice (two tortured phrases of one term). */
  private static Path list(Path dir, int n) throws Exception {
    StringBuilder sb = new StringBuilder("# tortured\texpected\n");
    for (int i = 0; i < n; i++) {
      sb.append("spun phrase ").append(i).append('\t').append("term ").append(i / 2).append('\n');
    }
    return Files.writeString(dir.resolve("list.tsv"), sb, StandardCharsets.UTF_8);
  }

  @Test
  void aSmallerListShareIsInsideEveryLargerOneAndAsLargeAsItsShare() {
    double[] shares = {0.125, 0.25, 0.5, 0.75, 1};
    int[] counts = new int[shares.length];
    for (int i = 0; i < 4000; i++) {
      PhraseLists.Row r = new PhraseLists.Row("spun " + i, "term " + i);
      for (int s = 0; s < shares.length; s++) {
        if (TorturedPhraseEvaluation.inShare(r, shares[s])) {
          counts[s]++;
          for (int t = s + 1; t < shares.length; t++) {
            assertThat(TorturedPhraseEvaluation.inShare(r, shares[t])).as("%s in %s", r, shares[t]).isTrue();
          }
        }
      }
    }
    for (int s = 0; s < shares.length; s++) {
      assertThat(counts[s] / 4000.0).as("share %s", shares[s]).isCloseTo(shares[s], within(0.03));
    }
    assertThat(TorturedPhraseEvaluation.inShare(new PhraseLists.Row("Spun", "Term 7"), 0.5))
        .as("by expected phrase, ignoring case")
        .isEqualTo(TorturedPhraseEvaluation.inShare(new PhraseLists.Row("other", "term 7"), 0.5));
  }

  @Test
  void aListShareGivesTheRestorerPartOfTheListHalfAndKeepsTheTestHalf(@TempDir Path dir) throws Exception {
    Path list = list(dir, 400);
    Unspinner fixture = RestoreDetectCommandTest.fixtureUnspinner();
    List<List<String>> given = new java.util.ArrayList<>();
    java.util.function.Function<Path, Unspinner> restorers = half -> {
      try {
        given.add(Files.readAllLines(half).stream().filter(l -> !l.startsWith("#")).toList());
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return fixture;
    };
    TorturedPhraseEvaluation.Result all = TorturedPhraseEvaluation.run(list, restorers, w -> true,
        Integer.MAX_VALUE, false, 1);
    TorturedPhraseEvaluation.Result half = TorturedPhraseEvaluation.run(list, restorers, w -> true,
        Integer.MAX_VALUE, false, 0.5);
    assertThat(half.testRows()).isEqualTo(all.testRows());
    java.util.function.Function<TorturedPhraseEvaluation.Result, List<String>> tested = r -> r.misses().stream()
        .filter(m -> !m.startsWith("(")).map(m -> m.substring(0, m.indexOf(" -> "))).toList();
    assertThat(tested.apply(half)).hasSize(all.testRows()).containsExactlyElementsOf(tested.apply(all));
    assertThat(half.halfRows()).isEqualTo(all.listRows());
    assertThat(half.listRows()).isEqualTo(given.get(1).size()).isBetween(all.listRows() / 4, all.listRows() * 3 / 4);
    assertThat(given.get(0)).containsAll(given.get(1));
    assertThat(given.get(1)).allSatisfy(l -> assertThat(TorturedPhraseEvaluation.inShare(
        new PhraseLists.Row(l.split("\t")[0], l.split("\t")[1]), 0.5)).isTrue());
    assertThat(half.listedRows()).isEqualTo(half.listRows());
    assertThat(half.text()).startsWith("list: " + half.listRows() + " phrases, share 0.5 of the list half's "
        + all.listRows() + " (by expected phrase); test half: " + all.testRows() + " phrases");
    assertThat(half.json()).contains("\"listShare\": 0.5000", "\"listHalfRows\": " + all.listRows());
    assertThat(all.text()).startsWith("list half: " + all.listRows() + " phrases; test half:");
  }

  @Test
  void aListShareThatLeavesNoPhraseIsBadInput(@TempDir Path dir) throws Exception {
    Path list = list(dir, 40);
    Unspinner fixture = RestoreDetectCommandTest.fixtureUnspinner();
    assertThatThrownBy(() -> TorturedPhraseEvaluation.run(list, half -> fixture, w -> true, Integer.MAX_VALUE,
        false, 1e-9)).isInstanceOf(CliException.class).hasMessageContaining("leaves none of the list half's");
  }

  @Test
  void aListShareOutsideZeroToOneIsAUsageError(@TempDir Path dir) throws Exception {
    Path list = list(dir, 4);
    for (String bad : List.of("0", "-0.5", "1.5", "NaN")) {
      CliTest.Run r = EvalCommandTest.run("eval", "--tortured", list.toString(), "--list-share", bad);
      assertThat(r.code()).as(bad).isEqualTo(Cli.USAGE);
      assertThat(r.err()).as(bad).contains("--list-share must be over 0 and at most 1");
    }
    CliTest.Run words = EvalCommandTest.run("eval", "--tortured", list.toString(), "--list-share", "half");
    assertThat(words.code()).isEqualTo(Cli.USAGE);
    assertThat(words.err()).contains("--list-share");
    CliTest.Run pairs = EvalCommandTest.run("eval", "--spun", dir.toString(), "--list-share", "0.5");
    assertThat(pairs.code()).isEqualTo(Cli.USAGE);
    assertThat(pairs.err()).contains("--list-share applies only to --tortured");
  }

  @Test
  void spunPairsAndATorturedListCannotBeMeasuredAtOnce(@TempDir Path dir) throws Exception {
    Path list = Files.writeString(dir.resolve("list.tsv"), "a\tb\n", StandardCharsets.UTF_8);
    CliTest.Run r = EvalCommandTest.run("eval", "--spun", dir.toString(), "--tortured", list.toString());
    assertThat(r.code()).isEqualTo(Cli.USAGE); // a combination of options, as other commands say
    assertThat(r.err()).contains("either --spun");
    assertThat(EvalCommandTest.run("eval", "--tortured", list.toString(), "--phrases", list.toString()).err())
        .contains("makes its own --phrases");
  }
}
