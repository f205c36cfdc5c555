// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.Optional;
import org.unspin.text.Span;

/**
 * The detector's verdict on one paragraph. Immutable.
 *
 * @param span UTF-16 offsets of the paragraph in the input
 * @param spun whether {@code spunProbability} reaches the calibrated threshold
 * @param spunProbability calibrated probability that the paragraph was spun
 * @param spinner the most likely spinner family when spun, otherwise "none"
 * @param notJudged why the paragraph was not judged (another language, program code or a licence inside an English
 *     text: not spun, never restored), or empty when it was ({@link
 *     org.unspin.detect.ParagraphDetection#notJudged()})
 * @param aloneProbability the probability of the paragraph judged as a text of its own, without its document: where
 *     {@code spunProbability} weighs it in its document (a clean paragraph of a spun article scores nearly as high as
 *     a spun one), this tells them apart, with a short text's uncertainty ({@link
 *     org.unspin.detect.ParagraphDetection#aloneProbability()}): the paragraphs of a farm copy that spun some of an
 *     article's paragraphs and kept the rest. A text called spun leaves its paragraphs under 0.2 alone as they
 *     are when they hold 15% of its words or more (its spinner a calibrated family)
 * @param spunAlone whether the paragraph is spun on its own ({@link
 *     org.unspin.detect.ParagraphDetection#spunAlone()}): one of several judged paragraphs of a text of up to 1,000
 *     words, of 20 words or more, at 0.7 alone or more (at the default threshold, in a text of up to 12 paragraphs;
 *     {@link Unspinner#withThreshold} moves it by the same log-odds: 0.5 at 0.3, 0.95 at 0.9; more paragraphs raise
 *     it: 0.83 for 25), or next to such a paragraph at 0.4 alone or more (the bar lowered by the same log-odds;
 *     paragraphs too short to judge between them aside): a farm spins a stretch of paragraphs. A text not called
 *     spun still shows and restores the spans of such paragraphs: a copy that spun a paragraph or two of an article
 *     and kept the rest
 * @since 0.1
 */
public record ParagraphResult(Span span, boolean spun, double spunProbability, String spinner,
    Optional<String> notJudged, double aloneProbability, boolean spunAlone) {

  public ParagraphResult {
    java.util.Objects.requireNonNull(notJudged, "notJudged");
  }

  /** A judged paragraph's verdict, its probability alone the same, not spun alone. */
  public ParagraphResult(Span span, boolean spun, double spunProbability, String spinner) {
    this(span, spun, spunProbability, spinner, Optional.empty(), spunProbability, false);
  }

  /** A paragraph's verdict, its probability alone the same, not spun alone. */
  public ParagraphResult(Span span, boolean spun, double spunProbability, String spinner,
      Optional<String> notJudged) {
    this(span, spun, spunProbability, spinner, notJudged, spunProbability, false);
  }
}
