// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.List;

/**
 * One candidate source of a traced text. Immutable and thread-safe.
 *
 * @param name the source's name in the index: its path or URL
 * @param score Jaccard similarity of the two texts' spin-resistant feature sets, in [0, 1]; the ranking key. For a
 *     long source or a long traced text (fingerprinted in windows), the best of that and of each window's
 * @param containment the share of the traced text's features found in the source, in [0, 1]; high when the traced
 *     text is a spun copy of part of a longer source. For a source found for a part of the text only (a window of
 *     {@value TraceIndex#LOCAL_WORDS} words mostly found in it, reported with its passage even below the minimum
 *     score), that window's share
 * @param passages the aligned passages, in the order of the traced text
 *     <p>A source found for a part of the traced text that the better sources' passages do not cover (a patchwork of
 *     two spun articles) has the score and containment of that part, and passages at their places in the whole text
 * @since 0.1
 */
public record SourceMatch(String name, double score, double containment, List<Passage> passages) {

  public SourceMatch {
    passages = List.copyOf(passages);
  }
}
