// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.learn.Corpus;
import org.unspin.text.TokenDiff;
import org.unspin.text.Words;

/**
 * Whether the rescoring's masked-LM score ({@link MaskedLm#log10Scores}, the word-l2r pseudo-log-likelihood of a
 * wording, summed over its pieces) prefers the shorter of two wordings (not a test; docs/benchmarks.md, "The
 * rescoring's length bias, measured"). Every reference hunk (spun span -> original span, {@link TokenDiff} of
 * {@link Words#of}) of 1-4 spun and 1-4 original words, letters only and not equal but for case, is scored both
 * ways in the original text with only that hunk spun: the original's wording and the spun wording in the same
 * place, as the rescoring weighs a reading against keeping the spun words. The original is always right, so a hunk
 * is judged wrongly when the spun wording scores at least as well. The report gives, for a term {@code b} added per
 * piece ({@code score + b * pieces}), how often the shorter side wins when the longer is right and vice versa, and
 * the {@code b} that leave-one-original-out picks: for each original, the value of a grid that maximises the
 * balanced accuracy (the mean of the two directions' rates, so that it does not learn which side spinners make
 * longer) on the other originals' hunks, scored on its own. Run:
 * {@code java -Xmx3g -cp CP org.unspin.neural.LengthBias ../shared/data/spun-news OUT.tsv} (writes one row per
 * hunk, then reports); {@code LengthBias report OUT.tsv} reports again from the rows without the model.
 */
public final class LengthBias {

  private LengthBias() {}

