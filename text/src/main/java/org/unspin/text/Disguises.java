// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the words of a text disguised so that a duplicate checker or a word list misses them: an invisible character
 * inside the word or against it ("men\u200Btioned", "mentioned\u200B", {@link Words#isInvisible}), or a Cyrillic or
 * Greek letter drawn like a Latin one among its Latin letters ("m\u0435ntioned" with a Cyrillic "e"); words with a
 * Latin letter only. Both are read as the plain word ({@link Words#canonical}); both are rare in
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
    /** An invisible character other than a soft hyphen in the word or against it ({@link Words#isInvisible}). */
    INVISIBLE_CHARACTERS("invisible characters"),
    /**
     * A Cyrillic or Greek letter drawn like a Latin one, among Latin letters; or a mathematical bold, italic or script
     * letter ({@link Words#isStyled}: "\uD835\uDC26\uD835\uDC1E\uD835\uDC27"), as spam writes words to pass filters.
     */
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
   * A disguised word of a text, or a run of hidden characters between its words.
   *
   * @param span where the word or run is in the text
   * @param word the word as written, invisible characters and all; or the run of hidden characters
   * @param reading the word as unspin reads it ({@link Words#canonical}); "" for a run between words
   * @param kind how it is disguised
   */
  public record Disguise(Span span, String word, String reading, Kind kind) {

    /** Whether this is a run of hidden characters between words rather than a word. */
    public boolean betweenWords() {
      return reading.isEmpty();
    }
  }

  /**
   * The disguised words of {@code text} and the runs of hidden characters between its words ("5\u200B dollars", a
   * zero-width space where no word takes it), in order, outside its verbatim spans (code and addresses, which are
   * not read as prose). A run between words counts zero-width spaces, joiners and the like, not direction marks
   * (which right-to-left text has between its words), soft hyphens, or a byte-order mark at the text's start. Empty
   * for nearly every text.
   */
  public static List<Disguise> find(TokenizedText text) {
    if (plain(text.text())) {
      return List.of();
    }
    List<Disguise> out = new ArrayList<>(0);
    boolean rtl = rightToLeft(text.text());
    boolean latinText = mostlyLatin(text.text());
    for (Token t : text.tokens()) {
      if (t.kind() == Token.Kind.WORD) {
        Kind kind = kind(t.text(), rtl, latinText);
        if (kind != null && !text.verbatim(t)) {
          out.add(new Disguise(t.span(), t.text(), Words.canonical(t.text()), kind));
        }
      } else if (t.isSpace()) {
        hiddenRuns(text, t, rtl, out);
      }
    }
    return out;
  }

  /**
   * Whether {@code s} has no character a disguise is made of: invisible characters, Cyrillic and Greek look-alikes
   * and mathematical letters are all U+00AD or above, and typographic quotes and dashes are not among them.
   */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u00AD' && (Words.isInvisible(c) || Words.isLookAlike(c) || c == '\uD835'
          || Words.isCombiningMark(c))) {
        return false;
      }
    }
    return true;
  }

  /** The runs of hidden characters inside the whitespace token {@code t}. */
  private static void hiddenRuns(TokenizedText text, Token t, boolean rtl, List<Disguise> out) {
    String s = t.text();
    for (int i = 0; i < s.length(); ) {
      if (!hidden(s.charAt(i), rtl) || t.start() + i == 0 && s.charAt(i) == '\uFEFF') {
        i++;
        continue;
      }
      int j = i;
      while (j < s.length() && hidden(s.charAt(j), rtl)) {
        j++;
      }
      Span span = new Span(t.start() + i, t.start() + j);
      if (!text.verbatim(span)) {
        out.add(new Disguise(span, s.substring(i, j), "", Kind.INVISIBLE_CHARACTERS));
      }
      i = j;
    }
  }

  /**
   * An invisible character with no use in the text: not a soft hyphen (a hyphenation hint), and not a direction mark
   * or embedding in a text that has right-to-left letters, which use them.
   */
  private static boolean hidden(char c, boolean rtl) {
    return Words.isInvisible(c) && c != '\u00AD' && !(rtl && direction(c));
  }

  private static boolean direction(char c) {
    return c >= '\u200E' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
  }

  /** Whether {@code s} has a Hebrew or Arabic letter (or another right-to-left script's). */
  static boolean rightToLeft(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u0590' && c <= '\u08FF' || c >= '\uFB1D' && c <= '\uFDFF' || c >= '\uFE70' && c <= '\uFEFC') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether at most one letter in twenty of {@code s} is of another script and not a look-alike of a Latin letter: a
   * text in which a word written wholly in Cyrillic or Greek look-alikes ({@link Words#allLookAlike}) is a disguise
   * rather than a word of another language, whose text would hold its other letters too ("\u043A", "\u043B",
   * "\u0438").
   */
  static boolean mostlyLatin(String s) {
    int letters = 0;
    int other = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        other += c >= '\u0250' && !Words.isLookAlike(c) ? 1 : 0;
      }
    }
    return 20 * other <= letters;
  }

  /** Whether every combining mark of {@code word} joins its letter into one precomposed letter (Unicode NFC). */
  static boolean composes(String word) {
    String nfc = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFC);
    for (int i = 0; i < nfc.length(); i++) {
      if (Words.isCombiningMark(nfc.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * How {@code word} is disguised, or null when it is not; {@code rtl}: the text has right-to-left letters;
   * {@code latinText}: it is mostly Latin ({@link #mostlyLatin}).
   */
  static Kind kind(String word, boolean rtl, boolean latinText) {
    boolean invisible = false;
    boolean lookAlike = false;
    boolean styled = false;
    boolean latin = false;
    boolean marksLooked = false; // the word's combining marks are judged once for all: a word of n marks had
    // been normalised n times, and a run of 80,000 marks took a minute (a request to the server, hours)
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c >= '\u0132' && c < '\u0250' && Words.isLookAlikeAt(word, i)) { // a hooked or stroked Latin letter, "\u0188"
        latin = true;
        lookAlike = true;
      } else if (c < '\u0250') {
        latin |= Character.isLetter(c);
      } else if (hidden(c, rtl)) {
        invisible = true;
      } else if (Words.isStyled(word, i)) {
        styled = true;
        i++;
      } else if (Words.isLookAlikeAt(word, i)) {
        lookAlike = true;
      } else if (Words.isCombiningMark(c) && !marksLooked) {
        // "ca\u0301\u0308sh": marks stacked over a plain letter, which no alphabet writes; one accent a letter of
        // its own is drawn with ("cafe\u0301", as macOS and PDFs decompose "caf\u00E9") is a spelling, not a disguise
        marksLooked = true;
        lookAlike |= Words.asciiLetters(word) && !composes(word);
      }
    }
    latin |= latinText && Words.allLookAlike(word); // "\u0455\u0430\u0456\u0501" among English words
    lookAlike &= latin;
    lookAlike |= styled; // a word in mathematical bold or script letters has no Latin letter, and needs none
    invisible &= latin || styled;
    return invisible && lookAlike ? Kind.BOTH : invisible ? Kind.INVISIBLE_CHARACTERS
        : lookAlike ? Kind.LOOK_ALIKE_LETTERS : null;
  }
}
