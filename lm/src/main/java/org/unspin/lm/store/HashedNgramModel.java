// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;

/**
 * A backoff n-gram model whose orders 2 and up are open-addressing hash tables of one 64-bit slot per n-gram:
 * a fingerprint of the n-gram's hash ({@link NgramHash}) and its 16-bit quantised values packed together, so a
 * probe touches one cache line; its unigrams are plain float arrays indexed by word id. The arrays are views of one
 * {@link java.nio.ByteBuffer} image: on the heap, or a memory-mapped file ({@link ModelImages}). Layout and sizes:
 * {@code docs/formats/lm-binary.md}.
 *
 * <p>Immutable after construction and safe to query from many threads (only absolute buffer reads).
 *
 * @since 0.1
 */
public final class HashedNgramModel implements LanguageModel {

  private final HashedVocabulary vocabulary;
  private final int order;
  private final FloatBuffer uniProb;
  private final FloatBuffer uniBackoff;
  private final LongBuffer[] keys;
  private final float[][] probCodes;
  private final float[][] backoffCodes;
  private final int[] slots;
  private final long[] counts;
  private final long bytes;

  HashedNgramModel(HashedVocabulary vocabulary, int order, FloatBuffer uniProb, FloatBuffer uniBackoff,
      LongBuffer[] keys, float[][] probCodes, float[][] backoffCodes,
      long[] counts, long bytes) {
    this.vocabulary = vocabulary;
    this.order = order;
    this.uniProb = uniProb;
    this.uniBackoff = uniBackoff;
    this.keys = keys;
    this.probCodes = probCodes;
    this.backoffCodes = backoffCodes;
    this.counts = counts;
    this.bytes = bytes;
    this.slots = new int[order + 1];
    for (int n = 2; n <= order; n++) {
      slots[n] = keys[n].capacity();
    }
  }

  @Override
  public int order() {
    return order;
  }

  @Override
  public HashedVocabulary vocabulary() {
    return vocabulary;
  }

  /** The number of n-grams of order {@code n} (1 to {@link #order()}). */
  public long count(int n) {
    return counts[n];
  }

  /** The size of the model's image in bytes. */
  public long bytes() {
    return bytes;
  }

  /** The slot of the n-gram with running hash {@code h} in the order-{@code n} table, or 0 when absent. */
  private long find(int n, long h) {
    LongBuffer k = keys[n];
    int size = slots[n];
    int i = ModelImages.home(h, size);
    if (n == order) {
      long fp = ModelImages.fingerprint(h, true);
      while (true) {
        long v = k.get(i);
        if (v >>> 16 == fp || v == 0) {
          return v;
        }
        if (++i == size) {
          i = 0;
        }
      }
    }
    long fp = ModelImages.fingerprint(h, false);
    while (true) {
      long v = k.get(i);
      if (v >>> 32 == fp || v == 0) {
        return v;
      }
      if (++i == size) {
        i = 0;
      }
    }
  }

  private int position(int n, long h) {
    return ModelImages.home(h, slots[n]);
  }

  /** {@link #find(int, long)} given the first slot's position {@code i} and value {@code v}, already loaded. */
  private long probe(int n, long h, int i, long v) {
    LongBuffer k = keys[n];
    int size = slots[n];
    boolean top = n == order;
    long fp = ModelImages.fingerprint(h, top);
    int shift = top ? 16 : 32;
    while (true) {
      if (v >>> shift == fp || v == 0) {
        return v;
      }
      if (++i == size) {
        i = 0;
      }
      v = k.get(i);
    }
  }

