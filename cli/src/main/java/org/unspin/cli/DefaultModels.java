// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.unspin.Unspinner;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lexicon.WordCounts;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.thesaurus.Moby;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.WordNet;

/**
 * The default models, fetched and cached through {@link Store} ({@code $UNSPIN_HOME}): the default language model
 * ({@link LanguageModels#openDefault}), the bundled spinner tables with WordNet 3.1 and Moby as the open-vocabulary
 * fallback, plus any user table or phrase list. {@code $UNSPIN_LM} names another binary language model file.
 */
final class DefaultModels {

  /** The loaded parts, for commands that need more than the facade (detector calibration). */
  record Parts(LanguageModel lm, SpinnerModels spinners, ChannelModel detectionOpen, WordNet wordNet, Moby moby) {}

  private DefaultModels() {}

  static Parts parts(Models.Options options, Progress progress) throws IOException {
    Store store = Store.fromEnvironment();
    String lmFile = System.getenv("UNSPIN_LM");
    LanguageModel lm = lmFile == null || lmFile.isBlank()
        ? LanguageModels.openDefault(store, progress)
        : LanguageModels.open(Path.of(lmFile));
    WordNet wordNet = Thesauri.wordNet(store, progress);
    Moby moby = Thesauri.moby(store, progress);
    // the measured default open channel (as SpinnerModels.loadDefault(store, progress)), plus user tables
    SpinnerModels.Builder b = SpinnerModels.builder().defaultTables()
        .openChannel(wordNet, moby, WordCounts.newsAndBrown(WordCounts.brown(store, progress)));
    if (options.table() != null) {
      b.userTable(options.table());
    }
    if (options.phrases() != null) {
      b.phraseList(options.phrases());
    }
    for (Path t : options.spinnerTables()) {
      if (!java.nio.file.Files.isRegularFile(t)) {
        throw CliException.badInput(t + ": no such spinner table");
      }
      b.table(t);
    }
    // detection scores a wider open channel (up to 20 neighbours for every word): measured better for detection
    ChannelModel detectionOpen = SpinnerModels.builder().thesaurus(Thesauri.union(wordNet, moby)).build().open();
    return new Parts(lm, b.build(), detectionOpen, wordNet, moby);
  }

  static Unspinner load(Models.Options options, Progress progress) throws IOException {
    Parts p = parts(options, progress);
    return Unspinner.builder().languageModel(p.lm()).spinners(p.spinners().families())
        .openVocabulary(p.spinners().open()).detectionVocabulary(p.detectionOpen()).build();
  }
}
