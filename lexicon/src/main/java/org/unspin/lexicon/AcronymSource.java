// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Candidates from an acronym that no longer fits the words it abbreviates. A writer defines an acronym after its
 * words ("consumer price index (CPI)", "artificial neural network (ANN)"); a spinner replaces the words and leaves the
 * acronym ("customer cost index (CPI)", "artificial neural system (ANN)"). Where the words before an acronym in
 * parentheses line up with its letters, except for some whose initial is another letter, each of those is proposed
 * the thesaurus neighbours of it (re-inflected like it) that start with the letter the acronym has there ("cost" and
 * P: "price", "system" and N: "network"), at most {@value #MAX_PROPOSALS} of them. The acronym is the evidence the
 * thesaurus alone lacks: the written word cannot be the original, and the original starts with that letter, so the
 * candidates pay no channel cost and no open-vocabulary prior (origin {@link Candidate.Origin#ACRONYM}); the
 * language model chooses among them and the word as written. {@link #fits} is the other half: a candidate from any
 * source must keep the initials the acronym gives the words it covers.
 *
 * <p>The words line up with the letters read backwards from the parenthesis: a word takes one letter; a hyphenated word
 * takes one letter per part when its parts' initials spell them ("short-term holder (STH)"); a short function word
 * ("of", "and", "for") takes its letter when its initial is that letter ("quality of service (QoS)") and is passed over
 * otherwise; an article or a verb such as "is" ends the definition. A definition whose words spell the acronym as
 * writers abbreviate, each word its initial and letters inside it in order ("adenosine triphosphate (ATP)",
 * "deoxyribonucleic acid (DNA)"), fits whatever its initials say, and so does one with a phrase of its own put in
 * before its last word ("area under the receiver operating characteristic curve (AUC)"), or one whose words spell it
 * without a last head noun acronyms often leave out ("graph attention networks (GATs)", {@link #SILENT_HEADS}).
 * Nothing is read unless the acronym has at least two capitals and 2 to {@value #MAX_LETTERS} letters (a plural's
 * "s" after capitals, as in "PDEs", is not one) and does not end in a digit (a formula "NO2", a gene "BRCA1", a
 * measure "FEV1"), the words are all in lower case (the sentence's first word aside: "Irregular woodland (RF)") or
 * all capitalised (a dateline "NEW YORK (AP)" or a ticker after a company name is no definition), and at least one
 * word fits its letter (or, for an acronym of two or three letters after words in lower case, none: "man-made
 * reasoning (AI)"). In the 50,031 words of the clean news openings and 21,376 of three technical manuals no word
 * reads as misfit; in the development spun texts eight do.
 *
 * <p>Given an acronym dictionary, a broken definition is also proposed what its acronym stands for, as a whole
 * (origin {@link Candidate.Origin#ACRONYM_EXPANSION}; see {@code expansions} below): "man-made intellect (AI)" ->
 * "artificial intelligence". Thread-safe when the functions given are.
 *
 * @since 0.1
 */
public final class AcronymSource implements CandidateSource {

  /** Most letters an acronym read here has. */
  static final int MAX_LETTERS = 6;

  /** Most neighbours proposed for one word. */
  static final int MAX_PROPOSALS = 30;

  /** Function words an acronym may or may not spell ("quality of service (QoS)", "bag of words (BoW)"). */
  private static final Set<String> SKIPPABLE = Set.of("of", "and", "for", "in", "on", "to", "by", "with", "&", "from",
      "at", "as");

  /** Most words put into a definition before its last word ("area under the receiver operating characteristic"). */
  static final int MAX_INSERTED = 4;

  /** The articles a phrase put into a definition starts with. */
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /**
   * Head nouns an acronym often leaves out when they end its definition ("graph attention networks (GATs)", "support
   * vector machine (SVM)" keeps its own): the kind of thing the acronym names, not part of its name.
   */
  private static final Set<String> SILENT_HEADS = Set.of("network", "networks", "model", "models", "method",
      "methods", "algorithm", "algorithms", "system", "systems", "approach", "approaches", "technique", "techniques",
      "framework", "frameworks", "test", "tests", "scale", "index", "score", "protocol", "layer", "layers");

  /** Whether the word at {@code t} is one of the {@link #SILENT_HEADS}. */
  private static boolean silentHead(List<String> words, int t) {
    return t >= 1 && SILENT_HEADS.contains(words.get(t).toLowerCase(Locale.ROOT));
  }

  /** Words that come before a definition, never inside one ("the consumer price index (CPI)"). */
  private static final Set<String> BEFORE = Set.of("the", "a", "an", "is", "are", "was", "were", "this", "that",
      "these", "those", "our", "its", "their");

  private final Function<String, Collection<String>> synonyms;
  private final Predicate<String> known;
  private final Function<String, List<String>> expansions;

  private AcronymSource(Function<String, Collection<String>> synonyms, Predicate<String> known,
      Function<String, List<String>> expansions) {
    this.synonyms = synonyms;
    this.known = known;
    this.expansions = expansions;
  }

  /**
   * @param synonyms a lower-case term's thesaurus neighbours
   * @param known whether a lower-case word is known (a neighbour re-inflected like the written word must be)
   */
  public static AcronymSource of(Function<String, Collection<String>> synonyms,
      Predicate<String> known) {
    return new AcronymSource(synonyms, known, a -> List.of());
  }

  /**
   * @param synonyms a lower-case term's thesaurus neighbours
   * @param known whether a lower-case word is known (a neighbour re-inflected like the written word must be)
   * @param expansions what an acronym stands for, in lower case (an acronym dictionary: "GAN" -> "generative
   *     adversarial network"); empty for one it does not know
   */
  public static AcronymSource of(Function<String, Collection<String>> synonyms, Predicate<String> known,
      Function<String, List<String>> expansions) {
    return new AcronymSource(synonyms, known, expansions);
  }

  /**
   * Proposes, at the first word of a broken definition, each expansion of its acronym that the definition's words
   * could have been spun from: as many words, each word that still fits its letter the same as the expansion's or
   * related to it, and at most one word unrelated (a thesaurus neighbour, or the same stem of five letters or more,
   * "generation" and "generative", is related), at least one related. Whether any expansion was found, at any word
   * of the definition: then the letter proposals of its words are left out, the dictionary being surer than a
   * thesaurus neighbour that starts with the right letter.
   */
  private boolean expansions(List<String> words, int i, int open, LineUp lineUp, String family,
      List<Candidate> out) {
    int start = lineUp.start();
    boolean plural = plural(Lookup.lower(words.get(open - 1)));
    boolean found = false;
    for (String e : expansions.apply(words.get(open + 1))) {
      String[] ew = e.split(" ");
      if (ew.length != open - start) {
        continue;
      }
      int related = 0;
      int unrelated = 0;
      for (int t = start; t < open; t++) {
        String w = Lookup.lower(words.get(t));
        char r = lineUp.letter(t);
        if (w.equals(ew[t - start]) || related(w, ew[t - start])) {
          related++;
        } else if (r != 0 && w.charAt(0) != r) {
          unrelated++; // a word that no longer fits may have been replaced by anything
        } else {
          unrelated = 2; // a word that fits was kept, or replaced by a neighbour
        }
      }
      if (related >= 1 && unrelated <= 1) {
        found = true;
        if (i == start) {
          // as the dictionary writes it, and with its last word in the number of the definition's ("artificial neural
          // network" beside V.E.R.A.'s "artificial neural networks" for "artificial neural system"): a spinner may
          // have changed the number, so the language model chooses
          Set<String> forms = new TreeSet<>();
          forms.add(e);
          ew[ew.length - 1] = inNumber(ew[ew.length - 1], plural);
          forms.add(String.join(" ", ew));
          for (String f : forms) {
            out.add(new Candidate(start, open - start, f, 0, family, Candidate.Origin.ACRONYM_EXPANSION));
          }
        }
      }
    }
    return found;
  }

  /** Whether {@code w} (lower case) reads as a plural noun ("networks", not "analysis" or "class"). */
  private boolean plural(String w) {
    return singular(w) != null;
  }

  /** The singular of {@code w} (lower case) read as a known noun's plural, or null when it is not one. */
  private String singular(String w) {
    for (Inflections.Reading r : Inflections.inflectedReadings(w)) {
      if (r.form() == Inflections.Form.S && known.test(r.lemma())) {
        return r.lemma();
      }
    }
    return null;
  }

  /** {@code x} in the plural or the singular ({@code plural}). */
  private String inNumber(String x, boolean plural) {
    String singular = singular(x);
    if (plural) {
      return singular != null ? x : Inflections.inflect(x, Inflections.Form.S);
    }
    return singular != null ? singular : x;
  }

  /**
   * Whether a word of the definition before the "(" at {@code open} no longer fits its letter, as written, and the
   * words do not spell the acronym anyway: the definition is broken ({@link #brokenDefinitions} reads the same).
   */
  private static boolean broken(List<String> words, LineUp lineUp, int open) {
    for (int t = lineUp.start(); t < open; t++) {
      if (misfit(words, lineUp, open, t)) {
        return !spelledAnyway(words, open);
      }
    }
    return false;
  }

  /**
   * Whether word {@code t} of the definition lined up before the "(" at {@code open} starts with another letter than
   * the one the acronym has for it (that parenthesis being the first its words reach).
   */
  private static boolean misfit(List<String> words, LineUp lineUp, int open, int t) {
    char r = lineUp.letter(t);
    return r != 0 && Character.toLowerCase(words.get(t).charAt(0)) != r && openAfter(words, t) == open;
  }

  /**
   * Whether {@code w} and {@code x} are thesaurus neighbours, as written or as their lemmas ("items" and "things"),
   * or share a stem of five letters or more.
   */
  private boolean related(String w, String x) {
    int k = 0;
    while (k < w.length() && k < x.length() && w.charAt(k) == x.charAt(k)) {
      k++;
    }
    if (k >= 5) {
      return true;
    }
    List<String> ws = lemmas(w);
    List<String> xs = lemmas(x);
    for (String a : ws) {
      Collection<String> near = synonyms.apply(a);
      for (String b : xs) {
        if (near.contains(b) || synonyms.apply(b).contains(a)) {
          return true;
        }
      }
    }
    return false;
  }

  /** {@code w} and the lemmas of its inflected readings. */
  private static List<String> lemmas(String w) {
    List<String> out = new ArrayList<>(2);
    out.add(w);
    for (Inflections.Reading r : Inflections.inflectedReadings(w)) {
      if (!out.contains(r.lemma())) {
        out.add(r.lemma());
      }
    }
    return out;
  }

  @Override
  public void propose(List<String> words, int i, String family, List<Candidate> out) {
    // the parenthesis the word reaches and how the definition lines up with it, read once for both kinds of proposal
    int open = openAfter(words, i);
    if (open < 0) {
      return;
    }
    LineUp lineUp = lineUp(words, open);
    if (lineUp == null || lineUp.start() > i || !broken(words, lineUp, open)
        || expansions(words, i, open, lineUp, family, out) || !misfit(words, lineUp, open, i)) {
      return;
    }
    char letter = lineUp.letter(i);
    String w = Lookup.lower(words.get(i));
    Set<String> fit = new TreeSet<>();
    for (String o : synonyms.apply(w)) {
      if (!o.isEmpty() && o.indexOf(' ') < 0 && o.charAt(0) == letter) {
        fit.add(o);
      }
    }
    for (Inflections.Reading r : Inflections.inflectedReadings(w)) {
      for (String o : synonyms.apply(r.lemma())) {
        if (!o.isEmpty() && o.indexOf(' ') < 0 && o.charAt(0) == letter) {
          String inflected = Inflections.inflect(o, r.form());
          if (known.test(inflected)) {
            fit.add(inflected);
          }
        }
      }
    }
    fit.remove(w);
    fit.removeIf(SynonymSource::isSymbol); // "d" for "day" is no word a writer abbreviates
    if (fit.isEmpty() || fit.size() > MAX_PROPOSALS) {
      return; // a letter that half a thesaurus list starts with says little
    }
    for (String o : fit) {
      out.add(new Candidate(i, 1, o, 0, family, Candidate.Origin.ACRONYM));
    }
  }

  /**
   * Whether the words before the acronym after the "(" at {@code open} spell it as writers abbreviate, whatever their
   * initials say ({@link #spelled}, {@link #interrupted}, or without a {@link #SILENT_HEADS silent head}).
   */
  private static boolean spelledAnyway(List<String> words, int open) {
    char[] letters = letters(words.get(open + 1));
    return spelled(words, open - 1, letters, letters.length - 1) || interrupted(words, open - 1, letters)
        || silentHead(words, open - 1) && spelled(words, open - 2, letters, letters.length - 1);
  }

  /**
   * Whether the words from {@code t} backwards spell {@code letters} with a phrase of at most {@value #MAX_INSERTED}
   * words that starts with an article put in before the last one: "area under the receiver operating characteristic
   * curve (AUC)", where "curve" gives the last letter and "area under" ({@link #spelled}) the others.
   */
  private static boolean interrupted(List<String> words, int t, char[] letters) {
    int li = letters.length - 1;
    if (li < 1 || t < 0 || words.get(t).isEmpty() || Character.toLowerCase(words.get(t).charAt(0)) != letters[li]) {
      return false;
    }
    for (int s = t - 1; s >= 0 && s >= t - MAX_INSERTED; s--) {
      String tok = words.get(s).toLowerCase(Locale.ROOT);
      if (tok.isEmpty() || !Character.isLetter(tok.charAt(0))) {
        return false;
      }
      if (ARTICLES.contains(tok) && spelled(words, s - 1, letters, li - 1)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the "(" of an acronym's parentheses that the words from {@code i + 1} reach without a comma or a
   * number between; -1 when there is none.
   */
  private static int openAfter(List<String> words, int i) {
    for (int j = i + 1; j < words.size() && j <= i + MAX_LETTERS + 3; j++) {
      String t = words.get(j);
      if (t.equals("(")) {
        return j + 2 < words.size() && words.get(j + 2).equals(")") ? j : -1;
      }
      if (t.isEmpty() || !Character.isLetter(t.charAt(0)) && !t.equals("&")) {
        return -1; // a comma, a number: the words before the acronym do not reach back to this one
      }
    }
    return -1;
  }

  /**
   * The letter, lower case, that the acronym after {@code words[i]} gives the word there, whether or not the word
   * starts with it; 0 when no acronym defined as the class describes lines up with the word, or the word is a
   * function word it passes over or a hyphenated word whose parts spell its letters.
   */
  static char required(List<String> words, int i) {
    String w = words.get(i);
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      return 0;
    }
    int open = openAfter(words, i);
    if (open < 1) {
      return 0;
    }
    LineUp lineUp = lineUp(words, open);
    return lineUp == null ? 0 : lineUp.letter(i);
  }

  /**
   * How the words before an acronym line up with its letters.
   *
   * @param start the definition's first word
   * @param letters for each word from {@code start} to the parenthesis, the letter (lower case) it takes; 0 for a
   *     function word passed over and a hyphenated word whose parts spell their letters
   */
  private record LineUp(int start, char[] letters) {

    /** The letter word {@code t} takes, 0 for none or a word outside the definition. */
    char letter(int t) {
      return t < start || t - start >= letters.length ? 0 : letters[t - start];
    }
  }

  /**
   * How the words before the acronym after the "(" at {@code open} line up with its letters, read backwards (the
   * class comment says how); null when they do not make a definition: the words run out, or an article comes, before
   * the letters do, the words are neither all in lower case nor all capitalised, or none fits its letter (an acronym
   * of two or three letters after words in lower case aside).
   */
  private static LineUp lineUp(List<String> words, int open) {
    char[] letters = letters(words.get(open + 1));
    if (letters == null) {
      return null;
    }
    int li = letters.length - 1;
    int matched = 0;
    boolean lower = true;
    boolean titled = true;
    StringBuilder taken = new StringBuilder(); // the letter each word takes, last word first
    int t = open - 1;
    for (; li >= 0; t--) {
      String tok = t < 0 ? "" : words.get(t);
      if (tok.isEmpty() || !Character.isLetter(tok.charAt(0)) && !tok.equals("&")) {
        return null; // the words run out before the letters do
      }
      char initial = Character.toLowerCase(tok.charAt(0));
      if (BEFORE.contains(tok.toLowerCase(Locale.ROOT))) {
        return null; // the definition starts after it, and its words did not spell the acronym
      }
      if (SKIPPABLE.contains(tok.toLowerCase(Locale.ROOT))) {
        if (initial == letters[li]) {
          taken.append(letters[li]);
          li--;
          matched++;
        } else {
          taken.append((char) 0);
        }
        continue;
      }
      lower &= Character.isLowerCase(tok.charAt(0)) || t == 0; // a sentence's first word has its capital
      titled &= Character.isUpperCase(tok.charAt(0)) && !allCapitals(tok);
      String[] parts = tok.split("-");
      if (parts.length > 1 && parts.length <= li + 1 && spells(parts, letters, li)) {
        li -= parts.length;
        matched += parts.length;
        taken.append((char) 0);
        continue;
      }
      if (initial == letters[li]) {
        matched++;
      }
      taken.append(letters[li]);
      li--;
    }
    if (!(lower || titled) || matched == 0 && !(lower && letters.length <= 3)) {
      return null;
    }
    return new LineUp(t + 1, taken.reverse().toString().toCharArray());
  }

  /**
   * Whether candidate {@code c} keeps the initials the acronym after its span gives the span's words: its words,
   * function words aside, start with the letters the span's words line up with ("consumer price index (CPI)" may not
   * become "customer cost index"; "cost" before it may become "price", not "expense"). Candidates for words no
   * acronym defines pass.
   */
  public static boolean fits(List<String> words, Candidate c) {
    StringBuilder need = new StringBuilder();
    for (int k = c.start(); k < c.start() + c.length() && k < words.size(); k++) {
      String tok = words.get(k);
      if (SKIPPABLE.contains(tok.toLowerCase(Locale.ROOT))) {
        continue;
      }
      char r = required(words, k);
      if (r == 0) {
        return true;
      }
      need.append(r);
    }
    if (need.length() == 0) {
      return true;
    }
    StringBuilder got = new StringBuilder();
    for (String o : c.original().split("[ -]")) {
      if (!o.isEmpty() && !SKIPPABLE.contains(o.toLowerCase(Locale.ROOT))) {
        got.append(Character.toLowerCase(o.charAt(0)));
      }
    }
    return got.toString().contentEquals(need);
  }

  /**
   * How many acronyms in parentheses in {@code words} (a sentence's words) have a word before them that no longer
   * fits ({@link #misfit}): the definitions a spinner broke ({@link #brokenDefinitions}).
   */
  public static int misfitDefinitions(List<String> words) {
    return brokenDefinitions(words).size();
  }

  /**
   * A definition whose words no longer fit its acronym: "customer cost index (CPI)", where "cost" should start with P.
   *
   * @param start the index of the definition's first word
   * @param open the index of the "(" before the acronym (the acronym is the word after it)
   * @param misfits the indices of the words whose initial is not the acronym's letter there, in order
   * @param letters the letters, lower case, those words line up with, in the same order
   */
  public record Broken(int start, int open, List<Integer> misfits, String letters) {

    public Broken {
      misfits = List.copyOf(misfits);
    }
  }

  /**
   * The acronyms in parentheses in {@code words} (a sentence's words) that have a word before them that no longer
   * fits ({@link #misfit}): the definitions a spinner broke, each once, in order (the words of one before an
   * acronym that follows it soon after, "(GATs) and graph convolutional networks (GCNs)", are no part of the second).
   */
  public static List<Broken> brokenDefinitions(List<String> words) {
    List<Broken> out = List.of();
    for (int j = 1; j + 2 < words.size(); j++) {
      if (!words.get(j).equals("(") || !words.get(j + 2).equals(")")) {
        continue;
      }
      LineUp lineUp = lineUp(words, j);
      if (lineUp == null || spelledAnyway(words, j)) {
        continue;
      }
      List<Integer> misfits = new ArrayList<>(1);
      StringBuilder letters = new StringBuilder(1);
      for (int i = Math.max(lineUp.start(), j - MAX_LETTERS - 3); i < j; i++) {
        if (misfit(words, lineUp, j, i)) {
          misfits.add(i);
          letters.append(lineUp.letter(i));
        }
      }
      if (!misfits.isEmpty()) {
        if (out.isEmpty()) {
          out = new ArrayList<>(1);
        }
        out.add(new Broken(lineUp.start(), j, misfits, letters.toString()));
      }
    }
    return out;
  }

  /** Whether an acronym may define the word at {@code i} (a cheap test before {@link #fits}). */
  public static boolean mayBeDefined(List<String> words, int i) {
    for (int j = i + 1; j < words.size() && j <= i + MAX_LETTERS + 6; j++) {
      if (words.get(j).equals("(")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words from {@code t} backwards spell {@code letters[0..li]} as a writer abbreviates: each word gives
   * its initial and, after it, letters found in it in order ("adenosine triphosphate (ATP)", "deoxyribonucleic acid
   * (DNA)", "coronavirus disease (COVID)"); a function word may also give none. Such a definition fits, whatever its
   * initials alone say.
   */
  private static boolean spelled(List<String> words, int t, char[] letters, int li) {
    if (li < 0) {
      return true;
    }
    if (t < 0) {
      return false;
    }
    String tok = words.get(t).toLowerCase(Locale.ROOT);
    if (tok.isEmpty() || !Character.isLetter(tok.charAt(0)) || BEFORE.contains(tok)) {
      return false;
    }
    if (SKIPPABLE.contains(tok) && spelled(words, t - 1, letters, li)) {
      return true;
    }
    // the word gives letters[from..li]: letters[from] is its initial, the rest follow in it in order
    for (int from = li; from >= 0 && from > li - MAX_LETTERS; from--) {
      if (tok.charAt(0) == letters[from] && inOrder(tok, letters, from + 1, li)
          && spelled(words, t - 1, letters, from - 1)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code letters[from..to]} occur in {@code tok} after its first character, in order. */
  private static boolean inOrder(String tok, char[] letters, int from, int to) {
    int at = 1;
    for (int k = from; k <= to; k++) {
      at = tok.indexOf(letters[k], at);
      if (at < 0) {
        return false;
      }
      at++;
    }
    return true;
  }

  private static boolean spells(String[] parts, char[] letters, int last) {
    for (int k = 0; k < parts.length; k++) {
      String p = parts[parts.length - 1 - k];
      if (p.isEmpty() || Character.toLowerCase(p.charAt(0)) != letters[last - k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitals(String tok) {
    for (int k = 0; k < tok.length(); k++) {
      if (Character.isLowerCase(tok.charAt(k))) {
        return false;
      }
    }
    return tok.length() > 1;
  }

  /**
   * The letters of an acronym in parentheses, lower case: 2 to {@value #MAX_LETTERS} letters, at least two of them
   * capitals (a plural's final "s" after capitals dropped, a digit inside and hyphens passed over: "B2B", "k-NN");
   * null for anything else ("SP-44002", a catalogue number) and for a name that ends in a digit: a chemical formula
   * ("NO2", "SiO2"), a gene ("BRCA1") or a measure ("FEV1"), whose letters are not the initials of the words before
   * it ("nitrogen dioxide (NO2)", "forced expiratory volume in one second (FEV1)").
   */
  static char[] letters(String acronym) {
    if (!acronym.isEmpty() && Character.isDigit(acronym.charAt(acronym.length() - 1))) {
      return null;
    }
    int caps = 0;
    int digits = 0;
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < acronym.length(); k++) {
      char c = acronym.charAt(k);
      if (!Character.isLetter(c) || c > 'z') {
        if (!Character.isDigit(c) && c != '-' || Character.isDigit(c) && ++digits > 1) {
          return null; // a catalogue number ("SP-44002") is no acronym
        }
        continue;
      }
      if (Character.isUpperCase(c)) {
        caps++;
      }
      sb.append(Character.toLowerCase(c));
    }
    if (caps >= 2 && acronym.endsWith("s") && sb.length() > 2) {
      sb.setLength(sb.length() - 1); // "PDEs"
    }
    boolean shape = caps >= 2;
    if (!shape || sb.length() < 2 || sb.length() > MAX_LETTERS) {
      return null;
    }
    return sb.toString().toCharArray();
  }
}
