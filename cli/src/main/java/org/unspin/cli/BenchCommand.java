// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin bench}: not built yet. */
@Command(name = "bench", description = "Measures restore and detect speed on a fixed synthetic corpus. (Not built yet.)")
final class BenchCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("bench", "issue 5: restore and detect");
  }
}
