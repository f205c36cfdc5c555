// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin trace}: not built yet. */
@Command(name = "trace", description = "Finds the source documents of spun copies. (Not built yet.)")
final class TraceCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("trace", "issue 7: trace and Spark");
  }
}
