// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.util.List;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;
import org.unspin.lm.Vocabulary;

/** The string API in terms of the id API, shared by the model implementations. Stateless. */
final class Models {

  private Models() {}

  static double log10Prob(LanguageModel model, List<String> ngram) {
    if (ngram.isEmpty() || ngram.size() > model.order()) {
      throw new IllegalArgumentException("n-gram must have 1.." + model.order() + " words: " + ngram);
    }
    Vocabulary v = model.vocabulary();
    int[] ids = new int[ngram.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = v.id(ngram.get(i));
    }
    return model.log10Prob(ids, 0, ids.length);
  }

  static double log10Sentence(LanguageModel model, List<String> words) {
    Vocabulary v = model.vocabulary();
    LmState state = model.newState();
    model.beginSentence(state);
    double sum = 0;
    for (String w : words) {
      sum += model.log10Score(state, v.id(w), state);
    }
    return sum + model.log10EndSentence(state);
  }
}
