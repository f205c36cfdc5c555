// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.SpinnerTables;
import org.unspin.lexicon.learn.SupervisedLearner;
import org.unspin.thesaurus.Thesauri;
import org.unspin.trace.Facts;
import org.unspin.trace.FingerprintSettings;
import org.unspin.trace.Fingerprinter;
import org.unspin.trace.WarcRecords;
import scala.Tuple2;

/**
 * The crawl job: read WARC/WET files, detect spun pages, restore them, cluster spun pages with their sources by
 * LSH, write Parquet and JSONL. The driver is thin: reading ({@link WarcPages}), per-page analysis
 * ({@link PageAnalysis}) and source choice ({@link Clusters}) are plain functions.
 *
 * <p>Bad records are counted in the {@code rejects} accumulator and written to {@code rejects.jsonl}.
 *
 * @since 0.1
 */
public final class CrawlJob {

  private static final System.Logger LOG = System.getLogger(CrawlJob.class.getName());

  /**
   * Counts and timing of one run. {@code inputs} counts the files read (a folder's or a pattern's each, an empty
   * one too: an input of no records). {@code records} counts the page records read whole (responses, resources,
   * conversions, revisits), each of which gave a row or a reject; {@code otherRecords} the requests, metadata and
   * warcinfo records, which give neither; {@code damaged} the damaged records or stretches and unreadable files, each
   * of which gave one reject. So {@code pages + rejects == records + damaged}: no record is lost without a word.
   * {@code notJudged} counts the pages not judged (another language, code, a licence, no words); {@code learnedPairs}
   * is 0 unless a table was learned. {@code missingInputs} are the inputs, as named, that gave nothing to read (not
   * there, a pattern that matches no file): each gave one reject, counted in {@code damaged}.
   */
  public record Summary(long inputs, long records, long otherRecords, long damaged, long pages, long rejects,
      long spun, long notJudged, long clusters, long clusteredPages, long learnedPairs, double seconds,
      List<String> missingInputs) {

    public Summary {
      missingInputs = List.copyOf(missingInputs);
    }

    /** Result rows (pages analysed) per second of the whole run; rejects are not counted, as they cost little. */
    public double pagesPerSecond() {
      return seconds <= 0 ? 0 : pages / seconds;
    }

    String json() {
      return String.format(Locale.ROOT, "{\"inputs\":%d,\"records\":%d,\"otherRecords\":%d,\"damaged\":%d,"
          + "\"pages\":%d,\"rejects\":%d,\"spun\":%d,\"notJudged\":%d,\"clusters\":%d,\"clusteredPages\":%d,"
          + "\"learnedPairs\":%d,\"seconds\":%.3f,\"pagesPerSecond\":%.2f,\"missingInputs\":[%s]}", inputs,
          records, otherRecords, damaged, pages, rejects, spun, notJudged, clusters, clusteredPages, learnedPairs,
          seconds, pagesPerSecond(),
          String.join(",", missingInputs.stream().map(org.unspin.text.JsonStrings::quote).toList()));
    }
  }

  static final StructType SPAN = new StructType(new StructField[] {
      DataTypes.createStructField("start", DataTypes.IntegerType, false),
      DataTypes.createStructField("end", DataTypes.IntegerType, false),
      DataTypes.createStructField("spun", DataTypes.StringType, false),
      DataTypes.createStructField("original", DataTypes.StringType, false),
      DataTypes.createStructField("confidence", DataTypes.DoubleType, false),
      DataTypes.createStructField("page", DataTypes.IntegerType, true)});

