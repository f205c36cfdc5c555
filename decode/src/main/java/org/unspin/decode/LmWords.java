// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import org.unspin.lm.Vocabulary;
import org.unspin.text.Words;

/**
 * Which tokens the language model scores, and as which ids: a word or number always (unknown words as
 * {@code <unk>}); a punctuation mark or symbol only when the model has it, otherwise it is transparent (skipped,
 * leaving the context as it was). Stateless.
 */
final class LmWords {

  /** Marks a token the model does not score. */
  static final int SKIP = Integer.MIN_VALUE;

  private LmWords() {}

  /** The id to score {@code word} with, or {@link #SKIP}. */
  static int id(Vocabulary vocabulary, String word) {
    String w = Words.canonical(word);
    if (Words.isLexical(w)) {
      return vocabulary.id(w);
    }
    int id = vocabulary.id(w);
    return id == vocabulary.unknownId() ? SKIP : id;
  }

  /** The ids of a space-separated phrase, skipped tokens left out. */
  static int[] ids(Vocabulary vocabulary, String phrase) {
    // as phrase.trim().split(" +") without a regular expression: runs of spaces separate the parts
    String t = phrase.trim();
    if (t.indexOf(' ') < 0) {
      int id = t.isEmpty() ? SKIP : id(vocabulary, t);
      return id == SKIP ? new int[0] : new int[] {id};
    }
    int[] out = new int[t.length()];
    int n = 0;
    int from = 0;
    while (from < t.length()) {
      int end = t.indexOf(' ', from);
      if (end < 0) {
        end = t.length();
      }
      if (end > from) {
        int id = id(vocabulary, t.substring(from, end));
        if (id != SKIP) {
          out[n++] = id;
        }
      }
      from = end + 1;
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
