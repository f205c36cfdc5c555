// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

/**
 * The probability that a spinner leaves {@code word} as it is: P(spun = word | original = word). Immutable and
 * thread-safe.
 *
 * @param word the original word, lower case
 * @param probability in (0, 1]
 * @param count how many times the word was seen in the originals the table was learned from
 * @since 0.1
 */
public record KeepEntry(String word, double probability, int count) {

  public KeepEntry {
    if (word == null || word.isEmpty() || word.indexOf(' ') >= 0 || word.indexOf('\t') >= 0) {
      throw new IllegalArgumentException("keep entries are single words: '" + word + "'");
    }
    if (!(probability > 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in (0, 1]: " + probability);
    }
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
  }
}
