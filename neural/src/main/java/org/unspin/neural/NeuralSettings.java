// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

/**
 * Settings of the neural pass ({@link NeuralRestorer}, {@link OpenVocabularyDetector}). Immutable; build with
 * {@link #builder()}; {@link #DEFAULTS} holds the defaults. All query-time. Probabilities are log base 10.
 *
 * @param queriesPer100Words the work cap: masked-LM queries allowed per 100 words of a document for rescoring (and
 *     for detection too when {@code detectionQueriesPer100Words} is 0; a query is one masked copy of a sentence).
 *     More finds more and costs about 17-33 ms of CPU per query on 2 cores in bf16 with the weights frozen (36
 *     pieces in a pass of 16; 41-43 before freezing, run alongside under load 6-7; about 1.8 CPU-s per 100 words
 *     in all), 64 in fp32 (measured 2026-12-05; 35 in fp32 at an earlier measurement on the same machine).
 *     Default 30; at least 1.
 * @param detectionQueriesPer100Words masked-LM queries per 100 words that open-vocabulary detection may spend on
 *     top of {@code queriesPer100Words}, which rescoring then has to itself; 0 makes detection share
 *     {@code queriesPer100Words} (up to half of each sentence's share). Default 15 (leave-one-original-out: 42.5%
 *     error reduction with 15 or 8, 41.6% sharing, with the detection scope {@code NO_TABLE_CANDIDATE}; 15 costs
 *     about 38% more CPU than the 2049f2d defaults); {@code >= 0}.
 * @param detectLog10Gap open-vocabulary detection flags a word when a plausible original among the model's top
 *     predictions is at least this much more probable than the word itself. Lower finds more spans and flags more
 *     clean words. Default 2.5; {@code >= 0}.
 * @param topK how many predictions per mask are looked at for plausible originals. Default 30; at least 1.
 * @param proposalLog10Channel the channel score given to a masked-LM proposal before the decoder's penalty for
 *     proposals; {@code <= 0}. Default -1.
 * @param proposalLog10Penalty the decoder's penalty for a <em>strong</em> masked-LM proposal
 *     ({@link org.unspin.decode.DecoderSettings#neuralLog10Penalty()}), instead of its open-vocabulary penalty
 *     ({@code openLog10Penalty}, -3 by default), which weak proposals still pay. Every proposal has already passed
 *     the {@link Plausibility} check and the detection gap, so it is better evidence than a bare thesaurus
 *     neighbour; higher lets more of them win (and change more clean words). Default -1; {@code <= 0}.
 * @param strongProposalLog10Prob a proposal is strong when its masked-LM log10 probability at the mask is at least
 *     this. Default -1 (10%); {@code <= 0}.
 * @param detectionScope which words open-vocabulary detection asks the masked LM about (within the query cap).
 *     Default {@link DetectionScope#NO_TABLE_CANDIDATE} (leave-one-original-out on the development pairs, with the
 *     proposal penalty -1 and a detection budget of its own: 42.5% error reduction, as {@code NO_CANDIDATE} with
 *     penalty -3, but about 100 masked-LM edits instead of 13, among them the restorations of the family no table
 *     describes, and the evidence {@code detect --neural} counts).
 * @param reviewFloor decoder edits with a posterior in [reviewFloor, sure) are re-decided with the masked LM;
 *     edits below it are dropped as before. In (0, 1]. Default 0.05.
 * @param sure decoder edits with a posterior at least this are kept without asking the masked LM. In (0, 1].
 *     Default 0.95.
 * @param weight the weight of the masked-LM pseudo-log-likelihood against the decoder's log10 posterior (which
 *     holds the channel and n-gram scores) when re-deciding. Higher trusts the whole-sentence model more. Default
 *     0.6 (chosen by leave-one-original-out on the development pairs: 0.4, 0.6, 0.8 and 1.0 were tried);
 *     {@code > 0}.
 * @param pairFirsts phrases the thesaurus knows are also asked with two [MASK] pieces, read left to right with
 *     this many first pieces followed up ({@link MaskedLm#predictPairs}; 2 + pairFirsts queries a phrase, within
 *     the detection cap), for two-word originals; 0 turns that off. Default 8; {@code >= 0}.
 * @param weakLinkProposals whether masked-LM proposals linked to the spun word only weakly (a Moby neighbour, not a
 *     WordNet synonym: {@link Plausibility#strong}) become candidates for restoration. Default false
 *     (leave-one-original-out on the development pairs: error reduction 42.7% -> 43.1%, edit precision 0.662 ->
 *     0.683, originals' tokens changed 0.41% -> 0.00%; of the 107 masked-LM edits with them, 35 replaced a word the
 *     original had, 34 of those through a weak link). Detection still flags words with weak links.
 * @param phraseForms whether detection also asks about phrases the thesaurus knows only with one word in a lemma
 *     form ("making use of" as "make use of"), and accepts a one-word reading of a phrase through that form
 *     ({@link Plausibility#phraseLink}: "joining" for "taking part in"). Default true (with the two below,
 *     leave-one-original-out on the development pairs: error reduction 47.0% -> 48.1%, edit precision 0.693 ->
 *     0.701, originals' tokens changed 0.00% either way).
 * @param weakPhraseLinks whether masked-LM proposals for spans of several words become candidates with a weak
 *     link ("avoid" for "keep away from", a Moby neighbour) as well. Default true.
 * @param spanWordLinks whether a one-word reading of a phrase detection asks about is also accepted when it is a
 *     strong synonym ({@link Plausibility#strong}) of a content word of the phrase, one it does not
 *     contain.
 *     Default true.
 * @since 0.1
 */
