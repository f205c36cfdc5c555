// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unspin.fetch.Store;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.lm.Perplexity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unspin lm}: builds the default n-gram language model and measures perplexity. */
@Command(name = "lm",
    description = "Builds and queries the n-gram language model (cached in $UNSPIN_HOME/models, default "
        + "~/.cache/unspin/models).",
    subcommands = {LmCommand.PerplexityCommand.class, LmCommand.BuildCommand.class})
final class LmCommand extends BaseCommand {

  @Override
  public Integer call() {
    spec.commandLine().usage(out());
    return Cli.OK;
  }

  /** Which model to use. */
  enum Model { DEFAULT, SPHINX, CORPUS }

  /** {@code --model} in any case; an unknown one is a usage error naming the models in lower case, as the help does. */
  static final class ModelConverter implements picocli.CommandLine.ITypeConverter<Model> {
    @Override
    public Model convert(String value) {
      for (Model m : Model.values()) {
        if (m.name().equalsIgnoreCase(value)) {
          return m;
        }
      }
      throw new picocli.CommandLine.TypeConversionException("expected one of [default, sphinx, corpus] but was '"
          + value + "'");
    }
  }

  /** {@code unspin lm perplexity}. */
  @Command(name = "perplexity",
      description = "Prints the perplexity of each FILE (or standard input) and the total. Sentences get <s> and "
          + "</s>; words and numbers are scored, punctuation is not; unknown words count at their <unk> "
          + "probability.")
  static final class PerplexityCommand extends BaseCommand {

    @Option(names = "--model", converter = ModelConverter.class,
        description = "default (interpolated), sphinx (CMU Sphinx trigram alone) or corpus (Kneser-Ney on the "
            + "default model's prose alone: SOTU, Brown, the manuals, and what lm build --corpus added); built on "
            + "first use (default: default).")
    Model model;

    @Option(names = "--model-file", paramLabel = "PATH",
        description = "A model file instead: unspin binary, or ARPA (.arpa, .arpa.gz).")
    Path modelFile;

    @Parameters(paramLabel = "FILE", arity = "0..*",
        description = "UTF-8 text files (-: standard input); none: standard input. One that cannot be read is "
            + "said on standard error; the others are still measured, and the exit code is then 3.")
    List<Path> files = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      // the model first: a bad model file is reported before anything waits on standard input
      try (LanguageModel lm = open()) {
        // an unreadable file is said on standard error and the others are still measured (exit code 3), as spin,
        // eval and learn do: N files give N rows or N errors
        int[] failed = {0};
        List<Inputs.Input> inputs = Inputs.read(files, System.in, e -> {
          err().println("unspin lm perplexity: " + e.getMessage());
          failed[0]++;
        });
        err().flush();
        Perplexity total = Perplexity.zero();
        out().printf(Locale.ROOT, "%-40s %10s %8s %8s %8s%n", "file", "perplexity", "words", "unknown", "sentences");
        for (Inputs.Input in : inputs) {
          Perplexity p = Perplexity.of(lm, in.text());
          total = total.plus(p);
          print(in.name(), p);
        }
        if (inputs.size() > 1) {
          print("total", total);
        }
        out().flush();
        return failed[0] > 0 ? Cli.BAD_INPUT : Cli.OK;
      }
    }

    private void print(String name, Perplexity p) {
      // a text without a word to score has no perplexity: "-", not NaN
      out().printf(Locale.ROOT, "%-40s %10s %8d %8d %8d%n", name, p.words() + p.sentences() == 0 ? "-"
          : String.format(Locale.ROOT, "%.2f", p.perplexity()), p.words(), p.unknown(), p.sentences());
    }

    private LanguageModel open() throws IOException {
      if (modelFile != null) {
        if (model != null) {
          throw new picocli.CommandLine.ParameterException(spec.commandLine(),
              "give --model or --model-file, not both");
        }
        if (!Files.isRegularFile(modelFile)) {
          throw CliException.badInput(modelFile + ": no such model file");
        }
        return LanguageModels.open(modelFile);
      }
      Store store = Store.fromEnvironment();
      switch (model == null ? Model.DEFAULT : model) {
        case SPHINX:
          return LanguageModels.sphinx(store, progress());
        case CORPUS:
          return LanguageModels.corpus(store, progress());
        default:
          return LanguageModels.openDefault(store, progress());
      }
    }
  }

  /** {@code unspin lm build}. */
  @Command(name = "build",
      description = "(Re)builds the default model into $UNSPIN_HOME/models/default-lm-4.bin (downloads the "
          + "Sphinx model, SOTU, Brown, the R and Octave manuals and the scikit-learn guide on first use), with "
          + "sphinx-lm.bin and corpus-lm-4.bin beside it.")
  static final class BuildCommand extends BaseCommand {

    @Option(names = "--corpus", paramLabel = "DIR",
        description = "Also train on every *.txt file under DIR (repeatable). The detector's constants were fitted "
            + "on the default model, so its probabilities shift with such a model (see docs/algorithms/lm.md).")
    List<Path> corpora = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
      for (Path d : corpora) {
        if (!Files.isDirectory(d)) {
          throw CliException.badInput(d + ": not a directory");
        }
        if (org.unspin.lm.train.Corpora.textFiles(d).isEmpty()) { // before minutes of building the default model
          throw CliException.badInput(d + ": no *.txt files to train on (convert other files to plain text first)");
        }
      }
      long t0 = System.nanoTime();
      Path file = LanguageModels.buildDefault(Store.fromEnvironment(), progress(), corpora);
      out().printf(Locale.ROOT, "built %s (%d bytes) in %.1f s%n", file, Files.size(file),
          (System.nanoTime() - t0) / 1e9);
      out().flush();
      return Cli.OK;
    }
  }
}
