// SPDX-License-Identifier: Apache-2.0
package org.unspin.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.DefaultModels;
import org.unspin.Unspinner;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/**
 * Restoring and detecting with the default models ({@link DefaultModels#unspinner()}, from {@code $UNSPIN_HOME}) on
 * one thread: one sentence and one paragraph restored, one paragraph and one 500-word document detected
 * ({@link Inputs}). Restoring decodes under the best-explaining family even where the detector would call the text
 * clean ({@code restore(text, true)}), so that the decoder's cost is measured on clean input too; {@code unspin bench}
 * measures {@code restore(text)} end to end. Reported in operations per second and, as the secondary result
 * {@code tokens}, in tokens (words, numbers and punctuation, as {@code unspin bench} counts them) per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RestoreDetectBenchmark {

  /** The texts as written ({@code clean}) or as the spinner simulation spins them ({@code spun}). */
  @Param({"clean", "spun"})
  String input;

  Unspinner unspinner;
  String sentence;
  String paragraph;
  String document;
  int sentenceTokens;
  int paragraphTokens;
  int documentTokens;

  /** Tokens handled, reported per second beside the operations. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Tokens {
    /** Tokens of the texts handled in this iteration. */
    public long tokens;

    @Setup(Level.Iteration)
    public void reset() {
      tokens = 0;
    }
  }

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Store store = Store.fromEnvironment();
    unspinner = DefaultModels.load(store, Progress.NONE, DefaultModels.Options.NONE).unspinner();
    Inputs in = Inputs.load(store);
    boolean spun = input.equals("spun");
    sentence = in.sentence(spun);
    paragraph = in.paragraph(spun);
    document = in.document(spun);
    sentenceTokens = Inputs.tokens(sentence);
    paragraphTokens = Inputs.tokens(paragraph);
    documentTokens = Inputs.tokens(document);
  }

  /** One sentence restored. */
  @Benchmark
  public Object restoreSentence(Tokens t) {
    t.tokens += sentenceTokens;
    return unspinner.restore(sentence, true);
  }

  /** One paragraph restored. */
  @Benchmark
  public Object restoreParagraph(Tokens t) {
    t.tokens += paragraphTokens;
    return unspinner.restore(paragraph, true);
  }

  /** One paragraph detected. */
  @Benchmark
  public Object detectParagraph(Tokens t) {
    t.tokens += paragraphTokens;
    return unspinner.detect(paragraph);
  }

  /** One 500-word document detected. */
  @Benchmark
  public Object detectDocument(Tokens t) {
    t.tokens += documentTokens;
    return unspinner.detect(document);
  }
}
