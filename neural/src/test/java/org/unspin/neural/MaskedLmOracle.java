// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.unspin.Unspinner;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.WordCounts;
import org.unspin.lexicon.WordNetSpinner;
import org.unspin.lexicon.learn.Corpus;
import org.unspin.lexicon.learn.SupervisedLearner;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.text.TokenDiff;
import org.unspin.text.Words;
import org.unspin.thesaurus.Moby;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.WordNet;

/**
 * An upper bound for what the masked LM could add to leave-one-original-out restoration of the family-A pairs (not
 * a test; docs/benchmarks.md, "An upper bound for the masked LM's gain"). For each original the family-A table is
 * learned from the other pairs and the spun text restored as cli's {@code LeaveOneOriginalOut} restores it (n-gram).
 * Every reference hunk (spun span -> original span, {@link TokenDiff} of {@link Words#of}) of 1-4 spun and 1-2
 * original tokens that the restoration leaves wrong or untouched is then masked in the spun text with as many [MASK]
 * pieces as the original needs: one ({@link MaskedLm#predictAll}, 10 best), or two for two one-piece words or one
 * two-piece word ({@link MaskedLm#predictPairs}, 10 best first pieces x 10 best second pieces). Originals of three or
 * more pieces are counted apart. For each hunk it records where the original is among the 10 readings (case
 * ignored) and how many token errors writing the original there would remove from the restored text, as {@code
 * Evaluation} counts them (word Levenshtein distance to the original). The same span of the original text, masked
 * alike, gives the false-alarm pressure: how often the top reading is not the word written there. Run:
 * {@code java -Xss8m -Xmx4g -cp "neural/target/test-classes:neural/target/classes:CP"
 * org.unspin.neural.MaskedLmOracle ../shared/data/spun-news [EVERY_K [DETAILS.tsv]]} (EVERY_K: only every k-th
 * original, for a trial). {@code MaskedLmOracle clean DIR N} asks instead about every N-th word of the originals
 * (letters only, one piece), masked alone: how often the top reading is not the word written.
 */
public final class MaskedLmOracle {

  private static final int K = 10;

  private MaskedLmOracle() {}

  /** One hunk the restoration did not fix, with what the masked LM made of it. */
  private record Miss(String doc, String spun, String orig, boolean touched, int pieces, int rank, int gain,
      String top, boolean cleanTopDiffers, String cleanTop) {}

