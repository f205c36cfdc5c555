// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.util.Locale;

/**
 * The key form of thesaurus entries: lower case, curly apostrophes made straight, underscores and runs of spaces
 * made one space, trimmed. "Bring_up" and "bring  up" are both "bring up". Stateless.
 *
 * @since 0.1
 */
public final class Terms {

  private Terms() {}

  /** The key form of {@code term}: {@code term} itself when it is one already, as most looked-up terms are. */
  public static String normalize(String term) {
    if (isKey(term)) {
      return term; // no copy, and the string keeps its cached hash for the lookups that follow
    }
    return rebuild(term);
  }

  /** The key form of {@code term}, built character by character. */
  static String rebuild(String term) {
    StringBuilder sb = new StringBuilder(term.length());
    boolean space = false;
    for (int i = 0; i < term.length(); i++) {
      char c = term.charAt(i);
      if (c == '_' || Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      if (c == '\u2019' || c == '\u2018') {
        c = '\'';
      }
      sb.append(c);
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code term} is its own key form, told without building it (a few key forms of rare characters say no). */
  static boolean isKey(String term) {
    int n = term.length();
    if (n > 0 && (term.charAt(0) == ' ' || term.charAt(n - 1) == ' ')) {
      return false;
    }
    char prev = 0;
    for (int i = 0; i < n; i++) {
      char c = term.charAt(i);
      if (c == ' ') {
        if (prev == ' ') {
          return false;
        }
      } else if (c < 128) {
        if (c >= 'A' && c <= 'Z' || c == '_' || Character.isWhitespace(c)) {
          return false;
        }
      } else if (c == '\u2019' || c == '\u2018' || Character.isWhitespace(c) || Character.isSurrogate(c)
          || Character.toLowerCase(c) != c) {
        return false;
      }
      prev = c;
    }
    return true;
  }
}
