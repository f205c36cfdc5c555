// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin lm}: not built yet. */
@Command(name = "lm", description = "Builds and queries the n-gram language model. (Not built yet.)")
final class LmCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("lm", "issue 3: language model");
  }
}
