// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import org.unspin.text.Span;

/**
 * The detector's verdict on one paragraph. Immutable.
 *
 * @param span UTF-16 offsets of the paragraph in the input
 * @param spunProbability calibrated probability that the paragraph was spun
 * @param spun whether {@code spunProbability} reaches the calibrated threshold
 * @param spinner the most likely spinner family when spun, otherwise "none"
 * @param features the evidence
 * @param notJudged why the paragraph was not judged, or null when it was: a paragraph of 30 words or more in
 *     another language or of program code inside an English text ("not English, not judged (...)", "code, not
 *     judged (...)"), or one that repeats a known text such as a licence ("licence text, not judged (...)", {@link
 *     KnownTexts}), which is not spun with probability 0, adds nothing to its document's evidence and is never
 *     restored
 * @param ownProbability the probability from the paragraph's own evidence, without the phrases a tortured-phrase
 *     list names ({@link Detector#LISTED_PHRASES}): what says whether the rest of it was spun; equal to {@code
 *     spunProbability} without a list
 * @param aloneProbability the probability of the paragraph judged as a text of its own (the document weights, no
 *     context), from its own evidence as {@code ownProbability}: where {@code spunProbability} weighs the paragraph in
 *     its document, so that a clean paragraph of a spun article scores nearly as high as a spun one, this tells them
 *     apart (on half-spun development articles, median 0.06 for the clean paragraphs and 0.91 for the spun ones), at
 *     the price of short texts' uncertain verdicts; for a heading, a page number or a caption (under {@link
 *     Detector#MIN_PARAGRAPH_WORDS} words), which has no evidence of its own, its text's own probability; 0 for a
 *     paragraph not judged
 * @param spunAlone whether the paragraph is spun on its own: one of several judged paragraphs of a text of up to
 *     {@link Detector#CONTEXT_WORDS} words (a longer one's paragraphs are judged in their surroundings), of {@link
 *     Detector#SPUN_ALONE_WORDS} words or more, whose {@code aloneProbability} reaches {@link
 *     Detector#spunAloneBar} ({@link Detector#SPUN_ALONE_PROBABILITY} at the default threshold, up to {@link
 *     Detector#SPUN_ALONE_PARAGRAPHS} paragraphs), or that is next to one spun on its own and reaches that bar
 *     lowered by {@link Detector#SPUN_ALONE_NEXT} in log-odds (0.4 at the default threshold). A copy that spun a
 *     paragraph or two of an article and kept the rest is not called spun as a whole; its paragraphs spun on their
 *     own still show their spans and are restored
 * @since 0.1
 */
public record ParagraphDetection(Span span, double spunProbability, boolean spun, String spinner, Features features,
    String notJudged, double ownProbability, double aloneProbability, boolean spunAlone) {

  /** A judged paragraph's verdict, without listed phrases, its probability alone the same, not spun alone. */
  public ParagraphDetection(Span span, double spunProbability, boolean spun, String spinner, Features features) {
    this(span, spunProbability, spun, spinner, features, null, spunProbability, spunProbability, false);
  }

  /** A paragraph's verdict, without listed phrases, its probability alone the same, not spun alone. */
  public ParagraphDetection(Span span, double spunProbability, boolean spun, String spinner, Features features,
      String notJudged) {
    this(span, spunProbability, spun, spinner, features, notJudged, spunProbability, spunProbability, false);
  }

  /** Whether the paragraph was judged ({@link #notJudged} is null). */
  public boolean judged() {
    return notJudged == null;
  }
}
