// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.cache;

import java.util.List;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;
import org.unspin.lm.Vocabulary;
import org.unspin.lm.store.NgramHash;

/**
 * A language model with a direct-mapped cache of recent queries in front, in the manner of BerkeleyLM's
 * {@code ContextEncodedCachingLmWrapper}: a decoder asks for the same context with many candidate words, and for
 * the same n-grams again in neighbouring hypotheses. Each of {@code 2^bits} entries holds the 64-bit hash of the
 * query's context and word (a false hit needs two queries with equal 64-bit hashes in one entry) and the answer,
 * including how much context the state after the word keeps.
 *
 * <p><b>Not thread-safe</b>: use one per thread ({@link #notThreadSafe(LanguageModel, int)}), or the
 * {@link ThreadLocal}-backed {@link #threadSafe(LanguageModel, int)}. Closing it does not close the wrapped model.
 *
 * @since 0.1
 */
public final class CachedModel implements LanguageModel {

  private final LanguageModel model;
  private final long[] keys;
  private final long[] values;
  private final int mask;
  private final int order;
  private final LmState scratch;
  private long hits;
  private long lookups;

  private CachedModel(LanguageModel model, int bits) {
    if (bits < 4 || bits > 26) {
      throw new IllegalArgumentException("cache bits must be 4..26: " + bits);
    }
    this.model = model;
    this.keys = new long[1 << bits];
    this.values = new long[1 << bits];
    this.mask = (1 << bits) - 1;
    this.order = model.order();
    this.scratch = model.newState();
  }

  /** A cache of {@code 2^bits} entries (16 bytes each) in front of {@code model}, for one thread. */
  public static CachedModel notThreadSafe(LanguageModel model, int bits) {
    return new CachedModel(model, bits);
  }

  /** A model that gives each calling thread its own {@link #notThreadSafe(LanguageModel, int)} cache. */
  public static LanguageModel threadSafe(LanguageModel model, int bits) {
    return new ThreadLocalCachedModel(model, bits);
  }

  /** The fraction of lookups answered from the cache so far. */
  public double hitRate() {
    return lookups == 0 ? 0 : (double) hits / lookups;
  }

  @Override
  public int order() {
    return order;
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

  private static long cacheKey(long h) {
    return h == 0 ? 1 : h;
  }

  @Override
  public float log10Score(LmState in, int word, LmState out) {
    int len = Math.min(in.length(), order - 1);
    int base = in.length() - len;
    long h = NgramHash.seed(word);
    for (int k = len - 1; k >= 0; k--) {
      h = NgramHash.prepend(h, in.word(base + k));
    }
    h = cacheKey(NgramHash.prepend(h, len));
    int slot = (int) (h >>> 40) & mask;
    lookups++;
    if (keys[slot] == h) {
      hits++;
      long v = values[slot];
      int keep = (int) (v >>> 32);
      if (out != in) {
        out.copyFrom(in);
      }
      out.append(keep, word);
      return Float.intBitsToFloat((int) v);
    }
    float p = model.log10Score(in, word, out);
    keys[slot] = h;
    values[slot] = ((long) (out.length() - 1) << 32) | (Float.floatToRawIntBits(p) & 0xFFFFFFFFL);
    return p;
  }

  @Override
  public float log10EndSentence(LmState in) {
    scratch.copyFrom(in);
    return log10Score(scratch, model.vocabulary().sentenceEndId(), scratch);
  }

  @Override
  public float log10Prob(int[] ids, int from, int to) {
    int f = Math.max(from, to - order);
    long h = NgramHash.seed(ids[to - 1]);
    for (int i = to - 2; i >= f; i--) {
      h = NgramHash.prepend(h, ids[i]);
    }
    h = cacheKey(NgramHash.prepend(h, -1 - (to - f)));
    int slot = (int) (h >>> 40) & mask;
    lookups++;
    if (keys[slot] == h) {
      hits++;
      return Float.intBitsToFloat((int) values[slot]);
    }
    float p = model.log10Prob(ids, f, to);
    keys[slot] = h;
    values[slot] = Float.floatToRawIntBits(p) & 0xFFFFFFFFL;
    return p;
  }

  @Override
  public double log10Prob(List<String> ngram) {
    return model.log10Prob(ngram);
  }

  @Override
  public void close() {
    // the wrapped model belongs to the caller
  }
}
