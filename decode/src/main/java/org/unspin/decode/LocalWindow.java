// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.Arrays;
import java.util.List;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.Vocabulary;

/**
 * Local LM scores of one sentence's candidates: the score of a candidate's words put in place of the spun words,
 * over the replaced words and the {@code order - 1} words after them, with the unchanged sentence as context. Not
 * thread-safe (holds a scratch buffer); one per decode call.
 */
final class LocalWindow {

  private final LanguageModel lm;
  private final int order;
  private final int[] posOf;
  private final int[] seq;
  private final int len;
  private int[] buf;

  LocalWindow(LanguageModel lm, List<List<Decoder.Edge>> edges) {
    this.lm = lm;
    this.order = lm.order();
    Vocabulary v = lm.vocabulary();
    int n = edges.size();
    posOf = new int[n + 1];
    int total = 2;
    for (List<Decoder.Edge> es : edges) {
      total += es.get(0).ids.length;
    }
    seq = new int[total];
    int m = 0;
    seq[m++] = v.sentenceStartId();
    for (int i = 0; i < n; i++) {
      posOf[i] = m;
      for (int id : edges.get(i).get(0).ids) {
        seq[m++] = id;
      }
    }
    posOf[n] = m;
    seq[m++] = v.sentenceEndId();
    len = m;
    buf = new int[4 * order + 16];
  }

  /** log10 P of each word of the unchanged sentence given the words before it (as many as the order allows). */
  private float[] base;

  /**
   * The local LM score of the spun words {@code [i, i + spanLength)} themselves: the same double as scoring their
   * window on its own ({@link #score}), from the sentence's per-word scores, which are computed once, in
   * {@link LanguageModel#log10Probs} batches.
   */
  double spun(int i, int spanLength) {
    int a = posOf[i];
    int b = posOf[i + spanLength];
    if (base == null) {
      base = sentenceScores();
    }
    int right = Math.min(len, b + order - 1);
    double s = 0;
    for (int k = a; k < right; k++) {
      s += base[k];
    }
    return s;
  }

  /** {@link #heads}' reading of the spun words {@code [i, i + spanLength)} themselves. */
  double spunHead(int i, int spanLength) {
    int a = posOf[i];
    int b = posOf[i + spanLength];
    double s = 0;
    int[] pair = new int[2];
    for (int k = a; k <= b && k < len; k++) {
      pair[0] = seq[k - 1];
      pair[1] = seq[k];
      s += lm.log10Prob(pair, 0, 2);
    }
    return s;
  }

  /** {@code out[k] = lm.log10Prob(seq, max(0, k - order + 1), k + 1)} for {@code 1 <= k < len}. */
  private float[] sentenceScores() {
    float[] out = new float[len];
    for (int n = 1; n <= order; n++) {
      // the positions whose query has n words: k = n - 1, or every k >= order - 1 for the full order; the
      // sentence start (k = 0) is never scored
      int first = n - 1;
      if (first == 0 && n < order) {
        continue;
      }
      int last = n == order ? len - 1 : Math.min(n - 1, len - 1);
      int count = last - first + 1;
      if (count <= 0) {
        continue;
      }
      int[] ids = new int[count * n];
      for (int q = 0; q < count; q++) {
        System.arraycopy(seq, first + q + 1 - n, ids, q * n, n);
      }
      float[] r = new float[count];
      lm.log10Probs(ids, n, count, r);
      System.arraycopy(r, 0, out, first, count);
    }
    return out;
  }

  /**
   * Writes into {@link #buf} (grown as needed) the n-gram window of {@code mid[from, from + count)} put in place of
   * the sentence's positions {@code [a, b)}: up to {@code order - 1} words of context on each side. Returns its
   * length; the new words start at {@code a - max(0, a - (order - 1))}.
   */
  private int window(int a, int b, int[] mid, int from, int count) {
    int left = Math.max(0, a - (order - 1));
    int right = Math.min(len, b + order - 1);
    int need = (a - left) + count + (right - b);
    if (need > buf.length) {
      buf = new int[need * 2];
    }
    int m = 0;
    for (int k = left; k < a; k++) {
      buf[m++] = seq[k];
    }
    for (int k = 0; k < count; k++) {
      buf[m++] = mid[from + k];
    }
    for (int k = b; k < right; k++) {
      buf[m++] = seq[k];
    }
    return m;
  }