  /**
   * The common case of a two-word context: all the table slots the answer may need (trigram, bigram, context
   * bigram, unigram entries) are read before any is examined, so the CPU waits for their cache misses together
   * rather than one after another. Same result as the general path.
   */
  private long score3(int c1, int c2, int w) {
    long g2 = NgramHash.prepend(NgramHash.seed(w), c2);
    long h3 = NgramHash.key(NgramHash.prepend(g2, c1));
    long h2 = NgramHash.key(g2);
    long hc = NgramHash.key(NgramHash.prepend(NgramHash.seed(c2), c1));
    int i3 = position(3, h3);
    int i2 = position(2, h2);
    int ic = position(2, hc);
    long v3 = keys[3].get(i3);
    long v2 = keys[2].get(i2);
    long vc = keys[2].get(ic);
    float up = uniProb.get(w);
    float ub = uniBackoff.get(c2);
    long e2 = probe(2, h2, i2, v2);
    if (e2 != 0) {
      long e3 = probe(3, h3, i3, v3);
      if (e3 != 0) {
        return (3L << 32) | (Float.floatToRawIntBits(prob(3, e3)) & 0xFFFFFFFFL);
      }
    }
    long ec = probe(2, hc, ic, vc);
    float bo = ec == 0 ? 0f : backoff(2, ec);
    if (e2 != 0) {
      return (2L << 32) | (Float.floatToRawIntBits(bo + prob(2, e2)) & 0xFFFFFFFFL);
    }
    return (1L << 32) | (Float.floatToRawIntBits(bo + ub + up) & 0xFFFFFFFFL);
  }

  /**
   * The same floats as one query at a time, from {@link #log10Probs(int[], int, int, int[], float[])}'s block paths
   * (contexts of one to three words), whose table reads overlap their cache misses.
   */
  @Override
  public void log10Probs(int[] ids, int n, int count, float[] out) {
    log10Probs(ids, n, count, null, out);
  }

  /**
   * {@code out[q]} = the log10 probability of {@link #score(int[], int, int, int[])} for the query
   * {@code ids[q*n .. q*n+n)} mapped through {@code map} (null: identity), for {@code q < count}: the same floats,
   * computed in blocks of {@value #WIDE} queries whose table reads are all issued before any is examined, so that
   * their cache misses overlap. Contexts of one, two and three words are batched (the general path of
   * {@link #score(int[], int, int, int[])} for one and three, {@link #score3} for two); others one query at a
   * time. No allocation beyond the block's scratch arrays.
   */
  void log10Probs(int[] ids, int n, int count, int[] map, float[] out) {
    int len = Math.min(n - 1, order - 1);
    if (len == 1) {
      blocks2(ids, n, count, map, out);
    } else if (len == 2) {
      blocks3(ids, n, count, map, out);
    } else if (len == 3) {
      blocks4(ids, n, count, map, out);
    } else {
      for (int q = 0; q < count; q++) {
        out[q] = Float.intBitsToFloat((int) score(ids, q * n, q * n + n, map));
      }
    }
  }

  /**
   * Queries per block of {@link #log10Probs(int[], int, int, int[], float[])}: first every query's table positions
   * are computed (arithmetic only), then all their slots are loaded in one tight loop, so that the processor has
   * many cache misses in flight at once, then each query is resolved from the loaded slots.
   */
  private static final int WIDE = 64;

  /**
   * One thread's buffers for the block paths, sized for {@link #WIDE} queries of up to five lookups each. Every
   * slot a block reads is written earlier in the same block, so the buffers need no clearing; reusing them instead
   * of allocating nine arrays per call took about a gigabyte per second of allocation off detection.
   */
  private static final class Scratch {
    final long[] h = new long[5 * WIDE];
    final int[] pos = new int[5 * WIDE];
    final long[] v = new long[5 * WIDE];
    final long[] found = new long[5 * WIDE];
    final long[] e2 = new long[WIDE];
    final int[] match = new int[WIDE];
    final int[] ws = new int[WIDE];
    final int[] cs = new int[WIDE];
    final int[] c1s = new int[WIDE];
    final int[] c2s = new int[WIDE];
    final boolean[] follows = new boolean[WIDE];
    final int[] list = new int[WIDE];
    final int[] reused = new int[WIDE];
    final boolean[] done = new boolean[WIDE];
  }

