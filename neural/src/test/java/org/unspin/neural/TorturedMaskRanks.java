// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.learn.PhraseLists;

/**
 * Where BERT ranks a tortured phrase's original words (a development tool, not shipped). The list is split as {@code
 * eval --tortured} splits it; for each row whose tortured and expected phrases have as many words, each changed word
 * is masked in the evaluation's sentence ("We report the %s in this study.", the other words as written) and the
 * rank of the expected word among the masked LM's single-word predictions is counted (1, 2-5, 6-10, 11-30, none;
 * an expected word of several word pieces cannot be a single-[MASK] prediction and is counted apart). Counted for
 * the held-out half and for the list's own half (the half {@code --phrases} gives, from which a price may be
 * learned), and, on the clean side, the expected phrase written out with the same word masked: how often the top
 * prediction is not the written word, and the written word's rank. Run after {@code mvn -pl neural test-compile}
 * with the test class path: {@code java -Xmx4g -cp "$CP" org.unspin.neural.TorturedMaskRanks LIST [EVERY_K
 * [DETAILS.tsv]]}.
 */
public final class TorturedMaskRanks {

  static final String TEMPLATE = "We report the %s in this study.";
  static final int K = 30;
  static final int[] BOUNDS = {1, 5, 10, 30};
  static final double[] GAPS = {0, 1, 1.5, 2, 2.5, 3};
  static final String[] NAMES = {"1", "2-5", "6-10", "11-30", "none", "several pieces"};

  private TorturedMaskRanks() {}

