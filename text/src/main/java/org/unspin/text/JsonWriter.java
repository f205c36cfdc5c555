// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.Locale;

/**
 * A minimal JSON writer with two-space indentation, or on one line ({@link #compact()}, for JSON Lines), and fixed
 * number formatting (so output is byte-for-byte deterministic). Callers write values in order; commas and
 * indentation are handled here: the writer behind the command line's, the server's and the library's JSON
 * ({@code org.unspin.ResultJson}). Not thread-safe.
 *
 * @since 0.1
 */
public final class JsonWriter {

  private final StringBuilder sb = new StringBuilder();
  private final boolean indent;
  private int depth;
  private boolean first = true;
  private boolean afterName;

  /** A writer with two-space indentation. */
  public JsonWriter() {
    this(true);
  }

  private JsonWriter(boolean indent) {
    this.indent = indent;
  }

  /** A writer that puts everything on one line, with no spaces between tokens. */
  public static JsonWriter compact() {
    return new JsonWriter(false);
  }

  /** Opens an object (as a value, or after {@link #name}). */
  public JsonWriter beginObject() {
    return begin('{');
  }

  /** Closes the object opened last. */
  public JsonWriter endObject() {
    return end('}');
  }

  /** Opens an array (as a value, or after {@link #name}). */
  public JsonWriter beginArray() {
    return begin('[');
  }

  /** Closes the array opened last. */
  public JsonWriter endArray() {
    return end(']');
  }

  private JsonWriter begin(char c) {
    value();
    sb.append(c);
    depth++;
    first = true;
    return this;
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

  /** The name of the next member of the open object. */
  public JsonWriter name(String name) {
    separator();
    string(name);
    sb.append(indent ? ": " : ":");
    afterName = true;
    return this;
  }

  /** A string value. */
  public JsonWriter value(String s) {
    value();
    string(s);
    return this;
  }

  /** A value already written as JSON ({@code "a"}, {@code 12}, {@code {"k":1}}), copied as it is. */
  public JsonWriter raw(String json) {
    value();
    sb.append(json);
    return this;
  }

  /** A boolean value. */
  public JsonWriter value(boolean b) {
    value();
    sb.append(b);
    return this;
  }

  /** A whole-number value. */
  public JsonWriter value(long n) {
    value();
    sb.append(n);
    return this;
  }

  /**
   * A number with four decimals (probabilities) or, for log scores, as given by {@code decimals};
   * {@code null} for NaN and infinities, and never "-0".
   */
  public JsonWriter value(double d, int decimals) {
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

  /** Appends {@code s} as a JSON string literal; lone surrogates and line separators are escaped. */
  private static void escape(StringBuilder sb, String s) {
    JsonStrings.quote(s, sb);
  }

  /** What was written so far. */
  @Override
  public String toString() {
    return sb.toString();
  }
}
