// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.testkit.SpunArticle;
import org.unspin.Unspinner;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.server.ServerSettings;
import org.unspin.server.Service;
import org.unspin.server.UnspinServer;

class ServeCommandTest {

  /** A restorer of family A over the test language model. */
  private static Unspinner familyA() {
    return Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
  }

  /** A server of {@code u} on a free port. */
  private static UnspinServer serving(Unspinner u) throws java.io.IOException {
    return UnspinServer.start(ServeCommand.service(u), ServerSettings.builder().port(0).build());
  }

  @Test
  void theServerAnswersWithTheSameJsonAsTheCli() throws Exception {
    Unspinner u = familyA();
    String text = "the minister mentioned the talks were useful .";
    try (UnspinServer server = serving(u)) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> restore = client.send(HttpRequest.newBuilder(URI.create(server.address()
          + "/v1/restore")).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(restore.statusCode()).isEqualTo(200);
      assertThat(restore.body())
          .isEqualTo(Reports.restoreJson(List.of(new Reports.Named<>("-", u.restore(text))), u.threshold()));
      HttpResponse<String> detect = client.send(HttpRequest.newBuilder(URI.create(server.address()
          + "/v1/detect")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(detect.body()).isEqualTo(Reports.detectJson(List.of(new Reports.Named<>("-", u.detect(text)))));
      HttpResponse<String> neural = client.send(HttpRequest.newBuilder(URI.create(server.address()
          + "/v1/detect")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\",\"neural\":true}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(neural.statusCode()).isEqualTo(400);

      // a batch answers each line with the same object, after its line number and id; a refusal is that line's
      HttpResponse<String> batch = client.send(HttpRequest.newBuilder(URI.create(server.address()
          + "/v1/restore")).header("Content-Type", "application/x-ndjson")
          .POST(HttpRequest.BodyPublishers.ofString("{\"id\": 1, \"text\": \"" + text + "\"}\n"
              + "{\"id\": 2, \"text\": \"x\", \"neural\": true}\n")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(batch.statusCode()).isEqualTo(200);
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      List<String> lines = batch.body().lines().toList();
      assertThat(lines).hasSize(2);
      com.fasterxml.jackson.databind.node.ObjectNode first =
          (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(lines.get(0));
      assertThat(first.remove("line").asInt()).isEqualTo(1);
      assertThat(first.remove("id").asInt()).isEqualTo(1);
      assertThat(first).isEqualTo(json.readTree(restore.body()));
      assertThat(json.readTree(lines.get(1)).get("error").asText()).contains("--neural");
    }
  }

  /**
   * Family A over the test language model with every text and paragraph at P(spun) {@code p}, and texts under 100
   * words short.
   */
  static Unspinner everyTextAt(double p) {
    double[] w = new double[org.unspin.detect.Calibration.FEATURES.size()];
    w[0] = Math.log(p / (1 - p)); // the bias alone
    return Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(new org.unspin.detect.Calibration(w, w, 0.5, "test", null, 100, w, null)).build();
  }

  @Test
  void theServersRestoreAnswerSaysWhyAShortTextCalledSpunWasLeftAsItIs() throws Exception {
    // an integrity team's service read spunProbability 0.6 beside "edits": [] as a bug
    String text = "Officers mentioned the visit was delayed.";
    try (UnspinServer unsure = serving(everyTextAt(0.6)); UnspinServer sure = serving(everyTextAt(0.8))) {
      com.fasterxml.jackson.databind.JsonNode left = answer(unsure, "/v1/restore", text);
      assertThat(left.get("spunProbability").asDouble()).isEqualTo(0.6);
      assertThat(left.get("edits")).isEmpty();
      assertThat(left.get("unrestored").asText()).isEqualTo("called spun (P 0.600) but not restored: a text under "
          + "100 words is restored from P 0.7");
      com.fasterxml.jackson.databind.JsonNode restored = answer(sure, "/v1/restore", text);
      assertThat(restored.get("edits")).isNotEmpty();
      assertThat(restored.has("unrestored")).isFalse();
    }
  }

  @Test
  void healthSaysWhatRequestsMayAskFor() throws Exception {
    Unspinner u = familyA();
    assertThat(ServeCommand.service(u).healthJson()).isEqualTo("{\"spinners\":[\"A\"],\"neural\":false,"
        + "\"trace\":false}");
    assertThat(ServeCommand.service(u, u, null).healthJson()).contains("\"neural\":true", "\"trace\":false");
  }

  @Test
  void aLatexSourceIsReadAsItsProse() throws Exception {
    Unspinner u = familyA();
    try (UnspinServer server = serving(u)) {
      HttpClient client = HttpClient.newHttpClient();
      String tex = "\\documentclass{article}\\begin{document}\\section{Intro}"
          + "the minister mentioned~\\cite{x} the talks $x^2$ .\\end{document}";
      HttpResponse<String> text = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/text"))
          .header("Content-Type", "application/x-tex").POST(HttpRequest.BodyPublishers.ofString(tex)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(text.statusCode()).isEqualTo(200);
      assertThat(text.body()).isEqualTo("{\"text\":\"Intro\\n\\nthe minister mentioned the talks.\\n\"}");
    }
  }

  @Test
  void aJatsArticleIsReadAsItsProseAndAnotherXmlFileIsA400() throws Exception {
    Unspinner u = familyA();
    try (UnspinServer server = serving(u)) {
      HttpClient client = HttpClient.newHttpClient();
      String xml = "<article><front><article-meta><title-group><article-title>Intro</article-title></title-group>"
          + "</article-meta></front><body><p>the minister mentioned<sup><xref>1</xref></sup> the talks"
          + "<inline-formula>x</inline-formula>.</p></body></article>";
      for (String type : List.of("application/jats+xml", "application/xml", "text/xml; charset=utf-8")) {
        HttpResponse<String> text = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/text"))
            .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(xml)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(text.statusCode()).as(type).isEqualTo(200);
        assertThat(text.body()).isEqualTo("{\"text\":\"Intro\\n\\nthe minister mentioned the talks x.\\n\"}");
      }
      HttpResponse<String> detect = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/detect"))
          .header("Content-Type", "application/jats+xml").POST(HttpRequest.BodyPublishers.ofString(xml)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(detect.statusCode()).isEqualTo(200);
      assertThat(detect.body()).contains("\"spunProbability\"");
      HttpResponse<String> other = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/text"))
          .header("Content-Type", "application/xml").POST(HttpRequest.BodyPublishers.ofString("<feed><a/></feed>"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(other.statusCode()).isEqualTo(400);
      assertThat(other.body()).contains("not a JATS article", "<feed>");
    }
  }

  @Test
  void aPdfSentToDetectOrRestoreIsJudgedWithItsPages(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Unspinner u = familyA();
    java.nio.file.Path pdf = org.unspin.testkit.Pdfs.writePages(dir.resolve("p.pdf"),
        List.of(List.of(List.of("the talks were useful .")),
            List.of(List.of("the minister mentioned the talks were useful ."))), null, null);
    org.unspin.text.PagedText text = org.unspin.trace.Documents.pdf(pdf);
    try (UnspinServer server = serving(u)) {
      HttpClient client = HttpClient.newHttpClient();
      for (String path : List.of("/v1/restore", "/v1/detect")) {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.address() + path))
            .header("Content-Type", "application/pdf")
            .POST(HttpRequest.BodyPublishers.ofByteArray(java.nio.file.Files.readAllBytes(pdf))).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        Reports.Named<?> named = path.endsWith("restore")
            ? new Reports.Named<>("-", u.restore(text.text())).withPages(text.pageStarts())
            : new Reports.Named<>("-", u.detect(text.text())).withPages(text.pageStarts());
        @SuppressWarnings("unchecked")
        String expected = path.endsWith("restore")
            ? Reports.restoreJson(List.of((Reports.Named<org.unspin.Restoration>) named), u.threshold())
            : Reports.detectJson(List.of((Reports.Named<org.unspin.DetectionResult>) named));
        assertThat(r.body()).isEqualTo(expected).contains("\"pages\": 2", "\"page\": 2");
      }
    }
  }

  @Test
  void theTextOfAPdfWhoseFontGivesANulIsTakenBackByDetect(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // the web page's two requests: the file's text from /v1/text, then that text as JSON to /v1/detect (which had
    // refused it: "the \"text\" holds a NUL character")
    java.nio.file.Path pdf = org.unspin.testkit.Pdfs.writeMapped(dir.resolve("nul.pdf"),
        "the minister mentioned# the talks were useful .", '#', '\0');
    try (UnspinServer server = serving(familyA())) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> text = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/text"))
          .header("Content-Type", "application/pdf")
          .POST(HttpRequest.BodyPublishers.ofByteArray(java.nio.file.Files.readAllBytes(pdf))).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(text.statusCode()).isEqualTo(200);
      assertThat(text.body()).contains("mentioned\uFFFD the talks");
      HttpResponse<String> detect = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/detect"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text.body())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(detect.statusCode()).as(detect.body()).isEqualTo(200);
    }
  }

  @Test
  void annotateAnswersACopyOfThePdfOrWordFileWithItsSpansMarked(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    Unspinner u = familyA();
    java.nio.file.Path pdf = org.unspin.testkit.Pdfs.write(dir.resolve("p.pdf"), List.of(Fixtures.SPUN));
    byte[] bytes = java.nio.file.Files.readAllBytes(pdf);
    try (UnspinServer server = serving(u)) {
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/annotate"))
          .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
      org.unspin.DetectionResult d = u.detect(org.unspin.trace.Documents.pdf(pdf).text());
      assertThat(d.spans()).isNotEmpty();
      try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(r.body())) {
        List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> marks = doc.getPage(0).getAnnotations();
        assertThat(marks).hasSize(d.spans().size() + 1);
        assertThat(marks.get(0).getContents()).startsWith("unspin: ");
        assertThat(marks.get(1).getContents()).isEqualTo(AnnotatedCopies.note(d.spans().get(0)));
      }
      // a Word manuscript: a comment per span, the text as it was
      byte[] docx = java.nio.file.Files.readAllBytes(org.unspin.testkit.Docx.write(dir.resolve("m.docx"),
          org.unspin.testkit.Docx.paragraph(String.join(" ", Fixtures.SPUN))));
      String word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      HttpResponse<byte[]> w = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/annotate"))
          .header("Content-Type", word).POST(HttpRequest.BodyPublishers.ofByteArray(docx)).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(w.statusCode()).isEqualTo(200);
      org.unspin.DetectionResult wd = u.detect(org.unspin.trace.Documents.docxToText(docx, "m"));
      assertThat(org.unspin.trace.WordAnnotator.comments(w.body())).hasSize(wd.spans().size() + 1)
          .containsEntry(1, AnnotatedCopies.note(wd.spans().get(0)));
      assertThat(org.unspin.trace.Documents.docxToText(w.body(), "copy")).isEqualTo(
          org.unspin.trace.Documents.docxToText(docx, "m"));
      byte[] odt = java.nio.file.Files.readAllBytes(org.unspin.testkit.Docx.writeOdt(dir.resolve("m.odt"),
          "<text:p>" + String.join(" ", Fixtures.SPUN) + "</text:p>"));
      HttpResponse<byte[]> o = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/annotate"))
          .header("Content-Type", "application/vnd.oasis.opendocument.text")
          .POST(HttpRequest.BodyPublishers.ofByteArray(odt)).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(o.statusCode()).isEqualTo(200);
      assertThat(org.unspin.trace.Documents.odtToText(o.body(), "copy")).isEqualTo(
          org.unspin.trace.Documents.odtToText(odt, "m"));
      String content = null;
      try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
          new java.io.ByteArrayInputStream(o.body()))) {
        for (java.util.zip.ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
          if (e.getName().equals("content.xml")) {
            content = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
          }
        }
      }
      org.unspin.DetectionResult od = u.detect(org.unspin.trace.Documents.odtToText(odt, "m"));
      assertThat(content.split("<office:annotation ", -1)).hasSize(od.spans().size() + 2); // and the verdict's
      HttpResponse<String> notPdf = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/annotate"))
          .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("text")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(notPdf.statusCode()).isEqualTo(415);
      HttpResponse<String> broken = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/annotate"))
          .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4 x")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(broken.statusCode()).isEqualTo(400);
      assertThat(broken.body()).contains("the PDF");
      // a file whose text is longer than the server takes is refused before it is judged
      int chars = org.unspin.trace.Documents.docxToText(docx, "m").length();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> ServeCommand.service(u).annotate(word, docx, chars - 1))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than the");
      assertThat(ServeCommand.service(u).annotate(word, docx, chars)).isNotEmpty();
    }
  }

  @Test
  void aRequestsOperatingPointMovesItsVerdictAndEditsAsTheOptionsDo() throws Exception {
    Unspinner u = RestoreDetectCommandTest.fixtureUnspinner();
    org.unspin.server.Service s = ServeCommand.service(u);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    String clean = java.nio.file.Files.readString(RestoreDetectCommandTest.GOLDEN.resolve("clean.in.txt"));
    org.unspin.server.Service.Options keen = new org.unspin.server.Service.Options(false, false, 0.03, null);
    assertThat(s.detectJson(clean, keen)).isEqualTo(Reports.detectJson(List.of(new Reports.Named<>("-",
        u.withThreshold(0.03).detect(clean)))));
    assertThat(json.readTree(s.detectJson(clean, keen)).get("spun").asBoolean()).isTrue();
    assertThat(json.readTree(s.detectJson(clean, org.unspin.server.Service.Options.DEFAULT)).get("spun").asBoolean())
        .isFalse();
    String spun = java.nio.file.Files.readString(RestoreDetectCommandTest.GOLDEN.resolve("spun.in.txt"));
    // an operating point above the least sure of the spun sample's edits
    double least = u.restore(spun).edits().stream().mapToDouble(org.unspin.Edit::confidence).min().orElseThrow();
    double bar = Math.min(1, least + 1e-6);
    org.unspin.server.Service.Options sure = new org.unspin.server.Service.Options(false, false, null, bar);
    assertThat(s.restoreJson(spun, sure)).isEqualTo(Reports.restoreJson(List.of(new Reports.Named<>("-",
        u.withMinConfidence(bar).restore(spun))), u.threshold()));
    assertThat(json.readTree(s.restoreJson(spun, sure)).get("edits").size())
        .isLessThan(json.readTree(s.restoreJson(spun, org.unspin.server.Service.Options.DEFAULT)).get("edits").size());
    org.unspin.server.Service withNeural = ServeCommand.service(u, u, null);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> withNeural.restoreJson(spun,
        new org.unspin.server.Service.Options(true, false, null, 0.9))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--min-confidence");
  }

  /** {@code unspin serve ARGS} as the command line starts it (the fixture models), on a free port. */
  private static UnspinServer served(String... args) throws Exception {
    picocli.CommandLine cl = Cli.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter()));
    List<String> all = new java.util.ArrayList<>(List.of("serve", "--port", "0", "--no-access-log"));
    all.addAll(List.of(args));
    picocli.CommandLine.ParseResult parsed = cl.parseArgs(all.toArray(String[]::new));
    return ((ServeCommand) parsed.subcommand().commandSpec().userObject()).start();
  }

  /** The server's answer to {@code text} at {@code path} ("/v1/detect", "/v1/restore"). */
  private static com.fasterxml.jackson.databind.JsonNode answer(UnspinServer server, String path, String text)
      throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.address()
        + path)).header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
  }

  @Test
  void theServerJudgesWithTheCalibrationFileGiven(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // a trust-and-safety team that calibrated on its own texts had other verdicts from its server than from detect
    String clean = java.nio.file.Files.readString(RestoreDetectCommandTest.GOLDEN.resolve("clean.in.txt"));
    Unspinner u = RestoreDetectCommandTest.fixtureUnspinner(); // clean.in.txt: P(spun) 0.0402, threshold 0.5
    java.nio.file.Path mine = dir.resolve("mine.properties");
    java.nio.file.Files.writeString(mine, RestoreDetectCommandTest.fixtureCalibration().withThreshold(0.03).format());
    Models.testOverride = o -> u;
    try (UnspinServer plain = served(); UnspinServer own = served("--calibration", mine.toString())) {
      com.fasterxml.jackson.databind.JsonNode plainDetect = answer(plain, "/v1/detect", clean);
      com.fasterxml.jackson.databind.JsonNode ownDetect = answer(own, "/v1/detect", clean);
      assertThat(plainDetect.get("spun").asBoolean()).isFalse();
      assertThat(ownDetect.get("spun").asBoolean()).isTrue(); // the page shows the answers' verdicts
      assertThat(ownDetect.get("spunProbability")).isEqualTo(plainDetect.get("spunProbability"));
      // restore follows the same verdict, in its paragraphs and its reasons
      com.fasterxml.jackson.databind.JsonNode plainRestore = answer(plain, "/v1/restore", clean);
      com.fasterxml.jackson.databind.JsonNode ownRestore = answer(own, "/v1/restore", clean);
      assertThat(plainRestore.get("paragraphs").get(0).get("spun").asBoolean()).isFalse();
      assertThat(ownRestore.get("paragraphs").get(0).get("spun").asBoolean()).isTrue();
      assertThat(ownRestore.get("reasons").asText()).isNotEqualTo(plainRestore.get("reasons").asText());
    } finally {
      Models.testOverride = null;
    }
  }

  @Test
  void aDamagedCalibrationFileStopsTheServerBeforeAnyModelLoads(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path mine = dir.resolve("mine.properties");
    java.nio.file.Files.writeString(mine, org.unspin.detect.Calibration.defaults().format()
        .replace("threshold=0.500000", "threshold=0,5"));
    Models.testOverride = o -> {
      throw new IllegalStateException("models asked for");
    };
    try {
      RestoreDetectCommandTest.Run bad = RestoreDetectCommandTest.run("serve", "--port", "0", "--calibration",
          mine.toString());
      assertThat(bad.code()).isEqualTo(Cli.BAD_INPUT);
      assertThat(bad.err()).contains("unspin serve: " + mine + ":4: key 'threshold' is not a number: 0,5")
          .doesNotContain("models asked for", "serving on");
      RestoreDetectCommandTest.Run missing = RestoreDetectCommandTest.run("serve", "--port", "0", "--calibration",
          dir.resolve("nope.properties").toString());
      assertThat(missing.code()).isEqualTo(Cli.BAD_INPUT);
      assertThat(missing.err()).contains("nope.properties: no such file (--calibration)");
    } finally {
      Models.testOverride = null;
    }
  }

  @Test
  void theOperatingPointsAreCheckedBeforeAnyModelLoads() {
    for (String[] bad : new String[][] {{"--min-confidence", "0"}, {"--threshold", "1"}}) {
      RestoreDetectCommandTest.Run r = RestoreDetectCommandTest.run("serve", "--port", "0", bad[0], bad[1]);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains(bad[0]);
    }
  }

  @Test
  void learnedSpinnerTablesAreLoadedAsRestoreAndDetectLoadThem() {
    // a trial's own spinner, learned with unspin learn, could be restored on the command line but not served
    java.util.concurrent.atomic.AtomicReference<Models.Options> asked =
        new java.util.concurrent.atomic.AtomicReference<>();
    Models.testOverride = o -> {
      asked.set(o);
      throw new IllegalStateException("models asked for");
    };
    try {
      RestoreDetectCommandTest.run("serve", "--port", "0", "--spinner-table", "acme.tsv", "--spinner-table", "b.tsv");
    } finally {
      Models.testOverride = null;
    }
    assertThat(asked.get().spinnerTables()).containsExactly(java.nio.file.Path.of("acme.tsv"),
        java.nio.file.Path.of("b.tsv"));
  }

  @Test
  void aBadServerOptionIsSaidInItsOwnName() throws Exception {
    RestoreDetectCommandTest.Run port = RestoreDetectCommandTest.run("serve", "--port", "-1");
    assertThat(port.code()).isEqualTo(Cli.USAGE);
    assertThat(port.err()).contains("--port must be 0 to 65535 (0: a free one), not -1");
    RestoreDetectCommandTest.Run body = RestoreDetectCommandTest.run("serve", "--max-body", "0");
    assertThat(body.code()).isEqualTo(Cli.USAGE);
    assertThat(body.err()).contains("--max-body must be at least 1 byte, not 0").doesNotContain("maxBodyBytes");
    RestoreDetectCommandTest.Run host = RestoreDetectCommandTest.run("serve", "--allowed-host", "example.org:8443",
        "--table", "/nonexistent/table.tsv");
    assertThat(host.code()).isEqualTo(Cli.USAGE);
    assertThat(host.err()).contains("--allowed-host example.org:8443 must be a host name without its port")
        .doesNotContain("table.tsv");
  }

  @Test
  void aHostThatDoesNotResolveIsNamedBeforeAnyModelLoads() throws Exception {
    // "Unresolved address" had said neither the name nor the option (exit 3, after the models with --port 0)
    RestoreDetectCommandTest.Run r = RestoreDetectCommandTest.run("serve", "--host", "nosuchhost.invalid", "--port",
        "0", "--table", "/nonexistent/table.tsv");
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--host nosuchhost.invalid does not resolve to an address")
        .doesNotContain("Unresolved address", "table.tsv");
  }

  @Test
  void aPortInUseIsSaidBeforeAnyModelLoads() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 50,
        java.net.InetAddress.getByName("127.0.0.1"))) {
      RestoreDetectCommandTest.Run r = RestoreDetectCommandTest.run("serve", "--port",
          String.valueOf(taken.getLocalPort()), "--table", "/nonexistent/table.tsv");
      assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
      // the missing table, read with the models, was never reached
      assertThat(r.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("table.tsv");
    }
  }

  @Test
  void anIndexUpdatedWhileServingIsReadAgainAndABrokenOneLeavesTheOldInPlace(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path a = java.nio.file.Files.createDirectories(dir.resolve("a"));
    java.nio.file.Files.writeString(a.resolve("source.txt"), SpunArticle.SOURCE);
    java.nio.file.Path idx = dir.resolve("idx");
    assertThat(LearnFromTraceTest.run("index", "--out", idx.toString(), a.toString()).code()).isZero();
    java.util.List<String> said = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    ServeCommand.ReloadingIndex index = new ServeCommand.ReloadingIndex(idx, java.time.Duration.ZERO, said::add);
    assertThat(index.get().size()).isEqualTo(1);
    java.nio.file.Path b = java.nio.file.Files.createDirectories(dir.resolve("b"));
    java.nio.file.Files.writeString(b.resolve("other.txt"), SpunArticle.OTHER);
    assertThat(LearnFromTraceTest.run("index", "--update", "--out", idx.toString(), b.toString()).code()).isZero();
    // a file time the index had not (the update may fall in the same clock tick as the first write)
    java.nio.file.Files.setLastModifiedTime(idx, java.nio.file.attribute.FileTime.fromMillis(
        System.currentTimeMillis() + 10_000));
    // the reader publishes the new index and then says so: wait for both
    for (int i = 0; i < 500 && (index.get().size() == 1 || said.isEmpty()); i++) {
      Thread.sleep(10);
    }
    assertThat(index.get().size()).isEqualTo(2);
    assertThat(said).anySatisfy(s -> assertThat(s).contains("read the changed index", "(2 documents)"));
    // a damaged file is said, and the index read before answers on
    java.nio.file.Files.write(idx, new byte[] {1, 2, 3});
    java.nio.file.Files.setLastModifiedTime(idx, java.nio.file.attribute.FileTime.fromMillis(
        System.currentTimeMillis() + 20_000));
    for (int i = 0; i < 500 && said.size() < 2; i++) {
      index.get();
      Thread.sleep(10);
    }
    assertThat(said).hasSize(2).last().asString().contains("changed but could not be read");
    assertThat(index.get().size()).isEqualTo(2);
  }

  @Test
  void traceTrueAddsTheSourcesFromTheIndex(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Unspinner u = RestoreDetectCommandTest.fixtureUnspinner();
    java.nio.file.Path idx = LearnFromTraceTest.sourceIndex(dir);
    try (UnspinServer server = UnspinServer.start(
        ServeCommand.service(u, null, org.unspin.trace.TraceIndex.open(idx)), ServerSettings.builder().port(0)
            .build())) {
      HttpClient client = HttpClient.newHttpClient();
      String body = "{\"text\":" + TraceCommand.quote(SpunArticle.SPIN) + ",\"trace\":true}";
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/restore"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      com.fasterxml.jackson.databind.JsonNode trace = new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(r.body()).get("trace");
      assertThat(trace.get("document").asText()).isEqualTo("-");
      assertThat(trace.get("sources").get(0).get("rank").asInt()).isEqualTo(1);
      assertThat(trace.get("sources").get(0).get("source").asText()).endsWith("source.txt");
    }
    try (UnspinServer server = serving(u)) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.address()
          + "/v1/detect")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\",\"trace\":true}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("--index");
    }
  }

  @Test
  void aTracedAnswerIsTheAnswerWithItsTraceMemberWrittenInsideTheObjectAsTheOthers(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    Unspinner u = RestoreDetectCommandTest.fixtureUnspinner();
    java.nio.file.Path idx = LearnFromTraceTest.sourceIndex(dir);
    try (UnspinServer server = UnspinServer.start(
        ServeCommand.service(u, null, org.unspin.trace.TraceIndex.open(idx)), ServerSettings.builder().port(0)
            .build())) {
      HttpClient client = HttpClient.newHttpClient();
      com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
      for (String path : List.of("/v1/restore", "/v1/detect")) {
        String text = "{\"text\":" + TraceCommand.quote(SpunArticle.SPIN);
        String plain = client.send(HttpRequest.newBuilder(URI.create(server.address() + path))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(text + "}")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        String traced = client.send(HttpRequest.newBuilder(URI.create(server.address() + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(text + ",\"trace\":true}")).build(),
            HttpResponse.BodyHandlers.ofString()).body();
        // the answer's members byte for byte, then "trace" as one more member, indented as they are: it had
        // followed the object's last line ("]\n,\"trace\":{...}}")
        assertThat(plain).endsWith("\n}\n");
        String members = plain.substring(0, plain.length() - 3);
        assertThat(traced).startsWith(members + ",\n  \"trace\": {\n    \"document\": \"-\",")
            .endsWith("\n  }\n}\n").doesNotContain("\n,");
        com.fasterxml.jackson.databind.node.ObjectNode answer =
            (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(traced);
        assertThat(answer.get("trace").get("sources").get(0).get("source").asText()).endsWith("source.txt");
        answer.remove("trace");
        assertThat(answer).isEqualTo(json.readTree(plain));
      }
    }
  }

  @Test
  void anHtmlPageIsReadAsTheIndexReadItsPages(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Unspinner u = RestoreDetectCommandTest.fixtureUnspinner();
    java.nio.file.Path corpus = java.nio.file.Files.createDirectories(dir.resolve("corpus"));
    java.nio.file.Files.writeString(corpus.resolve("source.txt"), SpunArticle.SOURCE);
    String page = "<html><body><nav>Home News Sport Weather Contact</nav><main><article><p>"
        + SpunArticle.SPIN + "</p></article></main></body></html>";
    for (boolean whole : new boolean[] {false, true}) {
      java.nio.file.Path idx = dir.resolve("idx-" + whole);
      List<String> args = new java.util.ArrayList<>(List.of("index", "--out", idx.toString(), corpus.toString()));
      if (whole) {
        args.add(1, "--whole-page");
      }
      assertThat(LearnFromTraceTest.run(args.toArray(String[]::new)).code()).isZero();
      Service service = ServeCommand.service(u, null, org.unspin.trace.TraceIndex.open(idx));
      assertThat(service.readsPagesWhole()).as("index read whole: %s", whole).isEqualTo(whole);
      try (UnspinServer server = UnspinServer.start(service, ServerSettings.builder().port(0).build())) {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            server.address() + "/v1/text")).header("Content-Type", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(page)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        if (whole) {
          assertThat(r.body()).contains("Home News Sport Weather Contact");
        } else {
          assertThat(r.body()).doesNotContain("Home News Sport Weather Contact");
        }
      }
    }
    assertThat(ServeCommand.service(u).readsPagesWhole()).isFalse();
  }
}
