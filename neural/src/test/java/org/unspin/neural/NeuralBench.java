// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import org.unspin.decode.Decoder;
import org.unspin.decode.DecoderSettings;
import org.unspin.decode.MixedChannel;
import org.unspin.decode.TextRestorer;
import org.unspin.decode.TextRestoring;
import org.unspin.detect.Calibration;
import org.unspin.detect.Detection;
import org.unspin.detect.Detector;
import org.unspin.detect.ParagraphDetection;
import org.unspin.eval.Evaluation;
import org.unspin.eval.Pair;
import org.unspin.eval.Pairs;
import org.unspin.eval.Report;
import org.unspin.eval.Scores;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LanguageModels;
import org.unspin.spin.SpinResult;
import org.unspin.spin.SpinSettings;
import org.unspin.spin.SpinStyle;
import org.unspin.spin.Spinner;
import org.unspin.spin.ThesaurusDictionary;
import org.unspin.text.TokenizedText;
import org.unspin.thesaurus.Moby;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.WordNet;

/**
 * The measurements of docs/benchmarks.md "## Neural" (not a test; run by hand, see that section):
 * {@code eval DIR} (n-gram vs neural restoration on spun/original pairs), {@code speed FILE} (seconds per 100 words),
 * {@code openvocab DIR N} (detection precision/recall on text spun with the thesaurus spinner).
 */
public final class NeuralBench {

  private final Store store = Store.fromEnvironment();
  private final LanguageModel lm;
  private final SpinnerModels models;
  private final Decoder decoder;
  private final Detector detector;

  NeuralBench() throws IOException {
    lm = LanguageModels.openDefault(store, Progress.NONE);
    WordNet wn = Thesauri.wordNet(store, Progress.NONE);
    Moby moby = Thesauri.moby(store, Progress.NONE);
    models = SpinnerModels.builder().defaultTables().thesaurus(Thesauri.union(wn, moby)).build();
    decoder = Decoder.create(lm, DecoderSettings.DEFAULTS);
    detector = Detector.create(decoder, models.families(), Calibration.defaults());
  }

  /** Unspinner.restore with a pluggable sentence restorer (same steps as the api facade). */
  String restore(String text, TextRestoring restorer) {
    TokenizedText t = TokenizedText.of(text);
    Detection d = detector.detect(t);
    List<ParagraphDetection> paras = d.paragraphs();
    boolean any = paras.stream().anyMatch(ParagraphDetection::spun);
    if (!d.spun() && !any) {
      return text;
    }
    String family = d.spun() ? d.spinner() : d.features().bestFamily();
    ChannelModel channel = detector.family(family).orElse(null);
    if (channel == null) {
      return text;
    }
    channel = MixedChannel.of(channel, models.open());
    IntPredicate which = d.spun() ? p -> true : p -> paras.get(p).spun();
    return restorer.restore(t, channel, which).text();
  }

  NeuralRestorer neural(NeuralSettings s) throws IOException {
    return NeuralRestorer.create(decoder, MaskedLm.of(BertModels.shared(store, Progress.NONE)),
        NeuralProvider.plausibility(store, Progress.NONE), s);
  }

  public static void main(String[] args) throws Exception {
    NeuralBench b = new NeuralBench();
    NeuralSettings s = settings(args);
    List<NeuralSettings> variants = variants(args);
    switch (args[0]) {
      case "eval" -> b.eval(Path.of(args[1]), s);
      case "diff" -> b.diff(Path.of(args[1]), s);
      case "diag" -> b.diag(Path.of(args[1]));
      case "loo" -> b.leaveOneOriginalOut(Path.of(args[1]), variants);
      case "speed" -> b.speed(Path.of(args[1]), s);
      case "batch" -> batchCost(java.util.Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray());
      case "openvocab" -> b.openVocabulary(Path.of(args[1]), Integer.parseInt(args[2]), s);
      case "detect" -> b.detection(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]), Path.of(args[4]),
          args[5], s);
      case "detectcheck" -> b.detectionCheck(java.util.Arrays.asList(args).subList(1, args.length).stream()
          .filter(a -> !a.contains("=")).map(Path::of).toList(), s);
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  /** Settings variants: the key=value arguments, groups separated by the argument {@code vs}. */
  private static List<NeuralSettings> variants(String[] args) {
    List<NeuralSettings> out = new ArrayList<>();
    List<String> group = new ArrayList<>();
    for (String a : args) {
      if (a.equals("vs")) {
        out.add(settings(group.toArray(new String[0])));
        group.clear();
      } else {
        group.add(a);
      }
    }
    out.add(settings(group.toArray(new String[0])));
    return out;
  }

  private static NeuralSettings settings(String[] args) {
    NeuralSettings.Builder b = NeuralSettings.builder();
    for (String a : args) {
      if (a.equals("vs")) {
        break;
      }
      if (!a.contains("=")) {
        continue;
      }
      String[] kv = a.split("=", 2);
      double v = Double.parseDouble(kv[1]);
      switch (kv[0]) {
        case "queries" -> b.queriesPer100Words((int) v);
        case "dqueries" -> b.detectionQueriesPer100Words((int) v);
        case "gap" -> b.detectLog10Gap(v);
        case "topk" -> b.topK((int) v);
        case "proposal" -> b.proposalLog10Channel(v);
        case "npen" -> b.proposalLog10Penalty(v);
        case "strong" -> b.strongProposalLog10Prob(v);
        case "scope" -> b.detectionScope(NeuralSettings.DetectionScope.values()[(int) v]);
        case "floor" -> b.reviewFloor(v);
        case "sure" -> b.sure(v);
        case "weight" -> b.weight(v);
        case "pairs" -> b.pairFirsts((int) v);
        case "weak" -> b.weakLinkProposals(v != 0);
        case "phrases" -> b.phraseForms(v != 0);
        case "wphrases" -> b.weakPhraseLinks(v != 0);
        case "spanwords" -> b.spanWordLinks(v != 0);
        default -> throw new IllegalArgumentException(kv[0]);
      }
    }
    return b.build();
  }