  /** One hunk: its document, the words and pieces of each side and each side's score in the same place. */
  record Row(String doc, int spunWords, int origWords, int spunPieces, int origPieces, double spunScore,
      double origScore) {

    /** Whether the spun side scores at least as well as the original with {@code bonus} per piece. */
    boolean wrong(double bonus) {
      return spunScore + bonus * spunPieces >= origScore + bonus * origPieces;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args[0].equals("report")) {
      report(read(Path.of(args[1])));
      return;
    }
    long t0 = System.nanoTime();
    Path dir = Path.of(args[0]);
    MaskedLm mlm = MaskedLm.of(BertModels.shared(Store.fromEnvironment(), Progress.NONE));
    List<Row> all = new ArrayList<>();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
      out.println("doc\tspun words\torig words\tspun pieces\torig pieces\tspun pll\torig pll");
      for (Corpus.Document d : Corpus.read(dir, Optional.of(dir))) {
        if (d.orig().isEmpty() || d.name().contains("/")) {
          continue;
        }
        List<String> spun = Words.of(d.spun());
        List<String> orig = Words.of(d.orig().get());
        List<String[]> sides = new ArrayList<>();
        List<java.util.function.Supplier<double[]>> scores = new ArrayList<>();
        QueryBatch batch = new QueryBatch(mlm.model());
        for (TokenDiff.Hunk h : TokenDiff.diff(spun, orig).hunks()) {
          int a = h.aEnd() - h.aStart();
          int b = h.bEnd() - h.bStart();
          if (a < 1 || a > 4 || b < 1 || b > 4) {
            continue;
          }
          String s = String.join(" ", spun.subList(h.aStart(), h.aEnd()));
          String o = String.join(" ", orig.subList(h.bStart(), h.bEnd()));
          if (s.equalsIgnoreCase(o) || !letters(s) || !letters(o)) {
            continue;
          }
          // the original text with only this hunk spun
          List<String> ctx = new ArrayList<>(orig.subList(0, h.bStart()));
          ctx.addAll(spun.subList(h.aStart(), h.aEnd()));
          ctx.addAll(orig.subList(h.bEnd(), orig.size()));
          sides.add(new String[] {s, o});
          scores.add(mlm.log10Scores(ctx, h.bStart(), a, List.of(s, o), batch));
        }
        batch.run();
        for (int k = 0; k < sides.size(); k++) {
          String s = sides.get(k)[0];
          String o = sides.get(k)[1];
          double[] pll = scores.get(k).get();
          Row r = new Row(d.name(), s.split(" ").length, o.split(" ").length, pieces(mlm, s), pieces(mlm, o),
              pll[0], pll[1]);
          all.add(r);
          out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%.4f\t%.4f%n", r.doc(), r.spunWords(), r.origWords(),
              r.spunPieces(), r.origPieces(), r.spunScore(), r.origScore());
        }
        System.err.printf(Locale.ROOT, "%s: %d hunks (%d s)%n", d.name(), sides.size(),
            (System.nanoTime() - t0) / 1_000_000_000L);
      }
    }
    System.out.printf(Locale.ROOT, "%d hunks in %d s%n", all.size(), (System.nanoTime() - t0) / 1_000_000_000L);
    report(all);
  }

  static List<Row> read(Path tsv) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(tsv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      rows.add(new Row(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
          Integer.parseInt(f[4]), Double.parseDouble(f[5]), Double.parseDouble(f[6])));
    }
    return rows;
  }

  /** {wrong, all} among the hunks whose original has more pieces (side 1), fewer (-1) or as many (0). */
  static int[] wrong(List<Row> rows, double bonus, int side) {
    int[] out = new int[2];
    for (Row r : rows) {
      if (Integer.signum(r.origPieces() - r.spunPieces()) == side) {
        out[1]++;
        out[0] += r.wrong(bonus) ? 1 : 0;
      }
    }
    return out;
  }

  /** The mean of the rates of right judgements where the original is longer and where it is shorter. */
  static double balancedAccuracy(List<Row> rows, double bonus) {
    int[] longer = wrong(rows, bonus, 1);
    int[] shorter = wrong(rows, bonus, -1);
    return 1 - ((double) longer[0] / Math.max(1, longer[1]) + (double) shorter[0] / Math.max(1, shorter[1])) / 2;
  }

  /** The value of {@code grid} with the best balanced accuracy on {@code rows}; ties go to the smallest magnitude. */
  static double fit(List<Row> rows, double[] grid) {
    double best = Double.NaN;
    double bestAcc = -1;
    for (double b : grid) {
      double acc = balancedAccuracy(rows, b);
      if (acc > bestAcc + 1e-9 || Math.abs(acc - bestAcc) <= 1e-9 && Math.abs(b) < Math.abs(best)) {
        best = b;
        bestAcc = acc;
      }
    }
    return best;
  }

  /** For each document (sorted by name), the value {@link #fit} picks on the other documents' rows. */
  static double[] leaveOneOut(List<Row> rows, double[] grid) {
    TreeSet<String> docs = new TreeSet<>();
    rows.forEach(r -> docs.add(r.doc()));
    double[] out = new double[docs.size()];
    int k = 0;
    for (String d : docs) {
      out[k++] = fit(rows.stream().filter(r -> !r.doc().equals(d)).toList(), grid);
    }
    return out;
  }

  static void report(List<Row> rows) {
    double[] grid = new double[41];
    for (int k = 0; k < grid.length; k++) {
      grid[k] = (k - 20) / 10.0;
    }
    System.out.println("bonus per piece | original longer: n, spun (shorter) wins | original shorter: n, spun "
        + "(longer) wins | same pieces: n, spun wins | balanced accuracy");
    for (double b : new double[] {-1, -0.5, -0.2, 0, 0.2, 0.5, 1, 1.5, 2}) {
      int[] l = wrong(rows, b, 1);
      int[] s = wrong(rows, b, -1);
      int[] e = wrong(rows, b, 0);
      System.out.printf(Locale.ROOT, "%+.1f | %d, %d (%.1f%%) | %d, %d (%.1f%%) | %d, %d (%.1f%%) | %.3f%n", b, l[1],
          l[0], 100.0 * l[0] / Math.max(1, l[1]), s[1], s[0], 100.0 * s[0] / Math.max(1, s[1]), e[1], e[0],
          100.0 * e[0] / Math.max(1, e[1]), balancedAccuracy(rows, b));
    }
    double[] fits = leaveOneOut(rows, grid);
    TreeSet<String> docs = new TreeSet<>();
    rows.forEach(r -> docs.add(r.doc()));
    int[] l = {0, 0};
    int[] s = {0, 0};
    int k = 0;
    for (String d : docs) {
      List<Row> own = rows.stream().filter(r -> r.doc().equals(d)).toList();
      int[] x = wrong(own, fits[k], 1);
      int[] y = wrong(own, fits[k], -1);
      l[0] += x[0];
      l[1] += x[1];
      s[0] += y[0];
      s[1] += y[1];
      k++;
    }
    double[] sorted = fits.clone();
    java.util.Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "leave-one-original-out: bonus %.1f to %.1f (median %.1f); held out, the spun "
        + "side wins %d of %d where the original is longer, %d of %d where it is shorter%n", sorted[0],
        sorted[sorted.length - 1], sorted[sorted.length / 2], l[0], l[1], s[0], s[1]);
  }

  /** The pieces {@link MaskedLm#log10Scores} scores for {@code wording}. */
  private static int pieces(MaskedLm mlm, String wording) {
    int n = 0;
    for (String w : wording.trim().split(" +")) {
      n += mlm.model().wordPiece().encode(w).length;
    }
    return n;
  }

  private static boolean letters(String s) {
    return s.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '\'' || c == '-');
  }
}
