// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;

/**
 * The plainest store: exact float values in a {@link HashMap} keyed by the n-gram's ids, with the ARPA backoff rule
 * applied literally. Slow and large; the reference the compact stores are tested against, and fine for tiny models.
 * Immutable and thread-safe after construction.
 *
 * @since 0.1
 */
public final class MapNgramModel implements LanguageModel {

  private final HashedVocabulary vocabulary;
  private final int order;
  private final Map<List<Integer>, float[]> entries = new HashMap<>();

  private MapNgramModel(NgramData data) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < data.vocabularySize(); i++) {
      words.add(data.word(i));
    }
    this.vocabulary = HashedVocabulary.of(words, data.lowercase(), data.numberClass());
    this.order = data.order();
    for (int i = 0; i < data.vocabularySize(); i++) {
      entries.put(List.of(i), new float[] {data.unigramLog10Prob(i), data.unigramLog10Backoff(i)});
    }
    int[] g = new int[order];
    for (int n = 2; n <= order; n++) {
      for (int i = 0; i < data.count(n); i++) {
        data.gram(n, i, g);
        List<Integer> key = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          key.add(g[k]);
        }
        entries.put(List.copyOf(key), new float[] {data.log10Prob(n, i), data.log10Backoff(n, i)});
      }
    }
  }

  /** A model holding exactly the entries of {@code data}. */
  public static MapNgramModel of(NgramData data) {
    return new MapNgramModel(data);
  }

  @Override
  public int order() {
    return order;
  }

  @Override
  public HashedVocabulary vocabulary() {
    return vocabulary;
  }

  /** The ARPA rule: p(w|h) if listed, else backoff(h) + p(w|h minus its oldest word). */
  private float prob(List<Integer> ngram) {
    float[] e = entries.get(ngram);
    if (e != null) {
      return e[0];
    }
    List<Integer> context = ngram.subList(0, ngram.size() - 1);
    float[] c = entries.get(context);
    float bo = c == null ? 0f : c[1];
    return bo + prob(ngram.subList(1, ngram.size()));
  }

  @Override
  public float log10Prob(int[] ids, int from, int to) {
    List<Integer> g = new ArrayList<>();
    for (int i = Math.max(from, to - order); i < to; i++) {
      g.add(ids[i]);
    }
    return prob(g);
  }

  @Override
  public float log10Score(LmState in, int word, LmState out) {
    int[] ids = new int[in.length() + 1];
    for (int i = 0; i < in.length(); i++) {
      ids[i] = in.word(i);
    }
    ids[in.length()] = word;
    float p = log10Prob(ids, 0, ids.length);
    // state: the longest suffix that is a listed n-gram
    int keep = 0;
    for (int n = Math.min(ids.length, order - 1); n >= 1; n--) {
      List<Integer> g = new ArrayList<>();
      for (int i = ids.length - n; i < ids.length; i++) {
        g.add(ids[i]);
      }
      if (entries.containsKey(g)) {
        keep = n;
        break;
      }
    }
    if (out != in) {
      out.copyFrom(in);
    }
    out.append(Math.max(keep, 1) - 1, word);
    return p;
  }

  @Override
  public float log10EndSentence(LmState in) {
    LmState scratch = in.copy();
    return log10Score(scratch, vocabulary.sentenceEndId(), scratch);
  }

  @Override
  public void close() {}
}
