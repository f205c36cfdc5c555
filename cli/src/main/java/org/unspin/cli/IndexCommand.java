// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin index}: not built yet. */
@Command(name = "index", description = "Indexes candidate source documents for tracing. (Not built yet.)")
final class IndexCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("index", "issue 7: trace and Spark");
  }
}
