// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;
import org.unspin.text.Words;

/**
 * The noisy-channel decoder for one sentence: a lattice in which every word either stays or is replaced, together
 * with the words after it, by a candidate original of the spinner's channel; searched exactly over language-model
 * states (paths that reach the same position with equal {@link LmState} are recombined), with a beam of
 * {@link DecoderSettings#beamWidth()} states per position as a safety limit. Forward-backward over the same lattice
 * gives each edit its posterior probability.
 *
 * <p>The score of a path is {@code lmWeight * log10 P_LM(original sentence) + sum log10 P(spun span | original
 * span)}, where a word left as it is contributes {@link ChannelModel#log10Keep(String)}. See
 * {@code docs/algorithms/noisy-channel.md}.
 *
 * <p>Immutable and thread-safe: every call allocates its own lattice and LM states.
 *
 * @since 0.1
 */
public final class Decoder {

  private final LanguageModel lm;
  private final DecoderSettings settings;
  /**
   * The ids of candidate originals, shared by every document this decoder scores: candidates come from tables and
   * thesauri, a finite set, so most documents look up the strings earlier ones did ({@link DocumentIds#phrase}).
   */
  private final Map<String, int[]> phraseIds = new java.util.concurrent.ConcurrentHashMap<>();

  Decoder(LanguageModel lm, DecoderSettings settings) {
    this.lm = Objects.requireNonNull(lm, "lm");
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /** The decoder-wide memo of candidate ids behind {@link DocumentIds#phrase}. */
  Map<String, int[]> phraseIds() {
    return phraseIds;
  }

  /** A decoder over {@code lm} with {@code settings}. */
  public static Decoder create(LanguageModel lm, DecoderSettings settings) {
    return new Decoder(lm, settings);
  }

  public LanguageModel languageModel() {
    return lm;
  }

  public DecoderSettings settings() {
    return settings;
  }

  /** An edge of the lattice: keep one word, or replace {@code len} words by an original. */
  static final class Edge {
    final int start;
    final int len;
    final String original;
    final int[] ids;
    final double channel;
    final boolean keep;
    final String family;
    final Candidate.Origin origin;
    /**
     * Whether a phrase named in a tortured-phrase list ({@code PHRASE_LIST}) proposed this edit, also when another
     * source proposed the same one at a better channel score and gave it its origin.
     */
    final boolean listed;
    /**
     * The part of {@link #channel} that is {@link DecoderSettings#listedLog10Penalty()}, paid because a listed phrase
     * replaces a word this edge covers; 0 for most edges.
     */
    final double listedPenalty;
    double posterior;

    Edge(int start, int len, String original, int[] ids, double channel, boolean keep, String family,
        Candidate.Origin origin) {
      this(start, len, original, ids, channel, keep, family, origin, origin == Candidate.Origin.PHRASE_LIST);
    }

    Edge(int start, int len, String original, int[] ids, double channel, boolean keep, String family,
        Candidate.Origin origin, boolean listed) {
      this(start, len, original, ids, channel, keep, family, origin, listed, 0);
    }

    Edge(int start, int len, String original, int[] ids, double channel, boolean keep, String family,
        Candidate.Origin origin, boolean listed, double listedPenalty) {
      this.listed = listed;
      this.listedPenalty = listedPenalty;
      this.start = start;
      this.len = len;
      this.original = original;
      this.ids = ids;
      this.channel = channel;
      this.keep = keep;
      this.family = family;
      this.origin = origin;
    }
  }

  private static final class Node {
    final LmState state;
    double alpha = Double.NEGATIVE_INFINITY;
    double best = Double.NEGATIVE_INFINITY;
    double beta = Double.NEGATIVE_INFINITY;
    Arc back;
    final List<Arc> out = new ArrayList<>(2);

    Node(LmState state) {
      this.state = state;
    }
  }

  private static final class Arc {
    final Node from;
    final Node to;
    final Edge edge;
    final double score;

    Arc(Node from, Node to, Edge edge, double score) {
      this.from = from;
      this.to = to;
      this.edge = edge;
      this.score = score;
    }
  }

  /**
   * Decodes one sentence under {@code channel}.
   *
   * @param words the sentence's non-whitespace tokens as written
   * @param channel the spinner family's channel (may mix in open-vocabulary candidates)
   */
  public SentenceDecoding decode(List<String> words, ChannelModel channel) {
    return decode(words, channel, DocumentIds.create(this));
  }

  /**
   * {@link #decode(List, ChannelModel)} with the ids of the document's words and candidates remembered in
   * {@code ids} (one memo per document, for this decoder's language model): the same result, fewer vocabulary
   * lookups.
   */
  public SentenceDecoding decode(List<String> words, ChannelModel channel, DocumentIds ids) {
    int n = words.size();
    List<List<Edge>> edges = edges(words, channel, ids, true);
    double unchanged = unchangedScore(edges, n);
    if (n == 0) {
      return new SentenceDecoding(words, List.of(), unchanged, unchanged, unchanged);
    }
    boolean anyCandidate = false;
    for (List<Edge> es : edges) {
      anyCandidate |= es.size() > 1;
    }
    double keepAll = unchanged;
    for (List<Edge> es : edges) {
      keepAll += es.get(0).channel;
    }
    if (!anyCandidate) {
      return new SentenceDecoding(words, List.of(), keepAll, unchanged, keepAll);
    }
    if (!pruneLocally(edges)) {
      return new SentenceDecoding(words, List.of(), keepAll, unchanged, keepAll);
    }

    @SuppressWarnings("unchecked")
    Map<LmState, Node>[] nodes = new Map[n + 1];
    for (int i = 0; i <= n; i++) {
      nodes[i] = new LinkedHashMap<>();
    }
    LmState start = lm.newState();
    lm.beginSentence(start);
    Node root = new Node(start);
    root.alpha = 0;
    root.best = 0;
    nodes[0].put(start, root);
    List<Arc> arcs = new ArrayList<>();
    LmState scratch = lm.newState();
    double w = settings.lmWeight();
    for (int i = 0; i < n; i++) {
      if (nodes[i].isEmpty()) {
        continue;
      }
      List<Node> live = prune(nodes[i]);
      for (Node from : live) {
        for (Edge e : edges.get(i)) {
          scratch.copyFrom(from.state);
          double lmScore = 0;
          for (int id : e.ids) {
            lmScore += lm.log10Score(scratch, id, scratch);
          }
          int j = i + e.len;
          if (j == n) {
            lmScore += lm.log10EndSentence(scratch);
          }
          double score = w * lmScore + e.channel;
          Node to = nodes[j].get(scratch);
          if (to == null) {
            LmState key = scratch.copy();
            to = new Node(key);
            nodes[j].put(key, to);
          }
          Arc arc = new Arc(from, to, e, score);
          from.out.add(arc);
          arcs.add(arc);
          to.alpha = Log10.add(to.alpha, from.alpha + score);
          if (from.best + score > to.best) {
            to.best = from.best + score;
            to.back = arc;
          }
        }
      }
    }
    // totals over the final nodes
    double total = Double.NEGATIVE_INFINITY;
    Node bestFinal = null;
    for (Node f : nodes[n].values()) {
      f.beta = 0;
      total = Log10.add(total, f.alpha);
      if (bestFinal == null || f.best > bestFinal.best) {
        bestFinal = f;
      }
    }
    // backward pass: arcs were created in order of their start position
    for (int k = arcs.size() - 1; k >= 0; k--) {
      Arc a = arcs.get(k);
      a.from.beta = Log10.add(a.from.beta, a.score + a.to.beta);
    }
    for (Arc a : arcs) {
      double p = a.from.alpha + a.score + a.to.beta - total;
      if (p > -30) {
        a.edge.posterior += Math.pow(10, p);
      }
    }
    List<SpanEdit> chosen = choose(words, edges, channel);
    double best = bestFinal == null ? keepAll : bestFinal.best;
    return new SentenceDecoding(words, chosen, best, unchanged, total);
  }

  /**
   * Drops candidates whose local posterior (in their n-gram window) is below the floor, and at a position with more
   * than {@link DecoderSettings#maxCandidatesPerStart()} left, all but that many with the highest; returns whether any
   * candidate is left. The cap is applied here, by how well a candidate fits its words, not by its channel score: a
   * thesaurus lists its neighbours at one channel score, so among the 38 for "go" (those of "go to" with them) the
   * first 24 in the alphabet had been kept and "visit" or "attend" never weighed.
   */
  private boolean pruneLocally(List<List<Edge>> edges) {
    LocalWindow win = new LocalWindow(lm, edges);
    double w = settings.lmWeight();
    double floor = settings.candidateLog10Floor();
    boolean any = false;
    double[][] cands = new double[edges.size()][];
    win.candidates(edges, cands);
    for (int i = 0; i < edges.size(); i++) {
      List<Edge> es = edges.get(i);
      if (es.size() == 1) {
        continue;
      }
      double[] gains = new double[es.size()];
      double sum = localGains(win, es, w, gains, cands[i]);
      int cap = settings.maxCandidatesPerStart();
      double least = Double.NEGATIVE_INFINITY; // the gain of the cap's last candidate, where there are more
      if (es.size() - 1 > cap) {
        double[] sorted = java.util.Arrays.copyOfRange(gains, 1, gains.length);
        java.util.Arrays.sort(sorted);
        least = sorted[sorted.length - cap];
      }
      int kept = 1;
      for (int k = 1; k < es.size() && kept <= cap; k++) { // ties at the cap's gain: the channel's order
        if (gains[k] - sum >= floor && gains[k] >= least) {
          es.set(kept++, es.get(k));
        }
      }
      while (es.size() > kept) {
        es.remove(es.size() - 1);
      }
      any |= kept > 1;
    }
    return any;
  }

  /**
   * Each edge of {@code es} (one position's: keeping first, then the candidates) scored in its n-gram window against
   * keeping the spun words ({@code lmWeight} times the language model's gain, plus the channel score), written into
   * {@code gains}; returns their log10 sum, against which each is its local posterior. The local evidence both the
   * decoder's pre-pruning and the detector's {@link EvidenceScorer} weigh.
   */
  static double localGains(LocalWindow win, List<Edge> es, double lmWeight, double[] gains) {
    double[] cand = new double[es.size()];
    win.candidates(es, 1, cand);
    return localGains(win, es, lmWeight, gains, cand);
  }

  /**
   * {@link #localGains(LocalWindow, List, double, double[])} given {@code cand}, the candidates' local LM scores
   * ({@link LocalWindow#candidates}).
   */
  static double localGains(LocalWindow win, List<Edge> es, double lmWeight, double[] gains, double[] cand) {
    int start = es.get(0).start;
    double sum = es.get(0).channel;
    gains[0] = sum;
    double spun = Double.NaN;
    int spunLen = -1;
    for (int k = 1; k < es.size(); k++) {
      Edge e = es.get(k);
      if (e.len != spunLen) {
        spun = win.spun(start, e.len);
        spunLen = e.len;
      }
      gains[k] = lmWeight * (cand[k] - spun) + e.channel;
      sum = Log10.add(sum, gains[k]);
    }
    return sum;
  }

  /** The nodes to expand at one position: all of them, or the best {@code beamWidth} by Viterbi score. */
  private List<Node> prune(Map<LmState, Node> at) {
    List<Node> live = new ArrayList<>(at.values());
    if (live.size() > settings.beamWidth()) {
      live.sort(Comparator.comparingDouble((Node x) -> -x.best));
      for (Node dropped : live.subList(settings.beamWidth(), live.size())) {
        dropped.alpha = Double.NEGATIVE_INFINITY;
      }
      live = new ArrayList<>(live.subList(0, settings.beamWidth()));
    }
    return live;
  }

  /**
   * Whether edge {@code e} is sure enough to apply ({@link DecoderSettings#minConfidence(String, String,
   * Candidate.Origin, ChannelModel)}).
   */
  private boolean sure(List<String> words, Edge e, ChannelModel channel) {
    double c = settings.confidenceAtBar(e.posterior, e.origin, channel);
    if (c < settings.minConfidence()) {
      return false;
    }
    // the word tests only for the few edges between the thresholds
    if (c >= Math.max(settings.functionWordMinConfidence(), settings.rareOriginalMinConfidence())) {
      return true;
    }
    return c >= settings.minConfidence(spunText(words, e.start, e.len), e.original, e.origin, channel);
  }

  /** Posterior decoding: left to right, the most probable replacement at each position if sure enough. */
  private List<SpanEdit> choose(List<String> words, List<List<Edge>> edges, ChannelModel channel) {
    List<SpanEdit> out = new ArrayList<>();
    int i = 0;
    int n = words.size();
    while (i < n) {
      Edge pick = null;
      for (Edge e : edges.get(i)) {
        if (!e.keep && sure(words, e, channel) && (pick == null || e.posterior > pick.posterior)) {
          pick = e;
        }
      }
      if (pick == null) {
        i++;
        continue;
      }
      out.add(new SpanEdit(pick.start, pick.len, pick.original, pick.channel, clamp(pick.posterior),
          alternatives(pick, edges.get(i), words), pick.family, pick.origin));
      i += pick.len;
    }
    return out;
  }

  private List<Alternative> alternatives(Edge pick, List<Edge> at, List<String> words) {
    List<Edge> others = new ArrayList<>(at);
    others.remove(pick);
    others.sort(Comparator.comparingDouble((Edge e) -> -e.posterior));
    List<Alternative> out = new ArrayList<>();
    for (Edge e : others) {
      if (out.size() >= settings.maxAlternatives()) {
        break;
      }
      String text = alternativeText(words, pick.start, pick.len, e);
      if (!text.equalsIgnoreCase(pick.original) && !listed(out, text)) {
        out.add(new Alternative(text, clamp(e.posterior), e.keep));
      }
    }
    return out;
  }

  /**
   * How the span of {@code spanLength} words from {@code start} reads under {@code e}, another edge from the same
   * word, as its alternative: keeping is reading the whole span as written ("go to", not "go"; its probability is
   * that of the keep edge at the span's first word); a shorter edge is followed by the span's other words as written
   * ("we have got" for "we've got" -> "we have", not "we have", which read as the edit itself); a longer one reads as
   * it is.
   */
  static String alternativeText(List<String> words, int start, int spanLength, Edge e) {
    int end = Math.min(words.size(), start + spanLength);
    if (e.keep) {
      return String.join(" ", words.subList(start, end));
    }
    if (start + e.len < end) {
      return e.original + " " + String.join(" ", words.subList(start + e.len, end));
    }
    return e.original;
  }

  /** Whether {@code alternatives} already hold one that reads {@code text}. */
  static boolean listed(List<Alternative> alternatives, String text) {
    for (Alternative a : alternatives) {
      if (a.original().equalsIgnoreCase(text)) {
        return true;
      }
    }
    return false;
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }

  /** The LM score of the sentence as it stands, weighted, without channel terms. */
  private double unchangedScore(List<List<Edge>> edges, int n) {
    LmState s = lm.newState();
    lm.beginSentence(s);
    double score = 0;
    for (int i = 0; i < n; i++) {
      for (int id : edges.get(i).get(0).ids) {
        score += lm.log10Score(s, id, s);
      }
    }
    score += lm.log10EndSentence(s);
    return settings.lmWeight() * score;
  }

  /**
   * log10 P(a brace is written | the original had it), under a spinner's channel: in text a spinner produced, a
   * "{" or "}" is almost always a leftover of its spintax ("{dollars}", "{that a|which}"). The language model does
   * not score braces, so without this cost keeping "{ dollars }" would beat the rule that removes them.
   */
  static final double SPINTAX_BRACE_KEEP_LOG10 = -2;

  /** The lattice's edges per start position; the first edge at each position keeps the word. */
  List<List<Edge>> edges(List<String> words, ChannelModel channel) {
    return edges(words, channel, DocumentIds.create(this));
  }

  /**
   * {@link #edges(List, ChannelModel)} looking ids up through the document's memo {@code memo}, a headline's words
   * as written (the evidence detection sums, with which its calibration was fitted).
   */
  List<List<Edge>> edges(List<String> words, ChannelModel channel, DocumentIds memo) {
    return edges(words, channel, memo, false);
  }

  /**
   * {@link #edges(List, ChannelModel, DocumentIds)}, or with {@code restoring} as restoration reads a sentence: a
   * headline's kept words looked up as a sentence would write them ({@link #headlineStart}), and every candidate of a
   * position kept, for {@link #pruneLocally} to keep the {@link DecoderSettings#maxCandidatesPerStart()} that fit their
   * words best (without it, the best by channel score alone).
   */
  List<List<Edge>> edges(List<String> words, ChannelModel channel, DocumentIds memo, boolean restoring) {
    boolean headlines = restoring;
    if (memo.vocabulary() != lm.vocabulary()) {
      throw new IllegalArgumentException("the ids are of another language model's vocabulary");
    }
    int n = words.size();
    List<List<Candidate>> byStart = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byStart.add(new ArrayList<>(0));
    }
    boolean[] listedSpans = null; // the words of the listed phrases found, before trimming
    for (int i = 0; i < n; i++) {
      for (Candidate c : channel.candidates(words, i)) {
        if (c.start() == i) { // a channel answers for spans starting at i; others were always dropped
          Candidate t = trimmed(words, c);
          byStart.get(t.start()).add(t);
          if (c.origin() == Candidate.Origin.PHRASE_LIST && settings.listedLog10Penalty() < 0) {
            listedSpans = listedSpans == null ? new boolean[n] : listedSpans;
            java.util.Arrays.fill(listedSpans, i, Math.min(n, i + c.length()), true);
          }
        }
      }
    }
    List<List<Edge>> out = new ArrayList<>(n);
    int headline = headlines ? headlineStart(words) : -1;
    boolean[] shouted = headlines && headline < 0 ? capitalRuns(words) : null;
    int first = shouted != null ? firstLexical(words) : -1;
    // each word's ids as the lattice reads it, and whether the model knows it
    int[][] tokenIds = new int[n][];
    boolean[] unknown = new boolean[n];
    for (int i = 0; i < n; i++) {
      String word = words.get(i);
      tokenIds[i] = memo.token(headline >= 0 ? headlineForm(word, i == headline, memo.vocabulary())
          : shouted != null && shouted[i] ? headlineForm(word, i == first, memo.vocabulary()) : word);
      unknown[i] = tokenIds[i].length == 1 && tokenIds[i][0] == lm.vocabulary().unknownId()
          && Words.isLexical(Words.canonical(word));
    }
    for (int i = 0; i < n; i++) {
      String word = words.get(i);
      String canon = Words.canonical(word);
      int[] ids = tokenIds[i];
      double keep = Words.isLexical(canon) ? Math.min(0, channel.log10Keep(canon))
          : canon.equals("{") || canon.equals("}") ? SPINTAX_BRACE_KEEP_LOG10 : 0;
      List<Edge> es = new ArrayList<>(2);
      es.add(new Edge(i, 1, word, ids, keep, true, channel.family(), null));
      List<Candidate> cands = byStart.get(i);
      if (!cands.isEmpty() && unknownFrom(i, unknown, cands)) {
        // the model cannot weigh a word it does not know against a known one: open-vocabulary guesses for a span
        // holding one stay out. A phrase always ("atrial fibrillation", which Moby lists, had made a clean abstract
        // spun at P 0.9997 as "heart"); a word unless the settings open it (openForUnknownWords)
        cands = new ArrayList<>(cands);
        // (but a spelling of the same letters is no guess: "life-time" -> "lifetime"; and the masked LM's proposals
        // were made and are judged by a model that reads the word in its sentence)
        int at = i;
        int shortest = settings.openForUnknownWords() ? 2 : 1;
        cands.removeIf(c -> c.length() >= shortest && ChannelModel.OPEN.equals(c.family())
            && c.origin() != Candidate.Origin.NEURAL && holdsUnknown(unknown, at, c.length())
            && !spanLetters(words, at, c.length()).equals(Words.letters(c.original())));
      }
      if (!cands.isEmpty()) {
        addCandidates(words, i, cands, es, memo, restoring ? Integer.MAX_VALUE : settings.maxCandidatesPerStart());
      }
      out.add(es);
    }
    if (listedSpans != null) {
      penaliseAroundListed(out, listedSpans, settings.listedLog10Penalty());
    }
    return out;
  }

