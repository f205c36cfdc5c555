// SPDX-License-Identifier: Apache-2.0
package org.unspin.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.unspin.text.PagedText;
import org.unspin.text.Utf8;

/**
 * The unspin HTTP server: {@code POST /v1/restore}, {@code POST /v1/detect}, {@code GET /v1/health} (or HEAD; 200
 * while it runs), {@code GET /v1/ready} (503 while no request would be taken) and the web page at {@code GET /}.
 *
 * <p>Requests are JSON {@code {"text": "...", "neural": false, "trace": false}} (and optionally the operating point,
 * {@code "threshold"} and {@code "minConfidence"}, as {@code --threshold} and {@code --min-confidence}) or a
 * {@code text/plain} body, or a
 * batch of such objects, one per line ({@code application/x-ndjson}, answered line for line), or a document file
 * (PDF, HTML, Word, OpenDocument; its media type as {@code /v1/text} takes it), read as {@code /v1/text} reads it and
 * judged at the server's operating point, a PDF's spans with their pages;
 * {@code POST /v1/text} takes a PDF or HTML file and answers {@code {"text": "..."}}, its text as the page should
 * send it ({@link Service#document}; of an HTML page its article, or all its text with {@code ?page=whole}), and for
 * a PDF {@code "pageStarts"}, where each page starts in that text; {@code POST /v1/annotate} takes a PDF, Word or
 * OpenDocument file and answers a copy of it with the findings marked on it ({@link Service#annotate}).
 * Responses are JSON (that one a PDF);
 * errors are {@code application/problem+json} with {@code type}, {@code title}, {@code status} and {@code detail}:
 * 400 for invalid UTF-8 or JSON or a missing {@code text}, 404 for unknown paths, 405 (with {@code Allow}) for a
 * method a path does not take, 413 for bodies over {@link ServerSettings#maxBodyBytes()}, 503 with {@code
 * Retry-After} when every worker is busy and the queue is full or more requests are being received than workers,
 * queue and four (an overload, which the same request sent a moment later gets past), 503 without it when a request
 * ran past {@link ServerSettings#requestTimeout()} or out of memory, 500 when the service failed on
 * one request (the server keeps serving). Answers of {@link #GZIP_FROM} bytes or more in JSON, JSON Lines, problem
 * JSON, HTML, JavaScript or CSS go gzipped to a client whose {@code Accept-Encoding} takes gzip ({@link #takesGzip}),
 * with {@code Vary: Accept-Encoding}; HEAD answers and files do not. Thread-safe; {@link #close()} stops it,
 * {@link #drain} lets the requests in flight finish first.
 *
 * @since 0.1
 */
public final class UnspinServer implements AutoCloseable {

