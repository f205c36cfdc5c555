// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A thesaurus source or cache file is not in the expected format. The message names the file and the byte offset
 * or line where the problem was found.
 *
 * @since 0.1
 */
public final class ModelFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final long offset;

  /**
   * @param file the file (or {@code jar!/entry}) that is malformed
   * @param offset byte offset, or line number when {@code line} is set in the message; -1 when unknown
   */
  public ModelFormatException(String file, long offset, String message) {
    super(file + (offset >= 0 ? " at " + offset : "") + ": " + message);
    this.file = file;
    this.offset = offset;
  }

  /** Same, for a plain file. */
  public ModelFormatException(Path file, long offset, String message) {
    this(file.toString(), offset, message);
  }

  /** The file that is malformed. */
  public String file() {
    return file;
  }

  /** Where in the file, -1 when unknown. */
  public long offset() {
    return offset;
  }
}
