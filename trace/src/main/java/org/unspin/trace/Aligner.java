// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.unspin.text.Sentence;
import org.unspin.text.Span;
import org.unspin.text.TokenizedText;

/**
 * Passage alignment between a source and a suspicious (spun) text, after the PAN text-alignment pipeline of
 * Sanchez-Perez, Gelbukh and Sidorov (PAN 2014):
 * <ol>
 *   <li><b>seeding</b>: every pair of sentences whose normalised words (numbers as digits, lower case, function words
 *       left out) have a Dice coefficient of at least {@link TraceSettings#seedDice()} and share two words; for each
 *       suspicious sentence only seeds within 80% of its best are kept;
 *   <li><b>extension</b>: seeds at most {@link TraceSettings#maxGap()} sentences apart in both texts, in order, are
 *       merged into one passage, unless a sentence between them in either text was claimed by another passage (a
 *       copy that moved a paragraph: the passage would pair the moved paragraph with source text it was not made
 *       from); a sentence's strong best seed ({@link #CLAIMING_DICE}) claims it and its source sentence;
 *   <li><b>filtering</b>: passages shorter than {@link TraceSettings#minPassageChars()} are dropped, and of
 *       passages that overlap in either text only the one with the most shared words is kept.
 * </ol>
 * Sentences are split by {@link TokenizedText}, so texts that break paragraphs differently still align.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Aligner {

  private final TraceSettings settings;
  private final int rareWordLength;

  private Aligner(TraceSettings settings, int rareWordLength) {
    this.settings = settings;
    this.rareWordLength = rareWordLength;
  }

  /** An aligner with the given thresholds; {@code rareWordLength} as in {@link FingerprintSettings}. */
  public static Aligner of(TraceSettings settings, int rareWordLength) {
    return new Aligner(settings, rareWordLength);
  }

  /** The aligned passages of {@code source} and {@code query}, in the order of the query. */
  public List<Passage> align(String source, String query) {
    List<Unit> s = units(source);
    List<Unit> q = units(query);
    // seeding
    List<int[]> seeds = new ArrayList<>();
    for (int j = 0; j < q.size(); j++) {
      double best = 0;
      int bestAt = -1; // the first of the best seeds
      List<int[]> mine = new ArrayList<>();
      List<Double> dice = new ArrayList<>();
      for (int i = 0; i < s.size(); i++) {
        int shared = shared(s.get(i).words, q.get(j).words);
        int total = s.get(i).words.size() + q.get(j).words.size();
        // words are distinct per sentence, so this is the Dice coefficient of the two word sets
        if (shared < 2 || total == 0) {
          continue;
        }
        double d = 2.0 * shared / total;
        if (d >= settings.seedDice()) {
          if (d > best) {
            best = d;
            bestAt = mine.size();
          }
          mine.add(new int[] {i, j});
          dice.add(d);
        }
      }
      for (int k = 0; k < mine.size(); k++) {
        if (dice.get(k) >= 0.8 * best) {
          // a third value: whether this is the query sentence's best seed (the first of the best) and a strong one,
          // which claims the two sentences for its passage
          boolean claims = k == bestAt && best >= CLAIMING_DICE;
          seeds.add(new int[] {mine.get(k)[0], mine.get(k)[1], claims ? 1 : 0});
        }
      }
    }
    // extension: seeds arrive ordered by query sentence, then source sentence
    List<int[]> frags = new ArrayList<>(); // {sFrom, sTo, qFrom, qTo} inclusive sentence indices
    int gap = settings.maxGap() + 1;
    int[] sOwner = new int[s.size()]; // the fragment each sentence was seeded into, -1 for none
    int[] qOwner = new int[q.size()];
    java.util.Arrays.fill(sOwner, -1);
    java.util.Arrays.fill(qOwner, -1);
    for (int[] seed : seeds) {
      int into = -1;
      for (int k = 0; k < frags.size(); k++) {
        int[] f = frags.get(k);
        int dq = seed[1] - f[3];
        int ds = seed[0] - f[1];
        if (dq >= 0 && dq <= gap && ds >= -1 && ds <= gap && seed[0] >= f[0]
            && free(qOwner, f[3] + 1, seed[1], k) && free(sOwner, f[1] + 1, seed[0], k)) {
          into = k;
          break;
        }
      }
      if (into < 0) {
        into = frags.size();
        frags.add(new int[] {seed[0], seed[0], seed[1], seed[1]});
      } else {
        int[] f = frags.get(into);
        if (f[3] == seed[1] && f[1] < seed[0] && f[2] < seed[1]) {
          continue; // a second seed of a query sentence already in this passage does not stretch its source ahead
        }
        f[1] = Math.max(f[1], seed[0]);
        f[3] = Math.max(f[3], seed[1]);
      }
      if (seed[2] == 1) { // a sentence belongs where its best strong seed went; weaker ones do not split a passage
        sOwner[seed[0]] = sOwner[seed[0]] < 0 ? into : sOwner[seed[0]];
        qOwner[seed[1]] = into;
      }
    }
    // filtering
    List<Candidate> cands = new ArrayList<>();
    for (int[] f : frags) {
      Span ss = new Span(s.get(f[0]).span.start(), s.get(f[1]).span.end());
      Span qs = new Span(q.get(f[2]).span.start(), q.get(f[3]).span.end());
      if (qs.length() < settings.minPassageChars()) {
        continue;
      }
      Set<String> sw = new HashSet<>();
      for (int i = f[0]; i <= f[1]; i++) {
        sw.addAll(s.get(i).words);
      }
      Set<String> qw = new HashSet<>();
      for (int j = f[2]; j <= f[3]; j++) {
        qw.addAll(q.get(j).words);
      }
      int shared = shared(sw, qw);
      double sim = sw.size() + qw.size() == 0 ? 0 : 2.0 * shared / (sw.size() + qw.size());
      cands.add(new Candidate(new Passage(ss, qs, sim), shared));
    }
    cands.sort(Comparator.comparingInt((Candidate c) -> -c.shared)
        .thenComparing(c -> c.passage.query().start()));
    List<Passage> kept = new ArrayList<>();
    for (Candidate c : cands) {
      boolean overlaps = false;
      for (Passage p : kept) {
        if (p.query().overlaps(c.passage.query()) || p.source().overlaps(c.passage.source())) {
          overlaps = true;
          break;
        }
      }
      if (!overlaps) {
        kept.add(c.passage);
      }
    }
    kept.sort(Comparator.comparing(Passage::query));
    return List.copyOf(kept);
  }

  /**
   * The Dice coefficient from which a sentence's best seed claims it and its source sentence for its passage, so that
   * no other passage extends over them: a moved paragraph's sentences (verbatim 1.0, spun about 0.6), not a chance
   * likeness of two sentences of one story (0.3-0.45), which had cut a spun article's passage in half.
   */
  static final double CLAIMING_DICE = 0.5;

  /** Whether the sentences {@code [from, to)} were claimed by no fragment but {@code k}. */
  private static boolean free(int[] owner, int from, int to, int k) {
    for (int i = from; i < to; i++) {
      if (owner[i] >= 0 && owner[i] != k) {
        return false;
      }
    }
    return true;
  }

  private record Candidate(Passage passage, int shared) {}

  /** A sentence: its span and its distinct normalised non-function words, in text order. */
  private record Unit(Span span, List<String> words) {}

  private List<Unit> units(String text) {
    TokenizedText tt = TokenizedText.of(text);
    List<Terms.Term> terms = Terms.of(text, rareWordLength);
    List<Unit> out = new ArrayList<>();
    int t = 0;
    for (Sentence sen : tt.sentences()) {
      java.util.LinkedHashSet<String> words = new java.util.LinkedHashSet<>();
      while (t < terms.size() && terms.get(t).start() < sen.span().end()) {
        Terms.Term term = terms.get(t);
        if (term.start() >= sen.span().start() && term.isWord() && term.kind() != Terms.Kind.FUNCTION) {
          words.add(term.norm());
        }
        t++;
      }
      out.add(new Unit(sen.span(), List.copyOf(words)));
    }
    return out;
  }

  /** Number of distinct words the two collections share. */
  static int shared(java.util.Collection<String> a, java.util.Collection<String> b) {
    Set<String> sa = new HashSet<>(a);
    Set<String> seen = new HashSet<>();
    int n = 0;
    for (String w : b) {
      if (sa.contains(w) && seen.add(w)) {
        n++;
      }
    }
    return n;
  }
}
