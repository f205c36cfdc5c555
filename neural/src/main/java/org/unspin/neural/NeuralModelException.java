// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The neural model could not be found, extracted or loaded. The message says which file or folder, and what to do.
 *
 * @since 0.1
 */
public final class NeuralModelException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path path;

  public NeuralModelException(Path path, String message) {
    super(path + ": " + message);
    this.path = path;
  }

  public NeuralModelException(Path path, String message, Throwable cause) {
    super(path + ": " + message, cause);
    this.path = path;
  }

  /** The file or folder concerned. */
  public Path path() {
    return path;
  }
}
