// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.unspin.lexicon.Inflections;
import org.unspin.lexicon.KeepEntry;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.TableEntry;

/**
 * Learns a spinner table from spun text alone, by frequency analysis against clean text and EM.
 *
 * <ol>
 *   <li><b>Over- and under-represented words.</b> Every word of 3 letters or more that starts with a letter (and
 *       2- to 3-word phrase of such words the thesaurus lists) gets a
 *       z-score of its log frequency ratio, spun text against clean text: spinner outputs ("mentioned",
 *       "additionally", "throughout") are over-represented, the words they replace ("said", "also", "during")
 *       under-represented, because the spinner removes them. Longer phrases ("not too long ago"), phrases the
 *       thesaurus does not list and forms starting with a digit ("12 months") are never considered.
 *   <li><b>Links.</b> An over-represented spun form s is linked to an original o when o is a thesaurus neighbour of
 *       s (directly, or through its lemma re-inflected: "officers" -> officer -> official -> "officials"), o is
 *       under-represented in the spun text, and the words around s in the spun text resemble the words around o in
 *       the clean text (cosine of neighbour counts).
 *   <li><b>Language model</b> (optional, {@link #withContextScorer}). Each thesaurus neighbour and derivational
 *       relative ("robotic" / "robot") of an over-represented form is put in place of its every occurrence; the
 *       model must prefer it clearly (mean log10 gain at least {@value #LM_MIN_GAIN}, in three quarters of the
 *       occurrences, and not less than its context-free advantage minus {@value #LM_MAX_PMI_LOSS}), and it must be
 *       scarce in the spun text. This links pairs the deficit tests reject ("asked" -> "requested").
 *   <li><b>EM.</b> Each spun token s was written for some original o in {s} plus its linked originals, with the
 *       clean-text unigram prior P(o) and channel P(s | o). E-step: posterior of each o for each spun word type;
 *       M-step: P(s | o) = expected count(o -> s) / expected count(o). Deficits do the work: "said" is common in
 *       news but nearly absent from family-A text, so its probability mass moves to "mentioned" and "stated".
 *   <li>Entries with P(s | o) at least {@value #MIN_PROBABILITY} and expected count at least
 *       {@value #MIN_COUNT} are kept, with the EM keep probabilities of their originals.
 * </ol>
 *
 * <p>Instances are immutable and thread-safe (with a language model: as thread-safe as its {@link ContextScorer}).
 *
 * @since 0.1
 */
public final class UnsupervisedLearner {

  /** Smallest P(spun | original) kept in the table. */
  public static final double MIN_PROBABILITY = 0.05;
  /** Smallest expected substitution count kept in the table. */
  public static final double MIN_COUNT = 1.0;

  /**
   * Thresholds of the frequency analysis.
   *
   * @param minSpunCount a spun form must occur at least this often (higher: fewer, surer links)
   * @param minRatio its rate in spun text must be at least this multiple of its clean rate
   * @param minZ and the z-score of that ratio at least this
   * @param maxObservedShare an original must occur in the spun text at most this share of its expected count
   * @param minExpected and be expected there at least this often
   * @param minContext smallest context cosine between spun form and original (0 disables the filter)
   * @param minCleanDf with clean texts: an original must occur in at least this share of clean documents, and in
   *     at most {@code maxObservedShare} times that share of spun documents (a deficit no topic explains)
   * @param iterations EM iterations
   */
  public record Settings(int minSpunCount, double minRatio, double minZ, double maxObservedShare,
      double minExpected, double minContext, double minCleanDf, int iterations) {

    /** The defaults measured in {@code docs/benchmarks.md}. */
    public static Settings defaults() {
      return new Settings(3, 3.0, 2.0, 0.35, 2.0, 0.05, 0.1, 30);
    }
  }

  private final String family;
  private final Map<String, Integer> clean;
  private final Function<String, Collection<String>> neighbours;
  private final Function<String, Boolean> contains;
  private final Settings settings;

  UnsupervisedLearner(String family, Map<String, Integer> clean, Function<String, Collection<String>> neighbours,
      Function<String, Boolean> contains, Settings settings) {
    this.family = family;
    this.clean = Map.copyOf(clean);
    this.neighbours = neighbours;
    this.contains = contains;
    this.settings = settings;
  }

  /**
   * @param family the family name of the learned table
   * @param cleanCounts lower-case word counts of clean text of the same genre (news)
   * @param neighbours thesaurus neighbours of a lower-case term
   * @param contains whether the thesaurus knows a lower-case term
   */
  public static UnsupervisedLearner create(String family, Map<String, Integer> cleanCounts,
      Function<String, Collection<String>> neighbours, Function<String, Boolean> contains) {
    return create(family, cleanCounts, neighbours, contains, Settings.defaults());
  }