  /** The schema of {@code results.parquet} and {@code results.jsonl}. */
  public static final StructType RESULT = new StructType(new StructField[] {
      DataTypes.createStructField("url", DataTypes.StringType, false),
      DataTypes.createStructField("file", DataTypes.StringType, false),
      DataTypes.createStructField("offset", DataTypes.LongType, true),
      DataTypes.createStructField("spun", DataTypes.BooleanType, false),
      DataTypes.createStructField("spunProbability", DataTypes.DoubleType, false),
      DataTypes.createStructField("spinner", DataTypes.StringType, false),
      DataTypes.createStructField("spans", DataTypes.createArrayType(SPAN, false), false),
      DataTypes.createStructField("restoredText", DataTypes.StringType, false),
      DataTypes.createStructField("clusterId", DataTypes.StringType, true),
      DataTypes.createStructField("sourceUrl", DataTypes.StringType, true),
      DataTypes.createStructField("notJudged", DataTypes.StringType, true),
      DataTypes.createStructField("disguised", DataTypes.IntegerType, false),
      DataTypes.createStructField("brokenAcronyms", DataTypes.IntegerType, false),
      DataTypes.createStructField("unrestored", DataTypes.StringType, true)});

  /** The schema of {@code rejects.jsonl}. */
  public static final StructType REJECT = new StructType(new StructField[] {
      DataTypes.createStructField("file", DataTypes.StringType, false),
      DataTypes.createStructField("offset", DataTypes.LongType, true),
      DataTypes.createStructField("url", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false)});

  private CrawlJob() {}