  /** The local LM score of {@code e}'s original in place of the spun words it covers. */
  double candidate(Decoder.Edge e) {
    return score(posOf[e.start], posOf[e.start + e.len], e.ids, 0, e.ids.length);
  }

  /** Per query length n (1 to order): the queries of that length, their result slots, and how many. */
  private int[][] batch;
  private int[][] slotOf;
  private int[] batched;
  private float[] batchOut = new float[0];
  private float[] results = new float[0];
  private int[] ends = new int[0];

  /**
   * {@code out[k] = candidate(es.get(k))} for {@code from <= k < es.size()}, the same doubles: the LM queries of
   * the candidates' windows are made in {@link LanguageModel#log10Probs} batches, one per query length (whose
   * memory accesses overlap), instead of one at a time, and each window's scores are summed in the same order as
   * {@link #candidate}.
   */
  void candidates(List<Decoder.Edge> es, int from, double[] out) {
    windows(es, from, out, false);
  }

  /**
   * {@code out[k]} for {@code from <= k < es.size()}: a cheap first reading of how well {@code es.get(k)}'s words
   * fit in place of the words they replace: the bigram scores of the word before them, their words and the word
   * after them, one query of one word's context each ({@link EvidenceScorer}'s shortlist).
   */
  void heads(List<Decoder.Edge> es, int from, double[] out) {
    windows(es, from, out, true);
  }

  /**
   * Most candidates whose windows {@link #candidates(List, double[][])} puts in one batch: a sentence's positions
   * are taken together up to about this many, so that a long run-on "sentence" does not grow the batch buffers
   * without bound.
   */
  static final int BATCH_EDGES = 512;

  /**
   * {@code out[p][k] = candidate(lists.get(p).get(k))} for {@code k >= 1}, for each position {@code p} of
   * {@code lists} (one list of edges per position, keeping first, as {@link Decoder#edges} makes them) that has a
   * candidate; {@code out[p]} is null for the others. The same doubles as {@link #candidates(List, int, double[])}
   * per position, with the queries of many positions in one batch per query length, so that more of each wave's
   * cache misses overlap than in one position's handful (restoration's pre-pruning, {@code docs/benchmarks.md}).
   */
  void candidates(List<List<Decoder.Edge>> lists, double[][] out) {
    int n = lists.size();
    for (int p = 0; p < n; ) {
      int q = p;
      int edges = 0;
      while (q < n && (q == p || edges + lists.get(q).size() <= BATCH_EDGES)) {
        edges += lists.get(q).size();
        q++;
      }
      for (int t = p; t < q; t++) {
        out[t] = lists.get(t).size() > 1 ? new double[lists.get(t).size()] : null;
      }
      windows(lists, p, q, 1, out, false);
      p = q;
    }
  }

  /** The one output of a single position's {@link #windows}. */
  private final double[][] one = new double[1][];

  private void windows(List<Decoder.Edge> es, int from, double[] out, boolean heads) {
    one[0] = out;
    windows(List.of(es), 0, 1, from, one, heads);
    one[0] = null;
  }

