// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A backoff n-gram model as plain lists: the words, and for each order the n-grams (word ids, oldest first) with
 * their log10 probability and log10 backoff. This is what the ARPA reader, the Sphinx importer and the trainer
 * produce and what the stores are built from. Word ids are dense, in the order words were added. Not thread-safe.
 *
 * @since 0.1
 */
public final class NgramData {

  /** The log10 probability given to {@code <unk>} when a model has none (KenLM uses -100; we keep it finite). */
  public static final float DEFAULT_UNK_LOG10 = -7f;

  private final int order;
  private final List<String> words = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private float[] uniProb = new float[1024];
  private float[] uniBackoff = new float[1024];
  private final int[][] grams;
  private final float[][] probs;
  private final float[][] backoffs;
  private final int[] counts;
  private boolean lowercase;
  private boolean numberClass;

  private NgramData(int order) {
    if (order < 1 || order > 9) {
      throw new IllegalArgumentException("order must be 1..9: " + order);
    }
    this.order = order;
    grams = new int[order + 1][];
    probs = new float[order + 1][];
    backoffs = new float[order + 1][];
    counts = new int[order + 1];
    for (int n = 2; n <= order; n++) {
      grams[n] = new int[n * 1024];
      probs[n] = new float[1024];
      backoffs[n] = new float[1024];
    }
  }

  /** An empty model of the given order (1 to 9). */
  public static NgramData create(int order) {
    return new NgramData(order);
  }

  public int order() {
    return order;
  }

  /** Whether the model's words are lower-case only, so lookups lower-case first (the Sphinx model). */
  public boolean lowercase() {
    return lowercase;
  }

  public NgramData lowercase(boolean value) {
    this.lowercase = value;
    return this;
  }

  /** Whether numbers are one class, {@value org.unspin.lm.store.WordPolicy#NUMBER}, in this model. */
  public boolean numberClass() {
    return numberClass;
  }

  public NgramData numberClass(boolean value) {
    this.numberClass = value;
    return this;
  }

  /** The number of words. */
  public int vocabularySize() {
    return words.size();
  }

  public String word(int id) {
    return words.get(id);
  }

  /** The id of {@code word}, or -1. */
  public int idOf(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  /** The id of {@code word}, adding it (with no unigram entry yet) when new. */
  public int idOrAdd(String word) {
    Integer id = ids.get(word);
    if (id != null) {
      return id;
    }
    int n = words.size();
    words.add(word);
    ids.put(word, n);
    if (n == uniProb.length) {
      uniProb = Arrays.copyOf(uniProb, n * 2);
      uniBackoff = Arrays.copyOf(uniBackoff, n * 2);
    }
    uniProb[n] = Float.NaN;
    uniBackoff[n] = 0f;
    return n;
  }

  /** Sets the unigram entry of {@code word}. */
  public void addUnigram(String word, float log10Prob, float log10Backoff) {
    int id = idOrAdd(word);
    uniProb[id] = log10Prob;
    uniBackoff[id] = log10Backoff;
  }

  /** Whether word {@code id} has a unigram entry. */
  public boolean hasUnigram(int id) {
    return !Float.isNaN(uniProb[id]);
  }

  public float unigramLog10Prob(int id) {
    return uniProb[id];
  }

  public float unigramLog10Backoff(int id) {
    return uniBackoff[id];
  }

  /**
   * Adds the n-gram {@code ids[from..to)} (oldest first, 2 to {@link #order()} words). Entries must be unique.
   */
  public void add(int[] ids, int from, int to, float log10Prob, float log10Backoff) {
    int n = to - from;
    if (n < 2 || n > order) {
      throw new IllegalArgumentException("n-gram length " + n + " not in 2.." + order);
    }
    int c = counts[n];
    if (c == probs[n].length) {
      int cap = c * 2;
      probs[n] = Arrays.copyOf(probs[n], cap);
      backoffs[n] = Arrays.copyOf(backoffs[n], cap);
      grams[n] = Arrays.copyOf(grams[n], cap * n);
    }
    System.arraycopy(ids, from, grams[n], c * n, n);
    probs[n][c] = log10Prob;
    backoffs[n][c] = log10Backoff;
    counts[n] = c + 1;
  }

  /** The number of n-grams of order {@code n}; for 1, the number of words with a unigram entry. */
  public int count(int n) {
    if (n == 1) {
      int c = 0;
      for (int i = 0; i < words.size(); i++) {
        if (hasUnigram(i)) {
          c++;
        }
      }
      return c;
    }
    return counts[n];
  }

  /** The {@code k}-th word id (oldest first) of the {@code i}-th n-gram of order {@code n >= 2}. */
  public int word(int n, int i, int k) {
    return grams[n][i * n + k];
  }

  /** The ids of the {@code i}-th n-gram of order {@code n >= 2} copied into {@code out[0..n)}. */
  public void gram(int n, int i, int[] out) {
    System.arraycopy(grams[n], i * n, out, 0, n);
  }

  public float log10Prob(int n, int i) {
    return probs[n][i];
  }

  public float log10Backoff(int n, int i) {
    return backoffs[n][i];
  }

  /**
   * Makes sure {@code <s>}, {@code </s>} and {@code <unk>} exist with unigram entries: {@code <s>} gets log10 prob
   * -99 (it is never predicted), {@code <unk>} {@code unkLog10} when absent. Words without a unigram entry get the
   * {@code <unk>} probability.
   */
  public NgramData completeSpecials(float unkLog10) {
    if (idOf(WordPolicy.UNK) < 0 || !hasUnigram(idOf(WordPolicy.UNK))) {
      addUnigram(WordPolicy.UNK, unkLog10, 0f);
    }
    if (idOf(WordPolicy.BOS) < 0 || !hasUnigram(idOf(WordPolicy.BOS))) {
      addUnigram(WordPolicy.BOS, -99f, 0f);
    }
    if (idOf(WordPolicy.EOS) < 0 || !hasUnigram(idOf(WordPolicy.EOS))) {
      addUnigram(WordPolicy.EOS, unkLog10, 0f);
    }
    float unk = uniProb[idOf(WordPolicy.UNK)];
    for (int i = 0; i < words.size(); i++) {
      if (!hasUnigram(i)) {
        uniProb[i] = unk;
      }
    }
    return this;
  }
}
