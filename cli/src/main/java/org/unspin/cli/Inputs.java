// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.unspin.fetch.ModelFormatException;
import org.unspin.text.JsonWriter;
import org.unspin.text.PagedText;
import org.unspin.text.Utf8;
import org.unspin.trace.Documents;
import org.unspin.trace.OnBadData;

/**
 * Reads input files (or standard input): text strictly as UTF-8, or UTF-16 after its byte-order mark (errors name
 * the file and the byte offset), HTML, PDF, Word and OpenDocument files converted to text as {@code unspin index}
 * reads them ({@link Documents#readDocument}, with a PDF's pages), folders (recursively, the document files in them)
 * and WARC/WET files (each HTML, text, PDF, Word or OpenDocument record an input of its own).
 */
final class Inputs {

  /** One input: a name to report ("-" for standard input) and its text. */
  record Input(String name, String text) {}

  /**
   * One input to read later: a name to report and its text (with a PDF's pages), which may throw a {@link
   * CliException}; {@code id} is a JSON Lines record's {@code "id"} as a JSON literal, else null.
   */
  record Source(String name, Supplier<PagedText> document, String id) {

    /** An input of text without pages. */
    Source(String name, Supplier<String> text) {
      this(name, () -> PagedText.of(text.get()), null);
    }

    /** An input of text without pages, with a JSON Lines record's id. */
    static Source text(String name, Supplier<String> text, String id) {
      return new Source(name, () -> PagedText.of(text.get()), id);
    }
  }

  /** The name that stands for standard input among the paths, as in cat, grep and diff; "./-" names such a file. */
  static final String STANDARD_INPUT = "-";

  private Inputs() {}

  /** Whether {@code p} is {@value #STANDARD_INPUT}, standard input. */
  static boolean isStandardInput(Path p) {
    return p.toString().equals(STANDARD_INPUT);
  }

  /** Fails the command (a usage error) when {@code files} name standard input more than once: it is read once. */
  private static void standardInputAtMostOnce(List<Path> files) {
    if (files.stream().filter(Inputs::isStandardInput).count() > 1) {
      throw CliException.usage("standard input (-) is named more than once");
    }
  }

  /** The files ({@value #STANDARD_INPUT} for standard input), or standard input when there are none. */
  static List<Input> read(List<Path> files, InputStream stdin) {
    return read(files, stdin, e -> {
      throw e;
    });
  }

  /**
   * {@link #read(List, InputStream)}, giving each input that cannot be read to {@code unreadable} and reading on: a
   * batch of N inputs gives N results or N errors. Standard input named twice is still a usage error.
   */
  static List<Input> read(List<Path> files, InputStream stdin,
      java.util.function.Consumer<CliException> unreadable) {
    List<Path> paths = files == null || files.isEmpty() ? List.of(Path.of(STANDARD_INPUT)) : files;
    standardInputAtMostOnce(paths);
    List<Input> out = new ArrayList<>();
    for (Path f : paths) {
      try {
        out.add(isStandardInput(f) ? new Input(STANDARD_INPUT, readStandardInput(stdin))
            : new Input(f.toString(), readFile(f)));
      } catch (CliException e) {
        unreadable.accept(e);
      }
    }
    return out;
  }

  /** All of standard input, strict UTF-8. */
  static String readStandardInput(InputStream stdin) {
    return readStandardDocument(stdin).text();
  }

  /** {@link #readStandardInput}, saying whether it began with a byte-order mark. */
  private static PagedText readStandardDocument(InputStream stdin) {
    try {
      return decodeDocument("standard input", stdin.readAllBytes());
    } catch (IOException e) {
      throw CliException.badInput("cannot read standard input: " + e.getMessage());
    }
  }

