// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.text.OperatingPoint;

/**
 * Settings of the {@link Decoder}. Immutable; build with {@link #builder()}; {@link #DEFAULTS} holds the defaults.
 *
 * <p>All scores are log base 10. The decoder maximises {@code lmWeight * log10 P_LM(original) + log10 P(spun |
 * original)}, where the channel term of an open-vocabulary candidate also pays {@code openLog10Penalty}.
 *
 * @param beamWidth query time: the most LM states kept per lattice position (states are first recombined on
 *     {@link org.unspin.lm.LmState} equality, so for most sentences nothing is pruned). Larger is exact on more
 *     sentences and slower; at least 1. Default 16.
 * @param lmWeight query time: the weight of the language model against the channel. Above 1 trusts fluency more
 *     (bolder edits, more changes to clean text); below 1 trusts the spinner table more. Default 1.
 * @param openLog10Penalty query time: added to the channel score of open-vocabulary candidates (family
 *     {@link org.unspin.lexicon.ChannelModel#OPEN}), {@code <= 0}. More negative protects clean text and misses more
 *     of an unknown spinner's substitutions. Default -3 (measured: thesaurus edits on the development pairs
 *     were almost all wrong at -1).
 * @param derivedLog10Penalty query time: added to the channel score of candidates derived by morphology from a
 *     table entry ({@link org.unspin.lexicon.Candidate.Origin#MORPHOLOGY}), {@code <= 0}. Default -3.
 * @param neuralLog10Penalty query time: added to the channel score of masked-LM proposals
 *     ({@link org.unspin.lexicon.Candidate.Origin#NEURAL}, made only by the optional neural pass, which sets its own
 *     value), instead of {@code openLog10Penalty}; {@code <= 0}. Default -3, the open-vocabulary penalty.
 * @param candidateLog10Floor query time: before the lattice is searched, a candidate whose local posterior (in its
 *     n-gram window, against keeping the spun words and the other candidates) is below 10^floor is dropped,
 *     {@code <= 0}. Lower is closer to exact and slower. Default -3.
 * @param minConfidence query time: an edit on the best path is applied only when its posterior is at least this;
 *     in (0, 1]. Higher gives fewer, surer edits. Default 0.4 (leave-one-original-out on the development pairs,
 *     0.5 / 0.45 / 0.4 / 0.35 / 0.3: error reduction 42.6% / 43.2% / 44.3% / 44.6% / 44.7%, edit precision 0.681 /
 *     0.675 / 0.678 / 0.667 / 0.664, originals unchanged). The detector counts likely edits from 0.5 whatever this
 *     is ({@code Detector.FEATURE_MIN_CONFIDENCE}), as its calibration was fitted.
 * @param functionWordMinConfidence query time: the posterior a one-word edit needs when both the spun word and its
 *     original are prepositions or modal verbs ({@link #isFunctionWord}), if higher than {@code minConfidence}:
 *     spinners swap these both ways ("on"/"in", "may"/"could"), so such edits were often wrong and are costly to a
 *     reader; in (0, 1]. Default 0.9 (leave-one-original-out on the development pairs: edit precision 0.667 ->
 *     0.683, error reduction 39.0% -> 38.9%; 0.8 gave 0.680).
 * @param rareOriginalMinConfidence query time: the posterior an edit of a learned table's entry needs when the table
 *     saw its spun words written for that original less than a fifth as often as for their most frequent original
 *     ({@link ChannelModel#rareOriginal}: "development" for "growth" 2 times, for "trend" 36), if higher than {@code
 *     minConfidence}: the language model, read on other text, often prefers the rare original where the spun text
 *     meant the frequent one; in (0, 1]. Default 0.9 (leave-one-original-out on the development pairs: 6 edits fewer,
 *     all wrong, edit precision 0.679 -> 0.682, error reduction 45.2% as before; a fifth and 0.9 chosen on half the
 *     pairs and the same on the other half; docs/benchmarks.md).
 * @param maxAlternatives query time: how many alternatives (other originals, or keeping the spun words) each edit
 *     lists; at least 0. Default 3.
 * @param maxCandidatesPerStart query time: the candidates kept per start position; at least 1. Default 24.
 *     Restoration keeps those whose local posterior ({@code candidateLog10Floor}) is highest, since a thesaurus gives
 *     its neighbours one channel score; the detector's evidence the best by channel score, as it was calibrated.
 * @param openForUnknownWords query time: whether a word the language model does not know may be replaced by an
 *     open-vocabulary candidate (one word, family {@link org.unspin.lexicon.ChannelModel#OPEN}). The model weighs
 *     any word it knows far above its unknown-word probability, so without this guard clean jargon and names became
 *     thesaurus neighbours ("compositor" -> "printer", "Camellia" -> "Flower"); spinners write words a thesaurus
 *     lists, which the model mostly knows. Tables, rules, lists, the masked LM's proposals (judged by a model that
 *     reads the word in its sentence) and spellings of the same letters ("life-time" -> "lifetime") still apply.
 *     Default false (measured in docs/benchmarks.md: clean package descriptions, edits 58 -> 39; held-out tortured
 *     phrases, clean ones changed 127 -> 107; real spun news unchanged). The detector scores its features with it
 *     true, as its calibration was fitted. An open-vocabulary guess for a span of two words or more that holds an
 *     unknown word is never read, whatever this says: Moby's "atrial fibrillation" -> "heart" had made a
 *     clean abstract spun at P 0.9997, and the calibration's held-out verdicts are the same without such guesses.
 * @param listedLog10Penalty query time: added to the channel score of every way of reading a word that a phrase named
 *     in a tortured-phrase list ({@code --phrases}) replaces other than that listed phrase: keeping the word, or
 *     another candidate; {@code <= 0}. The list names phrases that authors do not write, so keeping one is unlikely;
 *     but the n-gram model, trained on little science, often prefers the tortured wording ("wavelet change") or a
 *     looser candidate to the listed original ("wavelet transform"), or does not know the original's words ("tabu
 *     search"). Default -7: of a list half's own 1,889 phrases 93.7% are restored as listed (74.6% without; -5:
 *     93.1%, -10: 94.0%), and in 1.16 million words of clean prose none is (at -10, "marching down a nearby slope"
 *     became "a local gradient"). The evidence detection sums is taken without it (a listed phrase counts by its
 *     density); its choice of spans uses it.
 * @param barOnStatedConfidence query time: whether {@code minConfidence}, {@code functionWordMinConfidence} and
 *     {@code rareOriginalMinConfidence} are compared with an edit's stated confidence ({@link #statedConfidence}: for a
 *     learned table's edit the posterior less the table's share of unseen originals) rather than with its posterior.
 *     True for a bar a user sets ({@code --min-confidence}, {@code Unspinner.withMinConfidence}), so that no edit
 *     that is output states less than the bar; false by default, so the default 0.4 is the posterior it was chosen
 *     as (a table edit made at it states 0.376 with the bundled table), and always false for the detector's
 *     features.
 * @since 0.1
 */
