// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.unspin.text.PagedText;

/**
 * Runs a command's work over its inputs: N inputs give N results in input order, each a result or an explicit
 * error (an unreadable or non-UTF-8 file or record, or a failure inside the work), so one bad input costs only its
 * own result. Inputs are read and processed on up to {@code threads} threads (the library is thread-safe), and
 * results handed on in order as they are ready, with a bounded number read ahead.
 */
final class Batch {

  private Batch() {}

  /** The threads to use when the user asked for {@code requested} (0: one per core). */
  static int threads(int requested) {
    return requested > 0 ? requested : Math.max(1, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The inputs of a command, in order: JSON Lines records, or the files and folders ({@link Inputs#expand}), or
   * standard input, read at once (a bad one fails the command); what is worth saying but no input (a folder
   * without documents) goes to {@code notes}.
   */
  static Iterator<Inputs.Source> sources(List<Path> files, InputStream stdin, boolean jsonLines,
      org.unspin.trace.Documents.Html html, java.util.function.Consumer<String> notes) {
    if (jsonLines) {
      return Inputs.jsonLines(files, stdin);
    }
    if (files == null || files.isEmpty()) {
      Inputs.Input in = Inputs.read(files, stdin).get(0);
      return List.of(new Inputs.Source(in.name(), in::text)).iterator();
    }
    return Inputs.expand(files, html, stdin, notes).iterator();
  }

  /** Inputs in flight per thread: enough to keep every thread busy, few enough to bound memory. */
  static final int WINDOW_PER_THREAD = 4;

  /**
   * Applies {@code work} to each input on up to {@code threads} threads and hands the results to {@code sink} in
   * input order, as soon as each is ready (at most {@value #WINDOW_PER_THREAD} inputs per thread are read ahead, so
   * a stream of any length runs in bounded memory). Failures are also reported on {@code err}. Returns the number
   * of inputs that failed.
   */
  static <R> int stream(Iterator<Inputs.Source> sources, Function<String, R> work, int threads,
      Consumer<Reports.Named<R>> sink, PrintWriter err) {
    int n = threads(threads);
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "unspin-batch");
      t.setDaemon(true);
      return t;
    });
    int[] failed = {0};
    Consumer<Reports.Named<R>> done = r -> {
      if (r.error() != null) {
        failed[0]++;
        err.println("unspin: " + r.error());
        err.flush();
      }
      sink.accept(r);
    };
    ArrayDeque<Future<Reports.Named<R>>> inFlight = new ArrayDeque<>();
    try {
      while (sources.hasNext()) {
        Inputs.Source src = sources.next();
        inFlight.add(pool.submit(() -> apply(src.name(), src.document(), work).withId(src.id())));
        if (inFlight.size() >= n * WINDOW_PER_THREAD) {
          done.accept(inFlight.poll().get());
        }
      }
      while (!inFlight.isEmpty()) {
        done.accept(inFlight.poll().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return failed[0];
  }

  private static <R> Reports.Named<R> apply(String name, java.util.function.Supplier<PagedText> read,
      Function<String, R> work) {
    PagedText document;
    try {
      document = read.get();
    } catch (CliException e) {
      return Reports.Named.failed(name, e.getMessage());
    }
    String text = document.text();
    if (!fits(text.length(), Runtime.getRuntime().maxMemory())) { // told now, not after minutes of collecting
      return Reports.Named.failed(name, name + ": " + tooLarge(text.length()));
    }
    try {
      return new Reports.Named<>(name, work.apply(text)).withPages(document.pageStarts())
          .withByteOrderMark(document.byteOrderMark());
    } catch (RuntimeException e) {
      return Reports.Named.failed(name, name + ": internal error: " + e);
    } catch (OutOfMemoryError e) {
      // the input's own structures are garbage once the error unwinds them: the other inputs go on
      return Reports.Named.failed(name, name + ": " + tooLarge(text.length()));
    }
  }

  /**
   * Heap the judgement of a text needs per character, with room to spare: detecting a 5 and a 10 million character
   * text kept 330 and 545 MB live at the most (43 bytes a character over about 115 MB of models), and near its
   * limit the collector runs for minutes before Java gives up (a 40 MB text under the default 1.5 GB: no answer in
   * five minutes). Restoration holds a little more. Text that is spun throughout holds more still (a likely edit
   * at every few words): 10 million characters of it kept about 1,000 MB after collections, and one of 26 million,
   * let through at 55 bytes a character, ran for 52 s before Java gave up. At 90, the default 1.5 GB heap takes
   * about 16 million characters.
   */
  static final long BYTES_PER_CHAR = 90;

  /** The heap the loaded models and the command keep whatever the input (see {@link #BYTES_PER_CHAR}). */
  static final long BASE_BYTES = 128L << 20;

  /** Whether a text of {@code chars} characters can be judged within a heap of {@code maxMemory} bytes. */
  static boolean fits(long chars, long maxMemory) {
    return chars * BYTES_PER_CHAR <= maxMemory - BASE_BYTES;
  }

  /**
   * What to say when an input of {@code chars} characters ran out of memory: how much Java was given and how to
   * give it more (the launcher's {@code UNSPIN_JAVA_OPTS}), or to split the input.
   */
  static String tooLarge(long chars) {
    return tooLarge(chars, Runtime.getRuntime().maxMemory());
  }

  /**
   * {@link #tooLarge(long)} under a heap of {@code maxMemory} bytes. A text that needs less than the models is not
   * what does not fit: under {@code -Xmx128m} a sentence had been "too large ... split it".
   */
  static String tooLarge(long chars, long maxMemory) {
    if (chars * BYTES_PER_CHAR < BASE_BYTES) {
      return String.format(java.util.Locale.ROOT, "the models do not fit in the memory Java was given (heap limit %d "
          + "MiB; with a short text they need about %d MiB): %s", maxMemory >> 20, (2 * BASE_BYTES) >> 20,
          Cli.RAISE_MEMORY);
    }
    return String.format(java.util.Locale.ROOT, "too large for the memory Java was given (%,d characters; heap "
        + "limit %d MiB): split it, or %s", chars, maxMemory >> 20, Cli.RAISE_MEMORY);
  }
}
