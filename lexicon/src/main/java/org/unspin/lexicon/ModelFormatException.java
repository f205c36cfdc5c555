// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.io.IOException;
import java.util.Optional;

/**
 * A model or table file that does not follow its format: the message names the file and the 1-based line.
 *
 * @since 0.1
 */
public final class ModelFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;

  /**
   * @param file the file (or resource) name
   * @param line 1-based line number, or 0 when the problem is not tied to a line
   * @param message what is wrong
   */
  public ModelFormatException(String file, long line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  /** The file or resource name. */
  public String file() {
    return file;
  }

  /** The 1-based line, empty when the problem concerns the whole file. */
  public Optional<Long> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }
}
