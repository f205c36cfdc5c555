// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.unspin.eval.Evaluation;
import org.unspin.eval.Pair;
import org.unspin.eval.Pairs;
import org.unspin.eval.Report;
import org.unspin.eval.Restorer;
import org.unspin.eval.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code unspin eval}: scores restoration on spun/original pairs. */
@Command(name = "eval",
    description = {
      "Measures restoration on spun/original pairs: token error rate of the spun input and of the restored output "
          + "against the original, error reduction, edit precision and recall, and the share of tokens changed "
          + "when the originals themselves are restored.",
      "PATH pairs: two files; two folders with files of the same names; or one folder of NAME.spun.txt beside "
          + "NAME.orig.txt (then --orig may be left out)."
    })
final class EvalCommand extends BaseCommand {

  enum Format { text, json }

  enum Mode { identity, unspin }

  @Option(names = "--spun", required = true, paramLabel = "PATH", description = "Spun file or folder.")
  Path spun;

  @Option(names = "--orig", paramLabel = "PATH", description = "Original file or folder.")
  Path orig;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--restorer", defaultValue = "identity",
      description = "What to measure: identity (changes nothing, the 0% baseline) or unspin (default: "
          + "${DEFAULT-VALUE}).")
  Mode mode;

  @Override
  public Integer call() throws IOException {
    List<Pair> pairs = Pairs.find(spun, orig);
    Restorer restorer = restorer();
    List<Scores> rows = Evaluation.scoreAll(pairs, restorer);
    if (format == Format.json) {
      out().println(Report.json(rows));
    } else {
      out().print(Report.text(rows));
    }
    out().flush();
    return Cli.OK;
  }

  private Restorer restorer() {
    if (mode == Mode.unspin) {
      throw CliException.notBuilt("eval --restorer unspin", "restoration arrives with issue 5");
    }
    return Restorer.IDENTITY;
  }
}
