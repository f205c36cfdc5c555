// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.unspin.text.Disguises;
import org.unspin.text.Disguises.Disguise;

/**
 * Whether a text was spun, by which spinner, where. Immutable.
 *
 * @param spun the decision at the calibrated threshold
 * @param spunProbability calibrated probability that the text was spun
 * @param spinner the most likely spinner family when spun, otherwise "none"
 * @param spinners posterior over "none" and the spinner families scored (the calibrated ones, and an attribution
 *     family such as "W" where it was scored), in that order, "none" first; sums to 1
 * @param paragraphs one verdict per paragraph
 * @param spans the spans restoration would most likely change, with likely originals and confidence
 * @param evidence why: for each calibrated feature (in the order of {@code Calibration.FEATURES}), how far it moved
 *     the document's log-odds of being spun away from those of a typical clean text (weight times the difference
 *     from the clean texts' mean); positive pushes towards "spun"; "maskedLm" is what the optional neural pass
 *     added. Empty when not computed
 * @param notJudged why the text was not judged, or empty when it was: "no words to judge" (no word or number), or
 *     "not English, not judged (3% of its 57 words are common English words)", or "code, not judged (37% of its
 *     212 tokens are code symbols)", or "licence text, not judged (...)" for a copy of a licence ({@link
 *     org.unspin.detect.KnownTexts}); such a text is not spun at probability 0, in every paragraph, with no spans
 *     and no evidence
 * @param disguised the words disguised with invisible characters or look-alike letters ({@link Disguises}), in text
 *     order: an attempt to slip past duplicate checkers and word lists, reported beside the verdict, which they do not
 *     move (the calibration has seen none); empty for nearly every text
 * @param spinnerRate where the spinner family accounts for only part of the text, the rate its restoration measures
 *     ({@link Restoration#spinnerRate()}, under {@link Unspinner#PARTLY_SPUN}), at which {@code spans} are weighed;
 *     NaN otherwise
 * @param spinnerDescription the family {@code spinner} in words, as the models that judged the text describe it
 *     ({@link Unspinner#describe}: a learned table's {@code @description}, or a built-in family's words); "" for
 *     "none" and a family without one
 * @param brokenAcronyms the acronyms in parentheses whose words no longer fit them ({@link BrokenAcronym}), in text
 *     order: where the evidence {@code misfitAcronyms} comes from, whether or not {@code spans} restore their words;
 *     empty for nearly every text and for one not judged
 * @param neural what the masked-LM pass ({@link Unspinner#withNeural()}) did in the restoration the spans come
 *     from, as {@link Restoration#neural()}; empty without the pass
 * @since 0.1
 */
