// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Canonical spellings of word tokens for lookups: typographic apostrophes and hyphens become ASCII, invisible
 * characters inside a word go, and in a word of Latin letters the Cyrillic and Greek letters that look like Latin ones
 * become those ("men\u200Btioned", "m\u0435ntioned" are "mentioned": spun text disguised from filters). The Latin
 * ligatures a PDF viewer copies ("\uFB01nancial"), fullwidth Latin letters and digits and the mathematical bold, italic
 * and script ones spam writes words in become plain ones, and a word
 * hyphenated at a line end ({@link Tokenizer}: "govern-" then "ment") is read whole. Case is
 * kept; callers that want case-insensitive keys lower-case themselves.
 *
 * @since 0.1
 */
public final class Words {

  private Words() {}

  /**
   * {@code word} with ’ ‘ ʼ as {@code '} and ‐ ‑ as {@code -}, ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) as their letters,
   * fullwidth ASCII forms as ASCII, mathematical alphanumerics ({@link #isStyled}) as their letters and digits,
   * without soft hyphens and zero-width characters, without a hyphen and line break
   * inside it ("govern-\nment" is "government"), and, when it also has a Latin letter or is made of look-alikes
   * alone ({@link #allLookAlike}), with Cyrillic and Greek look-alikes of Latin letters as those letters; the same
   * string when there is nothing to change.
   */
  public static String canonical(String word) {
    boolean change = false;
    for (int i = 0; i < word.length() && !change; i++) {
      char c = word.charAt(i);
      change = c >= '\u00AD' ? c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u2010' || c == '\u2011'
          || isInvisible(c) || c >= '\u0370' && c <= '\u052F' || isLookAlike(c) || c >= '\uFB00' && c <= '\uFB06'
          || c >= '\uFF01' && c <= '\uFF5E' || c == '\uD835' || isCombiningMark(c)
          : c < ' ' && (c == '\n' || c == '\r'); // ASCII and Latin-1 letters: two comparisons
    }
    if (!change) {
      return word;
    }
    boolean latin = false;
    for (int i = 0; i < word.length() && !latin; i++) {
      char c = word.charAt(i);
      latin = c < '\u0250' && Character.isLetter(c);
    }
    latin |= allLookAlike(word);
    boolean ascii = asciiLetters(word);
    StringBuilder sb = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isInvisible(c) || ascii && isCombiningMark(c)) { // "ca\u0301sh": "cash"
        continue;
      }
      if (c == '-' && i + 1 < word.length() && Character.isWhitespace(word.charAt(i + 1))) {
        while (i + 1 < word.length() && Character.isWhitespace(word.charAt(i + 1))) {
          i++; // "govern-\nment", hyphenated at a line end: "government"
        }
        continue;
      }
      if (c >= '\uFB00' && c <= '\uFB06') {
        sb.append(LIGATURES[c - '\uFB00']);
        continue;
      }
      if (c >= '\uFF01' && c <= '\uFF5E') {
        sb.append((char) (c - '\uFF01' + '!'));
        continue;
      }
      if (isStyled(word, i)) { // "\uD835\uDC26", mathematical bold small m: "m"
        sb.append(java.text.Normalizer.normalize(word.substring(i, i + 2), java.text.Normalizer.Form.NFKC));
        i++;
        continue;
      }
      int k = latin && isLookAlikeAt(word, i) ? LOOK_ALIKES.indexOf(c) : -1;
      sb.append(k >= 0 ? LATIN.charAt(k) : c == '\u2019' || c == '\u2018' || c == '\u02BC' ? '\''
          : c == '\u2010' || c == '\u2011' ? '-' : c);
    }
    return sb.toString();
  }

  /**
   * Whether a mathematical alphanumeric symbol (U+1D400 to U+1D7FF: bold, italic, script, double-struck,
   * monospace letters and digits, which social-media spam writes words in to pass filters) starts at {@code i}.
   */
  public static boolean isStyled(String word, int i) {
    if (word.charAt(i) != '\uD835' || i + 1 >= word.length()) {
      return false;
    }
    int cp = word.codePointAt(i);
    return cp >= 0x1D400 && cp <= 0x1D7FF;
  }

  /** Whether {@code c} is a combining diacritical mark (U+0300 to U+036F), written after the letter it marks. */
  public static boolean isCombiningMark(char c) {
    return c >= '\u0300' && c <= '\u036F';
  }

  /** Whether {@code s} has a digit ("10-Q", "MP3", "2nd"). */
  public static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code w} is a word with a possessive "'s" (straight or curly apostrophe) after it: "officer's". */
  public static boolean possessive(String w) {
    return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
  }

  /**
   * Whether every letter of {@code word} is an ASCII letter (combining marks aside), and it has one: an English word
   * with accents put on it by combining marks ("ca\u0301sh"), which no English word needs and spam adds to slip past
   * word lists, is read without them. A word written with precomposed letters ("caf\u00E9") is not changed.
   */
  public static boolean asciiLetters(String word) {
    boolean any = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isCombiningMark(c) || isInvisible(c)) {
        continue;
      }
      if (Character.isLetter(c)) {
        if (c >= 0x80) {
          return false;
        }
        any = true;
      }
    }
    return any;
  }

  /** The letters of the Latin ligatures U+FB00 to U+FB06. */
  private static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

  /** Greek lower-case look-alikes ({@link #isLookAlikeAt}: in a run of three letters or more). */
  private static final String GREEK_LOWER = "\u03B1\u03BD\u03B9\u03BA\u03C5\u03C1\u03C4\u03C7\u03B5\u03C9\u03B7"
      + "\u03B3\u03F2";

  /**
   * Letters of other scripts and blocks drawn like the Latin letter at the same index of {@link #LATIN}: Cyrillic,
   * Greek, Armenian, small capitals, IPA, modifier (superscript) and subscript letters, Latin letters with hooks or
   * strokes, letterlike symbols and the long s, as spam writes words to pass filters
   * ("\u0420\u043E\u0585ice", "\u1D18\u1D0F\u029F\u026A\u1D04\u1D07", "\u1D56\u1D52\u02E1\u2071\u1D9C\u1D49"): an
   * evasion trial hid every one of 20 spun texts with the letters not listed before (P 0.99 -> 0.00), each such word
   * being one the model did not know.
   */
  private static final String LOOK_ALIKES = "\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501"
      + "\u0410\u0412\u0415\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0425\u0406\u0408\u0405"
      + "\u03BF\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7"
      // more Cyrillic: shha, qa, we, palochka, ka, dze-like komi de
      + "\u04BB\u051B\u051D\u04CF\u043A"
      // Armenian: o, se, vo, ho, za, co
      + "\u0585\u057D\u0578\u0570\u0566\u0581"
      // small capitals a b c d e f g h i j k l m n o p q r s t u v w y z
      + "\u1D00\u0299\u1D04\u1D05\u1D07\uA730\u0262\u029C\u026A\u1D0A\u1D0B\u029F\u1D0D\u0274\u1D0F\u1D18\u01EB"
      + "\u0280\uA731\u1D1B\u1D1C\u1D20\u1D21\u028F\u1D22"
      // IPA: script a, script g, iota; dotless i
      + "\u0251\u0261\u0269\u0131"
      // modifier (superscript) letters a b c d e f g h i j k l m n o p r s t u v w x y z
      + "\u1D43\u1D47\u1D9C\u1D48\u1D49\u1DA0\u1D4D\u02B0\u2071\u02B2\u1D4F\u02E1\u1D50\u207F\u1D52\u1D56\u02B3"
      + "\u02E2\u1D57\u1D58\u1D5B\u02B7\u02E3\u02B8\u1DBB"
      // Greek lower case: alpha, nu, iota, kappa, upsilon, rho, tau, chi, epsilon, omega, eta, gamma, lunate sigma
      + GREEK_LOWER
      // Latin letters with hooks b c d f g h k m n p q r s t v y z w, and with strokes a b c e g i j p r u y z (not the
      // d, h, l, o, t of European names: "\u0111", "\u0127", "\u0142", "\u00F8", "\u0167")
      + "\u0253\u0188\u0257\u0192\u0260\u0266\u0199\u0271\u0272\u01A5\u02A0\u027D\u0282\u01AD\u028B\u01B4"
      + "\u0225\u2C73"
      + "\u2C65\u0180\u023C\u0247\u01E5\u0268\u0249\u1D7D\u024D\u0289\u024F\u01B6"
      // letterlike l e g h o; subscript a e h i j k l m n o p r s t u v x; long s, dotless j
      + "\u2113\u212F\u210A\u210E\u2134"
      + "\u2090\u2091\u2095\u1D62\u2C7C\u2096\u2097\u2098\u2099\u2092\u209A\u1D63\u209B\u209C\u1D64\u1D65\u2093"
      + "\u017F\u0237";

  /**
   * The index in {@link #LOOK_ALIKES} of the first letter read as Latin only in a run of three letters or more ({@link
   * #isLookAlikeAt}): small capitals, IPA, superscript and Greek lower-case letters; the Cyrillic, Greek capital and
   * Armenian ones before it count anywhere.
   */
  private static final int FIRST_CONTEXTUAL = 51;

  private static final String LATIN = "aeopcyxijsd" + "ABEKMHOPCTXIJS" + "oABEZHIKMNOPTYX" + "hqwlk" + "ounhqg"
      + "abcdefghijklmnopq" + "rstuvwyz" + "agii" + "abcdefghijklmnopr" + "stuvwxyz" + "avikuptxewnyc"
      + "bcdfghkmnpqrstvyzw" + "abcegijpruyz" + "legho" + "aehijklmnoprstuvx" + "sj";

  /**
   * Whether {@code word} has letters and every one is a Cyrillic or Greek look-alike of a Latin letter
   * ("\u0455\u0430\u0456\u0501" is drawn as "said", "\u0430" as the article "a"): a Latin word written wholly in
   * look-alikes, read as Latin like one with a single look-alike. Words of Russian or Greek made of these letters
   * alone ("\u043E\u0440\u0435\u0445", "\u0430", "\u0441") are read as Latin too; their text, full of other
   * letters, is still not English (the few such "a"s do not bring it near the English check's bar of one function
   * word in ten), and {@link Disguises} does not count them there.
   */
  public static boolean allLookAlike(String word) {
    int letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (isLookAlikeAt(word, i)) {
        letters++;
      } else if (Character.isLetter(c) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return letters >= 1;
  }

  /** Whether {@code c} is a Cyrillic or Greek letter drawn like a Latin one, which {@link #canonical} reads as it. */
  public static boolean isLookAlike(char c) {
    return c >= '\u0131' && LOOK_ALIKES.indexOf(c) >= 0;
  }

  /**
   * Whether the character at {@code i} of {@code word} is read as a Latin letter ({@link #isLookAlike}): a Greek
   * lower-case one only beside another letter.
   */
  public static boolean isLookAlikeAt(String word, int i) {
    if (!isLookAlike(word.charAt(i))) {
      return false;
    }
    if (LOOK_ALIKES.indexOf(word.charAt(i)) < FIRST_CONTEXTUAL) {
      return true;
    }
    // small capitals, IPA, superscript and Greek lower-case letters are also notation: one alone or in a run of two
    // letters with a Latin one ("\u1D05-glucose", "x\u207F", "NF-\u03BAB", "\u03B1-helix", "\u03C1") or in a word
    // with a letter only phonetic transcription writes ("\u02C8\u026A\u014B\u0261l\u026A\u0283") is not a disguise
    for (int j = 0; j < word.length(); j++) {
      if (PHONETIC.indexOf(word.charAt(j)) >= 0) {
        return false;
      }
    }
    int from = i;
    while (from > 0 && Character.isLetter(word.charAt(from - 1))) {
      from--;
    }
    int to = i + 1;
    while (to < word.length() && Character.isLetter(word.charAt(to))) {
      to++;
    }
    if (to - from >= 3) {
      return true;
    }
    if (to - from < 2) {
      return false;
    }
    // a word of two letters: both look-alikes ("\u1D1B\u1D0F", "\u026A\u0274"), or a Greek one beside a small Latin
    // letter ("\u03B9s", "\u03C4o"); not "x\u207F", "NF-\u03BAB"
    char other = word.charAt(from == i ? i + 1 : from);
    return isLookAlike(other) || GREEK_LOWER.indexOf(word.charAt(i)) >= 0 && other >= 'a' && other <= 'z';
  }

  /** Letters and marks of phonetic transcription that no look-alike disguise needs. */
  private static final String PHONETIC = "\u014B\u0283\u0292\u0259\u025B\u0254\u028A\u03B8\u00F0\u00E6\u028C"
      + "\u0252\u025C\u02D0\u02C8\u02CC\u0265\u0279\u027E\u0294";

  /**
   * Whether {@code c} is a character that takes no room in print and carries nothing a reader sees, which the
   * tokenizer keeps with the word it is in or beside and lookups leave out: the soft hyphen, the combining grapheme
   * joiner, the Mongolian vowel separator, zero-width space, non-joiner and joiner, the direction marks and
   * embeddings, the word joiner and invisible operators, the direction isolates and the zero-width no-break space
   * (U+FEFF, which between words and at a text's start is whitespace).
   */
  public static boolean isInvisible(char c) {
    return c == '\u00AD' || c == '\u034F' || c == '\u180E' || c >= '\u200B' && c <= '\u200F'
        || c >= '\u202A' && c <= '\u202E' || c >= '\u2060' && c <= '\u2064' || c >= '\u2066' && c <= '\u2069'
        || c == '\uFEFF';
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

  /**
   * Whether {@code word} has two letters or more, every one a capital ("TIME", "U.S."; not "NASA's", "I" or
   * "DeFi"): a word in capitals, which a language model has read mostly as a name or an acronym.
   */
  public static boolean inCapitals(String word) {
    int letters = 0;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /**
   * {@code s}'s letters and digits in lower case, for telling a respelling from another word: "p.a.", "PA" and
   * "pa" read "pa"; "life-time" and "lifetime" read "lifetime".
   */
  public static String letters(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(sb::appendCodePoint);
    return sb.toString();
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
