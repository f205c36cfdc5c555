// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A replacement of the characters {@code span} of a text by {@code text}. Immutable.
 *
 * @since 0.1
 */
public record Replacement(Span span, String text) {

  /**
   * Applies non-overlapping replacements to {@code input}; their order in the list does not matter.
   *
   * @throws IllegalArgumentException if two replacements overlap or one lies outside the input
   */
  public static String apply(String input, List<Replacement> replacements) {
    List<Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(Comparator.comparing(Replacement::span));
    StringBuilder sb = new StringBuilder(input.length() + 16);
    int at = 0;
    for (Replacement r : sorted) {
      if (r.span().start() < at || r.span().end() > input.length()) {
        throw new IllegalArgumentException("replacement " + r.span() + " overlaps another or lies outside the input");
      }
      sb.append(input, at, r.span().start()).append(r.text());
      at = r.span().end();
    }
    sb.append(input, at, input.length());
    return sb.toString();
  }
}
