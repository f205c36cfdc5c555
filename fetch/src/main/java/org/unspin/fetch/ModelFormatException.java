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
    this(path + " at offset " + offset + ": " + message, path, offset);
  }

  private ModelFormatException(String fullMessage, Path path, long offset) {
    super(fullMessage);
    this.path = path;
    this.offset = offset;
  }

  /**
   * A text file whose bytes are not valid in its encoding, worded as restore and detect word it: "FILE: WHAT at byte
   * offset N (HINT)", where {@code what} says what is wrong ({@code Utf8.fault}) and {@code hint} how to convert the
   * file; {@link #offset()} is the byte offset.
   */
  public static ModelFormatException notText(Path path, long offset, String what, String hint) {
    return new ModelFormatException(path + ": " + what + " at byte offset " + offset + " (" + hint + ")", path, offset);
  }

  /**
   * A format error in a text format, at line {@code line} (1-based): "FILE:LINE: message", as the other text
   * readers write it; {@link #offset()} is the line.
   */
  public static ModelFormatException atLine(Path path, long line, String message) {
    return new ModelFormatException(path + ":" + line + ": " + message, path, line);
  }

  /**
   * A problem with {@code path} as a whole, where no offset means anything (a broken link, a pipe among files):
   * "FILE: message"; {@link #offset()} is 0.
   */
  public static ModelFormatException ofFile(Path path, String message) {
    return new ModelFormatException(path + ": " + message, path, 0);
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