  public static void main(String[] args) throws Exception {
    List<PhraseLists.Row> rows = PhraseLists.read(Path.of(args[0]));
    int every = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    java.io.PrintWriter details = args.length > 2
        ? new java.io.PrintWriter(Files.newBufferedWriter(Path.of(args[2]))) : null;
    List<PhraseLists.Row> own = new ArrayList<>();
    List<PhraseLists.Row> test = new ArrayList<>();
    for (PhraseLists.Row r : rows) {
      (PhraseLists.heldOut(r) ? test : own).add(r);
    }
    MaskedLm mlm = MaskedLm.of(BertModels.shared(Store.fromEnvironment(), Progress.NONE));
    WordPiece wp = mlm.model().wordPiece();
    Plausibility plausible = NeuralProvider.plausibility(Store.fromEnvironment(), Progress.NONE);
    org.unspin.thesaurus.WordNet wn = org.unspin.thesaurus.Thesauri.wordNet(Store.fromEnvironment(), Progress.NONE);
    org.unspin.thesaurus.Thesaurus both = org.unspin.thesaurus.Thesauri.union(wn,
        org.unspin.thesaurus.Thesauri.moby(Store.fromEnvironment(), Progress.NONE));
    org.unspin.lexicon.CandidateSource entries = org.unspin.lexicon.CandidateSource.of(
        PhraseLists.wordTable(own, org.unspin.lexicon.SpinnerModels.vocabulary(both)),
        org.unspin.lexicon.Candidate.Origin.PHRASE_WORD);
    for (String half : List.of("held-out", "own")) {
      List<PhraseLists.Row> list = half.equals("own") ? own : test;
      long[] spun = new long[NAMES.length];
      long[] clean = new long[NAMES.length];
      long[] unlinked = new long[NAMES.length];
      long[] unlinkedClean = new long[NAMES.length];
      int unlinkedTopDiffers = 0;
      long[] pairs = new long[NAMES.length];
      // per gap bound: unlinked words whose top prediction, at least that much above the written word, is the
      // expected word (spun side) or another word (spun side), and clean words whose top prediction is not the word
      long[][] gaps = new long[3][GAPS.length];
      int cleanTopDiffers = 0;
      int words = 0;
      int sameLength = 0;
      int rowsAllTop = 0;
      int n = 0;
      for (int x = 0; x < list.size(); x += every) {
        PhraseLists.Row r = list.get(x);
        String[] t = r.torturedText().split(" ");
        String[] e = r.expectedForms().get(0).split(" ");
        n++;
        if (t.length != e.length) {
          continue;
        }
        sameLength++;
        List<String> spunWords = sentence(t);
        List<String> cleanWords = sentence(e);
        List<int[]> spans = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
          if (!t[i].equalsIgnoreCase(e[i])) {
            spans.add(new int[] {3 + i, 1});
            at.add(i);
          }
        }
        if (spans.isEmpty()) {
          continue;
        }
        List<MaskedLm.WordFit> pf = mlm.fitSpans(spunWords, spans, K);
        List<MaskedLm.WordFit> cf = mlm.fitSpans(cleanWords, spans, K);
        List<List<Prediction>> ps = pf.stream().map(MaskedLm.WordFit::top).toList();
        List<List<Prediction>> cs = cf.stream().map(MaskedLm.WordFit::top).toList();
        boolean allTop = true;
        for (int q = 0; q < spans.size(); q++) {
          String want = e[at.get(q)];
          boolean several = wp.encode(want).length > 1;
          int rs = several ? NAMES.length - 1 : bucket(rank(ps.get(q), want));
          int rc = several ? NAMES.length - 1 : bucket(rank(cs.get(q), want));
          spun[rs]++;
          clean[rc]++;
          boolean linked = plausible.link(want, t[at.get(q)]).isPresent()
              || half.equals("held-out") && entered(entries, spunWords, spans.get(q)[0], want);
          if (!linked) {
            unlinked[rs]++;
            unlinkedClean[rc]++;
            if (!cs.get(q).isEmpty() && !cs.get(q).get(0).text().equalsIgnoreCase(want)) {
              unlinkedTopDiffers++;
            }
            for (int g = 0; g < GAPS.length; g++) {
              if (!ps.get(q).isEmpty() && pf.get(q).log10Gap() >= GAPS[g]) {
                gaps[ps.get(q).get(0).text().equalsIgnoreCase(want) ? 0 : 1][g]++;
              }
              if (!cs.get(q).isEmpty() && !cs.get(q).get(0).text().equalsIgnoreCase(want)
                  && cf.get(q).log10Gap() >= GAPS[g]) {
                gaps[2][g]++;
              }
            }
            if (several && wp.encode(want).length == 2) { // read by two [MASK]s, the 5 best first pieces followed
              int rp = bucket(rank(mlm.predictPairs(spunWords, List.of(spans.get(q)), K, 5, null).get(0), want));
              pairs[rp]++;
              if (rp < BOUNDS.length) {
                rs = rp;
              }
            }
          }
          allTop &= rs == 0;
          words++;
          if (!cs.get(q).isEmpty() && !cs.get(q).get(0).text().equalsIgnoreCase(want)) {
            cleanTopDiffers++;
          }
          if (details != null) {
            details.printf(Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n", half, r.torturedText(), t[at.get(q)],
                want, linked ? "linked" : "unlinked", NAMES[rs], NAMES[rc], top(ps.get(q)));
          }
        }
        if (allTop) {
          rowsAllTop++;
        }
      }
      System.out.printf(Locale.ROOT, "%s half: %d rows read, %d of the same length, %d changed words%n", half, n,
          sameLength, words);
      System.out.println("  rank of the expected word, spun phrase masked: " + show(spun));
      System.out.println("  rank of the written word, clean phrase masked: " + show(clean));
      System.out.printf(Locale.ROOT, "  clean top prediction differs from the written word: %d of %d%n",
          cleanTopDiffers, words);
      long u = Arrays.stream(unlinked).sum();
      System.out.printf(Locale.ROOT, "  of them with no thesaurus link%s: %d%n",
          half.equals("held-out") ? " and no entry of the own half's words" : "", u);
      System.out.println("    rank of the expected word, spun phrase masked: " + show(unlinked));
      System.out.println("    rank of the written word, clean phrase masked: " + show(unlinkedClean));
      System.out.printf(Locale.ROOT, "    clean top prediction differs from the written word: %d of %d%n",
          unlinkedTopDiffers, u);
      for (int g = 0; g < GAPS.length; g++) {
        System.out.printf(Locale.ROOT, "    top prediction %.1f or more above the written word: spun side right %d,"
            + " wrong %d; clean side not the word %d%n", GAPS[g], gaps[0][g], gaps[1][g], gaps[2][g]);
      }
      System.out.println("    of the several-piece ones, those of two pieces by two [MASK]s: " + show(pairs));
      System.out.printf(Locale.ROOT, "  rows with every changed word's original ranked first: %d%n", rowsAllTop);
    }
    if (details != null) {
      details.close();
    }
  }

  static List<String> sentence(String[] phrase) {
    List<String> out = new ArrayList<>(List.of("We", "report", "the"));
    out.addAll(Arrays.asList(phrase));
    out.addAll(List.of("in", "this", "study."));
    return out;
  }

  static boolean entered(org.unspin.lexicon.CandidateSource entries, List<String> words, int i, String want) {
    List<org.unspin.lexicon.Candidate> out = new ArrayList<>();
    entries.propose(words, i, "user", out);
    for (org.unspin.lexicon.Candidate c : out) {
      if (c.length() == 1 && c.original().equalsIgnoreCase(want)) {
        return true;
      }
    }
    return false;
  }

  static int rank(List<Prediction> ps, String want) {
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).text().equalsIgnoreCase(want)) {
        return i + 1;
      }
    }
    return 0;
  }

  static int bucket(int rank) {
    if (rank == 0) {
      return BOUNDS.length;
    }
    for (int b = 0; b < BOUNDS.length; b++) {
      if (rank <= BOUNDS[b]) {
        return b;
      }
    }
    return BOUNDS.length;
  }

  static String show(long[] c) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < c.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(NAMES[i]).append(' ').append(c[i]);
    }
    return sb.toString();
  }

  static String top(List<Prediction> ps) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(5, ps.size()); i++) {
      sb.append(i == 0 ? "" : " ").append(ps.get(i).text());
    }
    return sb.toString();
  }
}
