// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class ModelOptionsTest {

  private static ModelOptions parsed(String... args) {
    CommandLine cl = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    Object command = cl.parseArgs(args).subcommand().commandSpec().userObject();
    if (command instanceof RestoreCommand r) {
      return r.models;
    }
    if (command instanceof DetectCommand d) {
      return d.models;
    }
    return ((EvalCommand) command).models;
  }

  @ParameterizedTest
  @ValueSource(strings = {"restore", "detect", "eval"})
  void tablePhrasesAndRepeatedSpinnerTablesReachTheModelOptions(String command) {
    ModelOptions m = parsed(command, "--table", "t.tsv", "--phrases", "p.tsv", "--spinner-table", "a.table",
        "--spinner-table", "b.table");
    assertThat(m.options()).isEqualTo(
        new Models.Options(Path.of("t.tsv"), Path.of("p.tsv"), List.of(Path.of("a.table"), Path.of("b.table"))));
    assertThat(m.withPhrases(Path.of("half.tsv")).phrases()).isEqualTo(Path.of("half.tsv"));
    assertThat(m.withPhrases(Path.of("half.tsv")).spinnerTables()).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"restore", "detect", "eval"})
  void withoutTheOptionsNothingIsAdded(String command) {
    assertThat(parsed(command).options()).isEqualTo(Models.Options.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"restore", "detect", "eval"})
  void theHelpOfEachCommandListsTheModelOptions(String command) {
    CommandLine cl = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    String usage = cl.getSubcommands().get(command).getUsageMessage(CommandLine.Help.Ansi.OFF);
    assertThat(usage).contains("--table=TSV", "--phrases=TSV", "--spinner-table=TABLE");
  }
}
