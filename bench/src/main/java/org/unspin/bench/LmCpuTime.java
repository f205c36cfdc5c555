// SPDX-License-Identifier: Apache-2.0
package org.unspin.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A supplement to {@link LmQueryBenchmark} for a shared, loaded machine: runs the same benchmark methods on the
 * same data in one thread, alternating them, and reports the thread's <em>CPU</em> time per query
 * ({@link ThreadMXBean}), which time spent descheduled does not inflate. Usage: {@code LmCpuTime [rounds]}.
 */
public final class LmCpuTime {

  private LmCpuTime() {}

  public static void main(String[] args) throws IOException {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
    LmQueryBenchmark b = new LmQueryBenchmark();
    b.storage = "mapped";
    b.setUp();
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    double q = LmQueryBenchmark.QUERIES;
    float sink = 0;
    System.out.println("round  ours-sphinx  ours-cached  ours-stateful  ours-default  ours-batch  sphinx4"
        + "   (CPU ns per query)  sphinx4/ours  sphinx4/batch");
    for (int r = 0; r < rounds; r++) {
      long t0 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 10; k++) {
        sink += b.oursSphinxModel();
      }
      long t1 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 10; k++) {
        sink += b.oursSphinxModelStateful();
      }
      long t2 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 4; k++) {
        sink += b.oursDefaultModel();
      }
      long t3 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 3; k++) {
        sink += b.sphinx4NgramTrieModel();
      }
      long t4 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 10; k++) {
        sink += b.oursSphinxModelCached();
      }
      long t5 = mx.getCurrentThreadCpuTime();
      for (int k = 0; k < 10; k++) {
        sink += b.oursSphinxModelBatch();
      }
      long t6 = mx.getCurrentThreadCpuTime();
      double ours = (t1 - t0) / 10.0 / q;
      double batch = (t6 - t5) / 10.0 / q;
      double theirs = (t4 - t3) / 3.0 / q;
      System.out.printf(Locale.ROOT, "%5d  %11.0f  %11.0f  %13.0f  %12.0f  %10.0f  %7.0f  %22s %12.2f  %13.2f%n", r,
          ours, (t5 - t4) / 10.0 / q, (t2 - t1) / 10.0 / q, (t3 - t2) / 4.0 / q, batch, theirs, "", theirs / ours,
          theirs / batch);
    }
    System.out.printf(Locale.ROOT, "cache hit rate of ours-cached: %.3f%n", b.sphinxCached.hitRate());
    System.out.println("(checksum " + sink + ")");
    b.tearDown();
  }
}
