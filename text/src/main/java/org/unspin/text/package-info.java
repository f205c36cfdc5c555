// SPDX-License-Identifier: Apache-2.0
/**
 * The text model: tokens with exact UTF-16 offsets into the input, sentences, paragraphs, case patterns and
 * replacements, a document's text with its PDF pages ({@link org.unspin.text.PagedText}), and the ranges of the two
 * operating points users pick ({@link org.unspin.text.OperatingPoint}), which every layer checks the same way.
 * Everything here is immutable or stateless, and thread-safe.
 *
 * @since 0.1
 */
package org.unspin.text;
