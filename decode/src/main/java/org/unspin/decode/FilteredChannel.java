// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;

/**
 * A spinner family's channel without the candidates of one origin; keep probabilities unchanged. Immutable and
 * thread-safe when the channel is.
 *
 * @since 0.1
 */
public final class FilteredChannel implements ChannelModel {

  private final ChannelModel channel;
  private final Candidate.Origin dropped;

  private FilteredChannel(ChannelModel channel, Candidate.Origin dropped) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.dropped = Objects.requireNonNull(dropped, "dropped");
  }

  /** {@code channel} without its candidates of origin {@code dropped}. */
  public static ChannelModel without(ChannelModel channel, Candidate.Origin dropped) {
    return new FilteredChannel(channel, dropped);
  }

  @Override
  public String family() {
    return channel.family();
  }

  @Override
  public List<Candidate> candidates(List<String> words, int i) {
    List<Candidate> all = channel.candidates(words, i);
    for (int k = 0; k < all.size(); k++) {
      if (all.get(k).origin() == dropped) {
        List<Candidate> out = new ArrayList<>(all.size() - 1);
        for (Candidate c : all) {
          if (c.origin() != dropped) {
            out.add(c);
          }
        }
        return out;
      }
    }
    return all;
  }

  @Override
  public double log10Keep(String word) {
    return channel.log10Keep(word);
  }
}
