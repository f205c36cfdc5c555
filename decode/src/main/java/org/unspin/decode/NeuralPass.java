// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.unspin.text.Span;

/**
 * What a masked-LM pass over a text did, so that a verdict can be explained: how much of its work cap it spent,
 * where the cap ran out (the n-gram decoder alone decided the rest), and which of the n-gram decoder's edits it
 * re-decided. Immutable.
 *
 * @param queries masked-LM queries counted against the cap (open-vocabulary detection and rescoring), {@code >= 0};
 *     over {@code cap} by at most the cost of the last edit rescored
 * @param cap the document's work cap, in queries: the settings' queries per 100 words of what was restored
 * @param uncheckedFrom the UTF-16 offset into the input of the first word the masked LM did not check for want of
 *     queries (the first sentence decoded without it, or the first uncertain edit left to the n-gram decoder),
 *     or -1 when the cap lasted
 * @param reviews the n-gram decoder's edits the masked LM re-decided, in input order: those that stand (perhaps with
 *     another reading, or at a confidence the n-gram decoder alone would not have applied them at) and those it
 *     removed ({@link Review#removed()})
 * @since 0.1
 */
public record NeuralPass(int queries, int cap, int uncheckedFrom, List<Review> reviews) {

  public NeuralPass {
    reviews = List.copyOf(reviews);
  }

  /**
   * One edit of the n-gram decoder that the masked LM re-decided.
   *
   * @param span the input's characters the n-gram decoder's edit replaces
   * @param spun the input's text in {@code span}
   * @param ngramOriginal the n-gram decoder's reading (lower case unless case-bearing)
   * @param ngramReplacement what the n-gram decoder alone would have written in {@code span}
   * @param ngramConfidence the n-gram decoder's posterior of its reading, in [0, 1]
   * @param confidence the posterior of the n-gram decoder's reading after rescoring; the edit that stands has its
   *     own confidence (the same reading, or another one that won)
   * @param removed whether the masked LM removed the edit: the n-gram decoder alone would have applied it, and
   *     the text keeps the spun words
   */
  public record Review(Span span, String spun, String ngramOriginal, String ngramReplacement, double ngramConfidence,
      double confidence, boolean removed) {}

  /** Whether the cap ran out before the masked LM had checked all it would have ({@link #uncheckedFrom()}). */
  public boolean capped() {
    return uncheckedFrom >= 0;
  }

  /**
   * The passes over disjoint parts of one text as one: queries and caps added, the first unchecked offset, the
   * reviews in input order.
   */
  public static NeuralPass merge(List<NeuralPass> parts) {
    int queries = 0;
    int cap = 0;
    int unchecked = -1;
    List<Review> reviews = new ArrayList<>();
    for (NeuralPass p : parts) {
      queries += p.queries();
      cap += p.cap();
      if (p.capped() && (unchecked < 0 || p.uncheckedFrom() < unchecked)) {
        unchecked = p.uncheckedFrom();
      }
      reviews.addAll(p.reviews());
    }
    reviews.sort(Comparator.comparingInt(r -> r.span().start()));
    return new NeuralPass(queries, cap, unchecked, reviews);
  }
}