  /**
   * The inputs named by {@code files}, in order: a folder gives the document files under it ({@link
   * Documents#isDocument}, hidden ones skipped, in name order); a WARC or WET file gives one input per HTML or text
   * record (named by its URI), and an unreadable record an input that fails; any other file one input, read when
   * asked for. A path that cannot be listed gives one failing input, and so does a subfolder that cannot be; a
   * folder without documents gives none, and a note to {@code notes} (a cron job over an inbox that is empty most
   * nights had failed on those nights). HTML pages are read as {@code html} says. {@value #STANDARD_INPUT} is
   * standard input, read as text when its turn comes; named twice, the command fails.
   */
  static List<Source> expand(List<Path> files, Documents.Html html, InputStream stdin,
      java.util.function.Consumer<String> notes) {
    standardInputAtMostOnce(files);
    List<Source> out = new ArrayList<>();
    for (Path p : files) {
      if (isStandardInput(p)) {
        out.add(new Source(STANDARD_INPUT, () -> readStandardDocument(stdin), null));
        continue;
      }
      if (!Files.isDirectory(p)) {
        add(p, out, html);
        continue;
      }
      List<Path> inside;
      List<Path> leftOut = new ArrayList<>();
      try {
        inside = Documents.files(p, leftOut);
      } catch (IOException e) {
        out.add(failing(p.toString(), p + ": cannot list the folder: " + e.getMessage()));
        continue;
      }
      int before = out.size();
      for (Path f : inside) { // the folder's documents (Documents.isDocument), and what is neither file nor folder
        if (Files.isRegularFile(f)) {
          add(f, out, html);
        } else { // a broken link or a pipe among the files: said, not read (a pipe would block) nor left out
          out.add(failing(f.toString(), Documents.notRegular(f).getMessage()));
        }
      }
      if (!leftOut.isEmpty()) {
        notes.accept(p + ": " + leftOut.size() + " file" + (leftOut.size() == 1 ? "" : "s") + " of other types left "
            + "out (" + String.join(", ", leftOut.stream().limit(LEFT_OUT_NAMED).map(f -> p.relativize(f).toString())
            .toList()) + (leftOut.size() > LEFT_OUT_NAMED ? " and " + (leftOut.size() - LEFT_OUT_NAMED) + " more" : "")
            + "); name a file to read it whatever its type");
      }
      if (out.size() == before) {
        notes.accept(p + ": no text, HTML, PDF, Word, OpenDocument, LaTeX, JATS XML, WARC or WET files in the "
            + "folder");
      }
    }
    return out;
  }

  private static void add(Path f, List<Source> out, Documents.Html html) {
    if (Documents.isJats(f) && Files.isRegularFile(f) && articleSet(f)) {
      // a set of articles (PubMed Central's, or PubMed's records): each a document of its own, named FILE#N
      try {
        for (Documents.Article a : Documents.jatsTexts(f)) {
          // the article's PMID, PMC id or DOI is its id, as a JSON Lines record's is: CSV's id column, JSON's "id"
          String id = a.key().isEmpty() ? null : org.unspin.text.JsonStrings.quote(a.key());
          out.add(a.error().isEmpty() ? Source.text(a.name(), a::text, id) : failing(a.name(), a.error()));
        }
      } catch (IOException e) {
        out.add(failing(f.toString(), e instanceof ModelFormatException ? e.getMessage() : f + ": " + e.getMessage()));
      }
      return;
    }
    if (!Documents.isWarc(f) || !Files.isRegularFile(f)) {
      out.add(new Source(f.toString(), () -> readDocument(f, html), null));
      return;
    }
    List<Source> records = new ArrayList<>();
    try {
      Documents.Sink sink = new Documents.Sink() {
        @Override
        public void accept(String name, String text) {
          records.add(new Source(name, () -> text));
        }

        @Override
        public void accept(String name, PagedText document) {
          records.add(new Source(name, () -> document, null)); // a PDF record keeps its pages
        }
      };
      Documents.read(f, sink, warning -> records.add(failing(f.toString(), warning)), OnBadData.WARN, html);
      out.addAll(records);
    } catch (IOException e) {
      out.addAll(records);
      out.add(failing(f.toString(), f + ": " + e.getMessage()));
    }
  }

  /**
   * How many of the files a folder's read leaves out it names: enough to see which (a package's manifest, a UTF-16
   * article had been among three named and "...").
   */
  static final int LEFT_OUT_NAMED = 10;

