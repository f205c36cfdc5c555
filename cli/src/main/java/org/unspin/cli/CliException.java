// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

/** A failure the CLI reports with a message and a specific exit code. */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }

  /** A usage error (exit code 2) found after the options were parsed. */
  static CliException usage(String message) {
    return new CliException(Cli.USAGE, message);
  }

  static CliException badInput(String message) {
    return new CliException(Cli.BAD_INPUT, message);
  }
}
