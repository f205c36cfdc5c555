// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lexicon.learn.Corpus;
import org.unspin.lexicon.learn.Evaluation;
import org.unspin.lexicon.learn.UnsupervisedLearner;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.Thesaurus;
import org.unspin.thesaurus.WordNet;

/**
 * Measures the masked language model's link test in unsupervised learning
 * ({@link UnsupervisedLearner#withMaskedScorer}),
 * as {@code unspin learn --evaluate} measures the learner: the spun halves of the pairs learned without their
 * originals, and the unpaired spun texts, each compared with the supervised table of the pairs.
 * Usage: {@code UnsupervisedMlmBench PAIRS_DIR UNPAIRED_DIR [lm]} ({@code lm}: both with the n-gram language model's
 * links too, as {@code --context-lm}).
 */
public final class UnsupervisedMlmBench {

  private UnsupervisedMlmBench() {}

  public static void main(String[] args) throws Exception {
    Store store = Store.fromEnvironment();
    WordNet wn = Thesauri.wordNet(store, Progress.NONE);
    Thesaurus t = Thesauri.union(wn, Thesauri.moby(store, Progress.NONE));
    Predicate<String> known = SpinnerModels.vocabulary(t);
    List<Corpus.Document> paired = Corpus.read(Path.of(args[0]), Optional.of(Path.of(args[0]))).stream()
        .filter(d -> d.orig().isPresent() && Corpus.isFamily(d.family(), "A")).toList();
    List<String> unpaired = Corpus.read(Path.of(args[1]), Optional.empty()).stream()
        .filter(d -> Corpus.isFamily(d.family(), "A")).map(Corpus.Document::spun).toList();
    UnsupervisedLearner plain = UnsupervisedLearner.create("A", SpinnerModels.newsWordCounts(), t::synonyms,
        t::contains);
    if (args.length > 2 && args[2].equals("lm")) {
      plain = plain.withContextScorer(org.unspin.DefaultModels.contextScorer(
          org.unspin.lm.LanguageModels.openDefault(store, Progress.NONE)));
    }
    UnsupervisedLearner masked = plain.withMaskedScorer(new NeuralProvider().maskedScorer());
    for (UnsupervisedLearner u : List.of(plain, masked)) {
      long t0 = System.nanoTime();
      System.out.println(u == plain ? "## without the masked LM" : "## with the masked LM");
      System.out.println("spun halves: " + Evaluation.unsupervisedVsSupervised(paired, "A", known, u).summary());
      System.out.println("unpaired: " + Evaluation.agreement(Evaluation.supervised(paired, "A", known),
          u.learn(unpaired)).summary());
      System.out.printf("(%.1f s)%n", (System.nanoTime() - t0) / 1e9);
    }
  }
}