public record DecoderSettings(
    int beamWidth,
    double lmWeight,
    double openLog10Penalty,
    double derivedLog10Penalty,
    double neuralLog10Penalty,
    double candidateLog10Floor,
    double minConfidence,
    double functionWordMinConfidence,
    double rareOriginalMinConfidence,
    int maxAlternatives,
    int maxCandidatesPerStart,
    boolean openForUnknownWords,
    double listedLog10Penalty,
    boolean barOnStatedConfidence) {

  /** The default settings. */
  public static final DecoderSettings DEFAULTS = builder().build();

  public DecoderSettings {
    if (beamWidth < 1) {
      throw new IllegalArgumentException("beamWidth must be >= 1: " + beamWidth);
    }
    if (!(lmWeight > 0) || Double.isInfinite(lmWeight)) {
      throw new IllegalArgumentException("lmWeight must be a positive number: " + lmWeight);
    }
    if (!(openLog10Penalty <= 0)) {
      throw new IllegalArgumentException("openLog10Penalty must be <= 0: " + openLog10Penalty);
    }
    if (!(derivedLog10Penalty <= 0)) {
      throw new IllegalArgumentException("derivedLog10Penalty must be <= 0: " + derivedLog10Penalty);
    }
    if (!(neuralLog10Penalty <= 0)) {
      throw new IllegalArgumentException("neuralLog10Penalty must be <= 0: " + neuralLog10Penalty);
    }
    if (!(candidateLog10Floor <= 0)) {
      throw new IllegalArgumentException("candidateLog10Floor must be <= 0: " + candidateLog10Floor);
    }
    OperatingPoint.minConfidence("minConfidence", minConfidence);
    OperatingPoint.minConfidence("functionWordMinConfidence", functionWordMinConfidence);
    OperatingPoint.minConfidence("rareOriginalMinConfidence", rareOriginalMinConfidence);
    if (maxAlternatives < 0) {
      throw new IllegalArgumentException("maxAlternatives must be >= 0: " + maxAlternatives);
    }
    if (maxCandidatesPerStart < 1) {
      throw new IllegalArgumentException("maxCandidatesPerStart must be >= 1: " + maxCandidatesPerStart);
    }
    if (!(listedLog10Penalty <= 0) || Double.isInfinite(listedLog10Penalty)) {
      throw new IllegalArgumentException("listedLog10Penalty must be a number <= 0: " + listedLog10Penalty);
    }
  }

  /** The words {@link #functionWordMinConfidence()} applies to (lower case). */
  private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of("in", "on", "at", "for", "to", "of",
      "with", "by", "from", "into", "onto", "over", "under", "about", "may", "might", "could", "can", "would", "will",
      "should", "must", "shall");

  /** Whether {@code word} is a preposition or modal verb that {@link #functionWordMinConfidence()} applies to. */
  public static boolean isFunctionWord(String word) {
    return FUNCTION_WORDS.contains(org.unspin.text.Words.canonical(word).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * The posterior an edit of {@code spun} (its words as written) to {@code original} needs: {@code minConfidence},
   * or {@code functionWordMinConfidence} when that is higher and both are single function words.
   */
  public double minConfidence(String spun, String original) {
    if (functionWordMinConfidence > minConfidence && isFunctionWord(spun.strip())
        && isFunctionWord(original.strip())) {
      return functionWordMinConfidence;
    }
    return minConfidence;
  }

  /**
   * The posterior an edit of {@code spun} (its words as written) to {@code original} of {@code origin} under {@code
   * channel} needs: {@link #minConfidence(String, String)}, or {@code rareOriginalMinConfidence} when that is higher
   * and the edit is a learned table's to an original it rarely gives for those words ({@link
   * ChannelModel#rareOriginal}).
   */
  public double minConfidence(String spun, String original, Candidate.Origin origin, ChannelModel channel) {
    double bar = minConfidence(spun, original);
    if (rareOriginalMinConfidence > bar && origin == Candidate.Origin.TABLE && channel != null
        && channel.rareOriginal(spun.strip(), original.strip())) {
      return rareOriginalMinConfidence;
    }
    return bar;
  }

  /**
   * What {@code minConfidence} and {@code functionWordMinConfidence} are compared with for an edit of {@code
   * origin} with {@code posterior} under {@code channel}: its {@link #statedConfidence} when {@link
   * #barOnStatedConfidence()}, else the posterior.
   */
  public double confidenceAtBar(double posterior, Candidate.Origin origin, ChannelModel channel) {
    return barOnStatedConfidence ? statedConfidence(posterior, origin, channel) : posterior;
  }

  /**
   * How sure an edit of {@code origin} with {@code posterior} under {@code channel} says it is: for a learned
   * table's edit ({@link Candidate.Origin#TABLE}) the posterior, which weighs only the originals the channel lists,
   * times one minus the table's share of spun forms whose original it does not list ({@link
   * ChannelModel#unseenOriginals()}); the posterior itself for any other.
   */
  public static double statedConfidence(double posterior, Candidate.Origin origin, ChannelModel channel) {
    return origin == Candidate.Origin.TABLE && channel != null ? posterior * (1 - channel.unseenOriginals())
        : posterior;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these settings. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.beamWidth = beamWidth;
    b.lmWeight = lmWeight;
    b.openLog10Penalty = openLog10Penalty;
    b.derivedLog10Penalty = derivedLog10Penalty;
    b.neuralLog10Penalty = neuralLog10Penalty;
    b.candidateLog10Floor = candidateLog10Floor;
    b.minConfidence = minConfidence;
    b.functionWordMinConfidence = functionWordMinConfidence;
    b.rareOriginalMinConfidence = rareOriginalMinConfidence;
    b.maxAlternatives = maxAlternatives;
    b.maxCandidatesPerStart = maxCandidatesPerStart;
    b.openForUnknownWords = openForUnknownWords;
    b.listedLog10Penalty = listedLog10Penalty;
    b.barOnStatedConfidence = barOnStatedConfidence;
    return b;
  }

  /** Builds {@link DecoderSettings}; values are checked in {@link #build()}. Not thread-safe. */
  public static final class Builder {
    private int beamWidth = 16;
    private double lmWeight = 1.0;
    private double openLog10Penalty = -3.0;
    private double derivedLog10Penalty = -3.0;
    private double neuralLog10Penalty = -3.0;
    private double candidateLog10Floor = -3.0;
    private double minConfidence = 0.4;
    private double functionWordMinConfidence = 0.9;
    private double rareOriginalMinConfidence = 0.9;
    private int maxAlternatives = 3;
    private int maxCandidatesPerStart = 24;
    private boolean openForUnknownWords = false;
    private double listedLog10Penalty = -7.0;
    private boolean barOnStatedConfidence = false;

    Builder() {}

    public Builder beamWidth(int v) {
      beamWidth = v;
      return this;
    }

    public Builder lmWeight(double v) {
      lmWeight = v;
      return this;
    }

    public Builder openLog10Penalty(double v) {
      openLog10Penalty = v;
      return this;
    }

    public Builder derivedLog10Penalty(double v) {
      derivedLog10Penalty = v;
      return this;
    }

    public Builder neuralLog10Penalty(double v) {
      neuralLog10Penalty = v;
      return this;
    }

    public Builder candidateLog10Floor(double v) {
      candidateLog10Floor = v;
      return this;
    }

    public Builder minConfidence(double v) {
      minConfidence = v;
      return this;
    }

    public Builder functionWordMinConfidence(double v) {
      functionWordMinConfidence = v;
      return this;
    }

    /** See {@link DecoderSettings#rareOriginalMinConfidence()}. */
    public Builder rareOriginalMinConfidence(double v) {
      rareOriginalMinConfidence = v;
      return this;
    }

    public Builder maxAlternatives(int v) {
      maxAlternatives = v;
      return this;
    }

    public Builder maxCandidatesPerStart(int v) {
      maxCandidatesPerStart = v;
      return this;
    }

    public Builder openForUnknownWords(boolean v) {
      openForUnknownWords = v;
      return this;
    }

    public Builder listedLog10Penalty(double v) {
      listedLog10Penalty = v;
      return this;
    }

    /** See {@link DecoderSettings#barOnStatedConfidence()}. */
    public Builder barOnStatedConfidence(boolean v) {
      barOnStatedConfidence = v;
      return this;
    }

    /** @throws IllegalArgumentException if a value is out of range */
    public DecoderSettings build() {
      return new DecoderSettings(beamWidth, lmWeight, openLog10Penalty, derivedLog10Penalty, neuralLog10Penalty,
          candidateLog10Floor, minConfidence, functionWordMinConfidence, rareOriginalMinConfidence, maxAlternatives,
          maxCandidatesPerStart, openForUnknownWords, listedLog10Penalty, barOnStatedConfidence);
    }
  }
}
