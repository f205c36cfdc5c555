// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin restore}: not built yet. */
@Command(name = "restore", description = "Restores the most likely original wording of spun text. (Not built yet.)")
final class RestoreCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("restore", "issue 5: restore and detect");
  }
}