  /** The block paths' buffers of each thread: the model is shared between threads, the buffers are not. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /**
   * {@link #log10Probs(int[], int, int, int[], float[])} for a one-word context: the general path of
   * {@link #score(int[], int, int, int[])}, the bigram's probability if found, else the word's unigram probability
   * plus the context word's backoff.
   */
  private void blocks2(int[] ids, int n, int count, int[] map, float[] out) {
    Scratch scratch = SCRATCH.get();
    long[] h = scratch.h;
    int[] pos = scratch.pos;
    long[] v = scratch.v;
    int[] ws = scratch.ws;
    int[] cs = scratch.cs;
    LongBuffer k2 = keys[2];
    int s2 = slots[2];
    for (int start = 0; start < count; start += WIDE) {
      int len = Math.min(count, start + WIDE) - start;
      for (int b = 0; b < len; b++) {
        int last = (start + b) * n + n - 1;
        int c = map(map, ids[last - 1]);
        int w = map(map, ids[last]);
        long x2 = NgramHash.key(NgramHash.prepend(NgramHash.seed(w), c));
        h[b] = x2;
        pos[b] = ModelImages.home(x2, s2);
        ws[b] = w;
        cs[b] = c;
      }
      for (int b = 0; b < len; b++) {
        v[b] = k2.get(pos[b]);
      }
      for (int b = 0; b < len; b++) {
        long slot = probe(2, h[b], pos[b], v[b]);
        if (slot != 0) {
          out[start + b] = prob(2, slot);
        } else {
          float prob = uniProb.get(ws[b]);
          prob += uniBackoff.get(cs[b]);
          out[start + b] = prob;
        }
      }
    }
  }

  /** Loads the first slot of entry {@code e} (of the block's entries {@code h}, {@code pos}) of the listed queries. */
  private static void load(LongBuffer k, int m, int e, int[] pos, long[] v, int[] list, int listed) {
    for (int t = 0; t < listed; t++) {
      int b = m * list[t] + e;
      v[b] = k.get(pos[b]);
    }
  }

  /**
   * {@link #log10Probs(int[], int, int, int[], float[])} for a two-word context: {@link #score3}'s logic per query,
   * in waves: the word bigrams of all queries are loaded together, then the word trigrams of the queries whose
   * bigram was found, then the context bigrams of those still open, so that no slot is read that the one-query
   * path would not read, and the misses of each wave overlap. A query that continues the one before it (its
   * context is that query's last two words, as in the windows of a sentence) takes its context bigram from that
   * query's word bigram, the same slot, instead of looking it up again.
   */
  private void blocks3(int[] ids, int n, int count, int[] map, float[] out) {
    final int m = 3; // word trigram, word bigram, context bigram
    Scratch scratch = SCRATCH.get();
    long[] h = scratch.h;
    int[] pos = scratch.pos;
    long[] v = scratch.v;
    long[] e2 = scratch.e2;
    int[] ws = scratch.ws;
    int[] cs = scratch.cs;
    int[] c1s = scratch.c1s;
    boolean[] follows = scratch.follows;
    int[] list = scratch.list;
    boolean[] done = scratch.done;
    LongBuffer k2 = keys[2];
    LongBuffer k3 = keys[3];
    int s3 = slots[3];
    int s2 = slots[2];
    for (int start = 0; start < count; start += WIDE) {
      int len = Math.min(count, start + WIDE) - start;
      for (int b = 0; b < len; b++) {
        int last = (start + b) * n + n - 1;
        int c1 = map(map, ids[last - 2]);
        int c2 = map(map, ids[last - 1]);
        int w = map(map, ids[last]);
        long g2 = NgramHash.prepend(NgramHash.seed(w), c2);
        long h3 = NgramHash.key(NgramHash.prepend(g2, c1));
        long h2 = NgramHash.key(g2);
        long hc = NgramHash.key(NgramHash.prepend(NgramHash.seed(c2), c1));
        h[m * b] = h3;
        h[m * b + 1] = h2;
        h[m * b + 2] = hc;
        pos[m * b] = ModelImages.home(h3, s3);
        pos[m * b + 1] = ModelImages.home(h2, s2);
        pos[m * b + 2] = ModelImages.home(hc, s2);
        ws[b] = w;
        cs[b] = c2;
        c1s[b] = c1;
        follows[b] = b > 0 && c1 == cs[b - 1] && c2 == ws[b - 1];
        list[b] = b;
        done[b] = false;
      }
      // wave 1: word bigrams
      load(k2, m, 1, pos, v, list, len);
      int listed = 0;
      for (int b = 0; b < len; b++) {
        e2[b] = probe(2, h[m * b + 1], pos[m * b + 1], v[m * b + 1]);
        if (e2[b] != 0) {
          list[listed++] = b;
        }
      }
      // wave 2: word trigrams where the bigram was found
      load(k3, m, 0, pos, v, list, listed);
      for (int t = 0; t < listed; t++) {
        int b = list[t];
        long e3 = probe(3, h[m * b], pos[m * b], v[m * b]);
        if (e3 != 0) {
          out[start + b] = prob(3, e3);
          done[b] = true;
        }
      }
      // wave 3: context bigrams of the rest (a query that follows the one before it has its bigram already)
      listed = 0;
      for (int b = 0; b < len; b++) {
        if (!done[b]) {
          if (follows[b]) {
            resolve3(out, start + b, e2[b - 1], e2[b], cs[b], ws[b]);
          } else {
            list[listed++] = b;
          }
        }
      }
      load(k2, m, 2, pos, v, list, listed);
      for (int t = 0; t < listed; t++) {
        int b = list[t];
        long ec = probe(2, h[m * b + 2], pos[m * b + 2], v[m * b + 2]);
        resolve3(out, start + b, ec, e2[b], cs[b], ws[b]);
      }
    }
  }

