// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin detect}: not built yet. */
@Command(name = "detect", description = "Says whether text was spun, with a calibrated probability per document and paragraph. (Not built yet.)")
final class DetectCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("detect", "issue 5: restore and detect");
  }
}
