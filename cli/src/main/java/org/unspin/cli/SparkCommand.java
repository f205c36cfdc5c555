// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code unspin spark}: runs the crawl job embedded in Spark local mode. Spark (about 290 MB of jars) is not part of
 * the default build; the first run fetches it and builds the {@code spark} module.
 */
@Command(name = "spark",
    description = {
      "Runs detection, restoration and clustering over WARC/WET crawls on Apache Spark, embedded in local mode.",
      "Spark (about 290 MB) is fetched from Maven Central on first use. The same job runs unchanged on a cluster: "
          + "spark-submit --class org.unspin.spark.SparkMain --jars JARS spark/target/unspin-spark.jar ..., JARS "
          + "being the jars of spark/target/app-lib joined by commas (the job's dependencies but Spark's).",
      "Writes DIR/results.parquet, DIR/results.jsonl (url, spunProbability, spans, restoredText, clusterId, "
          + "sourceUrl), DIR/rejects.jsonl and DIR/summary.json."
    },
    footer = {"", "Arguments: --output DIR [--master URL (default local[*])] [--min-similarity 0.25] [--max-bucket 64] "
        + "[--learn TABLE] [--spinner-table TABLE]... [--phrases TSV] [--calibration FILE] [--threshold P] "
        + "[--min-confidence C] [--whole-page] WARC_OR_WET...",
        "--calibration FILE judges with the detector's constants that detect --calibrate --out FILE wrote, as detect "
        + "and serve do: read on the driver and shipped to the executors.",
        "  or: --evaluate DIR TRUTH_TSV, to score a job's output DIR against a generated crawl's truth "
        + "(unspin trace --generate ... --warc writes one): detection, the clusters' pairwise precision and recall, "
        + "and the spins that name their true source.",
        "HTML pages are read as their article, without the site's menus, sidebars and footers; --whole-page reads "
        + "all their text.",
        "Spark and Hadoop log warnings and errors only; UNSPIN_SPARK_LOG=info shows their INFO lines.",
        "SIGTERM or Ctrl-C stops the job too, with a line saying so (exit 143 or 130): DIR then has no summary.json."})
final class SparkCommand extends BaseCommand {

  /** Everything after {@code spark}, in order, passed to the job. */
  @Unmatched
  List<String> args = new ArrayList<>();

  /**
   * The job's heap: a quarter of the machine's memory (the JVM's own default), not this command's heap, which the
   * launcher caps for restore and detect.
   */
  static long sparkHeapGiB() {
    long total = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean()).getTotalMemorySize();
    return Math.max(1, (total / 4) >> 30);
  }

  @Override
  public Integer call() throws Exception {
    OptionalModule module = OptionalModule.of("spark", 175, "Spark 4.2, about 290 MB");
    List<Path> cp = module.classpath(err());
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + sparkHeapGiB() + "g");
    cmd.add("-cp");
    cmd.add(cp.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
    cmd.add("org.unspin.spark.SparkMain");
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    return runToTheEnd(pb);
  }

  /** How long a stopped command waits for the job to stop in turn (Spark's own stop takes a few seconds). */
  static final long STOP_SECONDS = 30;

  /**
   * Runs {@code pb} and returns its exit status; when this command is stopped (SIGTERM, Ctrl-C) before it ends, the
   * job is stopped too, with a SIGTERM, and waited for up to {@link #STOP_SECONDS}, so that its line saying so is
   * written before this command exits. A scheduler's kill of {@code ./unspin spark} had ended the command at once
   * and left the job running on, unseen, writing into its output folder.
   */
  static int runToTheEnd(ProcessBuilder pb) throws java.io.IOException, InterruptedException {
    // the hook is in place before the job starts, and waits for its start: a signal that came as the job started
    // had found no hook yet and left the job running
    Process[] started = new Process[1];
    Thread stopJob = new Thread(() -> {
      Process job;
      synchronized (started) {
        job = started[0];
      }
      if (job == null) {
        return;
      }
      job.destroy();
      try {
        if (!job.waitFor(STOP_SECONDS, java.util.concurrent.TimeUnit.SECONDS)) {
          job.destroyForcibly();
        }
      } catch (InterruptedException e) {
        job.destroyForcibly();
      }
    }, "unspin-spark-stop");
    Runtime.getRuntime().addShutdownHook(stopJob);
    try {
      Process job;
      synchronized (started) {
        job = pb.start();
        started[0] = job;
      }
      return job.waitFor();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stopJob);
      } catch (IllegalStateException e) {
        // stopping already: the hook finds the job ended
      }
    }
  }
}
