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
  void thePdfReadersSayEachThingOnceAndEveryoneElseAsOftenAsTheyLog() {
    Main.OnceFromPdfReaders once = new Main.OnceFromPdfReaders();
    String font = "org.apache.pdfbox.pdmodel.font.PDType1Font";
    String fallback = "Using fallback font LiberationSans for Helvetica";
    assertThat(once.isLoggable(record(font, Level.WARNING, fallback))).isTrue();
    assertThat(once.isLoggable(record(font, Level.WARNING, fallback))).isFalse();
    assertThat(once.isLoggable(record("org.apache.fontbox.ttf.TTFParser", Level.WARNING, fallback))).isFalse();
    assertThat(once.isLoggable(record(font, Level.WARNING, "Using fallback font DejaVu for Times"))).isTrue();
    assertThat(once.isLoggable(record(font, Level.SEVERE, fallback))).isTrue();
    String server = "org.unspin.server.UnspinServer";
    assertThat(once.isLoggable(record(server, Level.INFO, "listening"))).isTrue();
    assertThat(once.isLoggable(record(server, Level.INFO, "listening"))).isTrue();
    assertThat(once.isLoggable(record(null, Level.INFO, "x"))).isTrue();
  }
}