  /**
   * {@code outs[p][k]} for the lists {@code p} in {@code [first, last)} of {@code lists} whose {@code outs[p]} is
   * not null, and {@code from <= k < lists.get(p).size()}: their windows' queries in one batch per query length.
   */
  private void windows(List<List<Decoder.Edge>> lists, int first, int last, int from, double[][] outs,
      boolean heads) {
    if (batch == null) {
      batch = new int[order + 1][0];
      slotOf = new int[order + 1][0];
      batched = new int[order + 1];
    }
    Arrays.fill(batched, 0);
    int queries = 0;
    int slots = 0;
    for (int p = first; p < last; p++) {
      slots += outs[p] == null ? 0 : lists.get(p).size();
    }
    if (ends.length < slots) {
      ends = new int[slots];
    }
    int slot = 0;
    for (int p = first; p < last; p++) {
      if (outs[p] == null) {
        continue;
      }
      List<Decoder.Edge> es = lists.get(p);
      for (int k = from; k < es.size(); k++) {
        Decoder.Edge e = es.get(k);
        int a = posOf[e.start];
        int b = posOf[e.start + e.len];
        int m = window(a, b, e.ids, 0, e.ids.length);
        int[] arr = buf;
        int scoredFrom = a - Math.max(0, a - (order - 1));
        if (heads) {
          // the pairs from the word before the candidate to the word after it
          m = Math.min(m, scoredFrom + e.ids.length + 1);
        }
        int more = m - scoredFrom;
        if (results.length < queries + more) {
          results = Arrays.copyOf(results, 2 * (queries + more));
        }
        for (int x = scoredFrom; x < m; x++) {
          // the query lm.log10Prob(arr, max(0, x - order + 1), x + 1); for heads, of the word before x only
          int n = heads ? 2 : Math.min(order, x + 1);
          int c = batched[n];
          if (batch[n].length < (c + 1) * n) {
            batch[n] = Arrays.copyOf(batch[n], 2 * (c + more) * n);
            slotOf[n] = Arrays.copyOf(slotOf[n], 2 * (c + more));
          }
          System.arraycopy(arr, x + 1 - n, batch[n], c * n, n);
          slotOf[n][c] = queries++;
          batched[n] = c + 1;
        }
        ends[slot++] = queries;
      }
    }
    for (int n = 1; n <= order; n++) {
      int c = batched[n];
      if (c == 0) {
        continue;
      }
      if (batchOut.length < c) {
        batchOut = new float[Math.max(c, 2 * batchOut.length)];
      }
      lm.log10Probs(batch[n], n, c, batchOut);
      int[] where = slotOf[n];
      for (int j = 0; j < c; j++) {
        results[where[j]] = batchOut[j];
      }
    }
    int q = 0;
    slot = 0;
    for (int p = first; p < last; p++) {
      if (outs[p] == null) {
        continue;
      }
      double[] out = outs[p];
      for (int k = from; k < lists.get(p).size(); k++) {
        double s = 0;
        for (; q < ends[slot]; q++) {
          s += results[q];
        }
        out[k] = s;
        slot++;
      }
    }
  }

  private double score(int a, int b, int[] mid, int from, int count) {
    int m = window(a, b, mid, from, count);
    int[] arr = buf;
    int scoredFrom = a - Math.max(0, a - (order - 1));
    double s = 0;
    for (int k = scoredFrom; k < m; k++) {
      s += lm.log10Prob(arr, Math.max(0, k - order + 1), k + 1);
    }
    return s;
  }

  /**
   * The keep edge {@code es.get(0)} of position {@code i}, its {@code shortlist} candidates whose {@link #heads} gain
   * is highest ({@code w} times their bigrams' score less the spun words', plus their channel score; the earlier
   * candidate on a tie), and its listed ones, in their order in {@code es}.
   */
  List<Decoder.Edge> shortlisted(int i, List<Decoder.Edge> es, int shortlist, double w) {
    int m = es.size();
    double[] heads = new double[m];
    heads(es, 1, heads);
    double spunHead = spunHead(i, 1);
    for (int k = 1; k < m; k++) {
      Decoder.Edge e = es.get(k);
      heads[k] = w * (heads[k] - (e.len == 1 ? spunHead : spunHead(i, e.len))) + e.channel;
    }
    // the shortlist's indices, best first (insertion into a list of at most `shortlist`)
    int[] best = new int[shortlist];
    int size = 0;
    for (int k = 1; k < m; k++) {
      if (es.get(k).listed || size == shortlist && !(heads[k] > heads[best[size - 1]])) {
        continue;
      }
      int at = size == shortlist ? size - 1 : size++;
      while (at > 0 && heads[k] > heads[best[at - 1]]) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = k;
    }
    boolean[] kept = new boolean[m];
    for (int t = 0; t < size; t++) {
      kept[best[t]] = true;
    }
    List<Decoder.Edge> out = new java.util.ArrayList<>(size + 1);
    out.add(es.get(0));
    for (int k = 1; k < m; k++) {
      if (kept[k] || es.get(k).listed) {
        out.add(es.get(k));
      }
    }
    return out;
  }
}
