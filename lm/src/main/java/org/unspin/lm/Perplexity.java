// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import java.util.List;
import org.unspin.lm.train.Corpora;

/**
 * The perplexity of a model on a text: sentences split and words chosen as for training ({@link Corpora}), each
 * sentence scored with {@code <s>} before and {@code </s>} after, unknown words included at their
 * {@code <unk>} probability (as KenLM's {@code query} does).
 *
 * @param sentences sentences scored
 * @param words words scored, not counting {@code </s>}
 * @param unknown words the model maps to {@code <unk>}
 * @param log10Prob the total log10 probability
 * @since 0.1
 */
public record Perplexity(long sentences, long words, long unknown, double log10Prob) {

  /** 10^(-log10Prob / (words + sentences)): the {@code </s>} of every sentence counts as a token. */
  public double perplexity() {
    long tokens = words + sentences;
    return tokens == 0 ? Double.NaN : Math.pow(10, -log10Prob / tokens);
  }

  /** The sum of two results (for a total over files). */
  public Perplexity plus(Perplexity o) {
    return new Perplexity(sentences + o.sentences, words + o.words, unknown + o.unknown, log10Prob + o.log10Prob);
  }

  /** No text. */
  public static Perplexity zero() {
    return new Perplexity(0, 0, 0, 0);
  }

  /** The perplexity of {@code model} on plain {@code text}. */
  public static Perplexity of(LanguageModel model, String text) {
    long[] counts = new long[3];
    double[] sum = new double[1];
    Vocabulary v = model.vocabulary();
    LmState state = model.newState();
    Corpora.sentences(text, (List<String> words) -> {
      model.beginSentence(state);
      for (String w : words) {
        int id = v.id(w);
        if (id == v.unknownId()) {
          counts[2]++;
        }
        sum[0] += model.log10Score(state, id, state);
      }
      sum[0] += model.log10EndSentence(state);
      counts[0]++;
      counts[1] += words.size();
    });
    return new Perplexity(counts[0], counts[1], counts[2], sum[0]);
  }
}
