// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A spinner family's channel for a text it spun only in part: each word is handed to the family with probability
 * {@code rate} and left as written otherwise, so {@code P'(spun | original) = rate P(spun | original)} for a
 * replacement and {@code P'(keep | w) = rate P(keep | w) + 1 - rate}; but for a candidate an acronym gives (origins
 * {@code ACRONYM}, {@code ACRONYM_EXPANSION}), whose words the acronym itself says were replaced. Immutable and
 * thread-safe when the channel is.
 *
 * @since 0.1
 */
public final class DilutedChannel implements ChannelModel {

  private final ChannelModel channel;
  private final double rate;
  private final double log10Rate;

  private DilutedChannel(ChannelModel channel, double rate) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.rate = rate;
    this.log10Rate = Math.log10(rate);
  }

  /** {@code channel} applied to each word with probability {@code rate} (in (0, 1]); {@code channel} itself at 1. */
  public static ChannelModel of(ChannelModel channel, double rate) {
    if (!(rate > 0 && rate <= 1)) {
      throw new IllegalArgumentException("rate must be in (0, 1]: " + rate);
    }
    return rate == 1 ? channel : new DilutedChannel(channel, rate);
  }

  @Override
  public String family() {
    return channel.family();
  }

  @Override
  public List<Candidate> candidates(List<String> words, int i) {
    List<Candidate> all = channel.candidates(words, i);
    if (all.isEmpty()) {
      return all;
    }
    List<Candidate> out = new ArrayList<>(all.size());
    for (Candidate c : all) {
      // an acronym's evidence that its words were replaced is the text's own, whatever share the family explains
      boolean acronym = c.origin() == Candidate.Origin.ACRONYM || c.origin() == Candidate.Origin.ACRONYM_EXPANSION;
      out.add(acronym ? c : c.withLog10Channel(Math.min(0, c.log10Channel() + log10Rate)));
    }
    return out;
  }

  @Override
  public double log10Keep(String word) {
    return Math.log10(rate * Math.pow(10, channel.log10Keep(word)) + 1 - rate);
  }

  @Override
  public boolean fromLearnedTable() {
    return channel.fromLearnedTable();
  }

  @Override
  public double unseenOriginals() {
    return channel.unseenOriginals();
  }

  @Override
  public boolean rareOriginal(String spun, String original) {
    return channel.rareOriginal(spun, original);
  }
}
