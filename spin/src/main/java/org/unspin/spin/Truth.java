// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ground-truth format of {@code unspin spin --truth}: JSON Lines, one {@link Edit} per line in text order,
 * with keys {@code orig_start, orig_end, spun_start, spun_end} (UTF-16 offsets) and {@code orig, spun} (the
 * texts). Stateless.
 *
 * @since 0.1
 */
public final class Truth {

  private Truth() {}

  /** Writes the edits, one JSON object per line. */
  public static void write(List<Edit> edits, Writer out) throws IOException {
    for (Edit e : edits) {
      out.write(e.toJson());
      out.write('\n');
    }
  }

  /**
   * Reads edits written by {@link #write}.
   *
   * @throws IOException naming the line when one is not a valid edit
   */
  public static List<Edit> read(Reader in, String name) throws IOException {
    List<Edit> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(in);
    String line;
    int no = 0;
    while ((line = r.readLine()) != null) {
      no++;
      if (line.isBlank()) {
        continue;
      }
      try {
        Map<String, Object> m = Json.parseFlat(line);
        out.add(new Edit(num(m, "orig_start"), num(m, "orig_end"), num(m, "spun_start"), num(m, "spun_end"),
            (String) m.get("orig"), (String) m.get("spun")));
      } catch (RuntimeException e) {
        throw new IOException(name + ":" + no + ": not a truth edit: " + e.getMessage(), e);
      }
    }
    return out;
  }

  private static int num(Map<String, Object> m, String key) {
    Object v = m.get(key);
    if (!(v instanceof Long)) {
      throw new IllegalArgumentException("missing number " + key);
    }
    return Math.toIntExact((Long) v);
  }

  /**
   * Applies {@code edits} to {@code original}: the spun text they describe.
   *
   * @throws IllegalArgumentException if an edit's original text is not what {@code original} holds at its
   *     offsets, or edits overlap
   */
  public static String replay(String original, List<Edit> edits) {
    List<Edit> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt(Edit::origStart));
    StringBuilder sb = new StringBuilder(original.length() + 64);
    int at = 0;
    for (Edit e : sorted) {
      if (e.origStart() < at || e.origEnd() > original.length()
          || !original.regionMatches(e.origStart(), e.original(), 0, e.original().length())) {
        throw new IllegalArgumentException("edit does not fit the original: " + e);
      }
      sb.append(original, at, e.origStart());
      if (sb.length() != e.spunStart()) {
        throw new IllegalArgumentException("spun offset " + e.spunStart() + " should be " + sb.length() + ": " + e);
      }
      sb.append(e.spun());
      at = e.origEnd();
    }
    sb.append(original, at, original.length());
    return sb.toString();
  }
}