  /** Like {@link #create(String, Map, Function, Function)} with explicit thresholds. */
  public static UnsupervisedLearner create(String family, Map<String, Integer> cleanCounts,
      Function<String, Collection<String>> neighbours, Function<String, Boolean> contains, Settings settings) {
    return new UnsupervisedLearner(family, cleanCounts, neighbours, contains, settings);
  }

  /** Smallest mean log10 gain of the language model over a form's occurrences for an LM link. */
  static final double LM_MIN_GAIN = 1.0;
  /** Share of a form's occurrences where the original must score better than the spun form. */
  static final double LM_MIN_AGREEMENT = 0.75;
  /** Extra mean gain asked of an original per word it is shorter than the spun form. */
  static final double LM_GAIN_PER_WORD = 1.5;
  /**
   * Most the context gain may fall short of the original's context-free advantage (log10 P(o) - log10 P(s) under
   * the same model).
   */
  static final double LM_MAX_PMI_LOSS = 0.5;
  /** An LM-linked original may occur in the spun text at most this share of its clean-rate expectation. */
  static final double LM_MAX_OBSERVED_SHARE = 0.5;
  /** Spun forms one original may be linked to by the language model step (those it fits best). */
  static final int LM_FORMS_PER_ORIGINAL = 3;
  /** The context weight of an LM link in EM (in place of the neighbour cosine of step 3). */
  static final double LM_CONTEXT = 0.9;

  /** A learned link with its statistics, for reports. */
  public record Link(String original, String spun, double context) {}

  /** Share of a text's word 4-grams another must contain for the two to count as spins of one original. */
  static final double SAME_ORIGINAL = 0.5;