  /** A trigram query's answer from its context bigram {@code ec} and word bigram {@code e2} (0: absent). */
  private void resolve3(float[] out, int q, long ec, long e2, int c2, int w) {
    float bo = ec == 0 ? 0f : backoff(2, ec);
    out[q] = e2 != 0 ? bo + prob(2, e2) : bo + uniBackoff.get(c2) + uniProb.get(w);
  }

  /**
   * {@link #log10Probs(int[], int, int, int[], float[])} for a three-word context (models of order 4 and up): per
   * query, the same result as the general path of {@link #score(int[], int, int, int[])}, which looks the n-grams
   * of the word up from the shortest and stops at the first one missing, then adds the backoff weights of the
   * context's n-grams from the matched length on, stopping at the first one missing. Here each of those lookups is
   * a wave over the queries that need it, so that no slot is read that the one-query path would not read, and the
   * misses of each wave overlap. A query that continues the one before it (its context is that query's last three
   * words, as in the windows of a sentence) takes its context's bigram and trigram from that query's word bigram and
   * trigram, the same slots, where that query looked them up.
   */
  private void blocks4(int[] ids, int n, int count, int[] map, float[] out) {
    final int m = 5; // word bigram, trigram, 4-gram; context bigram, trigram
    Scratch scratch = SCRATCH.get();
    long[] h = scratch.h;
    int[] pos = scratch.pos;
    long[] v = scratch.v;
    long[] found = scratch.found;
    int[] match = scratch.match;
    int[] ws = scratch.ws;
    int[] cs = scratch.cs;
    int[] c1s = scratch.c1s;
    int[] c2s = scratch.c2s;
    boolean[] follows = scratch.follows;
    int[] list = scratch.list;
    int[] reused = scratch.reused;
    LongBuffer[] table = {keys[2], keys[3], keys[4], keys[2], keys[3]};
    int s2 = slots[2];
    int s3 = slots[3];
    int s4 = slots[4];
    for (int start = 0; start < count; start += WIDE) {
      int len = Math.min(count, start + WIDE) - start;
      for (int q = 0; q < len; q++) {
        int b = m * q;
        int last = (start + q) * n + n - 1;
        int c1 = map(map, ids[last - 3]);
        int c2 = map(map, ids[last - 2]);
        int c3 = map(map, ids[last - 1]);
        int w = map(map, ids[last]);
        long g2 = NgramHash.prepend(NgramHash.seed(w), c3);
        long g3 = NgramHash.prepend(g2, c2);
        long g4 = NgramHash.prepend(g3, c1);
        long hc2 = NgramHash.prepend(NgramHash.seed(c3), c2);
        long hc3 = NgramHash.prepend(hc2, c1);
        long x2 = NgramHash.key(g2);
        long x3 = NgramHash.key(g3);
        long x4 = NgramHash.key(g4);
        long y2 = NgramHash.key(hc2);
        long y3 = NgramHash.key(hc3);
        h[b] = x2;
        h[b + 1] = x3;
        h[b + 2] = x4;
        h[b + 3] = y2;
        h[b + 4] = y3;
        pos[b] = ModelImages.home(x2, s2);
        pos[b + 1] = ModelImages.home(x3, s3);
        pos[b + 2] = ModelImages.home(x4, s4);
        pos[b + 3] = ModelImages.home(y2, s2);
        pos[b + 4] = ModelImages.home(y3, s3);
        ws[q] = w;
        cs[q] = c3;
        c1s[q] = c1;
        c2s[q] = c2;
        follows[q] = q > 0 && c1 == c2s[q - 1] && c2 == cs[q - 1] && c3 == ws[q - 1];
        match[q] = 1;
        list[q] = q;
      }
      // waves 1-3: the word's bigram, trigram, 4-gram, each where the shorter one was found
      int listed = len;
      for (int k = 0; k < 3 && listed > 0; k++) {
        load(table[k], m, k, pos, v, list, listed);
        int next = 0;
        for (int t = 0; t < listed; t++) {
          int q = list[t];
          int b = m * q + k;
          long slot = probe(k + 2, h[b], pos[b], v[b]);
          if (slot != 0) {
            found[b] = slot;
            match[q] = k + 2;
            list[next++] = q;
          }
        }
        listed = next;
      }
      // wave 4: the context bigram's backoff, for matches of 1 or 2 words; a query that follows the one before it
      // has it already: that query's word bigram, looked up in wave 1 (match 1: not found)
      listed = 0;
      int next = 0;
      for (int q = 0; q < len; q++) {
        found[m * q + 3] = 0;
        found[m * q + 4] = 0;
        if (match[q] <= 2) {
          if (follows[q]) {
            long slot = match[q - 1] >= 2 ? found[m * (q - 1)] : 0;
            found[m * q + 3] = slot;
            if (slot != 0) {
              reused[next++] = q;
            }
          } else {
            list[listed++] = q;
          }
        }
      }
      load(table[3], m, 3, pos, v, list, listed);
      int withBigram = next;
      for (int t = 0; t < listed; t++) {
        int q = list[t];
        int b = m * q + 3;
        found[b] = probe(2, h[b], pos[b], v[b]);
        if (found[b] != 0) {
          reused[withBigram++] = q;
        }
      }
      // wave 5: the context trigram's backoff, for matches of 3 words and where the context bigram was found; a
      // query that follows one whose word trigram was looked up (its bigram found) takes that slot
      listed = 0;
      for (int t = 0; t < withBigram; t++) {
        if (!reuseContextTrigram(reused[t], m, follows, match, found)) {
          list[listed++] = reused[t];
        }
      }
      for (int q = 0; q < len; q++) {
        if (match[q] == 3 && !reuseContextTrigram(q, m, follows, match, found)) {
          list[listed++] = q;
        }
      }
      load(table[4], m, 4, pos, v, list, listed);
      for (int t = 0; t < listed; t++) {
        int q = list[t];
        int b = m * q + 4;
        found[b] = probe(3, h[b], pos[b], v[b]);
      }
      // the general path's arithmetic, in its order
      for (int q = 0; q < len; q++) {
        int b = m * q;
        int mt = match[q];
        float prob;
        if (mt == 1) {
          prob = uniProb.get(ws[q]);
          prob += uniBackoff.get(cs[q]);
        } else {
          prob = prob(mt, found[b + mt - 2]);
        }
        if (mt <= 3) {
          for (int j = Math.max(2, mt); j <= 3; j++) {
            long slot = found[b + j + 1];
            if (slot == 0) {
              break;
            }
            prob += backoff(j, slot);
          }
        }
        out[start + q] = prob;
      }
    }
  }

