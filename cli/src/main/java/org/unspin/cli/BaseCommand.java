// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What every subcommand shares: {@code --verbose}, help, and access to the command line's writers. */
@CommandLine.Command(mixinStandardHelpOptions = true, versionProvider = Cli.Version.class)
abstract class BaseCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--verbose", description = "Print stack traces and more detail on errors.")
  boolean verbose;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /**
   * Stops the command when its output can no longer be written (a pipe whose reader has gone, as {@code | head}
   * does, or a full disk): results streamed on would be lost, and the work done for nothing.
   */
  void stopIfOutputClosed() {
    if (out().checkError()) {
      throw Cli.outputFailed();
    }
  }

  /** Says {@code message} on standard error, as "unspin: message", unless {@link #quiet()}. */
  void note(String message) {
    if (quiet()) {
      return;
    }
    err().println("unspin: " + message);
    err().flush();
  }

  /**
   * A usage error for the first of {@code options} given on the command line, said as {@code why} has it: an option
   * of another mode of the command, which would otherwise be ignored without a word ("detect --out FILE" without
   * --calibrate had written the results to standard output).
   */
  void refuseGiven(java.util.function.UnaryOperator<String> why, String... options) {
    for (String option : options) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new CommandLine.ParameterException(spec.commandLine(), why.apply(option));
      }
    }
  }

  /** Whether the command was asked to say nothing on standard error but errors ({@code --quiet} where it has one). */
  boolean quiet() {
    return false;
  }

  /** A progress bar on standard error; none under {@link #quiet()} (a cron job reads anything there as trouble). */
  ConsoleProgress progress() {
    return new ConsoleProgress(quiet() ? new PrintWriter(java.io.Writer.nullWriter()) : err());
  }
}
