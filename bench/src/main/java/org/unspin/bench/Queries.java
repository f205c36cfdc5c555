// SPDX-License-Identifier: Apache-2.0
package org.unspin.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lm.train.Corpora;

/**
 * The benchmark's query text: State of the Union speeches from 1950 on, lower-cased, words the Sphinx model lacks
 * dropped (sphinx4 cannot score them), as sentences. Real text rather than a synthetic Zipf stream, so that the
 * mix of trigram hits and backoffs is the one a decoder sees.
 */
final class Queries {

  private Queries() {}

  /** Up to {@code maxWords} words in sentences, all in {@code vocabulary}. */
  static List<List<String>> sentences(Store store, Set<String> vocabulary, int maxWords) throws IOException {
    Path sotu = store.fetch(Artifacts.SOTU, Progress.NONE);
    List<List<String>> out = new ArrayList<>();
    int[] words = {0};
    org.unspin.fetch.Tar.forEachFile(sotu, (name, size, in) -> {
      String file = name.substring(name.lastIndexOf('/') + 1);
      if (!name.startsWith("package/data/") || !file.endsWith(".txt") || file.compareTo("1950") < 0
          || words[0] >= maxWords) {
        return;
      }
      Corpora.sentences(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), s -> {
        List<String> kept = new ArrayList<>();
        for (String w : s) {
          String l = w.toLowerCase(Locale.ROOT);
          if (vocabulary.contains(l)) {
            kept.add(l);
          }
        }
        if (!kept.isEmpty() && words[0] < maxWords) {
          out.add(kept);
          words[0] += kept.size();
        }
      });
    });
    return out;
  }
}
