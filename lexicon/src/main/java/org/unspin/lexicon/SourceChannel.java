// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * A {@link ChannelModel} made of candidate sources and keep probabilities. Duplicate candidates (same span, same
 * original; "may" and the month "May" are different originals) keep the highest log10 and the first origin that
 * gave it. Immutable and thread-safe.
 */
final class SourceChannel implements ChannelModel {

  private final String family;
  private final List<CandidateSource> sources;
  private final Map<String, Double> log10Keep;
  private final double log10DefaultKeep;
  private final boolean fromLearnedTable;
  private final double unseenOriginals;
  /** The learned table's rare originals ({@link #rareOriginal}), each "spun\toriginal" in lower case. */
  private final Set<String> rareOriginals;

  SourceChannel(String family, List<CandidateSource> sources, Map<String, Double> log10Keep, double defaultKeep) {
    this(family, sources, log10Keep, defaultKeep, false, 0, Set.of());
  }

  private SourceChannel(String family, List<CandidateSource> sources, Map<String, Double> log10Keep,
      double defaultKeep, boolean fromLearnedTable, double unseenOriginals, Set<String> rareOriginals) {
    this.family = family;
    this.sources = List.copyOf(sources);
    this.log10Keep = new HashMap<>(log10Keep);
    this.log10DefaultKeep = Math.log10(defaultKeep);
    this.fromLearnedTable = fromLearnedTable;
    this.unseenOriginals = unseenOriginals;
    this.rareOriginals = Set.copyOf(rareOriginals);
  }

  static SourceChannel of(SpinnerTable table, List<CandidateSource> extra) {
    return of(table, extra, null);
  }

  /**
   * A family's channel from its table and {@code extra} sources; with {@code graded} not null, the table's lemma
   * entries also reach adjectives' comparatives and superlatives ({@link TableSource#withGradedForms}).
   */
  static SourceChannel of(SpinnerTable table, List<CandidateSource> extra,
      BiPredicate<String, String> graded) {
    List<CandidateSource> sources = new ArrayList<>();
    TableSource fromTable = new TableSource(table, Candidate.Origin.TABLE);
    sources.add(graded == null ? fromTable : fromTable.withGradedForms(graded));
    sources.addAll(extra);
    Map<String, Double> keep = new HashMap<>();
    table.keep().forEach((w, k) -> keep.put(w, Math.log10(k.probability())));
    return new SourceChannel(table.family(), sources, keep, table.defaultKeep(), true, table.unseenOriginals(),
        rareOriginals(table));
  }

  /**
   * The originals of {@code table} that it saw write their spun words less than {@link #RARE_ORIGINAL_SHARE} times
   * as often as the spun words' most frequent original, each "spun\toriginal" in lower case (surface and lemma
   * entries, their counts summed); entries without a count are none.
   */
  static Set<String> rareOriginals(SpinnerTable table) {
    Map<String, Map<String, Integer>> bySpun = new HashMap<>();
    for (TableEntry e : table.entries()) {
      if (e.count() > 0) {
        bySpun.computeIfAbsent(Lookup.lower(e.spun()), k -> new HashMap<>())
            .merge(Lookup.lower(e.original()), e.count(), Integer::sum);
      }
    }
    Set<String> out = new HashSet<>();
    bySpun.forEach((spun, originals) -> {
      int most = Collections.max(originals.values());
      originals.forEach((original, count) -> {
        if (count < RARE_ORIGINAL_SHARE * most) {
          out.add(spun + "\t" + original);
        }
      });
    });
    return out;
  }

  @Override
  public boolean rareOriginal(String spun, String original) {
    return !rareOriginals.isEmpty() && rareOriginals.contains(Lookup.lower(spun) + "\t" + Lookup.lower(original));
  }

  @Override
  public boolean fromLearnedTable() {
    return fromLearnedTable;
  }

  @Override
  public double unseenOriginals() {
    return unseenOriginals;
  }

  @Override
  public String family() {
    return family;
  }

  @Override
  public List<Candidate> candidates(List<String> words, int i) {
    if (i < 0 || i >= words.size()) {
      throw new IndexOutOfBoundsException("position " + i + " of " + words.size() + " words");
    }
    List<Candidate> out = null;
    List<Candidate> scratch = new ArrayList<>(4);
    for (CandidateSource s : sources) {
      s.propose(words, i, family, scratch);
      if (scratch.isEmpty()) {
        continue;
      }
      if (out == null && s.distinct()) {
        out = new ArrayList<>(scratch.size());
        for (Candidate c : scratch) {
          if (!keepsWord(c, words)) {
            out.add(c);
          }
        }
      } else {
        if (out == null) {
          out = new ArrayList<>(scratch.size());
        }
        for (Candidate c : scratch) {
          merge(out, c, words);
        }
      }
      scratch.clear();
    }
    return out == null ? List.of() : Collections.unmodifiableList(out);
  }

  /** Whether {@code c} is the word it would replace: "keeping the word" is log10Keep, not a candidate. */
  private static boolean keepsWord(Candidate c, List<String> words) {
    return c.length() == 1 && c.original().equalsIgnoreCase(words.get(c.start()));
  }

  private static void merge(List<Candidate> out, Candidate c, List<String> words) {
    if (keepsWord(c, words)) {
      return;
    }
    String original = c.original();
    int hash = original.hashCode(); // cached in the string: a cheap test before comparing characters
    for (int k = 0; k < out.size(); k++) {
      Candidate o = out.get(k);
      if (o.length() == c.length() && o.original().hashCode() == hash && o.original().equals(original)) {
        if (c.log10Channel() > o.log10Channel()) {
          out.set(k, o.withLog10Channel(c.log10Channel()));
        }
        return;
      }
    }
    out.add(c);
  }

  @Override
  public double log10Keep(String word) {
    Double v = log10Keep.get(Lookup.lower(word));
    return v != null ? v : log10DefaultKeep;
  }

  @Override
  public String toString() {
    return "SourceChannel[" + family + ", " + sources.size() + " sources]";
  }
}
