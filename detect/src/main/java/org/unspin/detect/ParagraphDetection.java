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
 *     judged (...)"), which is not spun with probability 0, adds nothing to its document's evidence and is never
 *     restored
 * @param ownProbability the probability from the paragraph's own evidence, without the phrases a tortured-phrase
 *     list names ({@link Detector#LISTED_PHRASES}): what says whether the rest of it was spun; equal to {@code
 *     spunProbability} without a list
 * @since 0.1
 */
public record ParagraphDetection(Span span, double spunProbability, boolean spun, String spinner, Features features,
    String notJudged, double ownProbability) {

  /** A judged paragraph's verdict, without listed phrases. */
  public ParagraphDetection(Span span, double spunProbability, boolean spun, String spinner, Features features) {
    this(span, spunProbability, spun, spinner, features, null, spunProbability);
  }

  /** A paragraph's verdict, without listed phrases. */
  public ParagraphDetection(Span span, double spunProbability, boolean spun, String spinner, Features features,
      String notJudged) {
    this(span, spunProbability, spun, spinner, features, notJudged, spunProbability);
  }

  /** Whether the paragraph was judged ({@link #notJudged} is null). */
  public boolean judged() {
    return notJudged == null;
  }
}
