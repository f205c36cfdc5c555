// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Word-level questions to a {@link BertMlm} about one sentence given as its word tokens: what fits a masked span,
 * how well each of several wordings fits it (pseudo-log-likelihood), and how surprised the model is by each word.
 * Every method sends its masked queries to the model as one batch.
 *
 * <p>The sentence is the context: up to {@link #CONTEXT_PIECES} pieces on each side of the span are kept, the rest
 * cut off, so long sentences cost no more than short ones.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class MaskedLm {

  /** Pieces of context kept on each side of a span. */
  public static final int CONTEXT_PIECES = 48;

  private final BertMlm bert;
  private final WordPiece wp;

  MaskedLm(BertMlm bert) {
    this.bert = Objects.requireNonNull(bert, "bert");
    this.wp = bert.wordPiece();
  }

  /** Word-level access to {@code bert}. */
  public static MaskedLm of(BertMlm bert) {
    return new MaskedLm(bert);
  }

  public BertMlm model() {
    return bert;
  }

  /**
   * The pieces of each word, as read ({@link org.unspin.text.Words#canonical}): a word disguised with look-alike
   * letters or hyphenated at a line end is the plain word to the model too.
   */
  int[][] encode(List<String> words) {
    int[][] out = new int[words.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = wp.encode(org.unspin.text.Words.canonical(words.get(i)));
    }
    return out;
  }

  /**
   * A query with words {@code [start, start+len)} replaced by {@code middle}, cut to the context window; {@code
   * offset[0]} receives the index in the query of {@code middle[0]}.
   */
  private int[] assemble(int[][] pieces, int start, int len, int[] middle, int[] offset) {
    int left = 0;
    int from = start;
    while (from > 0 && left + pieces[from - 1].length <= CONTEXT_PIECES) {
      from--;
      left += pieces[from].length;
    }
    int right = 0;
    int to = start + len;
    while (to < pieces.length && right + pieces[to].length <= CONTEXT_PIECES) {
      right += pieces[to].length;
      to++;
    }
    int[] ids = new int[left + middle.length + right + 2];
    int m = 0;
    ids[m++] = wp.clsId();
    for (int k = from; k < start; k++) {
      for (int id : pieces[k]) {
        ids[m++] = id;
      }
    }
    offset[0] = m;
    for (int id : middle) {
      ids[m++] = id;
    }
    for (int k = start + len; k < to; k++) {
      for (int id : pieces[k]) {
        ids[m++] = id;
      }
    }
    ids[m++] = wp.sepId();
    return ids;
  }

  /**
   * The {@code k} most probable single whole words for the span {@code [start, start+len)} masked by one [MASK]
   * (pieces that continue a word, punctuation and special tokens are skipped).
   */
  public List<Prediction> predict(List<String> words, int start, int len, int k) {
    return predictAll(words, List.of(new int[] {start, len}), k).get(0);
  }

  /** {@link #predict} for several spans of the same sentence, in one batch. Each span is {@code {start, len}}. */
  public List<List<Prediction>> predictAll(List<String> words, List<int[]> spans, int k) {
    return QueryBatch.now(bert, batch -> {
      int[] handles = singleMask(words, encode(words), spans, batch);
      return () -> {
        List<List<Prediction>> out = new ArrayList<>(spans.size());
        for (int h : handles) {
          out.add(top(batch.get(h)[0], k));
        }
        return out;
      };
    });
  }

  /**
   * The {@code k} most probable two-piece readings of each span ({@code {start, len}}) replaced by two [MASK]
   * pieces: two whole words ("Middle East") or one word of two pieces. Read left to right: the first piece's
   * probability with both masked, times the second's given the first ({@code firsts} first pieces are followed up,
   * so a span costs 1 + {@code firsts} queries, batched). The first piece must start a word; the second may continue
   * it. {@code own}, when not null, receives per span the same score of the span's own wording when that has exactly
   * two pieces, else {@code NaN}.
   */
  public List<List<Prediction>> predictPairs(List<String> words, List<int[]> spans, int k, int firsts,
      double[] own) {
    QueryBatch first = new QueryBatch(bert);
    java.util.function.Function<QueryBatch, java.util.function.Supplier<List<List<Prediction>>>> step =
        predictPairs(words, spans, k, firsts, own, first);
    first.run();
    QueryBatch second = new QueryBatch(bert);
    java.util.function.Supplier<List<List<Prediction>>> result = step.apply(second);
    second.run();
    return result.get();
  }

  /**
   * {@link #predictPairs(List, List, int, int, double[])} in steps, for batching with other questions: adds the
   * first queries to {@code first}; once that has run, the returned function adds the second queries to its
   * argument and returns the answer, to be read once that batch has run ({@code own} is filled then).
   */
  java.util.function.Function<QueryBatch, java.util.function.Supplier<List<List<Prediction>>>> predictPairs(
      List<String> words, List<int[]> spans, int k, int firsts, double[] own, QueryBatch first) {
    int[][] pieces = encode(words);
    List<MaskedQuery> qs = new ArrayList<>(spans.size());
    int[] handles = new int[spans.size()];
    int[] offsets = new int[spans.size()];
    for (int q = 0; q < spans.size(); q++) {
      int[] s = spans.get(q);
      check(words, s[0], s[1]);
      int[] off = new int[1];
      int[] ids = assemble(pieces, s[0], s[1], new int[] {wp.maskId(), wp.maskId()}, off);
      offsets[q] = off[0];
      qs.add(new MaskedQuery(ids, new int[] {off[0]}));
      handles[q] = first.add(qs.get(q));
    }
    return second -> pairsSecondStep(words, spans, k, firsts, own, qs, offsets, handles, first, second);
  }

  private java.util.function.Supplier<List<List<Prediction>>> pairsSecondStep(List<String> words,
      List<int[]> spans, int k, int firsts, double[] own, List<MaskedQuery> qs, int[] offsets, int[] handles,
      QueryBatch first, QueryBatch secondBatch) {
    float[][][] probs = new float[spans.size()][][];
    for (int q = 0; q < spans.size(); q++) {
      probs[q] = first.get(handles[q]);
    }
    // second step: each span's best first pieces (and its own first piece) filled in, the second still masked
    List<MaskedQuery> next = new ArrayList<>();
    List<int[]> asked = new ArrayList<>(); // {span, first piece id}
    int[][] spanPieces = new int[spans.size()][];
    for (int q = 0; q < spans.size(); q++) {
      spanPieces[q] = wp.encode(join(words, spans.get(q)[0], spans.get(q)[1]));
      List<Integer> ids = new ArrayList<>();
      for (int id : topIds(probs[q][0], firsts, x -> isWordPiece(wp.piece(x)))) {
        ids.add(id);
      }
      if (own != null && spanPieces[q].length == 2 && !ids.contains(spanPieces[q][0])) {
        ids.add(spanPieces[q][0]);
      }
      for (int id : ids) {
        int[] filled = qs.get(q).ids().clone();
        filled[offsets[q]] = id;
        next.add(new MaskedQuery(filled, new int[] {offsets[q] + 1}));
        asked.add(new int[] {q, id});
      }
    }
    int[] nextHandles = new int[next.size()];
    for (int n = 0; n < next.size(); n++) {
      nextHandles[n] = secondBatch.add(next.get(n));
    }
    return () -> pairsAnswer(spans, k, own, spanPieces, probs, asked, nextHandles, secondBatch);
  }

  private List<List<Prediction>> pairsAnswer(List<int[]> spans, int k, double[] own, int[][] spanPieces,
      float[][][] probs, List<int[]> asked, int[] nextHandles, QueryBatch secondBatch) {
    List<List<Prediction>> pairs = new ArrayList<>(spans.size());
    for (int q = 0; q < spans.size(); q++) {
      pairs.add(new ArrayList<>());
      if (own != null) {
        own[q] = Double.NaN;
      }
    }
    for (int n = 0; n < asked.size(); n++) {
      int q = asked.get(n)[0];
      int x = asked.get(n)[1];
      float[] row = secondBatch.get(nextHandles[n])[0];
      double p1 = probs[q][0][x];
      if (own != null && spanPieces[q].length == 2 && spanPieces[q][0] == x) {
        own[q] = p1 + row[spanPieces[q][1]];
      }
      for (int y : topIds(row, k, id -> isWordPiece(wp.piece(id)) || isContinuation(wp.piece(id)))) {
        String py = wp.piece(y);
        String text = py.startsWith("##") ? wp.piece(x) + py.substring(2) : wp.piece(x) + " " + py;
        pairs.get(q).add(new Prediction(text, p1 + row[y]));
      }
    }
    List<List<Prediction>> out = new ArrayList<>(spans.size());
    for (List<Prediction> ps : pairs) {
      ps.sort(Comparator.comparingDouble((Prediction p) -> -p.log10Prob()).thenComparing(Prediction::text));
      out.add(List.copyOf(ps.subList(0, Math.min(k, ps.size()))));
    }
    return out;
  }

  /** The ids of the {@code k} most probable pieces of {@code row} that {@code keep} accepts, most probable first. */
  private static int[] topIds(float[] row, int k, java.util.function.IntPredicate keep) {
    PriorityQueue<Integer> heap = new PriorityQueue<>(Comparator.comparingDouble(i -> row[i]));
    for (int id = 0; id < row.length; id++) {
      if (heap.size() == k && row[id] <= row[heap.peek()]) {
        continue;
      }
      if (!keep.test(id)) {
        continue;
      }
      heap.add(id);
      if (heap.size() > k) {
        heap.poll();
      }
    }
    int[] out = new int[heap.size()];
    for (int i = out.length - 1; i >= 0; i--) {
      out[i] = heap.poll();
    }
    return out;
  }

  /** Whether a vocabulary piece continues a word with letters ("##ly"). */
  static boolean isContinuation(String piece) {
    if (!piece.startsWith("##") || piece.length() == 2) {
      return false;
    }
    for (int i = 2; i < piece.length(); i++) {
      if (!Character.isLetter(piece.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private List<Prediction> top(float[] row, int k) {
    int[] ids = topIds(row, k, id -> isWordPiece(wp.piece(id)));
    List<Prediction> out = new ArrayList<>(ids.length);
    for (int id : ids) {
      out.add(new Prediction(wp.piece(id), row[id]));
    }
    out.sort(Comparator.comparingDouble((Prediction p) -> -p.log10Prob()).thenComparing(Prediction::text));
    return out;
  }

  /** Whether a vocabulary piece is a whole word that may start a word (letters or digits, not ## or [..]). */
  static boolean isWordPiece(String piece) {
    if (piece.isEmpty() || piece.startsWith("##") || piece.startsWith("[")) {
      return false;
    }
    for (int i = 0; i < piece.length(); ) {
      int cp = piece.codePointAt(i);
      if (!Character.isLetterOrDigit(cp) && cp != '\'' && cp != '-') {
        return false;
      }
      i += Character.charCount(cp);
    }
    return Character.isLetterOrDigit(piece.codePointAt(0));
  }

  /**
   * How well each wording fits in place of {@code [start, start+len)}: its pseudo-log-likelihood, the sum over its
   * pieces of log10 P(piece | the sentence with that piece and the later pieces of the same word masked), the
   * "word-l2r" variant of Kauf and Ivanova (2023) of the PLL of Salazar et al. (2020), which does not inflate the
   * score of words split into many pieces. Wordings of one piece share a single query and are then scored by an
   * exact comparison over the same distribution; other wordings cost one query per piece. Batched.
   *
   * @param wordings space-separated words, e.g. the spun words themselves and candidate originals
   * @return log10 pseudo-likelihood per wording, {@code <= 0}, in the order given
   */
  public double[] log10Scores(List<String> words, int start, int len, List<String> wordings) {
    return QueryBatch.now(bert, batch -> log10Scores(words, start, len, wordings, batch));
  }

  /**
   * {@link #log10Scores(List, int, int, List)} for batching with other questions: adds the queries to {@code
   * batch}; the answer may be read once the batch has run.
   */
  java.util.function.Supplier<double[]> log10Scores(List<String> words, int start, int len, List<String> wordings,
      QueryBatch batch) {
    check(words, start, len);
    int[][] pieces = encode(words);
    Map<String, int[]> encoded = new LinkedHashMap<>();
    Map<String, boolean[]> wordStarts = new HashMap<>();
    for (String w : wordings) {
      if (encoded.containsKey(w)) {
        continue;
      }
      WordPiece.IntList ids = new WordPiece.IntList(8);
      List<Boolean> starts = new ArrayList<>();
      for (String part : w.trim().split(" +")) {
        int[] e = wp.encode(part);
        for (int k = 0; k < e.length; k++) {
          ids.add(e[k]);
          starts.add(k == 0 || !wp.piece(e[k]).startsWith("##"));
        }
      }
      encoded.put(w, ids.toArray());
      boolean[] st = new boolean[starts.size()];
      for (int k = 0; k < st.length; k++) {
        st[k] = starts.get(k);
      }
      wordStarts.put(w, st);
    }
    List<MaskedQuery> qs = new ArrayList<>();
    List<int[]> what = new ArrayList<>(); // {wording index in encoded order, piece index}
    List<String> keys = new ArrayList<>(encoded.keySet());
    int shared = -1;
    for (int w = 0; w < keys.size(); w++) {
      int[] c = encoded.get(keys.get(w));
      boolean[] st = wordStarts.get(keys.get(w));
      if (c.length == 0) {
        continue;
      }
      if (c.length == 1) {
        if (shared < 0) {
          int[] off = new int[1];
          int[] ids = assemble(pieces, start, len, new int[] {wp.maskId()}, off);
          qs.add(new MaskedQuery(ids, new int[] {off[0]}));
          what.add(new int[] {-1, 0});
          shared = qs.size() - 1;
        }
        continue;
      }
      for (int j = 0; j < c.length; j++) {
        int[] mid = c.clone();
        mid[j] = wp.maskId();
        for (int k = j + 1; k < c.length && !st[k]; k++) {
          mid[k] = wp.maskId();
        }
        int[] off = new int[1];
        int[] ids = assemble(pieces, start, len, mid, off);
        qs.add(new MaskedQuery(ids, new int[] {off[0] + j}));
        what.add(new int[] {w, j});
      }
    }
    int[] handles = new int[qs.size()];
    for (int q = 0; q < qs.size(); q++) {
      handles[q] = batch.add(qs.get(q));
    }
    int sharedQuery = shared;
    return () -> scores(wordings, encoded, keys, what, handles, sharedQuery, batch);
  }

  private static double[] scores(List<String> wordings, Map<String, int[]> encoded, List<String> keys,
      List<int[]> what, int[] handles, int shared, QueryBatch batch) {
    float[][][] probs = new float[handles.length][][];
    for (int q = 0; q < handles.length; q++) {
      probs[q] = batch.get(handles[q]);
    }
    Map<String, Double> score = new HashMap<>();
    for (int w = 0; w < keys.size(); w++) {
      int[] c = encoded.get(keys.get(w));
      if (c.length == 1) {
        score.put(keys.get(w), (double) probs[shared][0][c[0]]);
      } else {
        score.put(keys.get(w), c.length == 0 ? Double.NEGATIVE_INFINITY : 0.0);
      }
    }
    for (int q = 0; q < handles.length; q++) {
      int[] ww = what.get(q);
      if (ww[0] < 0) {
        continue;
      }
      String key = keys.get(ww[0]);
      int piece = encoded.get(key)[ww[1]];
      score.merge(key, (double) probs[q][0][piece], Double::sum);
    }
    double[] out = new double[wordings.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = score.get(wordings.get(i));
    }
    return out;
  }

  /**
   * For each chosen word, how the model rates it with the whole word replaced by one [MASK]: log10 P(the word's
   * first piece) (exact for words of one piece, an upper bound otherwise) and the best whole-word predictions. One
   * query per chosen word, batched.
   *
   * @param positions indices of the words to ask about
   * @param k how many predictions to keep per word
   */
  public List<WordFit> fit(List<String> words, int[] positions, int k) {
    List<int[]> spans = new ArrayList<>(positions.length);
    for (int i : positions) {
      spans.add(new int[] {i, 1});
    }
    return fitSpans(words, spans, k);
  }

  /**
   * {@link #fit} for spans of one or more words ({@code {start, len}}), each replaced by one [MASK]; the
   * probability is that of the span's first piece.
   */
  public List<WordFit> fitSpans(List<String> words, List<int[]> spans, int k) {
    return QueryBatch.now(bert, batch -> fitSpans(words, spans, k, batch));
  }

  /**
   * {@link #fitSpans(List, List, int)} for batching with other questions: adds the queries to {@code batch}; the
   * answer may be read once the batch has run.
   */
  java.util.function.Supplier<List<WordFit>> fitSpans(List<String> words, List<int[]> spans, int k,
      QueryBatch batch) {
    int[][] pieces = encode(words);
    int[] handles = singleMask(words, pieces, spans, batch);
    return () -> fits(words, pieces, spans, k, handles, batch);
  }

  private List<WordFit> fits(List<String> words, int[][] pieces, List<int[]> spans, int k, int[] handles,
      QueryBatch batch) {
    List<WordFit> out = new ArrayList<>(spans.size());
    for (int q = 0; q < spans.size(); q++) {
      int i = spans.get(q)[0];
      float[] row = batch.get(handles[q])[0];
      double own = pieces[i].length == 0 ? Double.NEGATIVE_INFINITY : row[pieces[i][0]];
      out.add(new WordFit(i, join(words, i, spans.get(q)[1]), own, pieces[i].length, top(row, k)));
    }
    return out;
  }

  /** Each span ({@code {start, len}}) replaced by a single [MASK], added to {@code batch}; the handles. */
  private int[] singleMask(List<String> words, int[][] pieces, List<int[]> spans, QueryBatch batch) {
    int[] handles = new int[spans.size()];
    for (int q = 0; q < spans.size(); q++) {
      int[] s = spans.get(q);
      check(words, s[0], s[1]);
      int[] off = new int[1];
      int[] ids = assemble(pieces, s[0], s[1], new int[] {wp.maskId()}, off);
      handles[q] = batch.add(new MaskedQuery(ids, new int[] {off[0]}));
    }
    return handles;
  }

  private static void check(List<String> words, int start, int len) {
    if (start < 0 || len < 1 || start + len > words.size()) {
      throw new IllegalArgumentException("span " + start + "+" + len + " outside " + words.size() + " words");
    }
  }

  /**
   * How the masked LM rates one word of a sentence. Immutable.
   *
   * @param index the word's index in the sentence
   * @param word the word
   * @param log10Prob log10 P(the word's first piece | the sentence with it masked), {@code <= 0}
   * @param pieces how many pieces the word has
   * @param top the best whole-word predictions at the mask, most probable first
   */
  public record WordFit(int index, String word, double log10Prob, int pieces, List<Prediction> top) {

    public WordFit {
      top = List.copyOf(top);
    }

    /** log10 of how much more probable the best prediction is than the word; 0 when the word is the best. */
    public double log10Gap() {
      return top.isEmpty() ? 0 : Math.max(0, top.get(0).log10Prob() - log10Prob);
    }
  }

  @Override
  public String toString() {
    return "MaskedLm[" + bert.dir() + "]";
  }

  static String join(List<String> words, int start, int len) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < start + len; i++) {
      sb.append(i > start ? " " : "").append(org.unspin.text.Words.canonical(words.get(i)));
    }
    return sb.toString();
  }

  static int[] range(int n) {
    int[] a = new int[n];
    Arrays.setAll(a, i -> i);
    return a;
  }
}
