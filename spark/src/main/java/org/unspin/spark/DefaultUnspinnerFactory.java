// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import org.unspin.Unspinner;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;

/**
 * The default models, from the executor's {@code $UNSPIN_HOME} (built there on first use). On a cluster, point
 * {@code UNSPIN_HOME} at a shared or pre-filled folder so executors do not each build the language model.
 *
 * @since 0.1
 */
public final class DefaultUnspinnerFactory implements UnspinnerFactory {

  private static final long serialVersionUID = 1L;

  @Override
  public Models create() throws Exception {
    Store store = Store.fromEnvironment();
    SpinnerModels models = SpinnerModels.loadDefault(store, Progress.NONE);
    LanguageModel lm = LanguageModels.openDefault(store, Progress.NONE);
    return new Models(Unspinner.builder()
        .languageModel(lm)
        .spinners(models.families())
        .openVocabulary(models.open())
        .build(), lm);
  }
}
