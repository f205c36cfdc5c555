// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unspin.testkit.SpunArticle;
import org.unspin.trace.Documents;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.Unspinner;
import org.unspin.trace.FingerprintSettings;
import org.unspin.trace.Fingerprinter;
import org.unspin.trace.WarcRecords;

class PureFunctionsTest {

  @Test
  void readsPagesAndRejectsFromAWarc(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("a.warc.gz");
    CrawlJobTest.writeWarc(warc);
    List<Page> pages = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    WarcPages.read(() -> Files.newInputStream(warc), "a.warc.gz", Documents.Html.ARTICLE, pages::add, rejects::add);
    assertThat(pages).extracting(Page::url)
        .containsExactly("http://news.example/source", "http://farm.example/spin", "http://sports.example/game",
            "http://fr.example/article");
    assertThat(pages.get(0).text()).startsWith("Secretary Antony Blinken");
    assertThat(rejects).extracting(Reject::url, Reject::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple("http://empty.example/", "no text (2 characters)"),
        org.assertj.core.groups.Tuple.tuple("http://img.example/a.png", "not a text page: image/png"));
    // each offset is where its own record starts, so it can be fetched again from there
    for (Page p : pages) {
      assertThat(recordAt(warc, p.offset())).isEqualTo(p.url());
    }
    for (Reject r : rejects) {
      assertThat(recordAt(warc, r.offset())).isEqualTo(r.url());
    }
  }

