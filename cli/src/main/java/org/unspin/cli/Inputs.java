// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unspin.text.Utf8;

/** Reads input files (or standard input) strictly as UTF-8; errors name the file and the byte offset. */
final class Inputs {

  /** One input: a name to report ("-" for standard input) and its text. */
  record Input(String name, String text) {}

  private Inputs() {}

  /** The files, or standard input when there are none. */
  static List<Input> read(List<Path> files, InputStream stdin) {
    List<Input> out = new ArrayList<>();
    if (files == null || files.isEmpty()) {
      try {
        out.add(new Input("-", decode("standard input", stdin.readAllBytes())));
      } catch (IOException e) {
        throw CliException.badInput("cannot read standard input: " + e.getMessage());
      }
      return out;
    }
    for (Path f : files) {
      out.add(new Input(f.toString(), readFile(f)));
    }
    return out;
  }

  static String readFile(Path f) {
    byte[] bytes;
    try {
      if (Files.isDirectory(f)) {
        throw CliException.badInput(f + ": is a directory, not a text file");
      }
      bytes = Files.readAllBytes(f);
    } catch (NoSuchFileException e) {
      throw CliException.badInput(f + ": no such file");
    } catch (IOException e) {
      throw CliException.badInput(f + ": cannot read: " + e.getMessage());
    }
    return decode(f.toString(), bytes);
  }

  /** Decodes strict UTF-8 (a leading byte-order mark is dropped); the error names the byte offset. */
  static String decode(String name, byte[] bytes) {
    return Utf8.withoutByteOrderMark(
        Utf8.decode(bytes, offset -> CliException.badInput(name + ": not valid UTF-8 at byte offset " + offset)));
  }
}
