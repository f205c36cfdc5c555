// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unspin.text.OperatingPoint;
import picocli.CommandLine.Option;

/**
 * The model options of {@code restore}, {@code detect} and {@code eval}, as a picocli mixin: an extra substitution
 * table, a tortured-phrase list and learned spinner tables, all added to the default models ({@link Models}), and
 * the detector's constants ({@code --calibration}) and the operating points (detection threshold, edit confidence).
 * {@code serve} takes the table, the list, the constants and the operating points as options of its own.
 */
final class ModelOptions {

  /** What {@code --table TSV} does, said alike by every command that takes it (restore, detect, eval, serve). */
  static final String TABLE_DESCRIPTION = "An extra substitution table: spun<TAB>original. A row also reaches the "
      + "other forms of its words (officer<TAB>official: officers, Officers'), a phrase row those of its last word, "
      + "a noun's (chief officer: chief officers), or of its first, a verb's (go to: goes to, went to, going to); "
      + "docs/formats/spinner-table.md says which rows.";

  @Option(names = "--table", paramLabel = "TSV", description = TABLE_DESCRIPTION)
  Path table;

  /** What {@code --phrases} says wherever it is offered (restore, detect, eval, serve). */
  static final String PHRASES_DESCRIPTION = "A tortured-phrase list (tortured<TAB>expected), such as the Problematic "
      + "Paper Screener's; name a newer copy of the public list to use its new rows.";

  @Option(names = "--phrases", paramLabel = "TSV", description = PHRASES_DESCRIPTION)
  Path phrases;

  @Option(names = "--spinner-table", paramLabel = "TABLE", description = "A learned spinner table (from unspin "
      + "learn or spark --learn) added as a family of its own; repeatable.")
  List<Path> spinnerTables = new ArrayList<>();

  /** What {@code --calibration FILE} does, said alike by every command that takes it. */
  static final String CALIBRATION_DESCRIPTION = "Judge with the detector's constants in FILE, written by detect "
      + "--calibrate --out FILE on one's own texts, instead of the bundled ones (--threshold still moves its "
      + "operating point). A file that is not such constants is refused, naming its line.";

  @Option(names = "--calibration", paramLabel = "FILE", description = CALIBRATION_DESCRIPTION)
  Path calibration;

  @Option(names = "--threshold", paramLabel = "P", converter = Threshold.class, description = Threshold.DESCRIPTION)
  Double threshold;

  @Option(names = "--min-confidence", paramLabel = "C", converter = MinConfidence.class,
      description = MinConfidence.DESCRIPTION)
  Double minConfidence;

  /** {@code u} with the {@code --calibration}, {@code --threshold} and {@code --min-confidence} given, if any. */
  org.unspin.Unspinner apply(org.unspin.Unspinner u) {
    return apply(u, calibration == null ? null : calibration(), threshold, minConfidence);
  }

  /**
   * {@code u} judging with {@code constants} (none: its own) at the {@code threshold} and {@code minConfidence} given
   * (null: its own), as {@code --calibration}, {@code --threshold} and {@code --min-confidence} ask (also on
   * {@code serve}).
   */
  static org.unspin.Unspinner apply(org.unspin.Unspinner u, org.unspin.detect.Calibration constants, Double threshold,
      Double minConfidence) {
    org.unspin.Unspinner c = constants == null ? u : u.withCalibration(constants);
    return MinConfidence.apply(Threshold.apply(c, threshold), minConfidence);
  }

  /**
   * The constants of {@code --calibration FILE}, or the bundled ones when none is given.
   *
   * @throws CliException (bad input) for a file that cannot be read or is not such constants, naming it
   */
  org.unspin.detect.Calibration calibration() {
    return calibration == null ? org.unspin.detect.Calibration.defaults() : readCalibration(calibration);
  }

  /**
   * The constants of {@code --calibration file} (also on {@code serve}).
   *
   * @throws CliException (bad input) for a file that cannot be read or is not such constants, naming it
   */
  static org.unspin.detect.Calibration readCalibration(Path file) {
    try {
      return org.unspin.detect.Calibration.read(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw CliException.badInput(file + ": no such file (--calibration)");
    } catch (java.io.IOException e) {
      throw CliException.badInput(e.getMessage());
    }
  }

  /** {@code value} as a number, or NaN when it is none (so that the range checks refuse it). */
  private static double number(String value) {
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /**
   * {@code --min-confidence C} (also on {@code serve} and {@code spark}): a confidence in (0, 1], checked as the
   * command line is read.
   */
  static final class MinConfidence implements picocli.CommandLine.ITypeConverter<Double> {
    static final String DESCRIPTION = "Make (and show as spans) only edits that state at least this confidence "
        + "(an edit of a learned table states the decoder's posterior less its table's unseen share, 6%% with the "
        + "bundled table), so no edit output states less. Default: edits whose posterior is 0.4 or more (a table "
        + "edit among them may state 0.376). Higher for fewer, surer edits; verdicts are unchanged. See "
        + "docs/benchmarks.md for what each value keeps.";

    @Override
    public Double convert(String value) {
      double c = number(value);
      if (!OperatingPoint.isMinConfidence(c)) {
        throw new picocli.CommandLine.TypeConversionException("must be " + OperatingPoint.MIN_CONFIDENCE_RANGE);
      }
      return c;
    }

    static org.unspin.Unspinner apply(org.unspin.Unspinner u, Double minConfidence) {
      return minConfidence == null ? u : u.withMinConfidence(minConfidence);
    }
  }

  /**
   * {@code --threshold P} (also on {@code serve}): a probability in (0, 1), checked as the command line is read,
   * before any model loads.
   */
  static final class Threshold implements picocli.CommandLine.ITypeConverter<Double> {
    static final String DESCRIPTION = "Call a text or paragraph spun from this probability on (default: the "
        + "calibrated 0.5); higher for fewer false alarms. Restore follows it.";

    @Override
    public Double convert(String value) {
      double p = number(value);
      if (!OperatingPoint.isThreshold(p)) {
        throw new picocli.CommandLine.TypeConversionException("must be " + OperatingPoint.THRESHOLD_RANGE);
      }
      return p;
    }

    static org.unspin.Unspinner apply(org.unspin.Unspinner u, Double threshold) {
      return threshold == null ? u : u.withThreshold(threshold);
    }
  }

  /** What to add to the default models: the options as given. */
  Models.Options options() {
    return withPhrases(phrases);
  }

  /** As {@link #options()}, with {@code phrases} as the tortured-phrase list instead of {@code --phrases}. */
  Models.Options withPhrases(Path phrases) {
    return new Models.Options(table, phrases, spinnerTables);
  }
}
