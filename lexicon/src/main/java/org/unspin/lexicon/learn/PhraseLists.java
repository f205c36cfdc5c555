// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.ObjDoubleConsumer;
import java.util.function.Predicate;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.CandidateSource;
import org.unspin.lexicon.ExpectedForms;
import org.unspin.lexicon.Inflections;
import org.unspin.lexicon.PhraseSource;
import org.unspin.lexicon.Spellings;
import org.unspin.lexicon.SpinnerTable;
import org.unspin.lexicon.TableEntry;
import org.unspin.text.CasePattern;
import org.unspin.text.FunctionWords;
import org.unspin.text.Words;

/**
 * Tortured-phrase lists ({@code tortured<TAB>expected}, the Problematic Paper Screener's export format): reading
 * them, the acceptable spellings of an expected phrase, and the word-level table that generalises a list to
 * tortured phrases it does not name.
 *
 * <p>A list names whole phrases ("profound learning" / "deep learning"), but the spinners behind them replace
 * words, so the same spun word turns up in many phrases ("profound neural network", "profound convolutional
 * network"). {@link #wordTable} aligns every row as a tiny spun/original pair (its edges count as anchors, and a
 * swap of n words for n words is split word by word) and learns a table from them with {@link SupervisedLearner};
 * its entries are candidates for any text, with the learner's P(spun | original).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PhraseLists {

  /** Family name of a table learned from a phrase list. */
  public static final String FAMILY = "phrases";

  private PhraseLists() {}

  /**
   * One row of a list: the tortured phrase and its expected phrase as written. {@link #torturedText()} is the
   * tortured phrase without parenthesised acronyms, which are not spun.
   */
  public record Row(String tortured, String expected) {

    /** The tortured phrase without parenthesised acronyms, which are not spun. */
    public String torturedText() {
      return tortured.replaceAll("\\([^)]*\\)", " ").strip().replaceAll("\\s+", " ");
    }

    /**
     * The spellings of the expected phrase a restoration may match, the first being the one to learn from
     * ({@link ExpectedForms}).
     */
    public List<String> expectedForms() {
      return ExpectedForms.of(expected);
    }
  }

  /**
   * Reads a list: tab-separated tortured and expected phrase; blank lines and lines starting with '#' are
   * skipped, and so are rows whose expected phrase is empty or "???".
   *
   * @throws IOException if the file cannot be read or is not UTF-8 (the message names the file)
   */
  public static List<Row> read(Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    boolean first = true;
    for (String line : Corpus.read(file).split("\n")) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2 || first && PhraseSource.isHeader(f)) {
        first = false;
        continue;
      }
      first = false;
      add(out, f[0], f[1]);
    }
    return out;
  }

  /**
   * The rows of a list already read by {@link PhraseSource#readPhrases} (which refuses a row of
   * fewer than 2 or more than 3 columns), kept as {@link #read} keeps them: a list that loads is parsed once.
   */
  public static List<Row> rows(PhraseSource list) {
    List<Row> out = new ArrayList<>();
    for (PhraseSource.ListedRow l : list.listedRows()) {
      add(out, l.tortured(), l.expected());
    }
    return out;
  }

  private static void add(List<Row> out, String torturedColumn, String expectedColumn) {
    String tortured = torturedColumn.strip();
    String expected = expectedColumn.strip();
    if (!tortured.isEmpty() && !tortured.startsWith("#") && !expected.isEmpty() && !expected.equals("???")) {
      Row r = new Row(tortured, expected);
      if (!r.expectedForms().isEmpty()) {
        out.add(r);
      }
    }
  }

  /**
   * Articles, determiners, prepositions and conjunctions: the list's pairs differ in them by notation ("the" / "a",
   * "of" / "for"), not because a spinner swapped them, so the word source never proposes one of them for another
   * (on clean scientific prose under {@code --assume-spun}, 9 of 80 word-table edits were such swaps).
   */
  static final Set<String> CLOSED_CLASS = Set.of("a", "an", "the", "this", "that", "these",
      "those", "of", "in", "on", "at", "for", "to", "by", "with", "from", "into", "onto", "upon", "as", "and", "or");

  /**
   * Whether the list's pairs differ in {@code spun} / {@code original} by notation rather than by a spinner's
   * substitution: two closed-class words ({@link #CLOSED_CLASS}), or two forms of one word ("emission" /
   * "emissions", "layers" / "layer": a list writes a term in the singular or the plural as it pleases).
   */
  static boolean notation(String spun, String original) {
    if (CLOSED_CLASS.contains(spun) && CLOSED_CLASS.contains(original)) {
      return true;
    }
    for (Inflections.Reading a : Inflections.analyse(spun)) {
      for (Inflections.Reading b : Inflections.analyse(original)) {
        if (a.lemma().equals(b.lemma())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether a word of {@code ws[start, start + length)} is capitalised where a sentence does not start: a name or a
   * title ("Relative Strength", "Open Interest"), which the list's word entries and terms leave alone (with the public
   * list, clean news sentences had "Relative Strength" -> "Blood Pressure"); whole listed phrases still apply.
   */
  static boolean nameInside(List<String> ws, int start, int length) {
    for (int j = Math.max(1, start); j < start + length && j < ws.size(); j++) {
      String w = ws.get(j);
      String prev = ws.get(j - 1);
      boolean afterStop = prev.equals(".") || prev.equals("!") || prev.equals("?") || prev.equals(":")
          || prev.equals("\u201c") || prev.equals("\"");
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !afterStop
          && (CasePattern.of(w) == CasePattern.UPPER || !titleCased(ws))) {
        return true; // the sentence is read for title case only at a capital, not for every candidate
      }
    }
    return false;
  }

  /**
   * Whether {@code ws} is written in title case, as papers' titles are ("A Profound Learning Approach to Plant
   * Disease Detection"): it starts with a capital, and at least three words of four letters or more after the first,
   * nearly all (four in five), are capitalised. There a capital marks the title, not a name, so only a word in
   * capitals ("ROC") is read as one.
   */
  static boolean titleCased(List<String> ws) {
    if (ws.isEmpty() || ws.get(0).isEmpty() || !Character.isUpperCase(ws.get(0).codePointAt(0))) {
      return false;
    }
    int long4 = 0;
    int capital = 0;
    for (int j = 1; j < ws.size(); j++) {
      String w = ws.get(j);
      if (w.length() >= 4 && w.chars().allMatch(Character::isLetter)) {
        long4++;
        capital += Character.isUpperCase(w.codePointAt(0)) ? 1 : 0;
      }
    }
    return long4 >= 3 && capital * 5 >= long4 * 4;
  }

  /**
   * How often each lower-case word plays each role in a list, counted once for a list and given to each of its
   * sources and measures ({@link #wordSource}, {@link #compoundSource}, {@link #keepLog10}, {@link #wordEntries},
   * {@link #tellsSpinner}): {@code spun}, the times it is a replaced word of a tortured phrase (a word that differs
   * from the expected phrase's word in its place, or any word of a phrase whose length changed); {@code expected},
   * the times it is a word of an expected phrase (first spelling); {@code written}, the times it is a word of either,
   * lower case; and the number of rows. Immutable and thread-safe.
   *
   * @since 0.1
   */
  public static final class WordRoles {

    private final Map<String, Integer> spun;
    private final Map<String, Integer> expected;
    private final Map<String, Integer> written;
    private final int rows;

    private WordRoles(Map<String, Integer> spun, Map<String, Integer> expected, Map<String, Integer> written,
        int rows) {
      this.spun = spun;
      this.expected = expected;
      this.written = written;
      this.rows = rows;
    }

    /** The roles of the words of {@code rows}. */
    public static WordRoles of(List<Row> rows) {
      Map<String, Integer> spun = new HashMap<>();
      Map<String, Integer> expected = new HashMap<>();
      Map<String, Integer> written = new HashMap<>();
      for (Row r : rows) {
        String tortured = r.torturedText().toLowerCase(Locale.ROOT);
        String first = r.expectedForms().get(0);
        List<String> t = List.of(tortured.split(" "));
        List<String> e = List.of(first.split(" "));
        e.forEach(w -> expected.merge(w, 1, Integer::sum));
        for (int i = 0; i < t.size(); i++) {
          if (t.size() != e.size() || !t.get(i).equals(e.get(i))) {
            spun.merge(t.get(i), 1, Integer::sum);
          }
        }
        t.forEach(w -> written.merge(w, 1, Integer::sum));
        for (String w : first.toLowerCase(Locale.ROOT).split(" ")) {
          written.merge(w, 1, Integer::sum);
        }
      }
      return new WordRoles(Collections.unmodifiableMap(spun), Collections.unmodifiableMap(expected),
          Collections.unmodifiableMap(written), rows.size());
    }

    Map<String, Integer> spun() {
      return spun;
    }

    Map<String, Integer> expected() {
      return expected;
    }

    /**
     * How often the list shows lower-case {@code w} as spinner output rather than as an original, as log10((s + 0.5)
     * / (s + e + 1)): the weight of a word entry's candidate ({@link #wordSource}).
     */
    double log10Odds(String w) {
      int s = spun.getOrDefault(w, 0);
      return Math.log10((s + 0.5) / (s + expected.getOrDefault(w, 0) + 1));
    }
  }

  /**
   * The list's spinner's keep probabilities (log10, lower-case words): a word the list shows as a replaced word
   * {@code s} times and as a word of an expected phrase {@code e} times is kept with probability
   * {@code (e + 1) / (s + e + 1)}; words the list never shows replaced are left out (the family's default).
   * "profound" (s 22, e 0) is kept with 0.04, "method" (s 2, e 16) with 0.89. The list's spinner replaces the words
   * it knows: a word that is mostly its output is weak evidence for itself. On {@code eval --tortured}, with
   * {@code (e + a) / (s + e + a)}, a = 0.3 / 0.5 / 1 / 2 / 3 restored 437 / 432 / 426 / 421 / 419 held-out phrases and
   * changed 96 / 96 / 95 / 92 / 92 clean ones; 0.3 also changed more clean sentences (8 of 60 against 6) and news
   * with the list (1,437 edits against 1,432), so a = 1 (docs/benchmarks.md).
   */
  public static Map<String, Double> keepLog10(WordRoles roles) {
    Map<String, Double> out = new HashMap<>();
    roles.spun().forEach((w, s) -> {
      int e = roles.expected().getOrDefault(w, 0);
      out.put(w, Math.log10((e + 1.0) / (s + e + 1.0)));
    });
    return out;
  }

  /**
   * The candidates of a list's {@link #wordTable} (origin {@link Candidate.Origin#PHRASE_WORD}), each weighed by
   * how often the list shows its spun word as spinner output rather than as an original: log10 P gains
   * log10((s + 0.5) / (s + e + 1)), with s the times the word is a replaced word of a tortured phrase and e the times
   * it is a word of an expected phrase. "profound" (s 22, e 0) keeps its entries; "method" (s 2, e 16), mostly a
   * victim's own word, is rarely worth replacing. {@code words} is the list's {@link #wordTable}, learned once for
   * this source and {@link #wordEntries}, and {@code roles} its {@link WordRoles}. Every word is known where a
   * spelling joined or split is read ({@link #wordSource(WordRoles, SpinnerTable, Predicate)}).
   */
  public static CandidateSource wordSource(WordRoles roles, SpinnerTable words) {
    return wordSource(roles, words, w -> true);
  }

  /**
   * {@link #wordSource(WordRoles, SpinnerTable)}, where a word written joined is read as it is written split, or the
   * reverse, only when the joined spelling is a known word ({@code knownWord}, of a lower-case word): "crossbreed"
   * is, and "feedforward", read as a list's "feed forward" -> "neural", is not.
   */
  public static CandidateSource wordSource(WordRoles roles, SpinnerTable words, Predicate<String> knownWord) {
    CandidateSource table = CandidateSource.of(words, Candidate.Origin.PHRASE_WORD);
    Respellings respellings = Respellings.of(words);
    return (ws, i, family, out) -> {
      int from = out.size();
      table.propose(ws, i, family, out);
      respelled(table, respellings, knownWord, ws, i, family, out, from);
      for (int k = from; k < out.size(); k++) {
        Candidate c = out.get(k);
        if (nameInside(ws, c.start(), c.length())) {
          out.remove(k--);
          continue;
        }
        if (c.length() == 1 && notation(ws.get(c.start()).toLowerCase(Locale.ROOT),
            c.original().toLowerCase(Locale.ROOT))) {
          out.remove(k--);
          continue;
        }
        if (c.length() == 1 && !inTerm(ws, c.start())) {
          out.remove(k--);
          continue;
        }
        double odds = 0;
        for (int j = c.start(); j < c.start() + c.length(); j++) {
          odds = Math.min(odds, roles.log10Odds(ws.get(j).toLowerCase(Locale.ROOT)));
        }
        out.set(k, c.withLog10Channel(c.log10Channel() + odds));
      }
      if (out.size() == from && inTerm(ws, i) && !nameInside(ws, i, 1)) {
        compounds(table, roles, ws.get(i), i, family, out);
      }
    };
  }

  /**
   * The candidates {@link #wordSource} adds for hyphenated words ({@link #compounds}), alone and wherever the word
   * stands (not only inside a term, as {@link #wordSource} asks): for measuring which tortured phrases the list's
   * candidates reach ({@link Evaluation#phraseRecall}), where the learned table, {@code words} ({@link #wordTable}),
   * is asked directly; {@code knownWord} as {@link #wordSource(WordRoles, SpinnerTable, Predicate)} asks it.
   */
  public static CandidateSource compoundSource(WordRoles roles, SpinnerTable words, Predicate<String> knownWord) {
    CandidateSource table = CandidateSource.of(words, Candidate.Origin.PHRASE_WORD);
    Respellings respellings = Respellings.of(words);
    return (ws, i, family, out) -> {
      List<Candidate> whole = new ArrayList<>();
      table.propose(ws, i, family, whole);
      int direct = whole.size();
      respelled(table, respellings, knownWord, ws, i, family, whole, 0);
      out.addAll(whole.subList(direct, whole.size()));
      if (whole.isEmpty()) {
        compounds(table, roles, ws.get(i), i, family, out);
      }
    };
  }

  private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(-\\p{L}+){1,3}");
  private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

  /**
   * Adds the table's candidates for the other spelling of the words at {@code i}, as the list's expected phrases
   * treat a hyphen between letters as a space ({@link ExpectedForms}): a hyphenated word read as
   * its spaced words ("cross-breed" as "cross breed" -> "hybrid") and two to {@value #COMPOUND_PARTS} words joined by
   * hyphens ("stowed away" as "stowed-away" -> "hidden"), and a word written joined as it is written split or the
   * reverse where the joined spelling is a known word ({@code knownWord}: "cross breed" as "crossbreed",
   * "crossbreed" as "cross breed" or "cross-breed", each part of {@value #SPLIT_PART} letters or more), each at its
   * entry's probability; not an original that
   * keeps a word of the span ("self" for "self sorting", from a list's "self-sorting out" / "self organizing" split
   * word by word), nor a span and original {@code out} already holds from index {@code from} on. The table is asked
   * only for the split and hyphenated spellings {@code respellings} says it may answer for.
   */
  private static void respelled(CandidateSource table, Respellings respellings, Predicate<String> knownWord,
      List<String> ws, int i, String family, List<Candidate> out, int from) {
    List<Candidate> found = new ArrayList<>();
    String w = ws.get(i);
    if (HYPHENATED.matcher(w).matches()) {
      spelled(table, List.of(w.split("-")), i, 1, family, found);
      if (knownWord.test(w.replace("-", "").toLowerCase(Locale.ROOT))) {
        spelled(table, List.of(w.replace("-", "")), i, 1, family, found);
      }
    } else if (LETTERS.matcher(w).matches() && knownWord.test(w.toLowerCase(Locale.ROOT))) {
      for (int split : respellings.splits(w)) {
        int k = split >> 1;
        spelled(table, (split & 1) == 0 ? List.of(w.substring(0, k), w.substring(k))
            : List.of(w.substring(0, k) + "-" + w.substring(k)), i, 1, family, found);
      }
    }
    for (int k = 2; k <= COMPOUND_PARTS && i + k <= ws.size(); k++) {
      List<String> span = ws.subList(i, i + k);
      if (!span.stream().allMatch(x -> LETTERS.matcher(x).matches())) {
        break;
      }
      String hyphenated = String.join("-", span);
      if (respellings.mayHold(hyphenated)) {
        spelled(table, List.of(hyphenated), i, k, family, found);
      }
      String joined = String.join("", span);
      if (knownWord.test(joined.toLowerCase(Locale.ROOT))) {
        spelled(table, List.of(joined), i, k, family, found);
      }
    }
    for (Candidate c : found) {
      Set<String> spunParts = new HashSet<>();
      for (String x : ws.subList(c.start(), c.start() + c.length())) {
        spunParts.addAll(List.of(x.toLowerCase(Locale.ROOT).split("-")));
      }
      boolean had = !Collections.disjoint(spunParts,
          List.of(c.original().toLowerCase(Locale.ROOT).split("[ -]")));
      for (int k = from; k < out.size() && !had; k++) {
        Candidate o = out.get(k);
        had = o.start() == c.start() && o.length() == c.length() && o.original().equalsIgnoreCase(c.original());
      }
      if (!had) {
        out.add(c);
      }
    }
  }

  /**
   * Adds to {@code found} the table's candidates for the whole of {@code spelling}, another spelling of the
   * {@code length} words at {@code i}.
   */
  private static void spelled(CandidateSource table, List<String> spelling, int i, int length, String family,
      List<Candidate> found) {
    List<Candidate> got = new ArrayList<>();
    table.propose(spelling, 0, family, got);
    for (Candidate c : got) {
      if (c.length() == spelling.size()) {
        found.add(new Candidate(i, length, c.original(), c.log10Channel(), family, Candidate.Origin.PHRASE_WORD));
      }
    }
  }

  /**
   * The spellings with a space or a hyphen that a list's word table can answer for, so that {@link #respelled} asks
   * it only about those: for a word of letters, the places where it splits into two words or a hyphenated word the
   * table holds (one map lookup for a word, where every split was two table lookups), and the hyphenated words of
   * letters the table holds. A word in the table's keys is compared
   * as {@link CandidateSource#of} compares it, lower case; a lemma entry counts with every spelling of every form
   * {@link Inflections#spells} accepts. Only words of ASCII letters are answered from the index
   * (their lower case and their canonical spelling change no split); any other word is given every split, as before.
   * Immutable and thread-safe.
   */
  static final class Respellings {

    private static final Pattern ASCII_LETTERS = Pattern.compile("[A-Za-z]+");
    private static final Pattern ASCII_HYPHENATED = Pattern.compile("[A-Za-z]+(-[A-Za-z]+)+");
    private static final int[] NONE = new int[0];

    /** A word of letters, lower case, to its splits, ascending: 2k for "w[0, k) w[k, n)", 2k + 1 for its hyphen. */
    private final Map<String, int[]> splits;
    /** The hyphenated words of letters the table may hold, lower case. */
    private final Set<String> hyphenated;

    private Respellings(Map<String, int[]> splits, Set<String> hyphenated) {
      this.splits = splits;
      this.hyphenated = hyphenated;
    }

    /** The respellings {@code table} can answer for, as {@link CandidateSource#of} reads it. */
    static Respellings of(SpinnerTable table) {
      Map<String, Set<Integer>> at = new HashMap<>();
      Set<String> hyphenated = new HashSet<>();
      for (TableEntry e : table.entries()) {
        String s = e.spun().toLowerCase(Locale.ROOT);
        List<String> spellings = new ArrayList<>();
        if (e.level() == TableEntry.Level.SURFACE) {
          spellings.add(s);
        } else {
          for (Inflections.Form f : Inflections.Form.values()) {
            spellings.addAll(Inflections.spellings(s, f));
          }
        }
        for (String x : spellings) {
          int space = x.indexOf(' ');
          if (space > 0 && x.indexOf(' ', space + 1) < 0
              && ASCII_LETTERS.matcher(x.substring(0, space)).matches()
              && ASCII_LETTERS.matcher(x.substring(space + 1)).matches()) {
            split(at, x.substring(0, space) + x.substring(space + 1), 2 * space);
          } else if (ASCII_HYPHENATED.matcher(x).matches()) {
            hyphenated.add(x);
            int hyphen = x.indexOf('-');
            if (x.indexOf('-', hyphen + 1) < 0) {
              split(at, x.substring(0, hyphen) + x.substring(hyphen + 1), 2 * hyphen + 1);
            }
          }
        }
      }
      Map<String, int[]> splits = new HashMap<>();
      at.forEach((w, ks) -> splits.put(w, ks.stream().mapToInt(Integer::intValue).sorted().toArray()));
      return new Respellings(splits, hyphenated);
    }

    private static void split(Map<String, Set<Integer>> at, String joined, int split) {
      int k = split >> 1;
      if (k >= SPLIT_PART && k <= joined.length() - SPLIT_PART) {
        at.computeIfAbsent(joined, x -> new HashSet<>()).add(split);
      }
    }

    /**
     * The splits of {@code word} (letters, as written) for {@link #respelled} to try, ascending, each 2k for the
     * two words "word[0, k) word[k, n)" and 2k + 1 for the hyphenated "word[0, k)-word[k, n)": those the table may
     * hold, or, for a word not of ASCII letters, every one with parts of {@value #SPLIT_PART} letters or more.
     */
    int[] splits(String word) {
      if (ASCII_LETTERS.matcher(word).matches()) {
        return splits.getOrDefault(word.toLowerCase(Locale.ROOT), NONE);
      }
      int[] all = new int[2 * Math.max(0, word.length() - 2 * SPLIT_PART + 1)];
      for (int k = SPLIT_PART, j = 0; k <= word.length() - SPLIT_PART; k++) {
        all[j++] = 2 * k;
        all[j++] = 2 * k + 1;
      }
      return all;
    }

    /**
     * Whether the table may hold {@code word} (hyphenated parts of letters, as written): false only for a word of
     * ASCII letters and hyphens it cannot answer for.
     */
    boolean mayHold(String word) {
      return !ASCII_HYPHENATED.matcher(word).matches() || hyphenated.contains(word.toLowerCase(Locale.ROOT));
    }
  }

  /** Fewest letters of each part a word is split into by {@link #respelled}: "crossbreed" as "cross breed". */
  static final int SPLIT_PART = 2;

  /** Most parts of a hyphenated word {@link #compounds} reads. */
  static final int COMPOUND_PARTS = 4;

  /** Most entries {@link #compounds} tries for each part of a hyphenated word, the most probable first. */
  static final int COMPOUND_ENTRIES = 3;

  /**
   * The originals of a hyphenated word the table has no entry for, from its parts' entries: a spinner swaps the
   * parts of "human-computer" or "non-linear" as it swaps words, and writes "human-pc" and "non-straight", so each
   * part may be replaced by its own one-word entries (weighed as {@link #wordSource} weighs a word), the others
   * kept, and at least one replaced; the candidate's log10 P is the sum of the replaced parts'.
   */
  private static void compounds(CandidateSource table, WordRoles roles, String word, int i, String family,
      List<Candidate> out) {
    String[] parts = word.toLowerCase(Locale.ROOT).split("-", -1);
    if (parts.length < 2 || parts.length > COMPOUND_PARTS) {
      return;
    }
    List<List<Candidate>> options = new ArrayList<>();
    boolean any = false;
    for (String part : parts) {
      List<Candidate> entries = new ArrayList<>();
      if (!part.isEmpty() && !CLOSED_CLASS.contains(part)) {
        table.propose(List.of(part), 0, family, entries);
        entries.removeIf(c -> c.length() != 1 || c.original().contains(" ")
            || notation(part, c.original().toLowerCase(Locale.ROOT)));
        entries.sort(Comparator.comparingDouble(Candidate::log10Channel).reversed());
        double odds = roles.log10Odds(part);
        List<Candidate> weighed = new ArrayList<>();
        for (Candidate c : entries.subList(0, Math.min(COMPOUND_ENTRIES, entries.size()))) {
          weighed.add(c.withLog10Channel(c.log10Channel() + odds));
        }
        entries = weighed;
      }
      any |= !entries.isEmpty();
      options.add(entries);
    }
    if (!any) {
      return;
    }
    Set<String> seen = new HashSet<>();
    combine(parts, options, 0, new String[parts.length], 0, false, (original, log10) -> {
      if (seen.add(original)) {
        out.add(new Candidate(i, 1, original, log10, family, Candidate.Origin.PHRASE_WORD));
      }
    });
  }

  private static void combine(String[] parts, List<List<Candidate>> options, int k, String[] chosen, double log10,
      boolean changed, ObjDoubleConsumer<String> emit) {
    if (k == parts.length) {
      if (changed) {
        emit.accept(String.join("-", chosen), log10);
      }
      return;
    }
    chosen[k] = parts[k];
    combine(parts, options, k + 1, chosen, log10, changed, emit);
    for (Candidate c : options.get(k)) {
      chosen[k] = c.original().toLowerCase(Locale.ROOT);
      combine(parts, options, k + 1, chosen, log10 + c.log10Channel(), true, emit);
    }
  }

  /**
   * log10 of how much more often a list writes a word as spinner output than clean English writes it, from which one
   * of its word entries' edits tells the list's spinner by the word alone ({@link #tellsSpinner}): a hundred times.
   */
  public static final double TELLING_LOG10_RATIO = 2;

  /**
   * The same, from which such an edit tells the list's spinner inside a term ({@link #tellsSpinner}): about three
   * times.
   */
  public static final double TERM_LOG10_RATIO = 0.5;

  /**
   * log10 of how much more often a list writes a word (in its tortured or its expected phrases) than clean English
   * writes it, from which the word beside an edit makes the two a term ({@link #tellsSpinner}): about 30 times, the
   * vocabulary of the papers a list is drawn from ("fourier", "impedance") rather than of the news ("Hot 100").
   */
  public static final double TERM_WORD_LOG10_RATIO = 1.5;

  /**
   * Whether an edit of the list's word entries (origin {@link Candidate.Origin#PHRASE_WORD}) at a candidate's span of
   * {@code ws} (the words and marks of a text, as written) tells the list's spinner, by how much more often the list
   * writes its words than clean English does (news and Brown counts, {@code frequencies}; a word's share of the
   * list's rows against its share of the counts): a replaced word the list writes as spinner output (s as in
   * {@link #wordSource}) at least {@link #TELLING_LOG10_RATIO} (log10) times as often, or at least {@link
   * #TERM_LOG10_RATIO} times inside a term: a span of two words or more, or one beside a word the list writes at
   * least {@link #TERM_WORD_LOG10_RATIO} times as often (one the counts do not know, "qos", "reynolds", is a
   * paper's term word too; a number is none). "profound" (s 17 in 1,889 rows, count 27) tells it
   * anywhere, "change" ("fourier change" for "fourier transform") beside "fourier"; "chart" in "the Hot 100 chart"
   * or "huge" in "huge piles of rubble" are a news sentence's own words. Edits of other origins always tell it. On
   * 1,880 clean news sentences with the public list as {@code --phrases} and on {@code eval --tortured}, as plain
   * {@code restore --phrases}: the word alone at 1 / 2 changed 76 / 26 sentences and restored 381 / 355 held-out
   * phrases; with the term at these bars 32 and 380 (95 and 386 without; docs/benchmarks.md).
   */
  public static BiPredicate<List<String>, Candidate> tellsSpinner(WordRoles roles,
      Map<String, Double> frequencies) {
    Map<String, Integer> spun = roles.spun();
    Map<String, Integer> written = roles.written;
    ToDoubleBiFunction<String, Map<String, Integer>> ratio = overWritten(roles.rows, frequencies);
    return (ws, c) -> {
      if (c.origin() != Candidate.Origin.PHRASE_WORD) {
        return true;
      }
      double replaced = Double.NEGATIVE_INFINITY;
      for (int j = c.start(); j < c.start() + c.length() && j < ws.size(); j++) {
        replaced = Math.max(replaced, ratio.applyAsDouble(ws.get(j).toLowerCase(Locale.ROOT), spun));
      }
      if (replaced >= TELLING_LOG10_RATIO) {
        return true;
      }
      if (replaced < TERM_LOG10_RATIO) {
        return false;
      }
      if (c.length() > 1) {
        return true;
      }
      for (int j : new int[] {c.start() - 1, c.start() + c.length()}) {
        String w = j >= 0 && j < ws.size() ? ws.get(j).toLowerCase(Locale.ROOT) : "";
        if (contentWord(w) && Character.isLetter(w.charAt(0))
            && ratio.applyAsDouble(w, written) >= TERM_WORD_LOG10_RATIO) {
          return true;
        }
      }
      return false;
    };
  }

  /**
   * Whether {@code ws.get(i)} can be a word of a tortured phrase, as the list's word entries see one: a content word
   * with a content word beside it, or beyond up to two {@link #TERM_JOINERS}. Every row of a list is a term of two
   * words or more ("video acknowledgment"), and a word entry learned from it describes the word inside such a term;
   * alone among other function words and punctuation it is a paper's own word ("In this work, we" is not "In this
   * function"), and a function word is never one ("during" is not the list's "in").
   */
  static boolean inTerm(List<String> ws, int i) {
    if (!contentWord(ws.get(i))) {
      return false;
    }
    for (int side = -1; side <= 1; side += 2) {
      // a content word beside it, or beyond up to two joining words ("analysis of variance", "infrastructure as
      // an administration", "accuracy, recall")
      for (int j = i + side, skipped = 0; j >= 0 && j < ws.size() && skipped <= 2; j += side, skipped++) {
        if (contentWord(ws.get(j))) {
          return true;
        }
        String w = ws.get(j).toLowerCase(Locale.ROOT);
        if (!TERM_JOINERS.contains(w) || side > 0 && skipped == 0 && ARTICLES.contains(w)) {
          break; // an article right after a word begins the next phrase ("We report the model")
        }
      }
    }
    return false;
  }

  /**
   * The words and marks that join the content words of one term ("analysis of variance", "accuracy, recall", "as a
   * service"); not "this" or "in", which stand between a paper's own words ("In this work").
   */
  private static final Set<String> TERM_JOINERS = Set.of("of", "for", "and", "or", "to", "as", "the", "a", "an", ",",
      "/", "&");

  /** The joining words that, right after a word, begin the next phrase instead ({@link #inTerm}). */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private static boolean contentWord(String w) {
    return Words.isLexical(w) && !FunctionWords.contains(w);
  }

  /**
   * The word pairs of the list's expected phrases, in every spelling, lower case, without articles, prepositions,
   * conjunctions, auxiliaries and pronouns ({@link #termWord}): first word to the words that follow it. The terms the
   * list names.
   */
  static Map<String, Set<String>> namedPairs(List<Row> rows) {
    Map<String, Set<String>> after = new HashMap<>();
    for (Row r : rows) {
      for (String form : r.expectedForms()) {
        String[] w = form.toLowerCase(Locale.ROOT).split(" ");
        for (int i = 0; i + 1 < w.length; i++) {
          if (termWord(w[i]) && termWord(w[i + 1])) {
            after.computeIfAbsent(w[i], k -> new HashSet<>()).add(w[i + 1]);
          }
        }
      }
    }
    return after;
  }

  /** Function words that name no term ("is close", "it can"), beside {@link #CLOSED_CLASS}. */
  private static final Set<String> NOT_TERM_WORDS = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
      "have", "had", "do", "does", "did", "it", "its", "we", "our", "they", "their", "not", "no", "can", "could", "may",
      "might", "will", "would", "shall", "should", "must", "which", "who", "whose", "than", "so", "such", "very");

  private static boolean termWord(String w) {
    return w.length() > 1 && !CLOSED_CLASS.contains(w) && !NOT_TERM_WORDS.contains(w);
  }

  /**
   * Whether a candidate keeps the terms the list names ({@link #namedPairs}) as they are written: false for one that
   * would replace a word of such a pair ("data augmentation", "disease identification", "transfer learning": the
   * list's own expected phrases are not to be spun back, by its word table, a news table or the thesaurus). Whole
   * listed phrases are always kept.
   */
  public static BiPredicate<List<String>, Candidate> keepsNamedTerms(List<Row> rows) {
    Map<String, Set<String>> named = namedPairs(rows);
    Set<String> listed = new HashSet<>();
    int longest = 0;
    for (Row r : rows) {
      String t = r.torturedText().toLowerCase(Locale.ROOT);
      listed.add(t);
      longest = Math.max(longest, t.split(" ").length);
    }
    int maxWords = longest;
    return (ws, c) -> c.origin() == Candidate.Origin.PHRASE_LIST
        || !breaksNamedPair(named, ws, c.start(), c.length())
        || insideListed(listed, maxWords, ws, c.start(), c.length());
  }

  /**
   * Whether {@code ws[start, start + length)} lies inside a tortured phrase the list names, as written: its words are
   * known to be spun ("neighborhood binary pattern" holds the named pair "binary pattern").
   */
  private static boolean insideListed(Set<String> listed, int maxWords, List<String> ws, int start, int length) {
    for (int from = Math.max(0, start + length - maxWords); from <= start; from++) {
      StringBuilder sb = new StringBuilder();
      for (int to = from; to < Math.min(ws.size(), from + maxWords); to++) {
        if (to > from) {
          sb.append(' ');
        }
        sb.append(ws.get(to).toLowerCase(Locale.ROOT));
        if (to + 1 >= start + length && listed.contains(sb.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether replacing {@code ws[start, start + length)} would break a pair the list names as a term, as written
   * ("data augmentation", "disease identification": the list's own expected phrases are not to be spun back).
   */
  static boolean breaksNamedPair(Map<String, Set<String>> named, List<String> ws, int start, int length) {
    int from = Math.max(0, start - 1);
    int to = Math.min(ws.size() - 1, start + length);
    for (int j = from; j < to; j++) {
      Set<String> next = named.get(ws.get(j).toLowerCase(Locale.ROOT));
      if (next != null && next.contains(ws.get(j + 1).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * log10 P of a {@link #termSource} candidate, per word replaced: a thesaurus move, so dearer than a learned entry.
   * On {@code eval --tortured} -1 / -1.5 / -2 / -2.5 / -3 restored 417 / 421 / 411 / 402 / 389 of 2,013 held-out
   * phrases (367 without) and changed 146 / 129 / 117 / 106 / 106 clean ones (100); docs/benchmarks.md.
   */
  public static final double TERM_LOG10_CHANNEL = -2.5;

  /**
   * Candidates that complete a term of the list's expected phrases: at a word {@code w} beside a word {@code u}
   * (as written), an original {@code x} such that "u x" (or "x u") is a word pair of an expected phrase and
   * {@code x} is a thesaurus neighbour of {@code w}; and for two words {@code w1 w2}, a pair "x y" of an expected
   * phrase with {@code x} and {@code y} neighbours of them ("random woodland" -> "random forest", "man-made
   * intelligence" -> "artificial intelligence"). The list names the terms, the thesaurus the spinner's moves; each
   * candidate gets {@code log10Channel} (origin {@link Candidate.Origin#PHRASE_WORD}).
   */
  public static CandidateSource termSource(List<Row> rows, Function<String, Set<String>> neighbours,
      double log10Channel) {
    Map<String, Set<String>> after = namedPairs(rows);
    Map<String, Set<String>> before = new HashMap<>();
    after.forEach((a, bs) -> bs.forEach(b -> before.computeIfAbsent(b, k -> new HashSet<>()).add(a)));
    return (ws, i, family, out) -> {
      String w = ws.get(i).toLowerCase(Locale.ROOT);
      if (CLOSED_CLASS.contains(w)) {
        return;
      }
      if (nameInside(ws, i, 2)) {
        return; // the word or the one after it (a two-word candidate's second) is a name
      }
      if (breaksNamedPair(after, ws, i, 1)) {
        return; // already a term with a neighbour as written
      }
      Set<String> near = neighbours.apply(w);
      Set<String> seen = new HashSet<>();
      Set<String> follows = i > 0 ? after.getOrDefault(ws.get(i - 1).toLowerCase(Locale.ROOT), Set.of()) : Set.of();
      for (String x : follows) {
        if (!x.equals(w) && near.contains(x) && seen.add(x)) {
          out.add(new Candidate(i, 1, x, log10Channel, family, Candidate.Origin.PHRASE_WORD));
        }
      }
      String right = i + 1 < ws.size() ? ws.get(i + 1).toLowerCase(Locale.ROOT) : null;
      if (right != null) {
        for (String x : before.getOrDefault(right, Set.of())) {
          if (!x.equals(w) && near.contains(x) && seen.add(x)) {
            out.add(new Candidate(i, 1, x, log10Channel, family, Candidate.Origin.PHRASE_WORD));
          }
        }
        if (!CLOSED_CLASS.contains(right)) {
          Set<String> nearRight = null;
          for (String x : near) {
            for (String y : after.getOrDefault(x, Set.of())) {
              if (y.equals(right)) {
                continue;
              }
              nearRight = nearRight != null ? nearRight : neighbours.apply(right);
              if (nearRight.contains(y)) {
                out.add(new Candidate(i, 2, x + " " + y, 2 * log10Channel, family, Candidate.Origin.PHRASE_WORD));
              }
            }
          }
        }
      }
    };
  }

  /** Neighbours of each word a {@link #collocationSource} tries, the most frequent first. */
  static final int COLLOCATION_NEIGHBOURS = 60;

  /**
   * The association (log10 P(y | x) - log10 P(y)) from which a {@link #collocationSource} pair counts as a
   * collocation: "y" is 100 times likelier after "x" than alone.
   */
  static final double COLLOCATION_MIN_ASSOCIATION = 2.0;

  /** The written pair's association below which a {@link #collocationSource} looks for one at all. */
  static final double COLLOCATION_MAX_WRITTEN = 0.5;

  /**
   * log10 P of a {@link #collocationSource} candidate per word it changes. On {@code eval --tortured} (minimum
   * association 2): -2.5 / -3.5 / -4 restored 505 / 492 / 481 of 2,013 held-out phrases (453 without the source)
   * and changed 158 / 132 / 128 clean ones (128); docs/benchmarks.md.
   */
  static final double COLLOCATION_LOG10_CHANNEL = -4.0;

  /**
   * Candidates for two words that thesaurus moves turn into a pair the language model knows as a collocation, for
   * terms a list does not name ("arbitrary strolls" -> "random walks", "aqueous answer" -> "aqueous solution"): at
   * words {@code w1 w2} (term words, not a name) whose own {@code association} is under
   * {@value #COLLOCATION_MAX_WRITTEN} (the spinner breaks collocations; a pair that is one is left as written), each
   * pair "x y" of {@code w1} or one of its {@value #COLLOCATION_NEIGHBOURS} most {@code frequent} thesaurus
   * neighbours and the same for {@code w2}, other than "w1 w2" itself, whose association (e.g. log10 P(y | x) -
   * log10 P(y)) is at least {@value #COLLOCATION_MIN_ASSOCIATION}; each changed word gets
   * {@value #COLLOCATION_LOG10_CHANNEL} (origin {@link Candidate.Origin#COLLOCATION}). Memoised per word
   * pair and per word (up to {@value #COLLOCATION_MEMO_LIMIT} of each, so that a crawl's memory stays bounded), so a
   * document, and the documents after it, pay once for each. Thread-safe.
   */
  public static CandidateSource collocationSource(Function<String, Set<String>> neighbours,
      ToDoubleFunction<String> frequent,
      ToDoubleBiFunction<String, String> association) {
    return collocationSource(neighbours, frequent, association, COLLOCATION_MIN_ASSOCIATION, COLLOCATION_MAX_WRITTEN,
        COLLOCATION_LOG10_CHANNEL);
  }

  /**
   * As {@link #collocationSource(Function, ToDoubleFunction,
   * ToDoubleBiFunction)}, with {@code maxWritten}, {@code minAssociation} and {@code log10Channel}
   * in place of its constants.
   */
  public static CandidateSource collocationSource(Function<String, Set<String>> neighbours,
      ToDoubleFunction<String> frequent,
      ToDoubleBiFunction<String, String> association, double minAssociation, double maxWritten,
      double log10Channel) {
    return collocationSource(neighbours, frequent, association, minAssociation, maxWritten, log10Channel, Map.of());
  }

  /**
   * As {@link #collocationSource(Function, ToDoubleFunction,
   * ToDoubleBiFunction)}, with a list's one-word entries ({@link #wordEntries}) as moves too: a
   * word's originals in {@code learned} are tried beside its thesaurus neighbours, and a changed word the list's
   * entries explain pays their channel score (when better) instead of {@value #COLLOCATION_LOG10_CHANNEL}: the pair is
   * scored as one term, its word the list knows as spun moved at the list's price, not at a thesaurus move's
   * ("vitality productivity" -> "energy efficiency", where "vitality" -> "energy" is the list's and "efficiency" a
   * thesaurus neighbour of "productivity"). On {@code eval --tortured}: 487 -> 494 of 2,013 held-out phrases
   * restored, clean ones changed 97 -> 96; plain {@code restore --phrases} 380 -> 386, 28 -> 28 (docs/benchmarks.md).
   */
  public static CandidateSource collocationSource(Function<String, Set<String>> neighbours,
      ToDoubleFunction<String> frequent,
      ToDoubleBiFunction<String, String> association,
      Map<String, Map<String, Double>> learned) {
    return collocationSource(neighbours, frequent, association, COLLOCATION_MIN_ASSOCIATION, COLLOCATION_MAX_WRITTEN,
        COLLOCATION_LOG10_CHANNEL, learned);
  }

  /**
   * How much more often a list of {@code rows} rows writes a word than clean English does: log10 of the word's share
   * of the rows (its count in the map given, plus 0.5) against its share of {@code frequencies} (plus 1), the measure
   * both {@link #tellsSpinner} and {@link #wordEntries} hold against their bars.
   */
  private static ToDoubleBiFunction<String, Map<String, Integer>> overWritten(int rows,
      Map<String, Double> frequencies) {
    double total = 0;
    for (double c : frequencies.values()) {
      total += c;
    }
    double rowCount = Math.max(1, rows);
    double all = Math.max(1, total);
    return (w, counts) -> Math.log10(((counts.getOrDefault(w, 0) + 0.5) / rowCount)
        / ((frequencies.getOrDefault(w, 0.0) + 1) / all));
  }

  /**
   * The one-word entries of a list's {@link #wordTable}, lower case: spun word to original to log10 P(spun |
   * original), weighed as {@link #wordSource} weighs them by how often the list shows the spun word as spinner output;
   * only for spun words that tell the list's spinner by themselves ({@link #TELLING_LOG10_RATIO}: the list writes them
   * as spinner output a hundred times as often as news and Brown counts, {@code frequencies}, write them). Notation
   * ({@link #notation}) is left out. With every entry (or a bar of 10^0.5; 10^1 the first only), clean news sentences
   * with the public list had "cutting-edge innovation" -> "technology" and "sudden passing" -> "death": words the list
   * shows spun once or twice, which news writes often. {@code words} is the list's {@link #wordTable}, {@code roles}
   * its {@link WordRoles}.
   */
  public static Map<String, Map<String, Double>> wordEntries(WordRoles roles, SpinnerTable words,
      Map<String, Double> frequencies) {
    ToDoubleBiFunction<String, Map<String, Integer>> ratio = overWritten(roles.rows, frequencies);
    Map<String, Map<String, Double>> out = new HashMap<>();
    for (TableEntry e : words.entries()) {
      String w = e.spun().toLowerCase(Locale.ROOT);
      String x = e.original().toLowerCase(Locale.ROOT);
      if (w.indexOf(' ') >= 0 || x.indexOf(' ') >= 0 || w.equals(x) || notation(w, x)) {
        continue;
      }
      if (ratio.applyAsDouble(w, roles.spun()) < TELLING_LOG10_RATIO) {
        continue; // a word clean English writes about as often as the list writes it spun, not its spinner's mark
      }
      out.computeIfAbsent(w, k -> new HashMap<>()).merge(x, e.log10Probability() + roles.log10Odds(w), Math::max);
    }
    return out;
  }

  private static CandidateSource collocationSource(Function<String, Set<String>> neighbours,
      ToDoubleFunction<String> frequent,
      ToDoubleBiFunction<String, String> association, double minAssociation, double maxWritten,
      double log10Channel, Map<String, Map<String, Double>> learned) {
    ConcurrentHashMap<String, List<String>> nearMemo =
        new ConcurrentHashMap<>();
    Function<String, List<String>> near = v -> remembered(nearMemo, v, w -> {
      List<String> n = new ArrayList<>();
      for (String x : neighbours.apply(w)) {
        if (x.indexOf(' ') < 0 && !x.equals(w) && termWord(x) && !Spellings.variants(w, x)) {
          n.add(x);
        }
      }
      n.sort(Comparator.comparingDouble(frequent).reversed());
      List<String> out = new ArrayList<>();
      out.add(w);
      out.addAll(n.subList(0, Math.min(COLLOCATION_NEIGHBOURS, n.size())));
      for (String x : learned.getOrDefault(w, Map.of()).keySet()) {
        if (termWord(x) && !out.contains(x)) {
          out.add(x);
        }
      }
      return out;
    });
    ConcurrentHashMap<String, List<String>> memo =
        new ConcurrentHashMap<>();
    return (ws, i, family, out) -> {
      if (i + 1 >= ws.size() || nameInside(ws, i, 2)) {
        return;
      }
      String w1 = ws.get(i).toLowerCase(Locale.ROOT);
      String w2 = ws.get(i + 1).toLowerCase(Locale.ROOT);
      if (!termWord(w1) || !termWord(w2) || !Character.isLetter(w1.charAt(0)) || !Character.isLetter(w2.charAt(0))) {
        return;
      }
      List<String> found = remembered(memo, w1 + " " + w2, k -> {
        List<String> pairs = new ArrayList<>();
        if (association.applyAsDouble(w1, w2) >= maxWritten) {
          return pairs;
        }
        List<String> right = near.apply(w2);
        for (String x : near.apply(w1)) {
          for (String y : right) {
            if (!(x.equals(w1) && y.equals(w2)) && association.applyAsDouble(x, y) >= minAssociation) {
              pairs.add(x + " " + y);
            }
          }
        }
        return pairs;
      });
      for (String pair : found) {
        int space = pair.indexOf(' ');
        String x = pair.substring(0, space);
        String y = pair.substring(space + 1);
        double cost = (x.equals(w1) ? 0 : moved(learned, w1, x, log10Channel))
            + (y.equals(w2) ? 0 : moved(learned, w2, y, log10Channel));
        out.add(new Candidate(i, 2, pair, cost, family, Candidate.Origin.COLLOCATION));
      }
    };
  }

  /** log10 P of {@code w} written for {@code x} in a collocation: the list's entry when better, else {@code open}. */
  private static double moved(Map<String, Map<String, Double>> learned, String w, String x, double open) {
    Double l = learned.getOrDefault(w, Map.of()).get(x);
    return l == null ? open : Math.max(open, l);
  }

  /** Most word pairs, and words, a {@link #collocationSource} remembers; beyond it they are recomputed. */
  static final int COLLOCATION_MEMO_LIMIT = 200_000;

  /** {@code memo}'s value for {@code key}, computed and remembered while the memo is under its limit. */
  private static <V> V remembered(ConcurrentHashMap<String, V> memo, String key,
      Function<String, V> compute) {
    V v = memo.get(key);
    if (v == null) {
      v = compute.apply(key);
      if (memo.size() < COLLOCATION_MEMO_LIMIT) {
        memo.putIfAbsent(key, v);
      }
    }
    return v;
  }

  /**
   * True for rows in the evaluation half of a list split by expected phrase (its first spelling, so rows that
   * write one term in different notations stay together): a restorer learns from the other half and is measured
   * on this one. {@link Evaluation#phraseRecall} and {@code unspin eval --tortured} use this split.
   */
  public static boolean heldOut(Row r) {
    return Evaluation.heldOut(r.expectedForms().get(0));
  }

  /**
   * Whether no word of lower-case {@code phrase} is a {@link #CLOSED_CLASS} word: the originals a list's swaps that
   * lengthen by two or more words may have ({@link #wordTable}). "associate in nursing" for "an" is a translation
   * artefact some lists also name as an expected phrase, and an article or preposition written as several words is
   * more often the list's notation than a spinner's swap.
   */
  static boolean contentPhrase(String phrase) {
    for (String w : phrase.split(" ")) {
      if (CLOSED_CLASS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The word-level table of a list (family {@value #FAMILY}), learned from each row's tortured phrase and the
   * first spelling of its expected phrase; {@code knownWord} says which lower-case words are real lemmas. A swap
   * the list shows once that writes two or more words more than its original is kept when the original has no
   * {@link #CLOSED_CLASS} word ("imaginative and prescient" -> "vision" from "computer imaginative and prescient",
   * {@link SupervisedLearner#lengthening}), and a swap of unequal lengths is also learned without its end words that
   * are an attested word pair ("set of rules" -> "algorithm" from "schooling set of rules" -> "training algorithm",
   * "schooling" -> "training" attested), where neither its original nor its spun side's end words are such words.
   */
  public static SpinnerTable wordTable(List<Row> rows, Predicate<String> knownWord) {
    List<SupervisedLearner.Pair> pairs = new ArrayList<>(rows.size());
    for (Row r : rows) {
      pairs.add(new SupervisedLearner.Pair(r.tortured(), r.torturedText(), r.expectedForms().get(0)));
    }
    return SupervisedLearner.create(FAMILY, knownWord).edgesAnchor(true).splitEqualLength(true)
        .lengthening(PhraseLists::contentPhrase).learn(pairs);
  }
}
