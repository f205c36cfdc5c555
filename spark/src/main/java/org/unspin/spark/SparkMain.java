// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.unspin.text.OperatingPoint;

/**
 * Entry point for {@code spark-submit --class org.unspin.spark.SparkMain unspin-spark.jar ...} and for
 * {@code ./unspin spark ...}, which runs it embedded in local mode. Arguments:
 * <pre>
 *   --output DIR [--master local[2]] [--min-similarity 0.25] [--max-bucket 64] [--learn TABLE]
 *   [--spinner-table TABLE]... [--phrases TSV] [--calibration FILE] [--threshold P] [--min-confidence C]
 *   [--whole-page] INPUT...
 * </pre>
 * Without {@code --master} and without {@code spark.master} set by spark-submit, it runs in {@code local[*]}.
 * Exit status: 0 ok, 2 usage error, 3 an input (or a table, list or calibration file) that cannot be read (a
 * missing input or a pattern that matches no file is named, a reject and in {@code summary.json}'s {@code
 * missingInputs}, and the others are still read) or an output folder that cannot be made or written (found before
 * the analysis), 5 the outputs could not be written (a full disk), 1 failure; stopped by a
 * SIGTERM or Ctrl-C while the job runs, a line saying so ({@link Stop}) and 143 or 130, as the JVM exits on them.
 *
 * @since 0.1
 */
public final class SparkMain {

  private SparkMain() {}

  /**
   * The logging set up for a run outside spark-submit ({@code ./unspin spark}): Spark's and Hadoop's INFO lines (about
   * 45 of them before the job starts) had hidden the job's own messages on standard error. WARN and above, or the
   * level {@code UNSPIN_SPARK_LOG} names; a {@code log4j2.configurationFile} given, or spark-submit's, is kept.
   */
  static final String EMBEDDED_LOGGING = "classpath:org/unspin/spark/log4j2-embedded.properties";

  public static void main(String[] args) throws Exception {
    if (System.getProperty("spark.master") == null && System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", EMBEDDED_LOGGING); // before anything logs
    }
    int code = run(args);
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * The local path {@code --learn TABLE} names ({@code file:} URIs read as paths), checked before Spark starts: the
   * table is written by the driver, on its own disk, once the job is done, and a path it could not write had failed
   * the job only then. Null, said on standard error, when it cannot be written there.
   */
  static String learnPath(String learn) {
    java.nio.file.Path p;
    try {
      p = learn.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(learn))
          : hasScheme(learn) ? null : java.nio.file.Path.of(learn);
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      p = null;
    }
    if (p == null) {
      System.err.println("unspin spark: --learn " + learn + ": the table is written on the driver's own disk; give a "
          + "local path");
      return null;
    }
    p = p.toAbsolutePath();
    if (java.nio.file.Files.isDirectory(p)) {
      System.err.println("unspin spark: --learn " + learn + " is a folder; name the table file to write");
      return null;
    }
    try {
      java.nio.file.Files.createDirectories(p.getParent());
    } catch (java.io.IOException e) {
      System.err.println("unspin spark: --learn " + learn + ": cannot make its folder " + p.getParent());
      return null;
    }
    if (!java.nio.file.Files.isWritable(p.getParent())
        || java.nio.file.Files.exists(p) && !java.nio.file.Files.isWritable(p)) {
      System.err.println("unspin spark: --learn " + learn + ": cannot write there");
      return null;
    }
    return p.toString();
  }

