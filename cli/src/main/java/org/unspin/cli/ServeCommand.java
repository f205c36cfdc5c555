// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.unspin.Restoration;
import org.unspin.Unspinner;
import org.unspin.trace.SourceMatch;
import org.unspin.trace.TraceIndex;
import org.unspin.trace.TraceSettings;
import org.unspin.server.ServerSettings;
import org.unspin.server.Service;
import org.unspin.server.UnspinServer;
import org.unspin.text.PagedText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code unspin serve}: the HTTP API and the web page. */
@Command(name = "serve",
    description = {
      "Runs the HTTP server: POST /v1/restore and /v1/detect (JSON {\"text\": \"...\"} or a text/plain body; the "
          + "response is the JSON of restore/detect --format json), POST /v1/text (the text of a PDF, HTML page, "
          + "LaTeX, JATS XML, Word or OpenDocument body, as restore reads it), POST /v1/annotate (a PDF, Word or "
          + "OpenDocument body back with its findings marked), GET /v1/health, GET /v1/ready (503 while no request "
          + "would be taken: every worker busy and the queue full, or too many being received), and the web page at /.",
      "Binds to 127.0.0.1 unless --host says otherwise. Writes a line on standard error for each request answered "
          + "(--no-access-log: none). SIGTERM or Ctrl-C lets the requests in flight finish, then exits 0.",
      "Answers of 1 KiB or more but files (JSON, JSON Lines, the page) go gzipped to a client that asks "
          + "(Accept-Encoding: gzip; curl --compressed)."
    })
final class ServeCommand extends BaseCommand {

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(names = "--allowed-host", paramLabel = "NAME", description = "A host name, besides this machine's own "
      + "(localhost, an address, a name without a dot), that requests to a server bound to a loopback address may "
      + "name in their Host header (at any port): a proxy's name that it passes on (nginx: proxy_set_header Host "
      + "$host); *.example.org takes every name under example.org, not example.org itself. Others get 421, so that "
      + "no web page can reach the server through a name made to point at it. Repeatable.")
  List<String> allowedHosts = new java.util.ArrayList<>();

