// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code unspin serve}: not built yet. */
@Command(name = "serve", description = "Runs the HTTP server and web page. (Not built yet.)")
final class ServeCommand extends BaseCommand {

  @Parameters(arity = "0..*", hidden = true)
  List<String> args;

  @Override
  public Integer call() {
    throw CliException.notBuilt("serve", "issue 8: HTTP server");
  }
}
