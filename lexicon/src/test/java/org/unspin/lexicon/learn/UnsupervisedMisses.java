// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.TableEntry;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.Thesaurus;

/**
 * Where the unsupervised learner loses the spinner's habits: for each entry of the supervised table of the family-A
 * pairs seen twice or more (most frequent first), the first test of {@link UnsupervisedLearner} (default settings,
 * clean texts given) that stops it, with the figures the tests read, then a tally by test, the learned entries and
 * their agreement with the supervised table. A diagnostic, not a test: it restates the learner's steps 1 and 2, so
 * keep it in step with them. Run (after {@code mvn -pl lexicon test-compile}, the classpath from {@code mvn -pl
 * lexicon dependency:build-classpath -Dmdep.includeScope=test}): {@code java -cp
 * lexicon/target/test-classes:lexicon/target/classes:CP org.unspin.lexicon.learn.UnsupervisedMisses
 * ../shared/data/spun-news ../shared/data/clean-news [../shared/data/spun-news-unpaired]}; the third folder, when
 * given, is learned from in place of the pairs' spun halves. {@code -Dtop=N} lists the N most frequent entries
 * (default 80; the tally covers them), {@code -Dstage=PREFIX} only those stopped by that test. Each line: the
 * test, the supervised count, the entry, the spun form's spun and clean counts (-1: a phrase, whose clean count is
 * taken as 0 here where the learner estimates it), rate ratio, z and document shares (spun / clean), whether a
 * thesaurus link exists, and the original's clean count, expected and observed spun counts and document shares.
 */
public final class UnsupervisedMisses {

  private UnsupervisedMisses() {}

