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
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.trace.FingerprintSettings;
import org.unspin.trace.SourceMatch;
import org.unspin.trace.TraceIndex;
import org.unspin.trace.TraceSettings;
import org.unspin.trace.synthetic.SourceTexts;

/**
 * {@link TraceIndex#trace(String, TraceSettings)} of one document in an index of {@link #documents} documents of
 * 200 to 320 words (as {@code unspin trace --generate} cuts them: {@link SourceTexts#chunks} of the public-domain
 * State of the Union addresses and Brown corpus, seed 11), built in setup with the default fingerprint settings. The
 * query is one of {@value #QUERIES} documents, in turn: a copy of an indexed document spun by the spinner simulation
 * ({@code spun}), or a document cut from the same texts but not indexed ({@code unrelated}). Default trace settings,
 * no restoring normaliser ({@code trace --restore} adds a restore of the copy to each lookup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TraceBenchmark {

  static final int QUERIES = 32;

  /** How many documents the index holds. */
  @Param({"3000"})
  int documents;

  /** A spun copy of an indexed document ({@code spun}) or a document not indexed ({@code unrelated}). */
  @Param({"spun", "unrelated"})
  String query;

  TraceIndex index;
  String[] queries;
  final TraceSettings settings = TraceSettings.defaults();
  int next;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Store store = Store.fromEnvironment();
    List<SourceTexts.Text> texts = new ArrayList<>(SourceTexts.sotu(store, Progress.NONE));
    texts.addAll(SourceTexts.brown(store, Progress.NONE));
    List<SourceTexts.Chunk> chunks = new ArrayList<>(SourceTexts.chunks(texts, 200, 320, 11));
    java.util.Collections.shuffle(chunks, new java.util.Random(11));
    if (chunks.size() < documents + QUERIES) {
      throw new IllegalStateException("only " + chunks.size() + " documents can be cut");
    }
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
    for (int d = 0; d < documents; d++) {
      b.add(chunks.get(d).id(), chunks.get(d).text());
    }
    index = b.build();
    Inputs in = Inputs.load(store);
    queries = new String[QUERIES];
    int found = 0;
    for (int q = 0; q < QUERIES; q++) {
      SourceTexts.Chunk c = query.equals("spun") ? chunks.get(q * (documents / QUERIES)) : chunks.get(documents + q);
      queries[q] = query.equals("spun") ? in.spin(c.text()) : c.text();
      List<SourceMatch> m = index.trace(queries[q], settings);
      if (query.equals("spun") ? !m.isEmpty() && m.get(0).name().equals(c.id()) : !m.isEmpty()) {
        found++;
      }
    }
    System.out.printf(java.util.Locale.ROOT, "%n%d documents indexed; %d of %d queries %s%n", index.size(), found,
        QUERIES, query.equals("spun") ? "find their source first" : "(not indexed) find a source");
  }

  /** One document traced. */
  @Benchmark
  public List<SourceMatch> traceOne() {
    String text = queries[next];
    next = (next + 1) % QUERIES;
    return index.trace(text, settings);
  }
}
