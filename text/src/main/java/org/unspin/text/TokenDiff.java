// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Word-level alignment of two token sequences by Levenshtein distance (substitution, insertion and deletion each
 * cost 1), reported as the distance and the maximal runs of non-matching tokens ("hunks"). Ties prefer
 * substitutions, then deletions, so that a swapped phrase ("go to" / "visit") becomes one hunk.
 *
 * <p>Memory is one byte per cell of the {@code a.size() x b.size()} table; sequences whose table would exceed
 * {@link #MAX_CELLS} are first cut at long common prefixes and suffixes, and rejected if still too large.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class TokenDiff {

  /** The largest table the aligner fills, in cells (bytes). */
  public static final long MAX_CELLS = 400_000_000L;

  /**
   * A run of differences: tokens {@code [aStart, aEnd)} of the first sequence correspond to
   * {@code [bStart, bEnd)} of the second. One side may be empty (a pure insertion or deletion).
   */
  public record Hunk(int aStart, int aEnd, int bStart, int bEnd) {}

  /** The result of an alignment. */
  public record Result(int distance, List<Hunk> hunks) {

    /**
     * For each of the {@code aSize} tokens of the first sequence, the index of the equal token of the second it is
     * aligned with, or -1 for a token inside a hunk.
     */
    public int[] matches(int aSize) {
      int[] out = new int[aSize];
      java.util.Arrays.fill(out, -1);
      int i = 0;
      int j = 0;
      for (Hunk h : hunks) {
        for (; i < h.aStart(); i++, j++) {
          out[i] = j;
        }
        i = h.aEnd();
        j = h.bEnd();
      }
      for (; i < aSize; i++, j++) {
        out[i] = j;
      }
      return out;
    }
  }

  private TokenDiff() {}

  /** Aligns {@code a} with {@code b}, comparing tokens with {@link String#equals}. */
  public static Result diff(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    int n = a.size() - prefix - suffix;
    int m = b.size() - prefix - suffix;
    if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
      throw new IllegalArgumentException("sequences too long to align: " + n + " x " + m + " tokens");
    }
    // dir: 0 match, 1 substitute, 2 delete (a advances), 3 insert (b advances)
    byte[] dir = new byte[(n + 1) * (m + 1)];
    int[] prev = new int[m + 1];
    int[] cur = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      prev[j] = j;
      dir[j] = 3;
    }
    for (int i = 1; i <= n; i++) {
      cur[0] = i;
      dir[i * (m + 1)] = 2;
      String ai = a.get(prefix + i - 1);
      for (int j = 1; j <= m; j++) {
        boolean eq = ai.equals(b.get(prefix + j - 1));
        int best = prev[j - 1] + (eq ? 0 : 1);
        byte d = eq ? (byte) 0 : (byte) 1;
        if (prev[j] + 1 < best) {
          best = prev[j] + 1;
          d = 2;
        }
        if (cur[j - 1] + 1 < best) {
          best = cur[j - 1] + 1;
          d = 3;
        }
        cur[j] = best;
        dir[i * (m + 1) + j] = d;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    int distance = prev[m];
    List<Hunk> hunks = new ArrayList<>();
    int i = n;
    int j = m;
    int hA = -1;
    int hB = -1;
    while (i > 0 || j > 0) {
      byte d = dir[i * (m + 1) + j];
      if (i == 0) {
        d = 3;
      } else if (j == 0) {
        d = 2;
      }
      if (d == 0) {
        if (hA >= 0) {
          hunks.add(new Hunk(prefix + i, prefix + hA, prefix + j, prefix + hB));
          hA = -1;
        }
        i--;
        j--;
        continue;
      }
      if (hA < 0) {
        hA = i;
        hB = j;
      }
      if (d == 1) {
        i--;
        j--;
      } else if (d == 2) {
        i--;
      } else {
        j--;
      }
    }
    if (hA >= 0) {
      hunks.add(new Hunk(prefix, prefix + hA, prefix, prefix + hB));
    }
    Collections.reverse(hunks);
    return new Result(distance, Collections.unmodifiableList(hunks));
  }
}
