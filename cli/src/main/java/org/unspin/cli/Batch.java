// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a command's work over its inputs: N inputs give N results in input order, each a result or an explicit
 * error (an unreadable or non-UTF-8 file, or a failure inside the work), so one bad file costs only its own result.
 * Files are read and processed on up to {@code threads} threads (the library is thread-safe).
 */
final class Batch {

  private Batch() {}

  /** The threads to use for {@code inputs} inputs when the user asked for {@code requested} (0: one per core). */
  static int threads(int requested, int inputs) {
    int t = requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    return Math.max(1, Math.min(t, inputs));
  }

  /**
   * Reads each input ({@link Inputs#expand}: folders and WARC files give several; standard input when there are
   * none) and applies {@code work}; failures are reported on
   * {@code err} as {@code unspin: NAME: message} and returned as failed results.
   */
  static <R> List<Reports.Named<R>> run(List<Path> files, InputStream stdin, Function<String, R> work, int threads,
      PrintWriter err) {
    List<Reports.Named<R>> out = new ArrayList<>();
    if (files == null || files.isEmpty()) {
      Inputs.Input in = Inputs.read(files, stdin).get(0); // standard input: a bad one fails the command
      out.add(apply(in.name(), () -> in.text(), work));
    } else {
      List<Inputs.Source> sources = Inputs.expand(files);
      ExecutorService pool = Executors.newFixedThreadPool(threads(threads, Math.max(1, sources.size())), r -> {
        Thread t = new Thread(r, "unspin-batch");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<Reports.Named<R>>> futures = new ArrayList<>(sources.size());
        for (Inputs.Source src : sources) {
          futures.add(pool.submit(() -> apply(src.name(), src.text(), work)));
        }
        for (Future<Reports.Named<R>> fu : futures) {
          out.add(fu.get());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }
    for (Reports.Named<R> n : out) {
      if (n.error() != null) {
        err.println("unspin: " + n.error());
      }
    }
    err.flush();
    return out;
  }

  /** The exit code for a batch: bad input when any input failed. */
  static int exitCode(List<? extends Reports.Named<?>> results) {
    return results.stream().anyMatch(n -> n.error() != null) ? Cli.BAD_INPUT : Cli.OK;
  }

  private static <R> Reports.Named<R> apply(String name, java.util.function.Supplier<String> read,
      Function<String, R> work) {
    String text;
    try {
      text = read.get();
    } catch (CliException e) {
      return Reports.Named.failed(name, e.getMessage());
    }
    try {
      return new Reports.Named<>(name, work.apply(text));
    } catch (RuntimeException e) {
      return Reports.Named.failed(name, name + ": internal error: " + e);
    }
  }
}
