// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.unspin.lexicon.Inflections;
import org.unspin.lexicon.KeepEntry;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.TableEntry;

/**
 * Learns a spinner table from spun texts and their originals.
 *
 * <ol>
 *   <li>Each pair is aligned as whole texts ({@link Aligner}); swaps anchored by matches on both sides become
 *       substitutions, insertions and deletions (text present on one side only) are ignored.
 *   <li>A swap of several words on both sides is split into smaller swaps when every piece is also seen as a swap
 *       of its own somewhere in the data ("officers mentioned" / "officials said" when officers / officials and
 *       mentioned / said are attested; "go to may" / "visit might" into go to / visit and may / might), and kept
 *       as a phrase otherwise ("find yourself" / "end up").
 *   <li>P(spun | original) = c(original -> spun) / (N(original) + 1), where N counts the original phrase's
 *       occurrences in the originals; the 1 reserves mass for substitutions not seen. P(kept | w) =
 *       (kept(w) + 0.5) / (N(w) + 1) for every word substituted at least once; other words get the table's
 *       default keep probability, 1 minus the Good-Turing estimate of the rate of unseen substitutions (the share of
 *       original tokens whose substitution was seen exactly once), at least 0.5.
 *   <li>A swap seen only once is dropped when it looks like an alignment artefact (one side is the other plus
 *       words, or the sides differ by two or more words).
 *   <li>One-word substitutions that share an inflection ("officials" / "officers", "said" / "mentioned") are
 *       pooled into lemma entries (official / officer, say / mention) so unseen inflections are covered.
 * </ol>
 *
 * <p>Case: phrases are lower-cased unless the original starts with a capital letter away from a sentence start
 * ("May" / "Could" before a day), which keeps both sides as written.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SupervisedLearner {

  /** A spun text and its original; {@code name} identifies it in reports. */
  public record Pair(String name, String spun, String orig) {}

  /** A substitution found in one pair. */
  public record Substitution(String original, String spun, boolean caseBearing) {}

  private final String family;
  private final Predicate<String> knownWord;
  private final boolean edgesAnchor;
  private final boolean splitEqual;
  private double symmetric;
  /** Word pairs a compound swap may be split into ({@link #splitRelated}); null: no such splitting. */
  private BiPredicate<String, String> related;
  /** The lower-case phrases {@link #lengthening} accepts as content; by default none. */
  private Predicate<String> lengthening = o -> false;

  SupervisedLearner(String family, Predicate<String> knownWord, boolean edgesAnchor, boolean splitEqual) {
    this.family = family;
    this.knownWord = knownWord;
    this.edgesAnchor = edgesAnchor;
    this.splitEqual = splitEqual;
  }

  private SupervisedLearner with(boolean edges, boolean split) {
    SupervisedLearner l = new SupervisedLearner(family, knownWord, edges, split);
    l.symmetric = symmetric;
    l.related = related;
    l.lengthening = lengthening;
    return l;
  }

  /**
   * A learner that also splits a swap that no finer attested swaps explain, counting the pieces beside the whole
   * swap: into attested pieces and one-word pairs that are {@code related} (the thesaurus lists them as neighbours,
   * or they share a lemma: "buying pressure" / "shopping for stress" with "buying" / "shopping for" attested), or, n
   * words for n, word by word when every changed pair is related ("bad business decisions" / "unhealthy industry
   * choices"), so that the spinner's "business" -> "industry" reaches other phrases ({@link #pieces}). Case-bearing
   * swaps (names: "Big Lots" / "Huge Heaps") stay whole, and so do swaps with an unrelated pair (an idiom, "each
   * other" / "one another", or an alignment leftover, "only those coins" / "under these cash"). Null turns it off
   * (the default).
   */
  public SupervisedLearner splitRelated(BiPredicate<String, String> related) {
    SupervisedLearner l = with(edgesAnchor, splitEqual);
    l.related = related;
    return l;
  }

  /**
   * A learner that keeps the swaps seen once whose spun side is two or more words longer than the original, neither
   * side holding the other, where {@code content} accepts the (lower-case) original ("half and half" / "hybrid",
   * "set of rules" / "algorithm"); it otherwise drops them as alignment noise ({@link #looksLikeAlignmentNoise}).
   * Right for a tortured-phrase list, whose rows are short clean pairs written by a spinner that lengthens, wrong for
   * long texts, where such swaps are mostly alignment leftovers. With {@link #splitEqualLength}, a swap of unequal
   * lengths is also counted without its attested end words ({@link #peeled}) where {@code content} accepts what is
   * left's original and its spun side's end words. Off by default (nothing accepted).
   */
  public SupervisedLearner lengthening(Predicate<String> content) {
    SupervisedLearner l = with(edgesAnchor, splitEqual);
    l.lengthening = Objects.requireNonNull(content);
    return l;
  }

  /**
   * A learner that also writes, for every surface entry o -> s whose reverse is not seen, the entry s -> o with
   * {@code weight} times its probability and count 0 (spinner dictionaries are mostly symmetric synonym groups:
   * a spinner that writes "those" for "these" tends to write "these" for "those"), at most the mass that s's own
   * entries and keep probability leave, so that they still sum to 1 at most. 0 (the default) turns it off.
   */
  public SupervisedLearner symmetric(double weight) {
    if (!(weight >= 0 && weight <= 1)) {
      throw new IllegalArgumentException("symmetric weight must be in [0, 1]: " + weight);
    }
    SupervisedLearner l = with(edgesAnchor, splitEqual);
    l.symmetric = weight;
    return l;
  }

  /**
   * The relation {@link #splitRelated} uses by default: two words are related when either is a thesaurus neighbour
   * of the other, directly or through their lemmas ("decisions" / "choices"), or they share a lemma.
   */
  public static BiPredicate<String, String> thesaurusRelation(
      org.unspin.thesaurus.Thesaurus thesaurus, org.unspin.thesaurus.Morphology morphology) {
    return (o, s) -> {
      if (thesaurus.synonyms(o).contains(s) || thesaurus.synonyms(s).contains(o)) {
        return true;
      }
      for (String lo : morphology.lemmas(o)) {
        for (String ls : morphology.lemmas(s)) {
          if (lo.equals(ls) || thesaurus.synonyms(lo).contains(ls) || thesaurus.synonyms(ls).contains(lo)) {
            return true;
          }
        }
      }
      return false;
    };
  }

  /**
   * A learner that also trusts swaps at the very start or end of a text: right for short phrase pairs (a
   * tortured-phrase list), wrong for excerpts cut mid-sentence (the default).
   */
  public SupervisedLearner edgesAnchor(boolean edges) {
    return with(edges, splitEqual);
  }

  /**
   * A learner that splits every swap of n words for n words into n one-word substitutions, attested or not: right
   * for word-for-word spinners and tortured-phrase lists ("counterfeit consciousness" / "artificial intelligence"),
   * wrong for phrase spinners ("find yourself" / "end up"), so off by default.
   */
  public SupervisedLearner splitEqualLength(boolean split) {
    return with(edgesAnchor, split);
  }

  /**
   * A learner for spinner family {@code family}; {@code knownWord} says which lower-case words are real English
   * lemmas (used to reject spurious stems when pooling inflections), e.g. the vocabulary of the training texts.
   */
  public static SupervisedLearner create(String family, Predicate<String> knownWord) {
    return new SupervisedLearner(family, knownWord, false, false);
  }

  /**
   * The learner of {@code unspin learn} with its thesauri: words are known when WordNet or Moby lists them or their
   * lemmas ({@link org.unspin.lexicon.SpinnerModels#vocabulary}), and swaps are split into related words by
   * {@link #thesaurusRelation} over both ({@link #splitRelated}). The crawl job and the measurements use it too, so
   * that one set of pairs gives one table however it is learned.
   */
  public static SupervisedLearner withThesauri(String family, org.unspin.thesaurus.WordNet wordNet,
      org.unspin.thesaurus.Moby moby) {
    org.unspin.thesaurus.Thesaurus t = org.unspin.thesaurus.Thesauri.union(wordNet, moby);
    return create(family, org.unspin.lexicon.SpinnerModels.vocabulary(t))
        .splitRelated(thesaurusRelation(t, org.unspin.thesaurus.Morphology.english(wordNet)));
  }

  /** Learns a table from {@code pairs}. */
  public SpinnerTable learn(List<Pair> pairs) {
    return learnAligned(alignAll(pairs));
  }

  /** Aligns every pair ({@link #align}), for {@link #learnAligned} and {@link #longerSwaps} to share. */
  public static List<Aligned> alignAll(List<Pair> pairs) {
    List<Aligned> aligned = new ArrayList<>(pairs.size());
    for (Pair p : pairs) {
      aligned.add(align(p));
    }
    return aligned;
  }

  /** A pair with its alignment, computed once and reusable across learners (leave-one-out folds). */
  public record Aligned(Pair pair, TextWords orig, Aligner.Alignment alignment) {}

  /** Aligns one pair ({@link Aligner}). */
  public static Aligned align(Pair p) {
    TextWords s = TextWords.of(p.spun());
    TextWords o = TextWords.of(p.orig());
    return new Aligned(p, o, Aligner.align(s.words(), o.words()));
  }

  /** Learns a table from pairs aligned beforehand. */
  public SpinnerTable learnAligned(List<Aligned> aligned) {
    List<Aligned> pairs = resplit(reattached(aligned));
    Map<String, Integer> occ = new HashMap<>(); // lower-case n-grams (1..4) of the originals
    Map<String, Integer> kept = new HashMap<>();
    List<List<Substitution>> perPair = new ArrayList<>();
    long origTokens = 0;
    for (Aligned al : pairs) {
      TextWords o = al.orig();
      Aligner.Alignment a = al.alignment();
      List<String> ow = lower(o.words());
      origTokens += ow.size();
      for (int i = 0; i < ow.size(); i++) {
        for (int len = 1; len <= TableEntry.MAX_TOKENS && i + len <= ow.size(); len++) {
          occ.merge(String.join(" ", ow.subList(i, i + len)), 1, Integer::sum);
        }
      }
      for (Aligner.Block b : a.blocks()) {
        if (b.kind() == Aligner.Kind.MATCH) {
          for (int k = b.origFrom(); k < b.origTo(); k++) {
            kept.merge(ow.get(k), 1, Integer::sum);
          }
        }
      }
    }
    Set<String> expansions = expansions(pairs, edgesAnchor);
    for (Aligned al : pairs) {
      perPair.add(substitutions(al.alignment(), al.orig(), edgesAnchor, expansions));
    }
    // single-word substitutions attested on their own
    Set<String> single = new HashSet<>();
    for (List<Substitution> subs : perPair) {
      for (Substitution x : subs) {
        single.add(x.original().toLowerCase(Locale.ROOT) + "\t" + x.spun().toLowerCase(Locale.ROOT));
      }
    }
    if (splitEqual) {
      // the word pairs of split swaps are attested too: what an unequal swap's ends are peeled by (pieces)
      for (List<Substitution> subs : perPair) {
        for (Substitution x : subs) {
          for (Substitution y : splitWords(x)) {
            single.add(y.original().toLowerCase(Locale.ROOT) + "\t" + y.spun().toLowerCase(Locale.ROOT));
          }
        }
      }
    }
    Map<String, Integer> subCount = new HashMap<>(); // original \t spun
    Map<String, Integer> subTotal = new HashMap<>(); // by lower-case original
    // original \t spun -> the distinct original texts it was seen in: spins of one original share its accidents
    Map<String, Set<String>> subOriginals = new HashMap<>();
    // each pair's swaps as the table counts them, split once (pieces) for the counts and for unseenOriginals
    List<List<Substitution>> counted = new ArrayList<>(perPair.size());
    for (int k = 0; k < perPair.size(); k++) {
      String source = pairs.get(k).pair().orig();
      List<Substitution> pieces = new ArrayList<>();
      for (Substitution x : perPair.get(k)) {
        pieces.addAll(pieces(x, single));
      }
      for (Substitution y : pieces) {
        subCount.merge(y.original() + "\t" + y.spun(), 1, Integer::sum);
        subTotal.merge(y.original().toLowerCase(Locale.ROOT), 1, Integer::sum);
        subOriginals.computeIfAbsent(y.original() + "\t" + y.spun(), z -> new HashSet<>()).add(source);
      }
      counted.add(pieces);
    }
    SpinnerTable.Builder table = SpinnerTable.builder(family);
    if (perPair.size() > 1) {
      table.metadata(SpinnerTable.UNSEEN_ORIGINALS, String.format(Locale.ROOT, "%.4f",
          unseenOriginals(pairs, counted)));
    }
    Map<String, Integer> subsSeenOnce = new HashMap<>();
    for (Map.Entry<String, Integer> e : subCount.entrySet()) {
      String[] f = e.getKey().split("\t");
      String lo = f[0].toLowerCase(Locale.ROOT);
      if (e.getValue() == 1 && looksLikeAlignmentNoise(lo, f[1].toLowerCase(Locale.ROOT))
          && !(lengthens(lo, f[1].toLowerCase(Locale.ROOT)) && lengthening.test(lo))
          || subOriginals.get(e.getKey()).size() == 1 && looksLikeOmission(f[0], f[1])) {
        continue;
      }
      int n = denominator(lo, occ, kept, subTotal);
      double p = e.getValue() / (n + 1.0);
      table.add(new TableEntry(TableEntry.Level.SURFACE, f[0], f[1], p, e.getValue()));
      if (e.getValue() == 1) {
        subsSeenOnce.merge(lo, 1, Integer::sum);
      }
    }
    for (String w : subTotal.keySet()) {
      if (w.indexOf(' ') >= 0) {
        continue;
      }
      int n = denominator(w, occ, kept, subTotal);
      int k = kept.getOrDefault(w, 0);
      table.keep(new KeepEntry(w, Math.min(1.0, (k + 0.5) / (n + 1.0)), n));
    }
    if (symmetric > 0) {
      // after the keep probabilities: a reverse entry takes at most the mass its original has left ("period" ->
      // "interval" 0.9 and kept 0.05 had "era" added at 0.15, and the table, over 1, could not be written)
      SpinnerTable forward = table.build();
      Map<String, Double> mass = new HashMap<>(org.unspin.lexicon.SpinnerTables.mass(forward));
      Set<String> have = new HashSet<>();
      for (TableEntry e : forward.entries()) {
        have.add(e.original().toLowerCase(Locale.ROOT) + "\t" + e.spun().toLowerCase(Locale.ROOT));
      }
      for (TableEntry e : forward.entries()) {
        if (e.level() == TableEntry.Level.SURFACE
            && have.add(e.spun().toLowerCase(Locale.ROOT) + "\t" + e.original().toLowerCase(Locale.ROOT))) {
          double left = 1.0 - mass.getOrDefault(e.spun(), 0.0);
          double p = Math.min(Math.max(1e-6, e.probability() * symmetric), left - 1e-6);
          if (p >= 1e-6) {
            table.add(new TableEntry(TableEntry.Level.SURFACE, e.spun(), e.original(), p, 0));
            mass.merge(e.spun(), p, Double::sum);
          }
        }
      }
    }
    int once = subsSeenOnce.values().stream().mapToInt(Integer::intValue).sum();
    // Good-Turing: the share of tokens whose substitution was seen once; capped at half, since with a handful of
    // pairs (a three-row phrase list) every token can be a singleton and the estimate reaches 1
    double unseen = origTokens == 0 ? 0.01 : Math.min(0.5, Math.max(1e-4, once / (double) origTokens));
    table.defaultKeep(1.0 - unseen);
    // lemma entries
    Map<String, int[]> lemma = new HashMap<>(); // lo \t ls -> {count, denominator}
    for (Map.Entry<String, Integer> e : subCount.entrySet()) {
      String[] f = e.getKey().split("\t");
      if (f[0].indexOf(' ') >= 0 || f[1].indexOf(' ') >= 0 || !f[0].equals(f[0].toLowerCase(Locale.ROOT))) {
        continue;
      }
      List<Inflections.Reading[]> shared = Inflections.sharedForms(f[0], f[1], knownWord);
      String key;
      if (!shared.isEmpty()) {
        key = shared.get(0)[0].lemma() + "\t" + shared.get(0)[1].lemma();
      } else if (e.getValue() == 1 && looksLikeAlignmentNoise(f[0], f[1])) {
        continue;
      } else if (knownWord.test(f[0]) && knownWord.test(f[1])) {
        key = f[0] + "\t" + f[1];
      } else {
        continue;
      }
      int[] v = lemma.computeIfAbsent(key, x -> new int[3]);
      v[0] += e.getValue();
      v[1] += denominator(f[0], occ, kept, subTotal);
      v[2] += shared.isEmpty() ? 0 : 1;
    }
    for (Map.Entry<String, int[]> e : lemma.entrySet()) {
      int[] v = e.getValue();
      String[] f = e.getKey().split("\t");
      if (f[0].equals(f[1]) || v[2] == 0) {
        continue; // only pairs seen inflected generalise beyond their surface entries
      }
      table.add(new TableEntry(TableEntry.Level.LEMMA, f[0], f[1], v[0] / (v[1] + 1.0), v[0]));
    }
    table.metadata("learned", "supervised from " + pairs.size() + " pairs, " + origTokens + " original tokens");
    String longer = longerSwaps(pairs, edgesAnchor);
    if (!longer.isEmpty()) {
      table.metadata(LEFT_OUT, longer);
    }
    return table.build();
  }

  /**
   * The leave-one-original-out share of swaps whose original the rest of the data never gave for their spun form:
   * over every swap (as the table counts them) whose spun form the pairs of the other original texts also hold, the
   * share whose original none of those pairs gave for it. A table learned without one original text misses that
   * text's original for a spun form it lists this often ({@link SpinnerTable#UNSEEN_ORIGINALS}); 0 when no spun form
   * is shared between original texts, at most {@link #MOST_UNSEEN_ORIGINALS}. {@code counted} holds each pair's
   * swaps as the table counts them ({@link #pieces}).
   */
  static double unseenOriginals(List<Aligned> pairs, List<List<Substitution>> counted) {
    Map<String, Set<String>> spunIn = new HashMap<>(); // lower-case spun -> the original texts it was seen in
    Map<String, Set<String>> swapIn = new HashMap<>(); // lower-case original \t spun -> the same
    for (int k = 0; k < counted.size(); k++) {
      String source = pairs.get(k).pair().orig();
      for (Substitution y : counted.get(k)) {
        String s = y.spun().toLowerCase(Locale.ROOT);
        spunIn.computeIfAbsent(s, z -> new HashSet<>()).add(source);
        swapIn.computeIfAbsent(y.original().toLowerCase(Locale.ROOT) + "\t" + s, z -> new HashSet<>()).add(source);
      }
    }
    long shared = 0;
    long unseen = 0;
    for (int k = 0; k < counted.size(); k++) {
      String source = pairs.get(k).pair().orig();
      for (Substitution y : counted.get(k)) {
        String s = y.spun().toLowerCase(Locale.ROOT);
        if (elsewhere(spunIn.get(s), source)) {
          shared++;
          if (!elsewhere(swapIn.get(y.original().toLowerCase(Locale.ROOT) + "\t" + s), source)) {
            unseen++;
          }
        }
      }
    }
    // at most half, as the default keep probability's estimate: with a handful of texts every shared form can miss
    return shared == 0 ? 0 : Math.min(MOST_UNSEEN_ORIGINALS, unseen / (double) shared);
  }

  /** Whether {@code sources} holds an original text other than {@code source}. */
  private static boolean elsewhere(Set<String> sources, String source) {
    return sources.size() > 1 || !sources.contains(source);
  }

  /**
   * The swaps of the aligned pairs longer than {@link TableEntry#MAX_TOKENS} words a side, which no table entry
   * holds, as lower-case {@code original \t spun} with how often each was seen, the most frequent first: what
   * {@code learn --long-swaps} writes as a user table.
   */
  public Map<String, Integer> longerSwaps(List<Aligned> aligned) {
    return longerSwapCounts(resplit(reattached(aligned)), edgesAnchor);
  }

  private static Map<String, Integer> longerSwapCounts(List<Aligned> pairs, boolean edgesAnchor) {
    Map<String, Integer> counts = new HashMap<>();
    for (Aligned al : pairs) {
      Aligner.Alignment a = al.alignment();
      for (Aligner.Block b : a.anchoredSwaps(edgesAnchor)) {
        if (b.spunTo() - b.spunFrom() > TableEntry.MAX_TOKENS || b.origTo() - b.origFrom() > TableEntry.MAX_TOKENS) {
          counts.merge(lower(a.origText(b)) + "\t" + lower(a.spunText(b)), 1, Integer::sum);
        }
      }
    }
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * The metadata key of the swaps a table cannot hold, more than {@link TableEntry#MAX_TOKENS} words a side
   * ("'because' -> 'on account of the fact that' (11)"), which restoration will not undo: {@code learn} says so.
   */
  public static final String LEFT_OUT = "left-out";

  /** The most {@link #unseenOriginals} says: a table that would miss more is too small to say how much. */
  static final double MOST_UNSEEN_ORIGINALS = 0.5;

  /**
   * The anchored swaps of more than {@link TableEntry#MAX_TOKENS} words a side, the most frequent first: how many
   * there were and the three most frequent ("3 swaps longer than 4 words, such as 'because' -> 'on account of the
   * fact that' (11)"); "" when none.
   */
  static String longerSwaps(List<Aligned> pairs, boolean edgesAnchor) {
    Map<String, Integer> counts = longerSwapCounts(pairs, edgesAnchor);
    if (counts.isEmpty()) {
      return "";
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    String top = counts.entrySet().stream().limit(3).map(e -> {
      String[] f = e.getKey().split("\t");
      return "'" + f[0] + "' -> '" + f[1] + "' (" + e.getValue() + ")";
    }).collect(Collectors.joining(", "));
    return total + (total == 1 ? " swap" : " swaps") + " longer than " + TableEntry.MAX_TOKENS + " words, such as "
        + top;
  }

  /**
   * The pairs with each word a spinner adds beside a word it keeps given to the side the pairs agree on. The aligner
   * cannot tell "a new" / "a brand new" as "a" -> "a brand" from "new" -> "brand new" (the two cost the same, and it
   * gives the word to the left): a trial's spinner that writes "brand new" for "new" had been learned as "a" -> "a
   * brand", "the" -> "the brand" and "three" -> "brand", and restored "three new" for "brand new". Of the two readings
   * of such a swap (the words added after the kept word x, or before the kept word y that follows), the one whose
   * swap the pairs hold more often wins (counting both readings of every such swap); a tie keeps the aligner's.
   */
  static List<Aligned> reattached(List<Aligned> pairs) {
    Map<String, Integer> votes = new HashMap<>();
    for (Aligned al : pairs) {
      List<Aligner.Block> bs = al.alignment().blocks();
      for (int k = 0; k < bs.size(); k++) {
        for (String key : readings(al.alignment(), bs, k)) {
          votes.merge(key, 1, Integer::sum);
        }
      }
    }
    List<Aligned> out = new ArrayList<>(pairs.size());
    for (Aligned al : pairs) {
      Aligner.Alignment a = al.alignment();
      List<Aligner.Block> bs = new ArrayList<>(a.blocks());
      boolean changed = false;
      for (int k = 0; k < bs.size(); k++) {
        String[] r = readings(a, bs, k);
        if (r.length == 0 || votes.getOrDefault(r[1], 0) <= votes.getOrDefault(r[0], 0)) {
          continue;
        }
        Aligner.Block b = bs.get(k);
        if (addedAfter(a, b)) { // "x h" / "x" + match "y ..." -> match "x" + "h y" / "y" + match "..."
          Aligner.Block next = bs.get(k + 1);
          List<Aligner.Block> with = new ArrayList<>();
          with.add(new Aligner.Block(Aligner.Kind.MATCH, b.spunFrom(), b.spunFrom() + 1, b.origFrom(),
              b.origFrom() + 1));
          with.add(new Aligner.Block(Aligner.Kind.SWAP, b.spunFrom() + 1, b.spunTo() + 1, b.origTo(), b.origTo() + 1));
          if (next.spunTo() > next.spunFrom() + 1) {
            with.add(new Aligner.Block(Aligner.Kind.MATCH, next.spunFrom() + 1, next.spunTo(), next.origFrom() + 1,
                next.origTo()));
          }
          bs.subList(k, k + 2).clear();
          bs.addAll(k, with);
        } else { // match "... x" + "h y" / "y" -> match "..." + "x h" / "x" + match "y"
          Aligner.Block prev = bs.get(k - 1);
          List<Aligner.Block> with = new ArrayList<>();
          if (prev.spunTo() - 1 > prev.spunFrom()) {
            with.add(new Aligner.Block(Aligner.Kind.MATCH, prev.spunFrom(), prev.spunTo() - 1, prev.origFrom(),
                prev.origTo() - 1));
          }
          with.add(new Aligner.Block(Aligner.Kind.SWAP, b.spunFrom() - 1, b.spunTo() - 1, b.origFrom() - 1,
              b.origTo() - 1));
          with.add(new Aligner.Block(Aligner.Kind.MATCH, b.spunTo() - 1, b.spunTo(), b.origTo() - 1, b.origTo()));
          bs.subList(k - 1, k + 1).clear();
          bs.addAll(k - 1, with);
        }
        changed = true;
      }
      out.add(changed ? new Aligned(al.pair(), al.orig(), new Aligner.Alignment(a.spun(), a.orig(), bs)) : al);
    }
    return out;
  }

  /**
   * The pairs with the cut between two neighbouring swaps moved to where the pairs agree. The aligner cannot tell
   * "outfit went on to" / "company" + "say" / "said" from "outfit" / "company" + "went on to say" / "said" (the two
   * cost the same), and the first had been learned ("company" -> "outfit went on to", "said" -> "say") beside the
   * forty-six "said" -> "went on to say" of a trial's pairs. Of every cut of the spun words between the two originals
   * (each side 1 to {@link TableEntry#MAX_TOKENS} tokens), the one whose two swaps the pairs hold most often as whole
   * swaps wins; a side that is its original as written is a match. A tie keeps the aligner's cut.
   */
  static List<Aligned> resplit(List<Aligned> pairs) {
    Map<String, Integer> held = new HashMap<>();
    for (Aligned al : pairs) {
      Aligner.Alignment a = al.alignment();
      for (Aligner.Block b : a.blocks()) {
        if (b.kind() == Aligner.Kind.SWAP) {
          held.merge(lower(a.origText(b)) + "\t" + lower(a.spunText(b)), 1, Integer::sum);
        }
      }
    }
    List<Aligned> out = new ArrayList<>(pairs.size());
    for (Aligned al : pairs) {
      Aligner.Alignment a = al.alignment();
      List<Aligner.Block> bs = new ArrayList<>(a.blocks());
      boolean changed = false;
      for (int k = 0; k + 1 < bs.size(); k++) {
        Aligner.Block x = bs.get(k);
        Aligner.Block y = bs.get(k + 1);
        if (x.kind() != Aligner.Kind.SWAP || y.kind() != Aligner.Kind.SWAP) {
          continue;
        }
        String o1 = lower(a.origText(x));
        String o2 = lower(a.origText(y));
        int from = x.spunFrom();
        int to = y.spunTo();
        int best = x.spunTo();
        long bestScore = cutScore(a, held, o1, o2, from, best, to);
        for (int cut = from + 1; cut < to; cut++) {
          if (cut - from > TableEntry.MAX_TOKENS || to - cut > TableEntry.MAX_TOKENS) {
            continue;
          }
          long score = cutScore(a, held, o1, o2, from, cut, to);
          if (score > bestScore) {
            bestScore = score;
            best = cut;
          }
        }
        if (best != x.spunTo()) {
          List<Aligner.Block> with = new ArrayList<>(2);
          with.add(new Aligner.Block(spunWords(a, from, best).equals(o1) ? Aligner.Kind.MATCH : Aligner.Kind.SWAP,
              from, best, x.origFrom(), x.origTo()));
          with.add(new Aligner.Block(spunWords(a, best, to).equals(o2) ? Aligner.Kind.MATCH : Aligner.Kind.SWAP,
              best, to, y.origFrom(), y.origTo()));
          bs.subList(k, k + 2).clear();
          bs.addAll(k, with);
          changed = true;
        }
      }
      out.add(changed ? new Aligned(al.pair(), al.orig(), new Aligner.Alignment(a.spun(), a.orig(), bs)) : al);
    }
    return out;
  }

  /** The spun words [from, to) of {@code a}, in lower case, joined by single spaces. */
  private static String spunWords(Aligner.Alignment a, int from, int to) {
    return lower(String.join(" ", a.spun().subList(from, to)));
  }

  /**
   * How often the pairs hold the two swaps of the spun words [from, cut) for {@code o1} and [cut, to) for {@code o2},
   * a side that is its original as written counting as often as the commonest swap can.
   */
  private static long cutScore(Aligner.Alignment a, Map<String, Integer> held, String o1, String o2, int from, int cut,
      int to) {
    String s1 = spunWords(a, from, cut);
    String s2 = spunWords(a, cut, to);
    long kept = Integer.MAX_VALUE / 4;
    return (s1.equals(o1) ? kept : held.getOrDefault(o1 + "\t" + s1, 0))
        + (s2.equals(o2) ? kept : held.getOrDefault(o2 + "\t" + s2, 0));
  }

  /**
   * The two readings of block {@code k} when it is a swap that adds words beside a word it keeps, next to a match
   * on the other side: {@code {as aligned, the other}}, each {@code original \t spun} in lower case; empty for other
   * blocks.
   */
  private static String[] readings(Aligner.Alignment a, List<Aligner.Block> bs, int k) {
    Aligner.Block b = bs.get(k);
    if (b.kind() != Aligner.Kind.SWAP || b.origTo() - b.origFrom() != 1 || b.spunTo() - b.spunFrom() < 2) {
      return new String[0];
    }
    if (addedAfter(a, b) && k + 1 < bs.size() && bs.get(k + 1).kind() == Aligner.Kind.MATCH
        && b.spunTo() - b.spunFrom() <= TableEntry.MAX_TOKENS && isWord(a.orig().get(b.origTo()))) {
      String y = lower(a.orig().get(b.origTo()));
      String added = lower(String.join(" ", a.spun().subList(b.spunFrom() + 1, b.spunTo())));
      return new String[] {lower(a.origText(b)) + "\t" + lower(a.spunText(b)), y + "\t" + added + " " + y};
    }
    if (addedBefore(a, b) && k > 0 && bs.get(k - 1).kind() == Aligner.Kind.MATCH
        && b.spunTo() - b.spunFrom() <= TableEntry.MAX_TOKENS && isWord(a.orig().get(b.origFrom() - 1))) {
      String x = lower(a.orig().get(b.origFrom() - 1));
      String added = lower(String.join(" ", a.spun().subList(b.spunFrom(), b.spunTo() - 1)));
      return new String[] {lower(a.origText(b)) + "\t" + lower(a.spunText(b)), x + "\t" + x + " " + added};
    }
    return new String[0];
  }

  /** Whether swap {@code b}, of one original word, writes that word first and adds words after it. */
  private static boolean addedAfter(Aligner.Alignment a, Aligner.Block b) {
    return isWord(a.orig().get(b.origFrom()))
        && a.spun().get(b.spunFrom()).equalsIgnoreCase(a.orig().get(b.origFrom()));
  }

  /** Whether swap {@code b}, of one original word, adds words before that word and writes it last. */
  private static boolean addedBefore(Aligner.Alignment a, Aligner.Block b) {
    return isWord(a.orig().get(b.origFrom()))
        && a.spun().get(b.spunTo() - 1).equalsIgnoreCase(a.orig().get(b.origFrom()));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /**
   * A swap seen once that is more likely an alignment artefact than a spinner rule: one side contains the other
   * as whole words plus extra words ("2024" / "2024 gross"), or the sides differ by two or more words.
   */
  static boolean looksLikeAlignmentNoise(String o, String s) {
    int lo = TableEntryTokens.count(o);
    int ls = TableEntryTokens.count(s);
    if (Math.abs(lo - ls) >= 2) {
      return true;
    }
    String po = " " + o + " ";
    String ps = " " + s + " ";
    return lo != ls && (ps.contains(po) || po.contains(ps));
  }

  /**
   * A swap whose spun side is two or more words longer than its original and holds no side in the other ("imaginative
   * and prescient" / "vision", not "2024 gross" / "2024"): what {@link #lengthening} keeps.
   */
  static boolean lengthens(String o, String s) {
    return TableEntryTokens.count(s) >= TableEntryTokens.count(o) + 2
        && !(" " + s + " ").contains(" " + o + " ");
  }

  /**
   * A swap whose spun side is two or more words shorter than its original: spinners lengthen ("recently" -> "not too
   * long ago") far more often than they shorten, and a spun copy made from another version of the article than the
   * original we have leaves such swaps behind in every spin of it ("ETFs being approved in" -> "that", seen in two
   * spins of one original). Applied to swaps seen in one original only.
   */
  static boolean looksLikeOmission(String o, String s) {
    return TableEntryTokens.count(s) <= TableEntryTokens.count(o) - 2;
  }

  /** Token counting for phrases joined by single spaces. */
  private static final class TableEntryTokens {
    static int count(String p) {
      int n = 1;
      for (int i = 0; i < p.length(); i++) {
        if (p.charAt(i) == ' ') {
          n++;
        }
      }
      return n;
    }
  }

  private static int denominator(String lo, Map<String, Integer> occ, Map<String, Integer> kept,
      Map<String, Integer> subTotal) {
    int n = occ.getOrDefault(lo, 0);
    int floor = subTotal.getOrDefault(lo, 0) + (lo.indexOf(' ') < 0 ? kept.getOrDefault(lo, 0) : 0);
    return Math.max(n, floor);
  }

  /** The anchored substitutions of an alignment, case handled as the class describes. */
  public static List<Substitution> substitutions(Aligner.Alignment a, TextWords orig, boolean edgesAnchor) {
    return substitutions(a, orig, edgesAnchor, Set.of());
  }

  /**
   * As {@link #substitutions(Aligner.Alignment, TextWords, boolean)}, with a swap whose spun side starts with an
   * {@link #expansions expansion} of the word before it read as that expansion plus the rest of the swap.
   */
  static List<Substitution> substitutions(Aligner.Alignment a, TextWords orig, boolean edgesAnchor,
      Set<String> expansions) {
    List<Substitution> out = new ArrayList<>();
    for (Aligner.Block b : a.anchoredSwaps(edgesAnchor)) {
      if (b.spunTo() - b.spunFrom() > TableEntry.MAX_TOKENS || b.origTo() - b.origFrom() > TableEntry.MAX_TOKENS) {
        continue;
      }
      String key = expansionKey(a, b);
      if (key != null && expansions.contains(key)) {
        // "Chinese" + "language individuals" / "people": "Chinese" -> "Chinese language", "people" -> "individuals"
        int k = b.origFrom() - 1;
        String word = a.orig().get(k);
        String grown = word + " " + a.spun().get(b.spunFrom());
        boolean cb = caseBearing(orig, k, word);
        out.add(cb ? new Substitution(word, grown, true)
            : new Substitution(word.toLowerCase(Locale.ROOT), grown.toLowerCase(Locale.ROOT), false));
        b = new Aligner.Block(b.kind(), b.spunFrom() + 1, b.spunTo(), b.origFrom(), b.origTo());
      }
      boolean caseBearing = caseBearing(orig, b.origFrom(), a.orig().get(b.origFrom()));
      String o = a.origText(b);
      String s = a.spunText(b);
      if (!caseBearing) {
        o = o.toLowerCase(Locale.ROOT);
        s = s.toLowerCase(Locale.ROOT);
      }
      if (!o.equalsIgnoreCase(s) && !changesNumbers(a, b)) {
        out.add(new Substitution(o, s, caseBearing));
      }
    }
    return out;
  }

  /**
   * Whether both sides of swap {@code b} hold numbers (tokens with a digit) and they differ: not a spinner's swap but
   * another version of the text ("2023" / "2024", "12 cars" / "14 vehicles" of an article updated since), which a
   * table would turn back in every text it restores. A number written out on one side only ("7" / "seven") is kept.
   */
  static boolean changesNumbers(Aligner.Alignment a, Aligner.Block b) {
    List<String> o = numbers(a.orig().subList(b.origFrom(), b.origTo()));
    List<String> s = numbers(a.spun().subList(b.spunFrom(), b.spunTo()));
    return !o.isEmpty() && !s.isEmpty() && !o.equals(s);
  }

  private static List<String> numbers(List<String> tokens) {
    return tokens.stream().filter(t -> t.chars().anyMatch(Character::isDigit)).toList();
  }

  private static boolean caseBearing(TextWords orig, int k, String first) {
    return !orig.sentenceStart()[k] && Character.isUpperCase(first.codePointAt(0)) || isAcronym(first);
  }

  /**
   * The expansions of a word that the alignment hides inside the next swap: where a swap that lengthens the text
   * follows the word X (unchanged on both sides) and its spun side starts with the word h, the aligner cannot tell
   * "X" -> "X h" plus a shorter swap from one longer swap, and puts h into the swap ("Chinese" + "language
   * individuals" / "people"). h belongs to X, a spinner that turns "Chinese" into "Chinese language" whatever
   * follows, when X and h come together so in swaps whose originals start with at least two different words
   * ("people", "defense"), h starts such swaps after no other word ("go" of "go to" / "visit" does after "the", "to"
   * and "will") and h is never a one-word swap's spun word ("previous" of "the previous 12 months" / "the past
   * year" is "past"'s). Keys are {@code x \t h}, lower case.
   */
  static Set<String> expansions(List<Aligned> pairs, boolean edgesAnchor) {
    Map<String, Set<String>> rests = new HashMap<>(); // x \t h -> the first original words of the swaps
    Set<String> swapped = new HashSet<>(); // spun words of one-word swaps
    Map<String, Set<String>> before = new HashMap<>(); // h -> every word x it followed at the start of such a swap
    for (Aligned al : pairs) {
      Aligner.Alignment a = al.alignment();
      for (Aligner.Block b : a.anchoredSwaps(edgesAnchor)) {
        if (b.spunTo() - b.spunFrom() == 1 && b.origTo() - b.origFrom() == 1) {
          swapped.add(a.spun().get(b.spunFrom()).toLowerCase(Locale.ROOT));
        }
        String key = expansionKey(a, b);
        if (key != null) {
          rests.computeIfAbsent(key, k -> new HashSet<>()).add(a.orig().get(b.origFrom()).toLowerCase(Locale.ROOT));
          int tab = key.indexOf('\t');
          before.computeIfAbsent(key.substring(tab + 1), k -> new HashSet<>()).add(key.substring(0, tab));
        }
      }
    }
    Set<String> out = new HashSet<>();
    rests.forEach((k, v) -> {
      String h = k.substring(k.indexOf('\t') + 1);
      if (v.size() >= 2 && before.get(h).size() == 1 && !swapped.contains(h)) {
        out.add(k);
      }
    });
    return out;
  }

  /**
   * {@code x \t h} for a swap of at most {@link TableEntry#MAX_TOKENS} tokens a side whose spun side is longer, at
   * least two words, and starts with the word h, after the word x unchanged on both sides; null for other blocks.
   */
  private static String expansionKey(Aligner.Alignment a, Aligner.Block b) {
    int ls = b.spunTo() - b.spunFrom();
    int lo = b.origTo() - b.origFrom();
    if (ls < 2 || ls <= lo || ls > TableEntry.MAX_TOKENS || lo > TableEntry.MAX_TOKENS || b.spunFrom() == 0
        || b.origFrom() == 0) {
      return null;
    }
    String x = a.spun().get(b.spunFrom() - 1);
    String h = a.spun().get(b.spunFrom());
    if (!x.equalsIgnoreCase(a.orig().get(b.origFrom() - 1)) || !isWord(x) || !isWord(h)) {
      return null;
    }
    return x.toLowerCase(Locale.ROOT) + "\t" + h.toLowerCase(Locale.ROOT);
  }

  private static boolean isWord(String w) {
    return !w.isEmpty() && Character.isLetter(w.codePointAt(0));
  }

  /** Substitutions of one pair of texts. */
  public static List<Substitution> substitutions(Pair p) {
    TextWords s = TextWords.of(p.spun());
    TextWords o = TextWords.of(p.orig());
    return substitutions(Aligner.align(s.words(), o.words()), o, false);
  }

  /**
   * Splits a swap of several words on both sides into smaller swaps that are all attested on their own ("officers
   * mentioned" / "officials said" into officers / officials and mentioned / said); the finest such split wins, and a
   * swap with none stays whole.
   */
  static List<Substitution> decompose(Substitution x, Set<String> attested) {
    return decompose(x, attested::contains);
  }

  static List<Substitution> decompose(Substitution x, Predicate<String> attested) {
    String[] o = x.original().split(" ");
    String[] s = x.spun().split(" ");
    int n = o.length;
    int m = s.length;
    if (n < 2 && m < 2) {
      return List.of(x);
    }
    // best[i][j] = most pieces covering o[0,i) and s[0,j), -1 when impossible
    int[][] best = new int[n + 1][m + 1];
    int[][] from = new int[n + 1][m + 1];
    for (int[] r : best) {
      Arrays.fill(r, -1);
    }
    best[0][0] = 0;
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        for (int a = 1; a <= i; a++) {
          for (int b = 1; b <= j; b++) {
            if (best[i - a][j - b] < 0 || (a == n && b == m)) {
              continue;
            }
            String key = join(o, i - a, i) + "\t" + join(s, j - b, j);
            if (attested.test(key) && best[i - a][j - b] + 1 > best[i][j]) {
              best[i][j] = best[i - a][j - b] + 1;
              from[i][j] = (a << 8) | b;
            }
          }
        }
      }
    }
    if (best[n][m] < 2) {
      return List.of(x);
    }
    List<Substitution> out = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0) {
      int a = from[i][j] >> 8;
      int b = from[i][j] & 0xFF;
      String po = String.join(" ", Arrays.copyOfRange(o, i - a, i));
      String ps = String.join(" ", Arrays.copyOfRange(s, j - b, j));
      boolean cb = x.caseBearing() && Character.isUpperCase(po.codePointAt(0));
      out.add(0, cb ? new Substitution(po, ps, true)
          : new Substitution(po.toLowerCase(Locale.ROOT), ps.toLowerCase(Locale.ROOT), false));
      i -= a;
      j -= b;
    }
    return out;
  }

  /**
   * How one swap is counted: split as the learner's settings say ({@link #decompose}, {@link #splitRelated}). With a
   * relation, a swap that attested pieces do not explain is split into attested pieces and related word pairs
   * ("buying pressure" / "shopping for stress": "buying" / "shopping for" is attested, "pressure" / "stress"
   * related), or, n words for n, word by word when every changed pair is related; either way the whole swap is
   * counted too.
   */
  private List<Substitution> pieces(Substitution x, Set<String> attested) {
    if (splitEqual) {
      List<Substitution> words = splitWords(x);
      Substitution rest = words.size() == 1 && words.get(0) == x ? peeled(x, attested) : null;
      return rest == null || !content(rest) ? words : List.of(rest, x);
    }
    List<Substitution> pieces = decompose(x, attested);
    if (related == null || pieces.size() != 1 || x.caseBearing()) {
      return pieces;
    }
    List<Substitution> split = decompose(x, key -> attested.contains(key) || relatedWords(key));
    if (split.size() == 1) {
      split = splitWords(x);
      if (split.size() == 1 && split.get(0) == x) {
        return pieces; // not n words for n: the swap stays whole
      }
      for (Substitution w : split) {
        if (!related.test(w.original(), w.spun())) {
          return pieces; // an idiom ("each other" / "one another") or an alignment leftover
        }
      }
    }
    List<Substitution> out = new ArrayList<>(split);
    out.add(x);
    return out;
  }

  /**
   * What is left of a swap of unequal lengths once its end words that are the same or an attested word pair on each
   * side are taken off ("laptop imaginative and prescient" / "computer vision" with "laptop" / "computer" attested:
   * "imaginative and prescient" / "vision"), at least a word a side left; null when nothing comes off. A phrase list
   * writes each term whole, so a spinner's multiword swap is otherwise learned only inside its first term.
   */
  static Substitution peeled(Substitution x, Set<String> attested) {
    String[] o = x.original().toLowerCase(Locale.ROOT).split(" ");
    String[] s = x.spun().toLowerCase(Locale.ROOT).split(" ");
    if (o.length == s.length || x.caseBearing()) {
      return null;
    }
    int a = 0;
    int b = 0; // words taken off the start
    int c = o.length;
    int d = s.length; // ends, exclusive
    boolean more = true;
    while (more && c - a > 1 && d - b > 1) {
      more = false;
      if (o[a].equals(s[b]) || attested.contains(o[a] + "\t" + s[b])) {
        a++;
        b++;
        more = true;
      } else if (o[c - 1].equals(s[d - 1]) || attested.contains(o[c - 1] + "\t" + s[d - 1])) {
        c--;
        d--;
        more = true;
      }
    }
    if (a == 0 && c == o.length) {
      return null;
    }
    return new Substitution(String.join(" ", Arrays.copyOfRange(o, a, c)),
        String.join(" ", Arrays.copyOfRange(s, b, d)), false);
  }

  /**
   * Whether a swap's original and the end words of its spun side pass {@link #lengthening}'s test: "the information"
   * / "data", left of "extricate the information" / "extract data", would delete an article wherever it applied.
   */
  private boolean content(Substitution x) {
    String[] s = x.spun().split(" ");
    return lengthening.test(x.original()) && lengthening.test(s[0]) && lengthening.test(s[s.length - 1]);
  }

  /** Whether {@code key} (original \t spun) is one word for one word that {@link #related} relates. */
  private boolean relatedWords(String key) {
    int tab = key.indexOf('\t');
    String o = key.substring(0, tab);
    String s = key.substring(tab + 1);
    return o.indexOf(' ') < 0 && s.indexOf(' ') < 0 && related.test(o, s);
  }

  static List<Substitution> splitWords(Substitution x) {
    String[] o = x.original().split(" ");
    String[] s = x.spun().split(" ");
    if (o.length != s.length || o.length < 2) {
      return List.of(x);
    }
    List<Substitution> out = new ArrayList<>();
    for (int k = 0; k < o.length; k++) {
      if (!o[k].equalsIgnoreCase(s[k])) {
        boolean cb = x.caseBearing() && Character.isUpperCase(o[k].codePointAt(0));
        out.add(cb ? new Substitution(o[k], s[k], true)
            : new Substitution(o[k].toLowerCase(Locale.ROOT), s[k].toLowerCase(Locale.ROOT), false));
      }
    }
    return out;
  }

  private static String join(String[] w, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(w[k].toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private static boolean isAcronym(String w) {
    int upper = 0;
    for (int i = 0; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i))) {
        upper++;
      }
    }
    return upper >= 2;
  }

  private static List<String> lower(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