  private static final System.Logger LOG = System.getLogger(UnspinServer.class.getName());
  /** Reads requests strictly: trailing tokens and a member given twice ({"text": "a", "text": "b"}) are a 400. */
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      // a batch line's number id is echoed with its digits, as the command line echoes it (not 1e400 as "Infinity")
      .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true));
  /** {@link #JSON} with a member given twice taken at its last value: only to find a refused batch line's id. */
  private static final ObjectMapper LAST_WINS =
      JSON.copy().disable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Map<String, String> STATIC_TYPES = Map.of(
      "index.html", "text/html; charset=utf-8",
      "app.js", "text/javascript; charset=utf-8",
      "app.css", "text/css; charset=utf-8");

  /**
   * Seconds a request's headers and body may take to arrive before its connection is closed: a client that stalls
   * mid-upload held a connection thread for as long as it liked (the JDK server's default), and 70 of them stopped
   * the server answering anything, its health too. An answer has as long to be taken, from its first byte.
   */
  static final int READ_SECONDS = 60;

  static {
    // the JDK server reads these once, when its first server is made; a value given on the command line stands.
    // Without TCP_NODELAY a kept-alive connection waited about 40 ms for each response (Nagle and delayed ACKs):
    // 44 ms for a short text against 4 ms on a new connection
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
      System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(READ_SECONDS));
    }
  }

  /** How much of a refused request's body is read and dropped, so that its client reads the answer, not a reset. */
  static final long DRAIN_BYTES = 64L << 20;

  private final HttpServer http;
  /** Whether the server is bound to a loopback address, where requests must name this machine in their Host. */
  private final boolean loopback;
  private final ExecutorService acceptors;
  private final ThreadPoolExecutor workers;
  private final java.util.concurrent.Semaphore places;
  /** Requests whose bodies may be received at once: the bodies held in memory are bounded, not the connections. */
  private final java.util.concurrent.Semaphore receiving;
  /** How many {@link #receiving} admits: workers, queue and four. */
  private final int receivingPlaces;
  private final Service service;
  private final ServerSettings settings;
  /** Requests to the API ({@link #POSTED} paths) answered, whatever the answer; health checks and the page not. */
  private final AtomicInteger served = new AtomicInteger();
  private final AtomicInteger inFlight = new AtomicInteger();

  /**
   * How long an answer may take to be sent, from its first byte: past it the connection is closed ({@link
   * #READ_SECONDS}, as for a request to arrive; shorter in tests).
   */
  private final java.time.Duration sendLimit;

  private UnspinServer(Service service, ServerSettings settings, java.time.Duration sendLimit) throws IOException {
    this.service = service;
    this.settings = settings;
    this.sendLimit = sendLimit;
    InetSocketAddress address = new InetSocketAddress(settings.host(), settings.port());
    this.loopback = address.getAddress() != null && address.getAddress().isLoopbackAddress();
    this.http = HttpServer.create(address, 128);
    // Connection threads only read the request and wait; the bounded worker pool does the work. They are not
    // bounded themselves, so a health check or a page is answered whatever the uploads do: the requests that hold
    // a body are (receiving), and a stalled one is closed after READ_SECONDS
    this.acceptors = Executors.newCachedThreadPool(daemon("unspin-http"));
    this.receivingPlaces = settings.workers() + settings.queue() + 4;
    this.receiving = new java.util.concurrent.Semaphore(receivingPlaces);
    // Requests are admitted by places (workers + queue), given back when a request's work ends, before its answer
    // is sent; the pool's own bound had refused a request sent right after the answer before it, as the worker was
    // not yet back at its queue (one worker, no queue: 1 in 60 back-to-back requests answered 503)
    this.places = new java.util.concurrent.Semaphore(settings.workers() + settings.queue());
    this.workers = new ThreadPoolExecutor(settings.workers(), settings.workers(), 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemon("unspin-worker"));
    http.setExecutor(acceptors);
    http.createContext("/", this::handle);
  }

  /** Starts a server for {@code service}. */
  public static UnspinServer start(Service service, ServerSettings settings) throws IOException {
    return start(service, settings, java.time.Duration.ofSeconds(READ_SECONDS));
  }

  /** {@link #start(Service, ServerSettings)} with answers sent within {@code sendLimit} (tests shorten it). */
  static UnspinServer start(Service service, ServerSettings settings, java.time.Duration sendLimit)
      throws IOException {
    UnspinServer s = new UnspinServer(service, settings, sendLimit);
    s.http.start();
    LOG.log(System.Logger.Level.DEBUG, "server listening on http://{0}:{1}", settings.host(),
        String.valueOf(s.port())); // a number argument would be written "8,080"
    return s;
  }

  /** The port the server listens on (useful with port 0). */
  public int port() {
    return http.getAddress().getPort();
  }

  /** The base address, e.g. {@code http://127.0.0.1:8080}. */
  public String address() {
    String h = settings.host();
    return "http://" + (h.indexOf(':') >= 0 && !h.startsWith("[") ? "[" + h + "]" : h) + ":" + port();
  }

  /**
   * Whether the server is bound to a loopback address, and so answers only requests whose {@code Host} names this
   * machine; bound to another address it is open to the network, with no check of the name a request was sent to.
   */
  public boolean loopback() {
    return loopback;
  }

  @Override
  public void close() {
    http.stop(0);
    workers.shutdownNow();
    acceptors.shutdownNow();
  }

  /** Requests being received, waiting or computed now. */
  public int inFlight() {
    return inFlight.get();
  }

  /**
   * Stops taking requests and lets those in flight finish, for up to {@code grace}, then {@link #close()}s: a
   * SIGTERM had cut a running request off with an empty reply. Returns as soon as none is left: JDK 17's own
   * {@code HttpServer.stop(delay)} waits the whole delay when nothing is in flight (an idle server took its 30 s
   * to stop, past a container's 10 s grace), so it only closes the listener here, on a thread of its own.
   */
  public void drain(java.time.Duration grace) {
    Thread stopper = new Thread(() -> http.stop((int) Math.max(1, Math.min(Integer.MAX_VALUE, grace.toSeconds()))),
        "unspin-drain");
    stopper.setDaemon(true);
    stopper.start();
    long until = System.nanoTime() + grace.toNanos();
    try {
      Thread.sleep(50); // a connection accepted just before the listener closed reaches handle() first
      while (inFlight.get() > 0 && System.nanoTime() < until) {
        Thread.sleep(20);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    close();
  }

  /** The paths that take a POST body. */
  private static final java.util.Set<String> POSTED = java.util.Set.of("/v1/restore", "/v1/detect", "/v1/text",
      "/v1/annotate");

  private void handle(HttpExchange ex) throws IOException {
    inFlight.incrementAndGet();
    long started = System.nanoTime();
    boolean permit = false;
    boolean work = POSTED.contains(ex.getRequestURI().getPath());
    try {
      String path = ex.getRequestURI().getPath();
      String method = ex.getRequestMethod().toUpperCase(Locale.ROOT);
      java.util.List<String> hosts = ex.getRequestHeaders().get("Host");
      if (hosts != null && hosts.size() > 1) {
        // HTTP says 400: a proxy that checks one and a server that reads the other disagree on where it goes, and
        // only the first had been checked here
        throw new HttpProblem(400, "Bad Request", "the request has " + hosts.size() + " Host headers, where HTTP "
            + "allows one (a proxy in front should set it, not add another: nginx proxy_set_header Host $host)");
      }
      String target = ex.getRequestURI().toString();
      if (target.startsWith("//")) {
        // the JDK reads "//v1/health" as the host "v1" and the path "/health": nginx's "location /unspin" with
        // "proxy_pass http://127.0.0.1:8080/" writes such paths. Not served as "/v1/health" either: a proxy's rules
        // for "/v1/..." need not have seen it as that
        throw new HttpProblem(400, "Bad Request", "the request's path " + printable(target) + " begins with two "
            + "slashes, which HTTP reads as a host name; send it with one (" + printable(target.replaceFirst("^/+",
            "/")) + "); a proxy that sends it so has a location without the trailing slash its upstream address has "
            + "(nginx: location /unspin/ { proxy_pass http://127.0.0.1:8080/; })");
      }
      // a request to a proxy's form ("GET http://name/v1/health"): HTTP says its name is the host, not the header's
      String host = ex.getRequestURI().getScheme() != null && ex.getRequestURI().getRawAuthority() != null
          ? ex.getRequestURI().getRawAuthority().replaceFirst("^.*@", "") : hosts == null ? null : hosts.get(0);
      if (loopback && !localHost(host, settings.allowedHosts())) {
        // a web page whose name was made to point at 127.0.0.1 (DNS rebinding) could otherwise read the answers,
        // archive passages included, from a browser on this machine
        throw new HttpProblem(421, "Misdirected Request", "this server answers requests for this machine's own "
            + "names only, not Host: " + host + " (behind a proxy that passes another name, start it with "
            + "--allowed-host NAME)");
      }
      if (POSTED.contains(path)) {
        requireMethod(method, "POST");
        unknownQuery(ex.getRequestURI().getRawQuery(), path);
        permit = receiving.tryAcquire();
        if (!permit) {
          throw HttpProblem.overloaded("too many requests are being received and computed now; retry later");
        }
      }
      if (path.equals("/v1/restore") || path.equals("/v1/detect")) {
        requireMethod(method, "POST");
        byte[] body = readBody(ex);
        boolean restore = path.equals("/v1/restore");
        if (JSON_LINES.contains(mediaType(ex.getRequestHeaders().getFirst("Content-Type")))) {
          requireUtf8(ex.getRequestHeaders().getFirst("Content-Type"));
          // lines not reached by nine tenths of the time limit are answered "not done", so a long batch still
          // gets the answers it has: N lines in, N lines out
          long deadline = System.nanoTime() + settings.requestTimeout().toNanos() / 10 * 9;
          int[] notDone = new int[1];
          String lines = jsonLines(body, restore, deadline, notDone);
          // a client need not scan every line to know whether to send some again
          ex.getResponseHeaders().set(NOT_DONE_HEADER, String.valueOf(notDone[0]));
          send(ex, 200, "application/x-ndjson; charset=utf-8", lines.getBytes(StandardCharsets.UTF_8));
          return;
        }
        String type = mediaType(ex.getRequestHeaders().getFirst("Content-Type"));
        if (DOCUMENT_TYPES.contains(type)) { // a file, read as /v1/text reads it, at the server's operating point
          boolean wholePage = wholePage(ex.getRequestURI().getRawQuery(), service.readsPagesWhole());
          byte[] file = declaredCharset(ex.getRequestHeaders().getFirst("Content-Type"), body);
          String json = compute(() -> {
            PagedText document = document(type, file, wholePage);
            return restore ? service.restoreJson(document, Service.Options.DEFAULT)
                : service.detectJson(document, Service.Options.DEFAULT);
          });
          send(ex, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
          return;
        }
        Request req = parse(ex.getRequestHeaders().getFirst("Content-Type"), body);
        String json = compute(() -> restore ? service.restoreJson(req.text, req.options)
            : service.detectJson(req.text, req.options));
        send(ex, 200, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
      } else if (path.equals("/v1/text")) {
        requireMethod(method, "POST");
        byte[] body = readBody(ex);
        String type = mediaType(ex.getRequestHeaders().getFirst("Content-Type"));
        if (!DOCUMENT_TYPES.contains(type)) {
          throw new HttpProblem(415, "Unsupported Media Type",
              "send a PDF (application/pdf), an HTML page (text/html), a Word document (application/"
              + "vnd.openxmlformats-officedocument.wordprocessingml.document) or an OpenDocument text (application/"
              + "vnd.oasis.opendocument.text), a LaTeX source (application/x-tex) or a JATS XML article (application/"
              + "jats+xml, application/xml), not "
              + (type.isEmpty() ? "no type" : type));
        }
        boolean wholePage = wholePage(ex.getRequestURI().getRawQuery(), service.readsPagesWhole());
        byte[] file = declaredCharset(ex.getRequestHeaders().getFirst("Content-Type"), body);
        PagedText document = compute(() -> document(type, file, wholePage));
        ObjectNode out = JSON.createObjectNode();
        out.put("text", document.text());
        if (!document.pageStarts().isEmpty()) {
          com.fasterxml.jackson.databind.node.ArrayNode starts = out.putArray("pageStarts");
          document.pageStarts().forEach(starts::add);
        }
        send(ex, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(out));
      } else if (path.equals("/v1/annotate")) {
        requireMethod(method, "POST");
        byte[] body = readBody(ex);
        String type = mediaType(ex.getRequestHeaders().getFirst("Content-Type"));
        String ending = ANNOTATED.get(type);
        if (ending == null) {
          throw new HttpProblem(415, "Unsupported Media Type", "send a PDF (application/pdf), a Word document ("
              + WORD + ") or an OpenDocument text (application/vnd.oasis.opendocument.text), not "
              + (type.isEmpty() ? "no type" : type));
        }
        byte[] copy = compute(() -> {
          try {
            return service.annotate(type, body, settings.maxBodyBytes());
          } catch (UnsupportedOperationException e) {
            throw new UnsupportedMediaType(e.getMessage());
          }
        });
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"annotated.unspin" + ending + "\"");
        send(ex, 200, type, copy);
      } else if (path.equals("/v1/health") || path.equals("/v1/ready")) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
          throw new HttpProblem(405, "Method Not Allowed", "use GET or HEAD", "GET, HEAD");
        }
        // ready: a request sent now would be taken (a worker or a place in the queue is free, and a place to
        // receive it: uploads that stall hold those, and had left the server "ready" while it refused every POST)
        boolean receivable = receiving.availablePermits() > 0;
        boolean ready = places.availablePermits() > 0 && receivable;
        if (path.equals("/v1/ready") && !ready) {
          throw HttpProblem.overloaded(receivable ? "every worker is busy and the queue is full"
              : "too many requests are being received now");
        }
        ObjectNode health = JSON.createObjectNode();
        health.put("status", "ok");
        health.put("ready", ready);
        health.put("served", served.get());
        health.put("busyWorkers", workers.getActiveCount());
        health.put("queued", workers.getQueue().size());
        health.put("receiving", receivingPlaces - receiving.availablePermits());
        health.set("service", JSON.readTree(service.healthJson()));
        send(ex, 200, "application/json; charset=utf-8", JSON.writeValueAsBytes(health));
      } else if (STATIC_TYPES.containsKey(pageName(path))) {
        if (!method.equals("GET") && !method.equals("HEAD")) {
          throw new HttpProblem(405, "Method Not Allowed", method + " is not allowed on " + path, "GET, HEAD");
        }
        String name = pageName(path);
        String type = STATIC_TYPES.get(name);
        try (InputStream in = UnspinServer.class.getResourceAsStream("static/" + name)) {
          if (in == null) {
            throw new HttpProblem(404, "Not Found", "no such page: " + path);
          }
          ex.getResponseHeaders().set("Cache-Control", "no-cache");
          // the page loads nothing from elsewhere and is framed by nothing (a page that judges pasted text should
          // not be embeddable by another site, nor leak its address)
          ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; "
              + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
          ex.getResponseHeaders().set("X-Frame-Options", "DENY");
          ex.getResponseHeaders().set("Referrer-Policy", "no-referrer");
          send(ex, 200, type, in.readAllBytes());
        }
      } else {
        throw new HttpProblem(404, "Not Found", "no such resource: " + path);
      }
    } catch (HttpProblem p) {
      if (p.allow != null) {
        ex.getResponseHeaders().set("Allow", p.allow);
      }
      if (p.retryAfter) { // an overload only: a timeout's request sent again would time out again
        ex.getResponseHeaders().set("Retry-After", "1");
      }
      discardBody(ex);
      problem(ex, p.status, p.title, p.getMessage());
    } catch (IOException e) {
      // the client went away while sending or before reading the answer: nothing to answer, nothing broken
      LOG.log(System.Logger.Level.DEBUG, "client went away: " + ex.getRequestURI() + ": " + e);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "request failed: " + ex.getRequestURI(), e);
      problem(ex, 500, "Internal Server Error", "the request failed: " + e);
    } finally {
      if (permit) {
        receiving.release();
      }
      if (work) { // a load balancer's checks every few seconds had made "served" a clock
        served.incrementAndGet();
      }
      inFlight.decrementAndGet();
      ex.close();
      Logged logged = LOGGED.remove(ex);
      if (settings.accessLog() != null) {
        settings.accessLog().accept(accessLine(ex, started, logged));
      }
    }
  }

  /**
   * A request's line in the access log: {@code 2026-12-02T01:02:03.456Z 127.0.0.1 POST /v1/detect 200 1234 B 45
   * ms}, the forwarding proxy's {@code X-Forwarded-For} after the client where there is one, and for an error its
   * reason (for 400 and 500 only their title: their detail may quote the text sent, which is not logged).
   */
  private static String accessLine(HttpExchange ex, long started, Logged logged) {
    StringBuilder b = new StringBuilder(160);
    b.append(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)).append(' ');
    InetSocketAddress remote = ex.getRemoteAddress();
    b.append(remote == null ? "-" : remote.getAddress().getHostAddress());
    String forwarded = ex.getRequestHeaders().getFirst("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank()) {
      b.append(" (for ").append(forwarded.strip().replaceAll("[^0-9A-Za-z.:, \\[\\]-]", "?")).append(')');
    }
    // the target as sent, without its query: "//v1/health" had been logged as "/health", the JDK's path of it
    String target = ex.getRequestURI().getRawSchemeSpecificPart();
    String path = target == null ? null : ex.getRequestURI().getScheme() != null
        ? ex.getRequestURI().getScheme() + ":" + target.replaceFirst("\\?.*", "") : target.replaceFirst("\\?.*", "");
    b.append(' ').append(ex.getRequestMethod().replaceAll("[^A-Za-z]", "?")).append(' ')
        .append(path == null ? "-" : path.replaceAll("[^\\x21-\\x7e]", "?"));
    int status = ex.getResponseCode();
    b.append(' ').append(status < 0 ? "-" : String.valueOf(status)).append(' ')
        .append(logged == null ? 0 : logged.sent).append(" B ")
        .append((System.nanoTime() - started) / 1_000_000).append(" ms");
    if (logged != null && logged.reason != null) {
      b.append(" \"").append(logged.reason).append('"');
    }
    return b.toString();
  }

  /** What the access log tells of an answer: the body's bytes sent, and an error's reason (or null). */
  private static final class Logged {
    volatile int sent;
    volatile String reason;
  }

  /**
   * Each exchange's {@link Logged}, until its log line is written. Not the exchange's attributes: the JDK's server
   * keeps those in its context, shared by every request, so a 404's reason was logged again on the 200s after it.
   */
  private static final Map<HttpExchange, Logged> LOGGED = new java.util.concurrent.ConcurrentHashMap<>();

  private static Logged logged(HttpExchange ex) {
    return LOGGED.computeIfAbsent(ex, k -> new Logged());
  }

  /**
   * Reads and drops what is left of a refused request's body, up to {@link #DRAIN_BYTES}: a client that sends the
   * whole body before it reads (Python's http.client) otherwise met a connection reset instead of the answer.
   */
  private static void discardBody(HttpExchange ex) {
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    try {
      if (length != null && Long.parseLong(length.trim()) > DRAIN_BYTES) {
        return; // too much to read for nothing: the connection is closed after the answer
      }
      try (InputStream in = ex.getRequestBody()) {
        long left = DRAIN_BYTES;
        byte[] buffer = new byte[8192];
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
          left -= n;
        }
      }
    } catch (IOException | NumberFormatException e) {
      // nothing more to read, or a body we cannot read: answer anyway
    }
  }

  /**
   * An HTML {@code body} in the charset its {@code contentType} declares, as UTF-8 after a byte-order mark (which the
   * page reader takes before any meta tag, as HTTP puts the header first); any other body, or one in UTF-8 or with a
   * byte-order mark of its own, as it is. A charset Java does not know is a 415. The header had been ignored: a
   * windows-1252 page read "caf\uFFFD".
   */
  static byte[] declaredCharset(String contentType, byte[] body) throws HttpProblem {
    if (!mediaType(contentType).equals("text/html")) {
      return body;
    }
    java.util.regex.Matcher m = CHARSET.matcher(contentType.toLowerCase(Locale.ROOT));
    if (!m.find() || m.group(1).equals("utf-8") || m.group(1).equals("utf8") || Utf8.byteOrderMark(body) > 0) {
      return body;
    }
    java.nio.charset.Charset cs;
    try {
      cs = java.nio.charset.Charset.forName(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(415, "Unsupported Media Type", "unknown charset=" + m.group(1));
    }
    byte[] utf8 = new String(body, cs).getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[utf8.length + 3];
    out[0] = (byte) 0xEF;
    out[1] = (byte) 0xBB;
    out[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, out, 3, utf8.length);
    return out;
  }

  /** {@code s} with what is not printable ASCII as "?", at most 200 characters: a request's words in an answer. */
  private static String printable(String s) {
    String p = s.replaceAll("[^\\x20-\\x7e]", "?");
    return p.length() > 200 ? p.substring(0, 200) + "..." : p;
  }

  /** The file of the web page that {@code path} names ("index.html" for "/"), or "" for none. */
  private static String pageName(String path) {
    return path.equals("/") ? "index.html" : path.startsWith("/static/") ? path.substring(8) : "";
  }

  /**
   * The service's reading of a document file; a type it does not convert is a 415, and a file whose text is longer
   * than {@link ServerSettings#maxBodyBytes()} characters, the most a text sent as such can have, a 413: a Word file
   * of 724 KB that repeats one compressed paragraph had become 126 million characters, and its judgement ran the heap
   * out after 39 s.
   */
  private PagedText document(String type, byte[] body, boolean wholePage) throws Exception {
    PagedText document;
    try {
      document = service.document(type, body, wholePage);
    } catch (UnsupportedOperationException e) {
      throw new UnsupportedMediaType(e.getMessage());
    }
    if (document.text().length() > settings.maxBodyBytes()) {
      throw new HttpProblem(413, "Payload Too Large", Service.tooLongText(document.text().length(),
          settings.maxBodyBytes()));
    }
    return document;
  }

  private <T> T compute(java.util.concurrent.Callable<T> work) throws HttpProblem {
    Future<T> f = submit(work, System.nanoTime()); // once: refused at once when every place is taken
    try {
      return f.get(settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new HttpProblem(503, "Service Unavailable", "the request ran past the server's time limit of "
          + settings.requestTimeout().toMillis() + " ms and was abandoned (sent again unchanged, it would be again): "
          + "send a shorter text or file, or start the server with a larger --timeout");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HttpProblem(503, "Service Unavailable", "the server is shutting down");
    } catch (ExecutionException e) {
      throw problemOf(e.getCause(), "request");
    }
  }

  /**
   * What the service's failure {@code c} on one {@code what} (a request, a batch's line) answers: 400 for what it
   * refuses ({@link IllegalArgumentException}), 415 for a document type it does not convert, 503 when it ran out of
   * memory, 500 (logged) for anything else.
   */
  private static HttpProblem problemOf(Throwable c, String what) {
    if (c instanceof HttpProblem) { // the work's own answer, such as a file whose text is too long
      return (HttpProblem) c;
    }
    if (c instanceof IllegalArgumentException) {
      return new HttpProblem(400, "Bad Request", c.getMessage());
    }
    if (c instanceof UnsupportedMediaType) {
      return new HttpProblem(415, "Unsupported Media Type", c.getMessage());
    }
    if (c instanceof OutOfMemoryError) {
      LOG.log(System.Logger.Level.WARNING, "out of memory on one " + what, c);
      return new HttpProblem(503, "Service Unavailable", "the server ran out of memory on this " + what + " (heap "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MiB): send a shorter text or retry later");
    }
    LOG.log(System.Logger.Level.WARNING, "service failed on one " + what, c);
    return new HttpProblem(500, "Internal Server Error", "the request failed: " + c);
  }

  /**
   * Whether a request's {@code Host} header names this machine, for a server bound to a loopback address: no header
   * (HTTP/1.0), an address ("127.0.0.1:8080", "[::1]"), "localhost" or a name under it, a name of one label (a
   * proxy's upstream, "unspin"), or one of {@code allowed}, where "*.example.org" is any name under example.org. A
   * DNS rebinding attack needs a name of the web, with a dot in it.
   */
  static boolean localHost(String host, java.util.Set<String> allowed) {
    if (host == null || host.isBlank()) {
      return true;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) { // an IPv6 address, with its port after the bracket
      return h.indexOf(']') > 0;
    }
    int colon = h.lastIndexOf(':');
    String name = colon >= 0 ? h.substring(0, colon) : h;
    if (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.matches("[0-9.]+") || name.equals("localhost") || name.endsWith(".localhost")
        || name.indexOf('.') < 0) {
      return true;
    }
    if (name.indexOf('*') >= 0) { // no name holds one: "*.example.org" is a pattern of the allowed, not a host
      return false;
    }
    if (allowed.contains(name)) {
      return true;
    }
    for (String a : allowed) { // "*.example.org": any name under it, not example.org itself
      if (a.startsWith("*.") && name.endsWith(a.substring(1)) && name.length() > a.length() - 1) {
        return true;
      }
    }
    return false;
  }

  /** The media types of a batch of requests, one JSON object per line. */
  private static final java.util.Set<String> JSON_LINES = java.util.Set.of("application/x-ndjson",
      "application/jsonl", "application/x-jsonlines", "application/json-lines");

  /**
   * A batch ({@code application/x-ndjson}): each non-blank line of {@code body} a request object as for one text,
   * with an optional {@code "id"} (any JSON value); the answer one compact JSON object per such line, in order:
   * {@code "line"} (its number in the body, from 1), the {@code "id"} when given, then the result's members, or
   * {@code "error"} for a line that is not such an object, not UTF-8, or that the service refused or failed on, so N
   * requests give N answers; a byte order mark before the first line is skipped (after UTF-16's, the body is read
   * as UTF-16). Each line is one task of the worker pool, given when the one before it is done: a batch holds one
   * worker at a time, and other requests are served between its lines (two 400-line batches run whole in the two
   * workers had kept a short request waiting 7 s). Within one request timeout: a line not begun by {@code
   * deadline} ({@link System#nanoTime()}) gets the error {@code "not done: ..."} (with its id), without being
   * computed, and so does a line still running when the timeout is up; {@code notDoneLines[0]} counts those lines
   * ({@link #NOT_DONE_HEADER}). A batch whose first line finds every worker busy and the queue full is a 503, as a
   * single request is; a later line waits for a place.
   */
  private String jsonLines(byte[] sent, boolean restore, long deadline, int[] notDoneLines) throws HttpProblem {
    long end = deadline + settings.requestTimeout().toNanos() / 10; // the whole time limit
    // UTF-16, as a text body is read: its "\n\0" had cut every record in two
    byte[] body = Utf8.byteOrderMark(sent) != 2 ? sent : Utf8.decodeText(sent, offset -> new HttpProblem(400,
        "Bad Request", "the body is not valid UTF-16, which its byte-order mark says"))
        .getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    int line = 0;
    int from = 0;
    boolean first = true;
    String notDone = null; // why the remaining lines are not done, once one was not
    while (from < body.length) {
      int start = from;
      int stop = from;
      while (stop < body.length && body[stop] != '\n') {
        stop++;
      }
      line++;
      byte[] bytes = java.util.Arrays.copyOfRange(body, from, stop);
      from = stop + 1;
      ObjectNode answer = JSON.createObjectNode();
      answer.put("line", line);
      try {
        String text = Utf8.decode(bytes,
            k -> new HttpProblem(400, "Bad Request", "not valid UTF-8 at byte offset " + (start + k) + " of the body"));
        if (start == 0 && text.startsWith("\uFEFF")) {
          text = text.substring(1); // a byte order mark, as Windows tools write; the CLI's --input jsonl skips it
        }
        if (text.isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = readJson(text);
        } catch (HttpProblem p) {
          JsonNode id = idOfLineGivingAMemberTwice(text);
          if (id != null) { // the line's error keeps its id, as --input jsonl keeps it
            answer.set("id", id);
          }
          throw p;
        }
        if (node != null && node.isObject() && node.has("id")) {
          answer.set("id", node.get("id"));
          ((ObjectNode) node).remove("id");
        }
        if (notDone == null && System.nanoTime() - deadline > 0) {
          notDone = "not done: the batch ran past nine tenths of the server's time limit ("
              + settings.requestTimeout().toMillis() + " ms) before this line; send it again";
        }
        if (notDone != null) {
          answer.put("error", notDone);
          notDoneLines[0]++;
          out.append(answer).append('\n');
          continue;
        }
        Request req = request(node);
        Future<String> f = submit(() -> restore ? service.restoreJson(req.text, req.options)
            : service.detectJson(req.text, req.options), first ? System.nanoTime() : deadline);
        first = false;
        if (f == null) {
          notDone = "not done: every worker stayed busy until nine tenths of the server's time limit ("
              + settings.requestTimeout().toMillis() + " ms); send it again";
          answer.put("error", notDone);
          notDoneLines[0]++;
          out.append(answer).append('\n');
          continue;
        }
        try {
          answer.setAll((ObjectNode) JSON.readTree(f.get(Math.max(0, end - System.nanoTime()),
              TimeUnit.NANOSECONDS)));
        } catch (TimeoutException e) {
          f.cancel(true);
          notDone = "not done: the batch ran past the server's time limit ("
              + settings.requestTimeout().toMillis() + " ms); send it again";
          answer.put("error", notDone);
          notDoneLines[0]++;
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new HttpProblem(503, "Service Unavailable", "the server is shutting down");
        } catch (ExecutionException e) {
          answer.put("error", problemOf(e.getCause(), "line").getMessage());
        }
      } catch (HttpProblem p) {
        if (p.status == 503 && first) {
          throw p; // nothing done yet: the whole batch is refused, as one request is
        }
        answer.put("error", p.getMessage());
      } catch (IOException e) {
        answer.put("error", "the service's answer is not JSON: " + e.getMessage());
      }
      out.append(answer).append('\n');
    }
    return out.toString();
  }

  /**
   * {@code work} given to the worker pool; while every worker is busy and the queue is full, tried again until
   * {@code until} ({@link System#nanoTime()}), then null. A time already past tries once: a first line refused is a
   * 503 (thrown).
   */
  private <T> Future<T> submit(java.util.concurrent.Callable<T> work, long until) throws HttpProblem {
    boolean once = System.nanoTime() - until >= 0;
    while (true) {
      Future<T> f = admit(work);
      if (f != null) {
        return f;
      }
      if (once) {
        throw HttpProblem.overloaded(settings.workers() == 1 ? "the one worker is busy and the queue is full; retry "
            + "later" : "all " + settings.workers() + " workers are busy and the queue is full; retry later");
      }
      if (System.nanoTime() - until > 0) {
        return null;
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException ie) {
        Thread.currentThread().interrupt();
        throw new HttpProblem(503, "Service Unavailable", "the server is shutting down");
      }
    }
  }

  /**
   * {@code work} given to the worker pool if a place (a worker or the queue) is free, else null. The place is given
   * back as the work ends, before whoever waits for it is woken, or when it is cancelled before it began.
   */
  private <T> Future<T> admit(java.util.concurrent.Callable<T> work) {
    if (!places.tryAcquire()) {
      return null;
    }
    java.util.concurrent.atomic.AtomicBoolean held = new java.util.concurrent.atomic.AtomicBoolean(true);
    Runnable giveBack = () -> {
      if (held.compareAndSet(true, false)) {
        places.release();
      }
    };
    FutureTask<T> task = new FutureTask<>(() -> {
      try {
        return work.call();
      } finally {
        giveBack.run();
      }
    }) {
      @Override
      protected void done() {
        giveBack.run(); // cancelled before it began
      }
    };
    try {
      workers.execute(task);
    } catch (RejectedExecutionException e) { // shut down
      giveBack.run();
      return null;
    }
    return task;
  }

  /** A Word document's media type. */
  private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  /** The files {@code POST /v1/annotate} takes, with the ending of the copy's name. */
  private static final Map<String, String> ANNOTATED = Map.of("application/pdf", ".pdf", WORD, ".docx",
      "application/vnd.oasis.opendocument.text", ".odt");

  /** The files {@code POST /v1/text} takes. */
  private static final java.util.Set<String> DOCUMENT_TYPES = java.util.Set.of("application/pdf", "text/html",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.oasis.opendocument.text", "application/x-tex", "text/x-tex", "application/jats+xml",
      "application/xml", "text/xml");

  /** A service's refusal of a document type, carried out of the worker pool. */
  private static final class UnsupportedMediaType extends Exception {
    UnsupportedMediaType(String message) {
      super(message);
    }
  }

  /**
   * Whether {@code POST /v1/text} is asked for a page's whole text: {@code page=whole} in the query ({@code
   * page=article} is the article; no {@code page}, {@code byDefault}, {@link Service#readsPagesWhole()}); any other
   * value is a 400.
   */
  private static boolean wholePage(String rawQuery, boolean byDefault) throws HttpProblem {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return byDefault;
    }
    boolean whole = byDefault;
    for (String pair : rawQuery.split("&")) {
      if (pair.startsWith("page=")) {
        String v = pair.substring("page=".length());
        if (!v.equals("article") && !v.equals("whole")) {
          throw new HttpProblem(400, "Bad Request", "unknown page=" + v + " (page=article or page=whole)");
        }
        whole = v.equals("whole");
      }
    }
    return whole;
  }

  /** The request members that are options, which a query parameter of their name had been taken to set. */
  private static final java.util.Set<String> OPTIONS = java.util.Set.of("threshold", "minConfidence", "neural",
      "trace");

  /**
   * Refuses (400) a query parameter that {@code path} does not read: {@code page} is read on {@code /v1/text},
   * {@code /v1/detect} and {@code /v1/restore} (for an HTML page), nothing else anywhere. A request to {@code
   * /v1/detect?threshold=0.99} had been judged at the server's own threshold and called spun at 0.70, silently.
   */
  private static void unknownQuery(String rawQuery, String path) throws HttpProblem {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return;
    }
    for (String pair : rawQuery.split("&")) {
      String raw = pair.split("=", 2)[0];
      if (raw.isEmpty() || raw.equals("page") && !path.equals("/v1/annotate")) {
        continue;
      }
      String name;
      try {
        name = java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        name = raw;
      }
      throw new HttpProblem(400, "Bad Request", "unknown query parameter " + printable(name) + " on " + path
          + (OPTIONS.contains(name) ? ": the options are members of a JSON request ({\"text\": \"...\", \"" + name
              + "\": ...}); a file sent as it is is judged at the server's operating point"
              : path.equals("/v1/annotate") ? ", which reads none" : ", which reads page=article or page=whole (of "
              + "an HTML page) only"));
    }
  }

  /** The media type of a Content-Type header, lower case and without parameters; "" when there is none. */
  private static String mediaType(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
  }

  private static void requireMethod(String method, String allowed) throws HttpProblem {
    if (!method.equals(allowed)) {
      throw new HttpProblem(405, "Method Not Allowed", "use " + allowed, allowed);
    }
  }

  private byte[] readBody(HttpExchange ex) throws IOException, HttpProblem {
    long max = settings.maxBodyBytes();
    String length = ex.getRequestHeaders().getFirst("Content-Length");
    if (length != null) {
      try {
        if (Long.parseLong(length.trim()) > max) {
          throw tooLarge(max);
        }
      } catch (NumberFormatException e) {
        throw new HttpProblem(400, "Bad Request", "invalid Content-Length: " + length);
      }
    }
    byte[] body;
    try (InputStream in = ex.getRequestBody()) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
      if (body.length > max) {
        throw tooLarge(max);
      }
    }
    java.util.List<String> codings = ex.getRequestHeaders().get("Content-Encoding");
    return codings == null ? body : unpacked(String.join(", ", codings), body, max);
  }

  /**
   * A request body sent with {@code Content-Encoding: coding}: unpacked from gzip ({@code x-gzip}) or deflate
   * (zlib-wrapped, as HTTP defines it, or raw), at most {@code max} bytes unpacked, as a body sent as it is (413
   * beyond: a small packed body can unpack to gigabytes); as it is for {@code identity}. Any other coding, or more
   * than one, is a 415; a body that is not in its coding a 400. The header had been ignored: a gzipped batch was
   * refused as "not text but a binary file", and a body in a coding the server cannot read was judged as its bytes.
   */
  static byte[] unpacked(String coding, byte[] body, long max) throws HttpProblem {
    String c = coding.strip().toLowerCase(Locale.ROOT);
    if (c.isEmpty() || c.equals("identity")) {
      return body;
    }
    if (!c.equals("gzip") && !c.equals("x-gzip") && !c.equals("deflate")) {
      throw new HttpProblem(415, "Unsupported Media Type", "Content-Encoding " + printable(coding) + " is not read: "
          + "send the body as it is, or packed with one of gzip or deflate");
    }
    int limit = (int) Math.min(Integer.MAX_VALUE - 9, max);
    byte[] out;
    try {
      if (c.equals("deflate")) { // zlib-wrapped, as HTTP defines it, or raw
        out = org.unspin.text.Deflate.inflate(body, limit);
      } else {
        try (InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
          out = in.readNBytes(limit + 1);
        }
      }
    } catch (IOException e) {
      throw new HttpProblem(400, "Bad Request", "the body is not in " + c + ", as its Content-Encoding says ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
    }
    if (out.length > max) {
      throw new HttpProblem(413, "Payload Too Large", "the request body, unpacked from " + c + ", is larger than "
          + "the limit of " + max + " bytes (set with --max-body)");
    }
    return out;
  }

  private static HttpProblem tooLarge(long max) {
    return new HttpProblem(413, "Payload Too Large", "the request body is larger than the limit of " + max
        + " bytes (set with --max-body)");
  }

  /** A parsed request. */
  private record Request(String text, Service.Options options) {}

  private static Request parse(String contentType, byte[] body) throws HttpProblem {
    String type = mediaType(contentType);
    if (type.equals("text/plain") || type.equals("application/json")) {
      requireUtf8(contentType);
    }
    if (type.equals("text/plain")) {
      // read as the command line reads a file: a byte-order mark (UTF-8, or UTF-16's) is not text, so the offsets
      // of the answer are those `restore` gives for the same file
      return new Request(Utf8.decodeText(body, offset -> new HttpProblem(400, "Bad Request",
          "the body: " + Utf8.fault(body, offset) + " at byte offset " + offset)), Service.Options.DEFAULT);
    }
    if (type.isEmpty() && !looksLikeJson(body)) {
      throw new HttpProblem(415, "Unsupported Media Type", "give the body's Content-Type: application/json "
          + "({\"text\": \"...\"}) or text/plain (the text itself)");
    }
    if (!type.isEmpty() && !type.equals("application/json")) {
      throw new HttpProblem(415, "Unsupported Media Type",
          "send application/json ({\"text\": \"...\"}), text/plain, or a document: a PDF, HTML page, Word, "
          + "OpenDocument, LaTeX or JATS XML file by its media type (see POST /v1/text), not " + contentType
          + (type.equals("application/x-www-form-urlencoded") ? " (which curl -d and --data-binary send unless told "
              + "otherwise: add -H 'Content-Type: application/json')" : ""));
    }
    // a byte-order mark before the JSON is not JSON, but editors write one: read past it, as text/plain does
    JsonNode node = readJson(Utf8.decodeText(body, offset -> new HttpProblem(400, "Bad Request",
        "the body: " + Utf8.fault(body, offset) + " at byte offset " + offset)));
    if (node != null && node.isArray()) {
      throw new HttpProblem(400, "Bad Request", "the body is a JSON array, where one request is a JSON object "
          + "with a \"text\" field; send a batch as JSON Lines, one object a line, with Content-Type: "
          + "application/x-ndjson (jq -c '.[]' turns an array into them), answered line for line");
    }
    return request(node);
  }

  /**
   * A 415 where {@code contentType} declares a charset other than UTF-8, which text, JSON and JSON Lines bodies are
   * read in. A JSON Lines batch in UTF-16 had been cut at each "\n" byte and answered with more errors than it had
   * records ("not valid UTF-8", "Illegal character ((CTRL-CHAR, code 0))").
   */
  private static void requireUtf8(String contentType) throws HttpProblem {
    java.util.regex.Matcher charset = CHARSET.matcher(contentType.toLowerCase(Locale.ROOT));
    if (charset.find() && !charset.group(1).equals("utf-8") && !charset.group(1).equals("utf8")) {
      throw new HttpProblem(415, "Unsupported Media Type", "send " + mediaType(contentType) + " in UTF-8 (charset="
          + "utf-8), not charset=" + charset.group(1) + "; convert it first, e.g. iconv -f " + charset.group(1)
          + " -t utf-8");
    }
  }

  /** The charset parameter of a media type (lower-cased). */
  private static final java.util.regex.Pattern CHARSET =
      java.util.regex.Pattern.compile(";\\s*charset=\"?([^\";\\s]+)");

  /** Whether {@code body}, sent without a type, starts as a JSON object does (after blanks). */
  private static boolean looksLikeJson(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return b == '{';
      }
    }
    return false;
  }

  private static JsonNode readJson(String text) throws HttpProblem {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      String twice = givenTwice(e);
      throw new HttpProblem(400, "Bad Request", twice != null
          ? "invalid JSON: \"" + twice + "\" is given twice" + where + "; give each member once"
          : "invalid JSON: " + e.getOriginalMessage() + where);
    }
  }

  /** Jackson's words for a member given twice ({@link #JSON} refuses it), with the member's name as group 1. */
  private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern.compile("Duplicate field '(.*)'");

  /**
   * The name of the member given twice that {@code e} refused, or null for another error. The command line's
   * {@code --input jsonl} says the same ({@code "text" is given twice}).
   */
  private static String givenTwice(JsonProcessingException e) {
    java.util.regex.Matcher m = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
    return m.matches() ? m.group(1) : null;
  }

  /**
   * The {@code "id"} of a batch line {@code text} that {@link #readJson} refused for a member given twice, read as a
   * parser that takes the last value reads it; null for another fault, or where {@code "id"} is the member given
   * twice (which of them is meant is the question). The line's error had come without its id, where the command
   * line's {@code --input jsonl} keeps it, so a client could not tell which record was refused.
   */
  private static JsonNode idOfLineGivingAMemberTwice(String text) {
    try {
      JSON.readTree(text);
      return null; // not refused, or not for that
    } catch (JsonProcessingException e) {
      String twice = givenTwice(e);
      if (twice == null || twice.equals("id")) {
        return null;
      }
    }
    try {
      JsonNode node = LAST_WINS.readTree(text);
      return node != null && node.isObject() ? node.get("id") : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** The request a JSON object {@code node} makes: a string {@code "text"}, optional boolean options. */
  private static Request request(JsonNode node) throws HttpProblem {
    if (node == null || !node.isObject()) {
      throw new HttpProblem(400, "Bad Request", "the body must be a JSON object with a \"text\" field");
    }
    // other members (a record's "url", "source") are the caller's, and left alone, as `--input jsonl` leaves them
    JsonNode t = node.get("text");
    if (t == null || !t.isTextual()) {
      java.util.List<String> has = new java.util.ArrayList<>();
      node.fieldNames().forEachRemaining(has::add);
      throw new HttpProblem(400, "Bad Request", "the JSON body needs a string field \"text\""
          + (t == null && !has.isEmpty() ? " (it has " + String.join(", ", has) + ")" : ""));
    }
    int nul = t.asText().indexOf('\0');
    if (nul >= 0) { // as in a text/plain body: the command line's --input jsonl refuses it too
      throw new HttpProblem(400, "Bad Request", "the \"text\" holds " + Utf8.nulCharacter(nul));
    }
    JsonNode neural = node.get("neural");
    JsonNode trace = node.get("trace");
    if (neural != null && !neural.isBoolean() || trace != null && !trace.isBoolean()) {
      throw new HttpProblem(400, "Bad Request", "\"neural\" and \"trace\" must be true or false");
    }
    Double threshold = number(node, "threshold");
    Double minConfidence = number(node, "minConfidence");
    try { // the options check their ranges
      return new Request(t.asText(), new Service.Options(neural != null && neural.asBoolean(),
          trace != null && trace.asBoolean(), threshold, minConfidence));
    } catch (IllegalArgumentException e) {
      throw new HttpProblem(400, "Bad Request", e.getMessage());
    }
  }

  /** The number field {@code name} of {@code node}, or null when absent; 400 when it is not a number. */
  private static Double number(JsonNode node, String name) throws HttpProblem {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isNumber()) {
      throw new HttpProblem(400, "Bad Request", "\"" + name + "\" must be a number: " + v);
    }
    return v.asDouble();
  }

  private void problem(HttpExchange ex, int status, String title, String detail) throws IOException {
    ObjectNode p = JSON.createObjectNode();
    p.put("type", "about:blank");
    p.put("title", title);
    p.put("status", status);
    p.put("detail", detail);
    logged(ex).reason = status == 400 || status >= 500 && status != 503 ? title : title + ": " + detail;
    try {
      send(ex, status, "application/problem+json", JSON.writeValueAsBytes(p));
    } catch (IOException e) {
      // the client went away; nothing more to do
    }
  }

  /**
   * The header of a JSON Lines batch's answer that counts its lines answered "not done" (0 when every line was
   * answered), so that a client knows without reading them whether to send some again.
   */
  static final String NOT_DONE_HEADER = "Unspin-Not-Done";

  /**
   * Answers from this many bytes on are sent gzipped to a client that takes gzip: under it, gzip's 18 bytes of frame
   * and the work save little.
   */
  static final int GZIP_FROM = 1024;

  /** The media types of answers that are sent gzipped to a client that takes gzip: text, not a PDF or Word file. */
  private static final java.util.Set<String> GZIPPED = java.util.Set.of("application/json", "application/x-ndjson",
      "application/problem+json", "text/html", "text/javascript", "text/css");

  private void send(HttpExchange ex, int status, String type, byte[] plain) throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = ex.getRequestMethod().equalsIgnoreCase("HEAD");
    // a batch's JSON Lines for thousands of texts had gone as they are, whatever the client took
    boolean gzippable = GZIPPED.contains(mediaType(type)) && status != 204 && status != 304;
    if (gzippable) { // the answer depends on the header, which a cache in between must know
      ex.getResponseHeaders().set("Vary", "Accept-Encoding");
    }
    byte[] body = plain;
    if (gzippable && !head && plain.length >= GZIP_FROM
        && takesGzip(ex.getRequestHeaders().get("Accept-Encoding"))) {
      body = gzipped(plain);
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    logged(ex).sent = head ? 0 : body.length;
    if (head) { // the length a GET would have, as HTTP asks of a HEAD answer (the JDK server sends none for HEAD)
      ex.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
    }
    // a client that does not read its answer had held its connection, and its place among those receiving, for
    // good: 70 of them refused every POST until they went. The thread sending is interrupted past sendLimit,
    // which closes the connection (the JDK's socket channels are interruptible)
    Thread sender = Thread.currentThread();
    Object lock = new Object();
    boolean[] sending = {true};
    java.util.concurrent.ScheduledFuture<?> watchdog = SEND_TIMER.schedule(() -> {
      synchronized (lock) {
        if (sending[0]) {
          // the access log says so, not a 200 of all its bytes
          logged(ex).reason = "answer not taken within " + sendLimit.toSeconds() + " s: connection closed";
          sender.interrupt();
        }
      }
    }, sendLimit.toMillis(), TimeUnit.MILLISECONDS);
    try {
      ex.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = ex.getResponseBody()) {
          out.write(body);
        }
      }
    } finally {
      watchdog.cancel(false);
      synchronized (lock) {
        sending[0] = false;
      }
      Thread.interrupted(); // one that came as the answer went: not the next request's
    }
  }

  /**
   * Whether a request's {@code Accept-Encoding} headers take gzip: {@code gzip} (or {@code x-gzip}) listed with a
   * quality above 0, or not listed and {@code *} so; {@code gzip;q=0} refuses it, and no header takes nothing
   * (as curl without --compressed). Names and parameters are read in any case; a quality that is not a number is 0.
   */
  static boolean takesGzip(java.util.List<String> acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    Double gzip = null;
    Double any = null;
    for (String coding : String.join(",", acceptEncoding).split(",")) {
      String[] parts = coding.split(";");
      String name = parts[0].strip().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < parts.length; i++) {
        String p = parts[i].strip().toLowerCase(Locale.ROOT);
        if (p.startsWith("q=")) {
          try {
            q = Double.parseDouble(p.substring(2).strip());
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      if (name.equals("gzip") || name.equals("x-gzip")) {
        gzip = gzip == null ? q : Math.max(gzip, q);
      } else if (name.equals("*")) {
        any = q;
      }
    }
    return gzip != null ? gzip > 0 : any != null && any > 0;
  }

  /** {@code body} gzipped. */
  private static byte[] gzipped(byte[] body) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(body.length / 4 + 64);
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out, 8192)) {
      z.write(body);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // not from memory
    }
    return out.toByteArray();
  }

  /** Interrupts the sending of answers that are not taken within a server's {@link #sendLimit}. */
  private static final java.util.concurrent.ScheduledThreadPoolExecutor SEND_TIMER = sendTimer();

  private static java.util.concurrent.ScheduledThreadPoolExecutor sendTimer() {
    java.util.concurrent.ScheduledThreadPoolExecutor t =
        new java.util.concurrent.ScheduledThreadPoolExecutor(1, daemon("unspin-send-timer"));
    t.setRemoveOnCancelPolicy(true);
    return t;
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