  /** What tells two spellings of one input apart from two inputs: a local file's real path, else the input. */
  static String inputKey(String in) {
    if (isLocalPath(in)) {
      try {
        return java.nio.file.Path.of(in.replaceFirst("^file:", "")).toRealPath().toString();
      } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
        return in;
      }
    }
    return in;
  }

  /**
   * The local folder among {@code inputs} (other than {@code input}) that holds local input {@code input}, a file or
   * a folder, as the job reads a folder (with its subfolders; names starting with "." or "_" left out), compared by
   * real paths; null for none, or for an input that is not local.
   */
  static String holder(String input, List<String> inputs) {
    if (!isLocalPath(input)) {
      return null;
    }
    java.nio.file.Path real = java.nio.file.Path.of(inputKey(input));
    for (String other : inputs) {
      if (other.equals(input) || !isLocalPath(other)) {
        continue;
      }
      java.nio.file.Path folder = java.nio.file.Path.of(inputKey(other));
      if (!real.equals(folder) && real.startsWith(folder) && java.nio.file.Files.isDirectory(folder)
          && !hidden(folder.relativize(real))) {
        return other;
      }
    }
    return null;
  }

  /** Whether a name of {@code path} starts with "." or "_", which Hadoop leaves out of a folder it reads. */
  private static boolean hidden(java.nio.file.Path path) {
    for (java.nio.file.Path name : path) {
      if (CrawlJob.hidden(name.toString())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Checks the local inputs before Spark starts, each problem said in one line on standard error: one that is not
   * there is left out, one named twice (in any spelling) or lying inside a local folder also named is read once.
   * Leaves in {@code inputs} what is to be read; returns the rejects of those left out as not there.
   */
  static List<Reject> checkLocal(List<String> inputs) {
    // a local input that is not there is named and left out, as the other commands do, instead of failing the job
    // with the file system's stack trace after Spark has started; the others are still read, and the exit code is 3
    List<Reject> missing = new ArrayList<>();
    for (java.util.Iterator<String> it = inputs.iterator(); it.hasNext(); ) {
      String in = it.next();
      if (isLocalPath(in) && !java.nio.file.Files.exists(java.nio.file.Path.of(in.replaceFirst("^file:", "")))) {
        System.err.println("unspin spark: cannot read " + in + ": no such file or folder");
        it.remove();
        missing.add(CrawlJob.missing(in, "no such file or folder"));
      }
    }
    // one input named twice (overlapping arguments of a nightly script) had its pages read twice, and each page
    // formed a cluster with its own copy
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (java.util.Iterator<String> it = inputs.iterator(); it.hasNext(); ) {
      String in = it.next();
      if (!seen.add(inputKey(in))) {
        System.err.println("unspin spark: " + in + " is named more than once; read once");
        it.remove();
      }
    }
    // a file or folder named beside a folder that holds it (a nightly script naming the day's folder and a file of it
    // again) had its pages read twice, each clustered with its own copy; the job reads a file reached twice in other
    // ways (overlapping patterns, a link) once as well (CrawlJob)
    List<String> contained = new ArrayList<>();
    for (String in : inputs) {
      String folder = holder(in, inputs);
      if (folder != null) {
        System.err.println("unspin spark: " + in + " is also inside " + folder + "; read once");
        contained.add(in);
      }
    }
    inputs.removeAll(contained);
    return missing;
  }

  /** The columns {@link #help()} fits in, as the command line's help ({@code ./unspin spark --help}). */
  static final int HELP_WIDTH = 80;

  /**
   * What {@code --help} prints: the usage of a job and of {@code --evaluate}, then a paragraph for {@code
   * --calibration} and one for HTML pages, each wrapped at spaces within {@value #HELP_WIDTH} columns ({@link
   * #wrap}), as the command line's help is: these had been one line each, up to 232 columns, which a terminal breaks
   * inside words.
   */
  static String help() {
    StringBuilder out = new StringBuilder();
    // an option stays on one line with its value, "[--phrases TSV]", as picocli keeps "[--phrases=TSV]"
    wrap(out, "usage: ", "         ", ("unspin spark --output DIR [--master URL] [--min-similarity S] [--max-bucket N] "
        + "[--learn TABLE] [--spinner-table TABLE]... [--phrases TSV] [--calibration FILE] [--threshold P] "
        + "[--min-confidence C] [--whole-page] WARC_OR_WET...").replaceAll("(--[a-z-]+) ([A-Z])", "$1\u00A0$2"));
    wrap(out, "       ", "         ", "unspin spark --evaluate DIR TRUTH_TSV (scores DIR against a generated crawl's "
        + "truth)");
    out.append(System.lineSeparator());
    wrap(out, "", "  ", "--calibration FILE: judge with the detector's constants that detect --calibrate --out FILE "
        + "wrote, read here and shipped to the executors; --threshold still moves their operating point.");
    wrap(out, "", "  ", "HTML pages are read as their article, without the site's menus, sidebars and footers; "
        + "--whole-page reads all their text.");
    return out.toString();
  }

  /**
   * Appends {@code text} to {@code out} in lines of at most {@link #HELP_WIDTH} columns, broken only at spaces (a
   * word wider than a line stays whole on its own), the first line after {@code first}, the others after {@code
   * rest}; a no-break space (U+00A0) holds two words together and is written as a space.
   */
  static void wrap(StringBuilder out, String first, String rest, String text) {
    StringBuilder line = new StringBuilder(first);
    int indent = first.length();
    for (String word : text.split(" +")) {
      if (line.length() > indent && line.length() + 1 + word.length() > HELP_WIDTH) {
        out.append(line).append(System.lineSeparator());
        line.setLength(0);
        line.append(rest);
        indent = rest.length();
      }
      if (line.length() > indent) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append(System.lineSeparator());
    for (int at = out.indexOf("\u00A0"); at >= 0; at = out.indexOf("\u00A0", at)) {
      out.setCharAt(at, ' ');
    }
  }

  static int run(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("--evaluate")) {
      if (args.length != 3) {
        System.err.println("unspin spark: --evaluate needs DIR (a job's --output) and TRUTH_TSV, and nothing else");
        return 2;
      }
      return EvaluateMain.run(args[1], args[2]);
    }
    String output = null;
    String master = null;
    double minSimilarity = 0.25;
    int maxBucket = 64;
    String learn = null;
    List<java.nio.file.Path> spinnerTables = new ArrayList<>();
    java.nio.file.Path phrases = null;
    java.nio.file.Path calibration = null;
    double threshold = Double.NaN;
    double minConfidence = Double.NaN;
    boolean wholePage = false;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      try {
        switch (a) {
          case "--output": output = args[++i]; break;
          case "--master": master = args[++i]; break;
          case "--min-similarity": minSimilarity = Double.parseDouble(args[++i]); break;
          case "--max-bucket": maxBucket = Integer.parseInt(args[++i]); break;
          case "--learn": learn = args[++i]; break;
          case "--spinner-table": spinnerTables.add(java.nio.file.Path.of(args[++i])); break;
          case "--phrases": phrases = java.nio.file.Path.of(args[++i]); break;
          case "--calibration": calibration = java.nio.file.Path.of(args[++i]); break;
          case "--whole-page": wholePage = true; break;
          case "--threshold":
            threshold = Double.parseDouble(args[++i]);
            if (!OperatingPoint.isThreshold(threshold)) {
              System.err.println("unspin spark: --threshold must be " + OperatingPoint.THRESHOLD_RANGE);
              return 2;
            }
            break;
          case "--min-confidence":
            minConfidence = Double.parseDouble(args[++i]);
            if (!OperatingPoint.isMinConfidence(minConfidence)) {
              System.err.println("unspin spark: --min-confidence must be " + OperatingPoint.MIN_CONFIDENCE_RANGE);
              return 2;
            }
            break;
          case "-h":
          case "--help":
            System.out.print(help());
            return 0;
          default:
            if (a.startsWith("--")) {
              System.err.println("unspin spark: unknown option " + a);
              return 2;
            }
            inputs.add(a);
        }
      } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
        System.err.println("unspin spark: bad value for " + a);
        return 2;
      }
    }
    if (output == null || inputs.isEmpty()) {
      System.err.println("unspin spark: --output DIR and at least one input are required");
      return 2;
    }
    if (learn != null) {
      String local = learnPath(learn);
      if (local == null) {
        return 5;
      }
      learn = local;
    }
    DefaultUnspinnerFactory models;
    try {
      // parsed here so a bad table or list fails before Spark starts, naming the file and line
      for (java.nio.file.Path t : spinnerTables) {
        org.unspin.lexicon.SpinnerTables.read(t);
      }
      if (phrases != null) {
        org.unspin.lexicon.PhraseSource.readPhrases(phrases);
      }
      models = DefaultUnspinnerFactory.with(spinnerTables, phrases);
      if (calibration != null) {
        // read and checked here, as detect and serve check it (the file, and the line at fault), and shipped to the
        // executors as its text: they need not see the driver's files
        try {
          models = models.withCalibration(calibration);
        } catch (java.nio.file.NoSuchFileException e) {
          System.err.println("unspin spark: " + calibration + ": no such file (--calibration)");
          return 3;
        }
      }
      if (!Double.isNaN(threshold)) {
        models = models.withThreshold(threshold);
      }
      if (!Double.isNaN(minConfidence)) {
        models = models.withMinConfidence(minConfidence);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      System.err.println("unspin spark: no such file: " + e.getFile());
      return 3;
    } catch (java.io.IOException e) {
      System.err.println("unspin spark: " + e.getMessage());
      return 3;
    }
    List<Reject> missing = checkLocal(inputs);
    if (inputs.isEmpty()) {
      return 3;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("unspin")
        .config("spark.ui.enabled", "false");
    if (master != null) {
      builder.master(master);
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    try (SparkSession spark = builder.getOrCreate()) {
      // a pattern that matches nothing (or a path of another file system that is not there) had stopped the whole job
      // with Hadoop's "matches 0 files" while a missing local file did not: it is named and left out, the others read
      for (java.util.Iterator<String> it = inputs.iterator(); it.hasNext(); ) {
        String in = it.next();
        String why = nothingAt(in, spark.sparkContext().hadoopConfiguration());
        if (why != null) {
          System.err.println("unspin spark: " + why);
          it.remove();
          missing.add(CrawlJob.missing(in, why.endsWith(" matches no file") ? "the pattern matches no file"
              : "no such file or folder"));
        }
      }
      if (inputs.isEmpty()) {
        return 3;
      }
      JobSettings settings = new JobSettings(inputs, output, minSimilarity, maxBucket, 30, learn, 20_000,
          org.unspin.trace.Documents.Html.of(wholePage), missing);
      // a SIGTERM (a scheduler's kill) or Ctrl-C from here on says so in one line, before Spark stops its context
      Stop stop = new Stop(spark, output);
      Object hook = org.apache.spark.util.ShutdownHookManager.addShutdownHook(
          org.apache.spark.util.ShutdownHookManager.SPARK_CONTEXT_SHUTDOWN_PRIORITY() + 1, stop);
      // a file where the output folder should be, or a folder that cannot be written, fails now, not after the analysis
      String unwritable = outputProblem(output, spark.sparkContext().hadoopConfiguration());
      if (unwritable != null) {
        org.apache.spark.util.ShutdownHookManager.removeShutdownHook(hook);
        System.err.println("unspin spark: " + unwritable);
        return 3;
      }
      CrawlJob.Summary s;
      try {
        s = CrawlJob.run(spark, settings, models);
        org.apache.spark.util.ShutdownHookManager.removeShutdownHook(hook);
      } catch (Exception e) { // Hadoop's and Spark's own errors (SparkException) come through Scala undeclared
        if (stop.stopping()) { // the job cancelled by the stop, which has said so: no trace of it
          stop.jobEnded();
          return 143;
        }
        org.apache.spark.util.ShutdownHookManager.removeShutdownHook(hook);
        String full = outputFailure(e);
        if (full != null) { // a full disk or quota: one line, not Spark's stack traces' last word
          System.err.println("unspin spark: cannot write the results into " + output + ": " + full + "; the run is "
              + "not finished there (no summary.json)");
          return 5;
        }
        String why = invalidInput(e);
        if (why == null) {
          throw e;
        }
        System.err.println("unspin spark: " + why); // a path of another file system, an input gone since it was checked
        return 3;
      }
      for (String gone : s.missingInputs().subList(missing.size(), s.missingInputs().size())) {
        System.err.println("unspin spark: cannot read " + gone + ": not there when the job listed its files");
      }
      System.out.println(s.json());
      return s.missingInputs().isEmpty() ? 0 : 3;
    }
  }

  /**
   * What a SIGTERM or Ctrl-C does while the job runs, before Spark stops its context: says in one line that the run
   * was stopped and that {@code output} holds no finished run (summary.json is written last), then cancels the job
   * and waits a moment for the driver to leave it. The run had ended without a word of it, in the driver's stack
   * trace of "Job cancelled because SparkContext was shut down" and Spark's errors of tasks ending after it.
   */
  static final class Stop extends scala.runtime.AbstractFunction0<scala.runtime.BoxedUnit> {

    private final SparkSession spark;
    private final String output;
    private volatile boolean stopping;
    private final java.util.concurrent.CountDownLatch ended = new java.util.concurrent.CountDownLatch(1);

    Stop(SparkSession spark, String output) {
      this.spark = spark;
      this.output = output;
    }

    @Override
    public scala.runtime.BoxedUnit apply() {
      stopping = true;
      System.err.println("unspin spark: " + stopped(output, written(spark, output)));
      try {
        spark.sparkContext().cancelAllJobs();
        ended.await(5, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (IllegalStateException e) {
        // the context stopped already: no job to cancel
      }
      return scala.runtime.BoxedUnit.UNIT;
    }

    /** Whether the run is being stopped, so that the job's failure is the stop's and not to be reported. */
    boolean stopping() {
      return stopping;
    }

    /** Tells the stop that the driver has left the cancelled job. */
    void jobEnded() {
      ended.countDown();
    }
  }

  /** The outputs of the job, in the order it writes them ({@code summary.json} last). */
  static final List<String> OUTPUTS = List.of("results.parquet", "results.jsonl", "rejects.jsonl");

  /** The outputs among {@link #OUTPUTS} that are in {@code output} now, whole or in part. */
  private static List<String> written(SparkSession spark, String output) {
    List<String> there = new ArrayList<>();
    try {
      org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(output);
      org.apache.hadoop.fs.FileSystem fs = folder.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String name : OUTPUTS) {
        if (fs.exists(new org.apache.hadoop.fs.Path(folder, name))) {
          there.add(name);
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      // the file system closing as the JVM stops: say nothing of them
    }
    return there;
  }

  /**
   * The line of a run stopped before it finished, whose {@code output} holds the outputs {@code written} (whole or in
   * part) and no summary.json.
   */
  static String stopped(String output, List<String> written) {
    return "stopped before the job finished (SIGTERM or Ctrl-C): " + output + " holds no finished run (no "
        + "summary.json" + (written.isEmpty() ? "" : "; " + String.join(", ", written) + " may be incomplete")
        + "); run the job again for its results";
  }

  /**
   * Why the job could not write its output to {@code output}, or null: the folder is made now (on whatever file
   * system it names, with its parents) and a file written into it and deleted, so that a path that is a file, lies
   * under one or may not be written is found before the analysis instead of after it.
   */
  static String outputProblem(String output, org.apache.hadoop.conf.Configuration conf) {
    org.apache.hadoop.fs.Path folder = new org.apache.hadoop.fs.Path(output);
    try {
      org.apache.hadoop.fs.FileSystem fs = folder.getFileSystem(conf);
      if (fs.exists(folder) && !fs.getFileStatus(folder).isDirectory()) {
        return "--output " + output + " is a file, not a folder";
      }
      if (!fs.mkdirs(folder)) {
        return "--output " + output + ": cannot make the folder";
      }
      org.apache.hadoop.fs.Path probe = new org.apache.hadoop.fs.Path(folder, "_unspin-write-check");
      fs.create(probe, true).close();
      fs.delete(probe, false);
      return null;
    } catch (java.io.IOException e) {
      return "--output " + output + ": cannot write there (" + e.getMessage() + ")";
    }
  }

  /**
   * Why {@code input}, a pattern or a path of another file system, gives the job nothing to read, or null: a pattern
   * that matches no file or folder (names starting with "." or "_" left out, as the job leaves them out), a path that
   * is not there. Asked of the file system the job reads, with its configuration. Null too for a local path (checked
   * before Spark starts) and where the file system cannot be asked (the job then says why).
   */
  static String nothingAt(String input, org.apache.hadoop.conf.Configuration conf) {
    if (isLocalPath(input)) {
      return null;
    }
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(input);
      if (path.getFileSystem(conf).exists(path)) {
        return null; // there as named, whatever its name holds: read as named (CrawlJob.files)
      }
      org.apache.hadoop.fs.FileStatus[] found = path.getFileSystem(conf).globStatus(path,
          p -> !CrawlJob.hidden(p.getName()));
      if (found == null) {
        return "cannot read " + input + ": no such file or folder";
      }
      return found.length == 0 ? input + " matches no file" : null;
    } catch (java.io.IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Whether {@code input} names a local file or folder: no URI scheme but file:, and no glob characters, or a file or
   * folder that is there as named ("e{1}.warc.gz" is that file, not a pattern matching "e1.warc.gz").
   */
  static boolean isLocalPath(String input) {
    if (hasScheme(input) && !input.startsWith("file:")) {
      return false;
    }
    if (!CrawlJob.hasGlob(input)) {
      return true;
    }
    try {
      return java.nio.file.Files.exists(java.nio.file.Path.of(input.replaceFirst("^file:", "")));
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /** Whether {@code input} is a URI with a scheme and an authority: {@code hdfs://...}, {@code file:///...}. */
  private static boolean hasScheme(String input) {
    return input.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*");
  }

  /**
   * Why writing the outputs failed, when {@code e} is such a failure (a task that failed writing rows, Hadoop's
   * FSError of the local disk, an I/O error of Spark's file writers or their commit, such as a folder made read-only
   * while the job runs): the innermost I/O error's message ("No space left on device"); else null.
   */
  static String outputFailure(Throwable e) {
    boolean writing = false;
    String why = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      writing |= String.valueOf(t.getMessage()).contains("TASK_WRITE_FAILED")
          || t.getClass().getSimpleName().equals("FSError")
          || t instanceof java.io.IOException && thrownWriting(t.getStackTrace());
      if (t instanceof java.io.IOException && t.getMessage() != null) {
        why = t.getMessage();
      }
    }
    return writing ? why : null;
  }

  /**
   * Whether an error with the stack {@code frames} was thrown writing files: the first frame of Spark's or the job's
   * own code, from the top, is of Spark's file writers ({@code sql.execution.datasources}) or of its commit protocol
   * ({@code internal.io}), under the file system's frames. An error of the analysis, which runs in the same task as
   * the writing, has the job's frames first.
   */
  static boolean thrownWriting(StackTraceElement[] frames) {
    for (StackTraceElement f : frames) {
      String c = f.getClassName();
      if (c.startsWith("org.unspin.")) {
        return false;
      }
      if (c.startsWith("org.apache.spark.")) {
        return c.startsWith("org.apache.spark.sql.execution.datasources.")
            || c.startsWith("org.apache.spark.internal.io.");
      }
    }
    return false;
  }

  /** The message of the input-path error (Hadoop's InvalidInputException) among {@code e}'s causes, or null. */
  static String invalidInput(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getClass().getSimpleName().equals("InvalidInputException")) {
        return t.getMessage().replace('\n', ' ');
      }
    }
    return null;
  }
}