  void eval(Path dir, NeuralSettings s) throws IOException {
    List<Pair> pairs = Pairs.find(dir, null);
    TextRestorer ngram = TextRestorer.create(decoder);
    long t0 = System.nanoTime();
    List<Scores> a = Evaluation.scoreAll(pairs, text -> restore(text, ngram));
    long t1 = System.nanoTime();
    NeuralRestorer n = neural(s);
    n.restore(TokenizedText.of("Warm up the model ."), TextRestorer.IDENTITY, p -> true);
    long t2 = System.nanoTime();
    List<Scores> c = Evaluation.scoreAll(pairs, text -> restore(text, n));
    long t3 = System.nanoTime();
    System.out.println("settings " + s);
    System.out.println("== n-gram (" + (t1 - t0) / 1_000_000 + " ms)");
    System.out.print(Report.text(a));
    System.out.println("== neural (" + (t3 - t2) / 1_000_000 + " ms)");
    System.out.print(Report.text(c));
  }

  /**
   * Leave-one-original-out, as cli's LeaveOneOriginalOut: for each original, the family-A table is learned from
   * the other pairs; the n-gram Unspinner and the same Unspinner {@code withRestoring} the neural pass restore the
   * held-out spun text and original.
   */
  void leaveOneOriginalOut(Path dir, List<NeuralSettings> variants) throws IOException {
    WordNet wordNet = Thesauri.wordNet(store, Progress.NONE);
    Moby moby = Thesauri.moby(store, Progress.NONE);
    java.util.Map<String, Double> freq = org.unspin.lexicon.WordCounts.newsAndBrown(
        org.unspin.lexicon.WordCounts.brown(store, Progress.NONE));
    // the learner of unspin learn (and cli's LeaveOneOriginalOut)
    org.unspin.lexicon.learn.SupervisedLearner learner = org.unspin.lexicon.learn.SupervisedLearner.withThesauri("A",
        wordNet, moby);
    MaskedLm mlm = MaskedLm.of(BertModels.shared(store, Progress.NONE));
    System.out.println("BERT precision: " + BertModels.shared(store, Progress.NONE).precision());
    Plausibility plausibility = NeuralProvider.plausibility(store, Progress.NONE);
    List<org.unspin.lexicon.learn.Corpus.Document> docs = org.unspin.lexicon.learn.Corpus.read(dir,
        java.util.Optional.of(dir));
    java.util.TreeSet<String> groups = new java.util.TreeSet<>();
    for (var d : docs) {
      if (d.orig().isPresent() && !d.name().contains("/")) {
        groups.add(d.group());
      }
    }
    List<Scores> ngramRows = new ArrayList<>();
    java.util.Map<String, Run> ngramRuns = new java.util.HashMap<>();
    java.util.Map<String, Run> neuralRuns = new java.util.HashMap<>();
    // where the restorer's re-decisions go while an input of the first variant is restored (this thread only)
    List<List<NeuralRestorer.Trace>> tracing = new ArrayList<>(1);
    List<Pair> pairs = new ArrayList<>();
    List<List<Scores>> neuralRows = new ArrayList<>();
    long ngramNanos = 0;
    long[] neuralNanos = new long[variants.size()];
    List<java.util.Map<String, Integer>> origins = new ArrayList<>();
    for (int v = 0; v < variants.size(); v++) {
      origins.add(new java.util.TreeMap<>());
    }
    for (int v = 0; v < variants.size(); v++) {
      neuralRows.add(new ArrayList<>());
    }
    for (String g : groups) {
      List<org.unspin.lexicon.learn.SupervisedLearner.Pair> train = new ArrayList<>();
      for (var d : docs) {
        if (d.orig().isPresent() && !d.group().equals(g)) {
          train.add(d.pair());
        }
      }
      org.unspin.lexicon.SpinnerTable table = learner.learn(train);
      // the open channel restoration ships with (as cli's LeaveOneOriginalOut)
      SpinnerModels m = SpinnerModels.builder().table(table).openChannel(wordNet, moby, freq).build();
      org.unspin.Unspinner u = org.unspin.Unspinner.builder().languageModel(lm).spinners(m.families())
          .openVocabulary(m.open()).attributionSpinner(org.unspin.lexicon.WordNetSpinner.channel(wordNet, freq))
          .build();
      for (var d : docs) {
        if (d.group().equals(g) && d.orig().isPresent() && !d.name().contains("/")) {
          Pair pair = new Pair(d.name(), d.spun(), d.orig().get());
          pairs.add(pair);
          long t0 = System.nanoTime();
          ngramRows.add(Evaluation.score(pair, x -> {
            org.unspin.Restoration r = u.restore(x);
            if (REPLAY) {
              ngramRuns.put(key(pair, x), new Run(x, r.edits(), List.of(), r.text(), -1));
            }
            return r.text();
          }));
          ngramNanos += System.nanoTime() - t0;
          for (int v = 0; v < variants.size(); v++) {
            NeuralSettings s = variants.get(v);
            org.unspin.Unspinner n = u.withRestoring(dec -> new NeuralRestorer(dec, mlm, plausibility, s, true,
                t -> tracing.forEach(x -> x.add(t)))).withRestorerEvidence();
            long t1 = System.nanoTime();
            int vv = v;
            neuralRows.get(v).add(Evaluation.score(pair, x -> {
              List<NeuralRestorer.Trace> traces = new ArrayList<>();
              if (REPLAY && vv == 0) {
                tracing.add(traces);
              }
              org.unspin.Restoration r;
              try {
                r = n.restore(x);
              } finally {
                tracing.clear();
              }
              if (REPLAY && vv == 0) {
                neuralRuns.put(key(pair, x), new Run(x, r.edits(), traces, r.text(),
                    r.neural().flatMap(p -> p.uncheckedFrom()).orElse(-1)));
              }
              for (org.unspin.Edit e : r.edits()) {
                origins.get(vv).merge(e.origin(), 1, Integer::sum);
                if (SHOW && e.origin().equals("neural")) {
                  System.out.println("NEURAL v" + vv + " " + pair.name() + (x.equals(pair.spun()) ? " spun " : " orig ")
                      + e.spun() + " -> " + e.original() + " (" + String.format(Locale.ROOT, "%.2f", e.confidence())
                      + ") reference: " + reference(pair, x, e));
                }
              }
              return r.text();
            }));
            neuralNanos[v] += System.nanoTime() - t1;
          }
        }
      }
    }
    System.out.println("== n-gram, leave-one-original-out (" + ngramNanos / 1_000_000 + " ms)");
    System.out.print(Report.text(withTotal(ngramRows)));
    for (int v = 0; v < variants.size(); v++) {
      System.out.println("settings " + variants.get(v));
      System.out.println("== neural, leave-one-original-out (" + neuralNanos[v] / 1_000_000 + " ms)");
      System.out.print(Report.text(withTotal(neuralRows.get(v))));
      System.out.println("edits by origin (spun and originals): " + origins.get(v));
    }
    if (REPLAY) {
      replay(pairs, ngramRuns, neuralRuns, variants.get(0), mlm, plausibility);
    }
  }

