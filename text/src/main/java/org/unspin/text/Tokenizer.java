// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits text into tokens that cover it completely, with exact UTF-16 offsets, so that
 * {@link #detokenize(List)} of {@link #tokenize(String)} is the input, character for character, for any string
 * (unpaired surrogates included).
 *
 * <p>Rules, in the order tried at each position:
 * <ul>
 *   <li>whitespace runs become one {@link Token.Kind#SPACE} token, or {@link Token.Kind#NEWLINE} if the run holds a
 *       line break (CRLF stays inside one token);
 *   <li>a letter starts a {@link Token.Kind#WORD}: letters, digits, combining marks and invisible characters
 *       ({@link Words#isInvisible}: soft hyphens, zero-width characters) inside the word, at its end or just
 *       before it ("\u200Bmen\u200Btioned\u200B" is one word), joined across an apostrophe
 *       ({@code ' ’}) or hyphen when a letter or digit follows ("they’re", "Sino-Russian", "mid-April",
 *       "re-election", "COVID-19"), and across a hyphen that ends a line between lower-case letters ("govern-" then
 *       "ment" on the next line, as text copied from a PDF has it); a single letter followed by letter-dot pairs is
 *       an abbreviation kept whole with its final dot ("U.S.", "a.m.");
 *   <li>a digit starts a {@link Token.Kind#NUMBER}: digits joined across {@code , . : /} when a digit follows
 *       ("50,000", "3.5", "10:30", "9/11"), then hyphen-joined or letter suffixes ("1990s", "5th", "2-year-old");
 *   <li>punctuation is one token per character, except that runs of the same dot or dash stay together
 *       ("...", "--");
 *   <li>anything else is a {@link Token.Kind#SYMBOL}: one code point with its combining marks, variation selectors,
 *       skin-tone modifiers and zero-width-joiner sequences.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Tokenizer {

  private Tokenizer() {}

  /** Tokenizes {@code text}; the tokens cover it exactly and in order. */
  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>(Math.max(4, text.length() / 4));
    int n = text.length();
    int i = 0;
    while (i < n) {
      int cp = text.codePointAt(i);
      int end;
      Token.Kind kind;
      if (cp >= '\u00AD' && invisibleBeforeLetter(text, i)) { // every invisible character is U+00AD or above
        end = scanWord(text, i);
        kind = Token.Kind.WORD;
      } else if (isSpace(cp) || cp >= '\u00AD' && Words.isInvisible(text.charAt(i))) {
        // invisible characters that belong to no word are read as whitespace ("5\u200B dollars")
        end = i;
        boolean newline = false;
        while (end < n) {
          int c = text.codePointAt(end);
          if (isSpace(c)) {
            newline |= isLineBreak(c);
            end += Character.charCount(c);
          } else if (Words.isInvisible(text.charAt(end))) {
            // the whole run at once: looked at character by character, a long run was read once per character
            int run = invisibleRunEnd(text, end);
            if (run < n && Character.isLetter(text.codePointAt(run))) {
              break; // the run belongs to the word after it
            }
            end = run;
          } else {
            break;
          }
        }
        kind = newline ? Token.Kind.NEWLINE : Token.Kind.SPACE;
      } else if (Character.isLetter(cp)) {
        end = scanWord(text, i);
        kind = Token.Kind.WORD;
      } else if (Character.isDigit(cp)) {
        end = scanNumber(text, i);
        kind = Token.Kind.NUMBER;
      } else if (isPunctuation(cp)) {
        end = i + Character.charCount(cp);
        if (cp == '.' || cp == '-' || cp == '\u2014' || cp == '\u2013') {
          while (end < n && text.codePointAt(end) == cp) {
            end += Character.charCount(cp);
          }
        }
        kind = Token.Kind.PUNCT;
      } else {
        end = scanSymbol(text, i);
        kind = Token.Kind.SYMBOL;
      }
      out.add(new Token(text.substring(i, end), i, end, kind));
      i = end;
    }
    return Collections.unmodifiableList(out);
  }

  /** The tokens that are not whitespace, in order. */
  public static List<Token> words(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size() / 2 + 1);
    for (Token t : tokens) {
      if (!t.isSpace()) {
        out.add(t);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Concatenates the tokens' text: the inverse of {@link #tokenize(String)}. */
  public static String detokenize(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      sb.append(t.text());
    }
    return sb.toString();
  }

  private static int scanWord(String s, int i) {
    int n = s.length();
    int start = i;
    i = scanAlnum(s, i);
    // Abbreviations such as "U.S." and "a.m.": single letters each followed by a dot.
    if (i - start == Character.charCount(s.codePointAt(start)) && i < n && s.charAt(i) == '.') {
      int j = i;
      int pairs = 0;
      while (j + 1 < n && s.charAt(j) == '.' && Character.isLetter(s.codePointAt(j + 1))) {
        int after = j + 1 + Character.charCount(s.codePointAt(j + 1));
        if (after < n && s.charAt(after) == '.') {
          j = after;
          pairs++;
        } else {
          break;
        }
      }
      if (pairs > 0) {
        return j + 1;
      }
    }
    while (i < n) {
      char c = s.charAt(i);
      int joined;
      if ((c == '\'' || c == '\u2019' || c == '-' || c == '\u2010' || c == '\u2011')
          && i + 1 < n
          && isAlnum(s.codePointAt(i + 1))) {
        i = scanAlnum(s, i + 1);
      } else if (c == '-' && (joined = lineEndHyphenation(s, i)) > 0) {
        i = scanAlnum(s, joined);
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * For a hyphen at {@code i} that ends a line inside a word, as text copied from a PDF or a justified page has it
   * ("govern-" then "ment"): a lower-case letter before it, then one line break (with spaces around it), then a
   * lower-case letter; the offset of that letter, or -1. The word is one token, read without the break ({@link
   * Words#canonical}), as the PDF reader joins it.
   */
  private static int lineEndHyphenation(String s, int i) {
    int n = s.length();
    if (i == 0 || !Character.isLowerCase(s.charAt(i - 1))) {
      return -1;
    }
    int j = i + 1;
    int breaks = 0;
    while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || s.charAt(j) == '\n' || s.charAt(j) == '\r')) {
      if (s.charAt(j) == '\n' || s.charAt(j) == '\r' && (j + 1 >= n || s.charAt(j + 1) != '\n')) {
        breaks++;
      }
      j++;
    }
    return breaks == 1 && j < n && Character.isLowerCase(s.codePointAt(j)) ? j : -1;
  }

  private static int scanNumber(String s, int i) {
    int n = s.length();
    while (i < n && Character.isDigit(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    while (i + 1 < n) {
      char c = s.charAt(i);
      if ((c == ',' || c == '.' || c == ':' || c == '/') && Character.isDigit(s.codePointAt(i + 1))) {
        i++;
        while (i < n && Character.isDigit(s.codePointAt(i))) {
          i += Character.charCount(s.codePointAt(i));
        }
      } else {
        break;
      }
    }
    // Suffixes: "1990s", "5th", "2-year-old".
    while (i < n) {
      int cp = s.codePointAt(i);
      if (isAlnum(cp)) {
        i = scanAlnum(s, i);
      } else if ((cp == '-' || cp == '\'' || cp == '\u2019') && i + 1 < n && isAlnum(s.codePointAt(i + 1))) {
        i = scanAlnum(s, i + 1);
      } else {
        break;
      }
    }
    return i;
  }

  private static int scanAlnum(String s, int i) {
    int n = s.length();
    while (i < n) {
      int cp = s.codePointAt(i);
      if (isAlnum(cp) || isMark(cp)) {
        i += Character.charCount(cp);
      } else if (Words.isInvisible(s.charAt(i))) {
        // invisible characters inside a word ("men\u200Btioned") or at its end ("mentioned\u200B ") are part of it
        int j = i;
        while (j < n && Words.isInvisible(s.charAt(j))) {
          j++;
        }
        i = j;
        if (j >= n || !isAlnum(s.codePointAt(j))) {
          break;
        }
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Whether a run of invisible characters ({@link Words#isInvisible}) starts at {@code i} and a letter follows it:
   * the run belongs to that word ("\u200Bmentioned"), as one inside or after a word does.
   */
  private static boolean invisibleBeforeLetter(String s, int i) {
    int j = invisibleRunEnd(s, i);
    return j > i && j < s.length() && Character.isLetter(s.codePointAt(j));
  }

  /**
   * The end of the run of invisible characters ({@link Words#isInvisible}) at {@code i}; {@code i} when there is none.
   * U+FEFF, a byte-order mark at a text's start, ends it: it is whitespace there, not part of the first word.
   */
  private static int invisibleRunEnd(String s, int i) {
    int j = i;
    while (j < s.length() && Words.isInvisible(s.charAt(j)) && s.charAt(j) != '\uFEFF') {
      j++;
    }
    return j;
  }

  private static int scanSymbol(String s, int i) {
    int n = s.length();
    int cp = s.codePointAt(i);
    boolean regional = isRegionalIndicator(cp);
    i += Character.charCount(cp);
    if (regional && i < n && isRegionalIndicator(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    while (i < n) {
      int c = s.codePointAt(i);
      if (isMark(c) || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF)
          || (c >= 0xE0020 && c <= 0xE007F)) {
        i += Character.charCount(c);
      } else if (c == 0x200D && i + 1 < n && !isSpace(s.codePointAt(i + 1))) {
        i += 1;
        i += Character.charCount(s.codePointAt(i));
      } else {
        break;
      }
    }
    return i;
  }

  static boolean isAlnum(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  private static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\uFEFF';
  }

  /** Whether {@code cp} breaks a line: LF, CR, VT, FF, NEL, or Unicode's line and paragraph separators. */
  public static boolean isLineBreak(int cp) {
    return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C || cp == 0x85;
  }

  /** Whether {@code cp} is in one of Unicode's punctuation categories (P*). */
  public static boolean isPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }
}
