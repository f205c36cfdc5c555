// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A spinner family's substitution table: substitution entries (surface and lemma level), the probabilities that
 * words are left unchanged, and a default keep probability for words the table does not list. The file format is
 * described in {@code docs/formats/spinner-table.md} and read and written by {@link SpinnerTables}.
 *
 * <p>Immutable and thread-safe. Build one with {@link #builder(String)}.
 *
 * @since 0.1
 */
public final class SpinnerTable {

  /** Entries sorted by original, then spun, then level: the order of the file. */
  static final Comparator<TableEntry> ORDER = Comparator.comparing(TableEntry::original)
      .thenComparing(TableEntry::spun).thenComparing(TableEntry::level);

  private final String family;
  private final Map<String, String> metadata;
  private final List<TableEntry> entries;
  private final Map<String, KeepEntry> keep;
  private final double defaultKeep;

  SpinnerTable(String family, Map<String, String> metadata, List<TableEntry> entries, Map<String, KeepEntry> keep,
      double defaultKeep) {
    this.family = family;
    this.metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    List<TableEntry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    this.entries = Collections.unmodifiableList(sorted);
    this.keep = Collections.unmodifiableMap(new HashMap<>(keep));
    this.defaultKeep = defaultKeep;
  }

  /** A builder for a table of spinner family {@code family} ("A", "B", ...). */
  public static Builder builder(String family) {
    return new Builder(family);
  }

  /** A builder holding this table: its family, default keep, metadata, entries and keep probabilities. */
  public Builder toBuilder() {
    Builder b = new Builder(family).defaultKeep(defaultKeep);
    metadata.forEach(b::metadata);
    entries.forEach(b::add);
    keep.values().forEach(b::keep);
    return b;
  }

  /** The spinner family the table describes. */
  public String family() {
    return family;
  }

  /**
   * The metadata key of {@link #unseenOriginals()}: a number in [0, 1), written by the supervised learner
   * ({@code SupervisedLearner.unseenOriginals}).
   */
  public static final String UNSEEN_ORIGINALS = "unseenOriginals";

  /**
   * How often the original of a spun form this table lists is one the table does not give for it, as the learner
   * measured leaving out one original text at a time ({@link #UNSEEN_ORIGINALS}); 0 when the table does not say
   * (tables written by hand or by an earlier learner). Restoration states a table edit's confidence as its
   * posterior times one minus this share (docs/algorithms/noisy-channel.md, "How sure an edit is").
   */
  public double unseenOriginals() {
    String v = metadata.get(UNSEEN_ORIGINALS);
    return v == null ? 0 : Double.parseDouble(v);
  }

  /** Free-form metadata from {@code @key} lines other than family and defaultKeep (description, source...). */
  public Map<String, String> metadata() {
    return metadata;
  }

  /** The substitution entries, sorted by original then spun. */
  public List<TableEntry> entries() {
    return entries;
  }

  /** Keep probabilities by lower-case word. */
  public Map<String, KeepEntry> keep() {
    return keep;
  }

  /** The keep probability listed for {@code word} (lower-cased for the lookup), if any. */
  public Optional<KeepEntry> keep(String word) {
    return Optional.ofNullable(keep.get(Lookup.lower(word)));
  }

  /** P(unchanged) for words the table does not list, in (0, 1]. */
  public double defaultKeep() {
    return defaultKeep;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpinnerTable t && t.family.equals(family) && t.metadata.equals(metadata)
        && t.entries.equals(entries) && t.keep.equals(keep) && t.defaultKeep == defaultKeep;
  }

  @Override
  public int hashCode() {
    return entries.hashCode() * 31 + family.hashCode();
  }

  @Override
  public String toString() {
    return "SpinnerTable[family=" + family + ", entries=" + entries.size() + ", keep=" + keep.size() + "]";
  }

  /** Collects entries; not thread-safe. Later entries with the same (level, original, spun) replace earlier. */
  public static final class Builder {
    private final String family;
    private final Map<String, String> metadata = new LinkedHashMap<>();
    private final Map<String, TableEntry> entries = new LinkedHashMap<>();
    private final Map<String, KeepEntry> keep = new HashMap<>();
    private double defaultKeep = 0.99;

    Builder(String family) {
      if (family == null || family.isBlank() || family.indexOf('\t') >= 0 || family.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("bad family name: '" + family + "'");
      }
      this.family = family;
    }

    /** Adds a metadata line; keys are letters, digits, '-' and '.'. */
    public Builder metadata(String key, String value) {
      if (!key.matches("[A-Za-z][A-Za-z0-9.-]*") || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("bad metadata " + key + "=" + value);
      }
      if (key.equals("family") || key.equals("defaultKeep")) {
        throw new IllegalArgumentException(key + " is set through its own method");
      }
      if (key.equals(UNSEEN_ORIGINALS) && !share(value)) {
        throw new IllegalArgumentException(key + " must be a number in [0, 1): " + value);
      }
      metadata.put(key, value);
      return this;
    }

    private static boolean share(String value) {
      try {
        double v = Double.parseDouble(value);
        return v >= 0 && v < 1;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    /** Adds or replaces a substitution entry. */
    public Builder add(TableEntry e) {
      entries.put(e.level() + "\t" + e.original() + "\t" + e.spun(), e);
      return this;
    }

    /** Adds or replaces a keep probability. */
    public Builder keep(KeepEntry k) {
      keep.put(k.word(), k);
      return this;
    }

    /** P(unchanged) for unlisted words, in (0, 1]; default 0.99. */
    public Builder defaultKeep(double p) {
      if (!(p > 0 && p <= 1)) {
        throw new IllegalArgumentException("defaultKeep must be in (0, 1]: " + p);
      }
      defaultKeep = p;
      return this;
    }

    public SpinnerTable build() {
      return new SpinnerTable(family, metadata, new ArrayList<>(entries.values()), keep, defaultKeep);
    }
  }
}
