// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command's help renders cleanly: picocli reads descriptions as format strings, so a bare '%' breaks them. */
class HelpTextTest {

  private static void collect(CommandLine cl, List<CommandLine> into) {
    into.add(cl);
    for (CommandLine sub : cl.getSubcommands().values()) {
      collect(sub, into);
    }
  }

  @Test
  void everyCommandsHelpFormatsWithoutWarnings() {
    List<CommandLine> all = new ArrayList<>();
    collect(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), all);
    assertThat(all).hasSizeGreaterThan(10);
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    List<String> usages = new ArrayList<>();
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      for (CommandLine cl : all) {
        usages.add(cl.getUsageMessage(CommandLine.Help.Ansi.OFF));
      }
    } finally {
      System.setErr(err);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
    for (String usage : usages) {
      assertThat(usage).doesNotContain("%n").doesNotContain("%%");
    }
  }
}