  @Test
  void everyPageRecordGivesAPageOrARejectThatSaysWhy(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("edge.warc.gz");
    String ok = "HTTP/1.1 200 OK\r\n";
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      w.write(new org.netpreserve.jwarc.Warcinfo.Builder().fields(Map.of("software", List.of("test"))).build());
      w.write(new org.netpreserve.jwarc.WarcRequest.Builder(java.net.URI.create("https://e.example/upper"))
          .body(new org.netpreserve.jwarc.HttpRequest.Builder("GET", "/upper").build()).build());
      w.write(http("https://e.example/upper", ok + "Content-Type: Text/HTML; charset=UTF-8\r\n", html()));
      w.write(http("https://e.example/untyped", ok, html()));
      w.write(http("https://e.example/gone", "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n", html()));
      w.write(http("https://e.example/logo", ok + "Content-Type: image/png\r\n", "\u0089PNG"));
      w.write(http("https://e.example/old", "HTTP/1.1 301 Moved Permanently\r\nLocation: https://e.example/new"
          + "\r\n", ""));
      w.write(new org.netpreserve.jwarc.WarcRevisit.Builder(java.net.URI.create("https://e.example/upper"),
          java.net.URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).build());
      w.write(new org.netpreserve.jwarc.WarcMetadata.Builder().body(org.netpreserve.jwarc.MediaType.WARC_FIELDS,
          "outlinks: https://e.example/x\r\n".getBytes(StandardCharsets.UTF_8)).build());
    }
    List<Page> pages = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    WarcPages.Counts counts = WarcPages.read(() -> Files.newInputStream(warc), "edge.warc.gz",
        Documents.Html.ARTICLE, pages::add, rejects::add);
    // six page records, six answers; the warcinfo, request and metadata records are not pages
    assertThat(counts).isEqualTo(new WarcPages.Counts(6, 3, 0));
    assertThat(pages).extracting(Page::url).containsExactly("https://e.example/upper", "https://e.example/untyped");
    assertThat(rejects).extracting(Reject::url, Reject::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple("https://e.example/gone", "HTTP 404"),
        org.assertj.core.groups.Tuple.tuple("https://e.example/logo", "not a text page: image/png"),
        org.assertj.core.groups.Tuple.tuple("https://e.example/old", "HTTP 301 redirect to https://e.example/new"),
        org.assertj.core.groups.Tuple.tuple("https://e.example/upper", Documents.REVISIT));
  }

  @Test
  void theRecordsOfAFileGzippedWholeAreWrittenWithoutAnOffset(@TempDir Path dir) throws Exception {
    Path plain = dir.resolve("crawl.warc");
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(plain,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.NONE)) {
      for (int i = 1; i <= 3; i++) {
        w.write(http("https://e.example/" + i, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", html()));
      }
    }
    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(whole)) {
      gz.write(Files.readAllBytes(plain));
    }
    List<Page> pages = new ArrayList<>();
    WarcPages.read(() -> new ByteArrayInputStream(whole.toByteArray()), "crawl.warc.gz", Documents.Html.ARTICLE,
        pages::add, r -> { });
    assertThat(pages).extracting(Page::offset).containsExactly(0L, WarcRecords.NO_OFFSET, WarcRecords.NO_OFFSET);
    PageResult r = PageAnalysis.analyze(FixtureModels.unspinner(), org.unspin.decode.fakes.Fixtures.languageModel(),
        Fingerprinter.of(FingerprintSettings.defaults()), pages.get(1));
    assertThat(CrawlJob.row(r, null, null).isNullAt(2)).isTrue(); // null, not a number that fetches another record
    assertThat(CrawlJob.RESULT.apply("offset").nullable()).isTrue();
  }

  @Test
  void aRecordWithAShortContentLengthIsRejectedAndTheNextRecordIsRead(@TempDir Path dir) throws Exception {
    // gzipped record by record, as crawlers write them; the second record's Content-Length 200 bytes short
    java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
    List<Long> starts = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
      try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(
          java.nio.channels.Channels.newChannel(plain), org.netpreserve.jwarc.WarcCompression.NONE)) {
        w.write(http("https://e.example/r" + i, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", html()));
      }
      String record = plain.toString(StandardCharsets.ISO_8859_1);
      if (i == 2) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)").matcher(record);
        assertThat(m.find()).isTrue();
        record = m.replaceFirst("Content-Length: " + (Integer.parseInt(m.group(1)) - 200));
      }
      starts.add((long) file.size());
      try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(file)) {
        gz.write(record.getBytes(StandardCharsets.ISO_8859_1));
      }
    }
    byte[] bytes = file.toByteArray();
    List<Page> pages = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    WarcPages.Counts counts = WarcPages.read(() -> new ByteArrayInputStream(bytes), "short.warc.gz",
        Documents.Html.ARTICLE, pages::add, rejects::add);
    assertThat(counts).isEqualTo(new WarcPages.Counts(2, 0, 1));
    assertThat(pages).extracting(Page::url, Page::offset).containsExactly(
        org.assertj.core.groups.Tuple.tuple("https://e.example/r1", starts.get(0)),
        org.assertj.core.groups.Tuple.tuple("https://e.example/r3", starts.get(2)));
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.url()).isEqualTo("https://e.example/r2");
      assertThat(r.offset()).isEqualTo(starts.get(1));
      assertThat(r.reason()).startsWith("corrupt WARC record: ");
    });
  }

  @Test
  void aPageTooLongToJudgeIsARejectThatSaysSo(@TempDir Path dir) throws Exception {
    // a page of 3 million characters took 83 s and 3.7 GB; one that runs an executor out of memory fails the job
    Path warc = dir.resolve("long.warc.gz");
    String para = "<p>" + SpunArticle.SOURCE + "</p>\n";
    String longPage = "<html><body>" + para.repeat(WarcPages.MAX_TEXT / SpunArticle.SOURCE.length() + 2)
        + "</body></html>";
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(Files.newByteChannel(warc,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      w.write(http("https://e.example/long", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", longPage));
      w.write(http("https://e.example/short", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", html()));
    }
    List<Page> pages = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    WarcPages.read(() -> Files.newInputStream(warc), "long.warc.gz", Documents.Html.WHOLE_PAGE, pages::add,
        rejects::add);
    assertThat(pages).extracting(Page::url).containsExactly("https://e.example/short");
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.url()).isEqualTo("https://e.example/long");
      assertThat(r.reason()).startsWith("too long to judge (").endsWith("pages of up to 1,000,000 are judged)");
    });
  }

  private static String html() {
    return "<!DOCTYPE html><html><body><article><p>" + SpunArticle.SOURCE + "</p></article></body></html>";
  }

  /** A response whose HTTP message has the status line and header lines {@code head} (each ending in CRLF). */
  private static org.netpreserve.jwarc.WarcResponse http(String url, String head, String body) {
    return new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(url)).body(
        org.netpreserve.jwarc.MediaType.HTTP_RESPONSE, (head + "\r\n" + body).getBytes(StandardCharsets.UTF_8))
        .build();
  }

  /** The target URI of the WARC record that starts at {@code offset} of {@code warc}. */
  private static String recordAt(Path warc, long offset) throws java.io.IOException {
    try (org.netpreserve.jwarc.WarcReader r = new org.netpreserve.jwarc.WarcReader(java.nio.channels.FileChannel.open(
        warc))) {
      r.position(offset);
      return ((org.netpreserve.jwarc.WarcTargetRecord) r.next().orElseThrow()).target();
    }
  }

  @Test
  void aPdfRecordCutShortIsAnUnreadablePayloadNotAScannedOne(@TempDir Path dir) throws Exception {
    // a crawler's size limit cut a PDF before its pages' text: the reject had said "a PDF without text (scanned
    // pages)", which sends a crawl engineer to OCR instead of fetching the file again
    byte[] cut = org.unspin.testkit.Pdfs.cutBeforeItsText(dir.resolve("whole.pdf"),
        List.of(List.of(List.of(SpunArticle.SOURCE.split("\n")[0]))));
    byte[] scan = Files.readAllBytes(org.unspin.testkit.Pdfs.write(dir.resolve("scan.pdf"), List.of()));
    Path warc = writePdfRecords(dir.resolve("papers.warc.gz"),
        java.util.Map.entry("https://j.example/cut.pdf", cut), java.util.Map.entry("https://j.example/scan.pdf", scan));
    List<Reject> rejects = new ArrayList<>();
    WarcPages.Counts counts = WarcPages.read(() -> Files.newInputStream(warc), "papers.warc.gz",
        Documents.Html.ARTICLE, p -> { }, rejects::add);
    assertThat(rejects).extracting(Reject::url).containsExactly("https://j.example/cut.pdf",
        "https://j.example/scan.pdf");
    assertThat(rejects.get(0).reason()).startsWith("unreadable payload: ")
        .contains("not a readable PDF: truncated").doesNotContain("scanned");
    assertThat(rejects.get(1).reason()).isEqualTo("not a text page: a PDF without text (scanned pages)");
    assertThat(counts).isEqualTo(new WarcPages.Counts(2, 0, 0));
  }

  @Test
  void theRowsProbabilitiesAreRoundedToTheFourDecimalsOfTheCommandLinesJson() {
    for (double p : new double[] {8.389888725249831E-6, 0.94083312, 0.5187499, 0.00049, 0.99996, 1.0, 0.0}) {
      PageResult r = new PageResult("u", "f", 0, p >= 0.5, p, "A",
          List.of(new PageResult.SpanResult(0, 4, "spun", "said", p, 0)), "text", "text", -2, new int[0], new long[0],
          null, 0, 0);
      org.apache.spark.sql.Row row = CrawlJob.row(r, null, null);
      // what detect's and restore's JSON write for the same probability, read back
      double json = Double.parseDouble(org.unspin.text.JsonWriter.compact().value(p, 4).toString());
      assertThat(row.<Double>getAs(4)).as("spunProbability of %s", p).isEqualTo(json);
      assertThat(((org.apache.spark.sql.Row) row.getList(6).get(0)).<Double>getAs(4)).as("confidence").isEqualTo(json);
    }
    assertThat(CrawlJob.row(new PageResult("u", "f", 0, false, 8.389888725249831E-6, "none", List.of(), "t", "t", -2,
        new int[0], new long[0], null, 0, 0), null, null).<Double>getAs(4)).isEqualTo(0.0);
  }

  @Test
  void aPdfRecordsSpansCiteTheirPage(@TempDir Path dir) throws Exception {
    // a two-page PDF served in a crawl: a clean first page, the spun article on the second
    List<List<String>> first = List.of(List.of(SpunArticle.SOURCE.split("\n")[0]));
    List<List<String>> second = java.util.Arrays.stream(SpunArticle.SPIN.split("\n")).map(List::of).toList();
    byte[] pdf = Files.readAllBytes(org.unspin.testkit.Pdfs.writePages(dir.resolve("p.pdf"),
        List.of(first, second), null, null));
    Path warc = writePdfRecords(dir.resolve("papers.warc.gz"), java.util.Map.entry("https://j.example/paper.pdf", pdf));
    List<Page> pages = new ArrayList<>();
    WarcPages.read(() -> Files.newInputStream(warc), "papers.warc.gz", Documents.Html.ARTICLE, pages::add, r -> { });
    Page page = pages.get(0);
    assertThat(page.pageStarts()).hasSize(2).first().isEqualTo(0);
    assertThat(page.text().substring(page.pageStarts().get(1))).startsWith("Secretary Antony Blinken met President");
    PageResult r = PageAnalysis.analyze(FixtureModels.unspinner(), org.unspin.decode.fakes.Fixtures.languageModel(),
        Fingerprinter.of(FingerprintSettings.defaults()), page);
    assertThat(r.spans()).isNotEmpty().allSatisfy(sp -> assertThat(sp.page()).isEqualTo(2));
    assertThat(CrawlJob.row(r, null, null).getList(6)).allSatisfy(
        row -> assertThat(((org.apache.spark.sql.Row) row).<Integer>getAs(5)).isEqualTo(2));
    // a page that is not a PDF has no pages, and its spans none
    PageResult html = PageAnalysis.analyze(FixtureModels.unspinner(), org.unspin.decode.fakes.Fixtures.languageModel(),
        Fingerprinter.of(FingerprintSettings.defaults()), new Page("x", SpunArticle.SPIN, "f", 1));
    assertThat(html.spans()).isNotEmpty().allSatisfy(sp -> assertThat(sp.page()).isZero());
    assertThat(CrawlJob.row(html, null, null).getList(6)).allSatisfy(
        row -> assertThat(((org.apache.spark.sql.Row) row).isNullAt(5)).isTrue());
  }

  @Test
  void aShortPageCalledSpunButLeftAsItIsSaysWhyInItsRow() {
    // every page at P(spun) 0.6: a short one is called spun and restored only from 0.7
    double[] w = new double[org.unspin.detect.Calibration.FEATURES.size()];
    w[0] = Math.log(0.6 / 0.4);
    org.unspin.Unspinner unsure = org.unspin.Unspinner.builder()
        .languageModel(org.unspin.decode.fakes.Fixtures.languageModel())
        .spinner(org.unspin.decode.fakes.Fixtures.familyA())
        .calibration(new org.unspin.detect.Calibration(w, w, 0.5, "test", null, 100, w, null)).build();
    PageResult r = PageAnalysis.analyze(unsure, org.unspin.decode.fakes.Fixtures.languageModel(),
        Fingerprinter.of(FingerprintSettings.defaults()), new Page("x", "Officers mentioned the visit was delayed.",
            "f", 1));
    assertThat(r.spun()).isTrue();
    assertThat(r.spans()).isEmpty();
    assertThat(r.unrestored()).startsWith("called spun (P 0.600) but not restored");
    assertThat(CrawlJob.row(r, null, null).<String>getAs(CrawlJob.RESULT.fieldIndex("unrestored")))
        .isEqualTo(r.unrestored());
    // a page restored has none
    PageResult spun = PageAnalysis.analyze(FixtureModels.unspinner(), org.unspin.decode.fakes.Fixtures.languageModel(),
        Fingerprinter.of(FingerprintSettings.defaults()), new Page("y", SpunArticle.SPIN, "f", 1));
    assertThat(spun.spans()).isNotEmpty();
    assertThat(CrawlJob.row(spun, null, null).isNullAt(CrawlJob.RESULT.fieldIndex("unrestored"))).isTrue();
  }

  @Test
  void strippingTheTextKeepsEveryPageInItsPlace() {
    assertThat(WarcPages.stripped(List.of(0, 3, 10, 40), 5, 30)).containsExactly(0, 0, 5, 30);
    assertThat(WarcPages.stripped(List.of(), 5, 30)).isEmpty();
  }

  @Test
  void aCorruptStreamEndsWithOneRejectNamingTheOffset() {
    List<Reject> rejects = new ArrayList<>();
    byte[] junk = "WARC/1.0\r\nnot a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    WarcPages.read(() -> new ByteArrayInputStream(junk), "bad.warc", Documents.Html.ARTICLE, p -> { }, rejects::add);
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.file()).isEqualTo("bad.warc");
      assertThat(r.reason()).contains("corrupt");
    });
  }

  @Test
  void analysisRestoresSpunPagesAndFingerprintsThem() {
    Unspinner u = FixtureModels.unspinner();
    Fingerprinter fp = Fingerprinter.of(FingerprintSettings.defaults());
    var lm = org.unspin.decode.fakes.Fixtures.languageModel();
    PageResult clean = PageAnalysis.analyze(u, lm, fp, new Page("s", SpunArticle.SOURCE, "f", 0));
    PageResult spun = PageAnalysis.analyze(u, lm, fp, new Page("x", SpunArticle.SPIN, "f", 1));
    assertThat(spun.spunProbability()).isGreaterThan(clean.spunProbability());
    assertThat(clean.fluency()).isGreaterThan(spun.fluency());
    assertThat(clean.restoredText()).isEqualTo(SpunArticle.SOURCE);
    assertThat(spun.bandKeys()).isNotEmpty().isSorted();
    assertThat(Fingerprinter.similarity(spun.signature(), clean.signature())).isGreaterThan(0.25);
  }

  @Test
  void aSpunPagesSourceIsItsMostSimilarCleanLookingLink() {
    Clusters.Link own = new Clusters.Link("own", 0.42, 0.1, -2.5);
    Clusters.Link sameTemplate = new Clusters.Link("template", 0.30, 0.05, -2.0);
    Clusters.Link otherSpin = new Clusters.Link("spin2", 0.60, 0.95, -3.0);
    assertThat(Clusters.source(true, List.of(sameTemplate, otherSpin, own))).isEqualTo("own");
    // equally similar: the more fluent (spinning lowers fluency), then the smaller URL
    assertThat(Clusters.source(true, List.of(new Clusters.Link("b", 0.4, 0.1, -2.0),
        new Clusters.Link("a", 0.4, 0.1, -2.6)))).isEqualTo("b");
    assertThat(Clusters.source(true, List.of(new Clusters.Link("b", 0.4, 0.1, -2.0),
        new Clusters.Link("a", 0.4, 0.1, -2.0)))).isEqualTo("a");
    // no clean-looking link, or a page not called spun (an original, another article on the same template): none
    assertThat(Clusters.source(true, List.of(otherSpin))).isNull();
    assertThat(Clusters.source(false, List.of(own, sameTemplate))).isNull();
    assertThat(Clusters.source(true, List.of())).isNull();
  }

  @Test
  void componentsLabelEachIdWithTheSmallestOfItsComponent() {
    Map<String, String> c = Clusters.components(List.of(new String[] {"d", "c"}, new String[] {"c", "b"},
        new String[] {"x", "y"}));
    assertThat(c).containsEntry("d", "b").containsEntry("c", "b").containsEntry("b", "b")
        .containsEntry("y", "x").containsEntry("x", "x");
  }

  /** A gzipped WARC file at {@code warc} holding one resource record of type application/pdf per (URI, bytes). */
  @SafeVarargs
  private static Path writePdfRecords(Path warc, java.util.Map.Entry<String, byte[]>... records) throws Exception {
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(
        Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      for (java.util.Map.Entry<String, byte[]> r : records) {
        w.write(new org.netpreserve.jwarc.WarcResource.Builder(java.net.URI.create(r.getKey()))
            .body(org.netpreserve.jwarc.MediaType.parse("application/pdf"), r.getValue()).build());
      }
    }
    return warc;
  }

  @Test
  void aFileReachedTwiceIsCountedInTheSingular(@TempDir Path dir) throws Exception {
    // a night's run naming a file and a pattern that matches it said "1 files reached by more than one input are
    // read once"
    Path warc = dir.resolve("crawl.warc.gz");
    CrawlJobTest.writeWarc(warc);
    List<Reject> nothing = new ArrayList<>();
    assertThat(CrawlJob.files(List.of(warc.toString(), dir.resolve("*.warc.gz").toString()),
        new org.apache.hadoop.conf.Configuration(), nothing)).hasSize(1);
    assertThat(nothing).isEmpty();
    assertThat(CrawlJob.readOnce(1)).isEqualTo("1 file reached by more than one input is read once");
    assertThat(CrawlJob.readOnce(3)).isEqualTo("3 files reached by more than one input are read once");
    assertThat(CrawlJob.counted(1, "crawl pair", "crawl pairs")).isEqualTo("1 crawl pair");
    assertThat(CrawlJob.counted(0, "crawl pair", "crawl pairs")).isEqualTo("0 crawl pairs");
  }
}