  public static void main(String[] args) throws Exception {
    Path spunDir = Path.of(args[0]);
    Path cleanDir = Path.of(args[1]);
    Store store = Store.fromEnvironment();
    Thesaurus t = Thesauri.union(Thesauri.wordNet(store, Progress.NONE), Thesauri.moby(store, Progress.NONE));
    List<Corpus.Document> pairs = Corpus.read(spunDir, Optional.of(spunDir)).stream()
        .filter(d -> d.orig().isPresent() && Corpus.isFamily(d.family(), "A")).toList();
    SpinnerTable sup = Evaluation.supervised(pairs, "A", w -> true);
    List<String> spunTexts = args.length > 2
        ? Corpus.read(Path.of(args[2]), Optional.empty()).stream()
            .filter(d -> Corpus.isFamily(d.family(), "A")).map(Corpus.Document::spun).toList()
        : pairs.stream().map(Corpus.Document::spun).toList();
    Map<String, Integer> counts = new HashMap<>();
    List<String> cleanTexts = new ArrayList<>();
    for (Corpus.Document d : Corpus.read(cleanDir, Optional.empty())) {
      cleanTexts.add(d.spun());
      for (String w : Aligner.words(d.spun())) {
        counts.merge(w.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    UnsupervisedLearner.Settings set = UnsupervisedLearner.Settings.defaults();
    UnsupervisedLearner u = UnsupervisedLearner.create("A", counts, t::synonyms, t::contains, set)
        .withCleanTexts(cleanTexts);
    SpinnerTable uns = u.learn(spunTexts);
    Set<String> got = new HashSet<>();
    uns.entries().forEach(e -> got.add(e.original() + "\t" + e.spun()));
    List<String> texts = UnsupervisedLearner.oneSpinPerOriginal(spunTexts);
    Map<String, Integer> spun = new HashMap<>();
    Map<String, Integer> spunDf = new HashMap<>();
    long nSpun = 0;
    for (String tx : texts) {
      List<String> ws = new ArrayList<>();
      for (String w : Aligner.words(tx)) ws.add(w.toLowerCase(Locale.ROOT));
      for (int i = 0; i < ws.size(); i++) {
        if (!Character.isLetter(ws.get(i).codePointAt(0))) continue;
        nSpun++;
        for (int len = 1; len <= 3 && i + len <= ws.size(); len++) {
          spun.merge(String.join(" ", ws.subList(i, i + len)), 1, Integer::sum);
        }
      }
      new HashSet<>(ws).forEach(w -> spunDf.merge(w, 1, Integer::sum));
    }
    Map<String, Integer> cleanDf = new HashMap<>();
    for (String c : cleanTexts) {
      Set<String> s = new HashSet<>();
      Aligner.words(c).forEach(w -> s.add(w.toLowerCase(Locale.ROOT)));
      s.forEach(w -> cleanDf.merge(w, 1, Integer::sum));
    }
    long nClean = counts.values().stream().mapToLong(Integer::longValue).sum();
    System.out.println("texts " + texts.size() + " of " + spunTexts.size() + ", spun tokens " + nSpun + ", clean "
        + nClean + ", unsupervised entries " + uns.entries().size());
    List<TableEntry> es = new ArrayList<>(sup.entries().stream()
        .filter(e -> e.level() == TableEntry.Level.SURFACE && e.count() >= 2).toList());
    es.sort(Comparator.comparingInt(TableEntry::count).reversed());
    int n = 0;
    Map<String, Integer> tally = new TreeMap<>();
    for (TableEntry e : es) {
      String o = e.original().toLowerCase(Locale.ROOT);
      String s = e.spun().toLowerCase(Locale.ROOT);
      int cs = spun.getOrDefault(s, 0);
      int cc = s.contains(" ") ? -1 : counts.getOrDefault(s, 0);
      double ratio = ((cs + 0.5) / nSpun) / ((Math.max(cc, 0) + 0.5) / nClean);
      double z = UnsupervisedLearner.z(cs, nSpun, Math.max(cc, 0), nClean);
      double dfsS = spunDf.getOrDefault(s, 0) / (double) texts.size();
      double dfcS = (cleanDf.getOrDefault(s, 0) + 0.5) / cleanTexts.size();
      boolean cand = u.candidates(s).contains(o);
      int co = o.contains(" ") ? -1 : counts.getOrDefault(o, 0);
      double expected = Math.max(co, 0) * (double) nSpun / nClean;
      int observed = spun.getOrDefault(o, 0);
      double dfc = cleanDf.getOrDefault(o, 0) / (double) cleanTexts.size();
      double dfs = spunDf.getOrDefault(o, 0) / (double) texts.size();
      boolean multi = s.contains(" ");
      String stage = got.contains(e.original() + "\t" + e.spun()) ? "found"
          : s.split(" ").length > 3 ? "spun form over 3 words"
          : !Character.isLetter(s.codePointAt(0)) ? "spun form starts with no letter"
          : multi && !t.contains(s) ? "spun phrase unknown to thesaurus"
          : cs < set.minSpunCount() ? "spun form seen too rarely"
          : !(ratio >= set.minRatio() && z >= set.minZ()) ? "spun form not over-represented"
          : !multi && spunDf.getOrDefault(s, 0) / (double) texts.size()
              < set.minRatio() * (cleanDf.getOrDefault(s, 0) + 0.5) / cleanTexts.size() ? "spun form not spread"
          : !cand ? "no thesaurus link"
          : co < 2 || expected < set.minExpected() ? "original expected too rarely"
          : observed > set.maxObservedShare() * expected ? "original not missing (count)"
          : !o.contains(" ") && (dfc < set.minCleanDf() || dfs > set.maxObservedShare() * dfc)
              ? "original not missing (df)"
          : "context or EM";
      tally.merge(stage, 1, Integer::sum);
      if (System.getProperty("stage") != null && !stage.startsWith(System.getProperty("stage"))) {
        continue;
      }
      System.out.printf(Locale.ROOT, "%-30s %3d %-22s -> %-24s | s: %3d/%4d ratio %6.1f z %5.1f df %.2f/%.2f"
          + " | link %-5s | o: clean %4d exp %5.1f obs %3d df %.2f/%.2f%n", stage, e.count(), o, s, cs, cc, ratio, z,
          dfsS, dfcS, cand, co, expected, observed, dfc, dfs);
      if (++n >= Integer.parseInt(System.getProperty("top", "80"))) break;
    }
    System.out.println("## where the " + n + " entries stop: " + tally);
    System.out.println("## unsupervised entries");
    uns.entries().forEach(x -> System.out.println(x.original() + " -> " + x.spun() + " " + x.probability() + " "
        + x.count()));
    System.out.println(uns.metadata());
    System.out.println("## agreement: " + Evaluation.agreement(sup, uns).summary());
  }
}
