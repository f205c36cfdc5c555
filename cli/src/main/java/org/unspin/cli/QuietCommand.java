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

  /**
   * Says on standard error where the masked LM's work cap ran out in input {@code label} ({@link
   * Reports#neuralCapNote}), unless it lasted or {@code --quiet}: the formats without a {@code neural} object leave it
   * unsaid otherwise.
   */
  void capNote(String label, java.util.Optional<org.unspin.NeuralPass> pass,
      java.util.List<org.unspin.ParagraphResult> paragraphs) {
    String capped = quiet() ? "" : Reports.neuralCapNote(label, pass, paragraphs);
    if (!capped.isEmpty()) {
      err().println(capped);
    }
  }
}
