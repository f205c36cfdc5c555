// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.List;

/**
 * The channel of one spinner family: for a span of spun text, the originals the spinner may have turned into it,
 * with log10 P(spun | original); and for a word left as it is, the probability that the spinner kept it.
 *
 * <p>Implementations are immutable and thread-safe, and cheap enough to ask about every token of a crawl.
 *
 * @since 0.1
 */
public interface ChannelModel {

  /** The family name used for open-vocabulary fallbacks that belong to no spinner. */
  String OPEN = "open";

  /** The spinner family this channel describes ("A", "B", ...). */
  String family();

  /**
   * Candidate originals for spans that start at {@code words.get(i)} (1 to 4 tokens long; up to 8 for a listed
   * phrase, {@code PhraseSource.MAX_TOKENS}). {@code words} are the non-whitespace tokens of one sentence, as
   * written (case kept, apostrophes canonical). Never null; empty when the channel knows nothing for this position.
   */
  List<Candidate> candidates(List<String> words, int i);

  /**
   * log10 P(spun = word | original = word): the probability that this spinner leaves {@code word} unchanged.
   * Near 0 for words the spinner never touches ("the", names), clearly negative for words it nearly always
   * replaces ("said" under family A), {@code <= 0}.
   */
  double log10Keep(String word);

  /**
   * Whether this channel is a learned spinner table's (with the rules beside it): detection puts such a family's
   * evidence on the scale of the table its constants were fitted with ({@code Detector.cleanOffsets}).
   */
  default boolean fromLearnedTable() {
    return false;
  }

  /**
   * How often the original of a spun form this channel's learned table lists is one the table does not give for it
   * ({@link SpinnerTable#unseenOriginals()}), in [0, 1): the share of the posterior of a table edit
   * ({@link Candidate.Origin#TABLE}) that belongs to originals the lattice cannot hold. 0 for channels without a
   * learned table.
   */
  default double unseenOriginals() {
    return 0;
  }

  /**
   * The share of its most frequent original below which this channel's learned table calls an original of a spun
   * form rare ({@link #rareOriginal}).
   */
  double RARE_ORIGINAL_SHARE = 0.2;

  /**
   * Whether this channel's learned table saw {@code spun} (its words as written, compared in lower case) written for
   * {@code original} less than {@link #RARE_ORIGINAL_SHARE} times as often as for the original it most often came
   * from ("development": "growth" 2 times, "trend" 36): the language model, read on other text than the spinner's,
   * may prefer the rare one ("growth"), which the spun text's own sense seldom is. The decoder asks such an edit to
   * be surer ({@code DecoderSettings.rareOriginalMinConfidence}). False for channels without a learned table and for
   * entries without counts.
   */
  default boolean rareOriginal(String spun, String original) {
    return false;
  }
}
