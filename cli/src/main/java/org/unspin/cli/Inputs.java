// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.unspin.fetch.ModelFormatException;
import org.unspin.text.Utf8;
import org.unspin.trace.Documents;
import org.unspin.trace.OnBadData;

/**
 * Reads input files (or standard input): text strictly as UTF-8 (errors name the file and the byte offset), HTML
 * and PDF files converted to text as {@code unspin index} reads them ({@link Documents#readText}), folders
 * (recursively, the document files in them) and WARC/WET files (each HTML or text record an input of its own).
 */
final class Inputs {

  /** One input: a name to report ("-" for standard input) and its text. */
  record Input(String name, String text) {}

  /** One input to read later: a name to report and its text, which may throw a {@link CliException}. */
  record Source(String name, Supplier<String> text) {}

  /** What a folder given as input contributes: files with these endings (lower case), and files with no dot. */
  static final List<String> DOCUMENT_ENDINGS = List.of(".txt", ".text", ".md", ".html", ".htm", ".pdf", ".warc",
      ".warc.gz", ".wet", ".wet.gz");

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

  /**
   * The inputs named by {@code files}, in order: a folder gives the document files under it ({@link
   * #DOCUMENT_ENDINGS}, hidden ones skipped, in name order); a WARC or WET file gives one input per HTML or text
   * record (named by its URI), and an unreadable record an input that fails; any other file one input, read when
   * asked for. A path that cannot be listed gives one failing input.
   */
  static List<Source> expand(List<Path> files) {
    List<Source> out = new ArrayList<>();
    for (Path p : files) {
      if (!Files.isDirectory(p)) {
        add(p, out);
        continue;
      }
      List<Path> inside;
      try {
        inside = Documents.files(p);
      } catch (IOException e) {
        out.add(new Source(p.toString(), () -> {
          throw CliException.badInput(p + ": cannot list the folder: " + e.getMessage());
        }));
        continue;
      }
      int before = out.size();
      for (Path f : inside) {
        if (isDocument(f)) {
          add(f, out);
        }
      }
      if (out.size() == before) {
        out.add(new Source(p.toString(), () -> {
          throw CliException.badInput(p + ": no text, HTML, PDF, WARC or WET files in the folder");
        }));
      }
    }
    return out;
  }

  private static boolean isDocument(Path f) {
    String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.indexOf('.') < 0 || DOCUMENT_ENDINGS.stream().anyMatch(n::endsWith);
  }

  private static void add(Path f, List<Source> out) {
    if (!Documents.isWarc(f) || !Files.isRegularFile(f)) {
      out.add(new Source(f.toString(), () -> readFile(f)));
      return;
    }
    List<Source> records = new ArrayList<>();
    try {
      Documents.read(f, (name, text) -> records.add(new Source(name, () -> text)),
          warning -> records.add(new Source(f.toString(), () -> {
            throw CliException.badInput(warning);
          })), OnBadData.WARN);
      out.addAll(records);
    } catch (IOException e) {
      out.addAll(records);
      out.add(new Source(f.toString(), () -> {
        throw CliException.badInput(f + ": " + e.getMessage());
      }));
    }
  }

  /** The text of one file: HTML and PDF converted, anything else strict UTF-8. */
  static String readFile(Path f) {
    try {
      if (Files.isDirectory(f)) {
        throw CliException.badInput(f + ": is a directory, not a text file");
      }
      if (Documents.isHtml(f) || Documents.isPdf(f)) {
        return Documents.readText(f);
      }
      return decode(f.toString(), Files.readAllBytes(f));
    } catch (NoSuchFileException e) {
      throw CliException.badInput(f + ": no such file");
    } catch (ModelFormatException e) {
      throw CliException.badInput(e.getMessage());
    } catch (IOException e) {
      throw CliException.badInput(f + ": cannot read: " + e.getMessage());
    }
  }

  /** Decodes strict UTF-8 (a leading byte-order mark is dropped); the error names the byte offset. */
  static String decode(String name, byte[] bytes) {
    return Utf8.withoutByteOrderMark(
        Utf8.decode(bytes, offset -> CliException.badInput(name + ": not valid UTF-8 at byte offset " + offset)));
  }
}
