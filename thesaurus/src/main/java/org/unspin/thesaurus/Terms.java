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

  /** The key form of {@code term}. */
  public static String normalize(String term) {
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
}
