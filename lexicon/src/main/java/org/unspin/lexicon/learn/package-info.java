// SPDX-License-Identifier: Apache-2.0
/**
 * Learning spinner tables: {@link org.unspin.lexicon.learn.Aligner} (whole-text token alignment with phrase swaps),
 * {@link org.unspin.lexicon.learn.SupervisedLearner} (from spun/original pairs), the unsupervised learner (from spun
 * text and clean text alone) and the evaluation used for {@code docs/benchmarks.md}.
 *
 * @since 0.1
 */
package org.unspin.lexicon.learn;
