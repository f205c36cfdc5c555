// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import org.unspin.text.Span;

/**
 * A pair of aligned passages, in the manner of the PAN text-alignment task: a stretch of the source and the stretch of
 * the suspicious (spun) text that was made from it. Immutable and thread-safe.
 *
 * @param source UTF-16 offsets into the source text
 * @param query UTF-16 offsets into the traced (spun) text
 * @param similarity Dice coefficient of the two passages' normalised words, in [0, 1]
 * @since 0.1
 */
public record Passage(Span source, Span query, double similarity) {}
