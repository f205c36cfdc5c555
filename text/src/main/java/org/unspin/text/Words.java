// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Canonical spellings of word tokens for lookups: typographic apostrophes and hyphens become ASCII. Case is kept;
 * callers that want case-insensitive keys lower-case themselves.
 *
 * @since 0.1
 */
public final class Words {

  private Words() {}

  /** {@code word} with ’ ‘ ʼ as {@code '} and ‐ ‑ as {@code -}; the same string when there is nothing to change. */
  public static String canonical(String word) {
    boolean change = false;
    for (int i = 0; i < word.length() && !change; i++) {
      char c = word.charAt(i);
      change = c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2010' || c == '\u2011';
    }
    if (!change) {
      return word;
    }
    return word.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02BC', '\'')
        .replace('\u2010', '-').replace('\u2011', '-');
  }

  /** Whether {@code word} holds a letter or a digit (a word a language model scores, punctuation aside). */
  public static boolean isLexical(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** The non-whitespace tokens of {@code text} ({@link Tokenizer}), with canonical apostrophes. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(text)) {
      if (!t.isSpace()) {
        out.add(canonical(t.text()));
      }
    }
    return out;
  }
}
