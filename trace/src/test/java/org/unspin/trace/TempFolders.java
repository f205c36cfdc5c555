// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Temporary folders for property tests, which jqwik gives no {@code @TempDir}: each try makes one and deletes it, so
 * that a run of the tests leaves no folders behind in the system's temporary files (it had left 60 per property).
 */
final class TempFolders {

  private TempFolders() {}

  /** What a try does with its folder. */
  interface Body {
    void run(Path dir) throws Exception;
  }

  /** Runs {@code body} with a new temporary folder named {@code prefix...}, then deletes the folder and its files. */
  static void with(String prefix, Body body) throws Exception {
    Path dir = Files.createTempDirectory(prefix);
    try {
      body.run(dir);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.walk(dir)) {
      all = files.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path f : all) {
      Files.deleteIfExists(f);
    }
  }
}
