// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.unspin.text.Token;
import org.unspin.text.Tokenizer;

/**
 * A crude stand-in spinner for tests and for benchmarks run without the thesaurus-based {@code org.unspin.spin}
 * spinner: it replaces a share of the lower-case content words (not function words, names or numbers) by another
 * content word of the same text, sometimes by two, and writes small number words as digits. It keeps whitespace and
 * punctuation. It knows no synonyms, so its output is not fluent; what it models is how much of a text a spinner
 * leaves alone. Deterministic in the seed; thread-safe.
 *
 * @since 0.1
 */
public final class WordSwapSpinner implements TextSpinner {

  private static final java.util.Map<String, String> DIGITS = java.util.Map.of("two", "2", "three", "3", "four", "4",
      "five", "5", "six", "6", "seven", "7", "eight", "8", "nine", "9", "ten", "10");

  private static final java.util.Set<String> KEEP = java.util.Set.of("a", "an", "the", "of", "in", "on", "at", "by",
      "for", "with", "from", "to", "and", "or", "but", "not", "no", "is", "are", "was", "were", "be", "been", "it",
      "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "this", "that", "these", "those",
      "which", "who", "what", "as", "if", "than", "then", "so", "have", "has", "had", "do", "does", "did", "will",
      "would", "can", "could", "may", "might", "shall", "should", "must", "there", "all", "any", "some", "one");

  private final double rate;

  private WordSwapSpinner(double rate) {
    this.rate = rate;
  }

  /** A spinner replacing about {@code rate} (0..1) of the content words. */
  public static WordSwapSpinner withRate(double rate) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be in [0, 1]: " + rate);
    }
    return new WordSwapSpinner(rate);
  }

  @Override
  public String spin(String text, long seed) {
    List<Token> tokens = Tokenizer.tokenize(text);
    List<String> pool = new ArrayList<>();
    for (Token t : tokens) {
      if (isContent(t)) {
        pool.add(t.text());
      }
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (Token t : tokens) {
      String lower = t.text().toLowerCase(Locale.ROOT);
      if (t.kind() == Token.Kind.WORD && DIGITS.containsKey(lower) && rnd.nextDouble() < 0.5) {
        sb.append(DIGITS.get(lower));
      } else if (isContent(t) && rnd.nextDouble() < rate && pool.size() > 1) {
        String w = pool.get(rnd.nextInt(pool.size()));
        sb.append(w.equals(t.text()) ? w + "s" : w);
        if (rnd.nextDouble() < 0.15) {
          sb.append(' ').append(pool.get(rnd.nextInt(pool.size())));
        }
      } else {
        sb.append(t.text());
      }
    }
    return sb.toString();
  }

  private static boolean isContent(Token t) {
    if (t.kind() != Token.Kind.WORD || !Character.isLowerCase(t.text().charAt(0))) {
      return false;
    }
    String lower = t.text().toLowerCase(Locale.ROOT);
    return !KEEP.contains(lower) && !DIGITS.containsKey(lower);
  }
}
