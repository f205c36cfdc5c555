// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes spinner tables in the text format of {@code docs/formats/spinner-table.md}, version
 * {@value #VERSION}: a header line, {@code @key<TAB>value} metadata, and one entry per line ({@code S} surface,
 * {@code L} lemma, {@code K} keep). Reading is strict: any malformed line is a {@link ModelFormatException} naming
 * the file and line.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SpinnerTables {

  /** The format version this code reads and writes. */
  public static final int VERSION = 1;

  /** The first line's prefix; the version follows after one space. */
  public static final String MAGIC = "# unspin-spinner-table";

  private SpinnerTables() {}

  /** Reads a table file. */
  public static SpinnerTable read(Path file) throws IOException {
    return read(Files.readAllBytes(file), file.toString());
  }

  /** Reads a table from a stream (closed by the caller); {@code name} appears in error messages. */
  public static SpinnerTable read(InputStream in, String name) throws IOException {
    return read(in.readAllBytes(), name);
  }

  /** Reads a table from the bytes of a file; {@code name} appears in error messages. */
  public static SpinnerTable read(byte[] bytes, String name) throws ModelFormatException {
    List<String> lines = lines(bytes, name);
    if (lines.isEmpty() || !lines.get(0).startsWith(MAGIC + " ")) {
      throw new ModelFormatException(name, 1, "not a spinner table: the first line must be '" + MAGIC + " "
          + VERSION + "'");
    }
    String v = lines.get(0).substring(MAGIC.length() + 1).trim();
    if (!v.equals(String.valueOf(VERSION))) {
      throw new ModelFormatException(name, 1, "unsupported spinner-table version '" + v + "' (this reader knows "
          + VERSION + ")");
    }
    String family = null;
    Double defaultKeep = null;
    List<String[]> meta = new ArrayList<>();
    List<TableEntry> entries = new ArrayList<>();
    List<KeepEntry> keeps = new ArrayList<>();
    java.util.Map<String, Long> firstLine = new java.util.HashMap<>(); // an entry's key, to name its duplicate
    java.util.Map<String, Double> mass = new java.util.HashMap<>(); // an original's S and K probabilities
    java.util.Map<String, Long> massLine = new java.util.HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      long no = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        if (line.startsWith("@")) {
          if (f.length != 2) {
            throw new ModelFormatException(name, no, "metadata line needs 2 tab-separated columns, found "
                + f.length);
          }
          String key = f[0].substring(1);
          switch (key) {
            case "family" -> {
              if (family != null) {
                throw new ModelFormatException(name, no, "a second '@family' line (the first names " + family + ")");
              }
              family = f[1];
            }
            case "defaultKeep" -> defaultKeep = probability(f[1], name, no);
            default -> meta.add(new String[] {key, f[1]});
          }
          continue;
        }
        switch (f[0]) {
          case "S", "L" -> {
            if (f.length != 5) {
              throw new ModelFormatException(name, no, "entry line needs 5 tab-separated columns (kind, original, "
                  + "spun, probability, count), found " + f.length);
            }
            TableEntry e = new TableEntry(f[0].equals("S") ? TableEntry.Level.SURFACE : TableEntry.Level.LEMMA, f[1],
                f[2], probability(f[3], name, no), count(f[4], name, no));
            unique(f[0] + "\t" + f[1] + "\t" + f[2], firstLine, name, no);
            entries.add(e);
            if (e.level() == TableEntry.Level.SURFACE) {
              mass.merge(e.original(), e.probability(), Double::sum);
              massLine.put(e.original(), no);
            }
          }
          case "K" -> {
            if (f.length != 4) {
              throw new ModelFormatException(name, no, "keep line needs 4 tab-separated columns (K, word, "
                  + "probability, count), found " + f.length);
            }
            KeepEntry k = new KeepEntry(f[1], probability(f[2], name, no), count(f[3], name, no));
            unique("K\t" + f[1], firstLine, name, no);
            keeps.add(k);
            mass.merge(k.word(), k.probability(), Double::sum);
            massLine.put(k.word(), no);
          }
          default -> throw new ModelFormatException(name, no, "unknown line kind '" + f[0]
              + "' (expected S, L, K, @key or #comment)");
        }
      } catch (IllegalArgumentException e) {
        throw new ModelFormatException(name, no, e.getMessage());
      }
    }
    if (family == null) {
      throw new ModelFormatException(name, 0, "missing '@family' line");
    }
    for (java.util.Map.Entry<String, Double> m : mass.entrySet()) {
      if (m.getValue() > 1 + MASS_TOLERANCE) {
        throw new ModelFormatException(name, massLine.get(m.getKey()), String.format(java.util.Locale.ROOT,
            "the S and K probabilities of '%s' sum to %.4f, over 1", m.getKey(), m.getValue()));
      }
    }
    SpinnerTable.Builder b;
    try {
      b = SpinnerTable.builder(family);
      for (String[] m : meta) {
        b.metadata(m[0], m[1]);
      }
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(name, 0, e.getMessage());
    }
    if (defaultKeep != null) {
      b.defaultKeep(defaultKeep);
    }
    entries.forEach(b::add);
    keeps.forEach(b::keep);
    return b.build();
  }

  /** Writes {@code table} in format version {@value #VERSION}; entries sorted, so output is deterministic. */
  public static void write(SpinnerTable table, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder(64 * (table.entries().size() + table.keep().size() + 8));
    sb.append(MAGIC).append(' ').append(VERSION).append('\n');
    sb.append("@family\t").append(table.family()).append('\n');
    sb.append("@defaultKeep\t").append(format(table.defaultKeep())).append('\n');
    table.metadata().forEach((k, v) -> sb.append('@').append(k).append('\t').append(v).append('\n'));
    sb.append("# kind\toriginal\tspun\tP(spun|original)\tcount\n");
    for (TableEntry e : table.entries()) {
      sb.append(e.level() == TableEntry.Level.SURFACE ? 'S' : 'L').append('\t').append(e.original()).append('\t')
          .append(e.spun()).append('\t').append(format(e.probability())).append('\t').append(e.count()).append('\n');
    }
    sb.append("# K\tword\tP(unchanged)\tcount\n");
    table.keep().values().stream().sorted((a, c) -> a.word().compareTo(c.word())).forEach(k ->
        sb.append("K\t").append(k.word()).append('\t').append(format(k.probability())).append('\t')
            .append(k.count()).append('\n'));
    out.write(sb.toString());
    out.flush();
  }

  /**
   * Each original's probability mass in {@code table}: its surface entries' probabilities plus its keep probability,
   * which a table may not have over 1 (lemma entries are another reading of the word and do not count).
   */
  public static java.util.Map<String, Double> mass(SpinnerTable table) {
    java.util.Map<String, Double> mass = new java.util.HashMap<>();
    table.entries().stream().filter(e -> e.level() == TableEntry.Level.SURFACE)
        .forEach(e -> mass.merge(e.original(), e.probability(), Double::sum));
    table.keep().values().forEach(k -> mass.merge(k.word(), k.probability(), Double::sum));
    return mass;
  }

  /**
   * Writes {@code table} to {@code file} (UTF-8), creating parent folders; a table that {@link #read} would refuse, an
   * original whose surface entries and keep probability sum over 1, is not written (an IOException says why).
   */
  public static void write(SpinnerTable table, Path file) throws IOException {
    for (java.util.Map.Entry<String, Double> m : mass(table).entrySet()) {
      if (m.getValue() > 1 + MASS_TOLERANCE) {
        throw new IOException(String.format(java.util.Locale.ROOT, "%s: not written: the S and K probabilities of "
            + "'%s' sum to %.4f, over 1, which no reader of the table would take", file, m.getKey(), m.getValue()));
      }
    }
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(table, w);
    }
  }

  /** Probabilities are written with 6 significant digits, so a round trip changes them by at most 5e-7 relative. */
  static String format(double p) {
    if (p == 1.0) {
      return "1";
    }
    String s = String.format(Locale.ROOT, "%.6g", p);
    if (s.contains("e") || s.contains("E")) {
      return s;
    }
    if (s.contains(".")) {
      s = s.replaceAll("0+$", "");
      if (s.endsWith(".")) {
        s = s.substring(0, s.length() - 1);
      }
    }
    return s;
  }

  /** How far past 1 an original's probabilities may sum: each is written with 6 significant digits. */
  static final double MASS_TOLERANCE = 1e-3;

  private static void unique(String key, java.util.Map<String, Long> firstLine, String name, long no)
      throws ModelFormatException {
    Long first = firstLine.putIfAbsent(key, no);
    if (first != null) {
      throw new ModelFormatException(name, no, "duplicate entry (first on line " + first + ")");
    }
  }

  private static double probability(String s, String name, long no) throws ModelFormatException {
    double p;
    try {
      p = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new ModelFormatException(name, no, "not a number: '" + s + "'");
    }
    if (!(p > 0 && p <= 1)) {
      throw new ModelFormatException(name, no, "probability must be in (0, 1]: '" + s + "'");
    }
    return p;
  }

  private static int count(String s, String name, long no) throws ModelFormatException {
    try {
      int c = Integer.parseInt(s);
      if (c < 0) {
        throw new NumberFormatException();
      }
      return c;
    } catch (NumberFormatException e) {
      throw new ModelFormatException(name, no, "count must be a non-negative integer: '" + s + "'");
    }
  }

  /** Splits on '\n' (a trailing '\r' is dropped) and decodes each line as strict UTF-8. */
  static List<String> lines(byte[] bytes, String name) throws ModelFormatException {
    List<String> out = new ArrayList<>();
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    }
    int n = bytes.length;
    while (start < n) {
      int end = start;
      while (end < n && bytes[end] != '\n') {
        end++;
      }
      int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
      boolean ascii = true;
      for (int k = start; k < stop && ascii; k++) {
        ascii = bytes[k] >= 0;
      }
      if (ascii) {
        out.add(new String(bytes, start, stop - start, StandardCharsets.ISO_8859_1));
      } else {
        try {
          out.add(dec.decode(ByteBuffer.wrap(bytes, start, stop - start)).toString());
        } catch (CharacterCodingException e) {
          throw new ModelFormatException(name, out.size() + 1L, "not valid UTF-8");
        }
      }
      start = end + 1;
    }
    return out;
  }
}
