// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.PrintWriter;

/** The {@code unspin} command. The only class that calls {@link System#exit(int)}. */
public final class Main {

  private Main() {}

  /**
   * Lets each distinct message of the PDF reader (PDFBox, FontBox) through once: it warns about every document's
   * fonts ("Using fallback font LiberationSans for Helvetica"), which a folder of papers would repeat hundreds of
   * times, and none of it changes what to do. Every other log record passes.
   */
  static final class OnceFromPdfReaders implements java.util.logging.Filter {
    private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public boolean isLoggable(java.util.logging.LogRecord r) {
      String logger = r.getLoggerName();
      if (logger == null || !(logger.startsWith("org.apache.pdfbox.") || logger.startsWith("org.apache.fontbox."))) {
        return true;
      }
      return seen.size() >= 1000 || seen.add(r.getLevel() + " " + r.getMessage());
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
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = Cli.commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
