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

  /** An output that cannot be written (exit code 5): "cannot write TARGET: WHY". */
  static CliException cannotWrite(Object target, String why) {
    return new CliException(Cli.OUTPUT, "cannot write " + target + ": " + why);
  }

  /** {@link #cannotWrite(Object, String)} for the failure {@code e}, said in words ({@link Cli#why}). */
  static CliException cannotWrite(Object target, java.io.IOException e) {
    return new CliException(Cli.OUTPUT, "cannot write " + target + ": " + Cli.why(e), e);
  }
}
