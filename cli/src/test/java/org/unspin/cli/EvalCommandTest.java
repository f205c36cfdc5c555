// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.Unspinner;
import org.unspin.decode.fakes.Fixtures;

/** {@code unspin eval} through the command line, on fixture models and hand-made pairs with known answers. */
class EvalCommandTest {

  @BeforeAll
  static void fixtureModels() {
    Unspinner u = RestoreDetectCommandTest.fixtureUnspinner();
    Models.testOverride = o -> u;
  }

  @AfterAll
  static void realModels() {
    Models.testOverride = null;
  }

  static CliTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  static Path pairs(Path dir) throws Exception {
    for (int i = 0; i < Fixtures.SPUN.size(); i++) {
      Files.writeString(dir.resolve(i + ".spun.txt"), Fixtures.SPUN.get(i));
    }
    // the originals of Fixtures.SPUN, in order
    String[] orig = {
      "the minister said the talks were useful .",
      "officials said the visit was delayed for months .",
      "the company said it would hire more workers this year .",
      "the president also said the economy was strong .",
      "the talks ran five hours , officials said .",
      "the minister recently said the plan would work ."};
    for (int i = 0; i < orig.length; i++) {
      Files.writeString(dir.resolve(i + ".orig.txt"), orig[i]);
    }
    return dir;
  }

  @Test
  void identityBaselineReducesNothing(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("eval", "--spun", pairs(dir).toString(), "--restorer", "identity", "--format", "json");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("\"total\":{\"name\":\"total\"").contains("\"errorReduction\":0.000000");
  }

  @Test
  void aSpunFileWithoutItsOriginalIsAUsageError(@TempDir Path dir) throws Exception {
    Path spun = java.nio.file.Files.writeString(dir.resolve("s.txt"), "Officers mentioned it.");
    CliTest.Run r = run("eval", "--spun", spun.toString());
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--orig must name its original file");
    assertThat(run("eval").code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void theRestorerIsMeasuredByDefault(@TempDir Path dir) throws Exception {
    CliTest.Run r = run("eval", "--spun", pairs(dir).toString());
    assertThat(r.code()).isZero();
    String total = r.out().lines().filter(l -> l.startsWith("total")).findFirst().orElseThrow();
    // the fixture family restores these spins: the total reduction is positive, clean text untouched
    assertThat(total).doesNotContain(" 0.0% ").endsWith("0.00%");
  }

  @Test
  void aPairWithAnEmptySideIsSaidAndNotScored(@TempDir Path dir) throws Exception {
    pairs(dir);
    String before = run("eval", "--spun", dir.toString()).out();
    Files.writeString(dir.resolve("blank.spun.txt"), "officers mentioned the talks .");
    Files.writeString(dir.resolve("blank.orig.txt"), "\n");
    CliTest.Run r = run("eval", "--spun", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("1 pairs have an empty spun text or original and are not scored: blank");
    assertThat(r.out()).isEqualTo(before); // the total is the other pairs' alone
    Path one = dir.resolve("one");
    Files.createDirectories(one);
    Files.writeString(one.resolve("x.spun.txt"), "officers mentioned it .");
    Files.writeString(one.resolve("x.orig.txt"), "");
    assertThat(run("eval", "--spun", one.toString()).code()).isEqualTo(Cli.BAD_INPUT);
  }

  @Test
  void filesLeftUnscoredAndUnlikelyPairsAreSaid(@TempDir Path dir) throws Exception {
    pairs(dir);
    Files.writeString(dir.resolve("lonely.spun.txt"), "officers mentioned nothing .");
    CliTest.Run r = run("eval", "--spun", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("1 spun files have no original under " + dir + " and are not scored: "
        + "lonely.spun.txt").doesNotContain("right original");
    // a spun text paired with another article's original
    Path a = Files.writeString(dir.resolve("a.txt"), "officers mentioned the talks were useful and the visit "
        + "was delayed for months while the company said it would hire more workers this year .");
    Path b = Files.writeString(dir.resolve("b.txt"), "rain fell on tuesday across northern districts as farmers "
        + "waited for warmer weather before planting corn in the spring season ahead .");
    r = run("eval", "--spun", a.toString(), "--orig", b.toString());
    assertThat(r.err()).contains("a keeps only", "of its original's words: is it the right original?");
  }

  @Test
  void aPairTooLongToAlignIsSaidAndTheOthersAreScored(@TempDir Path dir) throws Exception {
    pairs(dir);
    String before = run("eval", "--spun", dir.toString()).out();
    // a spun book with no word of its original's in common: too long to align word by word
    Files.writeString(dir.resolve("book.spun.txt"), "officers mentioned it . ".repeat(5_001));
    Files.writeString(dir.resolve("book.orig.txt"), "rain fell today ! ".repeat(5_001));
    CliTest.Run r = run("eval", "--spun", dir.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("unspin eval: book: too long to align word by word", "split it into shorter pairs");
    assertThat(r.out()).isEqualTo(before); // every other pair scored, the total theirs
  }

  @Test
  void aMissingFolderIsBadInput(@TempDir Path dir) {
    assertThat(run("eval", "--spun", dir.resolve("nope").toString()).code()).isEqualTo(Cli.BAD_INPUT);
  }
}
