// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.PrintWriter;

/** The {@code unspin} command. The only class that calls {@link System#exit(int)}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    // log records (the server's address, the neural model's load time) as one line each, like the CLI's own
    // messages, instead of the JDK's two-line default with a timestamp
    if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
      System.setProperty("java.util.logging.SimpleFormatter.format", "unspin: %5$s%6$s%n");
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = Cli.commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
