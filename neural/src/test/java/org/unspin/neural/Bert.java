// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/** The real model for tests: extracted into $UNSPIN_HOME on first use, loaded once per test JVM. */
final class Bert {

  private Bert() {}

  static BertMlm model() {
    try {
      return BertModels.shared(Store.fromEnvironment(), Progress.NONE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static MaskedLm masked() {
    return MaskedLm.of(model());
  }
}
