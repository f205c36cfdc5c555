// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BatchTest {

  /** {@code n} inputs "0", "1", ...; {@code pulled} counts how many the batch has taken. */
  private static Iterator<Inputs.Source> counting(int n, AtomicInteger pulled) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return pulled.get() < n;
      }

      @Override
      public Inputs.Source next() {
        String text = Integer.toString(pulled.getAndIncrement());
        return Inputs.Source.text("in" + text, () -> text, text.equals("3") ? "\"three\"" : null);
      }
    };
  }

  @Test
  void streamsResultsInInputOrderReadingAheadOnlyABoundedWindow() {
    AtomicInteger pulled = new AtomicInteger();
    List<String> got = new ArrayList<>();
    List<Integer> aheadAtEach = new ArrayList<>();
    int threads = 2;
    int failed = Batch.stream(counting(200, pulled), text -> {
      if (text.equals("7")) {
        throw new IllegalStateException("boom");
      }
      return Integer.parseInt(text) * 2;
    }, threads, r -> {
      got.add(r.error() == null ? r.name() + "=" + r.result() + (r.id() == null ? "" : " " + r.id()) : r.error());
      aheadAtEach.add(pulled.get() - got.size());
    }, new PrintWriter(new StringWriter()));
    assertThat(got).hasSize(200);
    assertThat(got.get(0)).isEqualTo("in0=0");
    assertThat(got.get(3)).isEqualTo("in3=6 \"three\"");
    assertThat(got.get(7)).isEqualTo("in7: internal error: java.lang.IllegalStateException: boom");
    assertThat(got.get(199)).isEqualTo("in199=398");
    assertThat(failed).isEqualTo(1);
    // never more than the window read ahead of what was handed on: memory stays bounded however long the stream
    assertThat(aheadAtEach).allMatch(a -> a <= threads * Batch.WINDOW_PER_THREAD);
  }

  @Test
  void anInputThatRunsOutOfMemoryFailsAloneSayingHowToGiveJavaMore() {
    List<String> got = new ArrayList<>();
    int failed = Batch.stream(counting(5, new AtomicInteger()), text -> {
      if (text.equals("2")) {
        throw new OutOfMemoryError("Java heap space");
      }
      return text;
    }, 1, r -> got.add(r.error() == null ? r.name() + "=" + r.result() : r.error()), new PrintWriter(
        new StringWriter()));
    assertThat(failed).isEqualTo(1);
    assertThat(got).hasSize(5).contains("in0=0", "in4=4");
    // (a one-character input that runs out of memory: the heap is too small, not the input too large)
    assertThat(got.get(2)).startsWith("in2: the models do not fit in the memory Java was given (heap limit ")
        .endsWith(": raise the limit, e.g. UNSPIN_JAVA_OPTS='-Xss8m -Xmx8g'");
    assertThat(Cli.outOfMemory(new IllegalStateException(new java.util.concurrent.ExecutionException(
        new OutOfMemoryError("Java heap space"))))).isTrue();
    assertThat(Cli.outOfMemory(new IllegalStateException("boom"))).isFalse();
  }

  @Test
  void aTextTooLargeForTheHeapIsToldAtOnceNotAfterTheCollectorGivesUp() {
    long defaultHeap = 1536L << 20; // the launcher's -Xmx1536m
    assertThat(Batch.fits(10_000_000, defaultHeap)).as("a 10 MB text took 90 s and fitted").isTrue();
    assertThat(Batch.fits(40_000_000, defaultHeap)).as("a 40 MB one gave no answer in five minutes").isFalse();
    assertThat(Batch.fits(26_190_000, defaultHeap)).as("26 M characters spun throughout ran out after 52 s").isFalse();
    assertThat(Batch.fits(40_000_000, 8L << 30)).isTrue();
    assertThat(Batch.fits(1, 64L << 20)).as("a heap below the models' own never fits").isFalse();
    // and then it is the models that do not fit, not the text: a sentence under -Xmx128m had been "too large ...
    // split it"
    assertThat(Batch.tooLarge(1_102, 128L << 20)).isEqualTo("the models do not fit in the memory Java was given (heap "
        + "limit 128 MiB; with a short text they need about 256 MiB): raise the limit, e.g. UNSPIN_JAVA_OPTS='-Xss8m "
        + "-Xmx8g'");
    assertThat(Batch.tooLarge(40_000_000, defaultHeap)).startsWith("too large for the memory Java was given "
        + "(40,000,000 characters; heap limit 1536 MiB): split it");
  }
}
