// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.SpinnerTables;
import org.unspin.testkit.MarketReport;
import org.unspin.testkit.SpunArticle;
import org.unspin.trace.synthetic.WordSwapSpinner;

/** One local[2] run of the whole job on a small generated WARC. */
class CrawlJobTest {


  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("unspin-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  static void writeWarc(Path file) throws IOException {
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(response("http://news.example/source", html(SpunArticle.SOURCE)));
      // the farm disguises one word with a Cyrillic "e"
      w.write(response("http://farm.example/spin", html(SpunArticle.SPIN.replaceFirst("e", "\u0435"))));
      w.write(new WarcResource.Builder(URI.create("http://sports.example/game"))
          .body(MediaType.PLAIN_TEXT, (SpunArticle.OTHER + "\nThe customer cost index (CPI) rose 0.2% in April.")
              .getBytes(StandardCharsets.UTF_8)).build());
      w.write(response("http://empty.example/", "<html><body><p>Hi</p></body></html>"));
      w.write(response("http://fr.example/article", html(FRENCH)));
      w.write(new WarcResource.Builder(URI.create("http://img.example/a.png"))
          .body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build());
    }
  }

  /** A French news paragraph, written for this test: a page the English models do not judge. */
  static final String FRENCH = "Le gouvernement a annoncé mardi une série de mesures destinées à soutenir les "
      + "ménages face à la hausse des prix de l'énergie. Selon le ministre, ces aides coûteront plus de dix milliards "
      + "d'euros cette année, et les syndicats ont salué un premier pas.";

  static String html(String text) {
    StringBuilder sb = new StringBuilder("<html><head><title>t</title><script>var x=1;</script></head><body>");
    for (String p : text.split("\n")) {
      sb.append("<p>").append(p).append("</p>");
    }
    return sb.append("</body></html>").toString();
  }

  static WarcResponse response(String url, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    String head = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + body.length
        + "\r\n\r\n";
    byte[] http = new byte[head.length() + body.length];
    System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, http, 0, head.length());
    System.arraycopy(body, 0, http, head.length(), body.length);
    return new WarcResponse.Builder(URI.create(url)).body(MediaType.HTTP_RESPONSE, http).build();
  }

  @Test
  void writesResultsRejectsAndClustersSpinsWithTheirSource(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("crawl.warc.gz");
    writeWarc(warc);
    Path corrupt = dir.resolve("corrupt.warc");
    Files.writeString(corrupt, "WARC/1.0\r\nthis is not a header\r\n\r\n");
    // another story of the source's site, on its template: its first half is the source's
    String[] lines = SpunArticle.SOURCE.split("\n");
    Path template = dir.resolve("template.warc.gz");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(template,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(response("http://news.example/other-story", html(lines[0] + "\n" + lines[1] + "\n"
          + "Farmers in Iowa planted corn two weeks early this spring after an unusually warm and dry April.\n"
          + "Grain prices fell on the news, and traders in Chicago expect a record harvest in the autumn.")));
    }
    Path out = dir.resolve("out");
    UnspinnerFactory factory = new FixtureModels();

    Path table = dir.resolve("crawl-table.tsv");
    CrawlJob.Summary summary = CrawlJob.run(spark, JobSettings.of(List.of(warc.toString(), corrupt.toString(),
        template.toString()), out.toString()).learningInto(table.toString()), factory);

    assertThat(summary.pages()).isEqualTo(5);
    assertThat(summary.rejects()).isEqualTo(3); // the near-empty page, the image and the corrupt file
    // every record is accounted for: 7 page records and 1 damaged stretch gave 5 rows and 3 rejects
    assertThat(summary.records()).isEqualTo(7);
    assertThat(summary.damaged()).isEqualTo(1);
    assertThat(summary.pages() + summary.rejects()).isEqualTo(summary.records() + summary.damaged());
    assertThat(summary.pagesPerSecond()).isEqualTo(summary.pages() / summary.seconds());
    Dataset<Row> results = spark.read().parquet(out.resolve("results.parquet").toString());
    assertThat(results.count()).isEqualTo(5);
    Map<String, Row> byUrl = results.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("url"), r -> r));
    Row source = byUrl.get("http://news.example/source");
    Row spin = byUrl.get("http://farm.example/spin");
    Row other = byUrl.get("http://sports.example/game");
    assertThat((String) spin.getAs("clusterId")).isNotNull().isEqualTo(source.getAs("clusterId"));
    assertThat((String) other.getAs("clusterId")).isNull();
    assertThat((double) spin.getAs("spunProbability")).isGreaterThan(source.getAs("spunProbability"));
    assertThat((String) spin.getAs("sourceUrl")).isEqualTo("http://news.example/source");
    assertThat((String) source.getAs("sourceUrl")).isNull();
    // the other story shares the cluster through its template, but it is no one's spin and not the spin's source
    Row otherStory = byUrl.get("http://news.example/other-story");
    assertThat((String) otherStory.getAs("clusterId")).isEqualTo(source.getAs("clusterId"));
    assertThat((String) otherStory.getAs("sourceUrl")).isNull();
    assertThat(((String) byUrl.get("http://news.example/source").getAs("restoredText"))).contains("Diaoyutai");
    Row french = byUrl.get("http://fr.example/article"); // not English: not judged, and said so
    assertThat((String) french.getAs("notJudged")).startsWith("not English, not judged");
    assertThat((boolean) french.getAs("spun")).isFalse();
    assertThat((String) french.getAs("clusterId")).isNull();
    assertThat((String) spin.getAs("notJudged")).isNull();
    assertThat((int) spin.getAs("disguised")).isEqualTo(1);
    assertThat((int) source.getAs("disguised")).isZero();
    // an acronym its words no longer fit ("customer cost index (CPI)"), counted as detect's brokenAcronyms
    assertThat((int) other.getAs("brokenAcronyms")).isEqualTo(1);
    assertThat((int) spin.getAs("brokenAcronyms")).isZero();

    List<Row> rejects = spark.read().json(out.resolve("rejects.jsonl").toString()).collectAsList();
    assertThat(rejects).extracting(r -> (String) r.getAs("reason"))
        .anySatisfy(r -> assertThat(r).startsWith("no text"))
        .anySatisfy(r -> assertThat(r).isEqualTo("not a text page: image/png"))
        .anySatisfy(r -> assertThat(r).contains("corrupt"));
    assertThat(Files.readString(out.resolve("summary.json"))).contains("\"records\":7", "\"otherRecords\":0",
        "\"damaged\":1", "\"pages\":5", "\"rejects\":3",
        "\"notJudged\":1");
    assertThat(summary.notJudged()).isEqualTo(1);
    assertThat(spark.read().json(out.resolve("results.jsonl").toString()).count()).isEqualTo(5);
    // every line has every field, null where a page has none (Spark leaves null fields out by default)
    List<String> jsonLines;
    try (java.util.stream.Stream<Path> parts = Files.list(out.resolve("results.jsonl"))) {
      jsonLines = parts.filter(f -> f.getFileName().toString().startsWith("part-")).flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    assertThat(jsonLines).hasSize(5).allSatisfy(l -> assertThat(l).contains("\"clusterId\":", "\"sourceUrl\":",
        "\"notJudged\":"));
    // the probability as detect's JSON gives it, four decimals at most (it had been 8.389888725249831E-6)
    assertThat(jsonLines).allSatisfy(l -> assertThat(l)
        .containsPattern("\"spunProbability\":([01]\\.\\d{1,4}|[1-9]\\.\\dE-4),"));

    // learning from the crawl: the (spin, source) pair yields the spinner's substitutions, learned as `unspin learn`
    // learns them: "officials said" / "officers mentioned" is also split into its related words, so "said" ->
    // "mentioned" counts all four times, not once
    assertThat(summary.learnedPairs()).isEqualTo(1);
    SpinnerTable learned = SpinnerTables.read(table);
    assertThat(learned.entries()).anySatisfy(e -> {
      assertThat(e.original()).isEqualTo("said");
      assertThat(e.spun()).isEqualTo("mentioned");
      assertThat(e.count()).isEqualTo(4);
    });
    assertThat(learned.entries()).anySatisfy(e -> {
      assertThat(e.original()).isEqualTo("officials");
      assertThat(e.spun()).isEqualTo("officers");
    });
  }

  @Test
  void aUrlCrawledTwiceGivesTwoRowsEachWithItsSource(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("twice.warc.gz");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(response("http://news.example/source", html(SpunArticle.SOURCE)));
      w.write(response("http://farm.example/spin", html(SpunArticle.SPIN)));
      w.write(response("http://farm.example/spin", html(SpunArticle.SPIN))); // fetched again
    }
    Path out = dir.resolve("out");
    CrawlJob.Summary summary = CrawlJob.run(spark, JobSettings.of(List.of(warc.toString()), out.toString()),
        new FixtureModels());

    List<Row> rows = spark.read().parquet(out.resolve("results.parquet").toString()).collectAsList();
    assertThat(summary.pages()).isEqualTo(3);
    assertThat(rows).hasSize(3);
    List<Row> spins = rows.stream().filter(r -> r.getAs("url").equals("http://farm.example/spin")).toList();
    assertThat(spins).hasSize(2).allSatisfy(r -> {
      assertThat((String) r.getAs("sourceUrl")).isEqualTo("http://news.example/source");
      assertThat((String) r.getAs("clusterId")).isEqualTo("http://farm.example/spin"); // the smallest URL
    });
    assertThat(spins).extracting(r -> (long) r.getAs("offset")).doesNotHaveDuplicates();
  }

  @Test
  void aFolderIsReadWithItsSubfolders(@TempDir Path dir) throws Exception {
    Path crawl = dir.resolve("crawl");
    Files.createDirectories(crawl.resolve("2024/05"));
    Files.createDirectories(crawl.resolve(".partial"));
    for (String[] page : new String[][] {{"top.warc.gz", "http://news.example/source", SpunArticle.SOURCE},
        {"2024/05/inner.warc.gz", "http://farm.example/spin", SpunArticle.SPIN},
        {".partial/hidden.warc.gz", "http://hidden.example/", SpunArticle.OTHER}}) {
      try (WarcWriter w = new WarcWriter(Files.newByteChannel(crawl.resolve(page[0]),
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
        w.write(response(page[1], html(page[2])));
      }
    }
    Path out = dir.resolve("out");
    CrawlJob.run(spark, JobSettings.of(List.of(crawl.toString()), out.toString()), new FixtureModels());

    assertThat(spark.read().parquet(out.resolve("results.parquet").toString()).collectAsList())
        .extracting(r -> (String) r.getAs("url"))
        .containsExactlyInAnyOrder("http://news.example/source", "http://farm.example/spin");
  }

  @Test
  void aFileReachedByTwoInputsIsReadOnce(@TempDir Path dir) throws Exception {
    // a folder, a pattern matching its file and a link to that file: the file had been read three times, every page
    // clustered with its own copies
    Path crawl = Files.createDirectories(dir.resolve("crawl"));
    Path warc = crawl.resolve("a.warc.gz");
    writeWarc(warc);
    Path link = Files.createSymbolicLink(dir.resolve("link.warc.gz"), warc);
    Path out = dir.resolve("out");
    CrawlJob.Summary summary = CrawlJob.run(spark, JobSettings.of(List.of(crawl.toString(),
        crawl.resolve("*.warc.gz").toString(), link.toString()), out.toString()), new FixtureModels());

    assertThat(summary.inputs()).isEqualTo(1);
    assertThat(summary.records()).isEqualTo(6);
    assertThat(spark.read().parquet(out.resolve("results.parquet").toString()).collectAsList())
        .extracting(r -> (String) r.getAs("url")).doesNotHaveDuplicates().hasSize((int) summary.pages());
  }

  @Test
  void aFileNamedIsReadWhateverItsNameHolds(@TempDir Path dir) throws Exception {
    // Spark's binaryFiles read the inputs as one comma-separated list of patterns: "c,d.warc.gz" was two paths not
    // there, "e{1}.warc.gz" and "f[1].warc.gz" patterns (e{1} read e1.warc.gz instead), and a file named
    // "_b.warc.gz" was "Input path does not exist", which stopped the job
    List<String> names = List.of("_b.warc.gz", ".c.warc.gz", "c,d.warc.gz", "e{1}.warc.gz", "f[1].warc.gz",
        "g\\h.warc.gz", "x*y?.warc.gz");
    for (String name : names) {
      writeWarc(dir.resolve(name));
    }
    Files.copy(dir.resolve("c,d.warc.gz"), dir.resolve("e1.warc.gz")); // what "e{1}" matches as a pattern
    Path out = dir.resolve("out");
    CrawlJob.Summary summary = CrawlJob.run(spark, JobSettings.of(names.stream().map(n -> dir.resolve(n).toString())
        .toList(), out.toString()), new FixtureModels());

    assertThat(summary.inputs()).isEqualTo(names.size());
    assertThat(summary.records()).isEqualTo(6L * names.size());
    assertThat(spark.read().parquet(out.resolve("results.parquet").toString()).select("file").distinct()
        .collectAsList()).extracting(r -> r.getString(0))
        .containsExactlyInAnyOrderElementsOf(names.stream().map(n -> "file:" + dir.resolve(n)).toList());
  }

  /** Models that cannot be made: every task that analyses a page fails, and with it the job. */
  private static final class BrokenModels implements UnspinnerFactory {
    private static final long serialVersionUID = 1L;

    @Override
    public Models create() throws IOException {
      throw new IOException("no models here");
    }
  }

  @Test
  void aRunThatFailsLeavesNoSummaryOfAnEarlierRunBehind(@TempDir Path dir) throws Exception {
    // a nightly run stopped halfway had left the night before's summary.json beside its own part-written outputs,
    // which read as a finished run
    Path warc = dir.resolve("crawl.warc.gz");
    writeWarc(warc);
    Path out = dir.resolve("out");
    CrawlJob.run(spark, JobSettings.of(List.of(warc.toString()), out.toString()), new FixtureModels());
    assertThat(out.resolve("summary.json")).exists();

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CrawlJob.run(spark,
        JobSettings.of(List.of(warc.toString()), out.toString()), new BrokenModels()))
        .hasStackTraceContaining("no models here");
    assertThat(out.resolve("summary.json")).doesNotExist();
  }

  @Test
  void aZeroByteInputIsCountedAsAnInputOfNoRecords(@TempDir Path dir) throws Exception {
    // a fetch that wrote nothing left a zero-byte WARC among a night's files: it was in no figure of the summary
    Path warc = dir.resolve("crawl.warc.gz");
    writeWarc(warc);
    Path folder = Files.createDirectories(dir.resolve("more"));
    Path empty = Files.createFile(dir.resolve("empty.warc.gz"));
    Files.createFile(folder.resolve("empty-too.warc"));
    Path out = dir.resolve("out");
    CrawlJob.Summary summary = CrawlJob.run(spark, JobSettings.of(List.of(warc.toString(), empty.toString(),
        folder.toString()), out.toString()), new FixtureModels());

    assertThat(summary.inputs()).isEqualTo(3); // the WARC and both empty files, each an input of no records
    assertThat(summary.records()).isEqualTo(6);
    assertThat(summary.damaged()).isZero();
    assertThat(summary.pages() + summary.rejects()).isEqualTo(summary.records() + summary.damaged());
    assertThat(Files.readString(out.resolve("summary.json"))).startsWith("{\"inputs\":3,\"records\":6,");
  }

  @Test
  void aRecordNoOffsetReachesIsWrittenWithANullOffset(@TempDir Path dir) throws Exception {
    // gzipped whole: only the first record starts a gzip member
    java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(plain), WarcCompression.NONE)) {
      w.write(response("http://news.example/source", html(SpunArticle.SOURCE)));
      w.write(response("http://news.example/other", html(SpunArticle.OTHER)));
      w.write(new WarcResource.Builder(URI.create("http://img.example/a.png"))
          .body(MediaType.parse("image/png"), new byte[] {1, 2, 3}).build());
    }
    Path warc = dir.resolve("whole.warc.gz");
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(warc))) {
      gz.write(plain.toByteArray());
    }
    Path out = dir.resolve("out");
    CrawlJob.run(spark, JobSettings.of(List.of(warc.toString()), out.toString()), new FixtureModels());

    Map<String, Row> byUrl = spark.read().parquet(out.resolve("results.parquet").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("url"), r -> r));
    assertThat((long) byUrl.get("http://news.example/source").getAs("offset")).isZero();
    assertThat(byUrl.get("http://news.example/other").isNullAt(byUrl.get("http://news.example/other")
        .fieldIndex("offset"))).isTrue();
    try (java.util.stream.Stream<Path> parts = Files.list(out.resolve("rejects.jsonl"))) {
      assertThat(parts.filter(f -> f.getFileName().toString().startsWith("part-")).flatMap(f -> {
        try {
          return Files.readAllLines(f).stream();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      })).singleElement().asString().contains("\"offset\":null", "\"url\":\"http://img.example/a.png\"");
    }
  }

  @Test
  void reportsWrittenOnOneTemplateAreNotClusteredTogether(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("reports.warc.gz");
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int day = 1; day <= 4; day++) {
        w.write(response("http://markets.example/day" + day, html(MarketReport.of(day))));
      }
      w.write(response("http://farm.example/day2", html(WordSwapSpinner.withRate(0.5).spin(MarketReport.of(2), 1))));
    }
    Path out = dir.resolve("out");
    CrawlJob.run(spark, JobSettings.of(List.of(warc.toString()), out.toString()), new FixtureModels());

    Map<String, Row> byUrl = spark.read().parquet(out.resolve("results.parquet").toString()).collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getAs("url"), r -> r));
    assertThat((String) byUrl.get("http://farm.example/day2").getAs("clusterId")).isNotNull()
        .isEqualTo(byUrl.get("http://markets.example/day2").getAs("clusterId"));
    for (int day : new int[] {1, 3, 4}) {
      assertThat((String) byUrl.get("http://markets.example/day" + day).getAs("clusterId")).as("day " + day).isNull();
    }
  }
}