  /**
   * {@code -Dnb.replay=W1,W2,...}: {@code loo} records every re-decision of its first variant
   * ({@link NeuralRestorer.Trace}) and then (1) replays them at each weight W (and at {@code -Dnb.priors=A1,...},
   * the exponent of the n-gram posterior, default 1) without asking the masked LM again, scoring the replayed texts
   * as {@code loo} does; (2) compares the n-gram and neural restorations of each spun text edit by edit against the
   * original; (3) asks the masked LM, one [MASK] at the spun word, about each one-word substitution neither fixed.
   */
  private static final boolean REPLAY = System.getProperty("nb.replay") != null;

  /** One restoration of an input: its edits, the re-decisions recorded, its text, where the work cap ran out. */
  private record Run(String input, List<org.unspin.Edit> edits, List<NeuralRestorer.Trace> traces, String text,
      int uncheckedFrom) {}

  private static String key(Pair pair, String input) {
    return pair.name() + (input.equals(pair.spun()) ? "|spun" : "|orig");
  }

  private void replay(List<Pair> pairs, java.util.Map<String, Run> ngramRuns, java.util.Map<String, Run> neuralRuns,
      NeuralSettings s, MaskedLm mlm, Plausibility plausibility) {
    // (1) replay: first at the weight in use, which must give the texts of the run; only re-decisions of the
    // restoration returned count (a text judged clean was restored once to judge it, and not after)
    int dropped = 0;
    for (var en : neuralRuns.entrySet()) {
      Run r = en.getValue();
      java.util.TreeMap<Integer, NeuralRestorer.Trace> last = new java.util.TreeMap<>();
      for (NeuralRestorer.Trace t : r.traces()) {
        last.put(t.from(), t);
      }
      List<NeuralRestorer.Trace> kept = new ArrayList<>();
      for (NeuralRestorer.Trace t : last.values()) {
        String w = decision(t, s.weight(), 1.0);
        boolean ok = w == null
            ? r.edits().stream().noneMatch(e -> e.span().start() < t.to() && e.span().end() > t.from())
            : r.edits().stream().anyMatch(e -> e.span().start() == t.from() && e.span().end() == t.to()
                && e.replacement().equals(w));
        if (ok) {
          kept.add(t);
        } else {
          dropped++;
        }
      }
      en.setValue(new Run(r.input(), r.edits(), kept, r.text(), r.uncheckedFrom()));
    }
    System.out.println("re-decisions not in the restoration returned (dropped from the replay): " + dropped);
    int same = 0;
    int all = 0;
    for (Run r : neuralRuns.values()) {
      all++;
      same += replayed(r, s.weight(), 1.0).equals(r.text()) ? 1 : 0;
    }
    System.out.printf(Locale.ROOT, "replay at the weight in use (%.2f) gives the run's text for %d of %d inputs%n",
        s.weight(), same, all);
    long traces = neuralRuns.values().stream().mapToLong(r -> r.traces().size()).sum();
    long capped = neuralRuns.entrySet().stream().filter(e -> e.getValue().uncheckedFrom() >= 0).count();
    System.out.printf(Locale.ROOT, "re-decisions recorded %d; inputs whose work cap ran out %d of %d%n", traces,
        capped, all);
    for (String a : System.getProperty("nb.priors", "1").split(",")) {
      for (String w : System.getProperty("nb.replay").split(",")) {
        double wt = Double.parseDouble(w);
        double pa = Double.parseDouble(a);
        List<Scores> rows = new ArrayList<>();
        for (Pair p : pairs) {
          rows.add(Evaluation.score(p, x -> replayed(neuralRuns.get(key(p, x)), wt, pa)));
        }
        Scores t = withTotal(rows).get(rows.size());
        System.out.printf(Locale.ROOT, "REPLAY weight %.2f prior^%.2f: error reduction %.1f%%, edits %d, right %d, "
            + "precision %.3f, originals changed %.2f%%%n", wt, pa, 100 * t.errorReduction(), t.systemEdits(),
            t.correctEdits(), t.editPrecision(), 100 * t.cleanChangeRate());
      }
    }
    // (2) edit by edit, on the spun texts
    java.util.Map<String, Integer> table = new java.util.TreeMap<>();
    int[] unfixed = new int[8];
    java.util.Map<String, Integer> unfixedRank = new java.util.TreeMap<>();
    for (Pair p : pairs) {
      Run a = ngramRuns.get(key(p, p.spun()));
      Run b = neuralRuns.get(key(p, p.spun()));
      Aligned al = new Aligned(p);
      java.util.TreeMap<Integer, org.unspin.Edit> ea = new java.util.TreeMap<>();
      java.util.TreeMap<Integer, org.unspin.Edit> eb = new java.util.TreeMap<>();
      a.edits().forEach(e -> ea.put(al.token(e.span().start()), e));
      b.edits().forEach(e -> eb.put(al.token(e.span().start()), e));
      java.util.Set<Integer> reviewed = new java.util.HashSet<>();
      for (NeuralRestorer.Trace t : b.traces()) {
        reviewed.add(al.token(t.from()));
      }
      java.util.TreeSet<Integer> at = new java.util.TreeSet<>(ea.keySet());
      at.addAll(eb.keySet());
      for (int i : at) {
        org.unspin.Edit x = ea.get(i);
        org.unspin.Edit y = eb.get(i);
        String rx = x == null ? null : x.replacement();
        String ry = y == null ? null : y.replacement();
        if (rx != null && ry != null && rx.equalsIgnoreCase(ry) && x.span().equals(y.span())) {
          continue;
        }
        boolean okx = al.right(i, x);
        boolean oky = al.right(i, y);
        String how = y != null && y.origin().equals("neural") ? "proposal"
            : reviewed.contains(i) ? "review" : "other";
        String cls = okx && !oky ? "right->wrong" : !okx && oky ? "wrong->right" : okx ? "right->right(?)"
            : "wrong->other wrong";
        String row = cls + " | " + how + " | " + (x == null ? "keep" : "edit") + "->" + (y == null ? "keep" : "edit");
        table.merge(row, 1, Integer::sum);
        if (SHOW) {
          System.out.println("CHANGE " + p.name() + " " + cls + " " + how + ": " + al.spunAt(i, x, y) + " n-gram "
              + (rx == null ? "(kept)" : rx) + ", neural " + (ry == null ? "(kept)" : ry) + "; original "
              + al.reference(i));
        }
      }
      // (3) one-word substitutions neither restored
      for (org.unspin.text.TokenDiff.Hunk h : al.hunks()) {
        if (h.aEnd() - h.aStart() != 1 || h.bEnd() - h.bStart() != 1) {
          continue;
        }
        int i = h.aStart();
        if (al.right(i, ea.get(i)) || al.right(i, eb.get(i))) {
          continue;
        }
        String orig = al.orig.get(h.bStart());
        String spun = al.spun.get(i);
        if (orig.equalsIgnoreCase(spun)) {
          continue;
        }
        List<Prediction> top = mlm.predict(al.spun, i, 1, 30);
        int rank = -1;
        for (int k = 0; k < top.size(); k++) {
          if (top.get(k).text().equalsIgnoreCase(orig)) {
            rank = k;
            break;
          }
        }
        String link = plausibility.link(orig, spun).map(l -> plausibility.strong(orig, spun) ? "strong" : "weak")
            .orElse("none");
        String where = rank < 0 ? "not in top 30" : rank < 1 ? "top 1" : rank < 10 ? "top 2-10" : "top 11-30";
        String touched = (ea.containsKey(i) || eb.containsKey(i) ? "edited wrongly" : "left")
            + (reviewed.contains(i) ? ", re-decided" : "");
        unfixedRank.merge(touched + " | " + where + " | link " + link, 1, Integer::sum);
        if (SHOW) {
          System.out.println("UNFIXED " + p.name() + " " + spun + " => " + orig + " " + where + " link " + link + " "
              + touched);
        }
      }
    }
    System.out.println("== where the neural restoration of the spun texts differs from the n-gram one "
        + "(class | mechanism | n-gram->neural)");
    table.forEach((k, v) -> System.out.println(v + "\t" + k));
    System.out.println("== one-word substitutions neither restores (how the n-gram or neural run treated it | "
        + "the original among one [MASK]'s predictions at the spun word | link to the spun word)");
    unfixedRank.forEach((k, v) -> System.out.println(v + "\t" + k));
  }

