// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.unspin.Unspinner;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/** The CLI's view of {@link org.unspin.DefaultModels}: options from the command line, errors as exit codes. */
final class DefaultModels {

  private DefaultModels() {}

  static org.unspin.DefaultModels parts(Models.Options options, Progress progress) throws IOException {
    try {
      return org.unspin.DefaultModels.load(Store.fromEnvironment(), progress,
          new org.unspin.DefaultModels.Options(options.table(), options.phrases(), options.spinnerTables()));
    } catch (NoSuchFileException e) {
      throw CliException.badInput(e.getFile() + ": " + (e.getReason() == null ? "no such file" : e.getReason()));
    }
  }

  static Unspinner load(Models.Options options, Progress progress) throws IOException {
    return parts(options, progress).unspinner();
  }
}