  /**
   * For {@link #blocks4}'s wave 5: whether query {@code q}'s context trigram is known without a lookup, as the word
   * trigram of the query before it, which {@code q} follows and which looked its trigram up (its word bigram was
   * found); if so, it is stored.
   */
  private static boolean reuseContextTrigram(int q, int m, boolean[] follows, int[] match, long[] found) {
    if (follows[q] && match[q - 1] >= 2) {
      found[m * q + 4] = match[q - 1] >= 3 ? found[m * (q - 1) + 1] : 0;
      return true;
    }
    return false;
  }

  private float prob(int n, long slot) {
    return probCodes[n][(int) (n == order ? slot : slot >>> 16) & 0xFFFF];
  }

  private float backoff(int n, long slot) {
    return backoffCodes[n][(int) slot & 0xFFFF];
  }

  private static int map(int[] map, int id) {
    return map == null ? id : map[id];
  }

  /**
   * Scores component word {@code w} after the newest words of {@code in}, each mapped through {@code map} (null:
   * identity). Returns the log10 probability's float bits in the low 32 bits and the length of the longest n-gram
   * found in the high 32 bits.
   */
  long score(LmState in, int[] map, int w) {
    int len = Math.min(in.length(), order - 1);
    int base = in.length() - len;
    if (len == 2) {
      return score3(map(map, in.word(base)), map(map, in.word(base + 1)), w);
    }
    float prob = 0f;
    int match = 1;
    long h = NgramHash.seed(w);
    for (int k = len - 1; k >= 0; k--) {
      h = NgramHash.prepend(h, map(map, in.word(base + k)));
      int n = len - k + 1;
      long slot = find(n, NgramHash.key(h));
      if (slot == 0) {
        break;
      }
      prob = prob(n, slot);
      match = n;
    }
    if (match == 1) {
      prob = uniProb.get(w);
    }
    if (match <= len) {
      int last = map(map, in.word(base + len - 1));
      long hc = NgramHash.seed(last);
      if (match == 1) {
        prob += uniBackoff.get(last);
      }
      for (int j = 2; j <= len; j++) {
        hc = NgramHash.prepend(hc, map(map, in.word(base + len - j)));
        if (j < match) {
          continue;
        }
        long slot = find(j, NgramHash.key(hc));
        if (slot == 0) {
          break;
        }
        prob += backoff(j, slot);
      }
    }
    return ((long) match << 32) | (Float.floatToRawIntBits(prob) & 0xFFFFFFFFL);
  }

