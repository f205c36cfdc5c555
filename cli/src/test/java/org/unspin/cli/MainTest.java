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
}
