// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

/**
 * Another reading of a span the decoder considered, with its posterior probability. Immutable.
 *
 * @param original the wording (the spun words themselves when {@code kept}: all the edited span's words)
 * @param probability posterior probability in [0, 1] (when {@code kept}, that the span's first word stays as written)
 * @param kept whether this alternative is to leave the spun words as they are
 * @since 0.1
 */
public record Alternative(String original, double probability, boolean kept) {}
