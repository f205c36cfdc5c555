// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.train;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unspin.lm.store.NgramData;
import org.unspin.lm.store.WordPolicy;

/**
 * Trains an interpolated modified Kneser-Ney model (Chen and Goodman 1998, as KenLM's {@code lmplz} does) from
 * sentences streamed in one at a time, keeping only n-gram counts in memory. Lower orders use continuation counts
 * (the number of distinct words seen before the n-gram) except for n-grams that start with {@code <s>}; three
 * discounts per order come from the counts of counts. Pruning drops n-grams of order 2 and up whose (adjusted)
 * count is at most the order's threshold, moving their mass into the context's backoff, but keeps every n-gram
 * that is a prefix or suffix of a kept longer one. See {@code docs/algorithms/lm.md}. Not thread-safe.
 *
 * @since 0.1
 */
public final class KneserNey {

  private final int order;
  private final int[] prune;
  private final List<String> words = new ArrayList<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private long[] wordCounts = new long[1024];
  private final IntNgramMap[] raw;
  private long tokens;
  private long sentences;
  private int[] buf = new int[256];

  private KneserNey(int order, int[] prune) {
    if (order < 2 || order > 6) {
      throw new IllegalArgumentException("order must be 2..6: " + order);
    }
    if (prune.length != order) {
      throw new IllegalArgumentException("one pruning threshold per order expected, got " + prune.length);
    }
    this.order = order;
    this.prune = prune.clone();
    raw = new IntNgramMap[order + 1];
    for (int n = 1; n <= order; n++) {
      raw[n] = new IntNgramMap(n, 1 << 16);
    }
    id(WordPolicy.UNK);
    id(WordPolicy.BOS);
    id(WordPolicy.EOS);
  }

  /**
   * A trainer of the given order (2 to 6). {@code prune[n-1]} is the largest adjusted count of an n-gram that is
   * dropped (0 keeps all; the threshold for unigrams is ignored).
   */
  public static KneserNey create(int order, int... prune) {
    return new KneserNey(order, prune.length == 0 ? new int[order] : prune);
  }

  private int id(String w) {
    Integer id = ids.get(w);
    if (id != null) {
      return id;
    }
    int n = words.size();
    words.add(w);
    ids.put(w, n);
    if (n == wordCounts.length) {
      wordCounts = java.util.Arrays.copyOf(wordCounts, n * 2);
    }
    return n;
  }

  /** Counts one sentence (words already normalised; no {@code <s>}, {@code </s>}). */
  public void add(List<String> sentence) {
    int len = sentence.size() + 2;
    if (buf.length < len) {
      buf = new int[len * 2];
    }
    buf[0] = ids.get(WordPolicy.BOS);
    for (int i = 0; i < sentence.size(); i++) {
      int id = id(sentence.get(i));
      buf[i + 1] = id;
      wordCounts[id]++;
    }
    buf[len - 1] = ids.get(WordPolicy.EOS);
    for (int e = 1; e < len; e++) {
      for (int n = 1; n <= order && e - n + 1 >= 0; n++) {
        raw[n].add(buf, e - n + 1, 1);
      }
    }
    tokens += sentence.size();
    sentences++;
  }

  /** Words counted so far. */
  public long tokens() {
    return tokens;
  }

  /** Sentences counted so far. */
  public long sentences() {
    return sentences;
  }

  /** How often {@code word} occurred (exactly as written). */
  public long count(String word) {
    Integer id = ids.get(word);
    return id == null ? 0 : wordCounts[id];
  }

  /** How often {@code word} (exactly as written) began a sentence. */
  public long initialCount(String word) {
    Integer id = ids.get(word);
    if (id == null) {
      return 0;
    }
    int[] g = {ids.get(WordPolicy.BOS), id};
    int s = raw[2].index(g, 0);
    return s < 0 ? 0 : raw[2].value(s);
  }

