// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

/**
 * A paragraph of a {@link TokenizedText}: a character span (without surrounding whitespace) and its sentences.
 * Immutable.
 *
 * @param span UTF-16 offsets of the paragraph in the input
 * @param firstSentence index of its first sentence in {@link TokenizedText#sentences()}
 * @param endSentence index after its last sentence
 * @since 0.1
 */
public record Paragraph(Span span, int firstSentence, int endSentence) {}
