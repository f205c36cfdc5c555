// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import java.util.List;
import java.util.Optional;
import org.unspin.text.Span;

/**
 * What the masked-LM pass ({@link Unspinner#withNeural()}) did to a text, so that a verdict can be explained: how
 * much of its work cap it spent, where the cap ran out (the n-gram decoder alone decided the rest: that part of the
 * text got no masked-LM check), and which of the n-gram decoder's edits it re-decided, the ones it removed among
 * them. Immutable.
 *
 * @param queries masked-LM queries counted against the cap (open-vocabulary detection and rescoring); over {@code
 *     cap} by at most the cost of the last edit rescored
 * @param cap the document's work cap, in queries (per 100 words of what was restored: 30 for rescoring and 15 for
 *     detection by default)
 * @param uncheckedFrom the UTF-16 offset into the input of the first word the masked LM did not check because the
 *     cap had run out (the first sentence decoded without it, or the first uncertain edit left to the n-gram
 *     decoder); empty when the cap lasted
 * @param reviews the n-gram decoder's edits the masked LM re-decided, in input order: those that stand (with the
 *     same reading or another one) and those it removed
 * @since 0.1
 */
public record NeuralPass(int queries, int cap, Optional<Integer> uncheckedFrom, List<Review> reviews) {

  public NeuralPass {
    java.util.Objects.requireNonNull(uncheckedFrom, "uncheckedFrom");
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
   * @param confidence the posterior of the n-gram decoder's reading after rescoring with the masked LM (the edit
   *     that stands, {@link Edit#confidence()}, has its own: the same reading, or another one that won)
   * @param removed whether the masked LM removed the edit: the n-gram decoder alone would have made it, and the
   *     text keeps the spun words
   */
  public record Review(Span span, String spun, String ngramOriginal, String ngramReplacement, double ngramConfidence,
      double confidence, boolean removed) {}

  /** Whether the work cap ran out before the masked LM had checked all it would have ({@link #uncheckedFrom()}). */
  public boolean capped() {
    return uncheckedFrom.isPresent();
  }

  /** The edits the masked LM removed, in input order. */
  public List<Review> removed() {
    return reviews.stream().filter(Review::removed).toList();
  }

  /** The re-decision of the edit (or span) {@code e} that stands, if the masked LM re-decided it. */
  public Optional<Review> reviewOf(Edit e) {
    for (Review r : reviews) {
      if (!r.removed() && r.span().equals(e.span())) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** {@code p} as the public record. */
  static NeuralPass of(org.unspin.decode.NeuralPass p) {
    List<Review> reviews = p.reviews().stream().map(r -> new Review(r.span(), r.spun(), r.ngramOriginal(),
        r.ngramReplacement(), r.ngramConfidence(), r.confidence(), r.removed())).toList();
    return new NeuralPass(p.queries(), p.cap(), p.capped() ? Optional.of(p.uncheckedFrom()) : Optional.empty(),
        reviews);
  }
}
