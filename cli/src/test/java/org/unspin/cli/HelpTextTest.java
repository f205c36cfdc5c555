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

  /** The words of every text a command's help shows, as written (before picocli wraps them). */
  private static java.util.Set<String> words(CommandLine cl) {
    CommandLine.Model.CommandSpec spec = cl.getCommandSpec();
    List<String> texts = new ArrayList<>();
    CommandLine.Model.UsageMessageSpec usage = spec.usageMessage();
    for (String[] lines : List.of(usage.description(), usage.header(), usage.footer())) {
      texts.addAll(List.of(lines));
    }
    texts.addAll(usage.exitCodeList().values());
    for (CommandLine.Model.OptionSpec o : spec.options()) {
      texts.addAll(List.of(o.description()));
    }
    for (CommandLine.Model.PositionalParamSpec p : spec.positionalParameters()) {
      texts.addAll(List.of(p.description()));
    }
    for (CommandLine sub : cl.getSubcommands().values()) {
      texts.addAll(List.of(sub.getCommandSpec().usageMessage().description()));
    }
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String t : texts) {
      words.addAll(List.of(t.replace("%n", " ").split("\\s+")));
    }
    return words;
  }

  @Test
  void everyCommandsHelpBreaksLinesOnlyAtSpacesAndWithinItsWidth() {
    // picocli broke lines after a '.' or '/' inside a word: "~/." and "cache/unspin", ".pdf, .docx, ." and "odt",
    // "e." and "g.", "example." and "org"; users copy paths and option values from the help
    List<CommandLine> all = new ArrayList<>();
    collect(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), all);
    List<String> broken = new ArrayList<>();
    int pairs = 0;
    for (CommandLine cl : all) {
      java.util.Set<String> words = words(cl);
      String usage = cl.getUsageMessage(CommandLine.Help.Ansi.OFF);
      String name = cl.getCommandSpec().qualifiedName();
      List<String> lines = usage.lines().toList();
      for (String line : lines) {
        assertThat(line.length()).as(name + ": " + line).isLessThanOrEqualTo(cl.getUsageHelpWidth());
      }
      for (int i = 0; i + 1 < lines.size(); i++) {
        String[] first = lines.get(i).strip().split(" ");
        String[] next = lines.get(i + 1).strip().split(" ");
        String end = first[first.length - 1];
        String start = next[0];
        if (end.isEmpty() || start.isEmpty()) {
          continue;
        }
        pairs++;
        // a word of the text cut in two where it has no space
        if (words.contains(end + start) && !(words.contains(end) && words.contains(start))) {
          broken.add(name + ": \"" + end + "\" | \"" + start + "\"");
        }
      }
    }
    assertThat(pairs).isGreaterThan(500);
    assertThat(broken).isEmpty();
  }

  @Test
  void theTableOptionSaysTheSameWhereverItIsOffered() {
    // serve --table read "A user substitution table (spun<TAB>original).", without what restore's help says about
    // the other forms of its words a row reaches
    List<CommandLine> all = new ArrayList<>();
    collect(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), all);
    java.util.Map<String, String> byCommand = new java.util.TreeMap<>();
    for (CommandLine cl : all) {
      CommandLine.Model.OptionSpec table = cl.getCommandSpec().findOption("--table");
      if (table != null) {
        byCommand.put(cl.getCommandSpec().qualifiedName(), String.join(" ", table.description()));
      }
    }
    assertThat(byCommand).containsKeys("unspin restore", "unspin detect", "unspin eval", "unspin serve");
    assertThat(new java.util.HashSet<>(byCommand.values())).as(byCommand.toString()).hasSize(1);
    assertThat(byCommand.get("unspin serve")).contains("other forms of its words")
        .contains("docs/formats/spinner-table.md");
  }

  @Test
  void thePhrasesOptionSaysTheSameWhereverItNamesAListToRestoreWith() {
    // serve --phrases read "e.g. a newer copy of the public list", restore's "such as the Problematic Paper
    // Screener's"; learn's --phrases is another option (a list for --evaluate's candidate recall)
    List<CommandLine> all = new ArrayList<>();
    collect(Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())), all);
    java.util.Map<String, String> byCommand = new java.util.TreeMap<>();
    for (CommandLine cl : all) {
      CommandLine.Model.OptionSpec phrases = cl.getCommandSpec().findOption("--phrases");
      if (phrases != null && !cl.getCommandSpec().qualifiedName().equals("unspin learn")) {
        byCommand.put(cl.getCommandSpec().qualifiedName(), String.join(" ", phrases.description()));
      }
    }
    assertThat(byCommand).containsKeys("unspin restore", "unspin detect", "unspin eval", "unspin serve");
    assertThat(new java.util.HashSet<>(byCommand.values())).as(byCommand.toString()).hasSize(1);
    assertThat(byCommand.get("unspin serve")).contains("Problematic Paper Screener").contains("newer copy");
  }
}
