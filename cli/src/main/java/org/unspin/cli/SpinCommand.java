// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin spin}: not built yet. */
@Command(name = "spin", description = "Spins text like a synonym spinner, with exact ground truth (for tests and benchmarks). (Not built yet.)")
final class SpinCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("spin", "issue 2: spinner simulation");
  }
}
