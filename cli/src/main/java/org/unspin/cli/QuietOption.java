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

  // held here, so that a level set stays set: the logging framework keeps its loggers weakly
  private static final java.util.List<java.util.logging.Logger> READERS =
      READER_LOGGERS.stream().map(java.util.logging.Logger::getLogger).toList();

  boolean quiet;

  @Option(names = "--quiet", description = "Say nothing on standard error but errors (no summary, no notes): for "
      + "cron jobs that read anything there as trouble.")
  void quiet(boolean quiet) {
    this.quiet = quiet;
    if (quiet) {
      READERS.forEach(logger -> logger.setLevel(java.util.logging.Level.SEVERE));
    }
  }
}
