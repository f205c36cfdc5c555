// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.IOException;
import org.unspin.decode.Decoder;
import org.unspin.decode.TextRestoring;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.thesaurus.Morphology;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.WordNet;

/**
 * The {@link java.util.ServiceLoader} entry of this module ({@code META-INF/services/
 * org.unspin.decode.TextRestoring$Provider}): named {@code "neural"}, it builds a {@link NeuralRestorer} with the
 * shared BERT model ({@link BertModels#shared}), WordNet 3.1 and Moby as the plausibility filter, from
 * {@code $UNSPIN_HOME}, and {@link NeuralSettings#DEFAULTS}.
 *
 * <p>Thread-safe.
 *
 * @since 0.1
 */
public final class NeuralProvider implements TextRestoring.Provider {

  /** The name {@code --neural} selects. */
  public static final String NAME = "neural";

  private static volatile Plausibility plausibility;

  /** For {@link java.util.ServiceLoader}. */
  public NeuralProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public TextRestoring create(Decoder decoder) throws IOException {
    Store store = Store.fromEnvironment();
    BertMlm bert = BertModels.shared(store, Progress.NONE);
    return NeuralRestorer.create(decoder, MaskedLm.of(bert), plausibility(store, Progress.NONE),
        NeuralSettings.DEFAULTS);
  }

  /** BERT's pseudo-log-likelihoods ({@link MaskedLm#log10Scores}) for the unsupervised learner. */
  @Override
  public org.unspin.lexicon.learn.MaskedScorer maskedScorer() throws IOException {
    return MaskedLm.of(BertModels.shared(Store.fromEnvironment(), Progress.NONE))::log10Scores;
  }

  /** WordNet 3.1 and Moby with English morphology, loaded once per JVM. */
  public static Plausibility plausibility(Store store, Progress progress) throws IOException {
    Plausibility p = plausibility;
    if (p == null) {
      synchronized (NeuralProvider.class) {
        p = plausibility;
        if (p == null) {
          WordNet wn = Thesauri.wordNet(store, progress);
          p = Plausibility.of(Thesauri.union(wn, Thesauri.moby(store, progress)), Morphology.english(wn), wn);
          plausibility = p;
        }
      }
    }
    return p;
  }
}