  @Option(names = "--port", defaultValue = "8080",
      description = "Port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--max-body", defaultValue = "10485760",
      description = "Largest request body in bytes; larger ones get 413 (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(names = "--timeout", defaultValue = "30",
      description = "Seconds one request may compute before it gets 503, without Retry-After (default: "
          + "${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Option(names = "--workers", description = "Concurrent restorations (default: number of processors).")
  Integer workers;

  @Option(names = "--queue", defaultValue = "64",
      description = "Requests that may wait for a worker; beyond that, 503 with Retry-After: 1 (default: "
          + "${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--no-access-log", description = "Write no line on standard error for each request answered "
      + "(by default: time, client, method, path, status, bytes, milliseconds and an error's reason; never the text).")
  boolean noAccessLog;

  @Option(names = "--table", paramLabel = "TSV", description = ModelOptions.TABLE_DESCRIPTION)
  Path table;

  @Option(names = "--phrases", paramLabel = "TSV", description = ModelOptions.PHRASES_DESCRIPTION)
  Path phrases;

  @Option(names = "--spinner-table", paramLabel = "TABLE", description = "A learned spinner table (from unspin "
      + "learn or spark --learn) added as a family of its own, as restore and detect take it; repeatable.")
  List<Path> spinnerTables = new ArrayList<>();

  @Option(names = "--calibration", paramLabel = "FILE", description = ModelOptions.CALIBRATION_DESCRIPTION)
  Path calibration;

  @Option(names = "--threshold", paramLabel = "P", converter = ModelOptions.Threshold.class,
      description = ModelOptions.Threshold.DESCRIPTION)
  Double threshold;

  @Option(names = "--min-confidence", paramLabel = "C", converter = ModelOptions.MinConfidence.class,
      description = ModelOptions.MinConfidence.DESCRIPTION)
  Double minConfidence;

  @picocli.CommandLine.Mixin
  NeuralOption neural = new NeuralOption();

  @Option(names = "--index", paramLabel = "IDX", description = "A trace index (unspin index; read again when "
      + "index --update changes it): requests with "
      + "\"trace\": true also get the text's likely sources with aligned passages.")
  Path index;

  @Override
  public Integer call() throws Exception {
    UnspinServer started = start();
    // Ctrl-C or a SIGTERM (a service manager's stop) lets the requests in flight finish, within the request
    // timeout, instead of cutting them off with an empty reply
    Duration grace = Duration.ofSeconds(timeoutSeconds);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      int n = started.inFlight();
      err().println("unspin: stopping" + (n == 0 ? "" : ", letting " + n + " request" + (n == 1 ? "" : "s")
          + " in flight finish (up to " + timeoutSeconds + " s)"));
      err().flush();
      started.drain(grace);
      err().println("unspin: stopped");
      err().flush();
      // a stop asked for is a clean exit: the JVM's own status after SIGTERM, 143, reads as a failure to systemd
      Runtime.getRuntime().halt(Cli.OK);
    }, "unspin-stop"));
    err().println("unspin: serving on " + started.address() + "/ (Ctrl-C stops)");
    if (!started.loopback()) {
      err().println("unspin: warning: --host " + host + " opens the API to the network, with no authentication and no "
          + "check of the Host a request names (that check is for loopback binds); put it behind a proxy that "
          + "authenticates, or bind to 127.0.0.1");
    }
    err().flush();
    new CountDownLatch(1).await();
    return Cli.OK;
  }

  /**
   * Checks the options, loads the models and starts the server as the options say: what {@link #call()} does before
   * it waits for a stop (tests call it and close the server).
   *
   * @throws CliException for a calibration file that cannot be read or is not such constants (before any model
   *     loads), a port in use
   */
  UnspinServer start() throws Exception {
    // said in the options' own names ("port out of range:-1" and "maxBodyBytes must be positive" had named fields)
    String bad = port < 0 || port > 65535 ? "--port must be 0 to 65535 (0: a free one), not " + port
        : maxBody < 1 ? "--max-body must be at least 1 byte, not " + maxBody
        : timeoutSeconds < 1 ? "--timeout must be at least 1 second, not " + timeoutSeconds
        : workers != null && workers < 1 ? "--workers must be at least 1, not " + workers
        : queue < 0 ? "--queue must be 0 or more, not " + queue : null;
    for (String h : allowedHosts) {
      bad = bad != null ? bad : ServerSettings.allowedHostProblem(h);
    }
    if (bad == null && new java.net.InetSocketAddress(host, 0).isUnresolved()) {
      // the JDK's "Unresolved address" had named neither the host nor the option
      bad = "--host " + host + " does not resolve to an address; give an address of this machine (127.0.0.1, "
          + "0.0.0.0) or a name that resolves to one";
    }
    if (bad != null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), bad);
    }
    // a port in use is said before the models load (seconds), not after: a failed deploy shows at once
    if (port != 0) {
      try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
        probe.setReuseAddress(true);
        probe.bind(new java.net.InetSocketAddress(host, port));
      } catch (java.net.BindException e) {
        throw cannotListen(e);
      }
    }
    // a damaged file is said before the models load (seconds), naming its line, as detect says it; the server
    // judges with its constants, --threshold moving their operating point
    org.unspin.detect.Calibration constants = calibration == null ? null : ModelOptions.readCalibration(calibration);
    Unspinner models = Models.load(new Models.Options(table, phrases, spinnerTables), progress(), err());
    Unspinner unspinner = ModelOptions.apply(models, constants, threshold, minConfidence);
    Unspinner withNeural = neural.neural ? neural.apply(unspinner, err()) : null;
    ReloadingIndex traceIndex = index == null ? null : new ReloadingIndex(index, Duration.ofSeconds(5), line -> {
      err().println(line);
      err().flush();
    });
    Service service = serviceWithIndex(unspinner, withNeural, traceIndex);
    if (service.readsPagesWhole() && !quiet()) {
      err().println("unspin serve: note: " + index + " read its HTML pages whole (index --whole-page), so pages sent "
          + "without page= are read whole too");
    }
    ServerSettings.Builder b = ServerSettings.builder().host(host).port(port).maxBodyBytes(maxBody)
        .requestTimeout(Duration.ofSeconds(timeoutSeconds)).queue(queue).allowedHosts(allowedHosts);
    if (!noAccessLog) {
      java.io.PrintWriter log = err();
      b.accessLog(line -> {
        synchronized (log) {
          log.println(line);
          log.flush();
        }
      });
    }
    if (workers != null) {
      b.workers(workers);
    }
    try {
      return UnspinServer.start(service, b.build());
    } catch (java.net.BindException e) {
      throw cannotListen(e);
    }
  }

  private CliException cannotListen(java.net.BindException e) {
    return CliException.badInput("cannot listen on " + host + ":" + port + ": " + e.getMessage()
        + " (another server there? choose another --port)");
  }

  /**
   * How many operating points ({@code "threshold"}, {@code "minConfidence"} of requests) the service keeps built;
   * others are built for their request (a decoder and a detector: milliseconds, no model loading).
   */
  static final int OPERATING_POINTS = 32;

  /** The server's view of an Unspinner: the same JSON as {@code restore/detect --format json} of stdin. */
  static Service service(Unspinner unspinner) {
    return service(unspinner, null, null);
  }

  /**
   * As {@link #service(Unspinner)}; {@code "neural": true} restores and detects with {@code withNeural} (the server
   * was started with {@code --neural}), and is refused when it is null; {@code "trace": true} adds a {@code "trace"}
   * member, the object {@code unspin trace --format json} prints, looked up in {@code index} (refused when it is
   * null). A request's {@code "threshold"} and {@code "minConfidence"} are its own operating point
   * ({@link Unspinner#withThreshold}, {@link Unspinner#withMinConfidence}); the latter is refused with
   * {@code "neural"}, whose restorer was built on the server's decoder.
   */
  static Service service(Unspinner unspinner, Unspinner withNeural, TraceIndex index) {
    return serviceWithIndex(unspinner, withNeural, index == null ? null : () -> index);
  }

  /** As {@link #service(Unspinner, Unspinner, TraceIndex)}, the index asked for afresh by each request. */
  static Service serviceWithIndex(Unspinner unspinner, Unspinner withNeural,
      java.util.function.Supplier<TraceIndex> index) {
    java.util.Map<String, Unspinner> points = new java.util.concurrent.ConcurrentHashMap<>();
    return new Service() {
      /** The Unspinner a request asks for: with or without the neural pass, at its operating point. */
      private Unspinner unspinnerFor(Options options) {
        Unspinner u = unspinner;
        if (options.neural()) {
          if (withNeural == null) {
            throw new IllegalArgumentException("\"neural\": true needs a server started with --neural");
          }
          if (options.minConfidence() != null) {
            throw new IllegalArgumentException("\"minConfidence\" does not combine with \"neural\": start the "
                + "server with --neural --min-confidence C instead");
          }
          u = withNeural;
        }
        if (options.threshold() == null && options.minConfidence() == null) {
          return u;
        }
        String key = options.neural() + "/" + options.threshold() + "/" + options.minConfidence();
        Unspinner at = points.get(key);
        if (at == null) {
          at = options.threshold() == null ? u : u.withThreshold(options.threshold());
          at = options.minConfidence() == null ? at : at.withMinConfidence(options.minConfidence());
          if (points.size() < OPERATING_POINTS) {
            points.putIfAbsent(key, at);
          }
        }
        return at;
      }

      @Override
      public String restoreJson(String text, Options options) {
        return restoreJson(PagedText.of(text), options);
      }

      @Override
      public String restoreJson(PagedText document, Options options) {
        Unspinner u = unspinnerFor(options);
        Restoration r = u.restore(document.text());
        return Reports.restoreJson(new Reports.Named<>("-", r).withPages(document.pageStarts()), u.threshold(),
            trace(document.text(), r.text(), options, index));
      }

      @Override
      public String detectJson(String text, Options options) {
        return detectJson(PagedText.of(text), options);
      }

      @Override
      public String detectJson(PagedText document, Options options) {
        Unspinner u = unspinnerFor(options);
        return Reports.detectJson(new Reports.Named<>("-", u.detect(document.text())).withPages(document.pageStarts()),
            trace(document.text(), null, options, index));
      }

      @Override
      public PagedText document(String mediaType, byte[] body, boolean wholePage) {
        try {
          if (mediaType.equals("application/pdf")) {
            return org.unspin.trace.Documents.pdf(body, "the PDF");
          }
          return PagedText.of(switch (mediaType) {
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" ->
                org.unspin.trace.Documents.docxToText(body, "the Word document");
            case "application/vnd.oasis.opendocument.text" ->
                org.unspin.trace.Documents.odtToText(body, "the OpenDocument text");
            case "text/html" -> org.unspin.trace.Documents.pageText(body, "",
                org.unspin.trace.Documents.Html.of(wholePage));
            case "application/x-tex", "text/x-tex" -> org.unspin.trace.Documents.latexToText(body, "the LaTeX source");
            case "application/jats+xml", "application/xml", "text/xml" ->
                org.unspin.trace.Documents.jatsToText(body, "the XML file");
            default -> throw new UnsupportedOperationException("no conversion for " + mediaType);
          });
        } catch (java.io.IOException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
      }

      @Override
      public byte[] annotate(String mediaType, byte[] body) {
        return annotate(mediaType, body, Long.MAX_VALUE);
      }

      @Override
      public byte[] annotate(String mediaType, byte[] body, long maxChars) {
        try {
          boolean pdf = mediaType.equals("application/pdf");
          boolean odt = mediaType.equals("application/vnd.oasis.opendocument.text");
          PagedText document = pdf ? org.unspin.trace.Documents.pdf(body, "the PDF")
              : PagedText.of(odt ? org.unspin.trace.Documents.odtToText(body, "the OpenDocument text")
                  : org.unspin.trace.Documents.docxToText(body, "the Word document"));
          if (document.text().length() > maxChars) { // as the server refuses such a file's text to judge (413)
            throw new IllegalArgumentException(Service.tooLongText(document.text().length(), maxChars));
          }
          Reports.Named<org.unspin.DetectionResult> n = new Reports.Named<>("-", unspinner.detect(document.text()))
              .withPages(document.pageStarts());
          List<org.unspin.trace.Mark> marks = AnnotatedCopies.marks(n.result());
          String summary = AnnotatedCopies.summary(n);
          return pdf ? org.unspin.trace.PdfAnnotator.annotate(body, "the PDF", marks, summary)
              : odt ? org.unspin.trace.OpenDocumentAnnotator.annotate(body, "the OpenDocument text", marks, summary)
              : org.unspin.trace.WordAnnotator.annotate(body, "the Word document", marks, summary);
        } catch (java.io.IOException e) {
          throw new IllegalArgumentException(e.getMessage(), e);
        }
      }

      @Override
      public boolean readsPagesWhole() {
        return index != null && index.get().html().orElse(null) == org.unspin.trace.Documents.Html.WHOLE_PAGE;
      }

      @Override
      public String healthJson() {
        // what a request may ask for: "neural": true, "trace": true
        return "{\"spinners\":" + unspinner.spinners().stream().map(s -> "\"" + s + "\"")
            .collect(java.util.stream.Collectors.joining(",", "[", "]")) + ",\"neural\":" + (withNeural != null)
            + ",\"trace\":" + (index != null) + "}";
      }
    };
  }

  /**
   * The {@code "trace"} member of an answer whose request asked for it, written by the answer's own writer (it had
   * been put after the indented object's last line, {@code ]\n,"trace":...}); null when not asked for. Tracing uses
   * the restored text too.
   */
  private static java.util.function.Consumer<org.unspin.text.JsonWriter> trace(String text, String restored,
      Service.Options options, java.util.function.Supplier<TraceIndex> index) {
    if (!options.trace()) {
      return null;
    }
    if (index == null) {
      throw new IllegalArgumentException("\"trace\": true needs a server started with --index IDX");
    }
    TraceIndex idx = index.get();
    List<SourceMatch> matches = idx.trace(text, TraceSettings.defaults(),
        restored == null || restored.equals(text) ? null : t -> restored);
    // with each passage's changes and the source's passage, as trace --changes --format json writes them: the web
    // page sets the text beside its source
    List<String> sources = TraceCommand.sourceTexts(matches, idx);
    List<List<PassageChanges>> changes = TraceCommand.changes(matches, sources, text);
    return w -> TraceCommand.json(w.name("trace"), "-", matches, List.of(), null, changes, sources);
  }

  /**
   * The index {@code serve --index} names, read again when its file changes ({@code index --update} renames a new
   * one into place), so that a service adding documents through the day need not restart (12 s without answers at
   * 90,000 documents). The file's time is looked at by requests, at most once an {@code interval}; a new index is read
   * on a thread of its own while the old one answers, and takes over once read (two are held for that while); one
   * that cannot be read is said, and the old one stays.
   */
  static final class ReloadingIndex implements java.util.function.Supplier<TraceIndex> {
    private final Path path;
    private final long intervalNanos;
    private final java.util.function.Consumer<String> log;
    private final java.util.concurrent.atomic.AtomicBoolean reading = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile TraceIndex current;
    private volatile java.nio.file.attribute.FileTime readTime;
    private volatile long checkedAt;

    ReloadingIndex(Path path, Duration interval, java.util.function.Consumer<String> log) throws java.io.IOException {
      this.path = path;
      this.intervalNanos = interval.toNanos();
      this.log = log;
      this.readTime = java.nio.file.Files.getLastModifiedTime(path);
      this.current = TraceIndex.open(path);
      this.checkedAt = System.nanoTime();
    }

    @Override
    public TraceIndex get() {
      long now = System.nanoTime();
      if (now - checkedAt >= intervalNanos) {
        checkedAt = now;
        java.nio.file.attribute.FileTime t;
        try {
          t = java.nio.file.Files.getLastModifiedTime(path);
        } catch (java.io.IOException e) {
          return current; // being replaced, or gone: the one loaded answers
        }
        if (!t.equals(readTime) && reading.compareAndSet(false, true)) {
          Thread reader = new Thread(() -> read(t), "unspin-index-reader");
          reader.setDaemon(true);
          reader.start();
        }
      }
      return current;
    }

    private void read(java.nio.file.attribute.FileTime t) {
      try {
        TraceIndex next = TraceIndex.open(path);
        current = next;
        log.accept("unspin: read the changed index " + path + " (" + next.size() + " documents)");
      } catch (java.io.IOException | RuntimeException | OutOfMemoryError e) {
        log.accept("unspin: the index " + path + " changed but could not be read, the one loaded answers: " + e);
      } finally {
        readTime = t;
        reading.set(false);
      }
    }
  }
}
