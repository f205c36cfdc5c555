// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  /** Output of one run. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpListsEveryCommand() {
    Run r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("restore", "detect", "spin", "eval", "learn", "lm", "bench", "index", "trace",
        "serve", "spark");
  }

  @Test
  void everyCommandPrintsTheVersionItsHelpPromises() {
    // "restore --version" was listed in its help and printed nothing
    String version = run("--version").out();
    assertThat(version).startsWith("unspin ");
    for (String command : new String[] {"restore", "detect", "trace", "index", "serve", "eval", "spin"}) {
      Run r = run(command, "--version");
      assertThat(r.code()).as(command).isZero();
      assertThat(r.out()).as(command).isEqualTo(version);
    }
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("--no-such-option").code()).isEqualTo(Cli.USAGE);
    // a bad option value is a usage error too (not bad input), said in two lines, not the whole help after it
    for (String command : new String[] {"restore", "detect"}) {
      Run r = run(command, "--threads", "-1", "x.txt");
      assertThat(r.code()).isEqualTo(Cli.USAGE);
      assertThat(r.err()).isEqualTo("unspin " + command + ": --threads must be 0 (one per core) or more: -1"
          + System.lineSeparator() + "Run 'unspin " + command + " --help' for its options." + System.lineSeparator());
    }
    Run typo = run("restore", "--formt", "json");
    assertThat(typo.err()).contains("Unknown option: '--formt'", "--format").doesNotContain("Usage:");
  }

  @Test
  void invalidUtf8IsBadInputNamingFileAndOffset(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'a', 'b', (byte) 0xC3, '('});
    CliException e = org.junit.jupiter.api.Assertions.assertThrows(CliException.class,
        () -> Inputs.read(java.util.List.of(f), System.in));
    assertThat(e.exitCode()).isEqualTo(Cli.BAD_INPUT);
    assertThat(e.getMessage()).contains("bad.txt").contains("byte offset 2");
  }

  @Test
  void missingFileIsBadInput(@TempDir Path dir) {
    CliException e = org.junit.jupiter.api.Assertions.assertThrows(CliException.class,
        () -> Inputs.read(java.util.List.of(dir.resolve("nope.txt")), System.in));
    assertThat(e.exitCode()).isEqualTo(Cli.BAD_INPUT);
  }

  @Test
  void modelDataThatCannotBeFetchedIsUnavailableNotBadInput(@TempDir Path home) {
    // an offline host: the command line's exit 6, a part fetched on first use, where 3 said the input was bad
    org.unspin.fetch.Artifact a = new org.unspin.fetch.Artifact("y.tgz", "http://127.0.0.1:9/y.tgz", "SHA-1", "00", 0);
    java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
        () -> org.unspin.fetch.Store.at(home).fetch(a, org.unspin.fetch.Progress.NONE));
    assertThat(Cli.exitCode(e)).isEqualTo(Cli.UNAVAILABLE);
  }
}
