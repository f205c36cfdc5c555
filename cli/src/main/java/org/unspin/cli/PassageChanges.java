// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unspin.text.Span;
import org.unspin.text.Token;
import org.unspin.text.TokenDiff;
import org.unspin.text.Tokenizer;
import org.unspin.text.Words;

/**
 * What a traced document changed inside one aligned passage ({@code trace --changes}): the stretches of its words that
 * differ from the source's passage, each with the source's words there, found by a word-level alignment
 * ({@link TokenDiff}) of the two passages' tokens. Case, apostrophe, quotation mark and dash forms and spacing are not
 * changes, and neither is a difference of punctuation or markup alone (a Markdown original pasted as plain text had
 * listed its "#" and "**"). With the source at hand these are a spinner's substitutions and their original wording
 * for certain, where {@code detect} and {@code restore} can only judge them: a content farm that spins a few
 * paragraphs of an article and keeps the rest shows its changes in those paragraphs only.
 *
 * @param changes the differing stretches, in document order
 * @param words the passage's tokens in the document (words and punctuation)
 * @param changedWords of those, the ones inside a change
 * @param note why the changes were not found (a passage too long to align word by word), or null
 */
record PassageChanges(List<Change> changes, int words, int changedWords, String note) {

  /** What kind of change a stretch is. */
  enum Kind {
    /** Words of the document where the source has other words: a substitution. */
    SWAP,
    /** Words the document added (shown with the word after or before them, which both have). */
    ADDED,
    /** Words of the source the document left out (shown with a word beside them, which both have). */
    LEFT_OUT,
    /**
     * A stretch of more than {@link #LONG} tokens on either side, with the changes at most {@link #GAP} tokens from
     * it: a paragraph moved, added, left out or rewritten, not a substitution; not compared word by word (a moved
     * paragraph had been claimed as one long "swap", and a rewritten sentence as swaps between its chance matches).
     */
    UNALIGNED;

