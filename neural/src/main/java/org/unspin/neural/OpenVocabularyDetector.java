// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * Open-vocabulary detection of spun words, in the manner of Martel et al. 2024: a word is flagged when the masked
 * LM, with the word masked, finds a plausible original ({@link Plausibility}: a thesaurus neighbour or morphological
 * relative) much more probable than the word itself. No spinner table is needed, so substitutions that no table
 * lists are still found; each flag carries its plausible originals as candidates for the decoder.
 *
 * <p>Also asks, for phrases of 2 to 4 words the thesaurus knows ("12 months", "not long ago", "find yourself"),
 * which single word fits a [MASK] in their place, and, within the query cap, which two pieces fit two [MASK]s
 * ({@link MaskedLm#predictPairs}: two words such as "end up", or one word of two pieces). With
 * {@link NeuralSettings#phraseForms()} a phrase the thesaurus knows only in a lemma form ("taking part in" as "take
 * part in") is asked about too, and a one-word reading of a phrase may be linked through that form or, with
 * {@link NeuralSettings#spanWordLinks()}, as a strong synonym of one of its content words.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OpenVocabularyDetector {

  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "if", "of", "to",
      "in", "on", "at", "by", "for", "with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "has",
      "have", "had", "do", "does", "did", "not", "no", "it", "its", "this", "that", "these", "those", "he", "she",
      "they", "we", "you", "i", "him", "her", "them", "us", "me", "his", "their", "our", "your", "my", "who", "whom",
      "which", "what", "when", "where", "why", "how", "there", "here", "than", "then", "so", "such", "also", "into",
      "about", "after", "before", "over", "under", "up", "down", "out", "off", "all", "any", "some", "more", "most",
      "will", "would", "can", "could", "may", "might", "shall", "should", "must", "just", "only", "very", "too",
      "said", "says", "say", "mr", "mrs", "ms", "one", "two");

  private final MaskedLm mlm;
  private final Plausibility plausibility;
  private final NeuralSettings settings;

  OpenVocabularyDetector(MaskedLm mlm, Plausibility plausibility, NeuralSettings settings) {
    this.mlm = Objects.requireNonNull(mlm, "mlm");
    this.plausibility = Objects.requireNonNull(plausibility, "plausibility");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** A detector asking {@code mlm}, keeping predictions {@code plausibility} accepts. */
  public static OpenVocabularyDetector create(MaskedLm mlm, Plausibility plausibility, NeuralSettings settings) {
    return new OpenVocabularyDetector(mlm, plausibility, settings);
  }

  /**
   * A plausible original proposed by the masked LM. Immutable.
   *
   * @param original the proposed wording, lower case unless case-bearing
   * @param log10Prob its masked-LM log10 probability at the mask
   * @param link why it is a plausible original
   */
  public record Proposal(String original, double log10Prob, Plausibility.Link link, boolean strong) {}

  /**
   * A span the masked LM finds out of place. Immutable.
   *
   * @param start index of its first word in the sentence
   * @param length number of words (1 to 4)
   * @param spun the words as written, space-separated
   * @param log10Prob the masked-LM log10 probability of the span's first piece at the mask
   * @param proposals plausible originals, most probable first; the first is at least
   *     {@link NeuralSettings#detectLog10Gap()} more probable than the span
   */
  public record Flag(int start, int length, String spun, double log10Prob, List<Proposal> proposals) {

    public Flag {
      proposals = List.copyOf(proposals);
    }

    /** log10 of how much more probable the best proposal is than the spun words. */
    public double log10Gap() {
      return proposals.isEmpty() ? 0 : proposals.get(0).log10Prob() - log10Prob;
    }
  }

  /**
   * The result of a detection pass. Immutable.
   *
   * @param flags flagged spans, in sentence order
   * @param queries masked-LM queries spent
   */
  public record Result(List<Flag> flags, int queries) {

    public Result {
      flags = List.copyOf(flags);
    }
  }

  /**
   * Detects out-of-place words of one sentence.
   *
   * @param words the sentence's non-whitespace tokens as written
   * @param maxQueries the most masked-LM queries to spend (the most suspicious positions first)
   * @param rarity a score per word, higher for words to look at first (e.g. negated unigram log10 probability);
   *     null to go by word length
   */
  public Result detect(List<String> words, int maxQueries, ToDoubleFunction<String> rarity) {
    return detect(words, maxQueries, rarity, i -> true);
  }

  /**
   * {@link #detect(List, int, ToDoubleFunction)} asking only about the words {@code ask} accepts (the restorer
   * skips words its channel already has candidates for: the decoder and the rescoring handle those).
   */
  public Result detect(List<String> words, int maxQueries, ToDoubleFunction<String> rarity,
      java.util.function.IntPredicate ask) {
    Pending p = plan(words, maxQueries, rarity, ask);
    QueryBatch first = new QueryBatch(mlm.model());
    p.askFirst(first);
    first.run();
    QueryBatch second = new QueryBatch(mlm.model());
    p.askSecond(second);
    second.run();
    return p.result();
  }

  /**
   * A detection whose spans are chosen (so its {@link #queries()} are known) and whose masked queries are sent in
   * two batches that may be shared with other sentences: {@link #askFirst}, run that batch, {@link #askSecond}, run
   * that one, then {@link #result}. Not thread-safe.
   */
  final class Pending {
    private final List<String> words;
    private final List<int[]> spans;
    private final List<int[]> pairSpans;
    private final int perPair;
    private java.util.function.Supplier<List<MaskedLm.WordFit>> fits;
    private java.util.function.Function<QueryBatch, java.util.function.Supplier<List<List<Prediction>>>> pairStep;
    private java.util.function.Supplier<List<List<Prediction>>> pairs;
    private final double[] own;

    Pending(List<String> words, List<int[]> spans, List<int[]> pairSpans, int perPair) {
      this.words = words;
      this.spans = spans;
      this.pairSpans = pairSpans;
      this.perPair = perPair;
      this.own = new double[pairSpans.size()];
    }

    /** Masked-LM queries this detection spends (as counted against the budget). */
    int queries() {
      return spans.size() + pairSpans.size() * perPair;
    }

    /** Adds the single-[MASK] queries and the first step of the two-[MASK] ones. */
    void askFirst(QueryBatch batch) {
      if (spans.isEmpty()) {
        return;
      }
      fits = mlm.fitSpans(words, spans, settings.topK(), batch);
      if (!pairSpans.isEmpty()) {
        pairStep = mlm.predictPairs(words, pairSpans, settings.topK(), settings.pairFirsts(), own, batch);
      }
    }

    /** Adds the second step of the two-[MASK] queries; the batch of {@link #askFirst} must have run. */
    void askSecond(QueryBatch batch) {
      if (pairStep != null) {
        pairs = pairStep.apply(batch);
      }
    }

    /** The flags; both batches must have run. */
    Result result() {
      if (spans.isEmpty()) {
        return new Result(List.of(), 0);
      }
      return finish(words, spans, fits.get(), pairSpans, pairs == null ? null : pairs.get(), own, perPair);
    }
  }

  /** Chooses the spans to ask about, without asking yet. */
  Pending plan(List<String> words, int maxQueries, ToDoubleFunction<String> rarity,
      java.util.function.IntPredicate ask) {
    List<int[]> spans = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (ask.test(i) && isContentWord(words, i) && plausibility.knows(words.get(i))) {
        spans.add(new int[] {i, 1});
      }
    }
    ToDoubleFunction<String> r = rarity != null ? rarity : w -> w.length();
    spans.sort(Comparator.comparingDouble((int[] s) -> -r.applyAsDouble(words.get(s[0]))).thenComparingInt(s -> s[0]));
    // phrases the thesaurus knows, after the single words
    for (int len = 2; len <= 4; len++) {
      for (int i = 0; i + len <= words.size(); i++) {
        if (phraseCandidate(words, i, len)) {
          spans.add(new int[] {i, len});
        }
      }
    }
    if (spans.size() > maxQueries) {
      spans = new ArrayList<>(spans.subList(0, Math.max(0, maxQueries)));
    }
    // the phrases again with two [MASK] pieces, for two-word originals ("end up"), within what is left of the cap
    List<int[]> pairSpans = new ArrayList<>();
    int perPair = settings.pairFirsts() + 2;
    for (int k = 0; k < spans.size() && spans.size() + (pairSpans.size() + 1) * perPair <= maxQueries; k++) {
      if (settings.pairFirsts() > 0 && spans.get(k)[1] >= 2) {
        pairSpans.add(spans.get(k));
      }
    }
    return new Pending(words, spans, pairSpans, perPair);
  }

  private Result finish(List<String> words, List<int[]> spans, List<MaskedLm.WordFit> fits, List<int[]> pairSpans,
      List<List<Prediction>> pairs, double[] own, int perPair) {
    List<Double> pairOwnSingle = new ArrayList<>();
    for (int k = 0, q = 0; k < spans.size() && q < pairSpans.size(); k++) {
      if (spans.get(k) == pairSpans.get(q)) {
        pairOwnSingle.add(fits.get(k).log10Prob());
        q++;
      }
    }
    java.util.Map<Long, List<Proposal>> paired = new java.util.HashMap<>();
    if (!pairSpans.isEmpty()) {
      for (int q = 0; q < pairSpans.size(); q++) {
        int[] s = pairSpans.get(q);
        String spun = MaskedLm.join(words, s[0], s[1]);
        // the span's own two pieces under the same query when it has two; else its first piece under one [MASK]
        double ref = Double.isNaN(own[q]) ? pairOwnSingle.get(q) : own[q];
        List<Proposal> ps = proposals(pairs.get(q), ref, spun, s[0] == 0);
        if (!ps.isEmpty()) {
          paired.put(key(s), ps);
        }
      }
    }
    List<Flag> flags = new ArrayList<>();
    for (int k = 0; k < spans.size(); k++) {
      int[] s = spans.get(k);
      String spun = MaskedLm.join(words, s[0], s[1]);
      double ownLog10 = fits.get(k).log10Prob();
      List<Proposal> ps = new ArrayList<>(proposals(fits.get(k).top(), ownLog10, spun, s[0] == 0));
      ps.addAll(paired.getOrDefault(key(s), List.of()));
      if (!ps.isEmpty()) {
        ps.sort(Comparator.comparingDouble((Proposal p) -> -p.log10Prob()).thenComparing(Proposal::original));
        flags.add(new Flag(s[0], s[1], spun, ownLog10, ps));
      }
    }
    flags.sort(Comparator.comparingInt(Flag::start).thenComparingInt(Flag::length));
    return new Result(flags, spans.size() + pairSpans.size() * perPair);
  }

  private static long key(int[] span) {
    return (long) span[0] << 32 | span[1];
  }

  /**
   * The plausible originals among {@code predictions} (most probable first) that are at least the detection gap
   * more probable than {@code ownLog10}.
   */
  private List<Proposal> proposals(List<Prediction> predictions, double ownLog10, String spun,
      boolean sentenceStart) {
    List<Proposal> ps = new ArrayList<>();
    for (Prediction p : predictions) {
      if (p.log10Prob() - ownLog10 < settings.detectLog10Gap()) {
        break;
      }
      String o = normaliseCase(p.text(), sentenceStart);
      if (o.equalsIgnoreCase(spun)) {
        continue;
      }
      Optional<Plausibility.Link> link = plausibility.link(o, spun);
      if (link.isPresent()) {
        ps.add(new Proposal(o, p.log10Prob(), link.get(), plausibility.strong(o, spun)));
        continue;
      }
      boolean phrase = spun.indexOf(' ') > 0;
      Optional<Plausibility.Link> viaLemma = settings.phraseForms() && phrase
          ? plausibility.phraseLink(o, spun) : Optional.empty();
      if (viaLemma.isPresent()) {
        ps.add(new Proposal(o, p.log10Prob(), viaLemma.get(), plausibility.strongPhrase(o, spun)));
      } else if (settings.spanWordLinks() && phrase && o.indexOf(' ') < 0 && linksWordOf(o, spun)) {
        ps.add(new Proposal(o, p.log10Prob(), Plausibility.Link.SYNONYM, true));
      }
    }
    return ps;
  }

  /**
   * Whether {@code original} is a strong synonym of a content word of the phrase {@code spun} that it does not
   * contain already.
   */
  private boolean linksWordOf(String original, String spun) {
    String[] w = spun.split(" ");
    for (String x : w) {
      if (x.equalsIgnoreCase(original)) {
        return false;
      }
    }
    for (String x : w) {
      if (FUNCTION_WORDS.contains(x.toLowerCase(Locale.ROOT)) || x.length() < 3) {
        continue;
      }
      Optional<Plausibility.Link> l = plausibility.link(original, x);
      if (l.isPresent() && l.get() != Plausibility.Link.MORPHOLOGY && l.get() != Plausibility.Link.RELATED
          && plausibility.strong(original, x)) {
        return true;
      }
    }
    return false;
  }

  /** A word worth asking about: letters, at least 3 of them, not a function word, not a name or acronym. */
  static boolean isContentWord(List<String> words, int i) {
    String w = words.get(i);
    if (w.length() < 3) {
      return false;
    }
    for (int k = 0; k < w.length(); k++) {
      char c = w.charAt(k);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    if (!Character.isLetter(w.charAt(0))) {
      return false;
    }
    boolean capital = Character.isUpperCase(w.charAt(0));
    if (capital && (i > 0 && !sentenceBoundary(words.get(i - 1))
        || w.length() > 1 && Character.isUpperCase(w.charAt(1)))) {
      return false;
    }
    return !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
  }

  private static boolean sentenceBoundary(String prev) {
    return prev.equals("\"") || prev.equals("\u201c") || prev.equals("(") || prev.equals(":") || prev.equals("'")
        || prev.equals("\u2018");
  }

  private boolean phraseCandidate(List<String> words, int i, int len) {
    boolean content = false;
    for (int k = i; k < i + len; k++) {
      String w = words.get(k);
      if (!Character.isLetterOrDigit(w.charAt(0))) {
        return false;
      }
      if (k > 0 && Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      content |= !FUNCTION_WORDS.contains(w.toLowerCase(Locale.ROOT));
    }
    String phrase = MaskedLm.join(words, i, len);
    return content
        && (settings.phraseForms() ? plausibility.knowsPhraseForm(phrase) : plausibility.knowsPhrase(phrase));
  }

  /** A prediction as a candidate original: a capital caused only by the sentence start is dropped. */
  static String normaliseCase(String prediction, boolean sentenceStart) {
    if (sentenceStart && prediction.length() > 1 && Character.isUpperCase(prediction.charAt(0))
        && prediction.substring(1).equals(prediction.substring(1).toLowerCase(Locale.ROOT))) {
      return prediction.toLowerCase(Locale.ROOT);
    }
    return prediction;
  }
}
