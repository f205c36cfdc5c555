// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkMainTest {

  @Test
  void aMissingInputIsNamedAndNoJobStartsWithoutInputs(@TempDir Path dir) throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = SparkMain.run(new String[] {"--output", dir.resolve("out").toString(),
          dir.resolve("missing.warc").toString()});
    } finally {
      System.setErr(err);
    }
    assertThat(code).isEqualTo(3);
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .isEqualTo("unspin spark: cannot read " + dir.resolve("missing.warc") + ": no such file or folder"
            + System.lineSeparator());
    assertThat(dir.resolve("out")).doesNotExist();
  }

  /** Runs {@code args}; returns the exit code and what was written to standard error. */
  private static java.util.Map.Entry<Integer, String> run(String... args) throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      return java.util.Map.entry(SparkMain.run(args), captured.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
    }
  }

  /** The row of {@code url} in the job's {@code out/results.jsonl}. */
  private static String row(Path out, String url) throws IOException {
    List<String> rows = new java.util.ArrayList<>();
    try (var parts = java.nio.file.Files.newDirectoryStream(out.resolve("results.jsonl"), "part-*")) {
      for (Path part : parts) {
        rows.addAll(java.nio.file.Files.readAllLines(part));
      }
    }
    return rows.stream().filter(r -> r.contains("\"url\":\"" + url + "\"")).findFirst().orElseThrow();
  }

  /** The value of {@code field} (a number or boolean) in the JSON object {@code row}. */
  private static String field(String row, String field) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + field + "\":([^,}]+)").matcher(row);
    assertThat(m.find()).as(field + " in " + row).isTrue();
    return m.group(1);
  }

  @Test
  void theJobJudgesWithTheCalibrationFileGivenOnTheExecutors(@TempDir Path dir) throws Exception {
    // a crawl judged with the bundled constants where the team's detect and serve used its own calibration
    Path warc = dir.resolve("crawl.warc.gz");
    CrawlJobTest.writeWarc(warc);
    String source = "http://news.example/source";
    java.io.PrintStream stdout = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)); // the summaries
    try {
      Path plain = dir.resolve("plain");
      assertThat(run("--output", plain.toString(), "--master", "local[2]", warc.toString()).getKey()).isZero();
      String before = row(plain, source);
      assertThat(field(before, "spun")).isEqualTo("false");
      // constants of one's own: the bundled ones with a threshold under the page's probability
      double p = Double.parseDouble(field(before, "spunProbability"));
      Path mine = dir.resolve("mine.properties");
      java.nio.file.Files.writeString(mine, org.unspin.detect.Calibration.defaults().withThreshold(p / 2).format());
      Path own = dir.resolve("own");
      var result = run("--output", own.toString(), "--master", "local[2]", "--calibration", mine.toString(),
          warc.toString());
      assertThat(result.getKey()).as(result.getValue()).isZero();
      String after = row(own, source);
      assertThat(field(after, "spun")).isEqualTo("true");
      assertThat(field(after, "spunProbability")).isEqualTo(field(before, "spunProbability"));
    } finally {
      System.setOut(stdout);
    }
  }

  @Test
  void aDamagedCalibrationFileStopsTheJobBeforeSparkStartsNamingItsLine(@TempDir Path dir) throws Exception {
    Path mine = dir.resolve("mine.properties");
    java.nio.file.Files.writeString(mine, org.unspin.detect.Calibration.defaults().format()
        .replace("threshold=0.500000", "threshold=0,5"));
    Path warc = dir.resolve("crawl.warc.gz");
    CrawlJobTest.writeWarc(warc);
    var bad = run("--output", dir.resolve("out").toString(), "--calibration", mine.toString(), warc.toString());
    assertThat(bad.getKey()).isEqualTo(3);
    assertThat(bad.getValue().lines().filter(l -> l.startsWith("unspin spark:")))
        .containsExactly("unspin spark: " + mine + ":4: key 'threshold' is not a number: 0,5");
    assertThat(dir.resolve("out")).doesNotExist();
    var missing = run("--output", dir.resolve("out").toString(), "--calibration",
        dir.resolve("nope.properties").toString(), warc.toString());
    assertThat(missing.getKey()).isEqualTo(3);
    assertThat(missing.getValue()).contains("unspin spark: " + dir.resolve("nope.properties")
        + ": no such file (--calibration)");
  }

  @Test
  void aPatternThatMatchesNoFileIsOneLineAndExitCode3(@TempDir Path dir) throws Exception {
    var result = run("--output", dir.resolve("out").toString(), dir.resolve("*.nomatch").toString());
    assertThat(result.getKey()).isEqualTo(3);
    assertThat(result.getValue().lines().filter(l -> l.startsWith("unspin spark:")))
        .containsExactly("unspin spark: " + dir.resolve("*.nomatch") + " matches no file");
    assertThat(result.getValue()).doesNotContain("Exception"); // beside Spark's log lines, no stack trace
    assertThat(dir.resolve("out")).doesNotExist(); // nothing to read: nothing written
  }

  @Test
  void inputsThatGiveNothingAreNamedInTheRejectsAndTheSummaryAndTheOtherInputsAreRead(@TempDir Path dir)
      throws Exception {
    // a nightly run naming one day's pattern that matched nothing had stopped with no output for the other inputs,
    // where a missing file is named and the job goes on; and neither was in the outputs, so that a crawl engineer
    // reconciling them with the list of inputs could not find it there
    Path warc = dir.resolve("crawl.warc.gz");
    CrawlJobTest.writeWarc(warc);
    Path out = dir.resolve("out");
    java.io.PrintStream stdout = System.out;
    System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)); // the summary
    java.util.Map.Entry<Integer, String> result;
    String pattern = dir.resolve("2024-*.warc.gz").toString();
    String missing = dir.resolve("gone \"night\".warc.gz").toString();
    String braces = "file:" + dir.resolve("{a,b}.wet.gz");
    try {
      result = run("--output", out.toString(), "--master", "local[2]", pattern, warc.toString(), missing, braces);
    } finally {
      System.setOut(stdout);
    }
    assertThat(result.getKey()).isEqualTo(3);
    assertThat(result.getValue().lines().filter(l -> l.startsWith("unspin spark:"))).containsExactly(
        "unspin spark: cannot read " + missing + ": no such file or folder",
        "unspin spark: " + pattern + " matches no file",
        "unspin spark: " + braces + " matches no file");
    String summary = java.nio.file.Files.readString(out.resolve("summary.json"));
    assertThat(summary).startsWith("{\"inputs\":1,\"records\":6,\"otherRecords\":0,\"damaged\":3,")
        .endsWith(",\"missingInputs\":[\"" + missing.replace("\"", "\\\"") + "\",\"" + pattern + "\",\"" + braces
            + "\"]}\n");
    String noPattern = "\"offset\":null,\"url\":\"\",\"reason\":\"cannot read: the pattern matches no file\"}";
    List<String> rejects = new java.util.ArrayList<>();
    try (var parts = java.nio.file.Files.newDirectoryStream(out.resolve("rejects.jsonl"), "part-*")) {
      for (Path part : parts) {
        rejects.addAll(java.nio.file.Files.readAllLines(part));
      }
    }
    assertThat(rejects).contains(
        "{\"file\":\"" + missing.replace("\"", "\\\"")
            + "\",\"offset\":null,\"url\":\"\",\"reason\":\"cannot read: no such file or folder\"}",
        "{\"file\":\"" + pattern + "\"," + noPattern, "{\"file\":\"" + braces + "\"," + noPattern);
    java.util.function.ToLongFunction<String> count = field -> Long.parseLong(summary.replaceFirst(
        ".*\"" + field + "\":(\\d+).*\\s*", "$1"));
    assertThat(count.applyAsLong("pages") + count.applyAsLong("rejects"))
        .isEqualTo(count.applyAsLong("records") + count.applyAsLong("damaged"));
    assertThat(rejects).hasSize((int) count.applyAsLong("rejects"));
  }

  @Test
  void anOutputThatCannotBeAFolderIsFoundBeforeTheAnalysis(@TempDir Path dir) throws Exception {
    Path file = java.nio.file.Files.writeString(dir.resolve("taken"), "a file");
    Path warc = dir.resolve("crawl.warc.gz");
    CrawlJobTest.writeWarc(warc);
    var result = run("--output", file.toString(), warc.toString());
    assertThat(result.getKey()).isEqualTo(3);
    assertThat(result.getValue().lines().filter(l -> l.startsWith("unspin spark:")))
        .containsExactly("unspin spark: --output " + file + " is a file, not a folder");
    assertThat(result.getValue()).doesNotContain("Exception");

    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    assertThat(SparkMain.outputProblem(file.resolve("out").toString(), conf)).startsWith("--output " + file
        + "/out: cannot write there (");
    assertThat(SparkMain.outputProblem(dir.resolve("new/out").toString(), conf)).isNull();
    assertThat(dir.resolve("new/out")).isEmptyDirectory();
  }

  @Test
  void aLearnedTablesPathIsCheckedBeforeTheJobAndAFileUriIsAPath(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    CrawlJobTest.writeWarc(warc);
    var folder = run("--output", dir.resolve("out").toString(), "--learn", dir.toString(), warc.toString());
    assertThat(folder.getKey()).isEqualTo(5);
    assertThat(folder.getValue()).isEqualTo("unspin spark: --learn " + dir + " is a folder; name the table file to "
        + "write" + System.lineSeparator());
    assertThat(dir.resolve("out")).doesNotExist();
    var remote = run("--output", dir.resolve("out").toString(), "--learn", "hdfs:///t.tsv", warc.toString());
    assertThat(remote.getKey()).isEqualTo(5);
    assertThat(remote.getValue()).contains("give a local path");
    assertThat(SparkMain.learnPath("file://" + dir.resolve("a/t.tsv"))).isEqualTo(dir.resolve("a/t.tsv").toString());
    assertThat(dir.resolve("a")).isEmptyDirectory();
  }

  @Test
  void evaluateNamesWhatIsMissingOrDoesNotMatch(@TempDir Path dir) throws Exception {
    var usage = run("--evaluate", dir.toString());
    assertThat(usage.getKey()).isEqualTo(2);
    assertThat(usage.getValue()).contains("--evaluate needs DIR");
    var noTruth = run("--evaluate", dir.toString(), dir.resolve("nope.tsv").toString());
    assertThat(noTruth.getKey()).isEqualTo(3);
    assertThat(noTruth.getValue()).isEqualTo("unspin spark: cannot read the truth file " + dir.resolve("nope.tsv")
        + ": no such file" + System.lineSeparator());
    Path truth = java.nio.file.Files.writeString(dir.resolve("truth.tsv"), "url\tkind\tsource\n");
    var noOutput = run("--evaluate", dir.resolve("nope").toString(), truth.toString());
    assertThat(noOutput.getKey()).isEqualTo(3);
    assertThat(noOutput.getValue()).contains("holds no results.parquet");
  }

  @Test
  void twoSpellingsOfOneLocalInputAreOneInput(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    CrawlJobTest.writeWarc(warc);
    assertThat(SparkMain.inputKey(warc.toString())).isEqualTo(SparkMain.inputKey("file:" + dir + "/./crawl.warc.gz"));
    assertThat(SparkMain.inputKey("s3a://b/a.warc")).isNotEqualTo(SparkMain.inputKey("s3a://b/c.warc"));
  }

  @Test
  void aFileOrFolderInsideAFolderAlsoNamedIsReadOnceAndSaidOnce(@TempDir Path dir) throws Exception {
    // a nightly script named the day's folder and, again, a file of it: every page of the file was read twice
    Path crawl = dir.resolve("crawl");
    java.nio.file.Files.createDirectories(crawl.resolve("2024"));
    java.nio.file.Files.createDirectories(crawl.resolve(".partial"));
    for (String f : new String[] {"a.warc.gz", "2024/b.warc.gz", ".partial/c.warc.gz"}) {
      CrawlJobTest.writeWarc(crawl.resolve(f));
    }
    Path other = dir.resolve("other.warc.gz");
    CrawlJobTest.writeWarc(other);
    String inFolder = crawl.resolve("a.warc.gz").toString();
    String subfolder = "file:" + crawl.resolve("2024");
    String hidden = crawl.resolve(".partial/c.warc.gz").toString(); // not read with its folder: read as named
    List<String> inputs = new java.util.ArrayList<>(List.of(inFolder, crawl.toString(), subfolder, hidden,
        other.toString()));
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    List<Reject> missing;
    try {
      missing = SparkMain.checkLocal(inputs);
    } finally {
      System.setErr(err);
    }
    assertThat(missing).isEmpty();
    assertThat(inputs).containsExactly(crawl.toString(), hidden, other.toString());
    assertThat(captured.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "unspin spark: " + inFolder + " is also inside " + crawl + "; read once",
        "unspin spark: " + subfolder + " is also inside " + crawl + "; read once");
  }

  @Test
  void onlyLocalPathsWithoutPatternsAreCheckedBeforeTheJob() {
    assertThat(SparkMain.isLocalPath("crawl/a.warc.gz")).isTrue();
    assertThat(SparkMain.isLocalPath("/data/a.warc")).isTrue();
    assertThat(SparkMain.isLocalPath("file:/data/a.warc")).isTrue();
    assertThat(SparkMain.isLocalPath("s3a://bucket/a.warc.gz")).isFalse();
    assertThat(SparkMain.isLocalPath("hdfs:///crawl/a.warc.gz")).isFalse();
    assertThat(SparkMain.isLocalPath("crawl/*.warc.gz")).isFalse();
  }

  @Test
  void theFileSystemsInputErrorIsFoundAmongTheCauses() {
    Exception hadoop = new org.apache.hadoop.mapreduce.lib.input.InvalidInputException(
        List.of(new IOException("Input Pattern file:/x/*.warc matches 0 files")));
    assertThat(SparkMain.invalidInput(new RuntimeException("job failed", hadoop)))
        .contains("matches 0 files");
    assertThat(SparkMain.invalidInput(new RuntimeException("job failed", new IOException("disk")))).isNull();
  }

  /**
   * Runs {@code SparkMain.main} in a JVM of its own, on the job's classpath without the tests' classes and logging
   * set-up, with {@code env} added to its environment; returns what it wrote to standard error.
   */
  private static String mainsStandardError(java.util.Map<String, String> env, String... args) throws Exception {
    Process p = mainsProcess(env, args);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(err).isEqualTo(3);
    return err;
  }

  /** {@code SparkMain.main} started in a JVM of its own, as {@link #mainsStandardError} runs it. */
  private static Process mainsProcess(java.util.Map<String, String> env, String... args) throws Exception {
    String classpath = java.util.Arrays.stream(System.getProperty("surefire.test.class.path",
            System.getProperty("java.class.path")).split(java.io.File.pathSeparator))
        .filter(e -> !e.endsWith("test-classes"))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
        "org.unspin.spark.SparkMain"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.environment().putAll(env);
    pb.environment().putIfAbsent("SPARK_LOCAL_IP", "127.0.0.1");
    return pb.start();
  }

  @Test
  void anEmbeddedRunSaysOnlyItsOwnMessagesUnlessAskedForSparksInfoLines(@TempDir Path dir) throws Exception {
    // ./unspin spark printed about 45 INFO lines of Spark's start-up around the job's own messages
    String pattern = dir.resolve("2024-*.warc.gz").toString(); // Spark starts, then finds nothing to read
    String quiet = mainsStandardError(java.util.Map.of(), "--output", dir.resolve("out").toString(), "--master",
        "local[1]", pattern);
    assertThat(quiet.lines()).containsExactly("unspin spark: " + pattern + " matches no file");
    String info = mainsStandardError(java.util.Map.of("UNSPIN_SPARK_LOG", "info"), "--output",
        dir.resolve("out").toString(), "--master", "local[1]", pattern);
    assertThat(info).contains(" INFO SparkContext: Running Spark version ")
        .contains("unspin spark: " + pattern + " matches no file");
  }

  @Test
  void aFullDiskWhileWritingIsItsOwnErrorNotAStackTrace() {
    // a night's output on a full disk ended in 841 lines of stack traces and exit 1
    Exception task = new org.apache.spark.SparkException("[TASK_WRITE_FAILED] Task failed while writing rows to "
        + "file:/full/out/results.parquet. SQLSTATE: 58030", new RuntimeException("Unable to close resource",
            new IOException("No space left on device")));
    assertThat(SparkMain.outputFailure(new RuntimeException("Job aborted due to stage failure", task)))
        .isEqualTo("No space left on device");
    assertThat(SparkMain.outputFailure(new RuntimeException("job failed", new IOException("no models here"))))
        .isNull();
  }

  @Test
  void aFolderMadeReadOnlyWhileTheJobWritesIsItsOwnErrorNotAStackTrace() {
    // a crawl engineer's output volume remounted read-only mid-run: 145 lines of traces and exit 1; the cause chain
    // and the frames of that trial's failure
    IOException mkdirs = new IOException("Mkdirs failed to create file:/ro/out/results.parquet/_temporary/0");
    mkdirs.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("org.apache.hadoop.fs.ChecksumFileSystem", "create", "ChecksumFileSystem.java", 774),
        new StackTraceElement("org.apache.parquet.hadoop.ParquetFileWriter", "<init>", "ParquetFileWriter.java", 504),
        new StackTraceElement("org.apache.spark.sql.execution.datasources.parquet.ParquetOutputWriter", "<init>",
            "ParquetOutputWriter.scala", 36),
        new StackTraceElement("org.apache.spark.scheduler.Task", "run", "Task.scala", 147)});
    Exception job = new org.apache.spark.SparkException("Job aborted due to stage failure: Task 0 in stage 44.0 "
        + "failed 1 times, most recent failure: Lost task 0.0 in stage 44.0", mkdirs);
    assertThat(SparkMain.outputFailure(job)).isEqualTo(mkdirs.getMessage());
    // the analysis runs in the task that writes: its own I/O error is not the output's
    IOException models = new IOException("no models here");
    models.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("java.nio.file.Files", "newInputStream", "Files.java", 160),
        new StackTraceElement("org.unspin.spark.Executors", "models", "Executors.java", 15),
        new StackTraceElement("org.apache.spark.sql.execution.datasources.FileFormatWriter$", "executeTask",
            "FileFormatWriter.scala", 427)});
    assertThat(SparkMain.outputFailure(new org.apache.spark.SparkException("Job aborted", models))).isNull();
  }

  @Test
  void aRunStoppedBySigtermSaysSoAndThatItsOutputHoldsNoFinishedRun(@TempDir Path dir) throws Exception {
    // a scheduler's kill of a night's run ended in the driver's "Job cancelled because SparkContext was shut down"
    // trace and Spark's errors of tasks ending after it, with no word that the output folder is not a finished run
    Path warc = dir.resolve("crawl.warc.gz");
    CrawlJobTest.writeWarc(warc);
    Path out = dir.resolve("out");
    Process p = mainsProcess(java.util.Map.of(), "--output", out.toString(), "--master", "local[1]",
        warc.toString());
    java.util.concurrent.CompletableFuture<String> err = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    // the folder is made as the job starts, the models are loaded by its first task after that
    long until = System.nanoTime() + 120_000_000_000L;
    while (!java.nio.file.Files.isDirectory(out) && p.isAlive() && System.nanoTime() < until) {
      Thread.sleep(20);
    }
    assertThat(new ProcessBuilder("kill", "-TERM", String.valueOf(p.pid())).start().waitFor()).isZero();
    assertThat(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    String said = err.get();
    assertThat(p.exitValue()).as(said).isEqualTo(143);
    assertThat(said.lines().filter(l -> l.startsWith("unspin spark:")).toList()).as(said).hasSize(1)
        .allMatch(l -> l.startsWith("unspin spark: stopped before the job finished (SIGTERM or Ctrl-C): " + out
            + " holds no finished run (no summary.json"));
    assertThat(said).doesNotContain("Exception", "\tat ");
    assertThat(out.resolve("summary.json")).doesNotExist();
  }

  @Test
  void theStoppedLineNamesTheOutputsThatMayBeIncomplete() {
    assertThat(SparkMain.stopped("night/out", List.of("results.parquet", "results.jsonl"))).isEqualTo("stopped "
        + "before the job finished (SIGTERM or Ctrl-C): night/out holds no finished run (no summary.json; "
        + "results.parquet, results.jsonl may be incomplete); run the job again for its results");
  }

  @Test
  void theHelpBreaksLinesOnlyAtSpacesWithinEightyColumns() throws Exception {
    // SparkMain --help (reached under spark-submit) printed each of its four lines whole, up to 232 columns, which a
    // terminal cuts inside words ("[--spinner-tab" | "le TABLE]...")
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = SparkMain.run(new String[] {"--help"});
    } finally {
      System.setOut(out);
    }
    assertThat(code).isZero();
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines).hasSizeGreaterThan(6).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(80));
    List<String> words = lines.stream().flatMap(l -> java.util.Arrays.stream(l.strip().split(" +"))).toList();
    assertThat(words).contains("[--spinner-table", "TABLE]...", "[--min-confidence", "WARC_OR_WET...", "--evaluate",
        "TRUTH_TSV", "--calibrate", "--whole-page");
    // an option and its value on one line
    assertThat(lines).anySatisfy(l -> assertThat(l).contains("[--phrases TSV]"))
        .anySatisfy(l -> assertThat(l).contains("[--spinner-table TABLE]..."));
  }

  @Test
  void helpLinesBreakAtTheLastSpaceThatFitsAndKeepALongWordWhole() {
    StringBuilder out = new StringBuilder();
    String path = "x".repeat(SparkMain.HELP_WIDTH + 5);
    SparkMain.wrap(out, "> ", "  ", "see docs/formats/spinner-table.md and " + path + " then " + "a ".repeat(40)
        + "end");
    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(0)).isEqualTo("> see docs/formats/spinner-table.md and");
    assertThat(lines.get(1)).isEqualTo("  " + path);
    assertThat(lines.subList(2, lines.size())).allSatisfy(l -> assertThat(l).startsWith("  ").hasSizeLessThan(81));
    assertThat(String.join(" ", lines).replaceAll(" +", " ")).isEqualTo("> see docs/formats/spinner-table.md and "
        + path + " then " + "a ".repeat(40) + "end");
  }
}
