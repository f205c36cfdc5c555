// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.Locale;

/**
 * A minimal JSON writer with two-space indentation and fixed number formatting (so output is byte-for-byte
 * deterministic). Callers write values in order; commas and indentation are handled here. Not thread-safe.
 */
final class JsonWriter {

  private final StringBuilder sb = new StringBuilder();
  private int depth;
  private boolean first = true;
  private boolean afterName;

  JsonWriter beginObject() {
    value();
    sb.append('{');
    depth++;
    first = true;
    return this;
  }

  JsonWriter endObject() {
    return end('}');
  }

  JsonWriter beginArray() {
    value();
    sb.append('[');
    depth++;
    first = true;
    return this;
  }

  JsonWriter endArray() {
    return end(']');
  }

  private JsonWriter end(char c) {
    depth--;
    if (!first) {
      newline();
    }
    sb.append(c);
    first = false;
    return this;
  }

  JsonWriter name(String name) {
    separator();
    string(name);
    sb.append(": ");
    afterName = true;
    return this;
  }

  JsonWriter value(String s) {
    value();
    string(s);
    return this;
  }

  JsonWriter value(boolean b) {
    value();
    sb.append(b);
    return this;
  }

  JsonWriter value(long n) {
    value();
    sb.append(n);
    return this;
  }

  /** A number with four decimals (probabilities) or, for log scores, as given by {@code decimals}. */
  JsonWriter value(double d, int decimals) {
    value();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      sb.append("null");
    } else {
      String s = String.format(Locale.ROOT, "%." + decimals + "f", d);
      if (s.startsWith("-") && Double.parseDouble(s) == 0) {
        s = s.substring(1);
      }
      sb.append(s);
    }
    return this;
  }

  private void value() {
    if (afterName) {
      afterName = false;
      first = false;
      return;
    }
    separator();
  }

  private void separator() {
    if (depth > 0) {
      if (!first) {
        sb.append(',');
      }
      newline();
    }
    first = false;
  }

  private void newline() {
    sb.append('\n');
    for (int i = 0; i < depth; i++) {
      sb.append("  ");
    }
  }

  private void string(String s) {
    escape(sb, s);
  }

  /** {@code s} as a JSON string literal, quotes included. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    escape(out, s);
    return out.toString();
  }

  /** Appends {@code s} as a JSON string literal; lone surrogates and line separators are escaped. */
  private static void escape(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !validSurrogate(s, i)) {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  private static boolean validSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
