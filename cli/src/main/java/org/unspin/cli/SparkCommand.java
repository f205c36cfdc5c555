// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin spark}: not built yet. */
@Command(name = "spark", description = "Runs detection, restoration and tracing over WARC/WET crawls on Apache Spark. (Not built yet.)")
final class SparkCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("spark", "issue 7: trace and Spark");
  }
}
