// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import org.unspin.Unspinner;
import org.unspin.fetch.Progress;

/** The default models, fetched and cached through {@link org.unspin.fetch.Store}. */
final class DefaultModels {

  private DefaultModels() {}

  static Unspinner load(Models.Options options, Progress progress) throws IOException {
    throw new CliException(Cli.FAILURE, "the default language model and spinner tables are not wired in yet");
  }
}
