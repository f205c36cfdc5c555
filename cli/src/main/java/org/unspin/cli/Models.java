// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.unspin.Unspinner;
import org.unspin.fetch.Progress;

/**
 * Loads the default models (language model, spinner tables, open-vocabulary thesaurus) into an {@link Unspinner}
 * for the restore, detect and bench commands.
 */
final class Models {

  /**
   * What a command asks for: optional user tables and phrase lists, and learned spinner tables
   * (docs/formats/spinner-table.md) added as families of their own.
   */
  record Options(Path table, Path phrases, List<Path> spinnerTables) {
    static final Options NONE = new Options(null, null);

    Options {
      spinnerTables = spinnerTables == null ? List.of() : List.copyOf(spinnerTables);
    }

    Options(Path table, Path phrases) {
      this(table, phrases, List.of());
    }
  }

  /**
   * Replaces model loading in tests of the commands (fixture models instead of the downloaded ones); {@code null}
   * in normal runs.
   */
  static volatile Function<Options, Unspinner> testOverride;

  private Models() {}

  /**
   * As {@link #load(Options, Progress)}, first saying on {@code err} how many {@code --table} rows are skipped for a
   * spun phrase over {@value org.unspin.lexicon.PhraseSource#MAX_TOKENS} words (such as the long swaps {@code learn
   * --long-swaps} writes), which had been dropped without a word; the table is still used.
   */
  static Unspinner load(Options options, Progress progress, java.io.PrintWriter err) throws IOException {
    if (options.table() != null && java.nio.file.Files.isRegularFile(options.table())) {
      int tooLong;
      try {
        tooLong = org.unspin.lexicon.PhraseSource.readTable(options.table()).tooLong();
      } catch (IOException e) {
        tooLong = 0; // the load below names the file and line
      }
      if (tooLong > 0) {
        err.printf(java.util.Locale.ROOT, "unspin: %s: %d row%s skipped: a spun phrase of more than %d words (the "
            + "rest of the table is used)%n", options.table(), tooLong, tooLong == 1 ? "" : "s",
            org.unspin.lexicon.PhraseSource.MAX_TOKENS);
        err.flush();
      }
    }
    return load(options, progress);
  }

  /** The Unspinner with the default models plus {@code options}; model data is fetched on first use. */
  static Unspinner load(Options options, Progress progress) throws IOException {
    Function<Options, Unspinner> o = testOverride;
    if (o != null) {
      return o.apply(options);
    }
    return DefaultModels.load(options, progress);
  }
}
