// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class MainTest {

  private static LogRecord record(String logger, Level level, String message) {
    LogRecord r = new LogRecord(level, message);
    r.setLoggerName(logger);
    return r;
  }

  @Test
  void thePdfReadersSayEachKindOfThingOnceAndEveryoneElseAsOftenAsTheyLog() {
    Main.OnceFromPdfReaders once = new Main.OnceFromPdfReaders();
    String font = "org.apache.pdfbox.pdmodel.font.PDType1Font";
    LogRecord fallback = record(font, Level.WARNING, "Using fallback font LiberationSans for Helvetica");
    assertThat(once.isLoggable(fallback)).isTrue();
    assertThat(fallback.getMessage()).isEqualTo("Using fallback font LiberationSans for Helvetica (the PDF reader's "
        + "further messages of this kind are left out)");
    assertThat(once.isLoggable(record(font, Level.WARNING, "Using fallback font LiberationSans for Helvetica")))
        .isFalse();
    assertThat(once.isLoggable(record(font, Level.WARNING, "Using fallback font DejaVu for Times"))).isFalse();
    assertThat(once.isLoggable(record("org.apache.fontbox.ttf.TTFParser", Level.WARNING,
        "Using fallback font X for Y"))).isFalse();
    // one manual's hundreds of glyphs without a character: one line
    String mapping = "org.apache.pdfbox.pdmodel.font.PDSimpleFont";
    assertThat(once.isLoggable(record(mapping, Level.WARNING, "No Unicode mapping for pi1 (36) in font WHHBGT+CMMI10")))
        .isTrue();
    assertThat(once.isLoggable(record(mapping, Level.WARNING,
        "No Unicode mapping for owner (51) in font GQNYBG+CMSY10"))).isFalse();
    assertThat(once.isLoggable(record(font, Level.SEVERE, "Using fallback font X for Y"))).isTrue();
    String server = "org.unspin.server.UnspinServer";
    assertThat(once.isLoggable(record(server, Level.INFO, "listening"))).isTrue();
    assertThat(once.isLoggable(record(server, Level.INFO, "listening"))).isTrue();
    assertThat(once.isLoggable(record(null, Level.INFO, "x"))).isTrue();
  }

  @Test
  void runningOutOfMemoryIsSaidWithHowToGiveMoreNotAStackTrace(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // a text of 34 MB is more than a 64 MiB heap can index: the OutOfMemoryError passed picocli's handler by
    StringBuilder b = new StringBuilder(34 << 20);
    java.util.Random random = new java.util.Random(1);
    String[] words = {"the", "council", "said", "on", "monday", "that", "bridges", "would", "be", "built", "over"};
    while (b.length() < 34 << 20) {
      b.append(words[random.nextInt(words.length)]).append(' ');
    }
    java.nio.file.Path big = java.nio.file.Files.writeString(dir.resolve("big.txt"), b);
    Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "index", "--out",
        dir.resolve("x.idx").toString(), big.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isEqualTo(Cli.INTERNAL);
    assertThat(err).contains("unspin index: Java ran out of its 64 MiB of memory: raise the limit")
        .doesNotContain("Exception in thread", "\tat ");
  }
}
