// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.List;

/**
 * How well one spinner family's channel explains a sentence, from local evidence (each position scored on its own,
 * in its n-gram window), much cheaper than a full decode. Immutable.
 *
 * @param log10Ratio approximate log10 of P(sentence | spun by this family) / P(sentence | not spun): the sum over
 *     positions of {@code log10(P_keep(w) + sum over candidates o of P_LM(o | window)/P_LM(w | window) * P(w | o))}
 * @param words the number of word positions scored
 * @param likelyEdits positions where a candidate original is more probable than the spun words, with that
 *     candidate's local posterior as confidence
 * @param tableEdits how many of {@code likelyEdits} come from the family's own table or rules (not open vocabulary)
 * @param listedPhrases how many phrases named in a tortured-phrase list ({@code PHRASE_LIST} candidates) hold a
 *     likely edit, whatever its origin: "state of rate" counts once whether it is restored whole or as "rate" ->
 *     "charge" from the list's word table
 * @param listedEdits the likely edits that lie inside such a listed phrase (a subset of {@code likelyEdits})
 * @param byType {@code log10Ratio} summed by swap ({@link EvidenceScorer#swapKey}: "said<mentioned") and by word
 *     kept ("said"), when asked for ({@link EvidenceScorer#score(List, ChannelModel, DocumentIds, boolean)}; empty
 *     otherwise): where the family's favourite swaps stand out although its other words are left
 * @since 0.1
 */
public record SentenceEvidence(double log10Ratio, int words, List<SpanEdit> likelyEdits, int tableEdits,
    int listedPhrases, List<SpanEdit> listedEdits, java.util.Map<String, Double> byType) {

  public SentenceEvidence(double log10Ratio, int words, List<SpanEdit> likelyEdits, int tableEdits,
      int listedPhrases, List<SpanEdit> listedEdits) {
    this(log10Ratio, words, likelyEdits, tableEdits, listedPhrases, listedEdits, java.util.Map.of());
  }

  public SentenceEvidence {
    likelyEdits = List.copyOf(likelyEdits);
    listedEdits = List.copyOf(listedEdits);
    byType = java.util.Map.copyOf(byType);
  }

  /** Evidence without tortured-phrase list hits. */
  public SentenceEvidence(double log10Ratio, int words, List<SpanEdit> likelyEdits, int tableEdits) {
    this(log10Ratio, words, likelyEdits, tableEdits, 0, List.of());
  }
}
