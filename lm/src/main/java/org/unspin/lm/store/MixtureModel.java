// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.util.List;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;

/**
 * Linear interpolation of backoff models over one shared (union, cased) vocabulary:
 * {@code P(w|h) = sum_i weight_i * P_i(map_i(w) | map_i(h)) * 10^extra_i(w)}. {@code map_i} sends a union word to
 * the component's word (for the lower-case Sphinx component, its lower-case form; for words a component lacks,
 * its {@code <unk>}); {@code extra_i} spreads that component's probability over the union words that share it
 * (the case variants of a lower-case word in proportion to their corpus counts; the words it does not know
 * evenly over its {@code <unk>} mass), so the mixture stays normalised. Right after {@code <s>} a second set of
 * factors applies (case variants split by their counts at the start of sentences). See
 * {@code docs/algorithms/lm.md}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MixtureModel implements LanguageModel {

  private static final double LN10 = Math.log(10);

  private final HashedVocabulary vocabulary;
  private final HashedNgramModel[] components;
  private final int[][] maps;
  private final float[][] extras;
  private final float[][] initials;
  private final double[] weights;
  private final int order;
  private final long bytes;

  /** Each thread's buffers for the components' scores in {@link #log10Probs}, grown as needed. */
  private final ThreadLocal<float[][]> parts;

  MixtureModel(HashedVocabulary vocabulary, HashedNgramModel[] components, int[][] maps, float[][] extras,
      float[][] initials, double[] weights, long bytes) {
    this.vocabulary = vocabulary;
    this.components = components;
    this.maps = maps;
    this.extras = extras;
    this.initials = initials;
    this.weights = weights;
    int o = 1;
    for (HashedNgramModel c : components) {
      o = Math.max(o, c.order());
    }
    this.order = o;
    this.bytes = bytes;
    int n = Math.max(1, components.length);
    this.parts = ThreadLocal.withInitial(() -> new float[n][64]);
  }

  @Override
  public int order() {
    return order;
  }

  @Override
  public HashedVocabulary vocabulary() {
    return vocabulary;
  }

  /** The components, in file order. */
  public List<HashedNgramModel> components() {
    return List.of(components);
  }

  /** The interpolation weights, summing to 1. */
  public double[] weights() {
    return weights.clone();
  }

  /** The size of the model's image in bytes. */
  public long bytes() {
    return bytes;
  }

  private boolean initial(LmState in) {
    return in.length() > 0 && in.word(in.length() - 1) == vocabulary.sentenceStartId();
  }

  private long mix(LmState in, int word) {
    double p = 0;
    int match = 1;
    float[][] shares = initial(in) ? initials : extras;
    for (int c = 0; c < components.length; c++) {
      long r = components[c].score(in, maps[c], maps[c][word]);
      float lp = Float.intBitsToFloat((int) r) + shares[c][word];
      p += weights[c] * Math.exp(lp * LN10);
      match = Math.max(match, (int) (r >>> 32));
    }
    float lp = (float) Math.max(-99.0, Math.log10(p));
    return ((long) match << 32) | (Float.floatToRawIntBits(lp) & 0xFFFFFFFFL);
  }

  /**
   * Each component's log10 P(word | context of {@code in}) including its share factor, into {@code out[0..k)};
   * for tuning weights. No allocation.
   */
  public void componentLog10Scores(LmState in, int word, float[] out) {
    float[][] shares = initial(in) ? initials : extras;
    for (int c = 0; c < components.length; c++) {
      out[c] = Float.intBitsToFloat((int) components[c].score(in, maps[c], maps[c][word])) + shares[c][word];
    }
  }

  @Override
  public float log10Score(LmState in, int word, LmState out) {
    long r = mix(in, word);
    if (out != in) {
      out.copyFrom(in);
    }
    out.append(Math.min((int) (r >>> 32), order - 1) - 1, word);
    return Float.intBitsToFloat((int) r);
  }

  @Override
  public float log10EndSentence(LmState in) {
    return Float.intBitsToFloat((int) mix(in, vocabulary.sentenceEndId()));
  }

  @Override
  public float log10Prob(int[] ids, int from, int to) {
    int word = ids[to - 1];
    double p = 0;
    float[][] shares = to - 1 > from && ids[to - 2] == vocabulary.sentenceStartId() ? initials : extras;
    for (int c = 0; c < components.length; c++) {
      long r = components[c].score(ids, from, to, maps[c]);
      float lp = Float.intBitsToFloat((int) r) + shares[c][word];
      p += weights[c] * Math.exp(lp * LN10);
    }
    return (float) Math.max(-99.0, Math.log10(p));
  }

  /**
   * The same floats as {@link #log10Prob(int[], int, int)} per query, with each component's queries scored in
   * blocks whose memory accesses overlap ({@link HashedNgramModel}); the components are then mixed per query in the
   * same order as one query at a time.
   */
  @Override
  public void log10Probs(int[] ids, int n, int count, float[] out) {
    if (count <= 0) {
      return;
    }
    float[][] parts = this.parts.get();
    if (parts[0].length < count) {
      for (int c = 0; c < parts.length; c++) {
        parts[c] = new float[Math.max(count, 2 * parts[c].length)];
      }
    }
    for (int c = 0; c < components.length; c++) {
      components[c].log10Probs(ids, n, count, maps[c], parts[c]);
    }
    int bos = vocabulary.sentenceStartId();
    for (int q = 0; q < count; q++) {
      int to = q * n + n;
      int word = ids[to - 1];
      float[][] shares = n > 1 && ids[to - 2] == bos ? initials : extras;
      double p = 0;
      for (int c = 0; c < components.length; c++) {
        float lp = parts[c][q] + shares[c][word];
        p += weights[c] * Math.exp(lp * LN10);
      }
      out[q] = (float) Math.max(-99.0, Math.log10(p));
    }
  }

  @Override
  public void close() {
    for (HashedNgramModel c : components) {
      c.close();
    }
  }

  @Override
  public String toString() {
    return "MixtureModel[order=" + order + ", words=" + vocabulary.size() + ", components=" + components.length
        + ", bytes=" + bytes + "]";
  }
}
