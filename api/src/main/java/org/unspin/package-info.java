// SPDX-License-Identifier: Apache-2.0
/**
 * The public facade of unspin: {@link org.unspin.Unspinner} (built with a builder) with
 * {@link org.unspin.Unspinner#restore(String)} and {@link org.unspin.Unspinner#detect(String)}, and their immutable
 * results ({@link org.unspin.Restoration}, {@link org.unspin.Edit}, {@link org.unspin.DetectionResult}). Offsets are
 * UTF-16 offsets into the input; probabilities are in [0, 1].
 *
 * @since 0.1
 */
package org.unspin;