    /** The name the reports use: "swap", "added", "left out", "unaligned". */
    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * One changed stretch: {@code document} (UTF-16 offsets into the traced document) stands where the source has
   * {@code source} (offsets into the source's text); for words added or left out, both include a word beside them
   * that both texts have, so that either side reads in context.
   */
  record Change(Kind kind, Span document, Span source, String documentText, String sourceText) {}

  /** The largest passage pair aligned word by word, in tokens times tokens (a byte each). */
  static final long MAX_CELLS = 25_000_000L;

  /**
   * The most tokens on either side of a change read as a substitution or an addition ({@link Kind#UNALIGNED}): a
   * spinner's phrase swaps have up to four a side, a few side by side more.
   */
  static final int LONG = 6;

  /** The most tokens kept by chance between two stretches of a rewritten passage ({@link Kind#UNALIGNED}). */
  static final int GAP = 2;

  /**
   * The changes of the passage {@code [queryFrom, queryTo)} of {@code query} made from {@code [sourceFrom, sourceTo)}
   * of {@code source}.
   */
  static PassageChanges of(String query, int queryFrom, int queryTo, String source, int sourceFrom, int sourceTo) {
    List<Token> q = tokens(query, queryFrom, queryTo);
    List<Token> s = tokens(source, sourceFrom, sourceTo);
    if ((long) (q.size() + 1) * (s.size() + 1) > MAX_CELLS) {
      return new PassageChanges(List.of(), q.size(), 0, "the passage is too long to compare word by word ("
          + q.size() + " and " + s.size() + " tokens)");
    }
    List<String> qk = keys(q);
    List<String> sk = keys(s);
    TokenDiff.Result diff = TokenDiff.diff(qk, sk);
    List<int[]> stretches = new ArrayList<>(); // {a0, a1, b0, b1, kind}
    for (TokenDiff.Hunk h : diff.hunks()) {
      // punctuation at either end of a side is not part of the wording changed (". Under the agreement")
      int a0 = h.aStart();
      int a1 = h.aEnd();
      int b0 = h.bStart();
      int b1 = h.bEnd();
      while (a0 < a1 && !wordy(qk.get(a0))) {
        a0++;
      }
      while (a1 > a0 && !wordy(qk.get(a1 - 1))) {
        a1--;
      }
      while (b0 < b1 && !wordy(sk.get(b0))) {
        b0++;
      }
      while (b1 > b0 && !wordy(sk.get(b1 - 1))) {
        b1--;
      }
      if (a0 == a1 && b0 == b1) {
        continue; // punctuation or markup alone
      }
      Kind kind = a1 - a0 > LONG || b1 - b0 > LONG ? Kind.UNALIGNED : a0 == a1 ? Kind.LEFT_OUT
          : b0 == b1 ? Kind.ADDED : Kind.SWAP;
      int[] x = {a0, a1, b0, b1, kind.ordinal()};
      int[] last = stretches.isEmpty() ? null : stretches.get(stretches.size() - 1);
      // a rewritten sentence keeps a word or two by chance ("of", "the"): the stretches around them are one
      if (last != null && (last[4] == Kind.UNALIGNED.ordinal() || kind == Kind.UNALIGNED)
          && a0 - last[1] <= GAP && b0 - last[3] <= GAP) {
        last[1] = a1;
        last[3] = b1;
        last[4] = Kind.UNALIGNED.ordinal();
      } else {
        stretches.add(x);
      }
    }
    List<Change> out = new ArrayList<>();
    int changed = 0;
    for (int[] x : stretches) {
      Kind kind = Kind.values()[x[4]];
      changed += x[1] - x[0];
      // words added or left out, with a word both texts have beside them: "brand new" <- "new", not "brand" <- ""
      int[] c = kind == Kind.ADDED || kind == Kind.LEFT_OUT ? context(qk, x[0], x[1], sk, x[2], x[3]) : x;
      Span d = span(q, c[0], c[1], queryFrom, queryTo);
      Span o = span(s, c[2], c[3], sourceFrom, sourceTo);
      out.add(new Change(kind, d, o, query.substring(d.start(), d.end()), source.substring(o.start(), o.end())));
    }
    return new PassageChanges(List.copyOf(out), q.size(), changed, null);
  }

  /**
   * The stretch {@code [a0, a1)} / {@code [b0, b1)} (one side empty) widened to a word beside it that the two texts
   * share: the word right after it, or right before it, or else the first one past up to {@value #CONTEXT_TOKENS}
   * shared punctuation tokens after it, or before it (a list's "2" left out reads "2. Cost" <- "Cost"); as it is when
   * there is none.
   */
  private static int[] context(List<String> qk, int a0, int a1, List<String> sk, int b0, int b1) {
    for (int past = 0; past <= CONTEXT_TOKENS; past += CONTEXT_TOKENS) {
      for (int k = 0; k <= past && a1 + k < qk.size() && b1 + k < sk.size() && qk.get(a1 + k).equals(sk.get(b1 + k));
          k++) {
        if (wordy(qk.get(a1 + k))) {
          return new int[] {a0, a1 + k + 1, b0, b1 + k + 1};
        }
      }
      for (int k = 1; k <= past + 1 && a0 - k >= 0 && b0 - k >= 0 && qk.get(a0 - k).equals(sk.get(b0 - k)); k++) {
        if (wordy(qk.get(a0 - k))) {
          return new int[] {a0 - k, a1, b0 - k, b1};
        }
      }
    }
    return new int[] {a0, a1, b0, b1};
  }

  /** The shared punctuation tokens {@link #context} looks past for a word. */
  static final int CONTEXT_TOKENS = 3;

  /** Whether a token's key holds a letter or digit: a word or number, not punctuation or markup. */
  private static boolean wordy(String key) {
    return key.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** How many tokens (words and punctuation, as {@link #words} counts them) {@code stretch} has. */
  static int tokenCount(String stretch) {
    return tokens(stretch, 0, stretch.length()).size();
  }

  /** The tokens of {@code text} in {@code [from, to)} that are not whitespace, with offsets into {@code text}. */
  private static List<Token> tokens(String text, int from, int to) {
    List<Token> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text.substring(from, to))) {
      if (!t.isSpace()) {
        out.add(new Token(t.text(), t.start() + from, t.end() + from, t.kind()));
      }
    }
    return out;
  }

  /**
   * What tokens are compared by: lower case, apostrophes canonical ({@link Words#canonical}), curly quotation marks
   * straight, any run of dashes one hyphen, an ellipsis three dots.
   */
  static List<String> keys(List<Token> tokens) {
    List<String> out = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String k = Words.canonical(t.text()).toLowerCase(Locale.ROOT)
          .replaceAll("[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]", "\"")
          .replaceAll("[\u2018\u2019\u201A\u201B\u2032]", "'")
          .replace("\u2026", "...");
      out.add(k.matches("[-\u2010-\u2015\u2212]+") ? "-" : k);
    }
    return out;
  }

  /**
   * The text of tokens {@code [from, to)}; for none, the empty span where they would be: after the token before, or
   * at the passage's start.
   */
  private static Span span(List<Token> tokens, int from, int to, int passageFrom, int passageTo) {
    if (from < to) {
      return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }
    int at = from == 0 ? passageFrom : from <= tokens.size() ? tokens.get(from - 1).end() : passageTo;
    return new Span(at, at);
  }

  /** The share of the passage's tokens inside a change. */
  double changedShare() {
    return words == 0 ? 0 : (double) changedWords / words;
  }
}
