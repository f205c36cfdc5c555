// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.Locale;

/**
 * The capitalisation of a word or phrase, which can be read from one string and re-applied to another: a
 * replacement for "Officials" is written "Officers", for "MAY" "COULD".
 *
 * @since 0.1
 */
public enum CasePattern {
  /** No upper-case letters: "said". */
  LOWER,
  /** First letter upper case, the rest lower: "Said", "Center east". */
  TITLE,
  /** Every letter upper case, at least two letters: "NATO", "U.S.". */
  UPPER,
  /** Anything else ("iPhone", "McDonald", "Middle East"); re-applied, it leaves the replacement as it is. */
  MIXED,
  /** No letters at all ("2018", "—"). */
  NONE;

  /** The pattern of {@code s}. */
  public static CasePattern of(String s) {
    int letters = 0;
    int upper = 0;
    boolean firstUpper = false;
    boolean restLower = true;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (Character.isLetter(cp)) {
        boolean u = Character.isUpperCase(cp) || Character.isTitleCase(cp);
        if (letters == 0) {
          firstUpper = u;
        } else if (u) {
          restLower = false;
        }
        if (u) {
          upper++;
        }
        letters++;
      }
      i += Character.charCount(cp);
    }
    if (letters == 0) {
      return NONE;
    }
    if (upper == 0) {
      return LOWER;
    }
    if (upper == letters && letters >= 2) {
      return UPPER;
    }
    if (firstUpper && restLower) {
      return TITLE;
    }
    return MIXED;
  }

  /**
   * Writes {@code word} in this pattern. {@link #LOWER} lower-cases, {@link #TITLE} upper-cases the first letter
   * and leaves the rest as given (so "Middle East" stays), {@link #UPPER} upper-cases, {@link #MIXED} and
   * {@link #NONE} return the word unchanged.
   */
  public String apply(String word) {
    switch (this) {
      case LOWER:
        return word.toLowerCase(Locale.ROOT);
      case UPPER:
        return word.toUpperCase(Locale.ROOT);
      case TITLE:
        return capitalise(word);
      default:
        return word;
    }
  }

  /** {@code words} with each space-separated word {@link #capitalise capitalised}: "Officials Said". */
  public static String capitaliseWords(String words) {
    StringBuilder sb = new StringBuilder(words.length());
    for (String w : words.split(" ", -1)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(capitalise(w));
    }
    return sb.toString();
  }

  /** {@code word} with its first letter in upper case and the rest unchanged. */
  public static String capitalise(String word) {
    for (int i = 0; i < word.length(); ) {
      int cp = word.codePointAt(i);
      if (Character.isLetter(cp)) {
        if (Character.isUpperCase(cp)) {
          return word;
        }
        return word.substring(0, i)
            + new String(Character.toChars(Character.toTitleCase(cp)))
            + word.substring(i + Character.charCount(cp));
      }
      i += Character.charCount(cp);
    }
    return word;
  }
}
