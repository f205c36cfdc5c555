// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import org.unspin.DefaultModels;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/**
 * The default models ({@link DefaultModels}, as the CLI and the server assemble them), from the executor's
 * {@code $UNSPIN_HOME} (built there on first use). On a cluster, point {@code UNSPIN_HOME} at a shared or
 * pre-filled folder so executors do not each build the language model.
 *
 * @since 0.1
 */
public final class DefaultUnspinnerFactory implements UnspinnerFactory {

  private static final long serialVersionUID = 1L;

  @Override
  public Models create() throws Exception {
    DefaultModels m = DefaultModels.load(Store.fromEnvironment(), Progress.NONE, DefaultModels.Options.NONE);
    return new Models(m.unspinner(), m.lm());
  }
}
