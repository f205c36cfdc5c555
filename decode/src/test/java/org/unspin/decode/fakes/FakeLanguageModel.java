// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode.fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;
import org.unspin.lm.Vocabulary;

/**
 * A small interpolated bigram model trained from a few sentences, for tests: {@code P(w | v) = 0.7 c(v w) / c(v) +
 * 0.3 (c(w) + 0.5) / (N + 0.5 (V + 1))} (the first term only when {@code v} was seen). Words are lower-cased; a token
 * without letters or digits is known only if it occurs in the training sentences. Immutable and thread-safe.
 */
public final class FakeLanguageModel implements LanguageModel {

  private static final double LAMBDA = 0.7;
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final Map<Long, Integer> bigrams = new HashMap<>();
  private int[] unigrams;
  private long total;

  private FakeLanguageModel() {
    add("<unk>");
    add("<s>");
    add("</s>");
  }

  /** Trains on sentences of space-separated words. */
  public static FakeLanguageModel train(List<String> sentences) {
    FakeLanguageModel m = new FakeLanguageModel();
    List<int[]> seqs = new ArrayList<>();
    for (String s : sentences) {
      String[] parts = s.trim().split("\\s+");
      int[] seq = new int[parts.length + 2];
      seq[0] = 1;
      for (int i = 0; i < parts.length; i++) {
        seq[i + 1] = m.add(parts[i].toLowerCase(Locale.ROOT));
      }
      seq[seq.length - 1] = 2;
      seqs.add(seq);
    }
    m.unigrams = new int[m.words.size()];
    for (int[] seq : seqs) {
      for (int i = 1; i < seq.length; i++) {
        m.unigrams[seq[i]]++;
        m.total++;
        m.bigrams.merge(key(seq[i - 1], seq[i]), 1, Integer::sum);
      }
      m.unigrams[1]++;
    }
    return m;
  }

  private int add(String w) {
    Integer id = ids.get(w);
    if (id == null) {
      id = words.size();
      ids.put(w, id);
      words.add(w);
    }
    return id;
  }

  private static long key(int a, int b) {
    return ((long) a << 32) | (b & 0xffffffffL);
  }

  private double prob(int prev, int w) {
    double uni = (unigrams[w] + 0.5) / (total + 0.5 * (words.size() + 1));
    if (w == 1) {
      uni = 0.5 / (total + 0.5 * (words.size() + 1));
    }
    int cv = prev >= 0 && prev != 2 ? unigrams[prev] : 0;
    if (cv == 0) {
      return uni;
    }
    int c = bigrams.getOrDefault(key(prev, w), 0);
    return LAMBDA * c / cv + (1 - LAMBDA) * uni;
  }

  @Override
  public int order() {
    return 2;
  }

  private final Vocabulary vocabulary = new Vocabulary() {
    @Override
    public int id(String word) {
      return ids.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
    }

    @Override
    public int unknownId() {
      return 0;
    }

    @Override
    public int sentenceStartId() {
      return 1;
    }

    @Override
    public int sentenceEndId() {
      return 2;
    }

    @Override
    public int size() {
      return words.size();
    }

    @Override
    public String word(int id) {
      return words.get(id);
    }
  };

  @Override
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  @Override
  public LmState newState() {
    return new LmState(1);
  }

  @Override
  public void beginSentence(LmState out) {
    out.set(new int[] {1}, 0, 1);
  }

  @Override
  public float log10Score(LmState in, int word, LmState out) {
    int prev = in.length() == 0 ? -1 : in.word(in.length() - 1);
    float p = (float) Math.log10(prob(prev, word));
    out.set(new int[] {word}, 0, 1);
    return p;
  }

  @Override
  public float log10EndSentence(LmState in) {
    int prev = in.length() == 0 ? -1 : in.word(in.length() - 1);
    return (float) Math.log10(prob(prev, 2));
  }

  @Override
  public float log10Prob(int[] ids, int from, int to) {
    int prev = to - from >= 2 ? ids[to - 2] : -1;
    return (float) Math.log10(prob(prev, ids[to - 1]));
  }

  @Override
  public double log10Prob(List<String> ngram) {
    int[] a = new int[ngram.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = vocabulary.id(ngram.get(i));
    }
    return log10Prob(a, Math.max(0, a.length - 2), a.length);
  }

  @Override
  public void close() {}
}
