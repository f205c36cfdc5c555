// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode.fakes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.text.Words;

/**
 * A spinner channel from a hand-written table, for tests: spun phrase (lower case, up to four words) to originals
 * with log10 P(spun | original), and per-word keep probabilities (default 0). Immutable once built; thread-safe.
 */
public final class FakeChannel implements ChannelModel {

  private final String family;
  private final Map<String, List<Candidate>> table;
  private final Map<String, Double> keep;

  private FakeChannel(String family, Map<String, List<Candidate>> table, Map<String, Double> keep) {
    this.family = family;
    this.table = table;
    this.keep = keep;
  }

  public static Builder builder(String family) {
    return new Builder(family);
  }

  @Override
  public String family() {
    return family;
  }

  @Override
  public List<Candidate> candidates(List<String> words, int i) {
    List<Candidate> out = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    for (int len = 1; len <= 4 && i + len <= words.size(); len++) {
      if (len > 1) {
        key.append(' ');
      }
      key.append(Words.canonical(words.get(i + len - 1)).toLowerCase(Locale.ROOT));
      List<Candidate> cs = table.get(key.toString());
      if (cs != null) {
        for (Candidate c : cs) {
          out.add(new Candidate(i, len, c.original(), c.log10Channel(), c.family(), c.origin()));
        }
      }
    }
    return out;
  }

  @Override
  public double log10Keep(String word) {
    return keep.getOrDefault(word.toLowerCase(Locale.ROOT), 0.0);
  }

  /** Builds a {@link FakeChannel}. */
  public static final class Builder {
    private final String family;
    private final Map<String, List<Candidate>> table = new LinkedHashMap<>();
    private final Map<String, Double> keep = new HashMap<>();

    Builder(String family) {
      this.family = family;
    }

    /** The spinner turns {@code original} into {@code spun} with probability 10^log10. */
    public Builder entry(String spun, String original, double log10) {
      return add(spun, original, log10, family, Candidate.Origin.TABLE);
    }

    /** The spinner turns {@code original} into {@code spun} with probability 10^log10; candidates of {@code origin}. */
    public Builder entry(String spun, String original, double log10, Candidate.Origin origin) {
      return add(spun, original, log10, family, origin);
    }

    /** An open-vocabulary fallback candidate. */
    public Builder open(String spun, String original, double log10) {
      return add(spun, original, log10, ChannelModel.OPEN, Candidate.Origin.THESAURUS);
    }

    private Builder add(String spun, String original, double log10, String fam, Candidate.Origin origin) {
      int len = spun.split(" ").length;
      table.computeIfAbsent(spun.toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(new Candidate(0, len, original, log10, fam, origin));
      return this;
    }

    /** The spinner keeps {@code word} with probability 10^log10. */
    public Builder keep(String word, double log10) {
      keep.put(word.toLowerCase(Locale.ROOT), log10);
      return this;
    }

    public FakeChannel build() {
      return new FakeChannel(family, Map.copyOf(table), Map.copyOf(keep));
    }
  }
}
