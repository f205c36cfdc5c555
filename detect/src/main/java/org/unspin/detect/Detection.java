// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import java.util.List;
import java.util.Map;
import org.unspin.decode.TextEdit;

/**
 * The detector's verdict on a document. Immutable.
 *
 * @param spunProbability calibrated probability that the document was spun
 * @param spun whether {@code spunProbability} reaches the calibrated threshold
 * @param spinner the most likely spinner family when spun, otherwise {@link Detector#NOT_SPUN}
 * @param families posterior over "not spun" ({@link Detector#NOT_SPUN}) and each family; sums to 1
 * @param paragraphs one verdict per paragraph, in order
 * @param spans the spans the restorer would most likely change, with their likely originals and local confidence
 *     (only in spun paragraphs, or everywhere when the document is spun; and everywhere those of {@code listed})
 * @param listed the likely edits inside phrases named in a tortured-phrase list ({@code --phrases}), wherever they
 *     are: fingerprints the user asked for, reported and restored even where the text is not called spun
 * @param features the document-level evidence
 * @param listExplained whether at least one, and at least half, of the document's likely edits (in every
 *     paragraph, spun or not, under its best family) come from a tortured-phrase list ({@code PHRASE_LIST} or
 *     {@code PHRASE_WORD}): text the list explains, though too short or too plain for the calibrated verdict
 * @param notJudged why the text was not judged, or null when it was: it has no word or number ({@link
 *     Detector#NO_WORDS}), or it is not English, or program code ({@link Detector#detect}); such a text is not
 *     spun at probability 0, in every paragraph, with no spans
 * @param ownProbability the probability from the document's own evidence, without the phrases a tortured-phrase list
 *     names ({@link Detector#LISTED_PHRASES}): a listed phrase is a fingerprint that makes the document spun, but
 *     whether the rest of it was spun is this; equal to {@code spunProbability} without a list
 * @param section the section of a long text that, judged on its own, is surely spun and made the text spun
 *     ({@link Detector#SURE_SECTION}); null for none
 * @param spread the favourite swaps of a spinner found throughout a long text that made it spun
 *     ({@link Detector#SPREAD_DENSITY}); null for none
 * @since 0.1
 */
public record Detection(
    double spunProbability,
    boolean spun,
    String spinner,
    Map<String, Double> families,
    List<ParagraphDetection> paragraphs,
    List<TextEdit> spans,
    Features features,
    List<TextEdit> listed,
    boolean listExplained,
    String notJudged,
    double ownProbability,
    Section section,
    Spread spread) {

  /**
   * A section of a long text judged spun on its own ({@link Detector#SURE_SECTION}).
   *
   * @param span the section: whole paragraphs, about {@link Detector#SECTION_WORDS} words
   * @param probability its probability judged as a document
   * @param raise how far it raised the text's log-odds over the text's own judged as a whole
   */
  public record Section(org.unspin.text.Span span, double probability, double raise) {}

  /**
   * A long text lightly spun throughout ({@link Detector#SPREAD_DENSITY}): a family's favourite swaps stand out
   * although it left most of the words it would replace.
   *
   * @param family the family whose swaps they are
   * @param types the swaps it made throughout ({@link org.unspin.decode.EvidenceScorer#swapKey}: "said<mentioned",
   *     "year<12 months"), each with evidence over {@link Detector#SPREAD_TYPE_MIN} in log10 less what its original
   *     left as written says against it; restoration restores these only, in the paragraphs that hold them
   * @param perWord their evidence beyond that bar, summed, per word of the text
   * @param probability the probability it gives the text
   * @param raise how far it raised the text's log-odds over the text's own judged as a whole
   */
  public record Spread(String family, java.util.Set<String> types, double perWord, double probability,
      double raise) {
    public Spread {
      types = java.util.Set.copyOf(types);
    }
  }

  public Detection {
    families = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(families)); // in scoring order
    paragraphs = List.copyOf(paragraphs);
    spans = List.copyOf(spans);
    listed = List.copyOf(listed);
  }

  /** A verdict without listed phrases. */
  public Detection(double spunProbability, boolean spun, String spinner, Map<String, Double> families,
      List<ParagraphDetection> paragraphs, List<TextEdit> spans, Features features, List<TextEdit> listed,
      boolean listExplained, String notJudged) {
    this(spunProbability, spun, spinner, families, paragraphs, spans, features, listed, listExplained, notJudged,
        spunProbability, null, null);
  }

  /** Whether the text was judged ({@link #notJudged} is null). */
  public boolean judged() {
    return notJudged == null;
  }
}