  /** Replays run {@code r} with its re-decisions weighed at {@code weight} and the prior to the power {@code a}. */
  private static String replayed(Run r, double weight, double a) {
    java.util.TreeMap<Integer, NeuralRestorer.Trace> last = new java.util.TreeMap<>();
    for (NeuralRestorer.Trace t : r.traces()) {
      last.put(t.from(), t);
    }
    java.util.TreeMap<Integer, String[]> out = new java.util.TreeMap<>(); // start -> {end, text}
    for (org.unspin.Edit e : r.edits()) {
      out.put(e.span().start(), new String[] {Integer.toString(e.span().end()), e.replacement()});
    }
    for (NeuralRestorer.Trace t : last.values()) {
      out.entrySet().removeIf(e -> e.getKey() < t.to() && Integer.parseInt(e.getValue()[0]) > t.from());
      String w = decision(t, weight, a);
      if (w != null) {
        out.put(t.from(), new String[] {Integer.toString(t.to()), w});
      }
    }
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    for (var e : out.entrySet()) {
      sb.append(r.input(), pos, e.getKey()).append(e.getValue()[1]);
      pos = Integer.parseInt(e.getValue()[0]);
    }
    return sb.append(r.input(), pos, r.input().length()).toString();
  }

  /** The wording re-decision {@code t} writes at {@code weight} and prior exponent {@code a}; null: none. */
  private static String decision(NeuralRestorer.Trace t, double weight, double a) {
    {
      int n = t.prior().length;
      double[] c = new double[n];
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < n; k++) {
        c[k] = a * Math.log10(Math.max(t.prior()[k], 1e-6)) + weight * t.pll()[k];
        max = Math.max(max, c[k]);
      }
      double sum = 0;
      int best = 0;
      for (int k = 0; k < n; k++) {
        sum += Math.pow(10, c[k] - max);
        if (c[k] > c[best]) {
          best = k;
        }
      }
      double post = Math.pow(10, c[best] - max) / sum;
      return !t.keep()[best] && post >= t.needed()[best] ? t.wordings().get(best) : null;
    }
  }

  /** A spun text's word tokens aligned with its original's, to judge edits by. */
  private static final class Aligned {
    final List<org.unspin.text.Token> tokens = new ArrayList<>();
    final List<String> spun;
    final List<String> orig;
    final List<org.unspin.text.TokenDiff.Hunk> hunks;

    Aligned(Pair p) {
      for (org.unspin.text.Token t : org.unspin.text.Tokenizer.tokenize(p.spun())) {
        if (!t.isSpace()) {
          tokens.add(t);
        }
      }
      spun = tokens.stream().map(t -> org.unspin.text.Words.canonical(t.text())).toList();
      orig = words(p.original());
      hunks = org.unspin.text.TokenDiff.diff(spun, orig).hunks();
    }

    List<org.unspin.text.TokenDiff.Hunk> hunks() {
      return hunks;
    }

    /** The index of the word token at or after character {@code offset}. */
    int token(int offset) {
      int i = 0;
      while (i < tokens.size() && tokens.get(i).end() <= offset) {
        i++;
      }
      return i;
    }

    private org.unspin.text.TokenDiff.Hunk hunk(int i) {
      for (org.unspin.text.TokenDiff.Hunk h : hunks) {
        if (h.aStart() <= i && i < Math.max(h.aEnd(), h.aStart() + 1)) {
          return h;
        }
      }
      return null;
    }

    /** Whether {@code e} (null: the spun words kept) at token {@code i} agrees with the original. */
    boolean right(int i, org.unspin.Edit e) {
      org.unspin.text.TokenDiff.Hunk h = hunk(i);
      if (e == null) {
        return h == null || h.aStart() == h.aEnd();
      }
      if (h == null || h.aStart() != i || token(e.span().end() - 1) + 1 != h.aEnd()) {
        return false;
      }
      return String.join(" ", words(e.replacement())).equalsIgnoreCase(
          String.join(" ", orig.subList(h.bStart(), h.bEnd())));
    }

    String reference(int i) {
      org.unspin.text.TokenDiff.Hunk h = hunk(i);
      return h == null ? "(unchanged)" : "[" + String.join(" ", spun.subList(h.aStart(), h.aEnd())) + " => "
          + String.join(" ", orig.subList(h.bStart(), h.bEnd())) + "]";
    }

    String spunAt(int i, org.unspin.Edit x, org.unspin.Edit y) {
      return "\"" + (x != null ? x.spun() : y != null ? y.spun() : spun.get(i)) + "\"";
    }
  }

  private static final boolean SHOW = Boolean.getBoolean("nb.show");

  /** The original's words aligned with the spun words of {@code e} (for reading the edits, not for scoring). */
  private static String reference(Pair pair, String input, org.unspin.Edit e) {
    if (!input.equals(pair.spun())) {
      return "(clean)";
    }
    List<org.unspin.text.Token> st = new ArrayList<>();
    for (org.unspin.text.Token t : org.unspin.text.Tokenizer.tokenize(input)) {
      if (!t.isSpace()) {
        st.add(t);
      }
    }
    List<String> a = st.stream().map(t -> org.unspin.text.Words.canonical(t.text())).toList();
    List<String> b = words(pair.original());
    int i = 0;
    while (i < st.size() && st.get(i).start() < e.span().start()) {
      i++;
    }
    for (org.unspin.text.TokenDiff.Hunk h : org.unspin.text.TokenDiff.diff(a, b).hunks()) {
      if (h.aStart() <= i && i < Math.max(h.aEnd(), h.aStart() + 1)) {
        return "[" + String.join(" ", a.subList(h.aStart(), h.aEnd())) + " => "
            + String.join(" ", b.subList(h.bStart(), h.bEnd())) + "]";
      }
    }
    return "(unchanged in the original)";
  }

  private static List<Scores> withTotal(List<Scores> rows) {
    Scores total = Scores.zero("total");
    for (Scores r : rows) {
      total = total.plus(r, "total");
    }
    List<Scores> out = new ArrayList<>(rows);
    out.add(total);
    return out;
  }

  /** Prints, per pair, the hunks where the restored text still differs from the original (n-gram | neural). */
  void diff(Path dir, NeuralSettings s) throws IOException {
    List<Pair> pairs = Pairs.find(dir, null);
    TextRestorer ngram = TextRestorer.create(decoder);
    NeuralRestorer n = neural(s);
    for (Pair p : pairs) {
      List<String> orig = words(p.original());
      for (String mode : List.of("ngram", "neural")) {
        String out = restore(p.spun(), mode.equals("ngram") ? ngram : n);
        List<String> o = words(out);
        StringBuilder sb = new StringBuilder();
        for (org.unspin.text.TokenDiff.Hunk h : org.unspin.text.TokenDiff.diff(o, orig).hunks()) {
          sb.append(" [").append(String.join(" ", o.subList(h.aStart(), h.aEnd()))).append(" => ")
              .append(String.join(" ", orig.subList(h.bStart(), h.bEnd()))).append(']');
        }
        System.out.println(p.name() + " " + mode + ":" + sb);
      }
      String clean = restore(p.original(), n);
      if (!clean.equals(p.original())) {
        List<String> o = words(clean);
        StringBuilder sb = new StringBuilder();
        for (org.unspin.text.TokenDiff.Hunk h : org.unspin.text.TokenDiff.diff(orig, o).hunks()) {
          sb.append(" [").append(String.join(" ", orig.subList(h.aStart(), h.aEnd()))).append(" -> ")
              .append(String.join(" ", o.subList(h.bStart(), h.bEnd()))).append(']');
        }
        System.out.println(p.name() + " CLEAN-CHANGED:" + sb);
      }
    }
  }

  /**
   * For every reference edit (spun -> original hunk of 1-4 words each side): whether the n-gram restorer fixed it,
   * whether the channel offers the original, and whether BERT's pseudo-likelihood prefers the original.
   */
  void diag(Path dir) throws IOException {
    List<Pair> pairs = Pairs.find(dir, null);
    TextRestorer ngram = TextRestorer.create(decoder);
    MaskedLm mlm = MaskedLm.of(BertModels.shared(store, Progress.NONE));
    int[][] counts = new int[2][4]; // [fixed?][offered? * 2 + bertPrefersOrig?]
    for (Pair p : pairs) {
      TokenizedText t = TokenizedText.of(p.spun());
      Detection d = detector.detect(t);
      String family = d.spun() ? d.spinner() : d.features().bestFamily();
      ChannelModel channel = MixedChannel.of(detector.family(family).orElse(models.families().get(0)), models.open());
      String out = restore(p.spun(), ngram);
      List<String> orig = words(p.original());
      List<String> spunW = words(p.spun());
      List<String> outW = words(out);
      var fixedHunks = new java.util.HashSet<String>();
      for (org.unspin.text.TokenDiff.Hunk h : org.unspin.text.TokenDiff.diff(spunW, outW).hunks()) {
        fixedHunks.add(h.aStart() + ":" + h.aEnd() + ":"
            + String.join(" ", outW.subList(h.bStart(), h.bEnd())).toLowerCase(Locale.ROOT));
      }
      for (org.unspin.text.TokenDiff.Hunk h : org.unspin.text.TokenDiff.diff(spunW, orig).hunks()) {
        int len = h.aEnd() - h.aStart();
        int olen = h.bEnd() - h.bStart();
        if (len < 1 || len > 4 || olen < 1 || olen > 4) {
          continue;
        }
        String o = String.join(" ", orig.subList(h.bStart(), h.bEnd()));
        String sp = String.join(" ", spunW.subList(h.aStart(), h.aEnd()));
        boolean fixed = fixedHunks.contains(h.aStart() + ":" + h.aEnd() + ":" + o.toLowerCase(Locale.ROOT));
        // sentence-local indices: use the whole text's words as the "sentence" (context window cuts it)
        boolean offered = channel.candidates(spunW, h.aStart()).stream()
            .anyMatch(c -> c.length() == len && c.original().equalsIgnoreCase(o));
        double[] pll = mlm.log10Scores(spunW, h.aStart(), len, List.of(sp, o));
        boolean bert = pll[1] > pll[0];
        counts[fixed ? 1 : 0][(offered ? 2 : 0) + (bert ? 1 : 0)]++;
        System.out.printf(Locale.ROOT, "%s %s offered=%s bert=%s %.2f [%s => %s]%n", p.name(),
            fixed ? "FIXED" : "open ", offered, bert, pll[1] - pll[0], sp, o);
      }
    }
    String[] names = {"not offered, BERT prefers spun", "not offered, BERT prefers orig",
        "offered, BERT prefers spun", "offered, BERT prefers orig"};
    for (int f = 0; f < 2; f++) {
      for (int k = 0; k < 4; k++) {
        System.out.println((f == 1 ? "fixed   " : "unfixed ") + names[k] + ": " + counts[f][k]);
      }
    }
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (org.unspin.text.Token t : org.unspin.text.Tokenizer.tokenize(text)) {
      if (!t.isSpace()) {
        out.add(org.unspin.text.Words.canonical(t.text()));
      }
    }
    return out;
  }

  /**
   * Forward-pass cost per query by batch size: {@code batch LEN B1 B2 ...} sends batches of B identical-length
   * queries (LEN pieces, one [MASK]) and prints ms per query, wall and process CPU.
   */
  static void batchCost(int[] args) throws IOException {
    BertMlm bert = BertModels.shared(Store.fromEnvironment(), Progress.NONE);
    System.out.println("BERT precision: " + bert.precision());
    WordPiece wp = bert.wordPiece();
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    java.util.Random rnd = new java.util.Random(1);
    int len = args[0];
    for (int round = 0; round < 2; round++) {
      for (int k = 1; k < args.length; k++) {
        int b = args[k];
        List<MaskedQuery> qs = new ArrayList<>();
        for (int q = 0; q < b; q++) {
          int[] ids = new int[len];
          for (int i = 1; i < len - 1; i++) {
            ids[i] = 2000 + rnd.nextInt(10000);
          }
          ids[0] = wp.clsId();
          ids[len - 1] = wp.sepId();
          ids[len / 2] = wp.maskId();
          qs.add(new MaskedQuery(ids, new int[] {len / 2}));
        }
        int reps = Math.max(2, 64 / b);
        bert.log10Probs(qs);
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        for (int r = 0; r < reps; r++) {
          bert.log10Probs(qs);
        }
        double wall = (System.nanoTime() - t0) / 1e6 / reps / b;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e6 / reps / b;
        System.out.printf(Locale.ROOT, "len %d batch %d: %.1f ms wall, %.1f ms CPU per query%n", len, b, wall, cpu);
      }
    }
  }

  void speed(Path file, NeuralSettings s) throws IOException {
    NeuralRestorer n = neural(s);
    System.out.println("BERT precision: " + BertModels.shared(store, Progress.NONE).precision());
    List<String> paras = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (!line.isBlank()) {
        paras.add(line);
      }
    }
    ChannelModel channel = MixedChannel.of(models.families().get(0), models.open());
    n.restore(TokenizedText.of(paras.get(0)), channel, p -> true);
    long words = 0;
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    long tfw0 = BertMlm.RUN_NANOS.sum();
    long tfc0 = BertMlm.RUN_CPU_NANOS.sum();
    long sm0 = BertMlm.SOFTMAX_NANOS.sum();
    String dumpTo = System.getProperty("nb.dump");
    List<String> dump = new ArrayList<>();
    for (String p : paras) {
      TokenizedText t = TokenizedText.of(p);
      words += t.tokens().stream().filter(x -> x.isLexical()).count();
      org.unspin.decode.RestoredText r = n.restore(t, channel, x -> true);
      if (dumpTo != null) {
        dump.add(r.text());
        for (org.unspin.decode.TextEdit e : r.edits()) {
          dump.add(String.format(Locale.ROOT, "  %s %s -> %s %.4f %s", e.span(), e.spun(), e.replacement(),
              e.confidence(), e.origin()));
        }
      }
    }
    if (dumpTo != null) {
      Files.write(Path.of(dumpTo), dump);
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
    Runtime rt = Runtime.getRuntime();
    System.out.printf(Locale.ROOT, "forward passes (TensorFlow session runs): %.1f s wall, %.1f s process CPU; "
        + "softmax in Java %.1f s wall%n",
        (BertMlm.RUN_NANOS.sum() - tfw0) / 1e9, (BertMlm.RUN_CPU_NANOS.sum() - tfc0) / 1e9,
        (BertMlm.SOFTMAX_NANOS.sum() - sm0) / 1e9);
    System.out.printf(Locale.ROOT, "BERT: %d forward passes, %d queries, %d pieces fed (counted from load); "
        + "%d queries asked (repeats included), %d detection queries for sentences after the budget ran out%n",
        BertMlm.PASSES.sum(), BertMlm.QUERIES.sum(), BertMlm.PIECES.sum(), QueryBatch.ADDED.sum(),
        NeuralRestorer.UNUSED_DETECTION.sum());
    System.out.printf(Locale.ROOT, "neural restore: %d paragraphs, %d words, %.1f s wall (%.2f s per 100 words), "
        + "%.1f s process CPU (%.2f CPU-s per 100 words); Java heap used %d MB%n", paras.size(), words, secs,
        secs * 100 / words, cpu, cpu * 100 / words, (rt.totalMemory() - rt.freeMemory()) >> 20);
  }

  /**
   * Detection evidence, one TSV row per document: set, name, label (1 spun), word positions, the n-gram detector's
   * P(spun) and verdict, and the edits of the neural restoration of the whole text (restore with assumeSpun) by
   * origin: neural (masked-LM proposals), thesaurus, all. Documents: the first {@code n} clean-news files (label 0),
   * the same spun by the thesaurus spinner (style A, seed 7) at each rate of {@code rates} (label 1), every file of
   * {@code unpaired} (real spun text, label 1) and the originals of {@code pairs} (label 0). Uses the command
   * line's models (api DefaultModels).
   */
  void detection(Path clean, int n, Path unpaired, Path pairs, String rates, NeuralSettings s) throws IOException {
    org.unspin.Unspinner u = org.unspin.DefaultModels.load(store, Progress.NONE,
        org.unspin.DefaultModels.Options.NONE).unspinner();
    MaskedLm mlm = MaskedLm.of(BertModels.shared(store, Progress.NONE));
    Plausibility plausibility = NeuralProvider.plausibility(store, Progress.NONE);
    org.unspin.Unspinner nu = u.withRestoring(d -> NeuralRestorer.create(d, mlm, plausibility, s));
    WordNet wn = Thesauri.wordNet(store, Progress.NONE);
    Moby moby = Thesauri.moby(store, Progress.NONE);
    List<Path> cleanFiles = list(clean, ".txt").stream().limit(n).toList();
    System.out.println("settings " + s);
    System.out.println("set\tname\tlabel\twords\tp\tspun\tneural\tthesaurus\tall");
    for (Path f : cleanFiles) {
      detectionRow(u, nu, "clean", f.getFileName().toString(), 0, Files.readString(f));
    }
    for (String r : rates.split(",")) {
      Spinner spinner = Spinner.create(ThesaurusDictionary.create(wn, moby, SpinStyle.A),
          SpinSettings.builder().seed(7).rate(Double.parseDouble(r)).build());
      for (Path f : cleanFiles) {
        detectionRow(u, nu, "spin" + r, f.getFileName().toString(), 1, spinner.spin(Files.readString(f)).spun());
      }
    }
    for (Path f : list(unpaired, ".txt")) {
      detectionRow(u, nu, "unpaired", f.getFileName().toString(), 1, Files.readString(f));
    }
    for (Path f : list(pairs, ".orig.txt")) {
      detectionRow(u, nu, "orig", f.getFileName().toString(), 0, Files.readString(f));
    }
  }

  private static List<Path> list(Path dir, String suffix) throws IOException {
    try (var st = Files.list(dir)) {
      return st.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static void detectionRow(org.unspin.Unspinner u, org.unspin.Unspinner nu, String set, String name,
      int label, String text) {
    org.unspin.DetectionResult d = u.detect(text);
    org.unspin.Restoration r = nu.restore(text, true);
    TokenizedText t = TokenizedText.of(text);
    int words = 0;
    for (org.unspin.text.Sentence sen : t.sentences()) {
      words += TextRestorer.wordTokens(t, sen).size();
    }
    long neural = r.edits().stream().filter(e -> e.origin().equals("neural")).count();
    long thesaurus = r.edits().stream().filter(e -> e.origin().equals("thesaurus")).count();
    System.out.printf(Locale.ROOT, "%s\t%s\t%d\t%d\t%.4f\t%s\t%d\t%d\t%d%n", set, name, label, words,
        d.spunProbability(), d.spun(), neural, thesaurus, r.edits().size());
  }

  /** {@code detect --neural} as the command line runs it, on each file: n-gram and neural P(spun), spans. */
  void detectionCheck(List<Path> files, NeuralSettings s) throws IOException {
    org.unspin.Unspinner u = org.unspin.DefaultModels.load(store, Progress.NONE,
        org.unspin.DefaultModels.Options.NONE).unspinner();
    MaskedLm mlm = MaskedLm.of(BertModels.shared(store, Progress.NONE));
    Plausibility plausibility = NeuralProvider.plausibility(store, Progress.NONE);
    org.unspin.Unspinner nu = u.withRestoring(d -> NeuralRestorer.create(d, mlm, plausibility, s))
        .withRestorerEvidence();
    for (Path f : files) {
      String text = Files.readString(f);
      org.unspin.DetectionResult a = u.detect(text);
      org.unspin.DetectionResult b = nu.detect(text);
      System.out.printf(Locale.ROOT, "%s\tn-gram %.4f %s %d spans\tneural %.4f %s %s %d spans (%d neural)%n", f,
          a.spunProbability(), a.spun(), a.spans().size(), b.spunProbability(), b.spun(), b.spinner(),
          b.spans().size(), b.spans().stream().filter(e -> e.origin().equals("neural")).count());
    }
  }

  /**
   * Spins clean paragraphs with the thesaurus spinner (WordNet/Moby, not the learned tables) and checks which spun
   * words the open-vocabulary detector flags: a flag is right when it overlaps a spun span.
   */
  void openVocabulary(Path cleanDir, int files, NeuralSettings s) throws IOException {
    WordNet wn = Thesauri.wordNet(store, Progress.NONE);
    Moby moby = Thesauri.moby(store, Progress.NONE);
    Spinner spinner = Spinner.create(ThesaurusDictionary.create(wn, moby, SpinStyle.values()[0]),
        SpinSettings.builder().seed(7).rate(0.3).build());
    OpenVocabularyDetector det = neural(s).detector();
    ChannelModel table = models.families().get(0);
    long flags = 0;
    long right = 0;
    long spunWords = 0;
    long found = 0;
    long outside = 0;
    long outsideFound = 0;
    List<Path> paths;
    try (var st = Files.list(cleanDir)) {
      paths = st.filter(p -> p.toString().endsWith(".txt")).sorted().limit(files).toList();
    }
    for (Path p : paths) {
      for (String para : Files.readAllLines(p)) {
        if (para.isBlank()) {
          continue;
        }
        SpinResult r = spinner.spin(para);
        TokenizedText t = TokenizedText.of(r.spun());
        for (org.unspin.text.Sentence sen : t.sentences()) {
          var wt = TextRestorer.wordTokens(t, sen);
          List<String> words = wt.stream().map(org.unspin.text.Token::text).toList();
          boolean[] spun = new boolean[words.size()];
          boolean[] inTable = new boolean[words.size()];
          for (int i = 0; i < words.size(); i++) {
            for (org.unspin.spin.Edit e : r.edits()) {
              if (wt.get(i).start() < e.spunEnd() && wt.get(i).end() > e.spunStart()) {
                spun[i] = true;
                String orig = e.original().toLowerCase(Locale.ROOT);
                inTable[i] = table.candidates(words, i).stream()
                    .anyMatch(c -> c.original().equalsIgnoreCase(orig));
              }
            }
          }
          OpenVocabularyDetector.Result res = det.detect(words, Integer.MAX_VALUE, null);
          boolean[] flagged = new boolean[words.size()];
          for (OpenVocabularyDetector.Flag f : res.flags()) {
            flags++;
            boolean ok = false;
            for (int i = f.start(); i < f.start() + f.length(); i++) {
              flagged[i] = true;
              ok |= spun[i];
            }
            right += ok ? 1 : 0;
          }
          for (int i = 0; i < words.size(); i++) {
            if (spun[i] && OpenVocabularyDetector.isContentWord(words, i)) {
              spunWords++;
              found += flagged[i] ? 1 : 0;
              if (!inTable[i]) {
                outside++;
                outsideFound += flagged[i] ? 1 : 0;
              }
            }
          }
        }
      }
    }
    System.out.println("settings " + s);
    System.out.printf(Locale.ROOT, "open-vocabulary detection: %d flags, precision %.3f; recall %.3f of %d spun "
        + "content words; recall %.3f of the %d whose original the family-A table does not propose%n", flags,
        right / (double) Math.max(1, flags), found / (double) Math.max(1, spunWords), spunWords,
        outsideFound / (double) Math.max(1, outside), outside);
  }
}
