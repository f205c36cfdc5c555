// SPDX-License-Identifier: Apache-2.0
/**
 * Training: {@link org.unspin.lm.train.KneserNey} (interpolated modified Kneser-Ney with pruning) and
 * {@link org.unspin.lm.train.Corpora} (SOTU, Brown and plain-text folders turned into LM sentences).
 *
 * @since 0.1
 */
package org.unspin.lm.train;
