// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The facts a spinner keeps: the numbers of a text. A spinner replaces words but copies figures, dates and amounts
 * ("five" and "5" alike), so two spins of one source agree on their numbers, while two articles written on one
 * template (daily market reports, match reports, weather) share their wording and differ in exactly those. Used to
 * keep such articles out of one family ({@link TraceIndex#families}, the Spark job's clusters). Pure functions;
 * thread-safe.
 *
 * @since 0.1
 */
public final class Facts {

  /** Two texts are compared on their numbers only when each has at least this many distinct ones. */
  public static final int MIN_NUMBERS = 5;

  /**
   * Below this share of the smaller set of numbers found in the other, two texts report different facts. Spins of one
   * source share nearly all (the lowest of the development pairs: 15 of 16); templated reports a third or less.
   */
  public static final double MIN_SHARED = 0.5;

  private Facts() {}

  /** The distinct numbers of {@code text}, normalised ("5" for "five", "50000" for "50,000"). */
  public static Set<String> numbers(String text) {
    return numbers(Terms.of(text, 0), 0, Integer.MAX_VALUE);
  }

  /** The distinct numbers (normalised, {@link Terms}) among the words {@code [from, to)} of {@code terms}. */
  static Set<String> numbers(List<Terms.Term> terms, int from, int to) {
    Set<String> out = new HashSet<>();
    int word = 0;
    for (Terms.Term t : terms) {
      if (!t.isWord()) {
        continue;
      }
      if (word >= from && word < to && t.kind() == Terms.Kind.NUMBER) {
        out.add(t.norm());
      }
      word++;
    }
    return out;
  }

  /**
   * Whether two texts with these numbers report different facts: each has at least {@value #MIN_NUMBERS} distinct
   * numbers and fewer than {@value #MIN_SHARED} of the smaller set are in the other. Texts with fewer numbers are
   * never said to disagree.
   */
  public static boolean disagree(Set<String> a, Set<String> b) {
    Set<String> small = a.size() <= b.size() ? a : b;
    Set<String> large = small == a ? b : a;
    if (small.size() < MIN_NUMBERS) {
      return false;
    }
    int shared = 0;
    for (String n : small) {
      if (large.contains(n)) {
        shared++;
      }
    }
    return shared < MIN_SHARED * small.size();
  }
}