public record DetectionResult(
    boolean spun,
    double spunProbability,
    String spinner,
    Map<String, Double> spinners,
    List<ParagraphResult> paragraphs,
    List<Edit> spans,
    Map<String, Double> evidence,
    Optional<String> notJudged,
    List<Disguise> disguised,
    double spinnerRate,
    String spinnerDescription,
    List<BrokenAcronym> brokenAcronyms,
    Optional<NeuralPass> neural) {

  public DetectionResult {
    java.util.Objects.requireNonNull(notJudged, "notJudged");
    java.util.Objects.requireNonNull(spinnerDescription, "spinnerDescription");
    java.util.Objects.requireNonNull(neural, "neural");
    spinners = Collections.unmodifiableMap(new LinkedHashMap<>(spinners)); // "none" first, as the detector lists
    paragraphs = List.copyOf(paragraphs);
    spans = List.copyOf(spans);
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    disguised = List.copyOf(disguised);
    brokenAcronyms = List.copyOf(brokenAcronyms);
  }

  /** A result without a masked-LM pass ({@link #withNeural}). */
  public DetectionResult(boolean spun, double spunProbability, String spinner, Map<String, Double> spinners,
      List<ParagraphResult> paragraphs, List<Edit> spans, Map<String, Double> evidence, Optional<String> notJudged,
      List<Disguise> disguised, double spinnerRate, String spinnerDescription, List<BrokenAcronym> brokenAcronyms) {
    this(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged, disguised, spinnerRate,
        spinnerDescription, brokenAcronyms, Optional.empty());
  }

  /** A result without broken acronyms ({@link #withBrokenAcronyms}). */
  public DetectionResult(boolean spun, double spunProbability, String spinner, Map<String, Double> spinners,
      List<ParagraphResult> paragraphs, List<Edit> spans, Map<String, Double> evidence, Optional<String> notJudged,
      List<Disguise> disguised, double spinnerRate, String spinnerDescription) {
    this(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged, disguised, spinnerRate,
        spinnerDescription, List.of());
  }

  /**
   * A result whose family is described in the built-in words ({@link Explanations#describe}); an {@link Unspinner}'s
   * results describe its own families ({@link #withSpinnerDescription}).
   */
  public DetectionResult(boolean spun, double spunProbability, String spinner, Map<String, Double> spinners,
      List<ParagraphResult> paragraphs, List<Edit> spans, Map<String, Double> evidence, Optional<String> notJudged,
      List<Disguise> disguised, double spinnerRate) {
    this(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged, disguised, spinnerRate,
        Explanations.describe(spinner));
  }

  /** A result whose spinner accounts for the whole text, or was not measured ({@link #spinnerRate()} NaN). */
  public DetectionResult(boolean spun, double spunProbability, String spinner, Map<String, Double> spinners,
      List<ParagraphResult> paragraphs, List<Edit> spans, Map<String, Double> evidence, Optional<String> notJudged,
      List<Disguise> disguised) {
    this(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged, disguised, Double.NaN);
  }

  /** A result without disguised words. */
  public DetectionResult(boolean spun, double spunProbability, String spinner, Map<String, Double> spinners,
      List<ParagraphResult> paragraphs, List<Edit> spans, Map<String, Double> evidence, Optional<String> notJudged) {
    this(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged, List.of());
  }

  /** A result without the evidence breakdown. */
  public DetectionResult(boolean spun, double spunProbability, String spinner, Map<String, Double> spinners,
      List<ParagraphResult> paragraphs, List<Edit> spans) {
    this(spun, spunProbability, spinner, spinners, paragraphs, spans, Map.of(), Optional.empty());
  }

  /** A judged result with its evidence. */
  public DetectionResult(boolean spun, double spunProbability, String spinner, Map<String, Double> spinners,
      List<ParagraphResult> paragraphs, List<Edit> spans, Map<String, Double> evidence) {
    this(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, Optional.empty());
  }

  /**
   * Its verdict and sizes, not the text's words: a service that logs a result must not write a submitted text into its
   * logs, and the spans (each with its words and their alternatives) had made the record's own string seven times as
   * long as the text it judged.
   */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "DetectionResult[spun=%s, spunProbability=%.4f, spinner=%s, "
        + "paragraphs=%d, spans=%d, disguised=%d%s]", spun, spunProbability, spinner, paragraphs.size(), spans.size(),
        disguised.size(), notJudged.map(n -> ", notJudged=" + n).orElse(""));
  }

  /** This result with the text's {@code brokenAcronyms} ({@link BrokenAcronym#find}). */
  public DetectionResult withBrokenAcronyms(List<BrokenAcronym> brokenAcronyms) {
    return new DetectionResult(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged,
        disguised, spinnerRate, spinnerDescription, brokenAcronyms, neural);
  }

  /** This result with the text's {@code disguised} words. */
  public DetectionResult withDisguised(List<Disguise> disguised) {
    return new DetectionResult(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged,
        disguised, spinnerRate, spinnerDescription, brokenAcronyms, neural);
  }

  /** This result with the rate of a spinner that accounts for only part of the text ({@link #spinnerRate()}). */
  public DetectionResult withSpinnerRate(double spinnerRate) {
    return new DetectionResult(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged,
        disguised, spinnerRate, spinnerDescription, brokenAcronyms, neural);
  }

  /** This result with its family in {@code spinnerDescription}'s words ({@link #spinnerDescription()}). */
  public DetectionResult withSpinnerDescription(String spinnerDescription) {
    return new DetectionResult(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged,
        disguised, spinnerRate, spinnerDescription, brokenAcronyms, neural);
  }

  /** This result with what the masked-LM pass did ({@link #neural()}). */
  public DetectionResult withNeural(Optional<NeuralPass> neural) {
    return new DetectionResult(spun, spunProbability, spinner, spinners, paragraphs, spans, evidence, notJudged,
        disguised, spinnerRate, spinnerDescription, brokenAcronyms, neural);
  }
}