  /** Estimates the model from the counts so far. */
  public NgramData estimate(boolean numberClass) {
    int bos = ids.get(WordPolicy.BOS);
    // adjusted counts
    IntNgramMap[] adj = new IntNgramMap[order + 1];
    adj[order] = raw[order];
    int[] g = new int[order + 1];
    for (int n = order - 1; n >= 1; n--) {
      IntNgramMap a = new IntNgramMap(n, raw[n].size());
      IntNgramMap r = raw[n];
      for (int s = 0; s < r.capacity(); s++) {
        if (r.used(s)) {
          r.copyKey(s, g, 0);
          a.add(g, 0, g[0] == bos ? r.value(s) : 0);
        }
      }
      IntNgramMap up = raw[n + 1];
      for (int s = 0; s < up.capacity(); s++) {
        if (up.used(s)) {
          up.copyKey(s, g, 0);
          if (g[1] != bos) {
            a.add(g, 1, 1);
          }
        }
      }
      adj[n] = a;
    }
    // discounts
    double[][] d = new double[order + 1][4];
    for (int n = 1; n <= order; n++) {
      long[] coc = new long[5];
      IntNgramMap a = adj[n];
      for (int s = 0; s < a.capacity(); s++) {
        if (a.used(s) && a.value(s) >= 1 && a.value(s) <= 4) {
          coc[a.value(s)]++;
        }
      }
      d[n] = discounts(coc);
    }
    // pruning with closure
    boolean[][] keep = new boolean[order + 1][];
    for (int n = 1; n <= order; n++) {
      IntNgramMap a = adj[n];
      keep[n] = new boolean[a.capacity()];
      for (int s = 0; s < a.capacity(); s++) {
        keep[n][s] = a.used(s) && a.value(s) > 0 && (n == 1 || a.value(s) > prune[n - 1]);
      }
    }
    for (int n = order; n >= 3; n--) {
      IntNgramMap a = adj[n];
      IntNgramMap lower = adj[n - 1];
      for (int s = 0; s < a.capacity(); s++) {
        if (keep[n][s]) {
          a.copyKey(s, g, 0);
          int suf = lower.index(g, 1);
          if (suf >= 0) {
            keep[n - 1][suf] = true;
          }
          int pre = lower.index(g, 0);
          if (pre >= 0) {
            keep[n - 1][pre] = true;
          }
        }
      }
    }
    // unigrams: interpolate with the uniform distribution over the vocabulary (<s> excluded)
    int v = words.size();
    double[] p1 = new double[v];
    double total = 0;
    IntNgramMap a1 = adj[1];
    int[] one = new int[1];
    for (int w = 0; w < v; w++) {
      one[0] = w;
      int s = a1.index(one, 0);
      total += s >= 0 ? a1.value(s) : 0;
    }
    double uSum = 0;
    for (int w = 0; w < v; w++) {
      one[0] = w;
      int s = a1.index(one, 0);
      int c = s >= 0 ? a1.value(s) : 0;
      if (c > 0 && w != bos) {
        p1[w] = (c - d[1][Math.min(c, 3)]) / total;
        uSum += p1[w];
      }
    }
    double gamma0 = 1 - uSum;
    for (int w = 0; w < v; w++) {
      if (w != bos) {
        p1[w] += gamma0 / (v - 1);
      }
    }
    // higher orders: context statistics, then interpolated probabilities, lowest order first
    double[][] prob = new double[order + 1][];
    double[][] backoff = new double[order + 1][]; // backoff[n][slot of an n-gram in adj[n]] (gamma as a context)
    double[] uniBackoff = new double[v];
    java.util.Arrays.fill(uniBackoff, 1.0);
    for (int n = 2; n <= order; n++) {
      IntNgramMap a = adj[n];
      IntNgramMap ctxMap = adj[n - 1];
      double[] sum = new double[n == 2 ? v : ctxMap.capacity()];
      double[] kept = new double[sum.length];
      int[] ctxSlot = new int[a.capacity()];
      for (int s = 0; s < a.capacity(); s++) {
        if (!a.used(s) || a.value(s) <= 0) {
          continue;
        }
        a.copyKey(s, g, 0);
        int cs = n == 2 ? g[0] : ctxMap.index(g, 0);
        ctxSlot[s] = cs;
        if (cs < 0) {
          continue;
        }
        sum[cs] += a.value(s);
      }
      prob[n] = new double[a.capacity()];
      for (int s = 0; s < a.capacity(); s++) {
        if (keep[n][s]) {
          int c = a.value(s);
          int cs = ctxSlot[s];
          double u = (c - d[n][Math.min(c, 3)]) / sum[cs];
          prob[n][s] = u;
          kept[cs] += u;
        }
      }
      double[] gamma = new double[sum.length];
      for (int cs = 0; cs < sum.length; cs++) {
        gamma[cs] = sum[cs] > 0 ? Math.max(1e-9, 1 - kept[cs]) : 1.0;
      }
      if (n == 2) {
        System.arraycopy(gamma, 0, uniBackoff, 0, v);
      } else {
        backoff[n - 1] = gamma;
      }
      for (int s = 0; s < a.capacity(); s++) {
        if (keep[n][s]) {
          a.copyKey(s, g, 0);
          prob[n][s] += gamma[ctxSlot[s]] * lowerProb(adj, keep, prob, backoff, uniBackoff, p1, g, 1, n);
        }
      }
    }
    // output
    NgramData out = NgramData.create(order).numberClass(numberClass);
    for (int w = 0; w < v; w++) {
      float lp = w == bos ? -99f : (float) Math.log10(p1[w]);
      out.addUnigram(words.get(w), lp, (float) Math.log10(uniBackoff[w]));
    }
    for (int n = 2; n <= order; n++) {
      IntNgramMap a = adj[n];
      for (int s = 0; s < a.capacity(); s++) {
        if (keep[n][s]) {
          a.copyKey(s, g, 0);
          double bo = n < order && backoff[n] != null ? backoff[n][s] : 1.0;
          out.add(g, 0, n, (float) Math.log10(prob[n][s]), (float) Math.log10(bo));
        }
      }
    }
    return out.completeSpecials(NgramData.DEFAULT_UNK_LOG10);
  }

