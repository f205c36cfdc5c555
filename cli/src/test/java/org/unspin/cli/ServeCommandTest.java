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
import org.unspin.server.UnspinServer;

class ServeCommandTest {

  @Test
  void theServerAnswersWithTheSameJsonAsTheCli() throws Exception {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    String text = "the minister mentioned the talks were useful .";
    try (UnspinServer server = UnspinServer.start(ServeCommand.service(u),
        ServerSettings.builder().port(0).build())) {
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
    }
  }

  @Test
  void traceTrueAddsTheSourcesFromTheIndex(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    Unspinner u = RestoreDetectCommandTest.fixtureUnspinner();
    java.nio.file.Path corpus = java.nio.file.Files.createDirectories(dir.resolve("corpus"));
    java.nio.file.Files.writeString(corpus.resolve("source.txt"), SpunArticle.SOURCE);
    java.nio.file.Files.writeString(corpus.resolve("other.txt"), SpunArticle.OTHER);
    java.nio.file.Path idx = dir.resolve("idx");
    assertThat(LearnFromTraceTest.run("index", "--out", idx.toString(), corpus.toString()).code()).isZero();
    try (UnspinServer server = UnspinServer.start(
        ServeCommand.service(u, null, org.unspin.trace.TraceIndex.open(idx)), ServerSettings.builder().port(0)
            .build())) {
      HttpClient client = HttpClient.newHttpClient();
      String body = "{\"text\":" + TraceCommand.quote(SpunArticle.SPIN) + ",\"trace\":true}";
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.address() + "/v1/restore"))
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"trace\":{\"document\":\"-\",\"sources\":[{\"rank\":1,\"source\":")
          .contains("source.txt");
      new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()); // still one valid JSON object
    }
    try (UnspinServer server = UnspinServer.start(ServeCommand.service(u), ServerSettings.builder().port(0)
        .build())) {
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.address()
          + "/v1/detect")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\",\"trace\":true}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(400);
      assertThat(r.body()).contains("--index");
    }
  }
}
