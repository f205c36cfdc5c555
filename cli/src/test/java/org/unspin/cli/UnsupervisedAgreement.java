// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.unspin.DefaultModels;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.learn.Aligner;
import org.unspin.lexicon.learn.Corpus;
import org.unspin.lexicon.learn.Evaluation;
import org.unspin.lexicon.learn.UnsupervisedLearner;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.Thesaurus;

/**
 * Entry agreement of the unsupervised learner with the supervised table of the pairs, as {@code learn --evaluate}
 * reports it, for the spun halves of the pairs and for the unpaired texts, without and with the language model, in
 * one JVM (the models loaded once). Run (after {@code mvn -pl cli test-compile}): {@code java -cp
 * cli/target/test-classes:cli/target/classes:cli/target/lib/* org.unspin.cli.UnsupervisedAgreement
 * ../shared/data/spun-news ../shared/data/spun-news-unpaired ../shared/data/clean-news [lm]}.
 */
public final class UnsupervisedAgreement {

  private UnsupervisedAgreement() {}

  public static void main(String[] args) throws Exception {
    Path pairsDir = Path.of(args[0]);
    Store store = Store.fromEnvironment();
    Thesaurus t = Thesauri.union(Thesauri.wordNet(store, Progress.NONE), Thesauri.moby(store, Progress.NONE));
    List<Corpus.Document> pairs = Corpus.read(pairsDir, Optional.of(pairsDir)).stream()
        .filter(d -> d.orig().isPresent() && Corpus.isFamily(d.family(), "A")).toList();
    List<String> unpaired = Corpus.read(Path.of(args[1]), Optional.empty()).stream()
        .filter(d -> Corpus.isFamily(d.family(), "A")).map(Corpus.Document::spun).toList();
    Map<String, Integer> counts = new HashMap<>();
    List<String> cleanTexts = new ArrayList<>();
    for (Corpus.Document d : Corpus.read(Path.of(args[2]), Optional.empty())) {
      cleanTexts.add(d.spun());
      for (String w : Aligner.words(d.spun())) {
        counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    if (Boolean.getBoolean("brown")) {
      org.unspin.lexicon.WordCounts.brown(store, Progress.NONE).forEach((w, c) -> counts.merge(w, c, Integer::sum));
    }
    SpinnerTable sup = Evaluation.supervised(pairs, "A", SpinnerModels.vocabulary(t));
    // -Dbundled=true: as learn without --clean, from the bundled clean-news word counts alone
    // (with the bundled document frequencies; -Dbundled=counts: the word counts alone, as before they were bundled)
    String bundled = System.getProperty("bundled", "false");
    UnsupervisedLearner u = bundled.equals("false")
        ? UnsupervisedLearner.create("A", counts, t::synonyms, t::contains).withCleanTexts(cleanTexts)
        : UnsupervisedLearner.create("A", SpinnerModels.newsWordCounts(), t::synonyms, t::contains);
    if (bundled.equals("true")) {
      u = u.withCleanDocumentFrequencies(SpinnerModels.newsDocumentFrequencies(), SpinnerModels.newsDocuments());
    }
    List<String> halves = pairs.stream().map(Corpus.Document::spun).toList();
    boolean withLm = args.length > 3;
    LanguageModel lm = withLm ? LanguageModels.openDefault(store, Progress.NONE) : null;
    for (boolean useLm : withLm ? List.of(false, true) : List.of(false)) {
      UnsupervisedLearner l = useLm ? u.withContextScorer(DefaultModels.contextScorer(lm)) : u;
      for (boolean spunHalves : List.of(true, false)) {
        long start = System.nanoTime();
        SpinnerTable uns = l.learn(spunHalves ? halves : unpaired);
        System.out.printf(Locale.ROOT, "%s, %s (%.1f s): %s%n", useLm ? "LM" : "no LM",
            spunHalves ? "spun halves" : "unpaired", (System.nanoTime() - start) / 1e9,
            Evaluation.agreement(sup, uns).summary());
        if (System.getProperty("list") != null) {
          uns.entries().forEach(e -> System.out.println("  " + e.original() + " -> " + e.spun() + " "
              + e.count()));
        }
      }
    }
  }
}
