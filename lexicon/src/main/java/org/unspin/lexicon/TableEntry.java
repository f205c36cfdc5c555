// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

/**
 * One row of a spinner table: the spinner turned {@code original} into {@code spun} with probability
 * {@code probability} = P(spun | original). Phrases are 1 to 4 tokens separated by single spaces. Immutable.
 *
 * @param level whether the entry applies to the written forms only or to every inflection of the lemmas
 * @param original the original phrase (lower case unless case-bearing, like "May")
 * @param spun the spun phrase (lower case unless the original is case-bearing)
 * @param probability P(spun | original), in (0, 1]
 * @param count how many times the learner saw the substitution (expected count for EM-learned entries,
 *     rounded); 0 when unknown
 * @since 0.1
 */
public record TableEntry(Level level, String original, String spun, double probability, int count) {

  /** Maximum number of tokens on either side of an entry. */
  public static final int MAX_TOKENS = 4;

  /** How an entry matches text. */
  public enum Level {
    /** Matches the written form only ("officials" -> "officers"). */
    SURFACE,
    /** Matches every inflection of single-word lemmas ("official" -> "officer" covers the plural). */
    LEMMA
  }

  public TableEntry {
    if (level == null || original == null || spun == null) {
      throw new IllegalArgumentException("null field");
    }
    checkPhrase(original);
    checkPhrase(spun);
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
    if (level == Level.LEMMA && (original.indexOf(' ') >= 0 || spun.indexOf(' ') >= 0)) {
      throw new IllegalArgumentException("lemma entries are single words: " + original + " -> " + spun);
    }
  }

  /** Number of tokens in the spun phrase. */
  public int spunLength() {
    return tokens(spun);
  }

  /** log10 of {@link #probability()}. */
  public double log10Probability() {
    return Math.log10(probability);
  }

  static int tokens(String phrase) {
    int n = 1;
    for (int i = 0; i < phrase.length(); i++) {
      if (phrase.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  static void checkPhrase(String phrase) {
    if (phrase.isEmpty() || phrase.startsWith(" ") || phrase.endsWith(" ") || phrase.contains("  ")) {
      throw new IllegalArgumentException("phrase must be tokens separated by single spaces: '" + phrase + "'");
    }
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        throw new IllegalArgumentException("phrase holds a tab or line break: '" + phrase + "'");
      }
    }
    if (tokens(phrase) > MAX_TOKENS) {
      throw new IllegalArgumentException("phrase longer than " + MAX_TOKENS + " tokens: '" + phrase + "'");
    }
  }
}
