// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.Serializable;
import org.unspin.Unspinner;
import org.unspin.lm.LanguageModel;

/**
 * Makes the {@link Unspinner} (and its language model) an executor uses. It travels to executors by serialization
 * and is called once per executor JVM ({@link Executors}), so models load once, not once per record.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface UnspinnerFactory extends Serializable {

  /** The models one executor uses: the Unspinner and the language model it restores with. */
  record Models(Unspinner unspinner, LanguageModel languageModel) {}

  /** New models; may load them from disk. */
  Models create() throws Exception;

  /**
   * What tells apart factories that make different models: an executor keeps the models of the last key it was asked
   * for and makes new ones for another. By default the factory's class, for a factory whose models do not depend on
   * settings of its own.
   */
  default Object cacheKey() {
    return getClass().getName();
  }
}
