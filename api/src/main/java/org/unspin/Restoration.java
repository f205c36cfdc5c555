// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A restored text. Immutable.
 *
 * @param input the text as given
 * @param text the restored text: {@code input} with the edits applied and nothing else changed
 * @param edits the edits in input order; they do not overlap
 * @param spinner the spinner family the text was restored under, or "none" when it was judged not spun
 * @param spunProbability the detector's calibrated probability that the input was spun
 * @param log10Score the decoder's best-path score summed over the restored sentences (0 when nothing was decoded)
 * @param evidence why the detector judged the text as it did ({@link DetectionResult#evidence()}); empty when not
 *     computed
 * @param paragraphs the detector's verdict on each paragraph of the input, as {@link DetectionResult#paragraphs()}
 *     (a text not called spun is restored only in its surely spun paragraphs); empty when not computed
 * @param notJudged why the text was not judged (and is left as it is, even when assumed spun), or empty when it was:
 *     "no words to judge", "not English, not judged (...)", "code, not judged (...)" or "licence text, not judged
 *     (...)" ({@link DetectionResult#notJudged()})
 * @param spinnerRate the share of its chances to rewrite a word that the family {@code spinner} took in the restored
 *     paragraphs ({@code Unspinner.spunRate}): near 1 for a copy its spinner made; under {@link
 *     Unspinner#PARTLY_SPUN} for another spinner's copy or a light spin, which is restored under the family weighed
 *     down to that rate; NaN when not measured (nothing restored under a spinner table's family)
 * @param spinnerDescription the family {@code spinner} in words, as the models that restored the text describe it
 *     ({@link Unspinner#describe}: a learned table's {@code @description}, or a built-in family's words); "" for
 *     "none" and a family without one
 * @param brokenAcronyms the acronyms in parentheses in the input whose words no longer fit them, as {@link
 *     DetectionResult#brokenAcronyms()} gives them (whether or not the edits restored their words); empty for nearly
 *     every text and for one not judged
 * @param neural what the masked-LM pass ({@link Unspinner#withNeural()}) did: its queries, where its work cap ran
 *     out, the edits it re-decided and those it removed; empty without the pass (and for a text it never reached:
 *     not judged, or without a family to restore it under)
 * @param unrestored why a text called spun came back without a restored word, or empty where that does not apply (a
 *     text restored, not called spun, not judged, or decoded with {@code assumeSpun}): "called spun (P 0.660) but not
 *     restored: a text under 100 words is restored from P 0.7" ({@link Unspinner#SHORT_RESTORE_PROBABILITY}); without
 *     it a result with {@code spunProbability} above the threshold and no edits reads like a failure
 * @since 0.1
 */
public record Restoration(
    String input, String text, List<Edit> edits, String spinner, double spunProbability, double log10Score,
    Map<String, Double> evidence, List<ParagraphResult> paragraphs, Optional<String> notJudged, double spinnerRate,
    String spinnerDescription, List<BrokenAcronym> brokenAcronyms, Optional<NeuralPass> neural,
    Optional<String> unrestored) {

  public Restoration {
    java.util.Objects.requireNonNull(notJudged, "notJudged");
    java.util.Objects.requireNonNull(spinnerDescription, "spinnerDescription");
    java.util.Objects.requireNonNull(neural, "neural");
    java.util.Objects.requireNonNull(unrestored, "unrestored");
    edits = List.copyOf(edits);
    evidence = Collections.unmodifiableMap(new LinkedHashMap<>(evidence));
    paragraphs = List.copyOf(paragraphs);
    brokenAcronyms = List.copyOf(brokenAcronyms);
  }

  /** A restoration without a reason it was not restored ({@link #withUnrestored}). */
  public Restoration(String input, String text, List<Edit> edits, String spinner, double spunProbability,
      double log10Score, Map<String, Double> evidence, List<ParagraphResult> paragraphs, Optional<String> notJudged,
      double spinnerRate, String spinnerDescription, List<BrokenAcronym> brokenAcronyms,
      Optional<NeuralPass> neural) {
    this(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs, notJudged, spinnerRate,
        spinnerDescription, brokenAcronyms, neural, Optional.empty());
  }

  /** A restoration without a masked-LM pass ({@link #withNeural}). */
  public Restoration(String input, String text, List<Edit> edits, String spinner, double spunProbability,
      double log10Score, Map<String, Double> evidence, List<ParagraphResult> paragraphs, Optional<String> notJudged,
      double spinnerRate, String spinnerDescription, List<BrokenAcronym> brokenAcronyms) {
    this(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs, notJudged, spinnerRate,
        spinnerDescription, brokenAcronyms, Optional.empty());
  }

  /** A restoration without broken acronyms ({@link #withBrokenAcronyms}). */
  public Restoration(String input, String text, List<Edit> edits, String spinner, double spunProbability,
      double log10Score, Map<String, Double> evidence, List<ParagraphResult> paragraphs, Optional<String> notJudged,
      double spinnerRate, String spinnerDescription) {
    this(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs, notJudged, spinnerRate,
        spinnerDescription, List.of());
  }

  /**
   * A restoration whose family is described in the built-in words ({@link Explanations#describe}); an {@link
   * Unspinner}'s results describe its own families ({@link #withSpinnerDescription}).
   */
  public Restoration(String input, String text, List<Edit> edits, String spinner, double spunProbability,
      double log10Score, Map<String, Double> evidence, List<ParagraphResult> paragraphs, Optional<String> notJudged,
      double spinnerRate) {
    this(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs, notJudged, spinnerRate,
        Explanations.describe(spinner));
  }

  /** A restoration without the detector's evidence and paragraph verdicts. */
  public Restoration(String input, String text, List<Edit> edits, String spinner, double spunProbability,
      double log10Score) {
    this(input, text, edits, spinner, spunProbability, log10Score, Map.of(), List.of(), Optional.empty(), Double.NaN);
  }

  /** A restoration whose family's rate was not measured ({@link #spinnerRate()} NaN). */
  public Restoration(String input, String text, List<Edit> edits, String spinner, double spunProbability,
      double log10Score, Map<String, Double> evidence, List<ParagraphResult> paragraphs, Optional<String> notJudged) {
    this(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs, notJudged, Double.NaN);
  }

  /**
   * Its sizes and verdict, not its texts: a service that logs a result must not write a submitted text (a megabyte,
   * or a student's essay) into its logs by accident.
   */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "Restoration[input=%d chars, text=%d chars, edits=%d, spinner=%s, "
        + "spunProbability=%.4f, paragraphs=%d%s]", input.length(), text.length(), edits.size(), spinner,
        spunProbability, paragraphs.size(), notJudged.map(n -> ", notJudged=" + n).orElse("")
        + unrestored.map(u -> ", unrestored=" + u).orElse(""));
  }

  /** This restoration with {@code evidence}. */
  public Restoration withEvidence(Map<String, Double> evidence) {
    return new Restoration(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs,
        notJudged, spinnerRate, spinnerDescription, brokenAcronyms, neural, unrestored);
  }

  /** This restoration with the detector's {@code paragraphs}. */
  public Restoration withParagraphs(List<ParagraphResult> paragraphs) {
    return new Restoration(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs,
        notJudged, spinnerRate, spinnerDescription, brokenAcronyms, neural, unrestored);
  }

  /** This restoration of a text that was not judged, for the reason given ({@link #notJudged()}). */
  public Restoration withNotJudged(String reason) {
    return new Restoration(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs,
        Optional.of(reason), spinnerRate, spinnerDescription, brokenAcronyms, neural, unrestored);
  }

  /** This restoration with the rate its family's swaps were taken at ({@link #spinnerRate()}). */
  public Restoration withSpinnerRate(double spinnerRate) {
    return new Restoration(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs,
        notJudged, spinnerRate, spinnerDescription, brokenAcronyms, neural, unrestored);
  }

  /** This restoration with its family in {@code spinnerDescription}'s words ({@link #spinnerDescription()}). */
  public Restoration withSpinnerDescription(String spinnerDescription) {
    return new Restoration(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs,
        notJudged, spinnerRate, spinnerDescription, brokenAcronyms, neural, unrestored);
  }

  /** This restoration with the input's {@code brokenAcronyms} ({@link DetectionResult#brokenAcronyms()}). */
  public Restoration withBrokenAcronyms(List<BrokenAcronym> brokenAcronyms) {
    return new Restoration(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs,
        notJudged, spinnerRate, spinnerDescription, brokenAcronyms, neural, unrestored);
  }

  /** This restoration with what the masked-LM pass did ({@link #neural()}). */
  public Restoration withNeural(Optional<NeuralPass> neural) {
    return new Restoration(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs,
        notJudged, spinnerRate, spinnerDescription, brokenAcronyms, neural, unrestored);
  }

  /** This restoration with the reason a text called spun was not restored ({@link #unrestored()}), or none. */
  public Restoration withUnrestored(Optional<String> unrestored) {
    return new Restoration(input, text, edits, spinner, spunProbability, log10Score, evidence, paragraphs,
        notJudged, spinnerRate, spinnerDescription, brokenAcronyms, neural, unrestored);
  }

  /** Whether anything was changed. */
  public boolean changed() {
    return !edits.isEmpty();
  }
}
