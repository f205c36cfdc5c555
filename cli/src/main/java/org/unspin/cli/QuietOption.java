// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import picocli.CommandLine.Option;

/**
 * {@code --quiet} of restore, detect, index and trace ({@link QuietCommand}): nothing on standard error but errors
 * ({@link BaseCommand#note}).
 */
final class QuietOption {

  @Option(names = "--quiet", description = "Say nothing on standard error but errors (no summary, no notes): for "
      + "cron jobs that read anything there as trouble.")
  boolean quiet;
}
