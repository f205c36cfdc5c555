// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

/**
 * Query-time settings of tracing and grouping. Immutable and thread-safe.
 *
 * @param maxResults the most sources reported per traced text
 * @param rescore at most how many LSH candidates (best estimated similarity first) are rescored exactly on their full
 *     text: more costs time per query, fewer risks losing the true source behind near-duplicates; candidates
 *     estimated below both a third of the best and 0.1 are never rescored
 * @param minScore sources whose exact feature similarity (Jaccard) is below this are not reported: lower finds
 *     heavier spins, higher reports fewer unrelated pages
 * @param seedDice two sentences seed an alignment when the Dice coefficient of their normalised words reaches this
 *     (and they share at least two words); the PAN 2014 winner used 0.33
 * @param maxGap seeds at most this many sentences apart (in both texts) are merged into one passage
 * @param minPassageChars passages shorter than this (in the traced text) are dropped
 * @param familyThreshold two documents are put in one family when their estimated feature similarity reaches this
 * @since 0.1
 */
public record TraceSettings(
    int maxResults, int rescore, double minScore, double seedDice, int maxGap, int minPassageChars,
    double familyThreshold) {

  public TraceSettings {
    if (maxResults < 1 || rescore < maxResults) {
      throw new IllegalArgumentException("need 1 <= maxResults <= rescore: " + maxResults + ", " + rescore);
    }
    if (!(minScore >= 0 && minScore <= 1) || !(seedDice > 0 && seedDice <= 1)
        || !(familyThreshold > 0 && familyThreshold <= 1)) {
      throw new IllegalArgumentException("minScore, seedDice and familyThreshold must lie in [0, 1]");
    }
    if (maxGap < 0 || minPassageChars < 0) {
      throw new IllegalArgumentException("maxGap and minPassageChars must be >= 0");
    }
  }

  /** Defaults: 5 results, 20 rescored, min score 0.1, seed Dice 0.3, gap 2, passages of 40+ chars, family 0.2. */
  public static TraceSettings defaults() {
    return new TraceSettings(5, 20, 0.1, 0.3, 2, 40, 0.2);
  }

  /** A copy with {@code maxResults} changed (and {@code rescore} raised to it if needed). */
  public TraceSettings withMaxResults(int n) {
    return new TraceSettings(n, Math.max(rescore, n), minScore, seedDice, maxGap, minPassageChars, familyThreshold);
  }

  /** A copy with {@code minScore} changed. */
  public TraceSettings withMinScore(double s) {
    return new TraceSettings(maxResults, rescore, s, seedDice, maxGap, minPassageChars, familyThreshold);
  }

  /** A copy with {@code familyThreshold} changed. */
  public TraceSettings withFamilyThreshold(double t) {
    return new TraceSettings(maxResults, rescore, minScore, seedDice, maxGap, minPassageChars, t);
  }
}
