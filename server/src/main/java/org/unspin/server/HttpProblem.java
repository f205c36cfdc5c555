// SPDX-License-Identifier: Apache-2.0
package org.unspin.server;

/** A request that fails with an HTTP status and a problem detail (RFC 9457). */
final class HttpProblem extends Exception {

  private static final long serialVersionUID = 1L;
  final int status;
  final String title;
  /** The methods a 405 names in its {@code Allow} header, or null. */
  final String allow;
  /**
   * Whether the answer says {@code Retry-After}: only for an overload ({@link #overloaded}), which the same request
   * sent a moment later gets past; a request that ran out of time or memory would fail again.
   */
  final boolean retryAfter;

  HttpProblem(int status, String title, String detail) {
    this(status, title, detail, null, false);
  }

  HttpProblem(int status, String title, String detail, String allow) {
    this(status, title, detail, allow, false);
  }

  private HttpProblem(int status, String title, String detail, String allow, boolean retryAfter) {
    super(detail);
    this.status = status;
    this.title = title;
    this.allow = allow;
    this.retryAfter = retryAfter;
  }

  /** A 503 for a server too busy to take the request now, answered with {@code Retry-After}. */
  static HttpProblem overloaded(String detail) {
    return new HttpProblem(503, "Service Unavailable", detail, null, true);
  }
}