  /** Runs the job on {@code spark}; returns counts. */
  public static Summary run(SparkSession spark, JobSettings settings, UnspinnerFactory factory) throws IOException {
    long t0 = System.nanoTime();
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    LongAccumulator rejectCount = spark.sparkContext().longAccumulator("rejects");

    // the driver lists the files (CrawlJob.files) and each task opens its own: Spark's binaryFiles took the inputs as
    // one comma-separated list of patterns, so that a named file with a comma, "{", "[" or "*" in its name was not
    // found (or another was read), and it left out a file the user named whose name starts with "." or "_"
    // summary.json is written last, so that it tells a finished run: an earlier run's, left beside the part-written
    // outputs of a run that was stopped or failed, had passed for this one's
    org.apache.hadoop.fs.Path summaryPath = new org.apache.hadoop.fs.Path(settings.output(), "summary.json");
    org.apache.hadoop.fs.FileSystem outputFs = summaryPath.getFileSystem(jsc.hadoopConfiguration());
    outputFs.delete(summaryPath, false);
    List<Reject> missing = new ArrayList<>(settings.missing());
    List<String> paths = files(settings.inputs(), jsc.hadoopConfiguration(), missing);
    org.apache.spark.broadcast.Broadcast<org.apache.spark.util.SerializableConfiguration> conf =
        jsc.broadcast(new org.apache.spark.util.SerializableConfiguration(jsc.hadoopConfiguration()));
    // each file's pages, rejects, and what it held (WarcPages.Counts), counted from the data, not an accumulator,
    // which a task run twice would count twice; a file to a task, as crawl files are large
    JavaRDD<Object> read = jsc.parallelize(paths, Math.max(1, paths.size())).flatMap(uri -> {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(java.net.URI.create(uri));
      List<Object> out = new ArrayList<>();
      out.add(WarcPages.read(() -> path.getFileSystem(conf.value().value()).open(path), path.toString(),
          settings.html(), out::add, r -> {
            rejectCount.add(1);
            out.add(r);
          }));
      return out.iterator();
    }).persist(StorageLevel.MEMORY_AND_DISK());

    // an input that gave nothing to read is a reject too, so that the outputs account for every input named
    JavaRDD<Reject> rejects = read.filter(o -> o instanceof Reject).map(o -> (Reject) o)
        .union(jsc.parallelize(missing, 1));
    JavaRDD<Page> pages = read.filter(o -> o instanceof Page).map(o -> (Page) o);

    JavaRDD<PageResult> analysed = pages.mapPartitions((Iterator<Page> it) -> {
      UnspinnerFactory.Models m = Executors.models(factory);
      Fingerprinter fp = Fingerprinter.of(FingerprintSettings.defaults());
      List<PageResult> out = new ArrayList<>();
      while (it.hasNext()) {
        out.add(PageAnalysis.analyze(m.unspinner(), m.languageModel(), fp, it.next()));
      }
      return out.iterator();
    }); // kept once, as the nodes below

    // Each page is a node of its own, keyed by its URL and an id: a crawl may hold one URL twice (fetched again, or
    // in two files), and keyed by URL alone the joins gave each of its records every other's links, one row per pair.
    // Node keys order as their URLs do, so a cluster is still labelled by its smallest URL.
    JavaPairRDD<String, PageResult> nodes = analysed.zipWithUniqueId()
        .mapToPair(t -> new Tuple2<>(node(t._1().url(), t._2()), t._1()))
        .persist(StorageLevel.MEMORY_AND_DISK());

    // Candidate links: pages sharing an LSH bucket, verified by signature similarity.
    int maxBucket = settings.maxBucket();
    JavaPairRDD<String, String> candidates = nodes
        .flatMapToPair(n -> Arrays.stream(n._2().bandKeys()).mapToObj(k -> new Tuple2<>(k, n._1())).iterator())
        .groupByKey()
        .flatMapToPair(g -> {
          List<String> ids = new ArrayList<>();
          g._2().forEach(ids::add);
          List<Tuple2<String, String>> pairs = new ArrayList<>();
          if (ids.size() >= 2 && ids.size() <= maxBucket) {
            ids = ids.stream().distinct().sorted().toList();
            for (int i = 0; i < ids.size(); i++) {
              for (int j = i + 1; j < ids.size(); j++) {
                pairs.add(new Tuple2<>(ids.get(i), ids.get(j)));
              }
            }
          }
          return pairs.iterator();
        })
        .distinct();
    // each page's signature and numbers: pages on one template (daily market reports) reach the similarity of spins
    // of one source, but report different figures (Facts)
    JavaPairRDD<String, Tuple2<int[], HashSet<String>>> signatures = nodes.mapValues(r ->
        new Tuple2<>(r.signature(), new HashSet<>(Facts.numbers(r.text()))));
    double minSim = settings.minSimilarity();
    // verified links (a, (b, similarity)), a < b
    JavaPairRDD<String, Tuple2<String, Double>> links = candidates
        .join(signatures)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(signatures)
        .filter(t -> !Facts.disagree(t._2()._1()._2()._2(), t._2()._2()._2()))
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Tuple2<>(t._1(),
            Fingerprinter.similarity(t._2()._1()._2()._1(), t._2()._2()._1()))))
        .filter(t -> t._2()._2() >= minSim)
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> edges = links.mapToPair(t -> new Tuple2<>(t._1(), t._2()._1()));

    JavaPairRDD<String, String> labels = components(edges, settings.maxIterations());

    // The source of each spun page: the most similar clean-looking page it is linked to (not its cluster's, since a
    // cluster may chain articles that share a template)
    JavaPairRDD<String, Tuple2<Double, Double>> judged =
        nodes.mapValues(r -> new Tuple2<>(r.spunProbability(), r.fluency()));
    JavaPairRDD<String, Boolean> spunPages = nodes.mapValues(PageResult::spun);
    JavaPairRDD<String, String> sourceOf = links
        .flatMapToPair(t -> List.of(new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())),
            new Tuple2<>(t._1(), new Tuple2<>(t._2()._1(), t._2()._2()))).iterator()) // (other, (page, similarity))
        .join(judged)
        .mapToPair(t -> new Tuple2<>(t._2()._1()._1(), new Clusters.Link(t._1(), t._2()._1()._2(),
            t._2()._2()._1(), t._2()._2()._2())))
        .groupByKey()
        .join(spunPages)
        .mapValues(t -> Clusters.source(t._2(), t._1()))
        .filter(t -> t._2() != null);
    JavaRDD<Row> rows = nodes
        .leftOuterJoin(labels)
        .leftOuterJoin(sourceOf)
        .map(t -> row(t._2()._1()._1(), urlOf(t._2()._1()._2().orNull()), urlOf(t._2()._2().orNull())));

    Dataset<Row> results = spark.createDataFrame(rows, RESULT).persist(StorageLevel.MEMORY_AND_DISK());
    results.write().mode(SaveMode.Overwrite).parquet(settings.output() + "/results.parquet");
    // every field on every line, null where a page has no cluster, source or reason not to be judged
    results.write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false")
        .json(settings.output() + "/results.jsonl");
    Dataset<Row> rejectRows = spark.createDataFrame(
        rejects.map(r -> RowFactory.create(r.file(), offset(r.offset()), r.url(), r.reason())), REJECT);
    rejectRows.write().mode(SaveMode.Overwrite).option("ignoreNullFields", "false") // a null offset, said
        .json(settings.output() + "/rejects.jsonl");

    long learned = 0;
    if (settings.learnTable() != null) {
      learned = learn(nodes, sourceOf, settings);
    }
    long pageCount = results.count();
    long spunCount = results.filter("spun").count();
    long notJudged = results.filter("notJudged is not null").count();
    long clustered = results.filter("clusterId is not null").count();
    long clusters = results.filter("clusterId is not null").select("clusterId").distinct().count();
    long rejectTotal = rejectRows.count();
    // one Counts per file read, an empty file's all 0
    JavaRDD<WarcPages.Counts> perFile = read.filter(o -> o instanceof WarcPages.Counts).map(o -> (WarcPages.Counts) o);
    long inputs = perFile.count();
    WarcPages.Counts held = perFile.fold(WarcPages.Counts.NONE, WarcPages.Counts::plus);
    Summary summary = new Summary(inputs, held.pageRecords(), held.otherRecords(), held.damaged() + missing.size(),
        pageCount, rejectTotal, spunCount, notJudged, clusters, clustered, learned, (System.nanoTime() - t0) / 1e9,
        missing.stream().map(Reject::file).toList());
    // beside the results, on whatever file system they went to (a local folder, hdfs://, s3a://)
    try (java.io.OutputStream out = outputFs.create(summaryPath, true)) {
      out.write((summary.json() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    LOG.log(System.Logger.Level.INFO, "crawl job: {0}", summary.json());
    read.unpersist();
    nodes.unpersist();
    links.unpersist();
    results.unpersist();
    return summary;
  }

  /**
   * The files {@code inputs} name, as URIs, each once, in the order named: a file named is that file, whatever its
   * name holds (a comma, "{", "[", "*", a leading "." or "_"); a folder gives its files and its subfolders' (names
   * starting with "." or "_" below it left out, as Hadoop leaves them); any other input is a pattern, giving the
   * files and folders it matches (names starting with "." or "_" left out). A file reached by two inputs (a folder
   * and a pattern that overlap, a link to a file also named) is read once, by its first occurrence: it had given
   * every page twice, each clustered with its own copy.
   *
   * An input that gives nothing to read (gone since SparkMain checked it) is added to {@code nothing} as its reject.
   */
  static List<String> files(List<String> inputs, org.apache.hadoop.conf.Configuration conf, List<Reject> nothing)
      throws IOException {
    java.util.LinkedHashMap<String, String> files = new java.util.LinkedHashMap<>(); // fileKey -> URI
    int repeated = 0;
    for (String input : inputs) {
      org.apache.hadoop.fs.Path named = new org.apache.hadoop.fs.Path(input);
      org.apache.hadoop.fs.FileSystem fs = named.getFileSystem(conf);
      List<org.apache.hadoop.fs.FileStatus> found = new ArrayList<>();
      try {
        found.add(fs.getFileStatus(named)); // as named, no pattern
      } catch (java.io.FileNotFoundException e) {
        org.apache.hadoop.fs.FileStatus[] matched = fs.globStatus(named, p -> !hidden(p.getName()));
        if (matched != null) {
          found.addAll(Arrays.asList(matched));
        }
      }
      List<org.apache.hadoop.fs.Path> listed = new ArrayList<>();
      for (org.apache.hadoop.fs.FileStatus f : found) {
        if (!f.isDirectory()) {
          listed.add(f.getPath());
          continue;
        }
        String folder = f.getPath().toUri().getPath();
        org.apache.hadoop.fs.RemoteIterator<org.apache.hadoop.fs.LocatedFileStatus> it =
            fs.listFiles(f.getPath(), true);
        List<org.apache.hadoop.fs.Path> inFolder = new ArrayList<>();
        while (it.hasNext()) {
          org.apache.hadoop.fs.Path file = it.next().getPath();
          String below = file.toUri().getPath().substring(folder.length());
          if (Arrays.stream(below.split("/")).noneMatch(CrawlJob::hidden)) {
            inFolder.add(file);
          }
        }
        inFolder.sort(java.util.Comparator.comparing(org.apache.hadoop.fs.Path::toString));
        listed.addAll(inFolder);
      }
      if (found.isEmpty()) { // gone since SparkMain checked it
        nothing.add(missing(input, hasGlob(input) ? "the pattern matches no file" : "no such file or folder"));
      }
      for (org.apache.hadoop.fs.Path file : listed) {
        if (files.putIfAbsent(fileKey(file.toUri().toString()), file.toUri().toString()) != null) {
          repeated++;
        }
      }
    }
    if (repeated > 0) {
      LOG.log(System.Logger.Level.WARNING, readOnce(repeated));
    }
    return new ArrayList<>(files.values());
  }

  /** The warning of {@code repeated} files reached by more than one input ("1 file ... is read once"). */
  static String readOnce(int repeated) {
    return counted(repeated, "file", "files") + " reached by more than one input " + (repeated == 1 ? "is" : "are")
        + " read once";
  }

  /**
   * {@code n} and the noun that counts it, {@code one} for 1 and {@code many} for any other number: "1 file", "2
   * files", "0 files". The job's lines had said "1 files".
   */
  static String counted(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /**
   * The reject of an input that gives nothing to read: its {@code file} the input as named (so that it can be found
   * beside the list of inputs), no offset, and {@code "cannot read: " + why}.
   */
  static Reject missing(String input, String why) {
    return new Reject(input, WarcRecords.NO_OFFSET, "", "cannot read: " + why);
  }

  /** Whether {@code input} holds a glob character, which makes it a pattern unless it is there as named. */
  static boolean hasGlob(String input) {
    return input.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** Whether a file or folder name starts with "." or "_", which Hadoop leaves out of a folder or pattern. */
  static boolean hidden(String name) {
    return name.startsWith(".") || name.startsWith("_");
  }

  /**
   * Learns a spinner table from the spun pages that found a source ({@code sourceOf}: spun page node to source node),
   * aligned with that source's text, and writes it to {@link JobSettings#learnTable()}. A pair of texts met more than
   * once (a page crawled twice) is learned from once. Returns the number of pairs used.
   */
  static long learn(JavaPairRDD<String, PageResult> nodes, JavaPairRDD<String, String> sourceOf, JobSettings settings)
      throws IOException {
    JavaPairRDD<String, String> texts = nodes.mapValues(PageResult::text);
    List<Tuple2<String, String>> pairs = sourceOf.mapToPair(Tuple2::swap)
        .join(texts)                                                      // source -> (spun page, source text)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
        .join(texts)                                                      // spun page -> (source text, spun text)
        .map(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
        .distinct()
        .take(settings.maxLearnPairs());
    List<SupervisedLearner.Pair> learnPairs = new ArrayList<>();
    for (int i = 0; i < pairs.size(); i++) {
      learnPairs.add(new SupervisedLearner.Pair("page" + i, pairs.get(i)._1(), pairs.get(i)._2()));
    }
    // the learner of `unspin learn`, with the thesauri from the driver's model cache, so that a crawl's pairs give
    // the table `unspin learn --from-trace` would learn from them
    Store store = Store.fromEnvironment();
    SpinnerTable table = SupervisedLearner.withThesauri("crawl", Thesauri.wordNet(store, Progress.NONE),
        Thesauri.moby(store, Progress.NONE)).learn(learnPairs);
    SpinnerTables.write(table, Paths.get(settings.learnTable()));
    LOG.log(System.Logger.Level.INFO, "learned a spinner table from {0} into {1}", counted(pairs.size(), "crawl pair",
        "crawl pairs"), settings.learnTable());
    if (pairs.isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "no page of this crawl was traced to a source in it: the table written to "
          + "{0} has no entries", settings.learnTable());
    }
    return pairs.size();
  }

  /**
   * One output row. Its probabilities are rounded to four decimals as detect's and restore's JSON writes them, so
   * that a page's {@code spunProbability} and confidences are the command line's for the same text ({@code
   * results.jsonl} had written {@code 8.389888725249831E-6} where {@code detect} writes {@code 0.0000}).
   */
  static Row row(PageResult r, String cluster, String source) {
    List<Row> spans = new ArrayList<>();
    for (PageResult.SpanResult s : r.spans()) {
      // a PDF record's spans cite their page, as detect's and restore's JSON do; other spans have none
      spans.add(RowFactory.create(s.start(), s.end(), s.spun(), s.original(), fourDecimals(s.confidence()),
          s.page() > 0 ? s.page() : null));
    }
    return RowFactory.create(r.url(), r.file(), offset(r.offset()), r.spun(), fourDecimals(r.spunProbability()),
        r.spinner(), scala.jdk.javaapi.CollectionConverters.asScala(spans).toSeq(), r.restoredText(), cluster, source,
        r.notJudged(), r.disguised(), r.brokenAcronyms(), r.unrestored());
  }

  /**
   * {@code p} rounded to four decimals as the command line's JSON writes a probability ({@code %.4f}, half up): the
   * double nearest that decimal, which Spark's JSON writes as {@code 0.9997} ({@code 5.0E-4} under 0.001). NaN is
   * kept.
   */
  static double fourDecimals(double p) {
    return Double.isFinite(p) ? Double.parseDouble(String.format(Locale.ROOT, "%.4f", p)) + 0.0 : p;
  }

  /**
   * A record's offset as written: null for a record no offset reaches ({@link WarcRecords#NO_OFFSET}, inside a file
   * gzipped whole), rather than a number that would fetch another record.
   */
  static Long offset(long offset) {
    return offset == WarcRecords.NO_OFFSET ? null : offset;
  }

  /**
   * What tells two files read apart: a local file's real path (a link and its target, two spellings of one path are
   * one file), else the path as Spark names it.
   */
  static String fileKey(String file) {
    if (file.startsWith("file:")) {
      try {
        return java.nio.file.Path.of(java.net.URI.create(file)).toRealPath().toString();
      } catch (IOException | RuntimeException e) {
        return file;
      }
    }
    return file;
  }

  /** The key of a page's node: its URL, a tab, and an id no other page has. */
  static String node(String url, long id) {
    return url + '\t' + id;
  }

  /** The URL of node {@code node} ({@link #node}), or null for none. */
  static String urlOf(String node) {
    return node == null ? null : node.substring(0, node.lastIndexOf('\t'));
  }

  /** Connected components by min-label propagation: each linked node mapped to the smallest node of its component. */
  static JavaPairRDD<String, String> components(JavaPairRDD<String, String> edges, int maxIterations) {
    JavaPairRDD<String, String> adjacency = edges.union(edges.mapToPair(Tuple2::swap))
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels = adjacency.keys().distinct().mapToPair(u -> new Tuple2<>(u, u));
    for (int i = 0; i < maxIterations; i++) {
      JavaPairRDD<String, String> proposals = adjacency.join(labels)
          .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()));
      JavaPairRDD<String, String> next = labels.union(proposals)
          .reduceByKey((a, b) -> a.compareTo(b) <= 0 ? a : b)
          .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    return labels;
  }
}
