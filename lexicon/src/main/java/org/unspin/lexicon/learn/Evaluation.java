// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lexicon.SpinnerModels;
import org.unspin.lexicon.SpinnerTable;

/**
 * The measurements of {@code docs/benchmarks.md} ("Spinner models"), as code so the numbers can be reproduced:
 * leave-one-original-out candidate coverage on spun/original pairs, and candidate recall on a tortured-phrase list
 * split by expected phrase.
 *
 * <p>A substituted span counts as covered when its original can be spelled from the candidates at the span's
 * positions: one candidate for the whole span, or a sequence of candidates and unchanged words ("nationwide
 * safety" covered by nationwide -> national and safety -> security). Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Evaluation {

  private Evaluation() {}

  /** Coverage of one test set. */
  public record Coverage(int spans, int coveredFamily, int coveredWithOpen, long tokens, long familyCandidates,
      long openCandidates, List<String> misses) {

    /** Share of spans whose original the family channel alone offers. */
    public double familyShare() {
      return spans == 0 ? 0 : coveredFamily / (double) spans;
    }

    /** Share of spans whose original the family and open channels together offer. */
    public double withOpenShare() {
      return spans == 0 ? 0 : coveredWithOpen / (double) spans;
    }

    /** Mean candidates per token from the family channel. */
    public double familyPerToken() {
      return tokens == 0 ? 0 : familyCandidates / (double) tokens;
    }

    /** Mean candidates per token from the open channel. */
    public double openPerToken() {
      return tokens == 0 ? 0 : openCandidates / (double) tokens;
    }

    Coverage plus(Coverage o) {
      List<String> m = new ArrayList<>(misses);
      m.addAll(o.misses);
      return new Coverage(spans + o.spans, coveredFamily + o.coveredFamily, coveredWithOpen + o.coveredWithOpen,
          tokens + o.tokens, familyCandidates + o.familyCandidates, openCandidates + o.openCandidates, m);
    }

    static Coverage empty() {
      return new Coverage(0, 0, 0, 0, 0, 0, List.of());
    }

    /** One line: spans, shares, candidates per token. */
    public String summary() {
      return String.format(Locale.ROOT, "spans %d, covered by family %.1f%%, with open channel %.1f%%; candidates"
          + " per token: family %.2f, open %.2f", spans, 100 * familyShare(), 100 * withOpenShare(),
          familyPerToken(), openPerToken());
    }
  }

  /** Leave-one-original-out result: per held-out group, and the total. */
  public record LooResult(Map<String, Coverage> perGroup, Coverage total) {}

  /**
   * Groups documents that share an original: the same {@link Corpus.Document#group()} (more spins of one original),
   * or originals that share at least half of the shorter one's word 8-grams (013, 014 and 015 are three spins of
   * one article; the few 8-grams that unrelated crypto columns share are site boilerplate and do not count).
   */
  public static Map<String, List<Corpus.Document>> groups(List<Corpus.Document> docs) {
    Map<String, String> parent = new HashMap<>();
    Map<String, Set<String>> grams = new LinkedHashMap<>();
    for (Corpus.Document d : docs) {
      if (d.orig().isEmpty()) {
        continue;
      }
      parent.putIfAbsent(d.group(), d.group());
      Set<String> g = grams.computeIfAbsent(d.group(), k -> new HashSet<>());
      List<String> w = Aligner.words(d.orig().get().toLowerCase(Locale.ROOT));
      for (int i = 0; i + 8 <= w.size(); i++) {
        g.add(String.join(" ", w.subList(i, i + 8)));
      }
    }
    List<String> names = new ArrayList<>(grams.keySet());
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        Set<String> gi = grams.get(names.get(i));
        Set<String> gj = grams.get(names.get(j));
        int shared = 0;
        for (String g : gi) {
          if (gj.contains(g)) {
            shared++;
          }
        }
        if (shared > 0 && shared >= 0.5 * Math.min(gi.size(), gj.size())) {
          union(parent, names.get(i), names.get(j));
        }
      }
    }
    Map<String, List<Corpus.Document>> out = new TreeMap<>();
    for (Corpus.Document d : docs) {
      if (d.orig().isPresent()) {
        String root = find(parent, d.group());
        out.computeIfAbsent(root, k -> new ArrayList<>()).add(d);
      }
    }
    // name each group by its members' groups
    Map<String, List<Corpus.Document>> named = new TreeMap<>();
    out.forEach((k, v) -> named.put(String.join("+", v.stream().map(Corpus.Document::group).distinct().sorted()
        .toList()), v));
    return named;
  }

  private static String find(Map<String, String> parent, String x) {
    while (!parent.get(x).equals(x)) {
      x = parent.get(x);
    }
    return x;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }

  /**
   * Leave one original out: for each group of {@code testFamily} documents, learn a table from all other pairs of
   * {@code trainFamily}, build the channels with {@code models}, and measure the group's coverage.
   *
   * @param docs documents with originals
   * @param family the family label documents must have to be learned from and tested (meta file), e.g. "A"
   * @param knownWord vocabulary for the learner's lemma pooling
   * @param models builds the channels from a learned table (adding rules, thesaurus)
   */
  public static LooResult leaveOneOriginalOut(List<Corpus.Document> docs, String family,
      Predicate<String> knownWord, Function<SpinnerTable, SpinnerModels> models) {
    return leaveOneOriginalOut(docs, family, SupervisedLearner.create(family, knownWord), models);
  }

  /** Like {@link #leaveOneOriginalOut(List, String, Predicate, Function)} with a configured learner. */
  public static LooResult leaveOneOriginalOut(List<Corpus.Document> docs, String family, SupervisedLearner learner,
      Function<SpinnerTable, SpinnerModels> models) {
    return leaveOneOriginalOut(docs, family, learner, UnaryOperator.identity(), models);
  }

  /**
   * Like {@link #leaveOneOriginalOut(List, String, SupervisedLearner, Function)}, with each fold's learned table
   * passed through {@code extend} before the channels are built: unsupervised entries learned from texts that share
   * no original with the held-out group ({@link UnsupervisedLearner#merge}), or morphological generalisation
   * ({@link TableGeneralizer}). {@code extend} must not look at the held-out group.
   */
  public static LooResult leaveOneOriginalOut(List<Corpus.Document> docs, String family, SupervisedLearner learner,
      UnaryOperator<SpinnerTable> extend, Function<SpinnerTable, SpinnerModels> models) {
    return leaveOneOriginalOut(docs, family, learner, (table, heldOut) -> extend.apply(table), models);
  }

  /**
   * Like {@link #leaveOneOriginalOut(List, String, SupervisedLearner, UnaryOperator, Function)}, with the held-out
   * group's documents passed to {@code extend}, which may read their spun texts (never their originals): the
   * transductive setting of a restorer that learns from the text it is given.
   */
  public static LooResult leaveOneOriginalOut(List<Corpus.Document> docs, String family, SupervisedLearner learner,
      BiFunction<SpinnerTable, List<Corpus.Document>, SpinnerTable> extend,
      Function<SpinnerTable, SpinnerModels> models) {
    Map<String, List<Corpus.Document>> groups = groups(docs);
    Map<Corpus.Document, SupervisedLearner.Aligned> aligned = new HashMap<>();
    for (Corpus.Document d : docs) {
      if (d.orig().isPresent() && Corpus.isFamily(d.family(), family)) {
        aligned.put(d, SupervisedLearner.align(d.pair()));
      }
    }
    Map<String, Coverage> per = new TreeMap<>();
    Coverage total = Coverage.empty();
    for (Map.Entry<String, List<Corpus.Document>> g : groups.entrySet()) {
      List<Corpus.Document> test = g.getValue().stream().filter(d -> Corpus.isFamily(d.family(), family)).toList();
      if (test.isEmpty()) {
        continue;
      }
      List<SupervisedLearner.Aligned> train = new ArrayList<>();
      for (Map.Entry<String, List<Corpus.Document>> o : groups.entrySet()) {
        if (!o.getKey().equals(g.getKey())) {
          o.getValue().stream().filter(aligned::containsKey).forEach(d -> train.add(aligned.get(d)));
        }
      }
      SpinnerTable table = extend.apply(learner.learnAligned(train), test);
      SpinnerModels m = models.apply(table);
      ChannelModel fam = m.family(table.family()).orElseThrow();
      Coverage c = Coverage.empty();
      for (Corpus.Document d : test) {
        c = c.plus(coverage(d, fam, m.open()));
      }
      per.put(g.getKey(), c);
      total = total.plus(c);
    }
    return new LooResult(per, total);
  }

  /** Coverage of one pair's anchored substitutions under the given channels. */
  public static Coverage coverage(Corpus.Document d, ChannelModel family, ChannelModel open) {
    TextWords s = TextWords.of(d.spun());
    TextWords o = TextWords.of(d.orig().orElseThrow());
    Aligner.Alignment a = Aligner.align(s.words(), o.words());
    List<String> words = s.words();
    List<List<Candidate>> fam = new ArrayList<>(words.size());
    List<List<Candidate>> opn = new ArrayList<>(words.size());
    long famCount = 0;
    long openCount = 0;
    for (int i = 0; i < words.size(); i++) {
      fam.add(family.candidates(words, i));
      opn.add(open.candidates(words, i));
      famCount += fam.get(i).size();
      openCount += opn.get(i).size();
    }
    int spans = 0;
    int covF = 0;
    int covO = 0;
    List<String> misses = new ArrayList<>();
    for (Aligner.Block b : a.anchoredSwaps()) {
      spans++;
      Aligner.Block run = swapRun(a, b);
      boolean f = reachableAround(a, b, fam, null) || !run.equals(b) && reachableAround(a, run, fam, null);
      boolean w = f || reachableAround(a, b, fam, opn) || !run.equals(b) && reachableAround(a, run, fam, opn);
      covF += f ? 1 : 0;
      covO += w ? 1 : 0;
      if (!w) {
        misses.add(d.name() + ": " + a.spunText(b) + " <- " + a.origText(b));
      }
    }
    return new Coverage(spans, covF, covO, words.size(), famCount, openCount, misses);
  }

  /**
   * The swaps next to one another that {@code b} is part of, as one block: where two swaps meet with no kept token
   * between them, where one ends is the aligner's guess ("value in the direction" / "price" and "of" / "towards" for
   * "value" / "price" and "in the direction of" / "towards"), so the run is also tested whole.
   */
  static Aligner.Block swapRun(Aligner.Alignment a, Aligner.Block b) {
    List<Aligner.Block> blocks = a.blocks();
    int k = blocks.indexOf(b);
    int first = k;
    while (first > 0 && blocks.get(first - 1).kind() == Aligner.Kind.SWAP) {
      first--;
    }
    int last = k;
    while (last + 1 < blocks.size() && blocks.get(last + 1).kind() == Aligner.Kind.SWAP) {
      last++;
    }
    if (first == last) {
      return b;
    }
    Aligner.Block f = blocks.get(first);
    Aligner.Block l = blocks.get(last);
    return new Aligner.Block(Aligner.Kind.SWAP, f.spunFrom(), l.spunTo(), f.origFrom(), l.origTo());
  }

  /**
   * Whether the block's original can be spelled from the candidates, allowing the span to take in up to
   * {@value #CONTEXT} unchanged tokens on each side: "Chinese language individuals" aligned as Chinese + swap
   * ("language individuals" for "people") is restored by "Chinese language" -> Chinese and individuals -> people.
   */
  static boolean reachableAround(Aligner.Alignment a, Aligner.Block b, List<List<Candidate>> c1,
      List<List<Candidate>> c2) {
    List<String> spun = a.spun();
    List<String> orig = a.orig();
    for (int left = 0; left <= CONTEXT; left++) {
      for (int right = 0; right <= CONTEXT; right++) {
        int sf = b.spunFrom() - left;
        int st = b.spunTo() + right;
        int of = b.origFrom() - left;
        int ot = b.origTo() + right;
        if (sf < 0 || of < 0 || st > spun.size() || ot > orig.size()) {
          continue;
        }
        if (!sameLower(spun.subList(sf, b.spunFrom()), orig.subList(of, b.origFrom()))
            || !sameLower(spun.subList(b.spunTo(), st), orig.subList(b.origTo(), ot))) {
          continue;
        }
        if (reachable(spun, sf, st, lower(orig.subList(of, ot)), c1, c2)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Unchanged tokens a covered span may take in on each side. */
  static final int CONTEXT = 2;

  private static boolean sameLower(List<String> x, List<String> y) {
    return lower(x).equals(lower(y));
  }

  /**
   * Whether {@code target} (lower-case tokens) can be spelled from spun tokens [from, to) by a sequence of kept
   * tokens and candidates (from {@code c1}, and {@code c2} when not null) that lie inside the span.
   */
  static boolean reachable(List<String> words, int from, int to, List<String> target, List<List<Candidate>> c1,
      List<List<Candidate>> c2) {
    int n = to - from;
    int m = target.size();
    boolean[][] ok = new boolean[n + 1][m + 1];
    ok[0][0] = true;
    for (int k = 0; k < n; k++) {
      for (int t = 0; t <= m; t++) {
        if (!ok[k][t]) {
          continue;
        }
        if (t < m && words.get(from + k).toLowerCase(Locale.ROOT).equals(target.get(t))) {
          ok[k + 1][t + 1] = true;
        }
        step(c1.get(from + k), k, t, n, target, ok);
        if (c2 != null) {
          step(c2.get(from + k), k, t, n, target, ok);
        }
      }
    }
    return ok[n][m];
  }

  private static void step(List<Candidate> cands, int k, int t, int n, List<String> target, boolean[][] ok) {
    for (Candidate c : cands) {
      if (k + c.length() > n) {
        continue;
      }
      List<String> orig = Aligner.words(c.original().toLowerCase(Locale.ROOT));
      if (t + orig.size() <= target.size() && target.subList(t, t + orig.size()).equals(orig)) {
        ok[k + c.length()][t + orig.size()] = true;
      }
    }
  }

  /**
   * Agreement of an unsupervised table with a supervised one, comparing surface entries as lower-case (original,
   * spun) pairs. "Judgeable" entries are those whose original the supervised table lists at all (for the others it
   * has no evidence either way).
   */
  public record EntryAgreement(int unsupervised, int judgeable, int supervised, int supervisedReliable, int agree,
      int agreeReliable) {

    /** Share of unsupervised entries that the supervised table also has. */
    public double precision() {
      return unsupervised == 0 ? 0 : agree / (double) unsupervised;
    }

    /** Share of judgeable unsupervised entries that the supervised table also has. */
    public double judgeablePrecision() {
      return judgeable == 0 ? 0 : agree / (double) judgeable;
    }

    /** Share of supervised entries that the unsupervised table found. */
    public double recall() {
      return supervised == 0 ? 0 : agree / (double) supervised;
    }

    /** Share of supervised entries seen at least twice that the unsupervised table found. */
    public double recallReliable() {
      return supervisedReliable == 0 ? 0 : agreeReliable / (double) supervisedReliable;
    }

    /** One line summary. */
    public String summary() {
      return String.format(Locale.ROOT, "unsupervised entries %d (%d judgeable), supervised %d (%d seen twice or "
          + "more): precision %.1f%% (judgeable %.1f%%), recall %.1f%%, recall of entries seen twice or more %.1f%%",
          unsupervised, judgeable, supervised, supervisedReliable, 100 * precision(), 100 * judgeablePrecision(),
          100 * recall(), 100 * recallReliable());
    }
  }

  /** Compares the surface entries of two tables ({@link EntryAgreement}). */
  public static EntryAgreement agreement(SpinnerTable sup, SpinnerTable uns) {
    Set<String> s = new HashSet<>();
    Set<String> s2 = new HashSet<>();
    Set<String> originals = new HashSet<>();
    for (org.unspin.lexicon.TableEntry e : sup.entries()) {
      if (e.level() == org.unspin.lexicon.TableEntry.Level.SURFACE) {
        String o = e.original().toLowerCase(Locale.ROOT);
        String k = o + "\t" + e.spun().toLowerCase(Locale.ROOT);
        s.add(k);
        originals.add(o);
        if (e.count() >= 2) {
          s2.add(k);
        }
      }
    }
    Set<String> u = new HashSet<>();
    int judgeable = 0;
    for (org.unspin.lexicon.TableEntry e : uns.entries()) {
      String o = e.original().toLowerCase(Locale.ROOT);
      if (e.level() == org.unspin.lexicon.TableEntry.Level.SURFACE
          && u.add(o + "\t" + e.spun().toLowerCase(Locale.ROOT)) && originals.contains(o)) {
        judgeable++;
      }
    }
    int agree = 0;
    int agree2 = 0;
    for (String k : u) {
      agree += s.contains(k) ? 1 : 0;
      agree2 += s2.contains(k) ? 1 : 0;
    }
    return new EntryAgreement(u.size(), judgeable, s.size(), s2.size(), agree, agree2);
  }

  /** The supervised table of {@code family}'s pairs. */
  public static SpinnerTable supervised(List<Corpus.Document> pairs, String family, Predicate<String> knownWord) {
    List<Corpus.Document> docs = pairs.stream().filter(d -> d.orig().isPresent()
        && Corpus.isFamily(d.family(), family)).toList();
    return SupervisedLearner.create(family, knownWord).learn(docs.stream().map(Corpus.Document::pair).toList());
  }

  /**
   * Learns a supervised table from the pairs and an unsupervised one from their spun halves only, and compares
   * them.
   */
  public static EntryAgreement unsupervisedVsSupervised(List<Corpus.Document> pairs, String family,
      Predicate<String> knownWord, UnsupervisedLearner learner) {
    List<Corpus.Document> docs = pairs.stream().filter(d -> d.orig().isPresent()
        && Corpus.isFamily(d.family(), family)).toList();
    SpinnerTable uns = learner.learn(docs.stream().map(Corpus.Document::spun).toList());
    return agreement(supervised(pairs, family, knownWord), uns);
  }

  /** Tortured-phrase candidate recall: one row per held-out (tortured, expected) pair. */
  public record PhraseRecall(int rows, int coveredTable, int coveredWithOpen, int trainRows, List<String> misses) {

    /** Share of test rows whose expected phrase the learned word table (plus rules) offers. */
    public double tableShare() {
      return rows == 0 ? 0 : coveredTable / (double) rows;
    }

    /** Share with the open (thesaurus) channel added. */
    public double withOpenShare() {
      return rows == 0 ? 0 : coveredWithOpen / (double) rows;
    }

    /** One line summary. */
    public String summary() {
      return String.format(Locale.ROOT, "train %d rows, test %d rows: expected phrase among candidates %.1f%% "
          + "(learned table), %.1f%% (with open channel)", trainRows, rows, 100 * tableShare(),
          100 * withOpenShare());
    }
  }

  /** True for rows whose expected phrase falls in the held-out half (a stable hash of the expected phrase). */
  public static boolean heldOut(String expected) {
    int h = 0;
    for (char c : expected.toLowerCase(Locale.ROOT).toCharArray()) {
      h = h * 31 + c;
    }
    return (Integer.rotateLeft(h * 0x9E3779B9, 7) & 1) == 1;
  }

  /**
   * Learns a word-level table ({@link PhraseLists#wordTable}) from the rows whose expected phrase is not held out
   * ({@link PhraseLists#heldOut}), then measures on the held-out rows whether one spelling of the expected phrase
   * ({@link PhraseLists.Row#expectedForms()}) can be spelled from the candidates of the learned table (with rules,
   * and the hyphenated words its entries spell part by part, {@link PhraseLists#compoundSource}) and of the open
   * channel.
   */
  public static PhraseRecall phraseRecall(List<PhraseLists.Row> rows, Predicate<String> knownWord,
      Function<SpinnerTable, SpinnerModels> models) {
    return phraseRecall(rows, knownWord, models, null);
  }

  /**
   * As {@link #phraseRecall(List, Predicate, Function)}, with the learned table's candidates joined by the terms the
   * training rows name ({@link PhraseLists#termSource}, thesaurus {@code neighbours}; none when null), as
   * {@code restore --phrases} has them.
   */
  public static PhraseRecall phraseRecall(List<PhraseLists.Row> rows, Predicate<String> knownWord,
      Function<SpinnerTable, SpinnerModels> models, Function<String, Set<String>> neighbours) {
    return phraseRecall(rows, knownWord, models, neighbours, null);
  }

  /**
   * As {@link #phraseRecall(List, Predicate, Function, Function)}, with {@code extra}'s candidates counted beside the
   * learned table's (none when null): {@code restore --phrases} also proposes the pairs of neighbours the language
   * model knows as collocations ({@link PhraseLists#collocationSource}).
   */
  public static PhraseRecall phraseRecall(List<PhraseLists.Row> rows, Predicate<String> knownWord,
      Function<SpinnerTable, SpinnerModels> models, Function<String, Set<String>> neighbours,
      org.unspin.lexicon.CandidateSource extra) {
    List<PhraseLists.Row> train = new ArrayList<>();
    List<PhraseLists.Row> test = new ArrayList<>();
    for (PhraseLists.Row r : rows) {
      (PhraseLists.heldOut(r) ? test : train).add(r);
    }
    SpinnerTable table = PhraseLists.wordTable(train, knownWord);
    SpinnerModels m = models.apply(table);
    ChannelModel fam = m.family(PhraseLists.FAMILY).orElseThrow();
    org.unspin.lexicon.CandidateSource terms = neighbours == null ? null
        : PhraseLists.termSource(train, neighbours, PhraseLists.TERM_LOG10_CHANNEL);
    // the hyphenated words whose parts the table's entries replace, as restoration's word source proposes them
    org.unspin.lexicon.CandidateSource compounds = PhraseLists.compoundSource(PhraseLists.WordRoles.of(train), table,
        knownWord);
    int covT = 0;
    int covO = 0;
    List<String> misses = new ArrayList<>();
    for (PhraseLists.Row r : test) {
      List<String> words = Aligner.words(r.torturedText());
      List<List<Candidate>> f = new ArrayList<>();
      List<List<Candidate>> o = new ArrayList<>();
      for (int i = 0; i < words.size(); i++) {
        List<Candidate> fc = new ArrayList<>(fam.candidates(words, i));
        compounds.propose(words, i, PhraseLists.FAMILY, fc);
        if (terms != null) {
          terms.propose(words, i, PhraseLists.FAMILY, fc);
        }
        if (extra != null) {
          extra.propose(words, i, PhraseLists.FAMILY, fc);
        }
        f.add(fc);
        o.add(m.open().candidates(words, i));
      }
      boolean t = false;
      boolean w = false;
      for (String form : r.expectedForms()) {
        List<String> target = lower(Aligner.words(form));
        t |= reachable(words, 0, words.size(), target, f, null);
        w |= t || reachable(words, 0, words.size(), target, f, o);
      }
      covT += t ? 1 : 0;
      covO += w ? 1 : 0;
      if (!w) {
        misses.add(r.torturedText() + " -> " + r.expected());
      }
    }
    return new PhraseRecall(test.size(), covT, covO, train.size(), misses);
  }

  private static List<String> lower(List<String> ws) {
    List<String> out = new ArrayList<>(ws.size());
    for (String w : ws) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
