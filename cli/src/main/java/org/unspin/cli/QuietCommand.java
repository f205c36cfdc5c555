// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

/**
 * A subcommand with {@code --quiet} ({@link QuietOption}): nothing on standard error but errors, no progress bar, no
 * summary ({@link #note}, {@link #progress}). restore, detect, index and trace.
 */
abstract class QuietCommand extends BaseCommand {

  @picocli.CommandLine.Mixin
  QuietOption quiet = new QuietOption();

  @Override
  boolean quiet() {
    return quiet.quiet;
  }
}