  public static void main(String[] args) throws IOException {
    if (args[0].equals("clean")) {
      clean(Path.of(args[1]), Integer.parseInt(args[2]));
      return;
    }
    Path dir = Path.of(args[0]);
    int every = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    PrintWriter details = args.length > 2 ? new PrintWriter(Files.newBufferedWriter(Path.of(args[2]))) : null;
    long t0 = System.nanoTime();
    Store store = Store.fromEnvironment();
    LanguageModel lm = LanguageModels.openDefault(store, Progress.NONE);
    WordNet wn = Thesauri.wordNet(store, Progress.NONE);
    Moby moby = Thesauri.moby(store, Progress.NONE);
    Map<String, Double> freq = WordCounts.newsAndBrown(WordCounts.brown(store, Progress.NONE));
    MaskedLm mlm = MaskedLm.of(BertModels.shared(store, Progress.NONE));
    List<Corpus.Document> docs = Corpus.read(dir, Optional.of(dir));
    TreeSet<String> groups = new TreeSet<>();
    for (Corpus.Document d : docs) {
      if (d.orig().isPresent() && !d.name().contains("/")) {
        groups.add(d.group());
      }
    }
    int baseErrors = 0;
    int outErrors = 0;
    int inputs = 0;
    long restoreNanos = 0;
    long bertNanos = 0;
    List<Miss> misses = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    int g = 0;
    for (String group : groups) {
      if (g++ % every != 0) {
        continue;
      }
      List<SupervisedLearner.Pair> train = new ArrayList<>();
      for (Corpus.Document d : docs) {
        if (d.orig().isPresent() && !d.group().equals(group)) {
          train.add(d.pair());
        }
      }
      long r0 = System.nanoTime();
      SpinnerTable table = SupervisedLearner.withThesauri("A", wn, moby).learn(train);
      SpinnerModels m = SpinnerModels.builder().table(table).openChannel(wn, moby, freq).build();
      Unspinner u = Unspinner.builder().languageModel(lm).spinners(m.families()).openVocabulary(m.open())
          .attributionSpinner(WordNetSpinner.channel(wn, freq)).build();
      restoreNanos += System.nanoTime() - r0;
      for (Corpus.Document d : docs) {
        if (!d.group().equals(group) || d.orig().isEmpty() || d.name().contains("/")) {
          continue;
        }
        inputs++;
        long r1 = System.nanoTime();
        List<String> out = Words.of(u.restore(d.spun()).text());
        restoreNanos += System.nanoTime() - r1;
        List<String> spun = Words.of(d.spun());
        List<String> orig = Words.of(d.orig().get());
        TokenDiff.Result ref = TokenDiff.diff(spun, orig);
        int dist = TokenDiff.diff(out, orig).distance();
        baseErrors += ref.distance();
        outErrors += dist;
        int[] toOut = TokenDiff.diff(spun, out).matches(spun.size());
        List<TokenDiff.Hunk> asked = new ArrayList<>();
        List<int[]> gains = new ArrayList<>(); // {gain, touched}
        for (TokenDiff.Hunk h : ref.hunks()) {
          int a = h.aEnd() - h.aStart();
          int b = h.bEnd() - h.bStart();
          List<String> fixed = fixed(spun, orig, out, toOut, h);
          if (fixed.equals(out)) {
            continue; // restored
          }
          if (a < 1 || a > 4 || b < 1 || b > 2) {
            skipped.merge("shape " + Math.min(a, 5) + "->" + Math.min(b, 3), 1, Integer::sum);
            continue;
          }
          if (String.join(" ", spun.subList(h.aStart(), h.aEnd())).equalsIgnoreCase(
              String.join(" ", orig.subList(h.bStart(), h.bEnd())))) {
            skipped.merge("case only", 1, Integer::sum);
            continue;
          }
          asked.add(h);
          gains.add(new int[] {dist - TokenDiff.diff(fixed, orig).distance(), touched(spun, out, toOut, h) ? 1 : 0});
        }
        long b0 = System.nanoTime();
        List<Miss> found = ask(mlm, d.name(), spun, orig, asked, gains);
        bertNanos += System.nanoTime() - b0;
        misses.addAll(found);
        System.err.printf(Locale.ROOT, "%s: %d hunks asked (%d s)%n", d.name(), asked.size(),
            (System.nanoTime() - t0) / 1_000_000_000L);
      }
    }
    if (details != null) {
      details.println("doc\tspun\toriginal\tn-gram\tpieces\trank\terrors fixed\ttop\tclean top differs\tclean top");
      for (Miss x : misses) {
        details.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%d\t%d\t%d\t%s\t%b\t%s%n", x.doc(), x.spun(), x.orig(),
            x.touched() ? "wrong" : "left", x.pieces(), x.rank(), x.gain(), x.top(), x.cleanTopDiffers(),
            x.cleanTop());
      }
      details.close();
    }
    report(misses, skipped, inputs, baseErrors, outErrors);
    System.out.printf(Locale.ROOT, "time: %d s in all, restoration %d s, masked LM %d s%n",
        (System.nanoTime() - t0) / 1_000_000_000L, restoreNanos / 1_000_000_000L, bertNanos / 1_000_000_000L);
  }

  /** Every {@code n}-th one-piece word of the originals in {@code dir}, masked: how often the top reading differs. */
  private static void clean(Path dir, int n) throws IOException {
    long t0 = System.nanoTime();
    MaskedLm mlm = MaskedLm.of(BertModels.shared(Store.fromEnvironment(), Progress.NONE));
    int asked = 0;
    int differs = 0;
    int notIn10 = 0;
    int seen = 0;
    for (Corpus.Document d : Corpus.read(dir, Optional.of(dir))) {
      if (d.orig().isEmpty() || d.name().contains("/")) {
        continue;
      }
      List<String> orig = Words.of(d.orig().get());
      int[][] pieces = mlm.encode(orig);
      List<int[]> spans = new ArrayList<>();
      for (int i = 0; i < orig.size(); i++) {
        if (orig.get(i).chars().allMatch(Character::isLetter) && pieces[i].length == 1 && seen++ % n == 0) {
          spans.add(new int[] {i, 1});
        }
      }
      if (spans.isEmpty()) {
        continue;
      }
      List<List<Prediction>> top = mlm.predictAll(orig, spans, K);
      for (int q = 0; q < spans.size(); q++) {
        String w = orig.get(spans.get(q)[0]);
        List<Prediction> t = top.get(q);
        asked++;
        differs += t.isEmpty() || !t.get(0).text().equalsIgnoreCase(w) ? 1 : 0;
        notIn10 += t.stream().noneMatch(p -> p.text().equalsIgnoreCase(w)) ? 1 : 0;
      }
    }
    System.out.printf(Locale.ROOT, "originals, every %d-th one-piece word: %d asked, top reading differs %d (%.1f%%), "
        + "word not in the 10 best %d (%.1f%%); %d s%n", n, asked, differs, 100.0 * differs / asked, notIn10,
        100.0 * notIn10 / asked, (System.nanoTime() - t0) / 1_000_000_000L);
  }

  /** The masked LM's readings of every hunk of {@code asked} in the spun text, and of its span in the original. */
  private static List<Miss> ask(MaskedLm mlm, String doc, List<String> spun, List<String> orig,
      List<TokenDiff.Hunk> asked, List<int[]> gains) {
    List<int[]> oneSpun = new ArrayList<>();
    List<int[]> oneOrig = new ArrayList<>();
    List<int[]> twoSpun = new ArrayList<>();
    List<int[]> twoOrig = new ArrayList<>();
    int[] pieces = new int[asked.size()];
    int[] slot = new int[asked.size()];
    for (int q = 0; q < asked.size(); q++) {
      TokenDiff.Hunk h = asked.get(q);
      int n = 0;
      for (int[] p : mlm.encode(orig.subList(h.bStart(), h.bEnd()))) {
        n += p.length;
      }
      pieces[q] = n;
      int[] s = {h.aStart(), h.aEnd() - h.aStart()};
      int[] o = {h.bStart(), h.bEnd() - h.bStart()};
      if (n == 1) {
        slot[q] = oneSpun.size();
        oneSpun.add(s);
        oneOrig.add(o);
      } else if (n == 2) {
        slot[q] = twoSpun.size();
        twoSpun.add(s);
        twoOrig.add(o);
      }
    }
    List<List<Prediction>> ones = oneSpun.isEmpty() ? List.of() : mlm.predictAll(spun, oneSpun, K);
    List<List<Prediction>> onesClean = oneOrig.isEmpty() ? List.of() : mlm.predictAll(orig, oneOrig, K);
    List<List<Prediction>> twos = twoSpun.isEmpty() ? List.of() : mlm.predictPairs(spun, twoSpun, K, K, null);
    List<List<Prediction>> twosClean = twoOrig.isEmpty() ? List.of() : mlm.predictPairs(orig, twoOrig, K, 1, null);
    List<Miss> out = new ArrayList<>();
    for (int q = 0; q < asked.size(); q++) {
      TokenDiff.Hunk h = asked.get(q);
      String o = String.join(" ", orig.subList(h.bStart(), h.bEnd()));
      String s = String.join(" ", spun.subList(h.aStart(), h.aEnd()));
      List<Prediction> top = pieces[q] == 1 ? ones.get(slot[q]) : pieces[q] == 2 ? twos.get(slot[q]) : List.of();
      List<Prediction> clean = pieces[q] == 1 ? onesClean.get(slot[q])
          : pieces[q] == 2 ? twosClean.get(slot[q]) : List.of();
      int rank = -1;
      for (int k = 0; k < top.size(); k++) {
        if (top.get(k).text().equalsIgnoreCase(o)) {
          rank = k + 1;
          break;
        }
      }
      String cleanTop = clean.isEmpty() ? "" : clean.get(0).text();
      out.add(new Miss(doc, s, o, gains.get(q)[1] == 1, pieces[q], rank, gains.get(q)[0],
          top.isEmpty() ? "" : top.get(0).text(), !clean.isEmpty() && !cleanTop.equalsIgnoreCase(o), cleanTop));
    }
    return out;
  }

  /**
   * The restored words {@code out} with hunk {@code h} written as the original has it: the restored words between
   * the nearest spun words on each side that the restoration kept (aligned, {@code toOut}) are replaced by the spun
   * words there with the hunk's original words in place of its spun words.
   */
  static List<String> fixed(List<String> spun, List<String> orig, List<String> out, int[] toOut, TokenDiff.Hunk h) {
    int[] a = around(spun, out, toOut, h);
    List<String> w = new ArrayList<>(out.subList(0, a[2]));
    w.addAll(spun.subList(a[0] + 1, h.aStart()));
    w.addAll(orig.subList(h.bStart(), h.bEnd()));
    w.addAll(spun.subList(h.aEnd(), a[1]));
    w.addAll(out.subList(a[3], out.size()));
    return w;
  }

  /** Whether the restoration changed any word between the kept spun words around {@code h}. */
  private static boolean touched(List<String> spun, List<String> out, int[] toOut, TokenDiff.Hunk h) {
    int[] a = around(spun, out, toOut, h);
    return !out.subList(a[2], a[3]).equals(spun.subList(a[0] + 1, a[1]));
  }

  /**
   * The nearest spun words on each side of {@code h} that the restoration kept ({@code toOut} >= 0; -1 and the spun
   * length where none), and the range of restored words between them: {left, right, from, to}.
   */
  private static int[] around(List<String> spun, List<String> out, int[] toOut, TokenDiff.Hunk h) {
    int left = h.aStart() - 1;
    while (left >= 0 && toOut[left] < 0) {
      left--;
    }
    int right = h.aEnd();
    while (right < spun.size() && toOut[right] < 0) {
      right++;
    }
    int from = left >= 0 ? toOut[left] + 1 : 0;
    int to = right < spun.size() ? toOut[right] : out.size();
    return new int[] {left, right, from, to};
  }


  private static void report(List<Miss> misses, Map<String, Integer> skipped, int inputs, int baseErrors,
      int outErrors) {
    double point = 100.0 / baseErrors;
    System.out.printf(Locale.ROOT, "inputs %d; token errors: spun %d, n-gram restored %d, error reduction %.1f%% "
        + "(%.3f points per token error)%n", inputs, baseErrors, outErrors,
        100.0 * (baseErrors - outErrors) / baseErrors, point);
    System.out.println("unrestored hunks outside 1-4 spun -> 1-2 original tokens, or case only: " + skipped);
    System.out.println("kind\thunks\tleft/wrong\t3+ pieces\ttop 1\ttop 2-10\tnot in 10\terrors all\terrors top 1"
        + "\terrors top 10\tpoints top 1\tpoints top 10\tclean top 1 differs");
    Map<String, List<Miss>> byKind = new TreeMap<>();
    for (Miss x : misses) {
      int a = x.spun().split(" ").length;
      int b = x.orig().split(" ").length;
      String kind = (a == 1 && b == 1 ? "1 one word" : b == 1 ? "2 several -> one" : a == 1 ? "3 one -> two"
          : "4 several -> two") + (x.pieces() == 1 ? ", 1 piece" : x.pieces() == 2 ? ", 2 pieces" : ", 3+ pieces");
      byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(x);
      byKind.computeIfAbsent("9 all", k -> new ArrayList<>()).add(x);
      if (!(a == 1 && b == 1)) {
        byKind.computeIfAbsent("8 multi-word", k -> new ArrayList<>()).add(x);
      }
    }
    byKind.forEach((k, xs) -> {
      int left = 0;
      int many = 0;
      int top1 = 0;
      int top10 = 0;
      int none = 0;
      int errAll = 0;
      int err1 = 0;
      int err10 = 0;
      int cleanDiff = 0;
      int cleanAsked = 0;
      for (Miss x : xs) {
        left += x.touched() ? 0 : 1;
        many += x.pieces() > 2 ? 1 : 0;
        top1 += x.rank() == 1 ? 1 : 0;
        top10 += x.rank() > 1 ? 1 : 0;
        none += x.rank() < 0 && x.pieces() <= 2 ? 1 : 0;
        errAll += x.gain();
        err1 += x.rank() == 1 ? x.gain() : 0;
        err10 += x.rank() >= 1 ? x.gain() : 0;
        cleanDiff += x.cleanTopDiffers() ? 1 : 0;
        cleanAsked += x.pieces() <= 2 ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "%s\t%d\t%d/%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%+.1f\t%+.1f\t%d of %d%n", k,
          xs.size(), left, xs.size() - left, many, top1, top10, none, errAll, err1, err10, err1 * point,
          err10 * point, cleanDiff, cleanAsked);
    });
  }
}
