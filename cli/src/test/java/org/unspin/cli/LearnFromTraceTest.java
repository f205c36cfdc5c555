// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.testkit.SpunArticle;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.SpinnerTables;

/** {@code unspin trace} finds a spun copy's source; {@code unspin learn --from-trace} learns the spinner from it. */
class LearnFromTraceTest {


  static CliTest.Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CliTest.Run(code, out.toString(), err.toString());
  }

  /** {@code dir/idx}: an index of the spun article's source ({@code source.txt}) and another text, in {@code dir}. */
  static Path sourceIndex(Path dir) throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("source.txt"), SpunArticle.SOURCE);
    Files.writeString(corpus.resolve("other.txt"), SpunArticle.OTHER);
    Path idx = dir.resolve("idx");
    assertThat(run("index", "--out", idx.toString(), corpus.toString()).code()).isZero();
    return idx;
  }

  /** {@link #sourceIndex} in {@code dir}, and the trace of the spin against it. */
  private static Path traced(Path dir) throws Exception {
    Path spun = Files.writeString(dir.resolve("spun.txt"), SpunArticle.SPIN);
    Path idx = sourceIndex(dir);
    CliTest.Run traced = run("trace", "--index", idx.toString(), "--format", "json", spun.toString());
    assertThat(traced.code()).isZero();
    assertThat(traced.out()).contains("source.txt");
    return Files.writeString(dir.resolve("results.jsonl"), traced.out());
  }

  /** {@code learn --from-trace results --index idx --out table --no-thesaurus} and {@code more}. */
  private static CliTest.Run learn(Path results, Path idx, Path table, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("learn", "--from-trace", results.toString(), "--index",
        idx.toString(), "--out", table.toString(), "--no-thesaurus"));
    args.addAll(List.of(more));
    return run(args.toArray(new String[0]));
  }

  @Test
  void tracedCopiesTeachTheSpinnersSubstitutions(@TempDir Path dir) throws Exception {
    Path results = traced(dir);
    Path idx = dir.resolve("idx");

    Path table = dir.resolve("learned.tsv");
    CliTest.Run learned = learn(results, idx, table);
    assertThat(learned.code()).as(learned.err()).isZero();
    SpinnerTable t = SpinnerTables.read(table);
    assertThat(t.entries()).anySatisfy(e -> {
      assertThat(e.original()).isEqualTo("said");
      assertThat(e.spun()).isEqualTo("mentioned");
    });
  }

  @Test
  void aTableOfItsOwnFamilyIsCheckedOnThePassagesItWasLearnedFrom(@TempDir Path dir) throws Exception {
    Path results = traced(dir);
    Path idx = dir.resolve("idx");
    Path table = dir.resolve("farm.tsv");
    CliTest.Run learned = learn(results, idx, table, "--family", "farm");
    assertThat(learned.code()).as(learned.err()).isZero();
    assertThat(learned.out()).contains("check: detect --spinner-table " + table + " on the ")
        .containsPattern("spun texts called spun [0-9]+ of [0-9]+ \\([0-9]+ as family farm\\); originals called "
            + "spun [0-9]+ at 0.5");
    CliTest.Run unchecked = learn(results, idx, table, "--family", "farm", "--no-check");
    assertThat(unchecked.out()).doesNotContain("check:");
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
