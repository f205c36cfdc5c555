// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import java.util.LinkedHashMap;
import java.util.Map;

/** The little JSON the truth files need: string quoting, and reading back one flat object per line. */
final class Json {

  private Json() {}

  static void quote(String s, StringBuilder sb) {
    org.unspin.text.JsonStrings.quote(s, sb);
  }

  /** Parses a flat object of string and integer values. */
  static Map<String, Object> parseFlat(String line) {
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
      } else {
        int start = pos[0];
        while (pos[0] < line.length() && (Character.isDigit(line.charAt(pos[0])) || line.charAt(pos[0]) == '-')) {
          pos[0]++;
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