  /**
   * One text per group of spins of the same original (the longest): eight spins of one article would otherwise
   * make its topic words look like spinner output.
   */
  static List<String> oneSpinPerOriginal(List<String> texts) {
    List<Set<String>> grams = new ArrayList<>();
    for (String t : texts) {
      List<String> w = Aligner.words(t.toLowerCase(Locale.ROOT));
      Set<String> g = new HashSet<>();
      for (int i = 0; i + 4 <= w.size(); i++) {
        g.add(String.join(" ", w.subList(i, i + 4)));
      }
      grams.add(g);
    }
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      boolean merged = false;
      for (int k = 0; k < kept.size() && !merged; k++) {
        int j = kept.get(k);
        int shared = 0;
        for (String g : grams.get(i)) {
          if (grams.get(j).contains(g)) {
            shared++;
          }
        }
        int min = Math.min(grams.get(i).size(), grams.get(j).size());
        if (min > 0 && shared >= SAME_ORIGINAL * min) {
          merged = true;
          if (texts.get(i).length() > texts.get(j).length()) {
            kept.set(k, i);
          }
        }
      }
      if (!merged) {
        kept.add(i);
      }
    }
    List<String> out = new ArrayList<>();
    for (int i : kept) {
      out.add(texts.get(i));
    }
    return out;
  }

  /**
   * Learns a table from spun texts. Spins of the same original (sharing half their word 4-grams) count once:
   * only the longest of each group is used.
   */
  public SpinnerTable learn(List<String> allSpunTexts) {
    List<String> spunTexts = oneSpinPerOriginal(allSpunTexts);
    Map<String, Integer> spun = new HashMap<>();
    Map<String, Map<String, Integer>> spunContext = new HashMap<>();
    List<List<String>> docs = new ArrayList<>();
    List<List<String>> casedDocs = new ArrayList<>();
    long nSpun = 0;
    for (String t : spunTexts) {
      List<String> ws = new ArrayList<>();
      List<String> cased = Aligner.words(t);
      for (String w : cased) {
        ws.add(w.toLowerCase(Locale.ROOT));
      }
      docs.add(ws);
      casedDocs.add(cased);
      for (int i = 0; i < ws.size(); i++) {
        String w = ws.get(i);
        if (!isWord(w)) {
          continue;
        }
        nSpun++;
        spun.merge(w, 1, Integer::sum);
        for (int len = 2; len <= 3 && i + len <= ws.size(); len++) {
          String p = String.join(" ", ws.subList(i, i + len));
          if (ws.subList(i, i + len).stream().allMatch(UnsupervisedLearner::isWord)) {
            spun.merge(p, 1, Integer::sum);
          }
        }
      }
    }
    Map<String, Integer> spunDf = new HashMap<>();
    for (List<String> ws : docs) {
      for (String w : new HashSet<>(ws)) {
        spunDf.merge(w, 1, Integer::sum);
      }
    }
    boolean useDf = cleanDocs > 0;
    long nClean = 0;
    for (Map.Entry<String, Integer> e : clean.entrySet()) {
      nClean += e.getValue();
    }
    // 1. over-represented spun forms
    Set<String> over = new LinkedHashSet<>();
    for (Map.Entry<String, Integer> e : spun.entrySet()) {
      String s = e.getKey();
      int cs = e.getValue();
      if (cs < settings.minSpunCount() || s.length() < 3) {
        continue; // too rare, or too short to tell a spinner's word from an abbreviation ("v", "st")
      }
      if (s.indexOf(' ') >= 0 && !contains.apply(s)) {
        continue;
      }
      int cc = phraseCleanCount(s);
      double ratio = ((cs + 0.5) / nSpun) / ((cc + 0.5) / nClean);
      boolean spread = !useDf || s.indexOf(' ') >= 0 || spunDf.getOrDefault(s, 0) / (double) docs.size()
          >= settings.minRatio() * (cleanDf.getOrDefault(s, 0) + 0.5) / cleanDocs;
      if (spread && ratio >= settings.minRatio() && z(cs, nSpun, cc, nClean) >= settings.minZ()) {
        over.add(s);
      }
    }
    // context vectors: neighbours of spun forms in spun text
    Map<String, Map<String, Integer>> ctxSpun = contexts(docs, over);
    // 2. links
    Map<String, Set<String>> inv = new HashMap<>(); // spun -> originals
    Set<String> originals = new HashSet<>();
    for (String s : over) {
      for (String o : candidates(s)) {
        if (o.equals(s) || o.indexOf(' ') >= 0 && TableEntry.MAX_TOKENS < o.split(" ").length) {
          continue;
        }
        int co = phraseCleanCount(o);
        if (co < 2) {
          continue;
        }
        double expected = co * (double) nSpun / nClean;
        int observed = spun.getOrDefault(o, 0);
        if (observed > settings.maxObservedShare() * expected || expected < settings.minExpected()) {
          continue; // not missing from the spun text
        }
        if (useDf && o.indexOf(' ') < 0) {
          // topic-robust deficit: o is in many clean documents but few spun ones ("said", "also", not "rate")
          double dfc = cleanDf.getOrDefault(o, 0) / (double) cleanDocs;
          double dfs = spunDf.getOrDefault(o, 0) / (double) docs.size();
          if (dfc < settings.minCleanDf() || dfs > settings.maxObservedShare() * dfc) {
            continue;
          }
        }
        inv.computeIfAbsent(s, k -> new LinkedHashSet<>()).add(o);
        originals.add(o);
      }
    }
    Map<String, Map<String, Integer>> ctxClean = cleanContexts(originals);
    Map<String, Double> context = new HashMap<>();
    inv.forEach((s, os) -> {
      for (String o : os) {
        context.put(o + "\t" + s, cosine(ctxSpun.get(s), ctxClean.get(o)));
      }
    });
    if (settings.minContext() > 0 && !cleanContextStore.isEmpty()) {
      inv.forEach((s, os) -> os.removeIf(o -> context.get(o + "\t" + s) < settings.minContext()));
      pruned(inv, originals);
    }
    // 2b. language model in context: thesaurus and derivational originals the deficit tests of step 2 were too
    // strict for, kept when the model clearly prefers them where the spun form stands
    Set<String> lmLinked = new HashSet<>();
    if (scorer != null) {
      Map<String, Boolean> scarce = new HashMap<>();
      Map<String, int[]> cases = caseCounts(spunTexts);
      Map<String, Double> proposed = new HashMap<>(); // o \t s -> mean gain
      for (String s : over) {
        if (!capitalised(s, cases)) { // a name ("Prigozhin") is not spinner output
          proposed.putAll(lmOriginals(s, docs, scarce, spun, nSpun, nClean));
        }
      }
      // each original keeps only the forms it explains best: a common word that fits anywhere is not their origin
      Map<String, List<Map.Entry<String, Double>>> byOriginal = new HashMap<>();
      proposed.entrySet().forEach(e -> byOriginal.computeIfAbsent(e.getKey().substring(0, e.getKey().indexOf('\t')),
          k -> new ArrayList<>()).add(e));
      for (List<Map.Entry<String, Double>> es : byOriginal.values()) {
        es.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Double> e : es.subList(0, Math.min(LM_FORMS_PER_ORIGINAL, es.size()))) {
          String[] f = e.getKey().split("\t");
          if (inv.computeIfAbsent(f[1], k -> new LinkedHashSet<>()).add(f[0])) {
            originals.add(f[0]);
            lmLinked.add(e.getKey());
            context.put(e.getKey(), LM_CONTEXT);
          }
        }
      }
    }
    // 2c. masked language model: a link stays only where the original fits the spun form's places better
    int mlmDropped = 0;
    if (masked != null) {
      for (Map.Entry<String, Set<String>> e : inv.entrySet()) {
        mlmDropped += e.getValue().size();
        e.getValue().retainAll(mlmFitting(e.getKey(), e.getValue(), docs, casedDocs));
        mlmDropped -= e.getValue().size();
      }
      pruned(inv, originals);
    }
    // 3. EM
    Map<String, Double> theta = new HashMap<>(); // o \t s -> P(s | o)
    Map<String, Double> keep = new HashMap<>();
    for (String o : originals) {
      keep.put(o, 0.5);
    }
    inv.forEach((s, os) -> {
      for (String o : os) {
        theta.put(o + "\t" + s, 0.5 / Math.max(1, countLinks(inv, o)));
      }
    });
    Map<String, Double> expectedSub = new HashMap<>();
    Map<String, Double> expectedKeep = new HashMap<>();
    for (int it = 0; it < settings.iterations(); it++) {
      expectedSub.clear();
      expectedKeep.clear();
      // originals' own spun occurrences: kept
      for (String o : originals) {
        expectedKeep.merge(o, (double) spun.getOrDefault(o, 0), Double::sum);
      }
      for (Map.Entry<String, Set<String>> e : inv.entrySet()) {
        String s = e.getKey();
        int cs = spun.get(s);
        double pKeepS = prior(s, nClean) * keep.getOrDefault(s, 1.0);
        double z = pKeepS;
        Map<String, Double> w = new HashMap<>();
        for (String o : e.getValue()) {
          double ctx = 0.1 + context.getOrDefault(o + "\t" + s, 0.0);
          double v = prior(o, nClean) * theta.get(o + "\t" + s) * ctx;
          w.put(o, v);
          z += v;
        }
        for (Map.Entry<String, Double> x : w.entrySet()) {
          expectedSub.merge(x.getKey() + "\t" + s, cs * x.getValue() / z, Double::sum);
        }
      }
      Map<String, Double> total = new HashMap<>(expectedKeep);
      expectedSub.forEach((k, v) -> total.merge(k.substring(0, k.indexOf('\t')), v, Double::sum));
      for (String k : theta.keySet()) {
        String o = k.substring(0, k.indexOf('\t'));
        double t = total.getOrDefault(o, 0.0) + 0.5;
        theta.put(k, Math.max(1e-6, expectedSub.getOrDefault(k, 0.0) / t));
      }
      for (String o : originals) {
        double t = total.getOrDefault(o, 0.0) + 0.5;
        keep.put(o, Math.max(1e-3, (expectedKeep.getOrDefault(o, 0.0) + 0.25) / t));
      }
    }
    SpinnerTable.Builder table = SpinnerTable.builder(family);
    Set<String> listedOriginals = new HashSet<>();
    for (Map.Entry<String, Double> e : theta.entrySet()) {
      double count = expectedSub.getOrDefault(e.getKey(), 0.0);
      if (e.getValue() < MIN_PROBABILITY || count < MIN_COUNT) {
        continue;
      }
      String[] f = e.getKey().split("\t");
      table.add(new TableEntry(TableEntry.Level.SURFACE, f[0], f[1], Math.min(1.0, e.getValue()),
          (int) Math.round(count)));
      listedOriginals.add(f[0]);
    }
    for (String o : listedOriginals) {
      if (o.indexOf(' ') < 0) {
        table.keep(new KeepEntry(o, Math.min(1.0, keep.get(o)), (int) Math.round(phraseCleanCount(o))));
      }
    }
    table.defaultKeep(0.97);
    // a docs audit's 12 texts, spins of one template, read "from 1 spun texts" with nothing said of the other 11
    int merged = allSpunTexts.size() - spunTexts.size();
    table.metadata("learned", "unsupervised from " + spunTexts.size() + " spun texts"
        + (merged == 0 ? "" : " (of " + allSpunTexts.size() + ": " + merged + " left out as spins of the same text)")
        + ", " + nSpun + " tokens, "
        + over.size() + " over-represented forms, " + theta.size() + " links"
        + (scorer == null ? "" : " (" + lmLinked.size() + " from the language model)")
        + (masked == null ? "" : ", " + mlmDropped + " dropped by the masked language model"));
    return table.build();
  }

  /**
   * Weight of unsupervised entries merged into a supervised table ({@link #merge}): about a third of them agree with
   * it, so they enter weakly enough that only clear language-model evidence makes a decoder use them.
   */
  public static final double MERGE_WEIGHT = 0.2;

  /** Smallest probability a merged entry keeps ({@link #merge}); one scaled below it is left out. */
  static final double MIN_MERGED_PROBABILITY = 1e-4;

  /**
   * The supervised table plus the unsupervised entries for spun forms it does not list, their probabilities
   * multiplied by {@code weight}; keep probabilities of their originals come from {@code uns} where {@code sup} has
   * none. Where an original's surface entries and keep probability would then pass 1, the merged ones are scaled
   * down to the mass the supervised ones leave (and left out when none is left).
   */

  public static SpinnerTable merge(SpinnerTable sup, SpinnerTable uns, double weight) {
    Set<String> spunForms = new HashSet<>();
    sup.entries().forEach(e -> spunForms.add(e.spun().toLowerCase(Locale.ROOT)));
    SpinnerTable.Builder b = sup.toBuilder();
    b.metadata("merged", uns.metadata().getOrDefault("learned", "unsupervised"));
    // an original's surface entries and keep probability sum to at most 1 (docs/formats/spinner-table.md): the
    // merged entries share what the supervised ones leave, scaled down where they would pass it
    Map<String, Double> used = new HashMap<>();
    sup.entries().stream().filter(e -> e.level() == TableEntry.Level.SURFACE)
        .forEach(e -> used.merge(e.original(), e.probability(), Double::sum));
    sup.keep().values().forEach(k -> used.merge(k.word(), k.probability(), Double::sum));
    List<TableEntry> added = new ArrayList<>();
    Map<String, Double> addedMass = new HashMap<>();
    for (TableEntry e : uns.entries()) {
      if (!spunForms.contains(e.spun())) {
        TableEntry w = new TableEntry(e.level(), e.original(), e.spun(), e.probability() * weight, e.count());
        added.add(w);
        addedMass.merge(w.original(), w.probability() + (sup.keep(e.original()).isEmpty()
            ? uns.keep(e.original()).map(KeepEntry::probability).orElse(0.0) : 0.0), Double::sum);
      }
    }
    for (TableEntry w : added) {
      double room = Math.max(0, 1 - used.getOrDefault(w.original(), 0.0));
      double scale = Math.min(1, room / addedMass.get(w.original()));
      if (scale * w.probability() < MIN_MERGED_PROBABILITY) {
        continue; // no mass left for it beside what the pairs saw
      }
      b.add(new TableEntry(w.level(), w.original(), w.spun(), scale * w.probability(), w.count()));
      if (sup.keep(w.original()).isEmpty()) {
        uns.keep(w.original()).map(k -> new KeepEntry(k.word(), Math.max(MIN_MERGED_PROBABILITY,
            scale * k.probability()), k.count())).ifPresent(b::keep);
      }
    }
    return b.build();
  }

  /**
   * Originals for spun form {@code s} proposed by the language model: each thesaurus neighbour and derivational
   * relative is put in place of every occurrence of {@code s}, two words of context on each side, and kept when it
   * passes {@link #lmGains}. At most two originals, within 0.5 of the best gain. Keys are "original TAB spun".
   */
  Map<String, Double> lmOriginals(String s, List<List<String>> docs, Map<String, Boolean> scarce,
      Map<String, Integer> spun, long nSpun, long nClean) {
    Set<String> proposals = new LinkedHashSet<>(candidates(s));
    if (s.indexOf(' ') < 0) {
      proposals.addAll(derivational(s));
    }
    Map<String, Double> gains = lmGains(s, docs, proposals, scarce, spun, nSpun, nClean);
    double best = gains.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    Map<String, Double> out = new HashMap<>();
    gains.entrySet().stream().filter(e -> e.getValue() >= best - 0.5)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(2).forEach(e -> out.put(e.getKey() + "\t" + s, e.getValue()));
    return out;
  }

  /**
   * The mean log10 gains of the proposals that pass the language model's tests for spun form {@code s}: mean gain at
   * least {@value #LM_MIN_GAIN} (plus {@value #LM_GAIN_PER_WORD} per word the original is shorter), better in at least
   * {@value #LM_MIN_AGREEMENT} of the occurrences, a context gain at most {@value #LM_MAX_PMI_LOSS} short of the
   * context-free advantage, and the original scarce in the spun text.
   */
  Map<String, Double> lmGains(String s, List<List<String>> docs, Collection<String> proposals,
      Map<String, Boolean> scarce, Map<String, Integer> spun, long nSpun, long nClean) {
    List<String> form = List.of(s.split(" "));
    if (!form.stream().allMatch(scorer::knows)) {
      return Map.of(); // the model cannot judge a word it does not know
    }
    List<List<String>> lefts = new ArrayList<>();
    List<List<String>> rights = new ArrayList<>();
    for (List<String> ws : docs) {
      for (int i = 0; i + form.size() <= ws.size(); i++) {
        if (ws.subList(i, i + form.size()).equals(form)) {
          lefts.add(ws.subList(Math.max(0, i - 2), i));
          rights.add(ws.subList(i + form.size(), Math.min(ws.size(), i + form.size() + 2)));
        }
      }
    }
    if (lefts.isEmpty()) {
      return Map.of();
    }
    double[] base = new double[lefts.size()];
    for (int k = 0; k < base.length; k++) {
      base[k] = score(lefts.get(k), form, rights.get(k));
    }
    Map<String, Double> gains = new HashMap<>();
    double uniS = scorer.log10(form, 0);
    for (String o : proposals) {
      if (o.equals(s) || o.split(" ").length > TableEntry.MAX_TOKENS
          || !java.util.Arrays.stream(o.split(" ")).allMatch(scorer::knows)) {
        continue;
      }
      if (!scarce.computeIfAbsent(o, k -> scarce(k, spun, nSpun, nClean))) {
        continue; // the spinner does not remove it
      }
      List<String> ow = List.of(o.split(" "));
      double sum = 0;
      int better = 0;
      for (int k = 0; k < base.length; k++) {
        double g = score(lefts.get(k), ow, rights.get(k)) - base[k];
        sum += g;
        better += g > 0 ? 1 : 0;
      }
      double mean = sum / base.length;
      // a shorter original saves whole words of probability: ask that much more of it
      double need = LM_MIN_GAIN + LM_GAIN_PER_WORD * Math.max(0, form.size() - ow.size());
      // and the context must explain the gain: a common word wins anywhere by its frequency alone ("we" for
      // "mortgage charges"), a spinner's victim fits the context as well as its replacement does
      double pmiLoss = (scorer.log10(ow, 0) - uniS) - mean;
      if (mean >= need && pmiLoss <= LM_MAX_PMI_LOSS && better >= LM_MIN_AGREEMENT * base.length) {
        gains.put(o, mean);
      }
    }
    return gains;
  }

  /**
   * Whether {@code o} is known to the clean text (at least twice) and occurs in the spun text at most
   * {@value #LM_MAX_OBSERVED_SHARE} of its clean-rate expectation: looser than step 2's tests, which ask a significant
   * deficit spread over documents, because the language model has to agree as well.
   */
  private boolean scarce(String o, Map<String, Integer> spun, long nSpun, long nClean) {
    int cc = phraseCleanCount(o);
    return cc >= 2 && spun.getOrDefault(o, 0) <= LM_MAX_OBSERVED_SHARE * cc * (double) nSpun / nClean;
  }

  private double score(List<String> left, List<String> middle, List<String> right) {
    List<String> all = new ArrayList<>(left.size() + middle.size() + right.size());
    all.addAll(left);
    all.addAll(middle);
    all.addAll(right);
    return scorer.log10(all, left.size());
  }

  /**
   * Whether at least 60% of the occurrences of {@code s} start with a capital letter (a name such as "Prigozhin",
   * which the language model would happily replace by any common word; ordinary words are capitalised only where
   * they start a sentence).
   */
  static boolean capitalised(String s, Map<String, int[]> cases) {
    int[] c = cases.get(s.split(" ")[0]);
    return c != null && c[0] > 0 && c[1] >= 0.6 * c[0];
  }

  /** Per lower-case word of the texts: {occurrences, occurrences starting with a capital letter}. */
  static Map<String, int[]> caseCounts(List<String> texts) {
    Map<String, int[]> out = new HashMap<>();
    for (String t : texts) {
      for (String w : Aligner.words(t)) {
        int[] c = out.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
        c[0]++;
        c[1] += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
      }
    }
    return out;
  }

  /**
   * Clean words that share a stem with {@code s}: one is the other plus a short ending ("robotic" / "robot"), or they
   * share their first five letters and differ in length by at most three ("automatic" / "automated").
   */
  Set<String> derivational(String s) {
    Set<String> out = new LinkedHashSet<>();
    if (s.length() < 5) {
      return out;
    }
    for (Map.Entry<String, Integer> e : clean.entrySet()) {
      String o = e.getKey();
      if (e.getValue() < 2 || o.equals(s) || o.length() < 4 || Math.abs(o.length() - s.length()) > 4) {
        continue;
      }
      boolean prefix = s.startsWith(o) || o.startsWith(s);
      boolean stem = o.length() >= 5 && o.regionMatches(0, s, 0, 5) && Math.abs(o.length() - s.length()) <= 3;
      if (prefix || stem) {
        out.add(o);
      }
    }
    return out;
  }

  private static int countLinks(Map<String, Set<String>> inv, String o) {
    int n = 0;
    for (Set<String> os : inv.values()) {
      if (os.contains(o)) {
        n++;
      }
    }
    return n;
  }

  private double prior(String w, long nClean) {
    return (phraseCleanCount(w) + 0.1) / nClean;
  }

  /** Clean count of a word; for a phrase, the smallest count of its words divided by 10 (a crude estimate). */
  private int phraseCleanCount(String p) {
    if (p.indexOf(' ') < 0) {
      return clean.getOrDefault(p, 0);
    }
    Integer direct = clean.get(p);
    if (direct != null) {
      return direct;
    }
    int min = Integer.MAX_VALUE;
    for (String w : p.split(" ")) {
      min = Math.min(min, clean.getOrDefault(w, 0));
    }
    return min / 10;
  }

  /** Originals a spun form may stand for: thesaurus neighbours, and those of its lemma re-inflected. */
  Set<String> candidates(String s) {
    Set<String> out = new LinkedHashSet<>();
    if (contains.apply(s)) {
      out.addAll(neighbours.apply(s));
    }
    if (s.indexOf(' ') < 0) {
      for (Inflections.Reading r : Inflections.inflectedReadings(s)) {
        if (!contains.apply(r.lemma())) {
          continue;
        }
        for (String n : neighbours.apply(r.lemma())) {
          if (n.indexOf(' ') < 0) {
            out.add(Inflections.inflect(n, r.form()));
          }
        }
      }
    }
    out.remove(s);
    return out;
  }

  private static Map<String, Map<String, Integer>> contexts(List<List<String>> docs, Set<String> targets) {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (List<String> ws : docs) {
      for (int i = 0; i < ws.size(); i++) {
        for (int len = 1; len <= 3 && i + len <= ws.size(); len++) {
          String p = len == 1 ? ws.get(i) : String.join(" ", ws.subList(i, i + len));
          if (!targets.contains(p)) {
            continue;
          }
          Map<String, Integer> c = out.computeIfAbsent(p, k -> new HashMap<>());
          if (i > 0) {
            c.merge("L:" + ws.get(i - 1), 1, Integer::sum);
          }
          if (i + len < ws.size()) {
            c.merge("R:" + ws.get(i + len), 1, Integer::sum);
          }
        }
      }
    }
    return out;
  }

  /** After links were dropped from {@code inv}: spun forms left without one go, and {@code originals} is redone. */
  private static void pruned(Map<String, Set<String>> inv, Set<String> originals) {
    inv.values().removeIf(Set::isEmpty);
    originals.clear();
    inv.values().forEach(originals::addAll);
  }

  /** Most occurrences of a spun form the masked language model is asked about. */
  static final int MLM_OCCURRENCES = 8;

  /**
   * Smallest mean log10 advantage, over the spun form's occurrences, of an original in the spun form's place under
   * the masked language model ({@link #withMaskedScorer}). Entry precision against the supervised table (spun halves
   * of the pairs / unpaired texts) at 0, 0.5 and 1: 21.3 / 33.3%, 30.5 / 43.2%, 39.5 / 42.9%, recall 1.9 / 1.8%,
   * 2.0 / 1.8%, 1.7 / 1.3% (7.4 / 10.8% and 1.6 / 1.2% without the model); docs/benchmarks.md.
   */
  static final double MLM_MIN_GAIN = 0.5;

  /** Share of the occurrences where the original must fit better than the spun form. */
  static final double MLM_MIN_AGREEMENT = 0.5;

  /**
   * The originals of {@code os} that the masked language model prefers to spun form {@code s} where it stands: mean
   * log10 gain at least {@value #MLM_MIN_GAIN} and better in at least {@value #MLM_MIN_AGREEMENT} of at most
   * {@value #MLM_OCCURRENCES} occurrences (the first of each text, then the next ones). A spinner's output fits its
   * place worse than the word it replaced ("the officers stated" against "the officials said"); a topic word that is
   * merely frequent fits as well as its thesaurus neighbours, or better.
   */
  Set<String> mlmFitting(String s, Set<String> os, List<List<String>> docs, List<List<String>> casedDocs) {
    List<String> form = List.of(s.split(" "));
    // each text's first occurrences (as many as could be asked about), then taken a round of texts at a time
    List<List<Integer>> starts = new ArrayList<>(docs.size());
    for (List<String> ws : docs) {
      List<Integer> at = new ArrayList<>();
      for (int i = 0; i + form.size() <= ws.size() && at.size() < MLM_OCCURRENCES; i++) {
        if (ws.subList(i, i + form.size()).equals(form)) {
          at.add(i);
        }
      }
      starts.add(at);
    }
    List<int[]> places = new ArrayList<>(); // {doc, start}
    for (int round = 0; round < MLM_OCCURRENCES && places.size() < MLM_OCCURRENCES; round++) {
      for (int d = 0; d < docs.size() && places.size() < MLM_OCCURRENCES; d++) {
        if (round < starts.get(d).size()) {
          places.add(new int[] {d, starts.get(d).get(round)});
        }
      }
    }
    if (places.isEmpty()) {
      return Set.of();
    }
    List<String> originals = new ArrayList<>(os);
    double[] sum = new double[originals.size()];
    int[] better = new int[originals.size()];
    for (int[] p : places) {
      List<String> cased = casedDocs.get(p[0]);
      String written = String.join(" ", cased.subList(p[1], p[1] + form.size()));
      boolean capital = Character.isUpperCase(written.codePointAt(0));
      List<String> wordings = new ArrayList<>();
      wordings.add(written);
      for (String o : originals) {
        wordings.add(capital ? org.unspin.text.CasePattern.capitalise(o) : o);
      }
      double[] v = masked.log10(cased, p[1], form.size(), wordings);
      for (int k = 0; k < originals.size(); k++) {
        double g = v[k + 1] - v[0];
        sum[k] += g;
        better[k] += g > 0 ? 1 : 0;
      }
    }
    Set<String> out = new HashSet<>();
    for (int k = 0; k < originals.size(); k++) {
      if (sum[k] / places.size() >= MLM_MIN_GAIN && better[k] >= MLM_MIN_AGREEMENT * places.size()) {
        out.add(originals.get(k));
      }
    }
    return out;
  }

  private MaskedScorer masked;

  /**
   * A learner that also asks a masked language model whether each link's original fits the spun form's places
   * better than the spun form does, and drops the links where it does not ({@link #mlmFitting}).
   */
  public UnsupervisedLearner withMaskedScorer(MaskedScorer maskedScorer) {
    UnsupervisedLearner u = copy();
    u.masked = java.util.Objects.requireNonNull(maskedScorer, "maskedScorer");
    return u;
  }

  private ContextScorer scorer;

  /**
   * A learner that also asks a language model which thesaurus neighbours and derivational relatives of an
   * over-represented spun form fit where it stands ({@link #lmOriginals}), and links those the model clearly prefers
   * even when the deficit tests of step 2 reject them ("asked" -> "requested", "rate" -> "fee").
   */
  public UnsupervisedLearner withContextScorer(ContextScorer contextScorer) {
    UnsupervisedLearner u = copy();
    u.scorer = java.util.Objects.requireNonNull(contextScorer, "contextScorer");
    return u;
  }

  private UnsupervisedLearner copy() {
    UnsupervisedLearner u = new UnsupervisedLearner(family, clean, neighbours, contains, settings);
    u.cleanContextStore.putAll(cleanContextStore);
    u.cleanDf.putAll(cleanDf);
    u.cleanDocs = cleanDocs;
    u.scorer = scorer;
    u.masked = masked;
    return u;
  }

  private final Map<String, Map<String, Integer>> cleanContextStore = new HashMap<>();
  private final Map<String, Integer> cleanDf = new HashMap<>();
  private int cleanDocs;

  /** Context vectors of originals in clean text; set with {@link #withCleanTexts(List)}. */
  private Map<String, Map<String, Integer>> cleanContexts(Set<String> originals) {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    for (String o : originals) {
      Map<String, Integer> c = cleanContextStore.get(o);
      if (c != null) {
        out.put(o, c);
      }
    }
    return out;
  }

  /**
   * A learner that also uses the clean texts themselves (not only their counts) for context vectors; without them
   * the context factor is neutral.
   */
  public UnsupervisedLearner withCleanTexts(List<String> cleanTexts) {
    UnsupervisedLearner u = copy();
    List<List<String>> docs = new ArrayList<>();
    Set<String> all = new HashSet<>();
    for (String t : cleanTexts) {
      List<String> ws = new ArrayList<>();
      for (String w : Aligner.words(t)) {
        ws.add(w.toLowerCase(Locale.ROOT));
      }
      docs.add(ws);
      all.addAll(ws);
      for (int i = 0; i + 1 < ws.size(); i++) {
        all.add(ws.get(i) + " " + ws.get(i + 1));
      }
    }
    u.cleanContextStore.putAll(contexts(docs, all));
    u.cleanDf.clear();
    for (List<String> ws : docs) {
      for (String w : new HashSet<>(ws)) {
        u.cleanDf.merge(w, 1, Integer::sum);
      }
    }
    u.cleanDocs = docs.size();
    return u;
  }

  /**
   * A learner that knows in how many of {@code documents} clean texts of the genre each word occurs, without the texts
   * themselves (the bundled clean-news figures): it gets the document-spread test of step 1 and the document-deficit
   * test of step 2, not the context cosine, which needs the texts. Ignored when {@code documents} is not positive.
   */
  public UnsupervisedLearner withCleanDocumentFrequencies(Map<String, Integer> frequencies, int documents) {
    UnsupervisedLearner u = copy();
    if (documents > 0 && !frequencies.isEmpty()) {
      u.cleanDf.clear();
      u.cleanDf.putAll(frequencies);
      u.cleanDocs = documents;
    }
    return u;
  }

  private static double cosine(Map<String, Integer> a, Map<String, Integer> b) {
    if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
      return 0.0;
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer v = b.get(e.getKey());
      if (v != null) {
        dot += e.getValue() * (double) v;
      }
      na += e.getValue() * (double) e.getValue();
    }
    for (int v : b.values()) {
      nb += v * (double) v;
    }
    return dot / Math.sqrt(na * nb);
  }

  /** z-score of log(spun rate / clean rate) with add-0.5 smoothing. */
  static double z(double cs, double ns, double cc, double nc) {
    double a = cs + 0.5;
    double b = cc + 0.5;
    return (Math.log(a / ns) - Math.log(b / nc)) / Math.sqrt(1 / a + 1 / b);
  }

  private static boolean isWord(String w) {
    return !w.isEmpty() && Character.isLetter(w.codePointAt(0));
  }
}
