// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The folder of an {@code --out-dir DIR} option ({@code spin}, {@code restore}): each input written to a file of its
 * name there, no two inputs to one file. Not thread-safe: one per run, used where the results come in order.
 */
final class OutDir {

  private final Path dir;
  private final Map<Path, String> taken = new HashMap<>();

  /**
   * The folder {@code dir} (made on the first write); a file of that name is an output that cannot be written (exit
   * {@value Cli#OUTPUT}, as for {@code index --out} and {@code --annotate}).
   */
  OutDir(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new CliException(Cli.OUTPUT, "--out-dir " + dir + " is a file, not a folder");
    }
    this.dir = dir;
  }

  /** The file {@code fileName} in the folder. */
  Path resolve(Path fileName) {
    return dir.resolve(fileName);
  }

  /** Takes {@code target} for the input {@code input}: null, or the input that took it before, which keeps it. */
  String claim(Path target, String input) {
    return taken.putIfAbsent(target, input);
  }

  /** Writes {@code text} to {@code target} in UTF-8, making the folder if need be. */
  static void write(Path target, String text) throws IOException {
    Files.createDirectories(target.getParent());
    Files.writeString(target, text, StandardCharsets.UTF_8);
  }
}
