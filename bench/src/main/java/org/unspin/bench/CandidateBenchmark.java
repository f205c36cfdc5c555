// SPDX-License-Identifier: Apache-2.0
package org.unspin.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.DefaultModels;
import org.unspin.decode.MixedChannel;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.ChannelModel;

/**
 * Candidate lookup ({@link ChannelModel#candidates}) for every token of the first {@value #TOKENS} tokens of a
 * 500-word document ({@link Inputs#document}), sentence by sentence, in nanoseconds per token, over the channels
 * {@link DefaultModels} assembles from {@code $UNSPIN_HOME}:
 *
 * <ul>
 *   <li>{@code family+open}: each learned family with the open vocabulary mixed in, what restoring under a family
 *       asks ({@link MixedChannel});
 *   <li>{@code detection}: the wider thesaurus channel detection scores unknown spinners with;
 *   <li>{@code wordnet}: the WordNet spinner's channel ({@link org.unspin.lexicon.WordNetSpinner}), which names and
 *       restores that spinner's copies;
 *   <li>{@code all}: every channel of the models in turn (each family, the open channel, the detection channel and
 *       the WordNet spinner's), so the sum of what a token can cost.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CandidateBenchmark {

  /** Token positions asked per operation: the first ones of the document, whole sentences as context. */
  static final int TOKENS = 400;

  /** Which channels are asked ({@code family+open}, {@code detection}, {@code wordnet} or {@code all}). */
  @Param({"family+open", "detection", "wordnet", "all"})
  String channel;

  /** The document as written ({@code clean}) or as the spinner simulation spins it ({@code spun}). */
  @Param({"clean", "spun"})
  String input;

  ChannelModel[] channels;
  List<List<String>> sentences;
  /** For each position asked: its sentence and its index there. */
  int[] sentenceOf;
  int[] indexOf;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Store store = Store.fromEnvironment();
    DefaultModels m = DefaultModels.load(store, Progress.NONE, DefaultModels.Options.NONE);
    List<ChannelModel> cs = new ArrayList<>();
    switch (channel) {
      case "family+open" -> m.detectionFamilies().forEach(f -> cs.add(MixedChannel.of(f, m.spinners().open())));
      case "detection" -> cs.add(m.detectionOpen());
      case "wordnet" -> cs.add(m.wordNetSpinner());
      case "all" -> {
        cs.addAll(m.spinners().families());
        cs.add(m.spinners().open());
        cs.add(m.detectionOpen());
        cs.add(m.wordNetSpinner());
      }
      default -> throw new IllegalArgumentException("channel: " + channel);
    }
    channels = cs.toArray(ChannelModel[]::new);
    System.out.println();
    System.out.println("channels asked: " + cs.stream().map(c -> c.family() + " (" + c.getClass().getSimpleName()
        + ")").toList());
    sentences = Inputs.sentenceWords(Inputs.load(store).document(input.equals("spun")));
    sentenceOf = new int[TOKENS];
    indexOf = new int[TOKENS];
    int k = 0;
    for (int s = 0; s < sentences.size() && k < TOKENS; s++) {
      for (int i = 0; i < sentences.get(s).size() && k < TOKENS; i++, k++) {
        sentenceOf[k] = s;
        indexOf[k] = i;
      }
    }
    if (k < TOKENS) {
      throw new IllegalStateException("the document has " + k + " tokens, fewer than " + TOKENS);
    }
    System.out.printf(java.util.Locale.ROOT, "%.1f candidates per token%n", candidatesPerToken() / (double) TOKENS);
  }

  /** The candidates of every position, counted (so that none is left uncomputed). */
  @Benchmark
  @OperationsPerInvocation(TOKENS)
  public int candidatesPerToken() {
    int n = 0;
    for (int k = 0; k < TOKENS; k++) {
      List<String> words = sentences.get(sentenceOf[k]);
      for (ChannelModel c : channels) {
        n += c.candidates(words, indexOf[k]).size();
      }
    }
    return n;
  }
}
