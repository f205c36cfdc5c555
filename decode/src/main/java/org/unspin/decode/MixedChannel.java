// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;

/**
 * A spinner family's channel with the open-vocabulary channel's candidates mixed in: the family's candidates and
 * keep probabilities, plus the open candidates (which the {@link Decoder} charges
 * {@link DecoderSettings#openLog10Penalty()}). Immutable and thread-safe when both channels are.
 *
 * @since 0.1
 */
public final class MixedChannel implements ChannelModel {

  private final ChannelModel family;
  private final ChannelModel open;

  MixedChannel(ChannelModel family, ChannelModel open) {
    this.family = Objects.requireNonNull(family, "family");
    this.open = Objects.requireNonNull(open, "open");
  }

  /** {@code family} with {@code open}'s candidates mixed in. */
  public static ChannelModel of(ChannelModel family, ChannelModel open) {
    return new MixedChannel(family, open);
  }

  @Override
  public String family() {
    return family.family();
  }

  @Override
  public List<Candidate> candidates(List<String> words, int i) {
    List<Candidate> a = family.candidates(words, i);
    List<Candidate> b = open.candidates(words, i);
    if (b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    List<Candidate> out = new ArrayList<>(a.size() + b.size());
    out.addAll(a);
    out.addAll(b);
    return out;
  }

  @Override
  public double log10Keep(String word) {
    return family.log10Keep(word);
  }

  /** The family's: the open candidates are no table's ({@link ChannelModel#unseenOriginals()}). */
  @Override
  public double unseenOriginals() {
    return family.unseenOriginals();
  }

  /** The family's: the open candidates are no table's ({@link ChannelModel#rareOriginal}). */
  @Override
  public boolean rareOriginal(String spun, String original) {
    return family.rareOriginal(spun, original);
  }
}
