// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.BinaryFile;
import org.unspin.fetch.ModelFormatException;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.fetch.Tar;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;
import org.unspin.text.Words;

/**
 * Public texts that are copied whole onto pages and into files, the licences of the SPDX License List, held as the
 * set of their runs of {@value #RUN} words (hashed; case, punctuation and line breaks aside). A paragraph whose runs
 * are nearly all in it repeats a licence: boilerplate a site or a package carries, not text a spinner wrote, and a
 * register (legal English) the language model reads as unusual; detection leaves it unjudged ({@link
 * #notJudged(List, int, int)}), as it does code. A spun copy of a licence changes about every third run and is
 * judged as usual.
 *
 * <p>{@link #licences(Store, Progress)} fetches {@link Artifacts#SPDX_LICENCES} on first use and compiles it once into
 * {@code models/licences-spdx-6.12.0-vN.bin} (727 texts, about 770,000 words; 12 MB of runs). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class KnownTexts {

  /** Words in a run. */
  public static final int RUN = 6;

  /** The share of a paragraph's runs that must be known for it to repeat a known text. */
  public static final double MIN_SHARE = 0.8;

  /** Runs a paragraph needs (it has {@code RUN + MIN_RUNS - 1} words or more) to be told a known text. */
  public static final int MIN_RUNS = 4;

  /** None: every paragraph is judged. */
  public static final KnownTexts NONE = new KnownTexts(new long[0], new String[0], new long[0], new int[] {0}, "");

  static final String MAGIC = "UNSPKNOW";
  static final int VERSION = 1;

  private static final String CACHE_PREFIX = "licences-spdx-6.12.0-v";

  private final long[] runs; // sorted, distinct
  private final String[] names; // in order of preference where several texts hold about as much of a match
  private final long[] textRuns; // each text's distinct runs, sorted, text after text
  private final int[] textStart; // text k's runs are textRuns[textStart[k]] to textRuns[textStart[k + 1]]
  private final String what; // "the SPDX licence texts"

  private KnownTexts(long[] runs, String[] names, long[] textRuns, int[] textStart, String what) {
    this.runs = runs;
    this.names = names;
    this.textRuns = textRuns;
    this.textStart = textStart;
    this.what = what;
  }

  /**
   * Known texts from {@code texts} (name to text, in the order of preference for naming one of several that match
   * about equally), described in the reasons it gives as {@code what} ("the SPDX licence texts").
   */
  public static KnownTexts of(Map<String, String> texts, String what) {
    String[] names = texts.keySet().toArray(new String[0]);
    int[] textStart = new int[names.length + 1];
    List<long[]> perText = new ArrayList<>();
    int k = 0;
    for (String text : texts.values()) {
      long[] own = Arrays.stream(runHashes(words(TokenizedText.of(text).tokens(), 0, Integer.MAX_VALUE))).sorted()
          .distinct().toArray();
      perText.add(own);
      textStart[k + 1] = textStart[k] + own.length;
      k++;
    }
    long[] textRuns = new long[textStart[names.length]];
    for (int t = 0; t < names.length; t++) {
      System.arraycopy(perText.get(t), 0, textRuns, textStart[t], perText.get(t).length);
    }
    return new KnownTexts(Arrays.stream(textRuns).sorted().distinct().toArray(), names, textRuns, textStart, what);
  }

  /**
   * The licences of the SPDX License List: from the compiled cache in {@code store}'s {@code models/}, or fetched
   * and compiled (once) when it is absent or unreadable.
   *
   * @throws IOException if the package cannot be fetched or read (the message names the file)
   */
  public static KnownTexts licences(Store store, Progress progress) throws IOException {
    Path cache = licencesCache(store);
    return Store.compiled(cache, ModelFormatException.class, () -> read(cache), () -> {
      Path tgz = store.fetch(Artifacts.SPDX_LICENCES, progress);
      progress.start("compiling the SPDX licence texts", 0);
      try {
        KnownTexts k = spdxTarball(tgz);
        k.write(cache);
        return k;
      } finally {
        progress.finish();
      }
    });
  }

  /**
   * The licences from their compiled cache alone ({@link #licencesCache}), fetching and compiling nothing: what {@code
   * unspin cache --verify} checks a copied cache with.
   *
   * @throws ModelFormatException if the file is damaged or of another version (names it and the offset)
   */
  public static KnownTexts readLicencesCache(Store store) throws IOException {
    return read(licencesCache(store));
  }

  /** The licences' compiled cache in {@code store} (whether or not it is there). */
  public static Path licencesCache(Store store) {
    return store.home().resolve("models").resolve(CACHE_PREFIX + VERSION + ".bin");
  }

  /** The licence texts of an npm {@code spdx-license-list} tarball ({@code package/licenses/ID.json}). */
  static KnownTexts spdxTarball(Path tgz) throws IOException {
    Map<String, String> texts = new java.util.TreeMap<>();
    Tar.forEachFile(tgz, (name, size, content) -> {
      if (name.startsWith("package/licenses/") && name.endsWith(".json")) {
        String id = name.substring("package/licenses/".length(), name.length() - ".json".length());
        Object text;
        try {
          text = org.unspin.text.JsonStrings.parseFlat(new String(content.readAllBytes(), StandardCharsets.UTF_8))
              .get("licenseText");
        } catch (IllegalArgumentException e) {
          throw ModelFormatException.ofFile(tgz, name + ": " + e.getMessage());
        }
        if (text instanceof String s) {
          texts.put(id, s);
        }
      }
    });
    if (texts.isEmpty()) {
      throw ModelFormatException.ofFile(tgz, "no package/licenses/*.json with a licenseText");
    }
    // of texts that match about as well, a licence pages most often carry is named, else the shortest: MPL-1.1, not
    // CUA-OPL-1.0, which is MPL-1.1 with clauses added
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String id : COMMON) {
      if (texts.containsKey(id)) {
        ordered.put(id, texts.get(id));
      }
    }
    texts.entrySet().stream().sorted(Map.Entry.comparingByValue(java.util.Comparator.comparingInt(String::length)))
        .forEach(e -> ordered.putIfAbsent(e.getKey(), e.getValue()));
    return of(ordered, "the SPDX licence texts");
  }

  /** Licences a page most often carries, named first where several texts match about as well. */
  private static final List<String> COMMON = List.of("Apache-2.0", "MIT", "GPL-3.0-or-later", "GPL-2.0-or-later",
      "LGPL-3.0-or-later", "LGPL-2.1-or-later", "BSD-3-Clause", "BSD-2-Clause", "MPL-2.0", "CC0-1.0", "CC-BY-4.0",
      "CC-BY-SA-4.0", "ISC", "Unlicense", "GFDL-1.3-or-later", "AGPL-3.0-or-later", "EPL-2.0", "Artistic-2.0");

  void write(Path file) throws IOException {
    try (BinaryFile.Writer w = new BinaryFile.Writer(file, MAGIC, VERSION)) {
      w.strings(List.of(what));
      w.strings(Arrays.asList(names));
      w.longs(runs);
      w.longs(textRuns);
      w.ints(textStart);
      w.commit();
    }
  }

  static KnownTexts read(Path file) throws IOException {
    BinaryFile.Reader r = new BinaryFile.Reader(file, MAGIC, VERSION);
    String[] what = r.strings();
    String[] names = r.strings();
    long[] runs = r.longs();
    long[] textRuns = r.longs();
    int[] textStart = r.ints();
    r.end();
    if (what.length != 1 || textStart.length != names.length + 1
        || textStart[0] != 0 || textStart[names.length] != textRuns.length) {
      throw ModelFormatException.ofFile(file, "inconsistent section lengths");
    }
    for (int k = 0; k < names.length; k++) {
      if (textStart[k + 1] < textStart[k]) {
        throw ModelFormatException.ofFile(file, "text " + k + " has a negative number of runs");
      }
    }
    for (int i = 0; i < runs.length; i++) {
      if (i > 0 && runs[i] <= runs[i - 1]) {
        throw ModelFormatException.ofFile(file, "run " + i + " is out of order");
      }
    }
    return new KnownTexts(runs, names, textRuns, textStart, what[0]);
  }

  /** How many runs this holds. */
  public int size() {
    return runs.length;
  }

  /**
   * How much of the words of {@code tokens} from {@code from} to {@code to} (token indices) repeats a known text.
   *
   * @param runs the runs of {@value #RUN} words there
   * @param known how many of them are in a known text
   * @param name the text that holds the most of them, or null when none does
   */
  public record Match(int runs, int known, String name) {

    /** The known share of the runs (0 for a text too short to have one). */
    public double share() {
      return runs == 0 ? 0 : (double) known / runs;
    }
  }

  /** {@link Match} of the tokens {@code from} to {@code to}. */
  public Match match(List<Token> tokens, int from, int to) {
    long[] hashes = runHashes(words(tokens, from, to));
    int known = known(hashes);
    return new Match(hashes.length, known, known == 0 ? null : name(hashes));
  }

  /** How many of {@code hashes} are runs of a known text. */
  private int known(long[] hashes) {
    int known = 0;
    for (long h : hashes) {
      known += Arrays.binarySearch(runs, h) >= 0 ? 1 : 0;
    }
    return known;
  }

  /** Up to {@code n} of {@code hashes}, evenly spread: all of them when there are no more. */
  private static long[] sample(long[] hashes, int n) {
    if (hashes.length <= n) {
      return hashes;
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = hashes[(int) ((long) i * hashes.length / n)];
    }
    return out;
  }

  /**
   * The text that holds the most of {@code hashes} (up to {@link #NAMING_SAMPLE} of them, evenly spread), the first
   * in order of preference of those within 1% of it: GPL-3.0-or-later rather than its deprecated twin GPL-3.0+, which
   * differs in a few words.
   */
  private String name(long[] hashes) {
    long[] sample = sample(hashes, NAMING_SAMPLE);
    // a sample finds the texts that may hold the most; they are counted on every run
    int[] held = new int[names.length];
    int most = 0;
    for (int k = 0; k < names.length; k++) {
      held[k] = held(k, sample);
      most = Math.max(most, held[k]);
    }
    List<Integer> close = new ArrayList<>();
    int best = 0;
    for (int k = 0; k < names.length; k++) {
      if (held[k] >= 0.9 * most) {
        close.add(k);
        held[k] = sample == hashes ? held[k] : held(k, hashes);
        best = Math.max(best, held[k]);
      }
    }
    for (int k : close) {
      if (held[k] >= 0.99 * best) {
        return names[k];
      }
    }
    return null; // not reached: the text with the most is within 1% of it
  }

  /** How many of {@code hashes} text {@code k} holds. */
  private int held(int k, long[] hashes) {
    int n = 0;
    for (long h : hashes) {
      n += Arrays.binarySearch(textRuns, textStart[k], textStart[k + 1], h) >= 0 ? 1 : 0;
    }
    return n;
  }

  /** Runs of a matched paragraph that naming its text looks up in each text. */
  private static final int NAMING_SAMPLE = 64;

  /**
   * Why the tokens {@code from} to {@code to} are not judged, or null when they are: at least {@link #MIN_RUNS}
   * runs of which {@link #MIN_SHARE} or more are known ("licence text, not judged (96% of its 6-word runs are in the
   * SPDX licence texts, such as Apache-2.0)").
   */
  public String notJudged(List<Token> tokens, int from, int to) {
    if (runs.length == 0) {
      return null;
    }
    long[] hashes = runHashes(words(tokens, from, to));
    if (hashes.length < MIN_RUNS) {
      return null;
    }
    // most text is no licence, which a few lookups tell: a full count only where half of a sample is known
    long[] probes = sample(hashes, PROBES);
    if (2 * known(probes) < probes.length) {
      return null;
    }
    Match m = new Match(hashes.length, known(hashes), null);
    if (m.share() < MIN_SHARE) {
      return null;
    }
    return String.format(Locale.ROOT, "%s, not judged (%d%% of its %d-word runs are in %s, such as %s)",
        NOT_JUDGED, (int) Math.floor(100 * m.share()), RUN, what, name(hashes));
  }

  /** Runs of a text that {@link #notJudged} looks up before it counts them all. */
  private static final int PROBES = 8;

  /** How a reason {@link #notJudged} gives begins. */
  public static final String NOT_JUDGED = "licence text";

  /** The words of the tokens {@code from} to {@code to}: words and numbers, canonical and lower-case. */
  private static List<String> words(List<Token> tokens, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      Token t = tokens.get(i);
      if (t.isLexical()) {
        out.add(Words.canonical(t.text()).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** The hash of each run of {@value #RUN} consecutive words of {@code words}. */
  private static long[] runHashes(List<String> words) {
    int n = words.size() - RUN + 1;
    if (n <= 0) {
      return new long[0];
    }
    long[] w = new long[words.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = fnv(words.get(i));
    }
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      long h = 0xcbf29ce484222325L;
      for (int j = 0; j < RUN; j++) {
        h = (h ^ w[i + j]) * 0x100000001b3L;
        h ^= h >>> 29;
      }
      out[i] = h;
    }
    return out;
  }

  /** 64-bit FNV-1a of {@code s}'s UTF-16 units. */
  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
