// SPDX-License-Identifier: Apache-2.0
package org.unspin.server;

/** A request that fails with an HTTP status and a problem detail (RFC 9457). */
final class HttpProblem extends Exception {

  private static final long serialVersionUID = 1L;
  final int status;
  final String title;
  /** The methods a 405 names in its {@code Allow} header, or null. */
  final String allow;

  HttpProblem(int status, String title, String detail) {
    this(status, title, detail, null);
  }

  HttpProblem(int status, String title, String detail, String allow) {
    super(detail);
    this.status = status;
    this.title = title;
    this.allow = allow;
  }
}