  /** Whether the JATS file {@code f} holds more than one article; a file that cannot be read is left to its reading. */
  static boolean articleSet(Path f) {
    try {
      return Documents.articleCount(f, 2) > 1;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The records of JSON Lines inputs ({@code files}, or standard input when there are none), read lazily, one line
   * at a time, so that a batch of any size streams: each non-blank line is a record, a JSON object with a string
   * {@code "text"} and optionally an {@code "id"} (any JSON value, echoed with its digits), named {@code FILE:LINE}
   * ({@code -:LINE} for standard input, which {@value #STANDARD_INPUT} also names among the files, once). A line
   * that is not such an object, or not UTF-8 (UTF-16 after its byte-order mark), is a record that fails with a
   * message naming it (and the file's byte offset); a file that cannot be opened or read, one failing record where it
   * stops.
   */
  static Iterator<Source> jsonLines(List<Path> files, InputStream stdin) {
    List<Path> paths = files == null ? List.of() : files;
    standardInputAtMostOnce(paths);
    return new Iterator<>() {
      private int file = -1;
      private String name;
      private InputStream in;
      private int line;
      private long offset; // of the next line's first byte
      private Source next;

      @Override
      public boolean hasNext() {
        while (next == null) {
          if (in == null && !open()) {
            return false;
          }
          if (in == null) {
            continue; // open() left a failing record for a file it could not open
          }
          byte[] bytes;
          try {
            bytes = readLine(in);
          } catch (IOException e) {
            next = failing(name + ":" + (line + 1), name + ":" + (line + 1) + ": " + (e instanceof
                java.nio.charset.CharacterCodingException ? "not valid UTF-16 (its byte-order mark says UTF-16)"
                : "cannot read: " + e.getMessage()) + "; the rest of " + name + " is not read");
            close();
            break;
          }
          if (bytes == null) {
            close();
            continue;
          }
          line++;
          long at = offset;
          offset += bytes.length + 1;
          String where = name + ":" + line;
          String text;
          try {
            text = Utf8.decode(bytes,
                k -> CliException.badInput(where + ": not valid UTF-8 at byte offset " + (at + k)));
          } catch (CliException e) {
            next = failing(where, e.getMessage());
            continue;
          }
          if (line == 1) {
            text = Utf8.withoutByteOrderMark(text);
          }
          if (!text.isBlank()) {
            next = record(where, text);
          }
        }
        return true;
      }

      @Override
      public Source next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        Source s = next;
        next = null;
        return s;
      }

      /** Opens the next input; false when there is none. Leaves a failing record in {@code next} if it cannot. */
      private boolean open() {
        file++;
        if (file >= Math.max(1, paths.size())) {
          return false;
        }
        line = 0;
        offset = 0;
        if (paths.isEmpty() || isStandardInput(paths.get(file))) {
          name = STANDARD_INPUT;
          try {
            in = Utf8.utf8Stream(new java.io.BufferedInputStream(stdin));
          } catch (IOException e) {
            next = failing(name, name + ": cannot read: " + e.getMessage());
          }
          return true;
        }
        Path p = paths.get(file);
        name = p.toString();
        try {
          // UTF-16 after its byte-order mark, as text files are read: a record a line had failed as "not valid
          // UTF-8", and the "\n" bytes of UTF-16 had made one more failing record than there were
          in = Utf8.utf8Stream(new java.io.BufferedInputStream(Files.newInputStream(p)));
        } catch (NoSuchFileException e) {
          next = failing(name, name + ": no such file");
        } catch (IOException e) {
          next = failing(name, name + ": cannot read: " + e.getMessage());
        }
        return true;
      }

      private void close() {
        if (in != null && !STANDARD_INPUT.equals(name)) {
          try {
            in.close();
          } catch (IOException e) {
            // read to the end or failed already; nothing more to report
          }
        }
        in = null;
      }
    };
  }

  /**
   * The bytes of the next line of {@code in} without its "\n" (a "\r" before it stays: JSON reads it as a space), or
   * null at the end.
   */
  static byte[] readLine(InputStream in) throws IOException {
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    int c;
    boolean any = false;
    while ((c = in.read()) >= 0) {
      any = true;
      if (c == '\n') {
        break;
      }
      b.write(c);
    }
    if (!any) {
      return null;
    }
    return b.toByteArray();
  }

  /**
   * Reads JSON Lines records (and their ids again, for reports); thread-safe once configured. A record's text may be
   * as long as a file's (Jackson's default refuses strings past 20 M characters): what is too large for the memory
   * Java was given is then said as for a file.
   */
  static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
          .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
              .maxStringLength(Integer.MAX_VALUE).build()).build())
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          // an id's number is echoed with its digits: as doubles, 1e400 had come back as the string "Infinity" and
          // 0.1000 as 0.1
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));

