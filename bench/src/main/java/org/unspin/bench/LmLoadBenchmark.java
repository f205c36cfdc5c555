// SPDX-License-Identifier: Apache-2.0
package org.unspin.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;

/**
 * Load time of the default model file (memory-map, validate, read the vocabulary into a hash map) and of the
 * imported Sphinx model, each a fresh open in a warm JVM with the file in the page cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class LmLoadBenchmark {

  Path defaultFile;
  Path sphinxFile;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Store store = Store.fromEnvironment();
    LanguageModels.openDefault(store, Progress.NONE).close();
    LanguageModels.sphinx(store, Progress.NONE).close();
    defaultFile = LanguageModels.defaultPath(store);
    sphinxFile = defaultFile.resolveSibling("sphinx-lm.bin");
  }

  @Benchmark
  public LanguageModel openDefaultModel() throws IOException {
    return LanguageModels.open(defaultFile);
  }

  @Benchmark
  public LanguageModel openSphinxModel() throws IOException {
    return LanguageModels.open(sphinxFile);
  }
}
