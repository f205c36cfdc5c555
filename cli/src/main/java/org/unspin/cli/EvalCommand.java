// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin eval}: not built yet. */
@Command(name = "eval", description = "Measures restoration on spun/original pairs: token error rates, error reduction, edit precision and recall. (Not built yet.)")
final class EvalCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("eval", "issue 2: evaluation harness");
  }
}