public record NeuralSettings(
    int queriesPer100Words,
    int detectionQueriesPer100Words,
    double detectLog10Gap,
    int topK,
    double proposalLog10Channel,
    double proposalLog10Penalty,
    double strongProposalLog10Prob,
    DetectionScope detectionScope,
    double reviewFloor,
    double sure,
    double weight,
    int pairFirsts,
    boolean weakLinkProposals,
    boolean phraseForms,
    boolean weakPhraseLinks,
    boolean spanWordLinks) {

  /** Which words open-vocabulary detection asks about; names, function words and unknown words never. */
  public enum DetectionScope {
    /** Only words the channel has no candidate for (neither table nor thesaurus). */
    NO_CANDIDATE,
    /**
     * Words the spinner family's table and rules have no candidate for (the open-vocabulary channel's thesaurus
     * neighbours, which pay its penalty and rarely win, do not count).
     */
    NO_TABLE_CANDIDATE,
    /** Every content word. */
    EVERY_WORD
  }

  /** The default settings. */
  public static final NeuralSettings DEFAULTS = builder().build();

  public NeuralSettings {
    if (queriesPer100Words < 1) {
      throw new IllegalArgumentException("queriesPer100Words must be >= 1: " + queriesPer100Words);
    }
    if (detectionQueriesPer100Words < 0) {
      throw new IllegalArgumentException("detectionQueriesPer100Words must be >= 0: " + detectionQueriesPer100Words);
    }
    if (!(detectLog10Gap >= 0)) {
      throw new IllegalArgumentException("detectLog10Gap must be >= 0: " + detectLog10Gap);
    }
    if (topK < 1) {
      throw new IllegalArgumentException("topK must be >= 1: " + topK);
    }
    if (!(proposalLog10Channel <= 0)) {
      throw new IllegalArgumentException("proposalLog10Channel must be <= 0: " + proposalLog10Channel);
    }
    if (!(proposalLog10Penalty <= 0)) {
      throw new IllegalArgumentException("proposalLog10Penalty must be <= 0: " + proposalLog10Penalty);
    }
    if (!(strongProposalLog10Prob <= 0)) {
      throw new IllegalArgumentException("strongProposalLog10Prob must be <= 0: " + strongProposalLog10Prob);
    }
    java.util.Objects.requireNonNull(detectionScope, "detectionScope");
    if (!(reviewFloor > 0 && reviewFloor <= 1) || !(sure > 0 && sure <= 1) || reviewFloor > sure) {
      throw new IllegalArgumentException("need 0 < reviewFloor <= sure <= 1: " + reviewFloor + ", " + sure);
    }
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be a positive number: " + weight);
    }
    if (pairFirsts < 0) {
      throw new IllegalArgumentException("pairFirsts must be >= 0: " + pairFirsts);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link NeuralSettings}; values are checked in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private int queriesPer100Words = 30;
    private int detectionQueriesPer100Words = 15;
    private double detectLog10Gap = 2.5;
    private int topK = 30;
    private double proposalLog10Channel = -1.0;
    private double proposalLog10Penalty = -1.0;
    private double strongProposalLog10Prob = -1.0;
    private DetectionScope detectionScope = DetectionScope.NO_TABLE_CANDIDATE;
    private double reviewFloor = 0.05;
    private double sure = 0.95;
    private double weight = 0.6;
    private int pairFirsts = 8;
    private boolean weakLinkProposals = false;
    private boolean phraseForms = true;
    private boolean weakPhraseLinks = true;
    private boolean spanWordLinks = true;

    Builder() {}

    public Builder queriesPer100Words(int v) {
      queriesPer100Words = v;
      return this;
    }

    public Builder detectionQueriesPer100Words(int v) {
      detectionQueriesPer100Words = v;
      return this;
    }

    public Builder detectLog10Gap(double v) {
      detectLog10Gap = v;
      return this;
    }

    public Builder topK(int v) {
      topK = v;
      return this;
    }

    public Builder proposalLog10Channel(double v) {
      proposalLog10Channel = v;
      return this;
    }

    public Builder proposalLog10Penalty(double v) {
      proposalLog10Penalty = v;
      return this;
    }

    public Builder strongProposalLog10Prob(double v) {
      strongProposalLog10Prob = v;
      return this;
    }

    public Builder detectionScope(DetectionScope v) {
      detectionScope = v;
      return this;
    }

    public Builder reviewFloor(double v) {
      reviewFloor = v;
      return this;
    }

    public Builder sure(double v) {
      sure = v;
      return this;
    }

    public Builder weight(double v) {
      weight = v;
      return this;
    }

    public Builder pairFirsts(int v) {
      pairFirsts = v;
      return this;
    }

    public Builder weakLinkProposals(boolean v) {
      weakLinkProposals = v;
      return this;
    }

    public Builder phraseForms(boolean v) {
      phraseForms = v;
      return this;
    }

    public Builder weakPhraseLinks(boolean v) {
      weakPhraseLinks = v;
      return this;
    }

    public Builder spanWordLinks(boolean v) {
      spanWordLinks = v;
      return this;
    }

    /** @throws IllegalArgumentException if a value is out of range */
    public NeuralSettings build() {
      return new NeuralSettings(queriesPer100Words, detectionQueriesPer100Words, detectLog10Gap, topK,
          proposalLog10Channel, proposalLog10Penalty, strongProposalLog10Prob, detectionScope, reviewFloor, sure,
          weight, pairFirsts, weakLinkProposals, phraseForms,
          weakPhraseLinks, spanWordLinks);
    }
  }
}
