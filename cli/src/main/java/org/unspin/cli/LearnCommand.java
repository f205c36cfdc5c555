// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin learn}: not built yet. */
@Command(name = "learn", description = "Learns a spinner substitution table from spun/original pairs or from spun text alone. (Not built yet.)")
final class LearnCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("learn", "issue 4: spinner models");
  }
}
