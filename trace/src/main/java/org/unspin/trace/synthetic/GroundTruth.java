// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace.synthetic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unspin.fetch.ModelFormatException;
import org.unspin.text.Utf8;

/**
 * The truth table of a synthetic crawl ({@code truth.tsv}: name, kind, source, family; header line first), with the
 * scores tracing and grouping are measured by. Names are matched leniently: a document named
 * {@code /tmp/crawl/corpus/x.txt} matches the row {@code corpus/x.txt}, so the table works whatever folder the crawl
 * was written to. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class GroundTruth {

  /** One row. */
  public record Row(String name, String kind, String source, int family) {}

  /** Top-1 accuracy of tracing: how many traced documents had a known source, and how many were ranked first. */
  public record Top1(int queries, int correct, int unanswered) {
    public double accuracy() {
      return queries == 0 ? 0 : (double) correct / queries;
    }
  }

  /** Pairwise precision and recall of a grouping against the true families. */
  public record PairScores(long truePairs, long predictedPairs, long correctPairs) {
    public double precision() {
      return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }
  }

  /** What a truth table's four columns hold, for its error messages. */
  private static final String COLUMNS = "file or URL, kind (original, spin, copy or unrelated), source, family number";

  /** The kinds of document a row may name. */
  private static final java.util.Set<String> KINDS = java.util.Set.of("original", "spin", "copy", "unrelated");

  private final Map<String, Row> rows;

  private GroundTruth(Map<String, Row> rows) {
    this.rows = rows;
  }

  /**
   * Reads a truth table (UTF-8): a header line (its family is no number: {@code file kind source family} as written
   * for files, {@code url ...} for a WARC crawl), then a row a line; a table without the header starts with a row, and
   * that row is read. A malformed line is a {@link ModelFormatException} naming its line number ("FILE:LINE: ...");
   * bytes that are not UTF-8, one naming their byte offset.
   */
  public static GroundTruth read(Path file) throws IOException {
    Map<String, Row> rows = new HashMap<>();
    byte[] bytes = Files.readAllBytes(file);
    String text = Utf8.decodeText(bytes, at -> new ModelFormatException(file, at, Utf8.fault(bytes, at)
        + " (a truth table is UTF-8 text: " + COLUMNS + ")"));
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      // the header had been skipped whatever it held: a table written without one lost its first row unsaid
      if (i == 0 && f.length == 4 && !isInteger(f[3])) {
        continue;
      }
      if (f.length != 4) {
        throw ModelFormatException.atLine(file, i + 1, "expected 4 tab-separated fields (" + COLUMNS + "), found "
            + f.length);
      }
      if (!isInteger(f[3])) {
        throw ModelFormatException.atLine(file, i + 1, "family is not a number: " + f[3]);
      }
      if (!KINDS.contains(f[1])) { // "spun" had made a row no score counts, and a score of 0 of 0
        throw ModelFormatException.atLine(file, i + 1, "kind is not original, spin, copy or unrelated: " + f[1]);
      }
      rows.put(f[0], new Row(f[0], f[1], f[2], Integer.parseInt(f[3].strip())));
    }
    return new GroundTruth(Map.copyOf(rows));
  }

  private static boolean isInteger(String s) {
    try {
      Integer.parseInt(s.strip());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** How many of {@code documents} the table has no row for (their scores leave them out). */
  public int unnamed(Collection<String> documents) {
    int n = 0;
    for (String d : documents) {
      if (row(d).isEmpty()) {
        n++;
      }
    }
    return n;
  }

  /** Builds a truth table from rows (for tests). */
  public static GroundTruth of(Collection<Row> rows) {
    Map<String, Row> m = new HashMap<>();
    for (Row r : rows) {
      m.put(r.name(), r);
    }
    return new GroundTruth(Map.copyOf(m));
  }

  /** The row of a document name, trying the name and then shorter path suffixes of it. */
  public Optional<Row> row(String name) {
    String n = name.replace('\\', '/');
    while (true) {
      Row r = rows.get(n);
      if (r != null) {
        return Optional.of(r);
      }
      int slash = n.indexOf('/');
      if (slash < 0) {
        return Optional.empty();
      }
      n = n.substring(slash + 1);
    }
  }

  /**
   * Whether {@code candidate} is the true source of {@code query}: the candidate's name is the query's source, or ends
   * with it after a {@code /} (the source needs no row of its own).
   */
  public boolean isSource(String query, String candidate) {
    Optional<Row> q = row(query);
    if (q.isEmpty() || q.get().source().isEmpty()) {
      return false;
    }
    String c = candidate.replace('\\', '/');
    String src = q.get().source();
    return c.equals(src) || c.endsWith("/" + src);
  }

  /**
   * Top-1 accuracy over traced documents that are spins or copies ({@code top1} maps each traced document's name to
   * the name of its best source, or null when none was found).
   */
  public Top1 top1(Map<String, String> top1) {
    int queries = 0;
    int correct = 0;
    int unanswered = 0;
    for (Map.Entry<String, String> e : top1.entrySet()) {
      Optional<Row> q = row(e.getKey());
      if (q.isEmpty() || !(q.get().kind().equals("spin") || q.get().kind().equals("copy"))) {
        continue;
      }
      queries++;
      if (e.getValue() == null) {
        unanswered++;
      } else if (isSource(e.getKey(), e.getValue())) {
        correct++;
      }
    }
    return new Top1(queries, correct, unanswered);
  }

  /**
   * Pairwise scores of {@code groups} (each a list of document names; documents in no group are singletons)
   * against the true families of {@code documents}. Only documents with a row count; unrelated pages (family -1)
   * belong to no family.
   */
  public PairScores pairs(Collection<String> documents, List<List<String>> groups) {
    Map<Integer, Long> familySizes = new HashMap<>();
    for (String d : documents) {
      row(d).filter(r -> r.family() >= 0).ifPresent(r -> familySizes.merge(r.family(), 1L, Long::sum));
    }
    long truePairs = 0;
    for (long n : familySizes.values()) {
      truePairs += n * (n - 1) / 2;
    }
    long predicted = 0;
    long correct = 0;
    for (List<String> g : groups) {
      // a document the table does not name is left out, as the javadoc says: the pairs it made had been counted as
      // wrong, and a grouping of files the table did not know scored a precision of 0
      List<Integer> fams = new ArrayList<>();
      for (String d : g) {
        row(d).ifPresent(r -> fams.add(r.family()));
      }
      long n = fams.size();
      predicted += n * (n - 1) / 2;
      Map<Integer, Long> counts = new HashMap<>();
      for (int f : fams) {
        if (f >= 0) {
          counts.merge(f, 1L, Long::sum);
        }
      }
      for (long c : counts.values()) {
        correct += c * (c - 1) / 2;
      }
    }
    return new PairScores(truePairs, predicted, correct);
  }
}
