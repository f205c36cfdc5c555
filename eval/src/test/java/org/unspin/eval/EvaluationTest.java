// SPDX-License-Identifier: Apache-2.0
package org.unspin.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

  private static final Pair PAIR = new Pair("p",
      "The nationwide safety adviser mentioned the plan on Could 3.",
      "The national security adviser said the plan on May 3.");

  /** A restorer that knows a fixed set of phrase replacements (a small fake, for known answers). */
  private static Restorer table(Map<String, String> map) {
    return text -> {
      String out = text;
      for (Map.Entry<String, String> e : map.entrySet()) {
        out = out.replace(e.getKey(), e.getValue());
      }
      return out;
    };
  }

  @Test
  void identityRestorerReducesNothing() {
    Scores s = Evaluation.score(PAIR, Restorer.IDENTITY);
    assertThat(s.tokens()).isEqualTo(11);
    assertThat(s.inputErrors()).isEqualTo(4);
    assertThat(s.outputErrors()).isEqualTo(4);
    assertThat(s.errorReduction()).isZero();
    assertThat(s.referenceEdits()).isEqualTo(3);
    assertThat(s.systemEdits()).isZero();
    assertThat(s.editPrecision()).isEqualTo(1.0);
    assertThat(s.editRecall()).isZero();
    assertThat(s.cleanChanged()).isZero();
  }

  @Test
  void perfectRestorerRemovesEveryError() {
    Scores s = Evaluation.score(PAIR, table(Map.of("nationwide safety", "national security",
        "mentioned", "said", "Could 3", "May 3")));
    assertThat(s.outputErrors()).isZero();
    assertThat(s.errorReduction()).isEqualTo(1.0);
    assertThat(s.correctEdits()).isEqualTo(3);
    assertThat(s.editPrecision()).isEqualTo(1.0);
    assertThat(s.editRecall()).isEqualTo(1.0);
  }

  @Test
  void partialAndWrongEditsCountAgainstPrecisionAndRecall() {
    // right: mentioned->said; wrong: nationwide safety -> national safety (half a phrase); spurious: plan->scheme
    Scores s = Evaluation.score(PAIR, table(Map.of("mentioned", "said", "nationwide", "national",
        "plan", "scheme")));
    assertThat(s.systemEdits()).isEqualTo(3);
    assertThat(s.correctEdits()).isEqualTo(1);
    assertThat(s.outputErrors()).isEqualTo(3); // safety, Could, scheme
    assertThat(s.errorReduction()).isCloseTo(0.25, within(1e-9));
    assertThat(s.editPrecision()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(s.editRecall()).isCloseTo(1.0 / 3, within(1e-9));
    // "national" is the original word even though "safety" is left: right words, not a correct edit
    assertThat(s.rightWordEdits()).isEqualTo(2);
    assertThat(s.wordPrecision()).isCloseTo(2.0 / 3, within(1e-9));
    // on the original, "plan" -> "scheme" changes one of 11 clean tokens
    assertThat(s.cleanChanged()).isEqualTo(1);
  }

  @Test
  void caseOfAReplacementDoesNotDecideCorrectness() {
    Pair p = new Pair("c", "Mentioned it.", "Said it.");
    assertThat(Evaluation.score(p, table(Map.of("Mentioned", "said"))).correctEdits()).isEqualTo(1);
  }

  @Test
  void totalsSumCountsAndRecomputeRates() {
    List<Scores> all = Evaluation.scoreAll(List.of(PAIR, PAIR), Restorer.IDENTITY);
    assertThat(all).hasSize(3);
    Scores total = all.get(2);
    assertThat(total.name()).isEqualTo("total");
    assertThat(total.tokens()).isEqualTo(22);
    assertThat(total.inputErrorRate()).isCloseTo(4.0 / 11, within(1e-9));
  }

  @Test
  void aPairTooLongToAlignIsNamedAndTheOthersAreScored() {
    // no word in common: the whole table, 20,001 x 20,001 cells, is over TokenDiff.MAX_CELLS
    Pair book = new Pair("book", "spun ".repeat(20_001), "original ".repeat(20_001));
    List<String> restored = new java.util.ArrayList<>();
    List<Evaluation.TooLongException> tooLong = new java.util.ArrayList<>();
    List<Scores> all = Evaluation.scoreAll(List.of(book, PAIR), text -> {
      restored.add(text);
      return text;
    }, tooLong::add);
    assertThat(tooLong).singleElement().satisfies(e -> {
      assertThat(e.pair()).isEqualTo("book");
      assertThat(e.getMessage()).startsWith("book: too long to align word by word").contains("split it");
    });
    assertThat(all).extracting(Scores::name).containsExactly("p", "total");
    assertThat(all.get(1).tokens()).isEqualTo(11);
    assertThat(restored).containsExactly(PAIR.spun(), PAIR.original()); // the long pair was not restored
  }

  @Test
  void reportsAreProduced() {
    List<Scores> all = Evaluation.scoreAll(List.of(PAIR), Restorer.IDENTITY);
    assertThat(Report.text(all)).contains("TER-in", "total", "36.36%");
    assertThat(Report.json(all)).startsWith("{\"pairs\":[{\"name\":\"p\"").contains("\"total\":{\"name\":\"total\"");
  }

  @Test
  void findsPairsInAFolderAndIgnoresLoneFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("001.spun.txt"), "a b");
    Files.writeString(dir.resolve("001.orig.txt"), "a c");
    Files.writeString(dir.resolve("002.spun.txt"), "lonely");
    List<Pair> pairs = Pairs.find(dir, null);
    assertThat(pairs).containsExactly(new Pair("001", "a b", "a c"));
  }

  @Test
  void aPairNotInUtf8IsNamedWithTheByteOffsetOfTheBadByte(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("001.spun.txt"), "a b");
    Files.write(dir.resolve("001.orig.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pairs.find(dir, null))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("001.orig.txt: not valid UTF-8 at byte offset 3")
        .hasMessageContaining("iconv");
  }

  @Test
  void aFolderNamedTwiceScoresEachPairOnce(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("001.spun.txt"), "a b");
    Files.writeString(dir.resolve("001.orig.txt"), "a c");
    // --spun DIR --orig ./DIR, or one path relative and one absolute: the same folder, spelled another way
    Path again = dir.resolve(".");
    assertThat(again).isNotEqualTo(dir);
    assertThat(Pairs.find(dir, again)).containsExactly(new Pair("001", "a b", "a c"));
  }

  @Test
  void aFolderWhosePairsAreInSubFoldersSaysWhichToName(@TempDir Path dir) throws IOException {
    Path a = Files.createDirectory(dir.resolve("batch-a"));
    Files.writeString(a.resolve("001.spun.txt"), "a b");
    Files.writeString(a.resolve("001.orig.txt"), "a c");
    Files.createDirectory(dir.resolve("batch-b"));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pairs.find(dir, null))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("sub-folders are not searched: name one of " + dir + "'s 2 (batch-a, batch-b)");
    assertThat(Pairs.find(a, null)).containsExactly(new Pair("001", "a b", "a c"));
  }

  @Test
  void findsPairsInTwoFoldersByName(@TempDir Path dir) throws IOException {
    Path s = Files.createDirectory(dir.resolve("spun"));
    Path o = Files.createDirectory(dir.resolve("orig"));
    Files.writeString(s.resolve("x.txt"), "a b");
    Files.writeString(o.resolve("x.txt"), "a c");
    assertThat(Pairs.find(s, o)).containsExactly(new Pair("x", "a b", "a c"));
  }

  @Test
  void invalidUtf8IsReportedWithTheFile(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("b.spun.txt"), new byte[] {(byte) 0xFF});
    Files.writeString(dir.resolve("b.orig.txt"), "x");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pairs.find(dir, null))
        .isInstanceOf(IOException.class).hasMessageContaining("b.spun.txt");
  }
}
