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
 *       merged into one passage;
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
          mine.add(new int[] {i, j});
          dice.add(d);
          best = Math.max(best, d);
        }
      }
      for (int k = 0; k < mine.size(); k++) {
        if (dice.get(k) >= 0.8 * best) {
          seeds.add(mine.get(k));
        }
      }
    }
    // extension: seeds arrive ordered by query sentence, then source sentence
    List<int[]> frags = new ArrayList<>(); // {sFrom, sTo, qFrom, qTo} inclusive sentence indices
    int gap = settings.maxGap() + 1;
    for (int[] seed : seeds) {
      int[] into = null;
      for (int[] f : frags) {
        int dq = seed[1] - f[3];
        int ds = seed[0] - f[1];
        if (dq >= 0 && dq <= gap && ds >= -1 && ds <= gap && seed[0] >= f[0]) {
          into = f;
          break;
        }
      }
      if (into == null) {
        frags.add(new int[] {seed[0], seed[0], seed[1], seed[1]});
      } else {
        into[1] = Math.max(into[1], seed[0]);
        into[3] = Math.max(into[3], seed[1]);
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
