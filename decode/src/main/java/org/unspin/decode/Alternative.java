// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

/**
 * Another reading of a span the decoder considered, with its posterior probability. Immutable.
 *
 * @param original the wording of the edited span's words under this reading: the spun words themselves when {@code
 *     kept}; a replacement of fewer of them followed by the others as written ("referred to as" for "known as" ->
 *     "called"); never the edit's own wording
 * @param probability posterior probability in [0, 1] (when {@code kept}, that the span's first word stays as written)
 * @param kept whether this alternative is to leave the spun words as they are
 * @since 0.1
 */
public record Alternative(String original, double probability, boolean kept) {}
