// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * How a word from text finds its entry in a model: the case and number policy documented in
 * {@code docs/algorithms/lm.md}. Stateless and thread-safe.
 *
 * <ul>
 *   <li>A lower-case model (the Sphinx import) looks up the word lower-cased.
 *   <li>A cased model tries the word as written, then lower-cased, then capitalised ("NASA" finds "Nasa" only
 *       when "NASA" and "nasa" are absent).
 *   <li>In a model with a number class, any number ("5", "1,200", "3.5", "1990s", "5th") is the word
 *       {@value #NUMBER}. A model without the class knows numbers only as they are written.
 *   <li>Anything else is {@value #UNK}.
 * </ul>
 *
 * @since 0.1
 */
public final class WordPolicy {

  /** The unknown word. */
  public static final String UNK = "<unk>";
  /** Sentence start. */
  public static final String BOS = "<s>";
  /** Sentence end. */
  public static final String EOS = "</s>";
  /** The class of all numbers. */
  public static final String NUMBER = "<num>";

  private WordPolicy() {}

  /** Whether {@code w} is a number: a digit first (after an optional sign or currency sign) and no letters
   *  except an ordinal or decade suffix. */
  public static boolean isNumber(String w) {
    int n = w.length();
    int i = 0;
    if (i < n && (w.charAt(i) == '$' || w.charAt(i) == '-' || w.charAt(i) == '+')) {
      i++;
    }
    if (i >= n || !Character.isDigit(w.charAt(i))) {
      return false;
    }
    int letters = 0;
    for (; i < n; i++) {
      char c = w.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
      } else if (!Character.isDigit(c) && c != ',' && c != '.' && c != '%' && c != ':' && c != '/' && c != '\'') {
        return false;
      }
    }
    return letters <= 2;
  }

  /** The id of {@code word} in {@code ids} under the policy; {@code unk} when absent. */
  public static int lookup(Map<String, Integer> ids, String word, boolean lowercase, boolean numberClass, int unk) {
    return lookup(w -> {
      Integer id = ids.get(w);
      return id == null ? -1 : id;
    }, word, lowercase, numberClass, unk);
  }

  /**
   * The id of {@code word} under the policy, given {@code exact}: the id of exactly a string, or -1 when absent;
   * {@code unk} when no form of the word is present.
   */
  public static int lookup(ToIntFunction<String> exact, String word, boolean lowercase, boolean numberClass,
      int unk) {
    int id = lookupAsWritten(exact, word, lowercase, numberClass, unk);
    if (id != unk || !hasAccent(word)) {
      return id;
    }
    // a word with accents the model does not know, as its letters without them ("café", "crêpes", "déjà"): the
    // model read English prose, where they are mostly written plain, and a spun page about a café had its every
    // "café" counted as an unknown word, which hid it (P 0.98 as "cafe", 0.12 as "café")
    String plain = withoutAccents(word);
    return plain.equals(word) ? unk : lookupAsWritten(exact, plain, lowercase, numberClass, unk);
  }

  /** Whether {@code word} has a letter outside ASCII (a cheap test before {@link #withoutAccents}). */
  private static boolean hasAccent(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) > 0x7F && Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code word} without its Latin letters' diacritics ("crêpes" -> "crepes"); other letters as they are. */
  static String withoutAccents(String word) {
    String nfd = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder(nfd.length());
    for (int i = 0; i < nfd.length(); i++) {
      char c = nfd.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        sb.append(c);
      }
    }
    String out = sb.toString();
    return out.chars().allMatch(c -> c < 0x80) ? out : word; // only a word that becomes plain Latin
  }

  private static int lookupAsWritten(ToIntFunction<String> exact, String word, boolean lowercase,
      boolean numberClass, int unk) {
    if (numberClass && isNumber(word)) {
      int id = exact.applyAsInt(NUMBER);
      return id < 0 ? unk : id;
    }
    if (lowercase) {
      int id = exact.applyAsInt(word.toLowerCase(Locale.ROOT));
      if (id < 0 && isSpecial(word)) {
        id = exact.applyAsInt(word);
      }
      return id < 0 ? unk : id;
    }
    int id = exact.applyAsInt(word);
    if (id >= 0) {
      return id;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (lower != word) { // toLowerCase returns the word itself when it is lower-case already: just looked up
      id = exact.applyAsInt(lower);
      if (id >= 0) {
        return id;
      }
    }
    if (lower.length() > 1) {
      id = exact.applyAsInt(Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
    }
    return id < 0 ? unk : id;
  }

  /** Whether {@code w} is one of the markers {@code <s> </s> <unk> <num>}. */
  public static boolean isSpecial(String w) {
    return w.equals(BOS) || w.equals(EOS) || w.equals(UNK) || w.equals(NUMBER);
  }
}
