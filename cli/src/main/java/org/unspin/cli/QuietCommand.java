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
   * Says on standard error where the masked LM's work cap ran out in input {@code n} ({@link
   * Reports#neuralCapNote}), unless it lasted, {@code n} failed or {@code --quiet}: the formats without a {@code
   * neural} object (restore's text, diff, csv and html, detect's text and csv) leave it unsaid otherwise. {@code
   * neural} and {@code paragraphs} read the pass and the paragraph verdicts off the result (restore's and detect's
   * have both).
   */
  <T> void capNote(Reports.Named<T> n, java.util.function.Function<T, java.util.Optional<org.unspin.NeuralPass>> neural,
      java.util.function.Function<T, java.util.List<org.unspin.ParagraphResult>> paragraphs) {
    if (n.error() != null || quiet()) {
      return;
    }
    String capped = Reports.neuralCapNote(n.label(), neural.apply(n.result()), paragraphs.apply(n.result()));
    if (!capped.isEmpty()) {
      err().println(capped);
    }
  }
}
