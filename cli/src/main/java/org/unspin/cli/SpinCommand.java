// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.unspin.fetch.Store;
import org.unspin.spin.Edit;
import org.unspin.spin.SpinDictionary;
import org.unspin.spin.SpinResult;
import org.unspin.spin.SpinSettings;
import org.unspin.spin.SpinStyle;
import org.unspin.spin.Spinner;
import org.unspin.spin.TableDictionary;
import org.unspin.spin.ThesaurusDictionary;
import org.unspin.thesaurus.ModelFormatException;
import org.unspin.thesaurus.Thesauri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unspin spin}: a simulated synonym spinner with exact ground truth. */
@Command(name = "spin",
    description = {
      "Spins text like a real synonym spinner (words and phrases replaced by thesaurus synonyms, inflection kept, "
          + "number words to digits, capitals carried over), writing the spun text to standard output. Whitespace, "
          + "punctuation and line breaks are kept exactly; style a also leaves, as the common real spinner does, an "
          + "occasional spintax brace pair around words it kept (\"{that a}\", see --braces).",
      "The synonym table is derived from WordNet 3.1 and Moby (fetched and compiled on first use), or given with "
          + "--dictionary. The same --seed gives the same output."
    })
final class SpinCommand extends BaseCommand {

  enum Style { a, b }

  @Option(names = "--seed", defaultValue = "0", description = "Spinner identity and random seed (default: "
      + "${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--rate", defaultValue = "" + SpinSettings.DEFAULT_RATE, paramLabel = "R",
      description = "Share, 0..1, of the words and phrases the table covers that get replaced (default: "
          + "${DEFAULT-VALUE}).")
  double rate;

  @Option(names = "--style", defaultValue = "a",
      description = "a: like the common real spinner; b: cruder, multi-word paraphrases (default: ${DEFAULT-VALUE}).")
  Style style;

  @Option(names = "--braces", paramLabel = "R", description = "Chance, 0..1, per kept word of a leftover spintax "
      + "brace pair (default: " + SpinSettings.DEFAULT_BRACE_RATE + " for style a, 0 for b; 0 for none: a test set "
      + "without them is harder, since detection counts them as strong evidence).")
  Double braces;

  @Option(names = "--truth", paramLabel = "OUT.jsonl",
      description = "Write every edit as JSON Lines: orig_start, orig_end, spun_start, spun_end (UTF-16 offsets), "
          + "orig, spun; with several inputs each line also names its input.")
  Path truth;

  @Option(names = "--out-dir", paramLabel = "DIR",
      description = "Write each input's spin to a file of the same name in DIR (made if need be) instead of standard "
          + "output, as a test set is made from a folder of originals; two inputs of one file name are refused.")
  Path outDir;

  @Option(names = "--dictionary", paramLabel = "TSV",
      description = "Spin with this table (original<TAB>spun per line) instead of the thesauri; an original is a "
          + "word or a number, or two to four words joined by spaces (a row the spinner would never find is refused, "
          + "naming its line).")
  Path dictionary;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Input files (UTF-8; -: standard input); standard input when none. Several are written each "
          + "under a ==> NAME <== line, as head writes them (the --truth offsets count from each text's start). An "
          + "input that cannot be read is reported on standard error; the others are still spun, and the exit code "
          + "is then 3.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    if (!(rate >= 0 && rate <= 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rate must be between 0 and 1");
    }
    if (braces != null && !(braces >= 0 && braces <= 1)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--braces must be between 0 and 1");
    }
    if (outDir != null && (files == null || files.isEmpty() || files.stream().anyMatch(Inputs::isStandardInput))) {
      throw CliException.badInput("standard input has no file name to write under --out-dir " + outDir
          + ": leave --out-dir out to write its spin to standard output");
    }
    // an input that cannot be read is reported and the others are still spun, as restore and detect do (a missing
    // file among good ones had left no output at all)
    int[] failed = {0};
    List<Inputs.Input> inputs = Inputs.read(files, System.in, e -> {
      err().println("unspin: " + e.getMessage());
      failed[0]++;
    });
    err().flush();
    boolean headed = inputs.size() + failed[0] > 1;
    List<Path> targets = outDir == null ? null : targets(inputs);
    SpinStyle spinStyle = style == Style.b ? SpinStyle.B : SpinStyle.A;
    SpinDictionary dict = dictionary();
    SpinSettings.Builder settings = SpinSettings.builder().seed(seed).rate(rate).style(spinStyle);
    if (braces != null) {
      settings.braceRate(braces);
    }
    Spinner spinner = Spinner.create(dict, settings.build());
    Writer truthOut = null;
    try {
      if (truth != null) {
        truthOut = Files.newBufferedWriter(truth, StandardCharsets.UTF_8);
      }
      String previous = null;
      for (int k = 0; k < inputs.size(); k++) {
        Inputs.Input in = inputs.get(k);
        SpinResult r = spinner.spin(in.text());
        if (targets != null) {
          write(targets.get(k), r.spun());
        } else if (headed) { // each under a "==> NAME <==" line, as head (and restore) write several inputs
          out().print((previous == null ? "" : Reports.lineEnd(previous))
              + Reports.heading(in.name(), previous == null));
        }
        if (targets == null) {
          out().print(r.spun());
        }
        previous = r.spun();
        if (truthOut != null) {
          for (Edit e : r.edits()) {
            String json = e.toJson();
            if (headed) { // quoted as every JSON string is: a tab in a file's name had been written raw
              json = "{\"input\":" + org.unspin.text.JsonStrings.quote(in.name()) + "," + json.substring(1);
            }
            truthOut.write(json);
            truthOut.write('\n');
          }
        }
      }
    } catch (IOException e) {
      throw CliException.cannotWrite(truth, e);
    } finally {
      if (truthOut != null) {
        truthOut.close();
      }
    }
    out().flush();
    return failed[0] > 0 ? Cli.BAD_INPUT : Cli.OK;
  }

  /**
   * Where {@link #outDir} takes each input: the file of its name there. Checked before anything is spun, so that a
   * run that cannot write them all writes none: two inputs of one name would overwrite each other.
   */
  private List<Path> targets(List<Inputs.Input> inputs) {
    OutDir dir = new OutDir(outDir);
    List<Path> out = new java.util.ArrayList<>();
    for (Inputs.Input in : inputs) {
      Path target = dir.resolve(Path.of(in.name()).getFileName());
      String earlier = dir.claim(target, in.name());
      if (earlier != null) {
        throw CliException.badInput("two inputs would be written to " + target + ": " + earlier
            + " and " + in.name() + " (spin them into different folders)");
      }
      out.add(target);
    }
    return out;
  }

  private static void write(Path target, String spun) {
    try {
      OutDir.write(target, spun);
    } catch (IOException e) {
      throw CliException.cannotWrite(target, e);
    }
  }

  private SpinDictionary dictionary() throws IOException {
    if (dictionary != null) {
      if (!Files.isRegularFile(dictionary)) {
        throw CliException.badInput(dictionary + ": no such file");
      }
      try {
        return TableDictionary.readTsv(dictionary);
      } catch (ModelFormatException e) {
        throw CliException.badInput(e.getMessage());
      }
    }
    Store store = Store.fromEnvironment();
    return ThesaurusDictionary.create(Thesauri.wordNet(store, progress()), Thesauri.moby(store, progress()),
        style == Style.b ? SpinStyle.B : SpinStyle.A);
  }
}
