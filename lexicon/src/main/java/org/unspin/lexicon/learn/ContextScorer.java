// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.util.List;

/**
 * A language model as seen by the unsupervised learner (the {@code lexicon} module sits below {@code lm}, so the
 * caller passes one in): how likely words are after the words before them. The learner calls it from the thread
 * that runs {@link UnsupervisedLearner#learn(List)}; implementations need not be thread-safe beyond that.
 *
 * @since 0.1
 */
public interface ContextScorer {

  /**
   * log10 P(words[from], ..., words[size - 1] | words[0], ..., words[from - 1]): lower-case tokens, no sentence
   * boundary implied at either end.
   */
  double log10(List<String> words, int from);

  /**
   * Whether the model knows a lower-case word; an unknown word gets the model's unknown-word probability, so any
   * known word "beats" it. The default knows every word.
   */
  default boolean knows(String word) {
    return true;
  }
}
