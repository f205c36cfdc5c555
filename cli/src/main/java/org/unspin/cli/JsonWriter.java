// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.Locale;

/**
 * A minimal JSON writer with two-space indentation, or on one line ({@link #compact()}, for JSON Lines), and fixed
 * number formatting (so output is byte-for-byte deterministic). Callers write values in order; commas and
 * indentation are handled here. Not thread-safe.
 */
final class JsonWriter {

  private final StringBuilder sb = new StringBuilder();
  private final boolean indent;
  private int depth;
  private boolean first = true;
  private boolean afterName;

  /** A writer with two-space indentation. */
  JsonWriter() {
    this(true);
  }

  private JsonWriter(boolean indent) {
    this.indent = indent;
  }

  /** A writer that puts everything on one line, with no spaces between tokens. */
  static JsonWriter compact() {
    return new JsonWriter(false);
  }

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
    sb.append(indent ? ": " : ":");
    afterName = true;
    return this;
  }

  JsonWriter value(String s) {
    value();
    string(s);
    return this;
  }

  /** A value already written as JSON ({@code "a"}, {@code 12}, {@code {"k":1}}), copied as it is. */
  JsonWriter raw(String json) {
    value();
    sb.append(json);
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
    if (!indent) {
      return;
    }
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
    org.unspin.text.JsonStrings.quote(s, sb);
  }

  @Override
  public String toString() {
    return sb.toString();
  }
}
