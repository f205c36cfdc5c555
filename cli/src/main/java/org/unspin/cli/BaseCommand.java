// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What every subcommand shares: {@code --verbose}, help, and access to the command line's writers. */
@CommandLine.Command(mixinStandardHelpOptions = true)
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

  /** A progress bar on standard error. */
  ConsoleProgress progress() {
    return new ConsoleProgress(err());
  }
}
