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
 * ../shared/data/spun-news}. System properties: {@code -Ddump=DIR} writes the restored texts, {@code -Daudit=FILE}
 * one line per edit with its effect, {@code -Dmerge=TABLE}, {@code -Dsymmetric=W}, {@code -Dsplit=false} (no
 * {@code SupervisedLearner.splitRelated}) and {@code -Dgeneralise=true} (the generaliser of {@code learn
 * --generalise}, {@code TableGeneralizer.withThesauri}) change the per-fold table, and {@code -Dopen -Dderived
 * -Dminconf -Dlmw -Dfwconf -Drareconf} the decoder settings ({@code -Dstated=true}: the bars compare the stated
 * confidence, as {@code --min-confidence} does).
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
        .functionWordMinConfidence(Double.parseDouble(System.getProperty("fwconf",
            "" + d.functionWordMinConfidence())))
        .rareOriginalMinConfidence(Double.parseDouble(System.getProperty("rareconf",
            "" + d.rareOriginalMinConfidence())))
        .barOnStatedConfidence(Boolean.parseBoolean(System.getProperty("stated", "false")))
        .build();
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/spun-news");
    Store store = Store.fromEnvironment();
    LanguageModel lm = LanguageModels.openDefault(store, Progress.NONE);
    org.unspin.thesaurus.WordNet wn = Thesauri.wordNet(store, Progress.NONE);
    org.unspin.thesaurus.Moby moby = Thesauri.moby(store, Progress.NONE);
    java.util.Map<String, Integer> brown = org.unspin.lexicon.WordCounts.brown(store, Progress.NONE);
    java.util.Map<String, Double> freq = org.unspin.lexicon.WordCounts.newsAndBrown(brown);
    // -Dgeneralise=true: each fold's table generalised as learn --generalise generalises it
    org.unspin.lexicon.learn.TableGeneralizer generaliser = Boolean.getBoolean("generalise")
        ? org.unspin.lexicon.learn.TableGeneralizer.withThesauri(wn, moby, brown) : null;
    Thesaurus t = Thesauri.union(wn, moby);
    List<Corpus.Document> docs = Corpus.read(dir, Optional.of(dir));
    TreeSet<String> groups = new TreeSet<>();
    for (Corpus.Document d : docs) {
      if (d.orig().isPresent() && !d.name().contains("/")) {
        groups.add(d.group());
      }
    }
    // -Dsymmetric=W: reverse entries at W (learn --symmetric). -Dmerge=TABLE: each fold's table is merged with
    // unsupervised entries learned from spun text alone (as the bundled table is: `unspin learn --spun
    // ../shared/data/spun-news-unpaired --clean ../shared/data/clean-news --family A --out TABLE`), which never see
    // the held-out originals.
    String mergeFile = System.getProperty("merge", "");
    String dump = System.getProperty("dump", "");
    // -Daudit=FILE: one line per edit (see audit), to see which kinds of edit help and which hurt
    java.io.PrintWriter audit = System.getProperty("audit", "").isEmpty() ? null
        : new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(Path.of(System.getProperty("audit"))));
    SpinnerTable unpaired = mergeFile.isEmpty() ? null : org.unspin.lexicon.SpinnerTables.read(Path.of(mergeFile));
    List<Scores> rows = new ArrayList<>();
    for (String g : groups) {
      List<SupervisedLearner.Pair> train = new ArrayList<>();
      for (Corpus.Document d : docs) {
        if (d.orig().isPresent() && !d.group().equals(g)) {
          train.add(d.pair());
        }
      }
      // as unspin learn does with its thesauri; -Dsplit=false measures the learner without the related splits
      SupervisedLearner learner = (Boolean.parseBoolean(System.getProperty("split", "true"))
          ? SupervisedLearner.withThesauri("A", wn, moby)
          : SupervisedLearner.create("A", SpinnerModels.vocabulary(t)))
          .symmetric(Double.parseDouble(System.getProperty("symmetric", "0")));
      SpinnerTable table = learner.learn(train);
      if (generaliser != null) {
        table = generaliser.generalise(table);
      }
      if (unpaired != null) {
        table = org.unspin.lexicon.learn.UnsupervisedLearner.merge(table, unpaired,
            org.unspin.lexicon.learn.UnsupervisedLearner.MERGE_WEIGHT);
      }
      SpinnerModels m = SpinnerModels.builder().table(table).openChannel(wn, moby, freq).build();
      // as DefaultModels assembles it: the WordNet spinner names (and restores) the texts it explains best
      Unspinner u = Unspinner.builder().languageModel(lm).spinners(m.families()).openVocabulary(m.open())
          .attributionSpinner(org.unspin.lexicon.WordNetSpinner.channel(wn, freq)).decoderSettings(settings()).build();
      for (Corpus.Document d : docs) {
        if (d.group().equals(g) && d.orig().isPresent() && !d.name().contains("/")) {
          rows.add(Evaluation.score(new Pair(d.name(), d.spun(), d.orig().get()), s -> u.restore(s).text()));
          if (audit != null) {
            audit(d, u.restore(d.spun()), audit, table);
          }
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
    if (audit != null) {
      audit.close();
    }
  }

  /**
   * Writes each edit of {@code r} as a line: pair, spun words, replacement, origin, family, confidence, the change
   * in word errors against the original when this edit alone is applied (negative: it helps; 0: a wrong word for a
   * spun one), the first alternative, 40 characters of context each side, and then what the hunk of the restored
   * text that holds the edit is, as {@link org.unspin.eval.Evaluation} counts it: {@code right} (a reference edit,
   * span and words), {@code span} (it touches a reference edit's words but covers another span), {@code word} (a
   * reference edit's span, another original) or {@code harm} (it changes only words the spinner left), and 1 when
   * the hunk's words are the original's (Evaluation's right words), else 0, and 1 when every word the edit wrote is
   * aligned with an equal word of the original in the restored text, else 0, and the reference edits (spun ->
   * original) that hold the edit's spun words; then, from the fold's table ({@code table}; surface and lemma entries,
   * matched in lower case as written), the count of the edit's spun words -> its replacement, the summed counts of
   * the entries of those spun words and how many entries they are, and the summed probability of the edit's
   * alternatives and of keeping; then the index of the edit's first spun word, and the hunk that holds it (its spun
   * words from-to, and the words it wrote).
   */
  private static void audit(Corpus.Document d, org.unspin.Restoration r, java.io.PrintWriter out, SpinnerTable table) {
    java.util.Map<String, int[]> bySpun = new java.util.HashMap<>(); // spun -> {count, originals}
    java.util.Map<String, Integer> pairCount = new java.util.HashMap<>();
    for (org.unspin.lexicon.TableEntry te : table.entries()) {
      int[] c = bySpun.computeIfAbsent(te.spun().toLowerCase(java.util.Locale.ROOT), k -> new int[2]);
      c[0] += te.count();
      c[1]++;
      String spunOriginal = te.spun().toLowerCase(java.util.Locale.ROOT) + "\t"
          + te.original().toLowerCase(java.util.Locale.ROOT);
      pairCount.merge(spunOriginal, te.count(), Integer::sum);
    }
    String spun = d.spun();
    List<String> orig = org.unspin.text.Words.of(d.orig().get());
    List<String> spunWords = org.unspin.text.Words.of(spun);
    List<String> outWords = org.unspin.text.Words.of(r.text());
    org.unspin.text.TokenDiff.Result ref = org.unspin.text.TokenDiff.diff(spunWords, orig);
    org.unspin.text.TokenDiff.Result sys = org.unspin.text.TokenDiff.diff(spunWords, outWords);
    org.unspin.text.TokenDiff.Result outVsOrig = org.unspin.text.TokenDiff.diff(outWords, orig);
    int base = ref.distance();
    int[] outToOrig = outVsOrig.matches(outWords.size());
    int shift = 0;
    for (org.unspin.Edit e : r.edits()) {
      String one = spun.substring(0, e.span().start()) + e.replacement() + spun.substring(e.span().end());
      int delta = org.unspin.text.TokenDiff.diff(org.unspin.text.Words.of(one), orig).distance() - base;
      int from = org.unspin.text.Words.of(spun.substring(0, e.span().start())).size();
      int spunLength = org.unspin.text.Words.of(e.spun()).size();
      int to = from + Math.max(1, spunLength);
      int written = org.unspin.text.Words.of(e.replacement()).size();
      boolean matched = written > 0; // the words the edit wrote are aligned with equal words of the original
      for (int k = from + shift; k < from + shift + written; k++) {
        matched &= k < outToOrig.length && outToOrig[k] >= 0;
      }
      shift += written - spunLength;
      String kind = "none";
      String rightWords = "0";
      String hunk = "none\t"; // no hunk of the restored text holds it
      StringBuilder reference = new StringBuilder(); // the reference edits this edit's words are in
      for (org.unspin.text.TokenDiff.Hunk o : ref.hunks()) {
        if (o.aStart() < to && o.aEnd() > from || o.aStart() == o.aEnd() && o.aStart() == from) {
          reference.append(reference.length() == 0 ? "" : " | ")
              .append(String.join(" ", spunWords.subList(o.aStart(), o.aEnd()))).append(" -> ")
              .append(String.join(" ", orig.subList(o.bStart(), o.bEnd())));
        }
      }
      for (org.unspin.text.TokenDiff.Hunk h : sys.hunks()) {
        if (h.aStart() < to && h.aEnd() > from) {
          kind = kind(ref, orig, h, outWords);
          rightWords = rightWords(h, outVsOrig) ? "1" : "0";
          hunk = h.aStart() + "-" + h.aEnd() + "\t" + String.join(" ", outWords.subList(h.bStart(), h.bEnd()));
          break;
        }
      }
      String alt = e.alternatives().isEmpty() ? "" : String.format(java.util.Locale.ROOT, "%s:%.2f%s",
          e.alternatives().get(0).text(), e.alternatives().get(0).probability(),
          e.alternatives().get(0).kept() ? " (kept)" : "");
      int a = Math.max(0, e.span().start() - 40);
      int b = Math.min(spun.length(), e.span().end() + 40);
      out.printf(java.util.Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%.3f\t%d\t%s\t%s\t%s\t%s\t%d\t%s", d.name(), e.spun(),
          e.replacement(), e.origin(), e.spinner(), e.confidence(), delta, alt,
          spun.substring(a, b).replace('\n', ' '), kind, rightWords,
          matched ? 1 : 0, reference);
      String key = e.spun().toLowerCase(java.util.Locale.ROOT);
      int[] ns = bySpun.getOrDefault(key, new int[2]);
      double altSum = 0;
      double keptAlt = 0;
      for (org.unspin.Alternative x : e.alternatives()) {
        altSum += x.probability();
        if (x.kept()) {
          keptAlt = x.probability();
        }
      }
      out.printf(java.util.Locale.ROOT, "\t%d\t%d\t%d\t%.3f\t%.3f\t%d\t%s%n",
          pairCount.getOrDefault(key + "\t" + e.replacement().toLowerCase(java.util.Locale.ROOT), 0), ns[0], ns[1],
          altSum, keptAlt, from, hunk);
    }
  }

  /** What the hunk {@code h} (spun -> restored {@code out}) is against the reference hunks {@code ref}. */
  private static String kind(org.unspin.text.TokenDiff.Result ref, List<String> orig, org.unspin.text.TokenDiff.Hunk h,
      List<String> out) {
    boolean touches = false;
    for (org.unspin.text.TokenDiff.Hunk o : ref.hunks()) {
      if (o.aStart() == h.aStart() && o.aEnd() == h.aEnd()) {
        return String.join(" ", orig.subList(o.bStart(), o.bEnd()))
            .equalsIgnoreCase(String.join(" ", out.subList(h.bStart(), h.bEnd()))) ? "right" : "word";
      }
      touches |= o.aStart() < h.aEnd() && o.aEnd() > h.aStart() || o.aStart() == h.aStart();
    }
    return touches ? "span" : "harm";
  }

  /** Whether no hunk of restored -> original touches the words hunk {@code h} wrote (Evaluation's right words). */
  private static boolean rightWords(org.unspin.text.TokenDiff.Hunk h, org.unspin.text.TokenDiff.Result outVsOrig) {
    for (org.unspin.text.TokenDiff.Hunk o : outVsOrig.hunks()) {
      boolean touches;
      if (h.bStart() == h.bEnd()) {
        touches = o.aStart() < h.bStart() && o.aEnd() > h.bStart()
            || o.aStart() == h.bStart() && o.aEnd() == h.bStart();
      } else if (o.aStart() == o.aEnd()) {
        touches = o.aStart() > h.bStart() && o.aStart() < h.bEnd();
      } else {
        touches = o.aStart() < h.bEnd() && o.aEnd() > h.bStart();
      }
      if (touches) {
        return false;
      }
    }
    return true;
  }
}
