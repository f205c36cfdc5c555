// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.unspin.Unspinner;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/** The CLI's view of {@link org.unspin.DefaultModels}: options from the command line, errors as exit codes. */
final class DefaultModels {

  private DefaultModels() {}

  static org.unspin.DefaultModels parts(Models.Options options, Progress progress) throws IOException {
    try {
      org.unspin.DefaultModels m = org.unspin.DefaultModels.load(Store.fromEnvironment(), progress,
          new org.unspin.DefaultModels.Options(options.table(), options.phrases(), options.spinnerTables()));
      return m;
    } catch (java.nio.file.FileSystemException e) {
      if (e.getFile() != null && inCache(Path.of(e.getFile()))) {
        throw cacheFailed(e.getFile() + ": " + Cli.why(e), e);
      }
      if (e instanceof NoSuchFileException) {
        throw CliException.badInput(e.getFile() + ": " + (e.getReason() == null ? "no such file" : e.getReason()));
      }
      throw e;
    } catch (java.io.FileNotFoundException e) { // java.io's: "PATH (Permission denied)"
      String m = e.getMessage() == null ? "" : e.getMessage();
      int paren = m.lastIndexOf(" (");
      if (paren > 0 && inCache(Path.of(m.substring(0, paren)))) {
        throw cacheFailed(m.substring(0, paren) + ": " + m.substring(paren + 2, m.length() - 1).toLowerCase(
            java.util.Locale.ROOT), e);
      }
      throw e;
    }
  }

  private static boolean inCache(Path file) {
    return file.toAbsolutePath().normalize().startsWith(Store.fromEnvironment().home());
  }

  /**
   * A read-only, full or another user's cache: the path alone ("…/sphinx-lm.bin.x2.part"), or for a full disk "No
   * space left on device" alone (now {@code Store.naming} names the file), had been the whole message, under
   * the exit code of a bad input.
   */
  private static CliException cacheFailed(String what, IOException e) {
    return new CliException(Cli.UNAVAILABLE, "the model cache could not be read or built: " + what + " (the cache, "
        + Store.fromEnvironment().home() + ", is set by UNSPIN_HOME; it must be readable, and writable while models "
        + "are fetched or built: docs/data.md)", e);
  }

  /**
   * The Unspinner over the default models plus {@code options}, taking texts of any length: the commands refuse
   * what does not fit the heap ({@code Batch.fits}) and the server what is over its {@code --max-body}, with errors
   * of their own.
   */
  static Unspinner load(Models.Options options, Progress progress) throws IOException {
    return parts(options, progress).unspinner().withMaxInputChars(Integer.MAX_VALUE);
  }
}
