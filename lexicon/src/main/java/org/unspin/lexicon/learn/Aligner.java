// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.unspin.text.Words;

/**
 * Aligns the word tokens of a spun text with those of its original as a sequence of blocks: identical tokens
 * (case-insensitive) match for free, and a phrase swap of 1 to 6 spun tokens for 1 to 6 original tokens costs
 * {@code 1 + 0.35 * (a + b - 2)}, so "go to" / "visit" is one 2:1 block and "nationwide safety" / "national
 * security" one 2:2 block; punctuation never sits inside a swap. Tokens with no counterpart (text present on one
 * side only) are insertions or deletions that cost more than a swap, so the alignment prefers swaps. The whole
 * texts are aligned at once, so paragraphs broken differently on the two sides do not matter.
 *
 * <p>Dynamic programming over all prefix pairs: O(n m 36) time, O(n m) memory. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Aligner {

  /** Longest run of tokens on one side only (an insertion or deletion). */
  public static final int MAX = 4;

  /**
   * Longest phrase on either side of a swap: longer than a table entry holds, so that a spinner's long phrase ("on
   * account of the fact that" / "because") is one block, which the learner leaves out whole and names, rather than
   * pieces cut at a word the two sides share ("on account of the" / "because", "fact that the" / "the"), each of
   * which had looked like a swap of its own and restored "because because".
   */
  public static final int LONGEST_SWAP = 6;

  /**
   * What a swap longer than {@link #MAX} a side costs beyond its length: enough that two neighbouring swaps
   * ("company said" / "outfit went on to say": "company" / "outfit" and "said" / "went on to say") stay two, little
   * enough that one long phrase is not cut at a word the sides share.
   */
  private static final double LONG_COST = 0.5;

  private Aligner() {}

  /** Kinds of alignment block. */
  public enum Kind {
    /** Same tokens on both sides. */
    MATCH,
    /** A phrase swap: 1..6 spun tokens for 1..6 original tokens. */
    SWAP,
    /** Spun tokens with no original counterpart. */
    INSERTED,
    /** Original tokens with no spun counterpart. */
    DELETED
  }

  /** One block: spun tokens [spunFrom, spunTo) correspond to original tokens [origFrom, origTo). */
  public record Block(Kind kind, int spunFrom, int spunTo, int origFrom, int origTo) {}

  /** An alignment of two token lists. */
  public record Alignment(List<String> spun, List<String> orig, List<Block> blocks) {

    /** The spun phrase of a block, tokens joined by single spaces, as written. */
    public String spunText(Block b) {
      return String.join(" ", spun.subList(b.spunFrom(), b.spunTo()));
    }

    /** The original phrase of a block, tokens joined by single spaces, as written. */
    public String origText(Block b) {
      return String.join(" ", orig.subList(b.origFrom(), b.origTo()));
    }

    /** The swaps that have a match (not an insertion or deletion) on both sides: the reliable substitutions. */
    public List<Block> anchoredSwaps() {
      return anchoredSwaps(false);
    }

    /** The anchored swaps; with {@code edgesAnchor} the start and end of the texts count as anchors. */
    public List<Block> anchoredSwaps(boolean edgesAnchor) {
      List<Block> out = new ArrayList<>();
      for (int k = 0; k < blocks.size(); k++) {
        Block b = blocks.get(k);
        if (b.kind() != Kind.SWAP) {
          continue;
        }
        if (!anchored(k, -1, edgesAnchor) || !anchored(k, +1, edgesAnchor)) {
          continue;
        }
        out.add(b);
      }
      return out;
    }

    private boolean anchored(int k, int dir, boolean edgesAnchor) {
      for (int j = k + dir; j >= 0 && j < blocks.size(); j += dir) {
        Kind kind = blocks.get(j).kind();
        if (kind == Kind.MATCH) {
          return true;
        }
        if (kind != Kind.SWAP) {
          return false;
        }
      }
      return edgesAnchor; // text boundary: excerpts are cut mid-sentence, so the edge is unreliable
    }
  }

  /** The word tokens (not whitespace) of a text, apostrophes canonical. */
  public static List<String> words(String text) {
    return Words.of(text);
  }

  /** Aligns two texts' word tokens. */
  public static Alignment align(String spunText, String origText) {
    return align(words(spunText), words(origText));
  }

  /** Aligns two token lists. */
  public static Alignment align(List<String> spun, List<String> orig) {
    int n = spun.size();
    int m = orig.size();
    String[] s = lower(spun);
    String[] o = lower(orig);
    boolean[] sp = punct(s);
    boolean[] op = punct(o);
    int w = m + 1;
    double[] cost = new double[(n + 1) * w];
    byte[] back = new byte[(n + 1) * w]; // (a << 4) | b, the block ending here; 0x00 = match (a = b = 1)
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double best = Double.POSITIVE_INFINITY;
        int arg = -1;
        if (i > 0 && j > 0 && s[i - 1].equals(o[j - 1])) {
          best = cost[(i - 1) * w + j - 1];
          arg = 0;
        }
        // swaps: no punctuation inside
        int maxA = 0;
        while (maxA < LONGEST_SWAP && i - maxA > 0 && !sp[i - maxA - 1]) {
          maxA++;
        }
        int maxB = 0;
        while (maxB < LONGEST_SWAP && j - maxB > 0 && !op[j - maxB - 1]) {
          maxB++;
        }
        for (int a = 1; a <= maxA; a++) {
          for (int b = 1; b <= maxB; b++) {
            if ((a > MAX || b > MAX) && (s[i - 1].equals(o[j - 1]) || s[i - a].equals(o[j - b]))) {
              continue; // words added beside a kept one ("and over the sea today" / "today"): no long swap
            }
            double c = cost[(i - a) * w + j - b] + 1.0 + 0.35 * (a + b - 2) + (a > MAX || b > MAX ? LONG_COST : 0);
            if (c < best) {
              best = c;
              arg = (a << 4) | b;
            }
          }
        }
        for (int a = 1; a <= MAX && a <= i; a++) {
          double c = cost[(i - a) * w + j] + 1.5 + 0.5 * (a - 1);
          if (c < best) {
            best = c;
            arg = a << 4;
          }
        }
        for (int b = 1; b <= MAX && b <= j; b++) {
          double c = cost[i * w + j - b] + 1.5 + 0.5 * (b - 1);
          if (c < best) {
            best = c;
            arg = b;
          }
        }
        cost[i * w + j] = best;
        back[i * w + j] = (byte) arg;
      }
    }
    List<Block> blocks = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int arg = back[i * w + j];
      int a = arg == 0 ? 1 : (arg >> 4) & 0xF;
      int b = arg == 0 ? 1 : arg & 0xF;
      Kind kind = arg == 0 ? Kind.MATCH : a == 0 ? Kind.DELETED : b == 0 ? Kind.INSERTED : Kind.SWAP;
      blocks.add(new Block(kind, i - a, i, j - b, j));
      i -= a;
      j -= b;
    }
    Collections.reverse(blocks);
    return new Alignment(List.copyOf(spun), List.copyOf(orig), merge(blocks));
  }

  /** Merges consecutive MATCH blocks into runs. */
  private static List<Block> merge(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block b : blocks) {
      if (!out.isEmpty() && b.kind() == Kind.MATCH && out.get(out.size() - 1).kind() == Kind.MATCH) {
        Block p = out.remove(out.size() - 1);
        out.add(new Block(Kind.MATCH, p.spunFrom(), b.spunTo(), p.origFrom(), b.origTo()));
      } else {
        out.add(b);
      }
    }
    return List.copyOf(out);
  }

  private static String[] lower(List<String> words) {
    String[] out = new String[words.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = Words.canonical(words.get(k)).toLowerCase(Locale.ROOT);
    }
    return out;
  }

  private static boolean[] punct(String[] words) {
    boolean[] out = new boolean[words.length];
    for (int k = 0; k < words.length; k++) {
      int cp = words[k].isEmpty() ? ' ' : words[k].codePointAt(0);
      out[k] = !Character.isLetterOrDigit(cp);
    }
    return out;
  }
}
