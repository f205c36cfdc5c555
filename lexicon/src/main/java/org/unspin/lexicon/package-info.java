// SPDX-License-Identifier: Apache-2.0
/**
 * Spinner channel models: {@link org.unspin.lexicon.ChannelModel} per spinner family, with
 * {@link org.unspin.lexicon.Candidate} originals and their log10 channel probabilities.
 *
 * @since 0.1
 */
package org.unspin.lexicon;
