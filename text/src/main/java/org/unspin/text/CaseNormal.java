// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

/**
 * A text's lines written in capitals or in title case, rewritten in sentence case, letter for letter (the same
 * length, so every offset into one is an offset into the other). The detector's weights were fitted on text as
 * sentences write it, and read a capitalised word as a name: an evasion trial hid 11 of 20 spun texts by writing them
 * in capitals (the thesaurus evidence, read from lower-case words, fell silent), and 8 of 10 clean texts written in
 * Title Case Every Word were called spun. A line of {@value #MIN_WORDS} words or more is shouted when nine in ten of
 * its letters are capitals, and one of {@value #MIN_TITLE_WORDS} or more in title case when three in four of its
 * words are capitalised and it has lower-case letters; a shorter line (a headline) stays as it is.
 *
 * <p>Stateless.
 *
 * @since 0.1
 */
public final class CaseNormal {

  private CaseNormal() {}

  /** {@code text} with its shouted and title-case lines in sentence case; {@code text} itself when there are none. */
  public static String of(String text) {
    char[] out = null;
    int n = text.length();
    for (int start = 0; start < n; ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      Kind kind = kind(text, start, end);
      if (kind != null) {
        if (out == null) {
          out = text.toCharArray();
        }
        rewrite(text, start, end, kind, out);
      }
      start = end + 1;
    }
    return out == null ? text : new String(out);
  }

  /**
   * The fewest words of a line rewritten: a headline ("MORTGAGE DEMAND PLUMMETS TO NEW LOW AS RATES RACE") stays as
   * written, as the detector's calibration read it; restoration reads it as a sentence would write it anyway.
   */
  static final int MIN_WORDS = 15;

  /**
   * The fewest words of a line rewritten from title case: a related-reading line of a crawled page ("Associated
   * Studying | Understanding Bitcoin UTXO: Mid-To-Lengthy Time period Holders Accountable For") stays as written,
   * where the spinner table's case-bearing entries read it.
   */
  static final int MIN_TITLE_WORDS = 20;

  private enum Kind { SHOUTED, TITLE }

  private static Kind kind(String s, int from, int to) {
    int letters = 0;
    int upper = 0;
    int words = 0;
    int capitalised = 0;
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int j = i;
      int wordUpper = 0;
      while (j < to && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'' || s.charAt(j) == '\u2019')) {
        if (Character.isLetter(s.charAt(j))) {
          letters++;
          if (Character.isUpperCase(s.charAt(j))) {
            upper++;
            wordUpper++;
          }
        }
        j++;
      }
      words++;
      if (Character.isUpperCase(c) && wordUpper == 1) {
        capitalised++;
      }
      i = j;
    }
    if (words >= MIN_WORDS && upper * 10 >= letters * 9) {
      return Kind.SHOUTED;
    }
    return words >= MIN_TITLE_WORDS && upper < letters && capitalised * 4 >= words * 3 ? Kind.TITLE : null;
  }

  /** Writes {@code s[from, to)} into {@code out} in sentence case. */
  private static void rewrite(String s, int from, int to, Kind kind, char[] out) {
    boolean sentenceStart = true;
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == '.' || c == '!' || c == '?') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int j = i;
      int wordUpper = 0;
      while (j < to && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'' || s.charAt(j) == '\u2019')) {
        wordUpper += Character.isUpperCase(s.charAt(j)) ? 1 : 0;
        j++;
      }
      // in a shouted line every word; in a title-case line the capitalised words (an acronym stays)
      boolean lower = kind == Kind.SHOUTED || Character.isUpperCase(c) && wordUpper == 1;
      boolean pronounI = j - i == 1 && (c == 'I' || c == 'i');
      if (lower) {
        for (int k = i; k < j; k++) {
          char d = s.charAt(k);
          char l = Character.toLowerCase(d);
          out[k] = Character.isSurrogate(d) ? d : l;
        }
        if (sentenceStart || pronounI) {
          out[i] = Character.toUpperCase(out[i]);
        }
      }
      sentenceStart = false;
      i = j;
    }
  }
}
