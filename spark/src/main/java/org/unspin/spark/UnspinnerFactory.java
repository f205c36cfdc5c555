// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.Serializable;
import org.unspin.Unspinner;

/**
 * Makes the {@link Unspinner} an executor uses. It travels to executors by serialization and is called once per
 * executor JVM ({@link Executors}), so models load once, not once per record.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface UnspinnerFactory extends Serializable {

  /** A new Unspinner; may load models from disk. */
  Unspinner create() throws Exception;
}
