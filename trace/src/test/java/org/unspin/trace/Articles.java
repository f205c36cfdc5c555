// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.SplittableRandom;

/** Deterministic made-up news-like articles for tests: sentences of common words, names and numbers. */
public final class Articles {

  private static final String[] FUNCTION = {"the", "of", "in", "on", "with", "for", "and", "but", "that", "which",
      "was", "had", "would", "could", "their", "its", "after", "before", "into", "from"};
  private static final String[] CONTENT = {"council", "market", "report", "river", "growth", "price", "harbor",
      "budget", "school", "bridge", "farmer", "storm", "vote", "trade", "road", "village", "court", "plan",
      "station", "season", "crowd", "letter", "engine", "garden", "factory", "museum", "summit", "treaty", "wage",
      "rally", "decline", "surge", "meeting", "official", "dispute", "record", "project", "network", "shortage",
      "agreement", "question", "answer", "election", "company", "worker", "leader", "policy", "estimate",
      "announced", "delayed", "expanded", "rejected", "approved", "reported", "opened", "closed", "raised",
      "lowered", "visited", "warned", "promised", "recent", "major", "local", "quiet", "strong", "weak", "early",
      "late", "public", "private", "northern", "southern", "annual", "weekly", "sudden", "gradual"};
  private static final String[] NAMES = {"Harlow", "Brenton", "Castellan", "Dunmore", "Ellery", "Fairbanks",
      "Greystone", "Hollis", "Ingram", "Jarrow", "Kestrel", "Lindqvist", "Marchetti", "Norwood", "Okafor",
      "Pemberton", "Quill", "Rowntree", "Sandoval", "Thackeray", "Umber", "Vance", "Whitcombe", "Yardley"};

  private Articles() {}

  /** An article of about {@code words} words, one paragraph per 3 sentences; the same seed gives the same text. */
  public static String article(long seed, int words) {
    SplittableRandom r = new SplittableRandom(seed);
    StringBuilder sb = new StringBuilder();
    int n = 0;
    int sentences = 0;
    while (n < words) {
      int len = 8 + r.nextInt(10);
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < len; i++) {
        String w;
        int k = r.nextInt(10);
        if (k < 4) {
          w = FUNCTION[r.nextInt(FUNCTION.length)];
        } else if (k < 9 || i == 0) {
          w = CONTENT[r.nextInt(CONTENT.length)];
        } else if (r.nextBoolean()) {
          w = NAMES[r.nextInt(NAMES.length)];
        } else {
          w = Integer.toString(10 + r.nextInt(990));
        }
        if (i == 0) {
          w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
        }
        s.append(i == 0 ? "" : " ").append(w);
      }
      s.append('.');
      if (sb.length() > 0) {
        sb.append(sentences % 3 == 0 ? "\n" : " ");
      }
      sb.append(s);
      sentences++;
      n += len;
    }
    return sb.toString();
  }
}
