// SPDX-License-Identifier: Apache-2.0
package org.unspin.server;

import java.time.Duration;

/**
 * How the server runs. Immutable; build with {@link #builder()}.
 *
 * @param host address to bind; {@code 127.0.0.1} unless told otherwise, so the server is not reachable from
 *     other machines by accident
 * @param port TCP port; 0 picks a free one
 * @param maxBodyBytes largest accepted request body; larger ones get 413. Trades memory per request for the
 *     size of documents accepted (default 10 MiB)
 * @param requestTimeout how long one request may compute before it is abandoned with 503 (default 30 s)
 * @param workers threads that restore and detect concurrently (default: available processors)
 * @param queue requests that may wait for a worker; beyond that the server answers 503 at once (default 64)
 * @param accessLog where a line for each request answered goes (time, client, method, path, status, bytes,
 *     milliseconds, and for an error its reason; never the text sent), or null for none (the default)
 * @param allowedHosts host names, besides the local ones, that requests to a server bound to a loopback address may
 *     name in their {@code Host} header ({@link UnspinServer#localHost}; lower case, any port): a proxy's own name for
 *     it; {@code *.example.org} takes every name under example.org ({@code www.example.org}, {@code a.b.example.org}),
 *     not example.org itself, as nginx's {@code server_name} reads it. A name with a port, a scheme or a path, a
 *     {@code *} elsewhere, or one over a single label ({@code *.org}, which any site of the web could be under) is
 *     refused ({@link #allowedHostProblem})
 * @since 0.1
 */
public record ServerSettings(String host, int port, long maxBodyBytes, Duration requestTimeout, int workers,
    int queue, java.util.function.Consumer<String> accessLog, java.util.Set<String> allowedHosts) {

  public ServerSettings {
    for (String h : allowedHosts) {
      String problem = allowedHostProblem(h);
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    allowedHosts = allowedHosts.stream().map(h -> h.toLowerCase(java.util.Locale.ROOT).replaceFirst("\\.$", ""))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535: " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (workers < 1 || queue < 0) {
      throw new IllegalArgumentException("workers must be >= 1 and queue >= 0");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be positive");
    }
  }

  /**
   * Why {@code name} cannot be an allowed host, said in the option's words ({@code --allowed-host}), or null when it
   * can: a host name (letters, digits, hyphens, underscores, in labels between dots), or {@code *.} and a name of
   * two labels or more. A name the check would never meet had been taken silently: {@code example.org:8443} (a
   * {@code Host}'s port is not compared), {@code https://example.org}, and {@code *.example.org}, which was compared
   * as it is written, so a deployer's proxy met 421 for every subdomain.
   */
  public static String allowedHostProblem(String name) {
    String h = name.strip().toLowerCase(java.util.Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    String label = "[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?";
    if (h.matches(label + "(\\." + label + ")*")) {
      return null;
    }
    String why = h.contains("://") || h.contains("/") ? "must be a host name only, without a scheme or a path"
        : h.matches(".*:[0-9]*") && !h.startsWith("[") ? "must be a host name without its port (a request to any "
            + "port of it is taken)"
        : h.matches("\\*\\." + label) ? "would take every name under " + h.substring(2) + ", where any site of the "
            + "web could be: give at least two labels after *. (*.example.org)"
        : h.startsWith("*.") && h.substring(2).matches(label + "(\\." + label + ")+") ? null
        : h.contains("*") ? "must be a host name, or *. and a name for every name under it (*.example.org); a * "
            + "stands nowhere else"
        : "must be a host name (letters, digits and hyphens between dots; an internationalised name in its xn-- form)";
    return why == null ? null : "--allowed-host " + name + " " + why;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder with the documented defaults. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private long maxBodyBytes = 10L << 20;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private int workers = Runtime.getRuntime().availableProcessors();
    private int queue = 64;
    private java.util.function.Consumer<String> accessLog;
    private java.util.Set<String> allowedHosts = java.util.Set.of();

    Builder() {}

    public Builder host(String v) {
      host = v;
      return this;
    }

    public Builder port(int v) {
      port = v;
      return this;
    }

    public Builder maxBodyBytes(long v) {
      maxBodyBytes = v;
      return this;
    }

    public Builder requestTimeout(Duration v) {
      requestTimeout = v;
      return this;
    }

    public Builder workers(int v) {
      workers = v;
      return this;
    }

    public Builder queue(int v) {
      queue = v;
      return this;
    }

    public Builder accessLog(java.util.function.Consumer<String> v) {
      accessLog = v;
      return this;
    }

    public Builder allowedHosts(java.util.Collection<String> v) {
      allowedHosts = java.util.Set.copyOf(v);
      return this;
    }

    public ServerSettings build() {
      return new ServerSettings(host, port, maxBodyBytes, requestTimeout, workers, queue, accessLog, allowedHosts);
    }
  }
}
