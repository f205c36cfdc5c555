// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * JSON string literals, for the modules that write JSON by hand (reports, truth files, the CLI's writer), and the
 * flat objects they read back ({@link #parseFlat(String)}: truth files, the licence list's entries). Quotes,
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

  /**
   * Parses one flat JSON object (a truth file's line, a licence list's entry): string values as {@link String},
   * integers as {@link Long}, {@code true}/{@code false} as {@link Boolean}, {@code null} as null; nested objects
   * and arrays are not read.
   *
   * @throws IllegalArgumentException naming the character offset where the text is not such an object
   */
  public static Map<String, Object> parseFlat(String line) {
    Map<String, Object> out = new LinkedHashMap<>();
    int[] pos = {skip(line, 0)};
    expect(line, pos, '{');
    if (peek(line, pos) == '}') {
      return out;
    }
    while (true) {
      String key = string(line, pos);
      expect(line, pos, ':');
      char c = peek(line, pos);
      if (c == '"') {
        out.put(key, string(line, pos));
      } else if (c == 't' || c == 'f' || c == 'n') {
        String word = c == 't' ? "true" : c == 'f' ? "false" : "null";
        if (!line.startsWith(word, pos[0])) {
          throw new IllegalArgumentException("expected a value at " + pos[0]);
        }
        pos[0] += word.length();
        out.put(key, c == 'n' ? null : Boolean.valueOf(c == 't'));
      } else {
        int start = pos[0];
        while (pos[0] < line.length() && (Character.isDigit(line.charAt(pos[0])) || line.charAt(pos[0]) == '-')) {
          pos[0]++;
        }
        if (start == pos[0]) {
          throw new IllegalArgumentException("expected a value at " + start);
        }
        out.put(key, Long.parseLong(line.substring(start, pos[0])));
      }
      c = peek(line, pos);
      pos[0]++;
      if (c == '}') {
        return out;
      }
      if (c != ',') {
        throw new IllegalArgumentException("expected , or } at " + (pos[0] - 1));
      }
    }
  }

  private static int skip(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static char peek(String s, int[] pos) {
    pos[0] = skip(s, pos[0]);
    if (pos[0] >= s.length()) {
      throw new IllegalArgumentException("unexpected end of line");
    }
    return s.charAt(pos[0]);
  }

  private static void expect(String s, int[] pos, char c) {
    if (peek(s, pos) != c) {
      throw new IllegalArgumentException("expected " + c + " at " + pos[0]);
    }
    pos[0]++;
  }

  private static String string(String s, int[] pos) {
    expect(s, pos, '"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos[0] >= s.length()) {
        throw new IllegalArgumentException("unterminated string");
      }
      char c = s.charAt(pos[0]++);
      if (c == '"') {
        return sb.toString();
      }
      if (c == '\\') {
        if (pos[0] >= s.length()) {
          throw new IllegalArgumentException("unterminated string");
        }
        char e = s.charAt(pos[0]++);
        switch (e) {
          case 'n':
            sb.append('\n');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'u':
            if (pos[0] + 4 > s.length()) {
              throw new IllegalArgumentException("unterminated string");
            }
            sb.append((char) Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16));
            pos[0] += 4;
            break;
          default:
            sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
  }
}
