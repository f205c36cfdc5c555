// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

/**
 * A sentence of a {@link TokenizedText}: a character span and the token index range it covers. Leading and trailing
 * whitespace tokens are outside it. Immutable.
 *
 * @param span UTF-16 offsets of the sentence in the input
 * @param firstToken index of its first token in {@link TokenizedText#tokens()}
 * @param endToken index after its last token
 * @param paragraph index of the paragraph it belongs to
 * @since 0.1
 */
public record Sentence(Span span, int firstToken, int endToken, int paragraph) {}
