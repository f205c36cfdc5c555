// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

/**
 * One token of an input text: its exact characters and its UTF-16 offsets into that input.
 *
 * <p>The tokens of a {@link Tokenizer} cover the input completely and in order, whitespace included, so
 * concatenating their {@link #text()} gives back the input exactly. Immutable.
 *
 * @param text the characters of the token, {@code input.substring(start, end)}
 * @param start UTF-16 offset of the first character, inclusive
 * @param end UTF-16 offset after the last character, exclusive
 * @param kind what the token is
 * @since 0.1
 */
public record Token(String text, int start, int end, Kind kind) {

  /** The kinds of token. */
  public enum Kind {
    /** Letters, possibly joined by inner apostrophes, hyphens or abbreviation dots ("U.S.", "they’re"). */
    WORD,
    /** Digits, possibly with inner separators or a suffix ("50,000", "3.5", "1990s", "5th"). */
    NUMBER,
    /** One punctuation character, or a run of the same dash or dot ("...", "--"). */
    PUNCT,
    /** Any other visible character or grapheme (symbols, emoji). */
    SYMBOL,
    /** A run of whitespace that holds no line break. */
    SPACE,
    /** A run of whitespace that holds at least one line break. */
    NEWLINE
  }

  public Token {
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad token bounds " + start + ".." + end + " for '" + text + "'");
    }
  }

  /** Whether this token is a word or a number: something a language model scores. */
  public boolean isLexical() {
    return kind == Kind.WORD || kind == Kind.NUMBER;
  }

  /** Whether this token is whitespace. */
  public boolean isSpace() {
    return kind == Kind.SPACE || kind == Kind.NEWLINE;
  }

  /** The span this token covers. */
  public Span span() {
    return new Span(start, end);
  }
}
