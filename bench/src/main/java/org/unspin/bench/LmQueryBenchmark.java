// SPDX-License-Identifier: Apache-2.0
package org.unspin.bench;

import edu.cmu.sphinx.linguist.WordSequence;
import edu.cmu.sphinx.linguist.dictionary.Dictionary;
import edu.cmu.sphinx.linguist.dictionary.Pronunciation;
import edu.cmu.sphinx.linguist.dictionary.Word;
import edu.cmu.sphinx.linguist.language.ngram.trie.NgramTrieModel;
import edu.cmu.sphinx.util.props.PropertySheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.lm.LmState;
import org.unspin.lm.sphinx.SphinxTrie;

/**
 * Query throughput on one thread: our fast API on the imported Sphinx model (memory-mapped) and on the default
 * model, against sphinx4-core's {@code NgramTrieModel} on the same {@code en-us.lm.bin}, with the same trigram
 * queries, in the same run. Queries are converted to ids / {@code WordSequence}s in {@code @Setup}; only scoring is
 * timed. {@value #QUERIES} queries per operation, more than sphinx4's default 100,000-entry LRU cache holds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class LmQueryBenchmark {

  static final int QUERIES = 200_000;

  /** How our models are opened: memory-mapped, or with the tables copied to the heap. */
  @org.openjdk.jmh.annotations.Param({"mapped", "heap"})
  String storage;

  LanguageModel sphinxOurs;
  LanguageModel defaultOurs;
  /** The Sphinx model behind a 65,536-entry query cache (1 MiB), the counterpart of sphinx4's LRU cache. */
  org.unspin.lm.cache.CachedModel sphinxCached;
  NgramTrieModel sphinx4;
  int[] sphinxIds;
  int[] defaultIds;
  WordSequence[] sequences;
  /** Sentences as ids, each ending with -1, for the stateful API. */
  int[] sphinxStream;
  Path tmpLm;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Store store = Store.fromEnvironment();
    sphinxOurs = LanguageModels.sphinx(store, Progress.NONE);
    defaultOurs = LanguageModels.openDefault(store, Progress.NONE);
    if (storage.equals("heap")) {
      Path dir = LanguageModels.defaultPath(store).getParent();
      sphinxOurs = LanguageModels.load(dir.resolve("sphinx-lm.bin"));
      defaultOurs = LanguageModels.load(LanguageModels.defaultPath(store));
    }
    sphinxCached = org.unspin.lm.cache.CachedModel.notThreadSafe(sphinxOurs, 16);
    Path jar = store.fetch(Artifacts.SPHINX_DATA, Progress.NONE);
    tmpLm = Files.createTempFile("en-us", ".lm.bin");
    try (ZipFile zip = new ZipFile(jar.toFile());
        InputStream in = zip.getInputStream(zip.getEntry(SphinxTrie.JAR_ENTRY))) {
      Files.copy(in, tmpLm, StandardCopyOption.REPLACE_EXISTING);
    }
    AnyDictionary dict = new AnyDictionary();
    sphinx4 = new NgramTrieModel("", tmpLm.toUri().toURL(), null, 100_000, false, 3, dict, false, 1.0f, 1.0, 1.0f);
    sphinx4.allocate();
    Set<String> vocab = new HashSet<>(sphinx4.getVocabulary());
    List<List<String>> sentences = Queries.sentences(store, vocab, QUERIES + 20_000);
    List<String[]> trigrams = new ArrayList<>();
    List<Integer> stream = new ArrayList<>();
    for (List<String> s : sentences) {
      List<String> padded = new ArrayList<>();
      padded.add("<s>");
      padded.addAll(s);
      padded.add("</s>");
      for (int i = 2; i < padded.size() && trigrams.size() < QUERIES; i++) {
        trigrams.add(new String[] {padded.get(i - 2), padded.get(i - 1), padded.get(i)});
      }
      for (String w : s) {
        stream.add(sphinxOurs.vocabulary().id(w));
      }
      stream.add(-1);
    }
    if (trigrams.size() < QUERIES) {
      throw new IllegalStateException("only " + trigrams.size() + " queries");
    }
    sphinxIds = new int[3 * QUERIES];
    defaultIds = new int[3 * QUERIES];
    sequences = new WordSequence[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      String[] t = trigrams.get(q);
      for (int k = 0; k < 3; k++) {
        sphinxIds[3 * q + k] = sphinxOurs.vocabulary().id(t[k]);
        defaultIds[3 * q + k] = defaultOurs.vocabulary().id(t[k]);
      }
      sequences[q] = new WordSequence(dict.getWord(t[0]), dict.getWord(t[1]), dict.getWord(t[2]));
    }
    sphinxStream = stream.stream().mapToInt(Integer::intValue).toArray();
    // both must give the same numbers before their speed is compared
    edu.cmu.sphinx.util.LogMath logMath = edu.cmu.sphinx.util.LogMath.getLogMath();
    for (int q = 0; q < 2000; q++) {
      double theirs = logMath.logToLn(sphinx4.getProbability(sequences[q])) / Math.log(10);
      double ours = sphinxOurs.log10Prob(sphinxIds, 3 * q, 3 * q + 3);
      if (Math.abs(theirs - ours) > 0.01) {
        throw new IllegalStateException("query " + q + " " + sequences[q] + ": sphinx4 " + theirs + ", ours " + ours);
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    sphinxOurs.close();
    defaultOurs.close();
    Files.deleteIfExists(tmpLm);
  }

  /** Our id API, {@code log10Prob(ids, from, to)}, on the imported Sphinx trigram. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public float oursSphinxModel() {
    float sum = 0;
    int[] ids = sphinxIds;
    for (int i = 0; i < ids.length; i += 3) {
      sum += sphinxOurs.log10Prob(ids, i, i + 3);
    }
    return sum;
  }

  float[] batchOut = new float[QUERIES];

  /** The same queries through the batch API {@code log10Probs} (blocks of 8 overlap their memory accesses). */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public float oursSphinxModelBatch() {
    sphinxOurs.log10Probs(sphinxIds, 3, QUERIES, batchOut);
    float sum = 0;
    for (float f : batchOut) {
      sum += f;
    }
    return sum;
  }

  /** As {@link #oursSphinxModel()} behind {@link org.unspin.lm.cache.CachedModel} (2^16 entries). */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public float oursSphinxModelCached() {
    float sum = 0;
    int[] ids = sphinxIds;
    for (int i = 0; i < ids.length; i += 3) {
      sum += sphinxCached.log10Prob(ids, i, i + 3);
    }
    return sum;
  }

  /** Our id API on the default model (mixture of the Sphinx trigram and the corpus 4-gram model). */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public float oursDefaultModel() {
    float sum = 0;
    int[] ids = defaultIds;
    for (int i = 0; i < ids.length; i += 3) {
      sum += defaultOurs.log10Prob(ids, i, i + 3);
    }
    return sum;
  }

  /** Our stateful API ({@code log10Score} with one reused {@link LmState}) over the same text, per word. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public float oursSphinxModelStateful() {
    float sum = 0;
    LmState s = sphinxOurs.newState();
    sphinxOurs.beginSentence(s);
    int[] stream = sphinxStream;
    int words = 0;
    for (int i = 0; i < stream.length && words < QUERIES; i++) {
      int w = stream[i];
      if (w < 0) {
        sum += sphinxOurs.log10EndSentence(s);
        sphinxOurs.beginSentence(s);
      } else {
        sum += sphinxOurs.log10Score(s, w, s);
      }
      words++;
    }
    return sum;
  }

  /** sphinx4-core {@code NgramTrieModel.getProbability} (default 100,000-entry LRU cache) on the same trigrams. */
  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public float sphinx4NgramTrieModel() {
    float sum = 0;
    for (WordSequence ws : sequences) {
      sum += sphinx4.getProbability(ws);
    }
    return sum;
  }

  /** A dictionary that knows every word, which is all sphinx4's LM needs (see docs/resources.md). */
  static final class AnyDictionary implements Dictionary {
    private final Map<String, Word> words = new HashMap<>();

    @Override
    public Word getWord(String text) {
      return words.computeIfAbsent(text, t -> new Word(t, new Pronunciation[0], false));
    }

    @Override
    public Word getSentenceStartWord() {
      return getWord("<s>");
    }

    @Override
    public Word getSentenceEndWord() {
      return getWord("</s>");
    }

    @Override
    public Word getSilenceWord() {
      return getWord("<sil>");
    }

    @Override
    public Word[] getFillerWords() {
      return new Word[0];
    }

    @Override
    public void allocate() {}

    @Override
    public void deallocate() {}

    @Override
    public void newProperties(PropertySheet ps) {}
  }
}
