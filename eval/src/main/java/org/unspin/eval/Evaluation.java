// SPDX-License-Identifier: Apache-2.0
package org.unspin.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.unspin.text.TokenDiff;
import org.unspin.text.Tokenizer;
import org.unspin.text.Words;

/**
 * The evaluation harness: runs a {@link Restorer} on spun/original pairs and scores it.
 *
 * <p>Definitions (word tokens from {@link Tokenizer}, whitespace excluded, compared exactly after
 * {@link Words#canonical(String)}):
 * <ul>
 *   <li>token error rate = word-level Levenshtein distance to the original / tokens of the original;
 *   <li>error reduction = 1 - output errors / input errors;
 *   <li>reference edits = the hunks of the alignment spun -> original; system edits = the hunks of the alignment
 *       spun -> restored. A system edit is correct when a reference edit covers the same spun tokens and its
 *       original wording equals the system's replacement, ignoring case (so sentence-initial capitalisation does
 *       not decide it). Edit precision = correct / system edits, recall = correct / reference edits;
 *   <li>a system edit has right words when no hunk of the alignment restored -> original touches the words it
 *       wrote; word precision = right-word edits / system edits (lenient where edit precision is strict: an edit that
 *       fixes "nationwide" but not "safety" of "nationwide safety" is right-word but not correct);
 *   <li>clean change rate = tokens of the original touched by hunks of the alignment original -> restore(original),
 *       divided by the tokens of the original.
 * </ul>
 *
 * <p>Stateless; thread-safe when the restorer is.
 *
 * @since 0.1
 */
public final class Evaluation {

  private Evaluation() {}

  /**
   * A pair too long to align word by word: more than {@link TokenDiff#MAX_CELLS} cells between the first and the last
   * word that differ (a whole book spun throughout). The message names the pair and says what to do.
   */
  public static final class TooLongException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String pair;

    TooLongException(String pair, IllegalArgumentException cause) {
      super(pair + ": too long to align word by word (" + cause.getMessage() + "): split it into shorter pairs, "
          + "such as its chapters, and score those", cause);
      this.pair = pair;
    }

    /** The name of the pair. */
    public String pair() {
      return pair;
    }
  }

  /**
   * Scores {@code restorer} on one pair.
   *
   * @throws TooLongException if the pair, or the restorer's output, is too long to align (checked for the pair
   *     before the restorer runs)
   */
  public static Scores score(Pair pair, Restorer restorer) {
    List<String> spun = Words.of(pair.spun());
    List<String> orig = Words.of(pair.original());
    TokenDiff.Result in = diff(pair, spun, orig);
    List<String> out = Words.of(Objects.requireNonNull(restorer.restore(pair.spun()), "restorer returned null"));
    TokenDiff.Result sys = diff(pair, spun, out);
    TokenDiff.Result outVsOrig = diff(pair, out, orig);

    Map<Long, String> reference = new HashMap<>();
    for (TokenDiff.Hunk h : in.hunks()) {
      reference.put(key(h), join(orig, h.bStart(), h.bEnd()));
    }
    long correct = 0;
    for (TokenDiff.Hunk h : sys.hunks()) {
      String expected = reference.get(key(h));
      if (expected != null && expected.equalsIgnoreCase(join(out, h.bStart(), h.bEnd()))) {
        correct++;
      }
    }

    long rightWords = 0;
    for (TokenDiff.Hunk h : sys.hunks()) {
      boolean right = true;
      for (TokenDiff.Hunk o : outVsOrig.hunks()) {
        boolean touches;
        if (h.bStart() == h.bEnd()) { // the edit deleted words: wrong if the original has words at that point
          touches = o.aStart() < h.bStart() && o.aEnd() > h.bStart()
              || o.aStart() == h.bStart() && o.aEnd() == h.bStart();
        } else if (o.aStart() == o.aEnd()) { // the original has words the output lacks
          touches = o.aStart() > h.bStart() && o.aStart() < h.bEnd();
        } else {
          touches = o.aStart() < h.bEnd() && o.aEnd() > h.bStart();
        }
        if (touches) {
          right = false;
          break;
        }
      }
      if (right) {
        rightWords++;
      }
    }

    List<String> clean = Words.of(Objects.requireNonNull(restorer.restore(pair.original()), "restorer returned null"));
    long changed = 0;
    for (TokenDiff.Hunk h : diff(pair, orig, clean).hunks()) {
      changed += Math.max(1, h.aEnd() - h.aStart());
    }
    return new Scores(pair.name(), orig.size(), in.distance(), outVsOrig.distance(), in.hunks().size(),
        sys.hunks().size(), correct, rightWords, orig.size(), changed);
  }

  /**
   * Scores every pair, then the total; the last element is the total.
   *
   * @throws TooLongException at the first pair too long to align
   */
  public static List<Scores> scoreAll(List<Pair> pairs, Restorer restorer) {
    return scoreAll(pairs, restorer, e -> {
      throw e;
    });
  }

  /**
   * Scores every pair that can be aligned, then the total of those; the last element is the total. A pair too long
   * to align goes to {@code tooLong} instead, and the others are still scored.
   */
  public static List<Scores> scoreAll(List<Pair> pairs, Restorer restorer, Consumer<TooLongException> tooLong) {
    List<Scores> out = new ArrayList<>(pairs.size() + 1);
    Scores total = Scores.zero("total");
    for (Pair p : pairs) {
      Scores s;
      try {
        s = score(p, restorer);
      } catch (TooLongException e) {
        tooLong.accept(e);
        continue;
      }
      out.add(s);
      total = total.plus(s, "total");
    }
    out.add(total);
    return out;
  }

  private static TokenDiff.Result diff(Pair pair, List<String> a, List<String> b) {
    try {
      return TokenDiff.diff(a, b);
    } catch (IllegalArgumentException e) { // the one TokenDiff throws: over MAX_CELLS
      throw new TooLongException(pair.name(), e);
    }
  }

  private static long key(TokenDiff.Hunk h) {
    return ((long) h.aStart() << 32) | h.aEnd();
  }

  private static String join(List<String> words, int from, int to) {
    return String.join(" ", words.subList(from, to)).toLowerCase(Locale.ROOT);
  }

}
