// SPDX-License-Identifier: Apache-2.0
/**
 * The noisy-channel decoder: a lattice over each sentence in which every span stays or is replaced by a candidate
 * original of a spinner family's {@link org.unspin.lexicon.ChannelModel}, searched with the
 * {@link org.unspin.lm.LanguageModel} ({@link org.unspin.decode.Decoder}, exact over LM states with a beam as safety
 * limit, posteriors by forward-backward); cheap local evidence for identification and detection
 * ({@link org.unspin.decode.EvidenceScorer}); and faithful whole-text output ({@link org.unspin.decode.TextRestorer}).
 *
 * <p>Scores are log base 10; offsets are UTF-16 offsets into the input. See {@code docs/algorithms/noisy-channel.md}.
 *
 * @since 0.1
 */
package org.unspin.decode;
