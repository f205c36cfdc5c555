// SPDX-License-Identifier: Apache-2.0
package org.unspin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UnspinServerTest {

  private final HttpClient client = HttpClient.newHttpClient();
  private final FakeService service = new FakeService();
  private UnspinServer server;

  private UnspinServer start(ServerSettings.Builder b) throws IOException {
    server = UnspinServer.start(service, b.host("127.0.0.1").port(0).build());
    return server;
  }

  @AfterEach
  void stop() {
    if (service.block != null) {
      service.block.countDown();
    }
    if (server != null) {
      server.close();
    }
  }

  private HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.address() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      r.header("Content-Type", type);
    }
    return client.send(r.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(server.address() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code text} to restore without waiting for the answer. */
  private CompletableFuture<HttpResponse<String>> restoreLater(String text) {
    return client.sendAsync(HttpRequest.newBuilder(URI.create(server.address() + "/v1/restore"))
        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(text)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Waits until the server's health says {@code what} (a member and its value as JSON writes them). */
  private void awaitHealth(String what) throws Exception {
    for (int i = 0; i < 200 && !get("/v1/health").body().contains(what); i++) {
      Thread.sleep(20);
    }
  }

  /** The objects of a JSON Lines answer, one per line. */
  private static List<com.fasterxml.jackson.databind.JsonNode> jsonLines(String body) throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    List<com.fasterxml.jackson.databind.JsonNode> answers = new ArrayList<>();
    for (String line : body.lines().toList()) {
      answers.add(json.readTree(line));
    }
    return answers;
  }

  @Test
  void restoresAJsonRequest() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/restore", "application/json",
        "{\"text\":\"He mentioned it.\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(
        "application/json"));
    assertThat(r.body()).contains("\"text\":\"He said it.\"");
  }

  @Test
  void aBatchLinesNumberIdIsEchoedWithItsDigits() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/detect", "application/x-ndjson", ("{\"id\": 1e400, \"text\": \"It rained.\"}\n"
        + "{\"id\": 0.1000, \"text\": \"It rained.\"}").getBytes(StandardCharsets.UTF_8));
    assertThat(r.body().lines().toList()).satisfiesExactly(
        a -> assertThat(a).startsWith("{\"line\":1,\"id\":1E+400,"),
        b -> assertThat(b).startsWith("{\"line\":2,\"id\":0.1000,"));
  }

  @Test
  void aBatchLineGivingAMemberTwiceKeepsItsIdInItsError() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/detect", "application/x-ndjson", ("{\"id\": \"a1\", \"text\": \"It rained.\", "
        + "\"text\": \"again\"}\n{\"id\": \"a2\", \"text\": \"It rained.\"}\n"
        + "{\"text\": \"x\", \"id\": 3, \"text\": \"y\"}\n"
        + "{\"id\": 4, \"id\": 5, \"text\": \"It rained.\"}\n").getBytes(StandardCharsets.UTF_8));
    List<com.fasterxml.jackson.databind.JsonNode> answers = jsonLines(r.body());
    assertThat(answers).hasSize(4);
    assertThat(answers.get(0).get("id").asText()).isEqualTo("a1");
    assertThat(answers.get(0).get("error").asText()).contains("\"text\" is given twice");
    assertThat(answers.get(1).get("id").asText()).isEqualTo("a2");
    assertThat(answers.get(1).has("error")).isFalse();
    assertThat(answers.get(2).get("id").asInt()).isEqualTo(3);
    assertThat(answers.get(2).get("error").asText()).contains("\"text\" is given twice");
    // an id given twice names no one record: the line by its number only, as on the command line
    assertThat(answers.get(3).has("id")).isFalse();
    assertThat(answers.get(3).get("error").asText()).contains("\"id\" is given twice");
  }

  @Test
  void aBatchInUtf16AfterItsByteOrderMarkIsReadAsATextBodyIs() throws Exception {
    start(ServerSettings.builder());
    // two records had been three errors, cut at the "\n" byte of each "\n\0"
    HttpResponse<String> r = post("/v1/detect", "application/x-ndjson", ("{\"id\": 1, \"text\": \"He mentioned it.\"}"
        + "\n{\"id\": 2, \"text\": \"It rained.\"}\n").getBytes(StandardCharsets.UTF_16));
    List<com.fasterxml.jackson.databind.JsonNode> answers = jsonLines(r.body());
    assertThat(answers).as(r.body()).hasSize(2);
    assertThat(answers.get(0).get("spun").asBoolean()).isTrue();
    assertThat(answers.get(1).get("id").asInt()).isEqualTo(2);
    assertThat(answers.get(1).has("error")).isFalse();
    HttpResponse<String> broken = post("/v1/detect", "application/x-ndjson", new byte[] {(byte) 0xFF, (byte) 0xFE,
        '{', 0, 0x3D, (byte) 0xD8});
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("not valid UTF-16");
  }

  @Test
  void aBatchDeclaredInACharsetOtherThanUtf8IsA415() throws Exception {
    start(ServerSettings.builder());
    // one record in UTF-16 had been answered with two errors, cut at the "\n" byte of its "\n\0"
    HttpResponse<String> r = post("/v1/detect", "application/x-ndjson; charset=utf-16",
        "{\"id\": 1, \"text\": \"It rained.\"}\n".getBytes(StandardCharsets.UTF_16));
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.body()).contains("send application/x-ndjson in UTF-8 (charset=utf-8), not charset=utf-16",
        "iconv -f utf-16 -t utf-8");
    assertThat(post("/v1/detect", "application/x-ndjson; charset=UTF-8",
        "{\"id\": 1, \"text\": \"It rained.\"}\n".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
  }

  @Test
  void aBatchsByteOrderMarkIsNoPartOfItsFirstLine() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/detect", "application/x-ndjson",
        "\uFEFF{\"id\": 1, \"text\": \"He mentioned it.\"}\n".getBytes(StandardCharsets.UTF_8));
    List<com.fasterxml.jackson.databind.JsonNode> answers = jsonLines(r.body());
    assertThat(answers).hasSize(1);
    assertThat(answers.get(0).has("error")).as(r.body()).isFalse();
    assertThat(answers.get(0).get("id").asInt()).isEqualTo(1);
  }

  @Test
  void aBatchOfJsonLinesGetsAnAnswerPerLineInOrderWithItsOwnError() throws Exception {
    start(ServerSettings.builder());
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    body.write("{\"id\": \"a\", \"text\": \"He mentioned it.\"}\n\n{\"text\": 5}\n".getBytes(StandardCharsets.UTF_8));
    int bad = body.size() + 1;
    body.write(new byte[] {'{', (byte) 0xC3, '(', '\n'});
    body.write("not json\n{\"text\": \"It will explode.\"}\n{\"text\": \"An enormous one.\"}\n"
        .getBytes(StandardCharsets.UTF_8));
    body.write("{\"id\": 7, \"text\": \"It rained.\", \"neural\": true}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r = post("/v1/detect", "application/x-ndjson", body.toByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(
        "application/x-ndjson"));
    List<com.fasterxml.jackson.databind.JsonNode> answers = jsonLines(r.body());
    assertThat(answers).extracting(a -> a.get("line").asInt()).containsExactly(1, 3, 4, 5, 6, 7, 8);
    assertThat(answers.get(0).get("id").asText()).isEqualTo("a");
    assertThat(answers.get(0).get("spun").asBoolean()).isTrue();
    assertThat(answers.get(1).get("error").asText()).contains("\"text\"");
    assertThat(answers.get(2).get("error").asText())
        .isEqualTo("not valid UTF-8 at byte offset " + bad + " of the body");
    assertThat(answers.get(3).get("error").asText()).startsWith("invalid JSON");
    assertThat(answers.get(4).get("error").asText()).contains("exploded on this text");
    assertThat(answers.get(5).get("error").asText()).contains("ran out of memory on this line");
    assertThat(answers.get(6).get("id").asInt()).isEqualTo(7);
    assertThat(answers.get(6).get("spun").asBoolean()).isFalse();
    assertThat(answers.get(6).get("neural").asBoolean()).isTrue();
    assertThat(answers).allSatisfy(a -> assertThat(a.has("error") != a.has("spun")).isTrue());
  }

  @Test
  void aRequestIsServedBetweenTheLinesOfABatch() throws Exception {
    // a batch had held its worker to the end: two 400-line batches kept a short request waiting 7 s
    start(ServerSettings.builder().workers(1).queue(4));
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 40; i++) { // 50 ms each: 2 s in all
      body.append("{\"id\": ").append(i).append(", \"text\": \"It slowly mentioned rain.\"}\n");
    }
    CompletableFuture<HttpResponse<String>> batch = client.sendAsync(HttpRequest.newBuilder(URI.create(
        server.address() + "/v1/detect")).header("Content-Type", "application/x-ndjson")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    awaitHealth("\"busyWorkers\":1");
    HttpResponse<String> single = post("/v1/detect", "text/plain", "He mentioned it.".getBytes(
        StandardCharsets.UTF_8));
    assertThat(single.statusCode()).isEqualTo(200);
    assertThat(batch).isNotDone();
    List<com.fasterxml.jackson.databind.JsonNode> answers = jsonLines(batch.get().body());
    assertThat(answers).hasSize(40).allSatisfy(a -> assertThat(a.has("spun")).isTrue());
    assertThat(answers).extracting(a -> a.get("id").asInt()).isSorted();
    assertThat(batch.get().headers().firstValue("Unspin-Not-Done")).hasValue("0");
  }

  @Test
  void aBatchPastTheTimeLimitGetsItsAnswersAndNotDoneForTheRest() throws Exception {
    start(ServerSettings.builder().requestTimeout(Duration.ofMillis(2000)));
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= 60; i++) { // 50 ms each: about 36 fit in nine tenths of the limit
      body.append("{\"id\": ").append(i).append(", \"text\": \"It slowly mentioned rain.\"}\n");
    }
    HttpResponse<String> r = post("/v1/detect", "application/x-ndjson", body.toString().getBytes(
        StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    List<com.fasterxml.jackson.databind.JsonNode> answers = jsonLines(r.body());
    assertThat(answers).hasSize(60);
    assertThat(answers.get(0).get("spun").asBoolean()).isTrue();
    assertThat(answers.get(59).get("id").asInt()).isEqualTo(60);
    assertThat(answers.get(59).get("error").asText()).startsWith("not done: the batch ran past");
    // answered lines first, then the lines not done
    int done = (int) answers.stream().filter(a -> a.has("spun")).count();
    assertThat(done).isPositive();
    assertThat(answers.subList(done, 60)).allSatisfy(a -> assertThat(a.has("error")).isTrue());
    // the header counts them, so a client need not read every line to know
    assertThat(r.headers().firstValue("Unspin-Not-Done")).hasValue(String.valueOf(60 - done));
  }

  @Test
  void aPlainTextBodyIsReadAsTheCommandLineReadsAFile() throws Exception {
    start(ServerSettings.builder());
    byte[] text = "He mentioned it.".getBytes(StandardCharsets.UTF_8);
    byte[] withMark = new byte[text.length + 3];
    withMark[0] = (byte) 0xEF;
    withMark[1] = (byte) 0xBB;
    withMark[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withMark, 3, text.length);
    // the byte-order mark is not text: the edit's offsets are those of the text without it, as `restore` gives
    HttpResponse<String> r = post("/v1/restore", "text/plain", withMark);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"text\":\"He said it.\"", "\"start\":3,\"end\":12");
    // a declared charset other than UTF-8, and a body of text without any type, are refused with what to send
    r = post("/v1/restore", "text/plain; charset=ISO-8859-1", text);
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.body()).contains("charset=iso-8859-1", "iconv");
    r = post("/v1/detect", null, text);
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.body()).contains("Content-Type");
    assertThat(post("/v1/detect", null, " {\"text\": \"He mentioned it.\"}".getBytes(StandardCharsets.UTF_8))
        .statusCode()).isEqualTo(200);
  }

  @Test
  void acceptsAPlainTextBody() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/detect", "text/plain; charset=utf-8",
        "He mentioned it.".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"spun\":true");
  }

  @Test
  void passesTheNeuralAndTraceOptions() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/detect", "application/json",
        "{\"text\":\"x\",\"neural\":true,\"trace\":true}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.body()).contains("\"neural\":true").contains("\"trace\":true");
    HttpResponse<String> bad = post("/v1/detect", "application/json",
        "{\"text\":\"x\",\"trace\":\"yes\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(bad.statusCode()).isEqualTo(400);
  }

  @Test
  void passesARequestsOwnOperatingPointAndRefusesOneOutOfRange() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/detect", "application/json",
        "{\"text\":\"x\",\"threshold\":0.7,\"minConfidence\":0.9}".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"threshold\":0.7").contains("\"minConfidence\":0.9");
    assertThat(post("/v1/detect", "application/json", "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8)).body())
        .contains("\"threshold\":null").contains("\"minConfidence\":null");
    for (String bad : new String[] {"\"threshold\":1", "\"threshold\":\"high\"", "\"minConfidence\":0",
        "\"minConfidence\":1.5"}) {
      HttpResponse<String> b = post("/v1/restore", "application/json",
          ("{\"text\":\"x\"," + bad + "}").getBytes(StandardCharsets.UTF_8));
      assertThat(b.statusCode()).as(bad).isEqualTo(400);
      assertThat(b.body()).contains(bad.substring(1, bad.indexOf('"', 1))).contains("must be");
    }
  }

  @Test
  void invalidJsonIs400SayingWhere() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/restore", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).contains("invalid JSON").contains("\"status\":400");
    // a second value after the object is not silently dropped
    HttpResponse<String> two = post("/v1/restore", "application/json",
        "{\"text\": \"a\"} {\"text\": \"b\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(two.statusCode()).isEqualTo(400);
    assertThat(two.body()).contains("invalid JSON");
  }

  @Test
  void missingTextFieldIs400() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/restore", "application/json", "{\"txt\":\"a\"}".getBytes(
        StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("needs a string field \\\"text\\\" (it has txt)");
  }

  @Test
  void invalidUtf8Is400WithTheOffset() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/restore", "text/plain", new byte[] {'a', 'b', (byte) 0xFF, 'c'});
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("not valid UTF-8 at byte offset 2");
  }

  @Test
  void oversizedBodyIs413() throws Exception {
    start(ServerSettings.builder().maxBodyBytes(100));
    HttpResponse<String> r = post("/v1/restore", "text/plain", new byte[101]);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("\"status\":413").contains("100 bytes");
  }

  @Test
  void unsupportedMediaTypeIs415() throws Exception {
    start(ServerSettings.builder());
    assertThat(post("/v1/restore", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8)).statusCode())
        .isEqualTo(415);
  }

  @Test
  void aDocumentFileIsTurnedIntoTheTextThePageSends() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/text", "text/html; charset=utf-8",
        "<p>He mentioned it.</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"text\":\"He mentioned it.\"}");
    String odt = "application/vnd.oasis.opendocument.text";
    HttpResponse<String> refused = post("/v1/text", odt, new byte[] {'P', 'K'});
    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(refused.body()).contains("no " + odt + " here");
    HttpResponse<String> pdf = post("/v1/text", "application/pdf",
        "Page one.\fPage two.\f".getBytes(StandardCharsets.UTF_8));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.body()).isEqualTo("{\"text\":\"Page one.Page two.\",\"pageStarts\":[0,9,18]}");
    assertThat(post("/v1/text", "image/png", new byte[] {1}).statusCode()).isEqualTo(415);
    HttpResponse<String> broken = post("/v1/text", "text/html", "<p>broken".getBytes(StandardCharsets.UTF_8));
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("cannot be read");
    assertThat(get("/v1/text").statusCode()).isEqualTo(405);
  }

  @Test
  void aDocumentFileSentToDetectOrRestoreIsJudgedOnItsText() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> d = post("/v1/detect", "application/pdf",
        "Intro.\fThe minister mentioned the talks.".getBytes(StandardCharsets.UTF_8));
    assertThat(d.statusCode()).isEqualTo(200);
    assertThat(d.body()).startsWith("{\"spun\":true").contains("\"neural\":false", "\"threshold\":null");
    HttpResponse<String> r = post("/v1/restore", "text/html",
        "<p>The minister mentioned the talks.</p>".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"text\":\"The minister said the talks.\"");
    HttpResponse<String> refused = post("/v1/detect", "application/vnd.oasis.opendocument.text", new byte[] {'P'});
    assertThat(refused.statusCode()).isEqualTo(415);
    assertThat(post("/v1/detect", "text/html", "<p>broken</p>".getBytes(StandardCharsets.UTF_8)).statusCode())
        .isEqualTo(400);
  }

  @Test
  void annotateAnswersThePdfOrWordFileTheServiceMarksUpOrAProblem() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/annotate", "application/pdf", "The minister mentioned it.".getBytes(
        StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(r.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"annotated.unspin.pdf\"");
    assertThat(r.body()).isEqualTo("annotated:The minister mentioned it.");
    String word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    HttpResponse<String> docx = post("/v1/annotate", word, "PK".getBytes(StandardCharsets.UTF_8));
    assertThat(docx.statusCode()).isEqualTo(200);
    assertThat(docx.headers().firstValue("Content-Type")).hasValue(word);
    assertThat(docx.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"annotated.unspin.docx\"");
    assertThat(post("/v1/annotate", "text/html", new byte[] {'<'}).statusCode()).isEqualTo(415);
    HttpResponse<String> broken = post("/v1/annotate", "application/pdf", "broken".getBytes(StandardCharsets.UTF_8));
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("not a readable PDF");
    assertThat(get("/v1/annotate").statusCode()).isEqualTo(405);
  }

  @Test
  void aServiceThatDoesNotAnnotateAnswers415() throws Exception {
    server = UnspinServer.start(new Service() {
      @Override
      public String restoreJson(String text, Options options) {
        return "{}";
      }

      @Override
      public String detectJson(String text, Options options) {
        return "{}";
      }
    }, ServerSettings.builder().host("127.0.0.1").port(0).build());
    HttpResponse<String> r = post("/v1/annotate", "application/pdf", new byte[] {'%'});
    assertThat(r.statusCode()).isEqualTo(415);
    assertThat(r.body()).contains("does not annotate");
  }

  @Test
  void aFileWhoseTextOutgrowsTheBodyLimitIs413BeforeItIsJudged() throws Exception {
    int[] judged = {0};
    server = UnspinServer.start(new Service() {
      @Override
      public String restoreJson(String text, Options options) {
        judged[0]++;
        return "{}";
      }

      @Override
      public String detectJson(String text, Options options) {
        judged[0]++;
        return "{}";
      }

      @Override
      public org.unspin.text.PagedText document(String mediaType, byte[] body, boolean wholePage) {
        return org.unspin.text.PagedText.of("word ".repeat(body.length * 100)); // as a compressed file expands
      }
    }, ServerSettings.builder().host("127.0.0.1").port(0).maxBodyBytes(1000).build());
    HttpResponse<String> r = post("/v1/detect", "text/html", new byte[20]);
    assertThat(r.statusCode()).isEqualTo(413);
    assertThat(r.body()).contains("the file's text is 10,000 characters, more than the 1,000 this server takes");
    assertThat(post("/v1/text", "text/html", new byte[20]).statusCode()).isEqualTo(413);
    assertThat(judged[0]).isZero();
    assertThat(post("/v1/detect", "text/html", new byte[1]).statusCode()).isEqualTo(200);
    assertThat(judged[0]).isEqualTo(1);
  }

  @Test
  void anHtmlPageIsReadWholeOnlyWhenAskedFor() throws Exception {
    start(ServerSettings.builder());
    byte[] page = "<p>He mentioned it.</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(post("/v1/text?page=whole", "text/html", page).body())
        .isEqualTo("{\"text\":\"whole: He mentioned it.\"}");
    assertThat(post("/v1/text?page=article", "text/html", page).body())
        .isEqualTo("{\"text\":\"He mentioned it.\"}");
    HttpResponse<String> bad = post("/v1/text?page=all", "text/html", page);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("page=article or page=whole");
  }

  @Test
  void anHtmlPageIsReadWholeWithoutAskingWhereTheServiceReadsPagesWhole() throws Exception {
    service.pagesWhole = true;
    start(ServerSettings.builder());
    byte[] page = "<p>He mentioned it.</p>".getBytes(StandardCharsets.UTF_8);
    assertThat(post("/v1/text", "text/html", page).body()).isEqualTo("{\"text\":\"whole: He mentioned it.\"}");
    assertThat(post("/v1/text?page=article", "text/html", page).body())
        .isEqualTo("{\"text\":\"He mentioned it.\"}");
  }

  @Test
  void unknownPathIs404AndWrongMethodIs405() throws Exception {
    start(ServerSettings.builder());
    assertThat(get("/nope").statusCode()).isEqualTo(404);
    assertThat(get("/v1/restore").statusCode()).isEqualTo(405);
  }

  @Test
  void aFailingRequestIs500AndTheServerKeepsServing() throws Exception {
    start(ServerSettings.builder());
    service.fail = true;
    assertThat(post("/v1/restore", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(500);
    service.fail = false;
    assertThat(post("/v1/restore", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
    assertThat(get("/v1/health").statusCode()).isEqualTo(200);
  }

  @Test
  void aRequestThatRunsOutOfMemoryIs503AndTheServerKeepsServing() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = post("/v1/detect", "text/plain", "an enormous text".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).contains("ran out of memory on this request");
    assertThat(post("/v1/detect", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
  }

  @Test
  void saturatedWorkersAnswer503() throws Exception {
    start(ServerSettings.builder().workers(1).queue(1));
    service.block = new CountDownLatch(1);
    List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      pending.add(restoreLater("x"));
    }
    // wait until one request runs and one waits in the queue
    awaitHealth("\"queued\":1");
    HttpResponse<String> third = post("/v1/restore", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
    assertThat(third.statusCode()).isEqualTo(503);
    service.block.countDown();
    for (CompletableFuture<HttpResponse<String>> f : pending) {
      assertThat(f.get().statusCode()).isEqualTo(200);
    }
  }

  @Test
  void withNoQueueASecondRequestIsRefusedWhileTheWorkerIsBusy() throws Exception {
    start(ServerSettings.builder().workers(1).queue(0));
    service.block = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> running = restoreLater("x");
    awaitHealth("\"busyWorkers\":1");
    // a queue of one was used for --queue 0, so this one waited instead
    HttpResponse<String> second = post("/v1/restore", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
    assertThat(second.statusCode()).isEqualTo(503);
    assertThat(second.body()).contains("busy");
    service.block.countDown();
    assertThat(running.get().statusCode()).isEqualTo(200);
  }

  @Test
  void aRequestPastTheTimeoutIs503() throws Exception {
    start(ServerSettings.builder().requestTimeout(Duration.ofMillis(200)));
    service.block = new CountDownLatch(1);
    HttpResponse<String> r = post("/v1/restore", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).contains("ran past the server's time limit of 200 ms")
        .contains("send a shorter text or file, or start the server with a larger --timeout");
  }

  @Test
  void aNulCharacterIsRefusedInAJsonTextAsInAPlainTextBody() throws Exception {
    // a text/plain body with a NUL byte was refused, the same text sent as JSON, its NUL escaped, judged
    start(ServerSettings.builder());
    HttpResponse<String> plain = post("/v1/detect", "text/plain",
        "He\0 mentioned it.".getBytes(StandardCharsets.UTF_8));
    assertThat(plain.statusCode()).isEqualTo(400);
    assertThat(plain.body()).contains("a NUL byte, which no text holds, at byte offset 2");
    HttpResponse<String> json = post("/v1/detect", "application/json",
        "{\"text\": \"He\\u0000 mentioned it.\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(json.body()).contains("the \\\"text\\\" holds a NUL character (\\\\u0000) at character offset 2, "
        + "which no text holds; remove it first");
    // in a batch, that line's own error; the others are answered
    HttpResponse<String> batch = post("/v1/detect", "application/x-ndjson",
        "{\"id\": 1, \"text\": \"a\\u0000\"}\n{\"id\": 2, \"text\": \"He mentioned it.\"}\n"
            .getBytes(StandardCharsets.UTF_8));
    List<com.fasterxml.jackson.databind.JsonNode> answers = jsonLines(batch.body());
    assertThat(answers).hasSize(2);
    assertThat(answers.get(0).get("error").asText()).startsWith("the \"text\" holds a NUL character");
    assertThat(answers.get(1).get("spun").asBoolean()).isTrue();
  }

  @Test
  void aTimeoutSaysNoRetryAfterWhereAnOverloadDoes() throws Exception {
    // Retry-After on a timeout had told a client to send again a request that would time out again
    start(ServerSettings.builder().workers(1).queue(0).requestTimeout(Duration.ofMillis(300)));
    service.block = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> running = restoreLater("x");
    awaitHealth("\"busyWorkers\":1");
    HttpResponse<String> overloaded = post("/v1/detect", "text/plain", "y".getBytes(StandardCharsets.UTF_8));
    assertThat(overloaded.statusCode()).isEqualTo(503);
    assertThat(overloaded.headers().firstValue("Retry-After")).hasValue("1");
    HttpResponse<String> timedOut = running.get();
    assertThat(timedOut.statusCode()).isEqualTo(503);
    assertThat(timedOut.body()).contains("ran past the server's time limit");
    assertThat(timedOut.headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void servesThePageAndItsAssetsWithoutExternalReferences() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<textarea id=\"input-text\"").doesNotContain("http://", "https://");
    assertThat(get("/static/app.js").body()).doesNotContain("http://", "https://");
    assertThat(get("/static/app.css").statusCode()).isEqualTo(200);
  }

  @Test
  void healthReportsOk() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> r = get("/v1/health");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"status\":\"ok\"").contains("\"served\":0");
    // "served" counts the API's requests, answered well or not, not the checks of a load balancer or the page
    get("/v1/ready");
    get("/");
    post("/v1/detect", "text/plain", "A short text.".getBytes(StandardCharsets.UTF_8));
    post("/v1/detect", "application/json", "{not json".getBytes(StandardCharsets.UTF_8));
    awaitHealth("\"served\":2"); // counted as the exchange closes, just after the answer is sent
    get("/v1/health");
    assertThat(get("/v1/health").body()).contains("\"served\":2");
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertThat(ServerSettings.builder().build().host()).isEqualTo("127.0.0.1");
  }

  /** The status line of a GET of {@code path} naming {@code host} in its Host header, over a raw connection. */
  private String statusFor(String path, String host) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          StandardCharsets.US_ASCII)).readLine();
    }
  }

  @Test
  void aServerOnLoopbackAnswersOnlyRequestsThatNameThisMachine() throws Exception {
    // a web page whose name was made to point at 127.0.0.1 (DNS rebinding) sends its own name as Host: it could
    // read the answers, archive passages included, from a browser on this machine
    start(ServerSettings.builder().allowedHosts(List.of("Unspin.Example.ORG")));
    for (String local : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(), "localhost", "[::1]:80",
        "unspin", "app.localhost:8080", "unspin.example.org")) {
      assertThat(statusFor("/v1/health", local)).as(local).contains(" 200 ");
    }
    for (String foreign : List.of("attacker.example:" + server.port(), "attacker.example", "127.0.0.1.nip.io")) {
      assertThat(statusFor("/v1/health", foreign)).as(foreign).contains(" 421 ");
    }
    assertThat(UnspinServer.localHost(null, java.util.Set.of())).isTrue();
  }

  /** The whole answer to {@code request} (its head and body as sent), over a raw connection. */
  private String answerTo(String request) throws IOException {
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aRequestWithTwoHostHeadersIsRefusedWhicheverComesFirst() throws Exception {
    start(ServerSettings.builder());
    // only the first had been checked: a second, foreign one went through to whatever reads the other
    for (String hosts : List.of("Host: localhost\r\nHost: attacker.example",
        "Host: attacker.example\r\nHost: localhost", "Host: localhost\r\nHost: localhost")) {
      String answer = answerTo("GET /v1/health HTTP/1.1\r\n" + hosts + "\r\nConnection: close\r\n\r\n");
      assertThat(answer).as(hosts).startsWith("HTTP/1.1 400").contains("2 Host headers");
    }
    assertThat(statusFor("/v1/health", "localhost")).contains(" 200 ");
  }

  @Test
  void aPathBeginningWithTwoSlashesIsA400ThatSaysSo() throws Exception {
    start(ServerSettings.builder());
    // the JDK had read "//v1/health" as the host "v1" and answered 404 "no such resource: /health"; "///v1/health"
    // and "//attacker.example/v1/detect" had been served as their last path
    for (String path : List.of("//v1/health", "///v1/health", "//attacker.example/v1/health")) {
      String answer = answerTo("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(answer).as(path).startsWith("HTTP/1.1 400").contains("begins with two slashes")
          .contains("(" + path.substring(path.lastIndexOf("//") + 1) + ")");
    }
    assertThat(statusFor("/v1/health", "localhost")).contains(" 200 ");
  }

  @Test
  void aRequestInAProxysFormIsCheckedOnTheHostItNames() throws Exception {
    start(ServerSettings.builder());
    // HTTP says the name in "GET http://name/path" is the host, whatever the Host header says
    assertThat(answerTo("GET http://attacker.example/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close"
        + "\r\n\r\n")).startsWith("HTTP/1.1 421");
    assertThat(answerTo("GET http://user@attacker.example:80/v1/health HTTP/1.1\r\nHost: localhost\r\n"
        + "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 421");
    assertThat(answerTo("GET http://localhost:8080/v1/health HTTP/1.1\r\nHost: attacker.example\r\n"
        + "Connection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
  }

  @Test
  void anAllowedHostStartingWithAStarTakesEveryNameUnderIt() throws Exception {
    // "*.example.org" had been compared as written: a proxy passing www.example.org met 421
    start(ServerSettings.builder().allowedHosts(List.of("*.Example.org.", "unspin.example.net")));
    for (String taken : List.of("www.example.org", "a.b.example.org:8443", "WWW.EXAMPLE.ORG.", "unspin.example.net")) {
      assertThat(statusFor("/v1/health", taken)).as(taken).contains(" 200 ");
    }
    for (String refused : List.of("example.org", "badexample.org", "www.example.org.attacker.example",
        "*.example.org", "www.example.net")) {
      assertThat(statusFor("/v1/health", refused)).as(refused).contains(" 421 ");
    }
  }

  @Test
  void anAllowedHostTheCheckWouldNeverMeetIsRefused() {
    assertThat(ServerSettings.allowedHostProblem("unspin.example.org")).isNull();
    assertThat(ServerSettings.allowedHostProblem("*.example.org")).isNull();
    assertThat(ServerSettings.allowedHostProblem("*.org")).contains("any site of the web");
    assertThat(ServerSettings.allowedHostProblem("*")).contains("a * stands nowhere else");
    assertThat(ServerSettings.allowedHostProblem("www.*.org")).contains("a * stands nowhere else");
    assertThat(ServerSettings.allowedHostProblem("example.org:8443")).contains("without its port");
    assertThat(ServerSettings.allowedHostProblem("https://example.org")).contains("without a scheme");
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ServerSettings.builder().allowedHosts(List.of("*.org")).build());
    assertThat(e.getMessage()).startsWith("--allowed-host *.org would take every name under org, ");
  }

  @Test
  void aQueryParameterThatIsNotReadIsA400() throws Exception {
    start(ServerSettings.builder());
    byte[] text = "He mentioned it.".getBytes(StandardCharsets.UTF_8);
    // had been judged at the server's own operating point, silently
    HttpResponse<String> option = post("/v1/detect?threshold=0.99", "text/plain", text);
    assertThat(option.statusCode()).isEqualTo(400);
    assertThat(option.body()).contains("unknown query parameter threshold on /v1/detect: the options are members of a "
        + "JSON request");
    HttpResponse<String> other = post("/v1/restore?page=whole&nerual=true", "text/plain", text);
    assertThat(other.statusCode()).isEqualTo(400);
    assertThat(other.body()).contains("unknown query parameter nerual on /v1/restore, which reads page=article or "
        + "page=whole");
    assertThat(post("/v1/annotate?page=whole", "application/pdf", text).body())
        .contains("unknown query parameter page on /v1/annotate, which reads none");
    assertThat(post("/v1/restore?page=whole", "text/plain", text).statusCode()).isEqualTo(200);
    assertThat(post("/v1/restore?", "text/plain", text).statusCode()).isEqualTo(200);
  }

  @Test
  void theCommonestWrongBodiesAreToldWhatToSendInstead() throws Exception {
    start(ServerSettings.builder());
    // a batch as a JSON array had been told only that the body must be a JSON object
    HttpResponse<String> array = post("/v1/detect", "application/json",
        "[{\"id\": 1, \"text\": \"He mentioned it.\"}]".getBytes(StandardCharsets.UTF_8));
    assertThat(array.statusCode()).isEqualTo(400);
    assertThat(array.body()).contains("the body is a JSON array", "application/x-ndjson");
    // curl -d's own type, which a first try sends
    HttpResponse<String> form = post("/v1/detect", "application/x-www-form-urlencoded",
        "{\"text\": \"He mentioned it.\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(form.statusCode()).isEqualTo(415);
    assertThat(form.body()).contains("which curl -d and --data-binary send unless told otherwise");
  }

  @Test
  void aClientThatDoesNotReadItsAnswerIsClosedAfterTheSendLimit() throws Exception {
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    server = UnspinServer.start(service, ServerSettings.builder().host("127.0.0.1").port(0).accessLog(log::add)
        .build(), Duration.ofSeconds(1));
    byte[] text = new byte[8 << 20]; // its restoration, 8 MB, is more than the sockets' buffers hold
    java.util.Arrays.fill(text, (byte) 'a');
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.setReceiveBufferSize(4096);
      socket.connect(new java.net.InetSocketAddress("127.0.0.1", server.port()));
      socket.getOutputStream().write(("POST /v1/restore HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
          + "Content-Length: " + text.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(text);
      socket.getOutputStream().flush();
      awaitHealth("\"receiving\":1");
      // the answer is never read: its place among those receiving had stayed taken for as long as the client liked
      long t0 = System.nanoTime();
      awaitHealth("\"receiving\":0");
      assertThat(get("/v1/health").body()).contains("\"receiving\":0");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(4));
    }
    assertThat(post("/v1/restore", "text/plain", "He mentioned it.".getBytes(StandardCharsets.UTF_8)).body())
        .contains("He said it.");
    for (int i = 0; i < 200 && !String.join("\n", new ArrayList<>(log)).contains("answer not taken"); i++) {
      Thread.sleep(10); // the line is written after the place is given back
    }
    assertThat(new ArrayList<>(log)).anySatisfy(line -> assertThat(line).contains(" POST /v1/restore 200 ")
        .endsWith(" ms \"answer not taken within 1 s: connection closed\""));
  }

  /** {@code body} packed with gzip, or with zlib's deflate ({@code raw}: without zlib's wrapping). */
  private static byte[] packed(String coding, byte[] body, boolean raw) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.io.OutputStream z = coding.equals("gzip") ? new java.util.zip.GZIPOutputStream(out)
        : new java.util.zip.DeflaterOutputStream(out, new java.util.zip.Deflater(6, raw))) {
      z.write(body);
    }
    return out.toByteArray();
  }

  /** POSTs {@code body} to {@code path} as {@code type} with the header {@code Content-Encoding: coding}. */
  private HttpResponse<String> postEncoded(String path, String type, String coding, byte[] body) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(server.address() + path)).header("Content-Type", type)
        .header("Content-Encoding", coding).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void aBodyPackedWithGzipOrDeflateIsReadUnpacked() throws Exception {
    start(ServerSettings.builder());
    byte[] text = "He mentioned it.".getBytes(StandardCharsets.UTF_8);
    String plain = post("/v1/restore", "text/plain", text).body();
    // the header had been ignored: "not text but a binary file (a program, image or archive)"
    assertThat(postEncoded("/v1/restore", "text/plain", "gzip", packed("gzip", text, false)).body())
        .isEqualTo(plain);
    assertThat(postEncoded("/v1/restore", "text/plain", "x-gzip", packed("gzip", text, false)).body())
        .isEqualTo(plain);
    assertThat(postEncoded("/v1/restore", "text/plain", "Deflate", packed("deflate", text, false)).body())
        .isEqualTo(plain);
    assertThat(postEncoded("/v1/restore", "text/plain", "deflate", packed("deflate", text, true)).body())
        .isEqualTo(plain);
    assertThat(postEncoded("/v1/restore", "text/plain", "identity", text).body()).isEqualTo(plain);
    byte[] batch = "{\"id\": 1, \"text\": \"He mentioned it.\"}\n{\"id\": 2, \"text\": \"It rained.\"}\n"
        .getBytes(StandardCharsets.UTF_8);
    List<com.fasterxml.jackson.databind.JsonNode> answers = jsonLines(postEncoded("/v1/detect",
        "application/x-ndjson", "gzip", packed("gzip", batch, false)).body());
    assertThat(answers).hasSize(2);
    assertThat(answers.get(1).get("id").asInt()).isEqualTo(2);
    assertThat(answers.get(1).has("error")).isFalse();
  }

  /** The answer to {@code method path} (a POST with {@code body} as JSON Lines), with these request headers. */
  private HttpResponse<byte[]> exchange(String method, String path, byte[] body, String... headers) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(server.address() + path)).method(method,
        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (body != null) {
      r.header("Content-Type", "application/x-ndjson");
    }
    if (headers.length > 0) {
      r.headers(headers);
    }
    return client.send(r.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static byte[] gunzipped(byte[] body) throws IOException {
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
      return in.readAllBytes();
    }
  }

  @Test
  void answersAreGzippedForAClientThatTakesGzipAndOnlyForOne() throws Exception {
    // a batch's JSON Lines answer for thousands of texts had gone as it is to a client that takes gzip
    start(ServerSettings.builder());
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 300; i++) {
      lines.append("{\"id\": ").append(i).append(", \"text\": \"He mentioned it on day ").append(i).append(".\"}\n");
    }
    byte[] batch = lines.toString().getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> plain = exchange("POST", "/v1/detect", batch);
    assertThat(plain.statusCode()).isEqualTo(200);
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(plain.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    for (String takes : List.of("gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.8, *;q=0.1", "GZIP;Q=0.5", "*",
        "x-gzip")) {
      HttpResponse<byte[]> packed = exchange("POST", "/v1/detect", batch, "Accept-Encoding", takes);
      assertThat(packed.headers().firstValue("Content-Encoding")).as(takes).hasValue("gzip");
      assertThat(packed.headers().firstValue("Vary")).as(takes).hasValue("Accept-Encoding");
      assertThat(packed.body().length).as(takes).isLessThan(plain.body().length / 4);
      assertThat(gunzipped(packed.body())).as(takes).isEqualTo(plain.body());
    }
    for (String refuses : List.of("gzip;q=0", "identity", "deflate, br", "*;q=0", "gzip;q=0.0, *", "gzip;q=x")) {
      HttpResponse<byte[]> asIs = exchange("POST", "/v1/detect", batch, "Accept-Encoding", refuses);
      assertThat(asIs.headers().firstValue("Content-Encoding")).as(refuses).isEmpty();
      assertThat(asIs.body()).as(refuses).isEqualTo(plain.body());
    }
  }

  @Test
  void thePageIsGzippedButNotAHeadAnswerNorAShortOne() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<byte[]> page = exchange("GET", "/", null);
    HttpResponse<byte[]> packed = exchange("GET", "/", null, "Accept-Encoding", "gzip, deflate, br");
    assertThat(packed.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzipped(packed.body())).isEqualTo(page.body());
    for (String file : List.of("/static/app.js", "/static/app.css")) {
      HttpResponse<byte[]> asset = exchange("GET", file, null, "Accept-Encoding", "gzip");
      assertThat(asset.headers().firstValue("Content-Encoding")).as(file).hasValue("gzip");
      assertThat(gunzipped(asset.body())).as(file).isEqualTo(exchange("GET", file, null).body());
    }
    // HEAD: no body to pack, and the length of the plain one
    HttpResponse<byte[]> head = exchange("HEAD", "/", null, "Accept-Encoding", "gzip");
    assertThat(head.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(page.body().length));
    // under GZIP_FROM bytes, as it is
    HttpResponse<byte[]> health = exchange("GET", "/v1/health", null, "Accept-Encoding", "gzip");
    assertThat(health.body().length).isLessThan(UnspinServer.GZIP_FROM);
    assertThat(health.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(new String(health.body(), StandardCharsets.UTF_8)).startsWith("{\"status\":\"ok\"");
  }

  @Test
  void aPackedBodyIsHeldToTheBodyLimitUnpackedAndAnotherCodingIsA415() throws Exception {
    start(ServerSettings.builder().maxBodyBytes(2000));
    byte[] big = new byte[1 << 20]; // a megabyte of one letter packs to about a kilobyte
    java.util.Arrays.fill(big, (byte) 'a');
    HttpResponse<String> bomb = postEncoded("/v1/detect", "text/plain", "gzip", packed("gzip", big, false));
    assertThat(bomb.statusCode()).isEqualTo(413);
    assertThat(bomb.body()).contains("unpacked from gzip, is larger than the limit of 2000 bytes");
    HttpResponse<String> broken = postEncoded("/v1/detect", "text/plain", "gzip",
        "He mentioned it.".getBytes(StandardCharsets.UTF_8));
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(broken.body()).contains("the body is not in gzip, as its Content-Encoding says");
    // deflate, zlib-wrapped or raw: both tried, both named (the raw attempt's error alone had been said)
    HttpResponse<String> notDeflate = postEncoded("/v1/detect", "text/plain", "deflate",
        "He mentioned it.".getBytes(StandardCharsets.UTF_8));
    assertThat(notDeflate.statusCode()).isEqualTo(400);
    assertThat(notDeflate.body()).contains("the body is not in deflate, as its Content-Encoding says (not deflate "
        + "data: as zlib-wrapped (RFC 1950): incorrect header check; as raw deflate (RFC 1951): ");
    for (boolean raw : new boolean[] {false, true}) {
      HttpResponse<String> deflateBomb = postEncoded("/v1/detect", "text/plain", "deflate",
          packed("deflate", big, raw));
      assertThat(deflateBomb.statusCode()).as("raw " + raw).isEqualTo(413);
      assertThat(deflateBomb.body()).contains("unpacked from deflate, is larger than the limit of 2000 bytes");
    }
    for (String coding : List.of("br", "zstd", "gzip, gzip")) {
      HttpResponse<String> other = postEncoded("/v1/detect", "text/plain", coding,
          "He mentioned it.".getBytes(StandardCharsets.UTF_8));
      assertThat(other.statusCode()).as(coding).isEqualTo(415);
      assertThat(other.body()).contains("Content-Encoding " + coding + " is not read");
    }
  }

  /** Opens a connection that sends {@code head} (a request's start, its body unfinished) and then stalls. */
  private java.net.Socket stalled(String path) throws IOException {
    java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
    socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
        + "Content-Length: 100\r\n\r\nhalf a bo").getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    return socket;
  }

  @Test
  void stalledUploadsAreRefusedBeyondTheirShareAndHealthIsStillAnswered() throws Exception {
    // 70 clients stalling mid-upload had held every connection thread: the health check went unanswered too
    start(ServerSettings.builder().workers(1).queue(0));
    List<java.net.Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < 7; i++) { // 5 may be received at once (workers + queue + 4)
        sockets.add(stalled("/v1/detect"));
      }
      HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/health"))
          .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);
      HttpResponse<String> refused = post("/v1/detect", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
      // a load balancer is told so: not ready while nothing more can be received
      HttpResponse<String> ready = get("/v1/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("too many requests are being received now");
      assertThat(get("/v1/health").body()).contains("\"ready\":false", "\"receiving\":5");
    } finally {
      for (java.net.Socket socket : sockets) {
        socket.close();
      }
    }
    // their bodies never come: once the clients are gone, requests are taken again
    for (int i = 0; i < 100 && !post("/v1/detect", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).body()
        .contains("\"spun\""); i++) {
      Thread.sleep(50);
    }
    assertThat(post("/v1/detect", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
  }

  @Test
  void anIdleServerStopsAtOnceAndABusyOneWhenItsLastRequestIsAnswered() throws Exception {
    start(ServerSettings.builder());
    assertThat(get("/v1/health").statusCode()).isEqualTo(200);
    long t0 = System.nanoTime();
    server.drain(Duration.ofSeconds(30)); // JDK 17's HttpServer.stop(30) alone waited all 30 s
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    service.block = new CountDownLatch(1);
    start(ServerSettings.builder());
    CompletableFuture<HttpResponse<String>> running = restoreLater("The officers mentioned it.");
    for (int i = 0; i < 200 && server.inFlight() == 0; i++) {
      Thread.sleep(10);
    }
    CountDownLatch release = service.block;
    new Thread(() -> {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      release.countDown();
    }).start();
    t0 = System.nanoTime();
    server.drain(Duration.ofSeconds(30));
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(5));
    assertThat(running.get(10, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(200);
  }

  @Test
  void eachRequestGetsAnAccessLogLineThatNeverHoldsTheTextSent() throws Exception {
    List<String> log = java.util.Collections.synchronizedList(new ArrayList<>());
    start(ServerSettings.builder().accessLog(log::add));
    post("/v1/detect", "text/plain", "The officers mentioned SECRETWORD.".getBytes(StandardCharsets.UTF_8));
    post("/v1/detect", "application/json", "{\"text\": SECRETWORD}".getBytes(StandardCharsets.UTF_8));
    get("/nope");
    HttpRequest forwarded = HttpRequest.newBuilder(URI.create(server.address() + "/v1/health"))
        .header("X-Forwarded-For", "203.0.113.7").build();
    client.send(forwarded, HttpResponse.BodyHandlers.ofString());
    answerTo("GET //v1/health?x=SECRETWORD HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    for (int i = 0; i < 200 && log.size() < 5; i++) { // the line is written after the answer has gone
      Thread.sleep(10);
    }
    assertThat(log).hasSize(5);
    // each line is written once its answer has gone, so two requests in a row may log in either order
    java.util.function.Function<String, String> line = part -> log.stream().filter(l -> l.contains(part))
        .findFirst().orElseThrow(() -> new AssertionError("no line with " + part + " in " + log));
    assertThat(line.apply(" POST /v1/detect 200 "))
        .matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z 127\\.0\\.0\\.1 POST /v1/detect 200 \\d+ B \\d+ ms");
    assertThat(line.apply(" POST /v1/detect 400 ")).endsWith(" ms \"Bad Request\"");
    assertThat(line.apply(" GET /nope 404 ")).endsWith("\"Not Found: no such resource: /nope\"");
    // and no answer after an error carries that error's reason (the JDK keeps exchange attributes per context)
    assertThat(line.apply(" GET /v1/health 200 ")).contains("127.0.0.1 (for 203.0.113.7) GET /v1/health 200 ")
        .endsWith(" ms");
    // the path as sent, which the JDK had read as the host "v1" and the path "/health"; never the query
    assertThat(line.apply(" GET //v1/health 400 ")).endsWith(" ms \"Bad Request\"");
    assertThat(String.join("\n", log)).doesNotContain("SECRETWORD", "officers");
  }

  @Test
  void aHeadAnswerGivesTheLengthAGetWould() throws Exception {
    start(ServerSettings.builder());
    for (String path : List.of("/", "/v1/health")) {
      HttpResponse<String> head = client.send(HttpRequest.newBuilder(URI.create(server.address() + path))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(head.body()).isEmpty();
      assertThat(head.headers().firstValue("Content-Length")).as(path)
          .hasValue(String.valueOf(get(path).body().getBytes(StandardCharsets.UTF_8).length));
    }
  }

  @Test
  void thePageMayNotBeFramedNorLoadAnythingFromElsewhere() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> page = get("/");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
        .contains("default-src 'self'", "frame-ancestors 'none'"));
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
  }

  @Test
  void aClientSendingOneRequestAfterAnotherIsNeverRefusedByTheWorkerItJustFreed() throws Exception {
    // with one worker and no queue, a request sent as the answer before it arrived had found the worker not yet
    // back at the queue and was refused 503 (seen on a loaded machine)
    start(ServerSettings.builder().workers(1).queue(0));
    for (int i = 0; i < 300; i++) {
      assertThat(post("/v1/detect", "text/plain", "x".getBytes(StandardCharsets.UTF_8)).statusCode())
          .as("request %d", i).isEqualTo(200);
    }
  }

  @Test
  void aClientThatSendsTheWholeOversizedBodyBeforeReadingGets413NotAReset() throws Exception {
    start(ServerSettings.builder().maxBodyBytes(100));
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      byte[] body = new byte[4 << 20];
      java.util.Arrays.fill(body, (byte) 'a');
      socket.getOutputStream().write(("POST /v1/detect HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
          + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().write(body); // as Python's http.client does: all of it, then read
      socket.getOutputStream().flush();
      String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
          StandardCharsets.US_ASCII)).readLine();
      assertThat(status).startsWith("HTTP/1.1 413");
    }
  }

  @Test
  void healthTakesHeadAndReadinessSaysWhetherARequestWouldBeTaken() throws Exception {
    start(ServerSettings.builder().workers(1).queue(0));
    HttpResponse<Void> head = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/health"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(get("/v1/ready").statusCode()).isEqualTo(200);
    assertThat(get("/v1/health").body()).contains("\"ready\":true");
    service.block = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> running = restoreLater("x");
    awaitHealth("\"busyWorkers\":1");
    HttpResponse<String> ready = get("/v1/ready");
    assertThat(ready.statusCode()).isEqualTo(503);
    assertThat(ready.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(get("/v1/health").statusCode()).isEqualTo(200); // alive, though busy
    service.block.countDown();
    assertThat(running.get().statusCode()).isEqualTo(200);
  }

  @Test
  void anUnknownPathIs404WhateverTheMethodAndA405SaysWhatIsAllowed() throws Exception {
    start(ServerSettings.builder());
    HttpResponse<String> typo = post("/v1/restor", "application/json", "{\"text\":\"a\"}".getBytes(
        StandardCharsets.UTF_8));
    assertThat(typo.statusCode()).isEqualTo(404);
    HttpResponse<String> put = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/restore"))
        .PUT(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(405);
    assertThat(put.headers().firstValue("Allow")).hasValue("POST");
    HttpResponse<String> postPage = post("/", "text/plain", "x".getBytes(StandardCharsets.UTF_8));
    assertThat(postPage.statusCode()).isEqualTo(405);
    assertThat(postPage.headers().firstValue("Allow")).hasValue("GET, HEAD");
  }

  @Test
  void aJsonRequestIsReadAsTheCommandLineReadsARecord() throws Exception {
    start(ServerSettings.builder());
    // other members are the caller's (a record's url), as `--input jsonl` leaves them; they had been a 400
    HttpResponse<String> extra = post("/v1/restore", "application/json",
        "{\"text\":\"He mentioned it.\",\"url\":\"https://example.com/a\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(extra.statusCode()).isEqualTo(200);
    assertThat(extra.body()).contains("He said it.");
    byte[] bom = ("\uFEFF{\"text\":\"He mentioned it.\"}").getBytes(StandardCharsets.UTF_8);
    assertThat(post("/v1/restore", "application/json", bom).statusCode()).isEqualTo(200);
    assertThat(post("/v1/restore", "application/json; charset=utf-16", bom).statusCode()).isEqualTo(415);
    assertThat(post("/v1/restore", "application/jsonx", bom).statusCode()).isEqualTo(415);
    assertThat(post("/v1/restore", "text/plainx", "x".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(415);
    // a member given twice is ambiguous: the last had silently won
    HttpResponse<String> twice = post("/v1/restore", "application/json",
        "{\"text\":\"He mentioned it.\",\"text\":\"Another.\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(twice.statusCode()).isEqualTo(400);
    // said in the words the command line's --input jsonl uses for such a line
    assertThat(twice.body()).contains("invalid JSON: \\\"text\\\" is given twice at line 1, column ")
        .contains("; give each member once");
  }

  @Test
  void anHtmlBodyIsReadInTheCharsetItsContentTypeDeclares() throws Exception {
    byte[] latin1 = "<p>caf\u00e9</p>".getBytes(StandardCharsets.ISO_8859_1);
    byte[] read = UnspinServer.declaredCharset("text/html; charset=windows-1252", latin1);
    assertThat(java.util.Arrays.copyOf(read, 3)).containsExactly(0xEF, 0xBB, 0xBF); // before any meta tag
    assertThat(new String(read, 3, read.length - 3, StandardCharsets.UTF_8)).isEqualTo("<p>caf\u00e9</p>");
    assertThat(UnspinServer.declaredCharset("text/html; charset=utf-8", latin1)).isSameAs(latin1);
    assertThat(UnspinServer.declaredCharset("text/html", latin1)).isSameAs(latin1);
    assertThat(UnspinServer.declaredCharset("text/plain; charset=windows-1252", latin1)).isSameAs(latin1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> UnspinServer.declaredCharset(
        "text/html; charset=no-such-set", latin1)).isInstanceOf(HttpProblem.class).hasMessageContaining("charset");
  }

  @Test
  void drainingLetsARequestInFlightFinish() throws Exception {
    start(ServerSettings.builder());
    service.block = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> running = restoreLater("He mentioned it.");
    for (int i = 0; i < 200 && server.inFlight() == 0; i++) {
      Thread.sleep(20);
    }
    CompletableFuture<Void> draining = CompletableFuture.runAsync(() -> server.drain(Duration.ofSeconds(20)));
    Thread.sleep(300);
    service.block.countDown(); // a SIGTERM had cut it off with an empty reply
    assertThat(running.get().statusCode()).isEqualTo(200);
    assertThat(running.get().body()).contains("He said it.");
    draining.get();
  }
}