  /** P(g[to-1] | g[from..to-1)) from the orders already estimated, with backoff where an n-gram was pruned. */
  private static double lowerProb(IntNgramMap[] adj, boolean[][] keep, double[][] prob, double[][] backoff,
      double[] uniBackoff, double[] p1, int[] g, int from, int to) {
    int n = to - from;
    if (n == 1) {
      return p1[g[to - 1]];
    }
    int s = adj[n].index(g, from);
    if (s >= 0 && keep[n][s]) {
      return prob[n][s];
    }
    double gamma;
    if (n == 2) {
      gamma = uniBackoff[g[from]];
    } else {
      int cs = adj[n - 1].index(g, from);
      gamma = cs >= 0 && backoff[n - 1] != null ? backoff[n - 1][cs] : 1.0;
    }
    return gamma * lowerProb(adj, keep, prob, backoff, uniBackoff, p1, g, from + 1, to);
  }

  /** The three modified Kneser-Ney discounts from counts of counts 1..4 (Chen and Goodman 1998, eq. 26). */
  static double[] discounts(long[] coc) {
    double[] d = {0, 0.5, 1.0, 1.5};
    if (coc[1] == 0 || coc[2] == 0) {
      return d;
    }
    double y = (double) coc[1] / (coc[1] + 2.0 * coc[2]);
    d[1] = clamp(1 - 2 * y * coc[2] / coc[1], 1);
    d[2] = coc[3] == 0 ? 1.0 : clamp(2 - 3 * y * coc[3] / coc[2], 2);
    d[3] = coc[4] == 0 || coc[3] == 0 ? 1.5 : clamp(3 - 4 * y * coc[4] / coc[3], 3);
    return d;
  }

  private static double clamp(double x, double max) {
    return Math.max(0.01, Math.min(max, x));
  }
}
