// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.fetch.Tar;

/**
 * Word frequency priors for ranking open-vocabulary proposals: spinners replace common words with rarer ones, so
 * the more common of a spun word's thesaurus neighbours are the likelier originals. The prior adds the Brown
 * corpus counts (1.16 M tokens, fetched once, pinned) to the bundled clean-news counts weighted by
 * {@value #NEWS_WEIGHT} (news genre, 44 k tokens). Stateless.
 *
 * @since 0.1
 */
public final class WordCounts {

  /** Weight of one clean-news occurrence relative to one Brown occurrence. */
  public static final double NEWS_WEIGHT = 25.0;

  private WordCounts() {}

  /** Lower-case word counts of the Brown corpus ({@link Artifacts#BROWN}). */
  public static Map<String, Integer> brown(Store store, Progress progress) throws IOException {
    Path tgz = store.fetch(Artifacts.BROWN, progress);
    Map<String, Integer> out = new HashMap<>(80_000);
    Tar.forEachFile(tgz, (name, size, in) -> {
      String base = name.substring(name.lastIndexOf('/') + 1);
      if (!base.matches("c[a-r][0-9]+")) {
        return;
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String tok : text.split("\\s+")) {
        int slash = tok.lastIndexOf('/');
        if (slash <= 0) {
          continue;
        }
        String w = tok.substring(0, slash).toLowerCase(Locale.ROOT);
        if (Character.isLetter(w.charAt(0))) {
          out.merge(w, 1, Integer::sum);
        }
      }
    });
    return out;
  }

  /** Brown counts plus {@value #NEWS_WEIGHT} times the bundled clean-news counts. */
  public static Map<String, Double> newsAndBrown(Map<String, Integer> brown) {
    Map<String, Double> out = new HashMap<>(brown.size() * 2);
    brown.forEach((w, c) -> out.put(w, (double) c));
    SpinnerModels.newsWordCounts().forEach((w, c) -> out.merge(w, NEWS_WEIGHT * c, Double::sum));
    return out;
  }
}
