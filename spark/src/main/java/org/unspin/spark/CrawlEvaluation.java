// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a crawl job's output against the ground truth of a generated crawl: detection of spun pages, pairwise
 * precision and recall of the clusters against the true families (a source with its spins and copies), and how often
 * a spun page names its true source. Pure functions; thread-safe.
 *
 * @since 0.1
 */
public final class CrawlEvaluation {

  private CrawlEvaluation() {}

  /** One page of the output: its url, the detector's decision, its cluster and named source (null when none). */
  public record Output(String url, boolean spun, String clusterId, String sourceUrl) {}

  /** One page of the truth: its url, kind (original, spin, copy, unrelated) and true source url (or itself). */
  public record Truth(String url, String kind, String source) {}

  /** The scores. */
  public record Scores(int pages, int truePositives, int falsePositives, int falseNegatives, long clusterTruePairs,
      long clusterPredictedPairs, long clusterCorrectPairs, int spins, int spinsWithTrueSource) {

    public double detectionPrecision() {
      return ratio(truePositives, truePositives + falsePositives);
    }

    public double detectionRecall() {
      return ratio(truePositives, truePositives + falseNegatives);
    }

    public double clusterPrecision() {
      return ratio(clusterCorrectPairs, clusterPredictedPairs);
    }

    public double clusterRecall() {
      return ratio(clusterCorrectPairs, clusterTruePairs);
    }

    public double sourceAccuracy() {
      return ratio(spinsWithTrueSource, spins);
    }

    public String text() {
      return String.format(Locale.ROOT, "pages %d%ndetection of spins: precision %.4f recall %.4f (tp %d fp %d fn %d)%n"
          + "clusters (pairwise): precision %.4f recall %.4f (%d correct of %d predicted, %d true pairs)%n"
          + "spins naming their true source: %.4f (%d of %d)%n",
          pages, detectionPrecision(), detectionRecall(), truePositives, falsePositives, falseNegatives,
          clusterPrecision(), clusterRecall(), clusterCorrectPairs, clusterPredictedPairs, clusterTruePairs,
          sourceAccuracy(), spinsWithTrueSource, spins);
    }

    private static double ratio(long a, long b) {
      return b == 0 ? 1.0 : (double) a / b;
    }
  }

  /** Scores {@code output} against {@code truth}; pages missing from either side are counted as not clustered. */
  public static Scores score(List<Output> output, List<Truth> truth) {
    Map<String, Truth> byUrl = new HashMap<>();
    for (Truth t : truth) {
      byUrl.put(t.url(), t);
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int spins = 0;
    int right = 0;
    Map<String, List<String>> predicted = new HashMap<>();
    for (Output o : output) {
      Truth t = byUrl.get(o.url());
      boolean isSpin = t != null && t.kind().equals("spin");
      if (o.spun() && isSpin) {
        tp++;
      } else if (o.spun()) {
        fp++;
      } else if (isSpin) {
        fn++;
      }
      if (isSpin) {
        spins++;
        if (t.source().equals(o.sourceUrl())) {
          right++;
        }
      }
      if (o.clusterId() != null) {
        predicted.computeIfAbsent(o.clusterId(), k -> new ArrayList<>()).add(o.url());
      }
    }
    Map<String, Integer> familySize = new HashMap<>();
    for (Truth t : truth) {
      if (!t.kind().equals("unrelated")) {
        familySize.merge(t.source(), 1, Integer::sum);
      }
    }
    long truePairs = 0;
    for (int n : familySize.values()) {
      truePairs += (long) n * (n - 1) / 2;
    }
    long predictedPairs = 0;
    long correct = 0;
    for (List<String> members : predicted.values()) {
      predictedPairs += (long) members.size() * (members.size() - 1) / 2;
      Map<String, Integer> bySource = new HashMap<>();
      for (String u : members) {
        Truth t = byUrl.get(u);
        if (t != null && !t.kind().equals("unrelated")) {
          bySource.merge(t.source(), 1, Integer::sum);
        }
      }
      for (int n : bySource.values()) {
        correct += (long) n * (n - 1) / 2;
      }
    }
    return new Scores(output.size(), tp, fp, fn, truePairs, predictedPairs, correct, spins, right);
  }
}
