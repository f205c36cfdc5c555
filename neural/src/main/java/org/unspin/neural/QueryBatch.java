// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Masked queries collected from several questions (several spans, sentences or steps of a document) and sent to
 * the model together, so that {@link BertMlm#log10Probs} can fill bigger forward passes. A query asked twice is sent
 * once. Use: {@link #add} every query, {@link #run} once, then read each answer with {@link #get}.
 *
 * <p>Not thread-safe: one batch belongs to one caller.
 *
 * @since 0.1
 */
final class QueryBatch {

  /** Queries added to any batch in this JVM, repeats included, for benchmarks (compare {@link BertMlm#QUERIES}). */
  static final java.util.concurrent.atomic.LongAdder ADDED = new java.util.concurrent.atomic.LongAdder();

  /** The most queries one batch of this JVM has sent (each answer held until the batch is read), for tests. */
  static final java.util.concurrent.atomic.LongAccumulator LARGEST =
      new java.util.concurrent.atomic.LongAccumulator(Math::max, 0);

  private final BertMlm bert;
  private final Map<Key, float[][]> memo;
  private final List<MaskedQuery> queries = new ArrayList<>();
  private final List<Key> keys = new ArrayList<>();
  private final Map<Key, Integer> index = new HashMap<>();
  /** Per handle: the answer, when known before the batch runs (from {@code memo}). */
  private final List<float[][]> known = new ArrayList<>();
  /** Per handle: the index of its query in {@link #queries}, or -1 when known. */
  private final List<Integer> sent = new ArrayList<>();
  private float[][][] answers;

  QueryBatch(BertMlm bert) {
    this(bert, null);
  }

  /**
   * A batch that takes answers from {@code memo} (the answers of earlier batches of the same caller) instead of
   * asking again, and adds its own answers to it when run; {@code memo} may be null.
   */
  QueryBatch(BertMlm bert, Map<Key, float[][]> memo) {
    this.bert = Objects.requireNonNull(bert, "bert");
    this.memo = memo;
  }

  /**
   * Asks a question in a batch of its own: {@code ask} adds its queries to a new batch and returns how to read the
   * answer, which is read once the batch has run.
   */
  static <T> T now(BertMlm bert, java.util.function.Function<QueryBatch, java.util.function.Supplier<T>> ask) {
    QueryBatch batch = new QueryBatch(bert);
    java.util.function.Supplier<T> answer = ask.apply(batch);
    batch.run();
    return answer.get();
  }

  /** A memo for {@link #QueryBatch(BertMlm, Map)}. */
  static Map<Key, float[][]> memo() {
    return new HashMap<>();
  }

  /** Adds a query (or finds the same one added before); returns the handle for {@link #get}. */
  int add(MaskedQuery q) {
    if (answers != null) {
      throw new IllegalStateException("batch already run");
    }
    ADDED.increment();
    return index.computeIfAbsent(new Key(q.ids(), q.positions()), k -> {
      float[][] a = memo == null ? null : memo.get(k);
      known.add(a);
      if (a == null) {
        queries.add(q);
        keys.add(k);
        sent.add(queries.size() - 1);
      } else {
        sent.add(-1);
      }
      return known.size() - 1;
    });
  }

  /** Distinct queries added so far that will be sent (not answered from the memo). */
  int size() {
    return queries.size();
  }

  /** Sends the distinct queries to the model; does nothing when there are none. */
  void run() {
    if (answers != null) {
      throw new IllegalStateException("batch already run");
    }
    LARGEST.accumulate(queries.size());
    answers = queries.isEmpty() ? new float[0][][] : bert.log10Probs(queries);
    if (memo != null) {
      for (int i = 0; i < keys.size(); i++) {
        memo.put(keys.get(i), answers[i]);
      }
    }
  }

  /** The answer to the query with handle {@code h}: per position of the query, log10 probabilities. */
  float[][] get(int h) {
    if (answers == null) {
      throw new IllegalStateException("batch not run yet");
    }
    int i = sent.get(h);
    return i < 0 ? known.get(h) : answers[i];
  }

  /** A query's identity: its pieces and positions. */
  record Key(int[] ids, int[] positions) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Arrays.equals(ids, k.ids) && Arrays.equals(positions, k.positions);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(ids) + Arrays.hashCode(positions);
    }
  }
}
