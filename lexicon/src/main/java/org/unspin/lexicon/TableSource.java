// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Candidates from a {@link SpinnerTable}: surface entries looked up by the spun phrase (1..4 tokens,
 * case-insensitively, and as written for case-bearing entries such as "Could" for "May"), and lemma entries
 * applied to every inflection of a one-word span ("officers" finds "officials" through official / officer) and,
 * with {@link #withGradedForms}, to an adjective's comparative and superlative ("bigger", "more massive"). Surface
 * entries also where the span's last or first word carries a clitic, unless that word is a name's ({@link Clitics}:
 * "Right here's" finds "here's" through here -> "right here"). Immutable and thread-safe.
 */
final class TableSource implements CandidateSource {

  private record Hit(String original, double log10, int length) {}

  private final Map<String, List<Hit>> surface = new HashMap<>();
  private final Map<String, List<Hit>> lemma = new HashMap<>();
  private final Set<String> multiFirst = new HashSet<>();
  private final Candidate.Origin origin;
  private final BiPredicate<String, String> graded;

  TableSource(SpinnerTable table, Candidate.Origin origin) {
    this.origin = origin;
    this.graded = null;
    for (TableEntry e : table.entries()) {
      Hit h = new Hit(e.original(), e.log10Probability(), e.spunLength());
      Map<String, List<Hit>> m = e.level() == TableEntry.Level.SURFACE ? surface : lemma;
      m.computeIfAbsent(e.spun(), k -> new ArrayList<>(2)).add(h);
      if (h.length() > 1) {
        multiFirst.add(Lookup.lower(e.spun().substring(0, e.spun().indexOf(' '))));
      }
    }
  }

  private TableSource(TableSource base, BiPredicate<String, String> graded) {
    this.origin = base.origin;
    this.graded = graded;
    this.surface.putAll(base.surface);
    this.lemma.putAll(base.lemma);
    this.multiFirst.addAll(base.multiFirst);
  }

  /**
   * A source of {@code table}'s surface entries read backwards, origin {@link Candidate.Origin#REVERSE_TABLE}: for
   * an entry o -> s, s is proposed where o is written, at {@code weight} times the entry's probability. A spinner's
   * dictionary is mostly symmetric synonym groups ("these" and "those", "extended" and "prolonged"), so where a table
   * saw one direction, the spinner writes the other too. A pair the table already holds both ways is left to it.
   */
  static TableSource reversed(SpinnerTable table, double weight) {
    Set<String> have = pairs(table, weight);
    SpinnerTable.Builder back = SpinnerTable.builder(table.family());
    for (TableEntry e : table.entries()) {
      if (e.level() == TableEntry.Level.SURFACE
          && !have.contains(pair(e.spun(), e.original()))) {
        back.add(new TableEntry(TableEntry.Level.SURFACE, e.spun(), e.original(), e.probability() * weight, 0));
      }
    }
    return new TableSource(back.build(), Candidate.Origin.REVERSE_TABLE);
  }

  /**
   * A source of the parts of {@code table}'s phrase entries, origin {@link Candidate.Origin#TABLE_PART}: where a
   * surface entry's first or last words are words the table writes so (an entry of its own), or the same word
   * ("another buyer" -> "one other purchaser" with buyer -> purchaser; "these came just" -> "those got here simply"),
   * the rest is an entry of its own (another -> "one other", came -> "got here"), proposed at {@code weight} times
   * the entry's probability, and read backwards too, as {@link #reversed} reads the table. A second pass also takes
   * off the parts the first found. A spinner's phrase table is applied inside longer rewrites, so a part seen in one
   * phrase is written in others. A part the table already holds is left to it.
   */
  static TableSource parts(SpinnerTable table, double weight) {
    Set<String> have = pairs(table, weight);
    Map<String, TableEntry> parts = new LinkedHashMap<>();
    for (int round = 0; round < 2; round++) {
      Set<String> explained = new HashSet<>(have);
      explained.addAll(parts.keySet());
      for (TableEntry e : table.entries()) {
        String[] o = e.original().split(" ");
        String[] s = e.spun().split(" ");
        if (e.level() != TableEntry.Level.SURFACE || o.length + s.length < 3) {
          continue;
        }
        for (int[] l : peels(explained, o, s, true)) {
          for (int[] r : peels(explained, o, s, false)) {
            if (l[0] + l[1] + r[0] + r[1] == 0 || l[0] + r[0] >= o.length || l[1] + r[1] >= s.length) {
              continue;
            }
            String po = String.join(" ", Arrays.copyOfRange(o, l[0], o.length - r[0]));
            String ps = String.join(" ", Arrays.copyOfRange(s, l[1], s.length - r[1]));
            String key = pair(po, ps);
            if (po.equalsIgnoreCase(ps) || have.contains(key)) {
              continue;
            }
            TableEntry part = new TableEntry(TableEntry.Level.SURFACE, po, ps, e.probability() * weight, 0);
            parts.merge(key, part, TableSource::likelier);
            String back = pair(ps, po);
            if (!have.contains(back)) {
              TableEntry rev = new TableEntry(TableEntry.Level.SURFACE, ps, po, e.probability() * weight, 0);
              parts.merge(back, rev, TableSource::likelier);
            }
          }
        }
      }
    }
    SpinnerTable.Builder out = SpinnerTable.builder(table.family());
    parts.values().forEach(out::add);
    return new TableSource(out.build(), Candidate.Origin.TABLE_PART);
  }

  /**
   * The pairs {@code table} holds, each {@link #pair}, for a source derived from it at {@code weight} times its
   * entries' probabilities.
   */
  private static Set<String> pairs(SpinnerTable table, double weight) {
    if (!(weight > 0 && weight <= 1)) {
      throw new IllegalArgumentException("weight must be in (0, 1]: " + weight);
    }
    Set<String> have = new HashSet<>();
    for (TableEntry e : table.entries()) {
      have.add(pair(e.original(), e.spun()));
    }
    return have;
  }

  /** An original and a spun phrase as one key, "original\tspun" in lower case. */
  private static String pair(String original, String spun) {
    return Lookup.lower(original) + "\t" + Lookup.lower(spun);
  }

  /** Of two derived entries for one pair, the likelier (the first on a tie). */
  private static TableEntry likelier(TableEntry x, TableEntry y) {
    return x.probability() >= y.probability() ? x : y;
  }

  /**
   * How many words of {@code o} and {@code s} can be taken off their start ({@code left}) or end, as a run of
   * pieces each the same word or a pair in {@code explained} ("original\tspun", lower case): {0, 0} first.
   */
  private static List<int[]> peels(Set<String> explained, String[] o, String[] s, boolean left) {
    List<int[]> out = new ArrayList<>();
    out.add(new int[] {0, 0});
    Set<Integer> seen = new HashSet<>();
    for (int k = 0; k < out.size(); k++) {
      int a = out.get(k)[0];
      int b = out.get(k)[1];
      for (int i = 1; a + i < o.length; i++) {
        for (int j = 1; b + j < s.length; j++) {
          String po = left ? String.join(" ", Arrays.copyOfRange(o, a, a + i))
              : String.join(" ", Arrays.copyOfRange(o, o.length - a - i, o.length - a));
          String ps = left ? String.join(" ", Arrays.copyOfRange(s, b, b + j))
              : String.join(" ", Arrays.copyOfRange(s, s.length - b - j, s.length - b));
          boolean same = i == 1 && j == 1 && po.equalsIgnoreCase(ps);
          if ((same || explained.contains(pair(po, ps)))
              && seen.add((a + i) * 64 + b + j)) {
            out.add(new int[] {a + i, b + j});
          }
        }
      }
    }
    return out;
  }

  /**
   * The same source also applying a lemma entry to an adjective's comparative and superlative, where {@code
   * graded.test(form, lemma)} says the form is that lemma's graded form, on both sides (an adjective, not an agent
   * noun; a form a vocabulary knows): with "big" -> "massive", "more massive" and "most massive" give "bigger" and
   * "biggest", and with "large" -> "big", "bigger" gives "larger" (origin {@link Candidate.Origin#MORPHOLOGY}). The
   * spun side is one word graded by its suffix ({@link Inflections#gradedReadings}) or two, "more" or "most" before
   * an adjective that English grades so ({@link Inflections#inflect}: "more massive", not "more big").
   */
  TableSource withGradedForms(BiPredicate<String, String> graded) {
    return new TableSource(this, java.util.Objects.requireNonNull(graded, "graded"));
  }

  @Override
  public void propose(List<String> words, int i, String family, List<Candidate> out) {
    proposeWritten(words, i, family, out, true);
    // a clitic reaches the surface entries only, and not on a name's word: a lemma entry on a possessive had restored
    // "the indicator's worth" as "the sign's value"; "S&P Global's" is a name's
    Clitics.propose((w, k, f, o) -> proposeWritten(w, k, f, o, false), TableEntry.MAX_TOKENS, false, words, i,
        family, out);
  }

  /**
   * The candidates of the spans at {@code i} as their words are written, without reading clitics off them; of the
   * lemma entries too where {@code lemmas}.
   */
  private void proposeWritten(List<String> words, int i, String family, List<Candidate> out, boolean lemmas) {
    String first = words.get(i);
    String lowerFirst = Lookup.lower(first);
    add(surface.get(lowerFirst), i, family, origin, out);
    // a word in capitals, or a phrase in a headline's capitals, also as a sentence writes it: the table's
    // case-bearing entries ("Chinese" -> "Chinese language") hold for "CHINESE LANGUAGE" and "Chinese Language"
    String capitalised = null; // made only for a word with a capital
    String canonical = org.unspin.text.Words.canonical(first);
    // (a word disguised with a zero-width space or a look-alike letter differs from its lower case too, but has none:
    // "indiv\u200Biduals" had been read as "Individuals" too, the table's "Americans", and restored less surely)
    if (!lowerFirst.equals(canonical)) {
      add(surface.get(canonical), i, family, origin, out);
      capitalised = org.unspin.text.CasePattern.capitalise(lowerFirst);
      if (!capitalised.equals(canonical)) {
        add(surface.get(capitalised), i, family, origin, out);
      }
    }
    if (multiFirst.contains(lowerFirst)) {
      for (int len = 2; len <= TableEntry.MAX_TOKENS && i + len <= words.size(); len++) {
        String key = Lookup.join(words, i, i + len, true);
        add(surface.get(key), i, family, origin, out);
        if (Lookup.hasUpper(first)) {
          String cased = Lookup.join(words, i, i + len, false);
          if (!cased.equals(key)) {
            add(surface.get(cased), i, family, origin, out);
          }
          String sentence = capitalised == null || !key.startsWith(lowerFirst) ? key
              : capitalised + key.substring(lowerFirst.length());
          if (!sentence.equals(cased) && !sentence.equals(key)) {
            add(surface.get(sentence), i, family, origin, out);
          }
        }
      }
    }
    if (lemmas && !lemma.isEmpty() && lowerFirst.length() > 2) {
      for (Inflections.Reading r : Inflections.analyse(lowerFirst)) {
        if (!Inflections.spells(r.lemma(), r.form(), lowerFirst)) {
          continue;
        }
        List<Hit> hits = lemma.get(r.lemma());
        if (hits == null) {
          continue;
        }
        for (Hit h : hits) {
          String orig = Inflections.inflect(h.original(), r.form());
          if (!contains(out, i, 1, orig)) {
            out.add(new Candidate(i, 1, orig, h.log10(), family, Candidate.Origin.MORPHOLOGY));
          }
        }
      }
      if (graded != null) {
        proposeGraded(words, i, lowerFirst, family, out);
      }
    }
  }

  /** The lemma entries' candidates for a graded adjective at {@code i}: "bigger", or "more massive". */
  private void proposeGraded(List<String> words, int i, String lowerFirst, String family, List<Candidate> out) {
    for (Inflections.Reading r : Inflections.gradedReadings(lowerFirst)) {
      // the table's entries first: the test asks WordNet and the word counts, most lemmas have no entry
      List<Hit> hits = lemma.get(r.lemma());
      if (hits != null && graded.test(lowerFirst, r.lemma())) {
        addGraded(hits, i, 1, r.form(), family, out);
      }
    }
    boolean moreOrMost = lowerFirst.equals("more") || lowerFirst.equals("most");
    Inflections.Reading more = moreOrMost && i + 1 < words.size() ? Inflections.periphrastic(lowerFirst,
        Lookup.lower(words.get(i + 1))) : null;
    List<Hit> hits = more == null ? null : lemma.get(more.lemma());
    if (hits != null && graded.test(lowerFirst + " " + more.lemma(), more.lemma())) {
      addGraded(hits, i, 2, more.form(), family, out);
    }
  }

  /** Adds {@code hits} graded in {@code form} where their originals grade so. */
  private void addGraded(List<Hit> hits, int i, int length, Inflections.Form form, String family,
      List<Candidate> out) {
    for (Hit h : hits) {
      String orig = Inflections.inflect(h.original(), form);
      if (h.original().indexOf(' ') < 0 && graded.test(orig, h.original()) && !contains(out, i, length, orig)) {
        out.add(new Candidate(i, length, orig, h.log10(), family, Candidate.Origin.MORPHOLOGY));
      }
    }
  }

  private static void add(List<Hit> hits, int i, String family, Candidate.Origin origin, List<Candidate> out) {
    if (hits == null) {
      return;
    }
    for (Hit h : hits) {
      out.add(new Candidate(i, h.length(), h.original(), h.log10(), family, origin));
    }
  }

  static boolean contains(List<Candidate> out, int start, int length, String original) {
    for (Candidate c : out) {
      if (c.start() == start && c.length() == length && c.original().equalsIgnoreCase(original)) {
        return true;
      }
    }
    return false;
  }
}
