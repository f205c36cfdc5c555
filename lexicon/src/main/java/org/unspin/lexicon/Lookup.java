// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.List;
import java.util.Locale;
import org.unspin.text.Words;

/** Key spellings shared by tables, channels and learners. Stateless. */
final class Lookup {

  private Lookup() {}

  /** Canonical apostrophes, lower case. */
  static String lower(String word) {
    return Words.canonical(word).toLowerCase(Locale.ROOT);
  }

  /** {@code words[from, to)} canonicalised and joined by single spaces; lower-cased when {@code lower}. */
  static String join(List<String> words, int from, int to, boolean lower) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      String w = Words.canonical(words.get(k));
      sb.append(lower ? w.toLowerCase(Locale.ROOT) : w);
    }
    return sb.toString();
  }

  /** True when the word has an upper-case letter. */
  static boolean hasUpper(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
