// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;

/**
 * A channel for one sentence: a spinner family's channel plus the masked-LM proposals of
 * {@link OpenVocabularyDetector} at the flagged positions, as {@link Candidate.Origin#NEURAL} candidates of family
 * {@link ChannelModel#OPEN} with the prior {@link NeuralSettings#proposalLog10Channel()}, to which the decoder adds
 * its penalty for proposals ({@link org.unspin.decode.DecoderSettings#neuralLog10Penalty()}); a weak proposal (masked
 * probability below {@link NeuralSettings#strongProposalLog10Prob()}) also pays {@code weakLog10Extra}, which brings
 * it to the open-vocabulary penalty. A proposal with only a weak thesaurus link ({@link Plausibility#strong}) is left
 * out unless {@code weakLinks} ({@link NeuralSettings#weakLinkProposals()}). Immutable and thread-safe when the base
 * channel is.
 */
final class ProposalChannel implements ChannelModel {

  private final ChannelModel base;
  private final Map<Integer, List<Candidate>> extra;

  private ProposalChannel(ChannelModel base, Map<Integer, List<Candidate>> extra) {
    this.base = base;
    this.extra = extra;
  }

  static ChannelModel of(ChannelModel base, List<OpenVocabularyDetector.Flag> flags, double log10Channel,
      double strongLog10Prob, double weakLog10Extra, boolean weakLinks) {
    return of(base, flags, log10Channel, strongLog10Prob, weakLog10Extra, weakLinks, weakLinks);
  }

  /** {@link #of} where spans of several words keep weak links when {@code weakPhraseLinks}. */
  static ChannelModel of(ChannelModel base, List<OpenVocabularyDetector.Flag> flags, double log10Channel,
      double strongLog10Prob, double weakLog10Extra, boolean weakLinks, boolean weakPhraseLinks) {
    Map<Integer, List<Candidate>> extra = new HashMap<>();
    for (OpenVocabularyDetector.Flag f : flags) {
      List<Candidate> list = extra.computeIfAbsent(f.start(), k -> new ArrayList<>());
      for (OpenVocabularyDetector.Proposal p : f.proposals()) {
        if (!p.strong() && !(f.length() > 1 ? weakPhraseLinks || weakLinks : weakLinks)) {
          continue;
        }
        double c = p.log10Prob() >= strongLog10Prob ? log10Channel : log10Channel + Math.min(0, weakLog10Extra);
        list.add(new Candidate(f.start(), f.length(), p.original(), c, ChannelModel.OPEN,
            Candidate.Origin.NEURAL));
      }
    }
    return new ProposalChannel(base, extra);
  }

  @Override
  public String family() {
    return base.family();
  }

  @Override
  public List<Candidate> candidates(List<String> words, int i) {
    List<Candidate> more = extra.get(i);
    List<Candidate> b = base.candidates(words, i);
    if (more == null) {
      return b;
    }
    List<Candidate> out = new ArrayList<>(b.size() + more.size());
    out.addAll(b);
    out.addAll(more);
    return out;
  }

  @Override
  public double log10Keep(String word) {
    return base.log10Keep(word);
  }
}
