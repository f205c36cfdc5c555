// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model, index or data file (LM binary, ARPA, Sphinx trie, trace index, WARC) is corrupt, truncated or of an
 * unknown version. Names the file and the byte offset (or, for text formats, the line) where reading failed. Shared
 * by the modules that read such files.
 *
 * @since 0.1
 */
public final class ModelFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final long offset;

  /** A format error in {@code path} at byte {@code offset} (for text formats, the line number). */
  public ModelFormatException(Path path, long offset, String message) {
    super(path + " at offset " + offset + ": " + message);
    this.path = path;
    this.offset = offset;
  }

  /** The file that is malformed. */
  public Path path() {
    return path;
  }

  /** The byte offset (text formats: line number) where the problem was found. */
  public long offset() {
    return offset;
  }
}
