// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.SpinnerTables;

/** {@code unspin trace} finds a spun copy's source; {@code unspin learn --from-trace} learns the spinner from it. */
class LearnFromTraceTest {

  static final String SOURCE = String.join("\n",
      "Secretary Antony Blinken met President Xi Jinping in Beijing on Sunday for five hours, officials said.",
      "The meeting at the Diaoyutai State Guesthouse was the first visit by a Secretary of State since 2018.",
      "Mr. Blinken also said the United States wanted more talks with China in May and June.",
      "The State Department said Wang Yi would visit Washington later, officials said on Monday.");
  static final String SPIN = String.join("\n",
      "Secretary Antony Blinken met President Xi Jinping in Beijing on Sunday for 5 hours, officers mentioned.",
      "The meeting at the Diaoyutai State Guesthouse was the first go to by a Secretary of State since 2018.",
      "Mr. Blinken additionally mentioned the United States wanted extra talks with China in May and June.",
      "The State Department mentioned Wang Yi would go to Washington later, officers mentioned on Monday.");
  static final String OTHER = String.join("\n",
      "The Lakers beat the Celtics 112 to 98 in Los Angeles on Friday night behind LeBron James.",
      "Anthony Davis added 31 points and 14 rebounds as the Lakers won their fourth straight game at home.");

  static CliTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  @Test
  void tracedCopiesTeachTheSpinnersSubstitutions(@TempDir Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("source.txt"), SOURCE);
    Files.writeString(corpus.resolve("other.txt"), OTHER);
    Path spun = Files.writeString(dir.resolve("spun.txt"), SPIN);
    Path idx = dir.resolve("idx");
    assertThat(run("index", "--out", idx.toString(), corpus.toString()).code()).isZero();
    CliTest.Run traced = run("trace", "--index", idx.toString(), "--format", "json", spun.toString());
    assertThat(traced.code()).isZero();
    assertThat(traced.out()).contains("source.txt");
    Path results = Files.writeString(dir.resolve("results.jsonl"), traced.out());

    Path table = dir.resolve("learned.tsv");
    CliTest.Run learned = run("learn", "--from-trace", results.toString(), "--index", idx.toString(),
        "--out", table.toString(), "--no-thesaurus");
    assertThat(learned.code()).as(learned.err()).isZero();
    SpinnerTable t = SpinnerTables.read(table);
    assertThat(t.entries()).anySatisfy(e -> {
      assertThat(e.original()).isEqualTo("said");
      assertThat(e.spun()).isEqualTo("mentioned");
    });
  }

  @Test
  void groupOutputIsRejectedWithAHint(@TempDir Path dir) throws Exception {
    Path results = Files.writeString(dir.resolve("groups.jsonl"), "{\"family\":0,\"members\":[\"a\",\"b\"]}\n");
    CliTest.Run r = run("learn", "--from-trace", results.toString(), "--out", dir.resolve("t.tsv").toString(),
        "--no-thesaurus");
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("groups.jsonl:1").contains("--group");
  }

  @Test
  void neitherSpunNorTraceIsAUsageError(@TempDir Path dir) {
    assertThat(run("learn", "--out", dir.resolve("t.tsv").toString()).code()).isEqualTo(Cli.USAGE);
  }
}
