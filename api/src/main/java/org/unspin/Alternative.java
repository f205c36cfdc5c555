// SPDX-License-Identifier: Apache-2.0
package org.unspin;

/**
 * Another reading of an edited span. Immutable.
 *
 * @param text the wording (the spun words themselves when {@code kept}: all the edited span's words)
 * @param probability posterior probability in [0, 1] (when {@code kept}, that the span's first word stays as written)
 * @param kept whether this reading leaves the spun words as they are
 * @since 0.1
 */
public record Alternative(String text, double probability, boolean kept) {}
