// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.Locale;

/**
 * JSON string literals, for the modules that write JSON by hand (reports, truth files, the CLI's writer). Quotes,
 * backslashes and control characters are escaped; so are U+2028 / U+2029 (line breaks to JavaScript) and lone
 * surrogates (which UTF-8 cannot encode), so the output is valid JSON for any Java string. Stateless.
 *
 * @since 0.1
 */
public final class JsonStrings {

  private JsonStrings() {}

  /** {@code s} as a JSON string literal, quotes included. */
  public static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    quote(s, sb);
    return sb.toString();
  }

  /** Appends {@code s} as a JSON string literal, quotes included, to {@code sb}. */
  public static void quote(String s, StringBuilder sb) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !paired(s, i)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  private static boolean paired(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
