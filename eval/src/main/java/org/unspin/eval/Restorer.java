// SPDX-License-Identifier: Apache-2.0
package org.unspin.eval;

/**
 * Anything that turns (possibly spun) text into restored text. The harness calls it once per spun text and once per
 * original. Implementations used by the harness across threads must be thread-safe.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Restorer {

  /** The restorer that changes nothing: the 0% baseline. */
  Restorer IDENTITY = text -> text;

  /** The restored text of {@code text}. */
  String restore(String text);
}
