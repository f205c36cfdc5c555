// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: into a file beside it, then moved into its place, so that a reader finds the
 * old file or the new one, never part of one (a trace index a server reads; an annotated PDF, Word or OpenDocument
 * copy, which a full disk would otherwise leave half-written over an earlier one, and which PDFBox, saving over a
 * file, warned it might corrupt while read). The file beside it is created as any new file is ({@link
 * org.unspin.fetch.Store#partFile}), so the user's umask decides who may read the result: {@code createTempFile}'s
 * owner-only permissions had kept an index from a server run by another user, and a copy is for the team that reads
 * it. Stateless.
 */
final class WholeFile {

  /** What writes the file's bytes. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private WholeFile() {}

  /** Writes {@code file} with {@code writer}; on failure the file is as it was and nothing is left beside it. */
  static void write(Path file, Writer writer) throws IOException {
    Path tmp = org.unspin.fetch.Store.partFile(file);
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        writer.write(out);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
