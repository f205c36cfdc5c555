// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.unspin.Unspinner;
import org.unspin.decode.DecoderSettings;
import org.unspin.eval.Evaluation;
import org.unspin.eval.Pair;
import org.unspin.eval.Report;
import org.unspin.eval.Scores;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.learn.Corpus;
import org.unspin.lexicon.learn.SupervisedLearner;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.Thesaurus;

/**
 * Leave-one-original-out evaluation of restoration on the development pairs: for every original (a pair, or an
 * original with several spins), the family-A table is learned from all other pairs, and the pair's spun text and
 * original are restored with it. Prints the eval table. Run (after {@code mvn -pl cli test-compile}):
 * {@code java -cp cli/target/test-classes:cli/target/classes:cli/target/lib/* org.unspin.cli.LeaveOneOriginalOut
 * ../shared/data/spun-news}.
 */
public final class LeaveOneOriginalOut {

  private LeaveOneOriginalOut() {}

  /** The default decoder settings, or those named by system properties (for sweeps). */
  static DecoderSettings settings() {
    DecoderSettings d = DecoderSettings.DEFAULTS;
    return d.toBuilder()
        .openLog10Penalty(Double.parseDouble(System.getProperty("open", "" + d.openLog10Penalty())))
        .derivedLog10Penalty(Double.parseDouble(System.getProperty("derived", "" + d.derivedLog10Penalty())))
        .minConfidence(Double.parseDouble(System.getProperty("minconf", "" + d.minConfidence())))
        .lmWeight(Double.parseDouble(System.getProperty("lmw", "" + d.lmWeight())))
        .build();
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/spun-news");
    Store store = Store.fromEnvironment();
    LanguageModel lm = LanguageModels.openDefault(store, Progress.NONE);
    org.unspin.thesaurus.WordNet wn = Thesauri.wordNet(store, Progress.NONE);
    org.unspin.thesaurus.Moby moby = Thesauri.moby(store, Progress.NONE);
    java.util.Map<String, Double> freq =
        org.unspin.lexicon.WordCounts.newsAndBrown(org.unspin.lexicon.WordCounts.brown(store, Progress.NONE));
    Thesaurus t = Thesauri.union(wn, moby);
    List<Corpus.Document> docs = Corpus.read(dir, Optional.of(dir));
    TreeSet<String> groups = new TreeSet<>();
    for (Corpus.Document d : docs) {
      if (d.orig().isPresent() && !d.name().contains("/")) {
        groups.add(d.group());
      }
    }
    // -Dsymmetric=W: reverse entries at W (learn --symmetric). -Dmerge=TABLE: each fold's table is merged with unsupervised entries learned from spun text alone (as the
    // bundled table is: `unspin learn --spun ../shared/data/spun-news-unpaired --clean ../shared/data/clean-news
    // --family A --out TABLE`), which never see the held-out originals.
    String mergeFile = System.getProperty("merge", "");
    String dump = System.getProperty("dump", "");
    SpinnerTable unpaired = mergeFile.isEmpty() ? null : org.unspin.lexicon.SpinnerTables.read(Path.of(mergeFile));
    List<Scores> rows = new ArrayList<>();
    for (String g : groups) {
      List<SupervisedLearner.Pair> train = new ArrayList<>();
      for (Corpus.Document d : docs) {
        if (d.orig().isPresent() && !d.group().equals(g)) {
          train.add(d.pair());
        }
      }
      SpinnerTable table = SupervisedLearner.create("A", SpinnerModels.vocabulary(t))
          .symmetric(Double.parseDouble(System.getProperty("symmetric", "0"))).learn(train);
      if (unpaired != null) {
        table = org.unspin.lexicon.learn.UnsupervisedLearner.merge(table, unpaired,
            org.unspin.lexicon.learn.UnsupervisedLearner.MERGE_WEIGHT);
      }
      SpinnerModels m = SpinnerModels.builder().table(table).openChannel(wn, moby, freq).build();
      Unspinner u = Unspinner.builder().languageModel(lm).spinners(m.families()).openVocabulary(m.open())
          .decoderSettings(settings()).build();
      for (Corpus.Document d : docs) {
        if (d.group().equals(g) && d.orig().isPresent() && !d.name().contains("/")) {
          rows.add(Evaluation.score(new Pair(d.name(), d.spun(), d.orig().get()), s -> u.restore(s).text()));
          if (!dump.isEmpty()) { // -Ddump=DIR: NAME.out.txt, the restored spun text, for reading the edits
            java.nio.file.Files.createDirectories(Path.of(dump));
            java.nio.file.Files.writeString(Path.of(dump, d.name().replace('/', '_') + ".out.txt"),
                u.restore(d.spun()).text());
          }
        }
      }
    }
    Scores total = Scores.zero("total");
    for (Scores s : rows) {
      total = total.plus(s, "total");
    }
    rows.add(total);
    System.out.print(Report.text(rows));
  }
}
