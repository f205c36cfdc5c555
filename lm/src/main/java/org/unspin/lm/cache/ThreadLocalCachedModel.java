// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.cache;

import java.util.List;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;
import org.unspin.lm.Vocabulary;

/** One {@link CachedModel} per thread in front of a shared model. Thread-safe. */
final class ThreadLocalCachedModel implements LanguageModel {

  private final LanguageModel model;
  private final ThreadLocal<CachedModel> caches;

  ThreadLocalCachedModel(LanguageModel model, int bits) {
    CachedModel.notThreadSafe(model, bits); // validates bits now, not in some thread later
    this.model = model;
    this.caches = ThreadLocal.withInitial(() -> CachedModel.notThreadSafe(model, bits));
  }

  @Override
  public int order() {
    return model.order();
  }

  @Override
  public Vocabulary vocabulary() {
    return model.vocabulary();
  }

  @Override
  public LmState newState() {
    return model.newState();
  }

  @Override
  public void beginSentence(LmState out) {
    model.beginSentence(out);
  }

  @Override
  public float log10Score(LmState in, int word, LmState out) {
    return caches.get().log10Score(in, word, out);
  }

  @Override
  public float log10EndSentence(LmState in) {
    return caches.get().log10EndSentence(in);
  }

  @Override
  public float log10Prob(int[] ids, int from, int to) {
    return caches.get().log10Prob(ids, from, to);
  }

  @Override
  public double log10Prob(List<String> ngram) {
    return model.log10Prob(ngram);
  }

  @Override
  public double log10Sentence(List<String> words) {
    return caches.get().log10Sentence(words);
  }

  @Override
  public void close() {
    caches.remove();
  }
}
