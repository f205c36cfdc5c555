// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

/** {@code unspin eval --tortured}: the split, the scoring and the context-free baseline. */
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
