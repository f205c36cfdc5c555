// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.unspin.thesaurus.ModelFormatException;
import org.unspin.thesaurus.Terms;

/**
 * A spinner dictionary given as a table: surface phrase to substitutes, matched case-insensitively and used as
 * written (no inflection). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class TableDictionary implements SpinDictionary {

  private final Map<String, List<String>> table;
  private final int maxWords;

  TableDictionary(Map<String, List<String>> table) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    int max = 1;
    for (Map.Entry<String, List<String>> e : table.entrySet()) {
      String key = Terms.normalize(e.getKey());
      if (key.isEmpty() || e.getValue().isEmpty()) {
        throw new IllegalArgumentException("empty dictionary entry for '" + e.getKey() + "'");
      }
      String never = Spinner.unmatchable(key);
      if (never != null) {
        throw new IllegalArgumentException("'" + e.getKey() + "' is never spun: " + never);
      }
      copy.computeIfAbsent(key, k -> new ArrayList<>()).addAll(e.getValue());
      max = Math.max(max, key.split(" ").length);
    }
    copy.replaceAll((k, v) -> List.copyOf(v));
    this.table = Collections.unmodifiableMap(copy);
    this.maxWords = Math.min(max, 4);
  }

  /**
   * A dictionary from a map of phrase to substitutes (best first).
   *
   * @throws IllegalArgumentException for an empty entry, or an original the spinner would never find
   */
  public static TableDictionary of(Map<String, List<String>> table) {
    return new TableDictionary(table);
  }

  /**
   * Reads a TSV table: one {@code original<TAB>spun} pair per line, UTF-8; several lines may share an original;
   * blank lines and lines starting with {@code #} are skipped. An original is a word or a number, or two to four
   * words joined by spaces, as the spinner finds them in a text.
   *
   * @throws ModelFormatException naming the file and line of a malformed line, of an original the spinner would
   *     never find (punctuation, a number inside a phrase, five words or more), or of invalid UTF-8
   */
  public static TableDictionary readTsv(Path file) throws IOException {
    Map<String, List<String>> table = new LinkedHashMap<>();
    byte[] bytes = Files.readAllBytes(file);
    // decoded whole, so that a bad byte is named by its own line (a buffered reader decodes ahead of the lines read)
    String text = org.unspin.text.Utf8.decodeText(bytes, offset -> new ModelFormatException(file.toString() + ":"
        + (1 + countNewlines(bytes, offset)), offset, org.unspin.text.Utf8.fault(bytes, offset)));
    int no = 0;
    for (String line : text.split("\r?\n", -1)) {
      no++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new ModelFormatException(file.toString() + ":" + no, -1,
            "expected two non-empty tab-separated columns, original and spun");
      }
      // an original the spinner cannot find in any text had been kept and silently never used
      String never = Spinner.unmatchable(Terms.normalize(cols[0]));
      if (never != null) {
        throw new ModelFormatException(file.toString() + ":" + no, -1, "'" + cols[0].strip() + "' is never spun: "
            + never);
      }
      table.computeIfAbsent(cols[0].strip(), k -> new ArrayList<>()).add(cols[1].strip());
    }
    return new TableDictionary(table);
  }

  private static int countNewlines(byte[] bytes, int end) {
    int n = 0;
    for (int i = 0; i < end && i < bytes.length; i++) {
      n += bytes[i] == '\n' ? 1 : 0;
    }
    return n;
  }

  @Override
  public List<String> substitutes(String key) {
    return table.getOrDefault(Terms.normalize(key), List.of());
  }

  @Override
  public int maxPhraseWords() {
    return maxWords;
  }

  /** How many originals the table has. */
  public int size() {
    return table.size();
  }
}
