// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure helpers for grouping pages: the rule that picks a spun page's source, and an in-memory connected-components
 * (union-find) used for small inputs and as the reference the Spark implementation is tested against.
 *
 * @since 0.1
 */
public final class Clusters {

  /** A page is a candidate source only when the detector gives it at most this spun probability. */
  public static final double SOURCE_MAX_SPUN = 0.5;

  private Clusters() {}

  /**
   * A page linked to another by the LSH check, seen from the other: this page's id (its URL, or a key that starts
   * with it and tells apart two records of one URL), the two pages' signature similarity, this page's detector
   * probability and its LM fluency (log10/word).
   */
  public record Link(String id, double similarity, double spunProbability, double fluency)
      implements java.io.Serializable {}

  /**
   * The source of a page (its id): for a page the detector calls spun ({@code spun}), the page most similar to it
   * among those it is linked to that look clean ({@code spunProbability <= SOURCE_MAX_SPUN}); ties go to the more
   * fluent (spinning lowers fluency), then to the smaller id. Null for a page not called spun (an original, a
   * syndicated copy or another article on the same template is no one's spin) and for one with no clean-looking
   * link. Each spun page gets its own source, not its cluster's: a cluster may chain several articles that share a
   * template.
   */
  public static String source(boolean spun, Iterable<Link> links) {
    if (!spun) {
      return null;
    }
    Link best = null;
    for (Link l : links) {
      if (l.spunProbability() > SOURCE_MAX_SPUN) {
        continue;
      }
      if (best == null || l.similarity() > best.similarity()
          || l.similarity() == best.similarity() && (l.fluency() > best.fluency()
              || l.fluency() == best.fluency() && l.id().compareTo(best.id()) < 0)) {
        best = l;
      }
    }
    return best == null ? null : best.id();
  }

  /** Connected components of {@code edges} (pairs of ids): each id mapped to the smallest id of its component. */
  public static Map<String, String> components(List<String[]> edges) {
    Map<String, String> parent = new HashMap<>();
    for (String[] e : edges) {
      union(parent, e[0], e[1]);
    }
    Map<String, String> out = new HashMap<>();
    for (String id : parent.keySet()) {
      out.put(id, find(parent, id));
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    parent.putIfAbsent(x, x);
    String root = x;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    while (!parent.get(x).equals(root)) {
      String next = parent.get(x);
      parent.put(x, root);
      x = next;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // the smaller id becomes the root, so a component's label is its smallest id
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }
}
