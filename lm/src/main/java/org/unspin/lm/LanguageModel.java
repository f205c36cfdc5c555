// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import java.util.List;

/**
 * An n-gram language model. Probabilities are log base 10 and always {@code <= 0}.
 *
 * <p>Two APIs, as in BerkeleyLM and KenLM: the easy one takes strings; the fast one takes word ids from
 * {@link #vocabulary()} and a caller-owned {@link LmState}, and allocates nothing per query.
 *
 * <p>Words are passed as they appear in text (after {@link org.unspin.text.Words#canonical(String)}); the model
 * applies its own case and number policy inside {@link Vocabulary#id(String)}, documented by each implementation.
 *
 * <p>Implementations are immutable after loading and safe to query from many threads; each thread uses its own
 * {@link LmState} objects.
 *
 * @since 0.1
 */
public interface LanguageModel extends AutoCloseable {

  /** The highest n-gram order. */
  int order();

  /** The model's words and their ids; unknown words map to {@link Vocabulary#unknownId()}. */
  Vocabulary vocabulary();

  /**
   * A new, empty state (no context) sized for this model. The default holds {@code order() - 1} words, the most
   * context an n-gram model uses.
   */
  default LmState newState() {
    return new LmState(order() - 1);
  }

  /**
   * Sets {@code out} to the state at the start of a sentence (context {@code <s>}). The default makes {@code out}
   * hold just {@link Vocabulary#sentenceStartId()}.
   */
  default void beginSentence(LmState out) {
    out.clear();
    out.append(0, vocabulary().sentenceStartId());
  }

  /**
   * log10 P(word | context of {@code in}); writes the state after {@code word} into {@code out}. {@code in} and
   * {@code out} may be the same object. No allocation.
   */
  float log10Score(LmState in, int word, LmState out);

  /** log10 P({@code </s>} | context of {@code in}). */
  float log10EndSentence(LmState in);

  /** log10 P(ids[to-1] | ids[from..to-1)), with backoff. {@code to - from} is at most {@link #order()}. */
  float log10Prob(int[] ids, int from, int to);

  /**
   * Many queries of {@code n} words at once: {@code out[i] = log10Prob(ids, i*n, i*n+n)} for {@code i < count}.
   * Implementations may overlap the memory accesses of neighbouring queries, which makes a batch faster than the
   * same queries one by one (a decoder scoring all candidates of a position). No allocation per query.
   */
  default void log10Probs(int[] ids, int n, int count, float[] out) {
    for (int i = 0; i < count; i++) {
      out[i] = log10Prob(ids, i * n, i * n + n);
    }
  }

  /**
   * log10 P(last word | the words before it) for an n-gram of strings; at most {@link #order()} words. The default
   * looks each word up in {@link #vocabulary()} and asks {@link #log10Prob(int[], int, int)}.
   *
   * @throws IllegalArgumentException if {@code ngram} is empty or longer than {@link #order()}
   */
  default double log10Prob(List<String> ngram) {
    if (ngram.isEmpty() || ngram.size() > order()) {
      throw new IllegalArgumentException("n-gram must have 1.." + order() + " words: " + ngram);
    }
    Vocabulary v = vocabulary();
    int[] ids = new int[ngram.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = v.id(ngram.get(i));
    }
    return log10Prob(ids, 0, ids.length);
  }

  /**
   * log10 P of a whole sentence, with {@code <s>} before it and {@code </s>} after it. The default walks one
   * state from {@link #beginSentence(LmState)} through {@link #log10Score(LmState, int, LmState)} to
   * {@link #log10EndSentence(LmState)}.
   */
  default double log10Sentence(List<String> words) {
    Vocabulary v = vocabulary();
    LmState state = newState();
    beginSentence(state);
    double sum = 0;
    for (String w : words) {
      sum += log10Score(state, v.id(w), state);
    }
    return sum + log10EndSentence(state);
  }

  /**
   * Releases what the model holds beyond its memory (a thread-local cache's entries); the model should not be used
   * afterwards. The project's memory-mapped models hold nothing more: their image is released when the model becomes
   * unreachable (Java 17 cannot unmap a file while a thread may still read it), so they go on answering after this.
   */
  @Override
  void close();
}
