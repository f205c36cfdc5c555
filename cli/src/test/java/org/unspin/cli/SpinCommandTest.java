// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.spin.Edit;
import org.unspin.spin.Truth;

class SpinCommandTest {

  @Test
  void spinsWithADictionaryAndWritesReplayableTruth(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("t.tsv");
    Files.writeString(table, "said\tmentioned\nofficials\tofficers\n");
    Path in = dir.resolve("in.txt");
    String text = "Officials said on Monday.\n\nThe officials  said \u201cno\u201d.\n";
    Files.writeString(in, text);
    Path truth = dir.resolve("t.jsonl");
    CliTest.Run r = CliTest.run("spin", "--seed", "7", "--rate", "1", "--dictionary", table.toString(), "--truth",
        truth.toString(), in.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Officers mentioned on Monday.\n\n");
    List<Edit> edits = Truth.read(new StringReader(Files.readString(truth)), "t.jsonl");
    assertThat(edits).isNotEmpty();
    assertThat(Truth.replay(text, edits)).isEqualTo(r.out());
  }

  @Test
  void aBadDictionaryIsBadInput(@TempDir Path dir) throws Exception {
    Path table = dir.resolve("bad.tsv");
    Files.writeString(table, "said mentioned\n");
    Path in = dir.resolve("in.txt");
    Files.writeString(in, "said\n");
    CliTest.Run r = CliTest.run("spin", "--dictionary", table.toString(), in.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("bad.tsv:1");
  }

  @Test
  void severalInputsAreEachHeadedByTheirName(@TempDir Path dir) throws Exception {
    Path table = Files.writeString(dir.resolve("t.tsv"), "said\tmentioned\n");
    Path a = Files.writeString(dir.resolve("a.txt"), "He said no.");
    Path b = Files.writeString(dir.resolve("b.txt"), "She said yes.\n");
    CliTest.Run r = CliTest.run("spin", "--rate", "1", "--dictionary", table.toString(), a.toString(), b.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("==> " + a + " <==\nHe mentioned no.\n\n==> " + b + " <==\nShe mentioned yes.\n");
    assertThat(CliTest.run("spin", "--rate", "1", "--dictionary", table.toString(), a.toString()).out())
        .isEqualTo("He mentioned no.");
  }

  @Test
  void anInputsNameInTheTruthIsAQuotedJsonString(@TempDir Path dir) throws Exception {
    Path table = Files.writeString(dir.resolve("t.tsv"), "said\tmentioned\n");
    Path a = Files.writeString(dir.resolve("a\tb \"c\".txt"), "He said no.");
    Path b = Files.writeString(dir.resolve("d.txt"), "She said yes.\n");
    Path truth = dir.resolve("truth.jsonl");
    CliTest.Run r = CliTest.run("spin", "--rate", "1", "--braces", "0", "--dictionary", table.toString(), "--truth",
        truth.toString(), a.toString(), b.toString());
    assertThat(r.code()).as(r.err()).isZero();
    java.util.List<String> lines = Files.readAllLines(truth);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"input\":" + org.unspin.text.JsonStrings.quote(a.toString()) + ",")
        .doesNotContain("\t");
    assertThat(org.unspin.text.JsonStrings.parseFlat(lines.get(0))).containsEntry("input", a.toString())
        .containsEntry("spun", "mentioned");
  }

  @Test
  void eachSpinIsWrittenUnderItsOwnNameIntoTheOutputFolder(@TempDir Path dir) throws Exception {
    Path table = Files.writeString(dir.resolve("t.tsv"), "said\tmentioned\n");
    Path a = Files.writeString(Files.createDirectories(dir.resolve("in")).resolve("a.txt"), "He said no.");
    Path b = Files.writeString(dir.resolve("in/b.txt"), "She said yes.\n");
    Path out = dir.resolve("spun/deeper");
    CliTest.Run r = CliTest.run("spin", "--rate", "1", "--dictionary", table.toString(), "--out-dir", out.toString(),
        "--truth", dir.resolve("truth.jsonl").toString(), a.toString(), b.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out.resolve("a.txt"))).isEqualTo("He mentioned no.");
    assertThat(Files.readString(out.resolve("b.txt"))).isEqualTo("She mentioned yes.\n");
    assertThat(Files.readAllLines(dir.resolve("truth.jsonl"))).hasSize(2).allMatch(l -> l.contains("\"input\""));
    // one file name twice, or standard input: refused before anything is written
    Path again = Files.writeString(Files.createDirectories(dir.resolve("other")).resolve("a.txt"), "They said so.");
    Path fresh = dir.resolve("fresh");
    r = CliTest.run("spin", "--dictionary", table.toString(), "--out-dir", fresh.toString(), a.toString(),
        again.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("two inputs would be written to " + fresh.resolve("a.txt"));
    assertThat(fresh).doesNotExist();
    r = CliTest.run("spin", "--dictionary", table.toString(), "--out-dir", fresh.toString(), "-");
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("standard input has no file name");
  }

  @Test
  void anInputThatCannotBeReadIsReportedAndTheOthersAreStillSpun(@TempDir Path dir) throws Exception {
    Path table = Files.writeString(dir.resolve("t.tsv"), "said\tmentioned\n");
    Path a = Files.writeString(dir.resolve("a.txt"), "He said no.");
    Path b = Files.writeString(dir.resolve("b.txt"), "She said yes.");
    Path missing = dir.resolve("missing.txt");
    CliTest.Run r = CliTest.run("spin", "--rate", "1", "--dictionary", table.toString(), a.toString(),
        missing.toString(), b.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("missing.txt: no such file");
    assertThat(r.out()).contains("==> " + a + " <==\nHe mentioned no.")
        .contains("==> " + b + " <==\nShe mentioned yes.").doesNotContain("missing.txt");
    assertThat(CliTest.run("spin", "-", "-").code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void aRateOutsideZeroToOneIsAUsageError() {
    assertThat(CliTest.run("spin", "--rate", "1.5").code()).isEqualTo(Cli.USAGE);
    assertThat(CliTest.run("spin", "--braces", "-0.1").code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void bracesAreLeftAtTheChanceAsked(@TempDir Path dir) throws Exception {
    Path table = Files.writeString(dir.resolve("t.tsv"), "said\tmentioned\n");
    Path in = Files.writeString(dir.resolve("in.txt"), "The officials said that the plan would go ahead.\n");
    String all = CliTest.run("spin", "--rate", "1", "--braces", "1", "--dictionary", table.toString(), in.toString())
        .out();
    assertThat(all).contains("{").contains("mentioned");
    String spun = "The officials mentioned that the plan would go ahead.\n";
    assertThat(all.replace("{", "").replace("}", "")).isEqualTo(spun);
    String none = CliTest.run("spin", "--rate", "1", "--braces", "0", "--dictionary", table.toString(),
        in.toString()).out();
    assertThat(none).isEqualTo(spun);
  }
}
