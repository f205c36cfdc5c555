// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.PrintWriter;
import org.unspin.fetch.Progress;

/**
 * Draws a progress bar on standard error: redrawn in place on a terminal, a line per 10% otherwise (logs, CI).
 */
final class ConsoleProgress implements Progress {

  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean terminal;
  private String task = "";
  private long total;
  private int lastShown = -1;
  private long lastDraw;

  ConsoleProgress(PrintWriter err) {
    this(err, Cli.onTerminal());
  }

  ConsoleProgress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public void start(String task, long total) {
    this.task = task;
    this.total = total;
    this.lastShown = -1;
    this.lastDraw = 0;
    advance(0);
  }

  @Override
  public void advance(long done) {
    if (total <= 0) {
      if (lastShown < 0) {
        err.println(task + " ...");
        err.flush();
        lastShown = 0;
      }
      return;
    }
    int pct = (int) Math.min(100, done * 100 / total);
    if (terminal) {
      long now = System.nanoTime();
      if (pct != lastShown && (now - lastDraw > 50_000_000L || pct == 100)) {
        int filled = pct * WIDTH / 100;
        err.print("\r" + task + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + pct + "%");
        err.flush();
        lastShown = pct;
        lastDraw = now;
      }
    } else if (pct / 10 != lastShown / 10 || lastShown < 0) {
      err.println(task + " " + (pct / 10 * 10) + "%");
      err.flush();
      lastShown = pct;
    }
  }

  @Override
  public void finish() {
    if (terminal && total > 0) {
      err.println();
    }
    err.flush();
  }
}
