// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.util.List;

/**
 * A masked language model as seen by the unsupervised learner (the {@code lexicon} module sits below
 * {@code neural}, so the caller passes one in): how well each wording fits a place in a text, judged from the words on
 * both sides. The learner calls it from the thread that runs {@link UnsupervisedLearner#learn(List)}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface MaskedScorer {

  /**
   * The log10 (pseudo-)likelihood of each of {@code wordings} (space-separated words, cased as they would be
   * written) in place of {@code words[start, start + len)}, the text's words as written around them.
   */
  double[] log10(List<String> words, int start, int len, List<String> wordings);
}
