// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.unspin.text.Token;
import org.unspin.text.Tokenizer;
import org.unspin.text.Words;

/**
 * Candidates from a user's list of (spun, original) pairs: a {@code --table} TSV ({@code spun<TAB>original} with an
 * optional third column P(spun | original)) or a tortured-phrase list ({@code tortured<TAB>expected}, the format of
 * the Problematic Paper Screener export; lines starting with '#' are comments, expected "???" is skipped; an
 * expected phrase is restored as the first spelling its notation gives, {@link ExpectedForms}; a first line that
 * names the columns, such as {@code tortured<TAB>expected}, is a header; a table row with an empty side is a
 * {@link ModelFormatException} naming its line). Spun phrases are matched
 * case-insensitively on word tokens; phrases longer than {@value #MAX_TOKENS} tokens are skipped (counted in
 * {@link #skipped()}). Without a probability column, a spun phrase listed with k originals gives each
 * P = 1 / k. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class PhraseSource implements CandidateSource {

  /**
   * One original of a spun phrase; {@code after}, when not null, the lower-case word tokens that must follow the
   * phrase for it to count (the acronym a list gives a two-word phrase: "group head (ch)"); {@code verb}, an -ed form
   * a row reaches from another form, which holds where it reads as a verb only ({@link Inflections#adjectival}).
   */
  private record Hit(String original, double log10, int length, List<String> after, boolean verb) {

    Hit(String original, double log10, int length, List<String> after) {
      this(original, log10, length, after, false);
    }
  }

  /**
   * A row of a tortured-phrase list as read, before its key is made: the tortured and the expected column, unstripped.
   *
   * @param tortured the first column
   * @param expected the second column
   */
  public record ListedRow(String tortured, String expected) {}

  private final Map<String, List<Hit>> byFirst = new HashMap<>();
  private final List<ListedRow> listed;
  private final Set<String> firstWords = new HashSet<>();
  private final Candidate.Origin origin;
  private final int size;
  private final int skipped;
  private final int tooLong;
  private final int reached;

  private PhraseSource(Map<String, List<Hit>> map, Candidate.Origin origin, int skipped, int added) {
    this(map, origin, skipped, 0, added, 0, List.of());
  }

  private PhraseSource(Map<String, List<Hit>> map, Candidate.Origin origin, int skipped, int tooLong, int added,
      int reached, List<ListedRow> listed) {
    this.origin = origin;
    this.listed = List.copyOf(listed);
    this.skipped = skipped;
    this.tooLong = tooLong;
    this.reached = reached;
    int n = 0;
    for (Map.Entry<String, List<Hit>> e : map.entrySet()) {
      byFirst.put(e.getKey(), List.copyOf(e.getValue()));
      String k = e.getKey();
      firstWords.add(k.indexOf(' ') < 0 ? k : k.substring(0, k.indexOf(' ')));
      n += e.getValue().size();
    }
    this.size = n - added - reached;
  }

  /** Reads a {@code --table} TSV file. */
  public static PhraseSource readTable(Path file) throws IOException {
    return read(file, Candidate.Origin.USER_TABLE);
  }

  /** Reads a tortured-phrase list ({@code --phrases}). */
  public static PhraseSource readPhrases(Path file) throws IOException {
    return read(file, Candidate.Origin.PHRASE_LIST);
  }

  /** A source from in-memory (spun, original) pairs with P = 1 / k per spun phrase. */
  public static PhraseSource of(List<String[]> spunOriginal, Candidate.Origin origin) {
    Map<String, List<String[]>> rows = new HashMap<>();
    int skipped = 0;
    for (String[] r : spunOriginal) {
      String key = key(r[0]);
      if (key == null || r[1].isBlank() || r[1].trim().equals("???")) {
        skipped++;
        continue;
      }
      rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {r[1].trim(), null, null});
    }
    return new PhraseSource(hits(rows), origin, skipped, 0);
  }

  private static PhraseSource read(Path file, Candidate.Origin origin) throws IOException {
    List<String> lines = SpinnerTables.lines(Files.readAllBytes(file), file.toString());
    Map<String, List<String[]>> rows = new HashMap<>();
    List<ListedRow> listed = new ArrayList<>();
    int skipped = 0;
    int tooLong = 0;
    boolean first = true;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (first && isHeader(f)) { // "tortured<TAB>expected": read as a row, it made every "tortured" a spin
        first = false;
        continue;
      }
      first = false;
      boolean list = origin == Candidate.Origin.PHRASE_LIST;
      if (f.length < 2 || f.length > 3) {
        throw new ModelFormatException(file.toString(), i + 1, list
            ? "expected 2 or 3 tab-separated columns (tortured phrase, expected phrase[, weight]), found " + f.length
            : "expected 2 or 3 tab-separated columns (spun, original[, probability]), found " + f.length);
      }
      String prob = f.length == 3 ? f[2].trim() : null;
      if (prob != null) {
        try {
          double p = Double.parseDouble(prob);
          if (!(p > 0 && p <= 1)) {
            throw new NumberFormatException();
          }
        } catch (NumberFormatException e) {
          // a phrase list's third column had been refused as a spinner table's "probability"
          throw new ModelFormatException(file.toString(), i + 1, list
              ? "a phrase list row is tortured<TAB>expected[<TAB>weight]: the third column, '" + prob + "', is no "
                  + "weight in (0, 1] (a list exported with another column, such as its source, can be cut to its "
                  + "first two: cut -f1,2)"
              : "probability must be a number in (0, 1]: '" + prob + "'");
        }
      }
      if (origin == Candidate.Origin.PHRASE_LIST) {
        listed.add(new ListedRow(f[0], f[1]));
      }
      // a list names a tortured phrase with the acronym its paper gives it ("investigation of difference (anova)"),
      // which is not spun and may be left out where the phrase is used: the key is the phrase without it, when three
      // words or more are left ("individual number (pin)" without its acronym is everyday English)
      String key = key(origin == Candidate.Origin.PHRASE_LIST ? withoutAcronyms(f[0]) : f[0]);
      String after = null;
      if (key != null && origin == Candidate.Origin.PHRASE_LIST && !key.equals(key(f[0]))
          && TableEntry.tokens(key) < 3) {
        // only with the acronym after it ("group head (ch)"), which stays as written: it was never spun
        String acronym = f[0].strip().substring(withoutAcronyms(f[0]).length()).strip();
        after = f[0].strip().startsWith(withoutAcronyms(f[0])) && acronym.matches("\\([^()]*\\)")
            ? key(acronym) : null;
        if (after == null) {
          key = null;
        }
      }
      if (origin == Candidate.Origin.USER_TABLE && (f[0].isBlank() || f[1].isBlank())) {
        // "enormous<TAB>" had been skipped without a word: a table row restores a phrase, and has both sides
        throw new ModelFormatException(file.toString(), i + 1, "the " + (f[0].isBlank() ? "spun" : "original")
            + " phrase is empty: a row is spun<TAB>original[<TAB>probability], both phrases of one word or more");
      }
      String orig = f[1].trim().replaceAll("\\s+", " ");
      if (origin == Candidate.Origin.PHRASE_LIST && !orig.equals("???")) {
        // the list's notation ("region of interest (ROI)", "[network] traffic patterns"): its first spelling
        List<String> forms = ExpectedForms.of(orig);
        orig = forms.isEmpty() ? "" : forms.get(0);
      }
      if (key == null || orig.isEmpty() || orig.equals("???")) {
        skipped++;
        if (key == null && origin == Candidate.Origin.USER_TABLE) {
          tooLong++;
        }
        continue;
      }
      rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {orig, prob, after});
      String longer = after == null && origin == Candidate.Origin.PHRASE_LIST ? withExpectedEnd(key, orig) : null;
      if (longer != null) {
        rows.computeIfAbsent(longer, k -> new ArrayList<>()).add(new String[] {orig, prob, null, ADDED});
      }
      String[] plural = after == null && origin == Candidate.Origin.PHRASE_LIST ? plural(key, orig) : null;
      if (plural != null) {
        rows.computeIfAbsent(plural[0], k -> new ArrayList<>()).add(new String[] {plural[1], prob, null, ADDED});
      }
    }
    // the list's own rows count, not the forms added for them (a plural, an expected end word)
    Map<String, List<String[]>> own = new HashMap<>();
    rows.forEach((k, rs) -> rs.stream().filter(r -> r.length < 4 || !ADDED.equals(r[3]))
        .forEach(r -> own.computeIfAbsent(k, x -> new ArrayList<>()).add(r)));
    Map<String, List<Hit>> hits = hits(rows);
    int added = hits.values().stream().mapToInt(List::size).sum() - hits(own).values().stream().mapToInt(List::size)
        .sum();
    return new PhraseSource(hits, origin, skipped, tooLong, added, 0, listed);
  }

  /**
   * The rows of the tortured-phrase list this source was read from ({@link #readPhrases}), in the file's order, each
   * as its two columns were written: what {@code PhraseLists.rows} builds the list's rows from, so that a list is
   * parsed once. Empty for a table and for a source not read from a file.
   */
  public List<ListedRow> listedRows() {
    return listed;
  }

  /** The mark of a row this reader adds for one of the list's (its plural, its expected end word). */
  private static final String ADDED = "added";

  /**
   * For a row whose expected phrase ends in a word its tortured phrase leaves out ("energy dispersive x-beam" ->
   * "energy dispersive x-ray analysis"), the key of the tortured phrase with that word after it, which the paper
   * writes there ("... x-beam analysis" was restored "x-ray analysis analysis"); null for any other row.
   */
  static String withExpectedEnd(String key, String expected) {
    String e = key(expected);
    if (e == null) {
      return null;
    }
    String[] t = key.split(" ");
    String[] x = e.split(" ");
    String last = x[x.length - 1];
    if (x.length <= t.length || last.equals(t[t.length - 1]) || !last.chars().allMatch(Character::isLetter)
        || t.length + 1 > MAX_TOKENS) {
      return null;
    }
    return key + " " + last;
  }

  /**
   * The plural of a listed row, {@code {key, expected}} with both last words in the plural ("informational index"
   * -> "dataset" gives "informational indexes" -> "datasets"), or null where either last word is not a plain word in
   * the singular: a list names a term once, and papers write it in the plural as often.
   */
  static String[] plural(String key, String expected) {
    String[] t = key.split(" ");
    int space = expected.lastIndexOf(' ');
    String last = expected.substring(space + 1);
    String tortured = t[t.length - 1];
    if (!singularNoun(tortured) || !singularNoun(last.toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    String pluralKey = String.join(" ", java.util.Arrays.copyOf(t, t.length - 1))
        + (t.length > 1 ? " " : "") + Inflections.inflect(tortured, Inflections.Form.S);
    if (!last.equals(last.toLowerCase(java.util.Locale.ROOT))) {
      return null; // "Bayes", "ROC": a name's plural is not a lower-case rule's
    }
    return new String[] {pluralKey, expected.substring(0, space + 1) + Inflections.inflect(last, Inflections.Form.S)};
  }

  private static boolean singularNoun(String w) {
    return w.length() >= 3 && w.chars().allMatch(Character::isLetter) && !w.endsWith("s")
        && !w.endsWith("ing") && !w.endsWith("ed") && !w.endsWith("ly");
  }

  /** Whether the fields of a list's first row name its columns rather than give a pair. */
  public static boolean isHeader(String[] f) {
    String a = f[0].strip().toLowerCase(java.util.Locale.ROOT);
    String b = f.length > 1 ? f[1].strip().toLowerCase(java.util.Locale.ROOT) : "";
    return Set.of("tortured", "tortured phrase", "tortured phrases", "spun", "spun phrase", "phrase").contains(a)
        && Set.of("expected", "expected phrase", "original", "original phrase", "correct", "correct phrase")
        .contains(b);
  }

  /** {@code phrase} without its parenthesised parts ("web of things (iot)" -> "web of things"). */
  static String withoutAcronyms(String phrase) {
    return phrase.replaceAll("\\([^)]*\\)", " ").strip().replaceAll("\\s+", " ");
  }

  private static Map<String, List<Hit>> hits(Map<String, List<String[]>> rows) {
    Map<String, List<Hit>> out = new HashMap<>();
    rows.forEach((key, list) -> {
      int len = TableEntry.tokens(key);
      List<Hit> hs = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (String[] r : list) {
        if (!seen.add(r[0].toLowerCase(java.util.Locale.ROOT) + "\t" + r[2])) {
          continue;
        }
        double p = r[1] != null ? Double.parseDouble(r[1]) : 1.0 / list.size();
        hs.add(new Hit(r[0], Math.log10(p), len, r[2] == null ? null : List.of(r[2].split(" "))));
      }
      out.put(key, hs);
    });
    return out;
  }

  /**
   * The most tokens of a listed phrase: tortured phrases run longer than a spinner table's entries ("take a look at
   * set" for "test set", "whatever remains of the paper" for "the rest of the paper"; 187 of the 3,902 rows of the
   * public list's development half have five to eight).
   */
  public static final int MAX_TOKENS = 8;

  /** The lower-case word-token key of a phrase, or null when it is empty or longer than {@link #MAX_TOKENS}. */
  static String key(String phrase) {
    List<String> ws = new ArrayList<>();
    for (Token t : Tokenizer.tokenize(phrase)) {
      if (!t.isSpace()) {
        ws.add(Words.canonical(t.text()));
      }
    }
    if (ws.isEmpty() || ws.size() > MAX_TOKENS) {
      return null;
    }
    return Lookup.join(ws, 0, ws.size(), true);
  }

  private static boolean followedBy(List<String> words, int from, List<String> after) {
    if (from + after.size() > words.size()) {
      return false;
    }
    for (int k = 0; k < after.size(); k++) {
      if (!Lookup.lower(Words.canonical(words.get(from + k))).equals(after.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** Number of (spun, original) entries. */
  public int size() {
    return size;
  }

  /** Number of rows skipped: empty, "???" or longer than {@link #MAX_TOKENS} tokens. */
  public int skipped() {
    return skipped;
  }

  /**
   * Number of {@code --table} rows skipped for a spun phrase longer than {@link #MAX_TOKENS} tokens (such as the long
   * swaps {@code unspin learn --long-swaps} writes); 0 for a phrase list.
   */
  public int tooLong() {
    return tooLong;
  }

  /** Number of other forms the rows reach through {@link #inflected}: 0 before it. */
  public int reached() {
    return reached;
  }

  /** The forms of the inflections a row reaches. */
  private static final List<Inflections.Form> FORMS = List.of(Inflections.Form.BASE, Inflections.Form.S,
      Inflections.Form.ED, Inflections.Form.ING);

  /**
   * This user table with each row also reaching the other inflections of its words, as a learned table's lemma
   * entries do ("officer" -> "official" also restores "officers" -> "officials"; "mentioned" -> "said" also
   * "mentions" -> "says", "mentioning" -> "saying"). A row is inflected when both sides are lower-case words of
   * letters whose lemmas {@code known} knows, and they share their form: both inflected alike ("buyers" /
   * "investors", read with {@link Inflections#sharedForms}), or, one word each side, both base forms that are no
   * inflection of another known word ("attempt" / "try"). A phrase row inflects its first words where both are verbs
   * in one form, as learned tables do ("snapped up" -> "bought": "snaps up" -> "buys"; "go to" -> "visit": "goes to",
   * "went to", "gone to", "going to"; a base form is a verb's where {@code known} knows its -s, -ed and -ing forms and
   * {@code noun} does not hold), or else its last words, the heads of noun phrases, where both are nouns ("chief
   * officer" -> "chief official": "chief officers", and the possessive "chief officer's"), and neither where both
   * readings reach ("hire officer"). An irregular verb's -ed form is its past and its participle ("took" and
   * "taken"). Left as written: a row with a capital or a digit, a spun or original word that is also a word of its
   * own ({@link Inflections#alsoALemma}: "found", "saw", "left"), a form that is another word's inflection too
   * ("leaves": leave and leaf), a form either side of which {@code known} does not know ("nationwides"), and a form
   * two rows reach with different originals. The part of speech decides the rest, through {@code noun} (true for a
   * word written as a noun more than as a verb, "state", "officer", and for a form that is a noun of its own,
   * "gathering", "proceeds"): a row in a verb's -ed or -ing form does not reach the base and -s forms of a lemma that
   * is mostly a noun ("stated" -> "said" restores "stating", not "the states"), a row of a noun reaches its plural
   * only, a row whose -ing or -s word is a noun of its own is read as that noun ("gathering" -> "meeting" reaches
   * "gatherings", not "gathered"), and a reached form that is a noun of its own is left out ("proceeds"). A row
   * naming a form keeps it: the reach of another row never replaces it. An -ed form reached from a row of another
   * form holds where it reads as the verb's past, not as an adjective after a determiner, a possessive, a preposition
   * or another -ed form ({@link Inflections#adjectival}: "attempt" -> "try" leaves "the attempted coup" as written,
   * only a row "attempted" would change it). The reached forms take their row's probability. A phrase list is
   * returned unchanged.
   */
  public PhraseSource inflected(Predicate<String> known, Predicate<String> noun) {
    return inflected(known, noun, null);
  }

  /**
   * As {@link #inflected(Predicate, Predicate)}, with a row between two adjectives also reaching their other grades
   * where {@code graded} is not null ({@link #gradedReach}: "massive" -> "big" restores "more massive" -> "bigger"
   * and "most massive" -> "biggest"), as a learned table's lemma entries do.
   */
  public PhraseSource inflected(Predicate<String> known, Predicate<String> noun,
      BiPredicate<String, String> graded) {
    if (origin != Candidate.Origin.USER_TABLE || reached > 0) {
      return this;
    }
    Map<String, List<Hit>> reach = new HashMap<>();
    Set<String> clash = new HashSet<>();
    for (Map.Entry<String, List<Hit>> e : byFirst.entrySet()) {
      for (Hit h : e.getValue()) {
        List<String[]> forms = reach(e.getKey(), h.original(), known, noun);
        if (graded != null) {
          forms = new ArrayList<>(forms);
          forms.addAll(gradedReach(e.getKey(), h.original(), known, graded));
        }
        for (String[] r : forms) {
          if (byFirst.containsKey(r[0]) || clash.contains(r[0])) {
            continue;
          }
          // an -ed form reached from another form is the verb's: "attempt" -> "try" is not for "the attempted coup"
          boolean ed = r[2].equals(Inflections.Form.ED.name());
          Hit d = new Hit(r[1], h.log10(), TableEntry.tokens(r[0]), null, ed);
          List<Hit> have = reach.computeIfAbsent(r[0], k -> new ArrayList<>(1));
          if (have.stream().anyMatch(x -> !x.original().equals(d.original()))) {
            clash.add(r[0]); // "states": "state" -> "country" and "stating" -> "saying"
            reach.remove(r[0]);
          } else if (have.isEmpty()) {
            have.add(d);
          }
        }
      }
    }
    Map<String, List<Hit>> all = new HashMap<>(byFirst);
    all.putAll(reach);
    return new PhraseSource(all, origin, skipped, tooLong, 0, reach.size(), listed);
  }

  /**
   * The other forms a row {@code spun} (lower-case key) -> {@code original} reaches, as {@code {spun form, original
   * form, Form name}} triples, the row's own form left out; empty for a row {@link #inflected} leaves as written. A
   * one-word row reaches its word's forms; a phrase row those of its first words, read as a verb and what follows it
   * ("go to" -> "visit": "went to" -> "visited"), or of its last words, read as the head of a noun phrase ("chief
   * officer" -> "chief official": "chief officers" -> "chief officials"), and neither where both would reach ("hire
   * officer": the verb's forms or the noun's?).
   */
  static List<String[]> reach(String spun, String original, Predicate<String> known, Predicate<String> noun) {
    if (!original.equals(original.toLowerCase(java.util.Locale.ROOT))
        || (" " + spun + " ").contains(" " + original + " ")) {
      return List.of();
    }
    String[] s = spun.split(" ");
    String[] o = original.split(" ");
    List<String[]> verb = firstWords(s, o, known, noun);
    if (s.length == 1 && o.length == 1) {
      return verb;
    }
    List<String[]> head = lastWords(s, o, known, noun);
    return verb.isEmpty() ? head : head.isEmpty() ? verb : List.of();
  }

  /** The grades of an adjective. */
  private static final List<Inflections.Form> GRADES = List.of(Inflections.Form.BASE, Inflections.Form.ER,
      Inflections.Form.EST);

  /**
   * The other grades a row between two adjectives reaches, as {@link #reach} gives forms: a row of two base forms
   * ("massive" -> "big") reaches their comparatives and superlatives ("more massive" -> "bigger", "most massive" ->
   * "biggest"), a row of two comparatives or two superlatives ({@link Inflections#gradedReading}: "larger" ->
   * "bigger") their base forms and other grade. Each graded form must be its lemma's by {@code graded} (an adjective,
   * not an agent noun or a verb: "killer" -> "murderer" reaches nothing) and a one-word form one {@code known} knows.
   */
  static List<String[]> gradedReach(String spun, String original, Predicate<String> known,
      BiPredicate<String, String> graded) {
    if (!original.equals(original.toLowerCase(java.util.Locale.ROOT)) || spun.equals(original)) {
      return List.of();
    }
    Inflections.Reading rs = Inflections.gradedReading(spun, graded);
    Inflections.Reading ro = rs == null ? null : Inflections.gradedReading(original, graded);
    if (rs == null && spun.matches("[a-z]{3,}") && original.matches("[a-z]{2,}")) {
      rs = new Inflections.Reading(spun, Inflections.Form.BASE);
      ro = new Inflections.Reading(original, Inflections.Form.BASE);
    }
    if (ro == null || ro.form() != rs.form() || rs.lemma().equals(ro.lemma())) {
      return List.of();
    }
    List<String[]> out = new ArrayList<>(2);
    for (Inflections.Form f : GRADES) {
      String si = Inflections.inflect(rs.lemma(), f);
      String oi = Inflections.inflect(ro.lemma(), f);
      if (f != rs.form() && gradedForm(si, rs.lemma(), f, known, graded)
          && gradedForm(oi, ro.lemma(), f, known, graded)) {
        out.add(new String[] {si, oi, f.name()});
      }
    }
    return out;
  }

  /** Whether {@code w} is {@code lemma}'s form {@code f} as {@link #gradedReach} takes it. */
  private static boolean gradedForm(String w, String lemma, Inflections.Form f, Predicate<String> known,
      BiPredicate<String, String> graded) {
    return (w.indexOf(' ') >= 0 || known.test(w)) && (f == Inflections.Form.BASE || graded.test(w, lemma));
  }

  /**
   * The forms a row reaches on its first words: a one-word row's, or a phrase row's whose first words are verbs in
   * the same form, either both inflected alike ("picked up" -> "bought") or both base forms of verbs whose -s, -ed
   * and -ing forms {@code known} knows ("go to" -> "visit"; "nationwide" has none).
   */
  private static List<String[]> firstWords(String[] s, String[] o, Predicate<String> known, Predicate<String> noun) {
    boolean phrase = s.length > 1 || o.length > 1;
    String s0 = s[0];
    String o0 = o[0];
    // "go to", "do up": a phrasal verb's verb may be two letters
    boolean shortVerb = phrase && Inflections.irregularVerb(s0);
    if (!s0.matches("[a-z]+") || !o0.matches("[a-z]+") || s0.length() < 3 && !shortVerb || o0.length() < 2
        || s0.equals(o0) || Inflections.alsoALemma(s0) || Inflections.alsoALemma(o0)) {
      return List.of();
    }
    Inflections.Reading rs;
    Inflections.Reading ro;
    List<Inflections.Reading[]> shared = Inflections.sharedForms(s0, o0, known);
    boolean ownNouns = !phrase && noun.test(s0) && noun.test(o0);
    if (!shared.isEmpty() && (noun.test(s0) || noun.test(o0)) && !ownNouns) {
      return List.of(); // "buying" -> "acquiring": the noun, or the verb's form?
    }
    if (!shared.isEmpty() && !ownNouns) {
      rs = shared.get(0)[0];
      ro = shared.get(0)[1];
      if (phrase && rs.form() == Inflections.Form.S && (noun.test(rs.lemma()) || noun.test(ro.lemma()))) {
        return List.of(); // "officers of the law": a plural noun, whose phrase inflects its last word
      }
    } else if (ownNouns) {
      rs = new Inflections.Reading(s0, Inflections.Form.BASE); // "gathering" -> "meeting": nouns of their own
      ro = new Inflections.Reading(o0, Inflections.Form.BASE);
    } else if (base(s0, known) && base(o0, known)
        && (!phrase || !noun.test(s0) && !noun.test(o0) && verb(s0, known) && verb(o0, known))) {
      rs = new Inflections.Reading(s0, Inflections.Form.BASE);
      ro = new Inflections.Reading(o0, Inflections.Form.BASE);
    } else {
      return List.of();
    }
    if (!ownNouns && !onlyLemma(s0, rs.lemma(), known)) {
      return List.of(); // "stated" is state's (and stat's, a spelling of the same rule), "leaves" leave's and leaf's
    }
    boolean verbRow = rs.form() == Inflections.Form.ED || rs.form() == Inflections.Form.ING;
    boolean nounLemma = noun.test(rs.lemma()) || ownNouns;
    List<String[]> out = new ArrayList<>(3);
    for (Inflections.Form f : FORMS) {
      boolean nounForm = f == Inflections.Form.BASE || f == Inflections.Form.S;
      boolean ownPast = f == Inflections.Form.ED && !Inflections.participle(rs.lemma(), known)
          .equals(Inflections.inflect(rs.lemma(), f, known)); // "taken over" reaches "took over" too
      if (f == rs.form() && !ownPast || (nounLemma && verbRow && nounForm)
          || (nounLemma && !verbRow && !nounForm)) {
        continue; // "stated": not "the states"; "officer", "gathering": not "officered", "gatheringed"
      }
      for (String[] w : spellings(rs.lemma(), ro.lemma(), f, known)) {
        String si = w[0];
        String oi = w[1];
        if (si.equals(s0) || si.equals(oi) || !known.test(si) || !known.test(oi) || !onlyLemma(si, rs.lemma(), known)
            || Inflections.alsoALemma(si) || (f != Inflections.Form.BASE && !ownNouns && noun.test(si))) {
          continue;
        }
        out.add(new String[] {with(s, 0, si), with(o, 0, oi), f.name()});
      }
    }
    return out;
  }

  /**
   * The forms a phrase row reaches on its last words, the heads of noun phrases on both sides: both nouns
   * ({@code noun}) reach their plurals ("chief officer" -> "chief official": "chief officers" -> "chief officials";
   * "nationwide safety adviser" -> "national security adviser": "... advisers"), both plurals of nouns their
   * singulars; not where a word such as "of" comes before the last ("head of state": its head is "head").
   */
  private static List<String[]> lastWords(String[] s, String[] o, Predicate<String> known, Predicate<String> noun) {
    String sl = s[s.length - 1];
    String ol = o[o.length - 1];
    if (!sl.matches("[a-z]+") || !ol.matches("[a-z]+") || sl.length() < 3 || ol.length() < 2
        || Inflections.alsoALemma(sl) || Inflections.alsoALemma(ol) || linked(s) || linked(o)) {
      return List.of();
    }
    // both plurals of nouns ("chief officers", "advisers") reach the singulars; else both nouns reach the plurals
    Inflections.Reading[] plural = Inflections.sharedForms(sl, ol, known).stream()
        .filter(r -> r[0].form() == Inflections.Form.S && noun.test(r[0].lemma()) && noun.test(r[1].lemma()))
        .findFirst().orElse(null);
    Inflections.Reading rs;
    Inflections.Reading ro;
    Inflections.Form to;
    if (plural != null) {
      if (!onlyLemma(sl, plural[0].lemma(), known)) {
        return List.of();
      }
      rs = plural[0];
      ro = plural[1];
      to = Inflections.Form.BASE;
    } else if (noun.test(sl) && noun.test(ol)) {
      rs = new Inflections.Reading(sl, Inflections.Form.BASE);
      ro = new Inflections.Reading(ol, Inflections.Form.BASE);
      to = Inflections.Form.S;
    } else {
      return List.of();
    }
    String si = Inflections.inflect(rs.lemma(), to, known);
    String oi = Inflections.inflect(ro.lemma(), to, known);
    String spun = with(s, s.length - 1, si);
    String original = with(o, o.length - 1, oi);
    if (spun.equals(original) || !known.test(si) || !known.test(oi) || !onlyLemma(si, rs.lemma(), known)
        || Inflections.alsoALemma(si) || Inflections.alsoALemma(oi)) {
      return List.of();
    }
    return List.<String[]>of(new String[] {spun, original, to.name()});
  }

  /** Words that join a noun to what follows it: after one, the last word is not the phrase's head. */
  private static final Set<String> LINKS = Set.of("of", "in", "for", "on", "at", "to", "with", "from", "by", "and",
      "or");

  /** True when a word before the last of {@code words} is a {@link #LINKS} word ("head of state"). */
  private static boolean linked(String[] words) {
    for (int i = 0; i < words.length - 1; i++) {
      if (LINKS.contains(words[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The spellings of two lemmas in {@code form}, as {@code {spun, original}} pairs: one, or for -ed the past and the
   * participle where the spun lemma's differ ("go": "went" and "gone").
   */
  private static List<String[]> spellings(String s, String o, Inflections.Form form, Predicate<String> known) {
    String[] one = {Inflections.inflect(s, form, known), Inflections.inflect(o, form, known)};
    if (form != Inflections.Form.ED) {
      return List.<String[]>of(one);
    }
    String[] participle = {Inflections.participle(s, known), Inflections.participle(o, known)};
    return participle[0].equals(one[0]) ? List.<String[]>of(one) : List.of(one, participle);
  }

  /** True when {@code known} knows the -s, -ed and -ing forms of {@code w}: a verb's, which an adjective lacks. */
  private static boolean verb(String w, Predicate<String> known) {
    return known.test(Inflections.inflect(w, Inflections.Form.S, known))
        && known.test(Inflections.inflect(w, Inflections.Form.ED, known))
        && known.test(Inflections.inflect(w, Inflections.Form.ING, known));
  }

  /** {@code words} with word {@code i} replaced by {@code w}, joined by spaces. */
  private static String with(String[] words, int i, String w) {
    String[] out = words.clone();
    out[i] = w;
    return String.join(" ", out);
  }

  /** True when no reading of {@code w} inflects back to it from a known lemma other than {@code w}. */
  private static boolean base(String w, java.util.function.Predicate<String> known) {
    for (Inflections.Reading r : Inflections.inflectedReadings(w)) {
      if (!r.lemma().equals(w) && known.test(r.lemma())) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when every known lemma {@code w} is an inflection of is {@code lemma} or a spelling of it the suffix rules
   * cannot tell apart ("stat" beside "state", "stopp" beside "stop").
   */
  private static boolean onlyLemma(String w, String lemma, java.util.function.Predicate<String> known) {
    for (Inflections.Reading r : Inflections.inflectedReadings(w)) {
      String l = r.lemma();
      if (l.equals(lemma) || l.equals(w) || !known.test(l)) {
        continue;
      }
      boolean variant = Math.abs(l.length() - lemma.length()) == 1 && (l.startsWith(lemma) || lemma.startsWith(l));
      if (!variant) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void propose(List<String> words, int i, String family, List<Candidate> out) {
    proposeWritten(words, i, family, out);
    // a listed phrase or a row written with a clitic on its last word too: possessive ("an irregular woodland's
    // trees"; a table's "officer" -> "official" in "the officer's car"), or another ('ll, 'd, n't, ...), and on its
    // first word for the word it stands for ("it'll seem" with "would appear" -> "will seem"): Clitics
    Clitics.propose(this::proposeWritten, MAX_TOKENS, true, words, i, family, out);
  }

  /** The candidates of the spans at {@code i} as their words are written, without reading clitics off them. */
  private void proposeWritten(List<String> words, int i, String family, List<Candidate> out) {
    String first = Lookup.lower(words.get(i));
    if (firstWords.contains(first)) {
      for (int len = 1; len <= MAX_TOKENS && i + len <= words.size(); len++) {
        add(byFirst.get(len == 1 ? first : Lookup.join(words, i, i + len, true)), words, i, len, family, out);
      }
    }
    // a listed phrase written as a paper writes terms too: its words joined by hyphens into one ("profound-learning
    // models", "flag-to-commotion ratio")
    String word = Words.canonical(words.get(i));
    int dash = word.indexOf('-');
    if (origin == Candidate.Origin.PHRASE_LIST && dash > 0 && dash < word.length() - 1
        && firstWords.contains(Lookup.lower(word.substring(0, dash)))) {
      String key = Lookup.lower(word).replace('-', ' ');
      List<Hit> hits = byFirst.get(key);
      if (hits != null) {
        for (Hit h : hits) {
          if (h.after() == null) {
            out.add(new Candidate(i, 1, h.original().replace(' ', '-'), h.log10(), family, origin));
          }
        }
      }
    }
  }

  /** Adds {@code hits} (may be null) for tokens {@code i} to {@code i + len}. */
  private void add(List<Hit> hits, List<String> words, int i, int len, String family, List<Candidate> out) {
    if (hits == null) {
      return;
    }
    for (Hit h : hits) {
      if ((h.after() == null || followedBy(words, i + len, h.after())) && !(h.verb() && Inflections.adjectival(words,
          i))) {
        out.add(new Candidate(i, len, h.original(), h.log10(), family, origin));
      }
    }
  }
}
