// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.PrintWriter;

/** The {@code unspin} command. The only class that calls {@link System#exit(int)}. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = Cli.commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
