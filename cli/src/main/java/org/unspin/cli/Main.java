// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The {@code unspin} command. The only class that calls {@link System#exit(int)}. */
public final class Main {

  private Main() {}

  /**
   * Lets each kind of message of the PDF reader (PDFBox, FontBox) through once, a kind being its level and first three
   * words: it warns about every document's fonts ("Using fallback font LiberationSans for Helvetica", "No Unicode
   * mapping for pi1 (36) in font WHHBGT+CMMI10", one per glyph and font), which one manual or a folder of papers
   * repeats hundreds of times with other names, and none of it changes what to do. The one let through says that
   * the others are left out. Every other log record passes.
   */
  static final class OnceFromPdfReaders implements java.util.logging.Filter {
    private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public boolean isLoggable(java.util.logging.LogRecord r) {
      String logger = r.getLoggerName();
      if (logger == null || !(logger.startsWith("org.apache.pdfbox.") || logger.startsWith("org.apache.fontbox."))) {
        return true;
      }
      String message = String.valueOf(r.getMessage());
      String[] words = message.split("\\s+", 4);
      String kind = r.getLevel() + " " + String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
      if (seen.size() >= 1000 || !seen.add(kind)) {
        return false;
      }
      r.setMessage(message + " (the PDF reader's further messages of this kind are left out)");
      return true;
    }
  }

  public static void main(String[] args) {
    // log records (the server's address, the neural model's load time) as one line each, like the CLI's own
    // messages, instead of the JDK's two-line default with a timestamp
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "unspin: %5$s%6$s%n");
    }
    for (java.util.logging.Handler h : java.util.logging.Logger.getLogger("").getHandlers()) {
      h.setFilter(new OnceFromPdfReaders());
    }
    // UTF-8 whatever the locale: JSON, CSV and restored text promise it (under LANG=C every "é" was written "?")
    // (on the PrintStreams themselves, whose write errors checkError() then sees)
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code;
    try {
      code = Cli.commandLine(out, err).execute(args);
    } catch (OutOfMemoryError e) {
      // an Error passes picocli's handler by: without this, "Exception in thread main" and a stack trace (indexing
      // a corpus too large for the heap); what is held is garbage by now, so the message can be written
      code = Cli.outOfMemory(err, args.length > 0 && !args[0].startsWith("-") ? "unspin " + args[0] : "unspin");
    }
    // a PrintWriter keeps its write errors to itself: a full disk or a closed pipe would otherwise exit 0 with the
    // output cut short
    if (out.checkError() && code != Cli.CLOSED_PIPE && code != Cli.OUTPUT) {
      CliException failed = Cli.outputFailed();
      if (!failed.getMessage().isEmpty()) {
        err.println("unspin: " + failed.getMessage());
      }
      code = failed.exitCode();
    }
    err.flush();
    System.exit(code);
  }
}
