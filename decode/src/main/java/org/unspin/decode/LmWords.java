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
    String[] parts = phrase.trim().split(" +");
    int[] out = new int[parts.length];
    int n = 0;
    for (String p : parts) {
      if (p.isEmpty()) {
        continue;
      }
      int id = id(vocabulary, p);
      if (id != SKIP) {
        out[n++] = id;
      }
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }
}
