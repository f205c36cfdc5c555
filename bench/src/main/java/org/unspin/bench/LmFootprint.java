// SPDX-License-Identifier: Apache-2.0
package org.unspin.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.lm.Perplexity;
import org.unspin.lm.store.HashedNgramModel;
import org.unspin.lm.store.MixtureModel;

/**
 * Prints sizes (n-grams, bytes, bytes per n-gram), the process's resident memory before and after opening and
 * using the default model, and the perplexities of the three models on a folder of NAME.orig.txt / NAME.spun.txt.
 * Not a timing: speeds come from the JMH benchmarks. Usage: {@code LmFootprint [spun-news folder]}.
 */
public final class LmFootprint {

  private LmFootprint() {}

  public static void main(String[] args) throws IOException {
    Store store = Store.fromEnvironment();
    long rss0 = rssKib();
    LanguageModel def = LanguageModels.openDefault(store, Progress.NONE);
    long rss1 = rssKib();
    LanguageModel sphinx = LanguageModels.sphinx(store, Progress.NONE);
    LanguageModel corpus = LanguageModels.corpus(store, Progress.NONE);
    MixtureModel mix = (MixtureModel) def;
    long ngrams = 0;
    for (HashedNgramModel c : mix.components()) {
      long n = 0;
      for (int o = 1; o <= c.order(); o++) {
        n += c.count(o);
      }
      System.out.printf(Locale.ROOT, "component order %d: %,d n-grams (%s), %,d bytes, %.2f bytes/n-gram%n",
          c.order(), n, counts(c), c.bytes(), (double) c.bytes() / n);
      ngrams += n;
    }
    System.out.printf(Locale.ROOT, "default model: %,d n-grams, %,d bytes, %.2f bytes/n-gram, weights %s%n", ngrams,
        mix.bytes(), (double) mix.bytes() / ngrams, java.util.Arrays.toString(mix.weights()));
    if (args.length > 0) {
      Path dir = Path.of(args[0]);
      for (LanguageModel m : List.of(def, sphinx, corpus)) {
        Perplexity orig = Perplexity.zero();
        Perplexity spun = Perplexity.zero();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.orig.txt")) {
          for (Path f : files) {
            orig = orig.plus(Perplexity.of(m, Files.readString(f)));
            Path s = f.resolveSibling(f.getFileName().toString().replace(".orig.txt", ".spun.txt"));
            if (Files.exists(s)) {
              spun = spun.plus(Perplexity.of(m, Files.readString(s)));
            }
          }
        }
        System.out.printf(Locale.ROOT, "%s: orig ppl %.1f (%d words, %d unknown), spun ppl %.1f (%d unknown)%n",
            m == def ? "default" : m == sphinx ? "sphinx" : "corpus", orig.perplexity(), orig.words(),
            orig.unknown(), spun.perplexity(), spun.unknown());
      }
    }
    long rss2 = rssKib();
    System.out.printf(Locale.ROOT, "resident memory: %,d KiB before open, %,d KiB after opening the default model, "
        + "%,d KiB after opening all three and scoring%n", rss0, rss1, rss2);
  }

  private static String counts(HashedNgramModel c) {
    StringBuilder s = new StringBuilder();
    for (int o = 1; o <= c.order(); o++) {
      s.append(o == 1 ? "" : " / ").append(String.format(Locale.ROOT, "%,d", c.count(o)));
    }
    return s.toString();
  }

  private static long rssKib() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
