// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace.synthetic;

/**
 * Spins a text. The generator needs nothing more from a spinner; the CLI adapts {@code org.unspin.spin.Spinner} to it,
 * tests use a trivial word-swapping one. Implementations must be deterministic in {@code seed} and may be called from
 * several threads.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TextSpinner {

  /** A spun version of {@code text}; the same text and seed give the same result. */
  String spin(String text, long seed);
}