  /** Jackson's words for a member given twice, with the member's name as group 1. */
  private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '(.*)'");

  /**
   * One JSON Lines record: its id read at once (so that even a failing record keeps it), its text when asked. A
   * member given twice is an error, as the server's 400 is ({@code "text" is given twice}): the last value had been
   * taken silently.
   */
  private static Source record(String name, String line) {
    com.fasterxml.jackson.databind.JsonNode node;
    try {
      node = JSON.reader().with(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      java.util.regex.Matcher twice = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
      if (!twice.matches()) {
        return failing(name, name + ": not a JSON object (" + e.getOriginalMessage() + ")");
      }
      String message = name + ": \"" + twice.group(1) + "\" is given twice"
          + (e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr())
          + "; give each member once";
      String id = null;
      if (!twice.group(1).equals("id")) { // the line read as it is, for its id
        try {
          com.fasterxml.jackson.databind.JsonNode lenient = JSON.readTree(line);
          id = lenient.has("id") ? lenient.get("id").toString() : null;
        } catch (com.fasterxml.jackson.core.JsonProcessingException again) {
          // no id then
        }
      }
      return Source.text(name, () -> {
        throw CliException.badInput(message);
      }, id);
    }
    if (node == null || !node.isObject()) {
      return failing(name, name + ": not a JSON object");
    }
    String id = node.has("id") ? node.get("id").toString() : null;
    com.fasterxml.jackson.databind.JsonNode text = node.get("text");
    if (text == null || !text.isTextual()) {
      return Source.text(name, () -> {
        throw CliException.badInput(name + ": no \"text\" string");
      }, id);
    }
    String t = text.asText();
    int nul = t.indexOf('\0');
    if (nul >= 0) { // as a file's NUL byte is, and as the server refuses it
      return Source.text(name, () -> {
        throw CliException.badInput(name + ": the \"text\" holds " + Utf8.nulCharacter(nul));
      }, id);
    }
    return Source.text(name, () -> t, id);
  }

  /** An input that fails with {@code message} when read. */
  private static Source failing(String name, String message) {
    return new Source(name, () -> {
      throw CliException.badInput(message);
    });
  }

  /** The text of one file: HTML and PDF converted, anything else strict UTF-8. */
  static String readFile(Path f) {
    return readFile(f, Documents.Html.ARTICLE);
  }

  /** {@link #readFile(Path)}, reading an HTML page as {@code html} says. */
  static String readFile(Path f, Documents.Html html) {
    return readDocument(f, html).text();
  }

  /** {@link #readFile(Path, Documents.Html)} with, for a PDF, where its pages start. */
  static PagedText readDocument(Path f, Documents.Html html) {
    try {
      if (Files.isDirectory(f)) {
        throw CliException.badInput(f + ": is a directory, not a text file");
      }
      if (Documents.isConverted(f)) {
        return Documents.readDocument(f, html);
      }
      return decodeDocument(f.toString(), Files.readAllBytes(f));
    } catch (NoSuchFileException e) {
      throw CliException.badInput(f + ": no such file");
    } catch (ModelFormatException e) {
      throw CliException.badInput(e.getMessage());
    } catch (IOException e) {
      throw CliException.badInput(f + ": cannot read: " + e.getMessage());
    }
  }

  /**
   * Decodes strict UTF-8, or UTF-16 after its byte-order mark ({@link Utf8#decodeText}); the error names the byte
   * offset and how to convert the file.
   */
  static String decode(String name, byte[] bytes) {
    return Utf8.decodeText(bytes, offset -> CliException.badInput(name + ": " + Utf8.fault(bytes, offset)
        + " at byte offset " + offset + " (" + Utf8.hint(bytes, offset) + ")"));
  }

  /** {@link #decode}, as a document that says whether the bytes began with a byte-order mark. */
  private static PagedText decodeDocument(String name, byte[] bytes) {
    return new PagedText(decode(name, bytes), List.of(), Utf8.byteOrderMark(bytes) > 0);
  }
}
