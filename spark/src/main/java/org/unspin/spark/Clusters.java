// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pure helpers for grouping pages: the rule that picks a cluster's source, and an in-memory connected-components
 * (union-find) used for small inputs and as the reference the Spark implementation is tested against.
 *
 * @since 0.1
 */
public final class Clusters {

  /** A page is a candidate source only when the detector gives it at most this spun probability. */
  public static final double SOURCE_MAX_SPUN = 0.5;

  private Clusters() {}

  /** A member of a cluster, for source selection: its detector probability and its LM fluency (log10/word). */
  public record Member(String url, double spunProbability, double fluency) implements java.io.Serializable {}

  /**
   * The cluster's source: among the members that look clean ({@code spunProbability <= SOURCE_MAX_SPUN}), the most
   * fluent one (spinning lowers fluency, so this holds even for spins the detector misses); ties go to the smaller
   * URL. Null when no member looks clean or the cluster has one member.
   */
  public static String source(List<Member> members) {
    Member best = null;
    for (Member m : members) {
      if (m.spunProbability() > SOURCE_MAX_SPUN) {
        continue;
      }
      if (best == null || m.fluency() > best.fluency()
          || (m.fluency() == best.fluency() && m.url().compareTo(best.url()) < 0)) {
        best = m;
      }
    }
    return best != null && members.size() > 1 ? best.url() : null;
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
