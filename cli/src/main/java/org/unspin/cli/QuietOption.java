// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import picocli.CommandLine.Option;

/**
 * {@code --quiet} of restore, detect, index and trace ({@link QuietCommand}): nothing on standard error but errors
 * ({@link BaseCommand#note}), the libraries' warnings included.
 */
final class QuietOption {

  /**
   * The loggers of the libraries that read documents, whose warnings ("Using fallback font", "No Unicode mapping")
   * say nothing to do; under {@code --quiet} only their errors pass.
   */
  static final java.util.List<String> READER_LOGGERS = java.util.List.of("org.apache.pdfbox", "org.apache.fontbox",
      "org.apache.poi");

  // held, so that the levels set stay set: the logging framework keeps its loggers weakly
  private static final java.util.List<java.util.logging.Logger> SILENCED = new java.util.ArrayList<>();

  boolean quiet;

  @Option(names = "--quiet", description = "Say nothing on standard error but errors (no summary, no notes): for "
      + "cron jobs that read anything there as trouble.")
  void quiet(boolean quiet) {
    this.quiet = quiet;
    if (quiet) {
      synchronized (SILENCED) {
        for (String name : READER_LOGGERS) {
          java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
          logger.setLevel(java.util.logging.Level.SEVERE);
          SILENCED.add(logger);
        }
      }
    }
  }
}
