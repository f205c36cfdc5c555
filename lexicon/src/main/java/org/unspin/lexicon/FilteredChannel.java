// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * A spinner family's channel without the candidates a test rejects (given the sentence's words); keep probabilities
 * unchanged. Immutable and thread-safe when the channel and the test are.
 *
 * @since 0.1
 */
public final class FilteredChannel implements ChannelModel {

  private final ChannelModel channel;
  private final BiPredicate<List<String>, Candidate> keep;
  private final BiPredicate<List<String>, Integer> applies;

  private FilteredChannel(ChannelModel channel, BiPredicate<List<String>, Candidate> keep,
      BiPredicate<List<String>, Integer> applies) {
    this.channel = Objects.requireNonNull(channel, "channel");
    this.keep = Objects.requireNonNull(keep, "keep");
    this.applies = Objects.requireNonNull(applies, "applies");
  }

  /** {@code channel} with only the candidates {@code keep} accepts. */
  public static ChannelModel of(ChannelModel channel, BiPredicate<List<String>, Candidate> keep) {
    return new FilteredChannel(channel, keep, (words, i) -> true);
  }

  /**
   * {@code channel} with only the candidates {@code keep} accepts, asked only where {@code applies} holds for the
   * words and the position (elsewhere every candidate is kept untested: a cheap test of the word first).
   */
  public static ChannelModel of(ChannelModel channel, BiPredicate<List<String>, Candidate> keep,
      BiPredicate<List<String>, Integer> applies) {
    return new FilteredChannel(channel, keep, applies);
  }

  /** {@code channel} without its candidates of origin {@code dropped} or of the origins {@code more}. */
  public static ChannelModel without(ChannelModel channel, Candidate.Origin dropped, Candidate.Origin... more) {
    java.util.Set<Candidate.Origin> out = java.util.EnumSet.of(Objects.requireNonNull(dropped, "dropped"), more);
    return new FilteredChannel(channel, (words, c) -> !out.contains(c.origin()), (words, i) -> true);
  }

  @Override
  public String family() {
    return channel.family();
  }

  @Override
  public List<Candidate> candidates(List<String> words, int i) {
    List<Candidate> all = channel.candidates(words, i);
    if (!applies.test(words, i)) {
      return all;
    }
    for (Candidate c : all) {
      if (!keep.test(words, c)) {
        List<Candidate> out = new ArrayList<>(all.size());
        for (Candidate d : all) {
          if (keep.test(words, d)) {
            out.add(d);
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
