// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import org.unspin.fetch.ModelFormatException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lm.arpa.ArpaReader;
import org.unspin.lm.store.ModelImages;
import org.unspin.lm.store.NgramData;

/**
 * Entry point for language models, in the manner of BerkeleyLM's {@code LmReaders}: open a binary model file
 * (memory-mapped), read an ARPA file, or get the default model, built into the store on first use.
 *
 * <p>Every model returned is immutable and thread-safe; see {@link LanguageModel}. Stateless.
 *
 * @since 0.1
 */
public final class LanguageModels {

  private static final System.Logger LOG = System.getLogger(LanguageModels.class.getName());

  private LanguageModels() {}

  /**
   * Opens a model file: our binary format (memory-mapped, no copy) or, when the name ends with {@code .arpa} or
   * {@code .arpa.gz}, an ARPA text file (read into a heap store).
   *
   * @throws ModelFormatException if the file is corrupt or truncated (names the file and byte offset or line)
   */
  public static LanguageModel open(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.endsWith(".arpa") || name.endsWith(".arpa.gz")) {
      return fromArpa(file);
    }
    long t0 = System.nanoTime();
    LanguageModel m = ModelImages.map(file);
    LOG.log(System.Logger.Level.DEBUG, "mapped {0} ({1} bytes) in {2} ms", file, Files.size(file),
        (System.nanoTime() - t0) / 1_000_000);
    return m;
  }

  /**
   * Opens a binary model file with its hash tables copied onto the heap: slower to open (the file is read once)
   * and the tables count against the Java heap, but queries avoid page faults and TLB misses on the mapping.
   */
  public static LanguageModel load(Path file) throws IOException {
    return ModelImages.load(file);
  }

  /** Reads an ARPA file into a quantised hash store on the heap. */
  public static LanguageModel fromArpa(Path arpa) throws IOException {
    return of(ArpaReader.read(arpa));
  }

  /** A quantised hash store on the heap holding {@code data}. */
  public static LanguageModel of(NgramData data) {
    ByteBuffer image = ModelImages.build(data);
    try {
      return ModelImages.open(image, Path.of("<heap>"));
    } catch (ModelFormatException e) {
      throw new IllegalStateException("an image just built does not open", e);
    }
  }

  /** Writes {@code data} in the binary format to {@code file} (atomically). */
  public static void save(NgramData data, Path file) throws IOException {
    ModelImages.save(ModelImages.build(data), file);
  }

  /** The default model's file in {@code store}: {@code models/default-lm-4.bin}. */
  public static Path defaultPath(Store store) throws IOException {
    return store.dir("models").resolve(DefaultModel.FILE_NAME);
  }

  /** {@link #defaultPath}, without making the folder: where the file is when it is there. */
  public static Path defaultFile(Store store) {
    return store.home().resolve("models").resolve(DefaultModel.FILE_NAME);
  }

  /**
   * The default model (Sphinx trigram interpolated with a Kneser-Ney model of the State of the Union and Brown
   * corpora), memory-mapped from {@code store/models}; built there first, with progress, when absent. Safe to
   * call from several processes: the file is renamed into place when complete. A cached file that is damaged or
   * was written by an older format version is rebuilt.
   */
  public static LanguageModel openDefault(Store store, Progress progress) throws IOException {
    Path file = defaultPath(store);
    return openCached(file, () -> DefaultModel.build(store, progress, file));
  }

  private interface Builder {
    void build() throws IOException;
  }

  /**
   * Opens a cached model, built by {@code builder} first when the file is absent; one that is damaged or of an
   * older format version is rebuilt once.
   */
  private static LanguageModel openCached(Path file, Builder builder) throws IOException {
    Store.notAFolder(file, "the language model " + file.getFileName());
    if (!Files.isRegularFile(file)) {
      // runs started together on an empty cache: one builds (50 s), the others wait and map what it built
      Store.exclusively(file, () -> {
        if (!Files.isRegularFile(file)) {
          builder.build();
        }
        return null;
      });
    }
    try {
      return open(file);
    } catch (ModelFormatException e) {
      LOG.log(System.Logger.Level.WARNING, "rebuilding {0}: {1}", file, e.getMessage());
      return Store.exclusively(file, () -> {
        try {
          return open(file); // rebuilt by another run while this one waited?
        } catch (ModelFormatException stillDamaged) {
          builder.build();
          return open(file);
        }
      });
    }
  }

  /** (Re)builds the default model into {@code store}, replacing any existing one; returns its path. */
  public static Path buildDefault(Store store, Progress progress) throws IOException {
    return buildDefault(store, progress, java.util.List.of());
  }

  /**
   * (Re)builds the default model into {@code store}, also training the corpus model on every {@code *.txt} file
   * under the folders {@code extraCorpora}; returns its path.
   */
  public static Path buildDefault(Store store, Progress progress, java.util.List<Path> extraCorpora)
      throws IOException {
    Path file = defaultPath(store);
    DefaultModel.build(store, progress, file, extraCorpora);
    return file;
  }

  /** The CMU Sphinx en-us trigram alone (lower-case), imported and cached as {@code models/sphinx-lm.bin}. */
  public static LanguageModel sphinx(Store store, Progress progress) throws IOException {
    Path file = store.dir("models").resolve(DefaultModel.SPHINX_FILE_NAME);
    return openCached(file, () -> DefaultModel.buildSphinx(store, progress, file));
  }

  /** The corpus model alone (Kneser-Ney on SOTU, Brown and the manuals, cased, number class), cached as
   *  {@code models/corpus-lm-4.bin}. */
  public static LanguageModel corpus(Store store, Progress progress) throws IOException {
    Path file = store.dir("models").resolve(DefaultModel.CORPUS_FILE_NAME);
    return openCached(file, () -> DefaultModel.buildCorpus(store, progress, file));
  }
}
