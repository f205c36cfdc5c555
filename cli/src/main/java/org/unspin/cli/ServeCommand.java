// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.unspin.Unspinner;
import org.unspin.server.ServerSettings;
import org.unspin.server.Service;
import org.unspin.server.UnspinServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code unspin serve}: the HTTP API and the web page. */
@Command(name = "serve",
    description = {
      "Runs the HTTP server: POST /v1/restore and /v1/detect (JSON {\"text\": \"...\"} or a text/plain body; the "
          + "response is the JSON of restore/detect --format json), GET /v1/health, and the web page at /.",
      "Binds to 127.0.0.1 unless --host says otherwise."
    })
final class ServeCommand extends BaseCommand {

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--port", defaultValue = "8080", description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--max-body", defaultValue = "10485760",
      description = "Largest request body in bytes; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--timeout", defaultValue = "30",
      description = "Seconds one request may compute before it gets 503 (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--workers", description = "Concurrent restorations (default: number of processors).")
  Integer workers;

  @Option(names = "--queue", defaultValue = "64",
      description = "Requests that may wait for a worker; beyond that, 503 (default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--table", paramLabel = "TSV", description = "A user substitution table (spun<TAB>original).")
  Path table;

  @Option(names = "--phrases", paramLabel = "TSV",
      description = "A tortured-phrase list (tortured<TAB>expected), e.g. a newer copy of the public list.")
  Path phrases;

  @picocli.CommandLine.Mixin
  NeuralOption neural = new NeuralOption();

  @Override
  public Integer call() throws Exception {
    Unspinner unspinner = Models.load(new Models.Options(table, phrases), progress());
    Unspinner withNeural = neural.neural ? neural.apply(unspinner, err()) : null;
    ServerSettings.Builder b = ServerSettings.builder().host(host).port(port).maxBodyBytes(maxBody)
        .requestTimeout(Duration.ofSeconds(timeoutSeconds)).queue(queue);
    if (workers != null) {
      b.workers(workers);
    }
    try (UnspinServer server = UnspinServer.start(service(unspinner, withNeural), b.build())) {
      err().println("unspin: serving on " + server.address() + "/ (Ctrl-C stops)");
      err().flush();
      new CountDownLatch(1).await();
    }
    return Cli.OK;
  }

  /** The server's view of an Unspinner: the same JSON as {@code restore/detect --format json} of stdin. */
  static Service service(Unspinner unspinner) {
    return service(unspinner, null);
  }

  /**
   * As {@link #service(Unspinner)}; {@code "neural": true} restores with {@code withNeural} (the server was started
   * with {@code --neural}), and is refused when it is null.
   */
  static Service service(Unspinner unspinner, Unspinner withNeural) {
    return new Service() {
      @Override
      public String restoreJson(String text, Options options) {
        Unspinner u = unspinner;
        if (options.neural()) {
          if (withNeural == null) {
            throw new IllegalArgumentException("\"neural\": true needs a server started with --neural");
          }
          u = withNeural;
        }
        return Reports.restoreJson(List.of(new Reports.Named<>("-", u.restore(text))));
      }

      @Override
      public String detectJson(String text, Options options) {
        requireNoNeural(options);
        return Reports.detectJson(List.of(new Reports.Named<>("-", unspinner.detect(text))));
      }

      @Override
      public String healthJson() {
        return "{\"spinners\":" + unspinner.spinners().stream().map(s -> "\"" + s + "\"")
            .collect(java.util.stream.Collectors.joining(",", "[", "]")) + "}";
      }
    };
  }

  private static void requireNoNeural(Service.Options options) {
    if (options.neural()) {
      throw new IllegalArgumentException("\"neural\": true is not available on this server yet");
    }
  }
}
