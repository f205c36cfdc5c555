// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words of a text disguised so that a duplicate checker or a word list misses them: a zero-width character
 * inside the word ("men\u200Btioned") or a Cyrillic or Greek letter drawn like a Latin one among its Latin letters
 * ("m\u0435ntioned" with a Cyrillic "e"). Both are read as the plain word ({@link Words#canonical}); both are rare in
 * honest English text, where a zero-width character has no use inside a Latin word and mixed-script words come from
 * copying tricks. A soft hyphen is not counted: web pages put it in long words as a hyphenation hint.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Disguises {

  private Disguises() {}

  /** How a word is disguised. */
  public enum Kind {
    /** A zero-width space, non-joiner, joiner or word joiner inside the word. */
    INVISIBLE_CHARACTERS("invisible characters"),
    /** A Cyrillic or Greek letter drawn like a Latin one, among Latin letters. */
    LOOK_ALIKE_LETTERS("look-alike letters"),
    /** Both. */
    BOTH("invisible characters and look-alike letters");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /** The kind in words, as reports print it. */
    public String words() {
      return words;
    }
  }

  /**
   * A disguised word of a text.
   *
   * @param span where the word is in the text
   * @param word the word as written, invisible characters and all
   * @param reading the word as unspin reads it ({@link Words#canonical})
   * @param kind how it is disguised
   */
  public record Disguise(Span span, String word, String reading, Kind kind) {}

  /**
   * The disguised words of {@code text} in order, outside its verbatim spans (code and addresses, which are not
   * read as prose). Empty for nearly every text.
   */
  public static List<Disguise> find(TokenizedText text) {
    List<Disguise> out = new ArrayList<>(0);
    for (Token t : text.tokens()) {
      if (t.kind() != Token.Kind.WORD) {
        continue;
      }
      Kind kind = kind(t.text());
      if (kind != null && !text.verbatim(t)) {
        out.add(new Disguise(t.span(), t.text(), Words.canonical(t.text()), kind));
      }
    }
    return out;
  }

  /** How {@code word} is disguised, or null when it is not. */
  static Kind kind(String word) {
    boolean invisible = false;
    boolean lookAlike = false;
    boolean latin = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '\u0250') {
        latin |= Character.isLetter(c);
      } else if (c != '\u00AD' && Words.isInvisible(c)) {
        invisible = true;
      } else if (Words.isLookAlike(c)) {
        lookAlike = true;
      }
    }
    lookAlike &= latin;
    return invisible && lookAlike ? Kind.BOTH : invisible ? Kind.INVISIBLE_CHARACTERS
        : lookAlike ? Kind.LOOK_ALIKE_LETTERS : null;
  }
}