  /** As {@link #score(LmState, int[], int)} for the context {@code ids[from..to-1)} and word {@code ids[to-1]}. */
  long score(int[] ids, int from, int to, int[] map) {
    int w = map(map, ids[to - 1]);
    int len = Math.min(to - 1 - from, order - 1);
    int base = to - 1 - len;
    if (len == 2) {
      return score3(map(map, ids[base]), map(map, ids[base + 1]), w);
    }
    float prob = 0f;
    int match = 1;
    long h = NgramHash.seed(w);
    for (int k = len - 1; k >= 0; k--) {
      h = NgramHash.prepend(h, map(map, ids[base + k]));
      int n = len - k + 1;
      long slot = find(n, NgramHash.key(h));
      if (slot == 0) {
        break;
      }
      prob = prob(n, slot);
      match = n;
    }
    if (match == 1) {
      prob = uniProb.get(w);
    }
    if (match <= len) {
      int last = map(map, ids[base + len - 1]);
      long hc = NgramHash.seed(last);
      if (match == 1) {
        prob += uniBackoff.get(last);
      }
      for (int j = 2; j <= len; j++) {
        hc = NgramHash.prepend(hc, map(map, ids[base + len - j]));
        if (j < match) {
          continue;
        }
        long slot = find(j, NgramHash.key(hc));
        if (slot == 0) {
          break;
        }
        prob += backoff(j, slot);
      }
    }
    return ((long) match << 32) | (Float.floatToRawIntBits(prob) & 0xFFFFFFFFL);
  }

  @Override
  public float log10Score(LmState in, int word, LmState out) {
    long r = score(in, null, word);
    int match = (int) (r >>> 32);
    if (out != in) {
      out.copyFrom(in);
    }
    out.append(Math.min(match, order - 1) - 1, word);
    return Float.intBitsToFloat((int) r);
  }

  @Override
  public float log10EndSentence(LmState in) {
    return Float.intBitsToFloat((int) score(in, null, vocabulary.sentenceEndId()));
  }

  @Override
  public float log10Prob(int[] ids, int from, int to) {
    return Float.intBitsToFloat((int) score(ids, from, to, null));
  }

  /** Whether {@code ids[from..to)} is an n-gram of this model (unigrams: every known word). */
  public boolean contains(int[] ids, int from, int to) {
    if (to - from == 1) {
      return true;
    }
    return find(to - from, NgramHash.key(ids, from, to)) != 0;
  }

  @Override
  public void close() {
    // the image is released when the model becomes unreachable
  }

  @Override
  public String toString() {
    return "HashedNgramModel[order=" + order + ", words=" + vocabulary.size() + ", bytes=" + bytes + "]";
  }
}