  /** Whether a span of {@code cands}, all starting at {@code i}, holds a word flagged in {@code unknown}. */
  private static boolean unknownFrom(int i, boolean[] unknown, List<Candidate> cands) {
    int longest = 0;
    for (Candidate c : cands) {
      longest = Math.max(longest, c.length());
    }
    return holdsUnknown(unknown, i, longest);
  }

  /** The letters and digits of the words from {@code from}, canonical ({@link Words#canonical}), run together. */
  private static String spanLetters(List<String> words, int from, int length) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < Math.min(words.size(), from + length); k++) {
      b.append(Words.canonical(words.get(k)));
    }
    return Words.letters(b.toString());
  }

  private static boolean holdsUnknown(boolean[] unknown, int from, int length) {
    for (int k = from; k < Math.min(unknown.length, from + length); k++) {
      if (unknown[k]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds {@code penalty} ({@link DecoderSettings#listedLog10Penalty()}) to the channel score of every other reading
   * of a listed phrase's words ({@code listedSpans}, before trimming) than the list's: an edge that is not listed and
   * covers a word a listed edge replaces (keeping it, or another candidate), or a candidate for a word the listed
   * phrase keeps ("attractive separation" -> "magnetic separation" keeps "separation"). The edge remembers it in
   * {@link Edge#listedPenalty}.
   */
  private static void penaliseAroundListed(List<List<Edge>> out, boolean[] listedSpans, double penalty) {
    int n = out.size();
    boolean[] replaced = new boolean[n];
    for (int i = 0; i < n; i++) {
      for (Edge e : out.get(i)) {
        if (e.listed) {
          java.util.Arrays.fill(replaced, i, Math.min(n, i + e.len), true);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      List<Edge> es = out.get(i);
      for (int k = 0; k < es.size(); k++) {
        Edge e = es.get(k);
        if (e.listed) {
          continue;
        }
        boolean other = false;
        for (int j = i; j < Math.min(n, i + e.len) && !other; j++) {
          other = replaced[j] || !e.keep && listedSpans[j];
        }
        if (other) {
          es.set(k, new Edge(e.start, e.len, e.original, e.ids, e.channel + penalty, e.keep, e.family, e.origin,
              false, penalty));
        }
      }
    }
  }

  /**
   * The first lexical word of {@code words} when they are a headline in capitals ("MORTGAGE DEMAND PLUMMETS TO NEW
   * LOW AS RATES RACE", "Ethereum Funding Charge Suggests Merchants Are Now Bearish": three words or more, three in
   * four of them capitalised), else -1. The language model has read such words capitalised mostly as names or at a
   * sentence's start, so a kept "AS" or "Said" scored as written lost to any lower-case candidate ("AS" -> "CALLED",
   * "Said" -> "Stated").
   */
  static int headlineStart(List<String> words) {
    return org.unspin.lexicon.NameGuard.headlineStart(words);
  }

  /**
   * Which of {@code words} are written in capitals beside another word in capitals ("GIVEAWAY TIME!", "a LIMITED
   * TIME offer"), too few for {@link #headlineStart}: the language model has read "TIME" mostly as a name, so the
   * word kept as written lost to a candidate looked up in lower case ("TIME" -> "WHILE"). An acronym alone among
   * lower-case words ("the US economy") stays as written.
   */
  static boolean[] capitalRuns(List<String> words) {
    boolean[] out = null;
    for (int i = 0; i + 1 < words.size(); i++) {
      if (Words.inCapitals(words.get(i)) && Words.inCapitals(words.get(i + 1))) {
        out = out == null ? new boolean[words.size()] : out;
        out[i] = true;
        out[i + 1] = true;
      }
    }
    return out;
  }

  /**
   * The index of the first token of {@code words} that starts with a letter or a digit, else -1: the sentence's first
   * word, capitalised as a sentence writes it, unless a number comes first ("1000'S OF INDIVIDUALS" had its "OF" read
   * as "Of", a sentence's first word, and restored "BECAUSE").
   */
  private static int firstLexical(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * How a word of a headline in capitals is looked up: as a sentence would write it (lower case, the first word
   * capitalised) when the model knows that form; a name it knows only capitalised ("Ethereum") as written.
   */
  static String headlineForm(String word, boolean first, org.unspin.lm.Vocabulary vocabulary) {
    if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
      return word;
    }
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    String form = first ? org.unspin.text.CasePattern.capitalise(lower) : lower;
    return form.equals(word) || vocabulary.id(form) == vocabulary.unknownId() ? word : form;
  }

  /**
   * {@code c} without the words it leaves as they are at its ends: "convolutional neural organization" ->
   * "convolutional neural network" is the edit "organization" -> "network". Otherwise one output would have several
   * derivations (the whole listed phrase, "neural organization" -> "neural network", the word alone), each with
   * part of the posterior, and none reach the confidence an edit needs. The channel score is kept.
   */
  static Candidate trimmed(List<String> words, Candidate c) {
    String original = c.original().trim();
    if (c.length() < 2 || original.indexOf(' ') < 0 || c.start() < 0 || c.start() + c.length() > words.size()) {
      return c; // a span past the sentence's end is dropped later, as before
    }
    String[] o = original.split(" +");
    int len = c.length();
    int lead = 0;
    while (lead < Math.min(len, o.length) - 1
        && o[lead].equalsIgnoreCase(Words.canonical(words.get(c.start() + lead)))) {
      lead++;
    }
    int trail = 0;
    while (trail < Math.min(len, o.length) - 1 - lead
        && o[o.length - 1 - trail].equalsIgnoreCase(Words.canonical(words.get(c.start() + len - 1 - trail)))) {
      trail++;
    }
    if (lead + trail == 0) {
      return c;
    }
    String rest = String.join(" ", java.util.Arrays.copyOfRange(o, lead, o.length - trail));
    return new Candidate(c.start() + lead, len - lead - trail, rest, c.log10Channel(), c.family(), c.origin());
  }

  /** A candidate edge before its ids are looked up: only the edges kept get ids. */
  private record Pending(int len, String original, String key, double channel, String family,
      Candidate.Origin origin, boolean listed) {}

  /** Deterministic order of a position's candidates: best channel first, ties by length then text. */
  private static final Comparator<Pending> BEST_FIRST = (a, b) -> {
    int c = Double.compare(-a.channel(), -b.channel());
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.len(), b.len());
    return c != 0 ? c : a.original().compareTo(b.original());
  };

  /** Adds the edges of {@code cands} at position {@code i} to {@code es}: the {@code cap} best by channel score. */
  private void addCandidates(List<String> words, int i, List<Candidate> cands, List<Edge> es, DocumentIds memo,
      int cap) {
    int n = words.size();
    // one candidate per (length, lower-cased original), the best channel; a handful per position, so a list
    List<Pending> list = new ArrayList<>(cands.size());
    long seen = 0; // a bit per hash of (length, key) listed: most candidates are new, and a clear bit says so
    String[] spun = new String[4];
    for (Candidate c : cands) {
      if (c.start() != i || c.length() > n - i || c.original().isBlank()) {
        continue;
      }
      String original = c.original().trim();
      String spunText;
      if (c.length() < spun.length) {
        spunText = spun[c.length()];
        if (spunText == null) {
          spunText = spunText(words, i, c.length());
          spun[c.length()] = spunText;
        }
      } else {
        spunText = spunText(words, i, c.length());
      }
      if (original.equalsIgnoreCase(spunText) || c.length() == 1 && memo.sameWord(spunText, original)) {
        continue;
      }
      double channel = c.log10Channel();
      if (c.origin() == Candidate.Origin.NEURAL) {
        channel += settings.neuralLog10Penalty();
      } else if (ChannelModel.OPEN.equals(c.family()) || c.origin() == Candidate.Origin.THESAURUS) {
        channel += settings.openLog10Penalty();
      } else if (c.origin() == Candidate.Origin.MORPHOLOGY) {
        channel += settings.derivedLog10Penalty();
      }
      if (!(channel > Double.NEGATIVE_INFINITY)) {
        continue;
      }
      String key = original.toLowerCase(Locale.ROOT);
      int old = -1;
      long bit = 1L << (key.hashCode() * 31 + c.length()); // a shift uses the low six bits
      if ((seen & bit) != 0) {
        for (int k = 0; k < list.size(); k++) {
          Pending p = list.get(k);
          if (p.len() == c.length() && p.key().equals(key)) {
            old = k;
            break;
          }
        }
      }
      seen |= bit;
      boolean listed = c.origin() == Candidate.Origin.PHRASE_LIST || old >= 0 && list.get(old).listed();
      Pending p = new Pending(c.length(), original, key, channel, c.family(), c.origin(), listed);
      if (old < 0) {
        list.add(p);
      } else if (channel > list.get(old).channel()) {
        list.set(old, p);
      } else if (listed && !list.get(old).listed()) {
        Pending q = list.get(old);
        list.set(old, new Pending(q.len(), q.original(), q.key(), q.channel(), q.family(), q.origin(), true));
      }
    }
    list.sort(BEST_FIRST);
    int kept = Math.min(list.size(), cap);
    for (int k = 0; k < kept; k++) {
      Pending p = list.get(k);
      es.add(new Edge(i, p.len(), p.original(), memo.phrase(p.original()), p.channel(), false, p.family(),
          p.origin(), p.listed()));
    }
  }

  /** The spun words {@code [i, i+len)} joined by single spaces, canonical. */
  static String spunText(List<String> words, int i, int len) {
    if (len == 1) {
      return Words.canonical(words.get(i));
    }
    StringBuilder sb = new StringBuilder();
    for (int k = i; k < i + len; k++) {
      if (k > i) {
        sb.append(' ');
      }
      sb.append(Words.canonical(words.get(k)));
    }
    return sb.toString();
  }
}
