// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import org.unspin.detect.CountEvidence;

/**
 * The rule by which a restorer's open-vocabulary edits (masked-LM proposals, origin {@code NEURAL}) raise the
 * detector's P(spun): such an edit is a word the masked LM found out of place, with a thesaurus neighbour or
 * morphological relative of it much more probable in its place, which the decoder then preferred. Their count
 * {@code k} in {@code n} word positions is {@link CountEvidence} at rate {@link #CLEAN_RATE} per word in clean text
 * and {@link #SPUN_RATE} in spun text: upward only, since text spun by a family the tables describe leaves few
 * words for the masked LM to propose (it asks only about words no channel candidate covers), so few proposals are
 * no evidence against spinning. The rates are measured, see {@code docs/benchmarks.md} ("Neural", detection).
 *
 * <p>Stateless and thread-safe.
 */
final class RestorerEvidence {

  /**
   * Open-vocabulary edits per word position in clean news: 0.0016, measured on the even-numbered files of the first
   * 30 of {@code clean-news} (held out: the odd ones 0.0009, the 31 originals of {@code spun-news} 0.0011), with
   * masked-LM proposals of weak thesaurus links left out (the neural module's {@code
   * NeuralSettings.weakLinkProposals}; 0.0058 with them).
   */
  static final double CLEAN_RATE = 0.0016;

  /**
   * Open-vocabulary edits per word position in spun text: 0.0085, measured on the same files spun by the thesaurus
   * spinner (WordNet/Moby, style A, rates 0.3 and 0.15), whose substitutions no bundled table describes (held out:
   * the odd files 0.0076, the real spun files of {@code spun-news-unpaired} 0.0038; 0.0172 with weak links).
   */
  static final double SPUN_RATE = 0.0085;

  private static final CountEvidence EVIDENCE = new CountEvidence(CLEAN_RATE, SPUN_RATE);

  private RestorerEvidence() {}

  /** The natural-log likelihood ratio, spun against clean, of {@code edits} in {@code words}; at least 0. */
  static double lnRatio(int edits, int words) {
    return EVIDENCE.lnRatio(edits, words);
  }

  /** {@code p} raised by the evidence of {@code edits} in {@code words} ({@link CountEvidence#update}). */
  static double update(double p, int edits, int words) {
    return EVIDENCE.update(p, edits, words);
  }
}
