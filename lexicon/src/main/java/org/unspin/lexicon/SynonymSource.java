// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.unspin.text.Words;

/**
 * Open-vocabulary fallback candidates from a thesaurus (WordNet, Moby): the neighbours of the spun word, of its
 * lemma re-inflected like it ("officers" -> officer -> official -> "officials", origin
 * {@link Candidate.Origin#MORPHOLOGY}), and of spun phrases of 2 and 3 tokens the thesaurus lists. A thesaurus
 * lists up to hundreds of neighbours, so they are ranked by a word-frequency prior (spinners replace common words
 * with rarer ones) and only the first {@code limit} are kept, each with the low channel probability
 * {@code mass / kept} (default mass {@value #DEFAULT_MASS}). The ranked lists are memoised per term (up to
 * {@value #CACHE_LIMIT} terms), so a crawl pays the thesaurus lookups once per word type. Thread-safe when the
 * functions are; the memo is a concurrent map.
 *
 * @since 0.1
 */
public final class SynonymSource implements CandidateSource {

  /** Default total probability given to a span's thesaurus neighbours. */
  public static final double DEFAULT_MASS = 0.05;

  private final Function<String, Collection<String>> synonyms;
  private final Predicate<String> contains;
  private final Function<String, ToDoubleFunction<String>> scorer;
  private final int limit;
  private final java.util.function.ToIntFunction<String> limitFor;
  private final Predicate<String> knownForm;
  private final Predicate<String> phraseWord;
  private final boolean skipNumerals;
  private final boolean skipFunctionWords;
  private final Predicate<String> properName;
  private final boolean inflectedPhrases;
  private final BiPredicate<String, String> graded;
  private final double mass;

  SynonymSource(Function<String, Collection<String>> synonyms, Predicate<String> contains,
      Function<String, ToDoubleFunction<String>> scorer, int limit, double mass) {
    if (limit < 1 || !(mass > 0 && mass <= 1)) {
      throw new IllegalArgumentException("limit >= 1 and mass in (0, 1] required");
    }
    this.synonyms = synonyms;
    this.contains = contains;
    this.scorer = scorer;
    this.limit = limit;
    this.limitFor = t -> limit;
    this.knownForm = contains;
    this.phraseWord = w -> true;
    this.skipNumerals = false;
    this.skipFunctionWords = false;
    this.properName = w -> false;
    this.inflectedPhrases = false;
    this.graded = null;
    this.mass = mass;
  }

  private SynonymSource(SynonymSource base, java.util.function.ToIntFunction<String> limitFor,
      Predicate<String> knownForm, Predicate<String> phraseWord, boolean skipNumerals, boolean skipFunctionWords) {
    this(base, limitFor, knownForm, phraseWord, skipNumerals, skipFunctionWords, base.properName,
        base.inflectedPhrases, base.graded);
  }

  private SynonymSource(SynonymSource base, java.util.function.ToIntFunction<String> limitFor,
      Predicate<String> knownForm, Predicate<String> phraseWord, boolean skipNumerals, boolean skipFunctionWords,
      Predicate<String> properName, boolean inflectedPhrases, BiPredicate<String, String> graded) {
    this.synonyms = base.synonyms;
    this.contains = base.contains;
    this.scorer = base.scorer;
    this.limit = base.limit;
    this.limitFor = limitFor;
    this.knownForm = knownForm;
    this.phraseWord = phraseWord;
    this.skipNumerals = skipNumerals;
    this.skipFunctionWords = skipFunctionWords;
    this.properName = properName;
    this.inflectedPhrases = inflectedPhrases;
    this.graded = graded;
    this.mass = base.mass;
  }

  /**
   * The same source proposing nothing for a lower-case Roman numeral ({@link #isRomanNumeral}): a thesaurus reads
   * "ii" as "two", but spinners leave numerals alone and scientific names keep them ("phase ii", "acid orange ii").
   * For restoration; the detector's channel still looks them up, as its calibration was fitted so.
   */
  public SynonymSource withoutRomanNumerals() {
    return new SynonymSource(this, limitFor, knownForm, phraseWord, true, skipFunctionWords);
  }

  /**
   * Articles, pronouns, prepositions, conjunctions and auxiliaries ({@link #withoutFunctionWordOriginals}).
   */
  static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "this", "that", "these", "those", "and", "or",
      "but", "if", "of", "in", "on", "at", "by", "for", "with", "from", "to", "into", "about", "as", "than", "is",
      "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can",
      "could", "should", "may", "might", "must", "it", "its", "he", "his", "him", "she", "her", "they", "their",
      "them", "we", "our", "us", "you", "your", "i", "my", "who", "which", "what", "there");

  /**
   * The same source not proposing a {@link #FUNCTION_WORDS function word} as the original of a word that is not one:
   * the thesauri list "had" beside "defrauded" and "in" beside "near", and the frequency ranking puts such common
   * words first, but no spinner writes "defrauded" for "had"; the swaps of function words a spinner does make
   * ("but" -> "however") are in its table. For restoration; the detector's channel keeps them, as its calibration
   * was fitted so.
   */
  public SynonymSource withoutFunctionWordOriginals() {
    return new SynonymSource(this, limitFor, knownForm, phraseWord, skipNumerals, true);
  }

  /**
   * The same source not proposing a neighbour {@code properName} accepts (one WordNet writes with a capital
   * wherever it lists it): the thesauri list "ER" beside "emergency room" and "Er" beside "erbium", lower-cased,
   * and the decoder would write "the er" for a clean "the emergency room". A spinner's swaps of names are in its
   * table. For restoration; the detector's channel keeps them, as its calibration was fitted so.
   */
  public SynonymSource withoutProperNameOriginals(Predicate<String> properName) {
    return new SynonymSource(this, limitFor, knownForm, phraseWord, skipNumerals, skipFunctionWords, properName,
        inflectedPhrases, graded);
  }

  /**
   * The same source also looking up an inflected spun phrase of 2 or 3 words by its lemma, its first or last word
   * taken back to its base form, and proposing that phrase's one-word neighbours inflected as the spun word was
   * ("coming into" -> come into -> enter -> "entering", "makes use of" -> "uses", "internet sites" -> "websites";
   * origin {@link Candidate.Origin#MORPHOLOGY}): spinners write their phrases in every form, while a thesaurus
   * lists a phrase in its base form only. For restoration; the detector's channel does not, as its calibration was
   * fitted without them.
   */
  public SynonymSource withInflectedPhrases() {
    return new SynonymSource(this, limitFor, knownForm, phraseWord, skipNumerals, skipFunctionWords, properName,
        true, graded);
  }

  /**
   * The same source also reading a spun word as an adjective's comparative or superlative
   * ({@link Inflections#gradedReadings}) where {@code graded.test(word, lemma)} says the word is that lemma's
   * graded form (an adjective, not an agent noun: "bigger" is big's, "killer" is not kill's), and proposing the
   * lemma's neighbours graded as the spun word was where {@code graded} says the same of them ("biggest" -> big ->
   * large -> "largest", "simpler" -> "easier"; origin {@link Candidate.Origin#MORPHOLOGY}), as a plural reaches its
   * neighbours' plurals: a thesaurus lists adjectives in their base form only.
   */
  public SynonymSource withGradedForms(BiPredicate<String, String> graded) {
    return new SynonymSource(this, limitFor, knownForm, phraseWord, skipNumerals, skipFunctionWords, properName,
        inflectedPhrases, graded);
  }

  /**
   * The same source looking up a spun phrase of several words only when every word passes {@code phraseWord} (a
   * list of common words): spinners write common phrases for common words ("more and more" for "increasingly"),
   * while a technical term the thesaurus happens to list ("computed tomography") is no spinner's output, and its
   * neighbours ("CAT") would only replace a clean term.
   */
  public SynonymSource withPhraseWords(Predicate<String> phraseWord) {
    return new SynonymSource(this, limitFor, knownForm, phraseWord, skipNumerals, skipFunctionWords);
  }

  /**
   * The same source keeping a re-inflected neighbour only when {@code knownForm} accepts it (a word list), so
   * neighbours of another part of speech do not come back as "uped" or "datas". Default: the thesaurus itself.
   */
  public SynonymSource withKnownForms(Predicate<String> knownForm) {
    return new SynonymSource(this, limitFor, knownForm, phraseWord, skipNumerals, skipFunctionWords);
  }

  /**
   * The same source with a per-term limit: {@code limitFor.applyAsInt(term)} neighbours are kept for that term
   * (e.g. fewer for common words, which spinners replace by table, more for rare words, which are likely spinner
   * output).
   */
  public SynonymSource withLimits(java.util.function.ToIntFunction<String> limitFor) {
    return new SynonymSource(this, limitFor, knownForm, phraseWord, skipNumerals, skipFunctionWords);
  }

  /**
   * @param synonyms lower-case term to its neighbours (terms may hold spaces)
   * @param contains whether the thesaurus knows a lower-case term
   * @param frequency a prior for ranking neighbours (higher first), e.g. news word counts; ties keep thesaurus
   *     order
   * @param limit how many neighbours to keep per span (default 20)
   * @param mass the total channel probability shared by the kept neighbours, in (0, 1]
   */
  public static SynonymSource create(Function<String, Collection<String>> synonyms, Predicate<String> contains,
      ToDoubleFunction<String> frequency, int limit, double mass) {
    return new SynonymSource(synonyms, contains, q -> frequency, limit, mass);
  }

  /**
   * Like {@link #create(Function, Predicate, ToDoubleFunction, int, double)} with a ranking that may depend on the
   * looked-up term: {@code scorer.apply(term)} scores that term's neighbours (higher first), e.g. log frequency
   * plus a bonus for WordNet synonyms of the term.
   */
  public static SynonymSource ranked(Function<String, Collection<String>> synonyms, Predicate<String> contains,
      Function<String, ToDoubleFunction<String>> scorer, int limit, double mass) {
    return new SynonymSource(synonyms, contains, scorer, limit, mass);
  }

  /** Longest ranked list kept per term before the per-term limit applies. */
  static final int MAX_LIMIT = 100;

  /** Most terms whose ranked neighbours are memoised; beyond it lookups are recomputed each time. */
  static final int CACHE_LIMIT = 200_000;

  private final ConcurrentHashMap<String, List<Scored>> cache = new ConcurrentHashMap<>();

  /** Whether a spun phrase has a lemma the thesaurus lists ({@link #withInflectedPhrases}), memoised as the lists. */
  private final ConcurrentHashMap<String, Boolean> lemmaListed = new ConcurrentHashMap<>();

  /** One term's neighbours are distinct, and the spans of 1, 2 and 3 words differ in length. */
  @Override
  public boolean distinct() {
    return true;
  }

  @Override
  public void propose(List<String> words, int i, String family, List<Candidate> out) {
    String w = Lookup.lower(words.get(i));
    if (w.length() < 2 || !Character.isLetter(w.charAt(0)) || isAcronym(words.get(i))
        || skipNumerals && isRomanNumeral(w) || NUMBER_NOUNS.contains(w) || isNotation(words, i)) {
      // single letters are variables and initials ("K" is not "1000"); "phase ii" is not "phase two"; a number's
      // name has only other numbers for neighbours ("lakh": "hundred thousand"), which no spinner writes for it
      return;
    }
    emit(cached(w), i, 1, family, out, skipFunctionWords && !FUNCTION_WORDS.contains(w));
    for (int len = 2; len <= 3 && i + len <= words.size(); len++) {
      if (isAcronym(words.get(i + len - 1)) || isName(words, i, len)
          || !phraseWord.test(Lookup.lower(words.get(i + len - 1))) || !phraseWord.test(w)) {
        break;
      }
      String phrase = Lookup.join(words, i, i + len, true);
      if (contains.test(phrase) || inflectedPhrases && hasLemmaPhrase(phrase)) {
        emit(cached(phrase), i, len, family, out, false);
      }
    }
  }

  /**
   * Whether the token at {@code i} is notation, not a word: a capital after a small letter ("mV", "pH", "kDa"), a
   * chemical element's symbol that is no English word ("Mg", "Zn", "Pb"), a unit's symbol ("kg", "km", "mol"), or
   * "yr" written as a unit ({@link SystematicRules#unit}, "mm yr⁻¹"). A thesaurus reads them as words ("kg" as
   * "kilo", "Pb" as "lead", "Mg" as "silver"), which no spinner writes for them; in 120 clean abstracts they were 49
   * of the 905 words detection's open channel found likely replaced.
   */
  static boolean isNotation(List<String> words, int i) {
    String t = words.get(i);
    for (int k = 1; k < t.length(); k++) {
      if (Character.isUpperCase(t.charAt(k)) && Character.isLowerCase(t.charAt(k - 1))) {
        return true;
      }
    }
    return SYMBOLS.contains(t) || SystematicRules.mayBeUnit(t) && SystematicRules.unit(words, i);
  }

  /**
   * Symbols of units and chemical elements, as written (case matters: "Pa" is pascal, "pa" a word), that are not
   * English words: those that are, or are at a sentence's start ("in", "min", "He", "As", "No", "Am", "Re"), stay
   * words.
   */
  private static final java.util.Set<String> SYMBOLS = java.util.Set.of(
      "kg", "mg", "ng", "km", "cm", "mm", "nm", "ml", "mL", "dl", "dL", "mol", "mmol", "nmol", "kDa", "bp", "kb",
      "kbp", "Mb", "Gb", "kB", "MB", "GB", "TB", "Hz", "kHz", "MHz", "GHz", "kW", "MW", "GW", "kWh", "MWh", "mA", "kV",
      "Pa", "kPa", "MPa", "GPa", "hPa", "Gy", "mGy", "Sv", "mSv", "Bq", "ppm", "ppb", "eV", "keV", "MeV", "GeV", "Mg",
      "Zn", "Pb", "Fe", "Cu", "Ag", "Au", "Hg", "Sn", "Ni", "Cr", "Mn", "Ca", "Na", "Cl", "Br", "Li", "Si", "Cd", "Pt",
      "Pd", "Ti", "Sr", "Ba", "Rb", "Cs", "Se", "Te", "Sb", "Bi", "Ga", "Ge", "Ru", "Rh", "Ir", "Os", "Zr", "Nb", "Hf",
      "Ce", "Nd", "Sm", "Eu", "Gd", "Dy", "Yb", "Lu", "Np", "Pu", "Cm", "Tc", "Tl", "Rn", "Ra", "Ac", "Pr", "Tb", "Tm",
      "Sc", "Kr", "Xe", "Ne", "Ar");

  /** Names of numbers, Indian English's among them: a thesaurus lists only other numbers beside them. */
  private static final java.util.Set<String> NUMBER_NOUNS = java.util.Set.of("hundred", "hundreds", "thousand",
      "thousands", "million", "millions", "billion", "billions", "trillion", "trillions", "lakh", "lakhs", "crore",
      "crores");

  private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");

  /** Whether lower-case {@code word} is a Roman numeral up to 39 ("ii", "iv", "xii", also the name "Xi"). */
  static boolean isRomanNumeral(String word) {
    return !word.isEmpty() && ROMAN.matcher(word).matches();
  }

  /**
   * Whether {@code word} has two capitals or more ("NYSE", "STH", "DeFi", "U.S."): acronyms and brand names,
   * which a thesaurus expands or reads as common words ("STH" as growth hormone) and spinners leave alone.
   */
  static boolean isAcronym(String word) {
    int caps = 0;
    for (int k = 0; k < word.length() && caps < 2; k++) {
      if (Character.isUpperCase(word.charAt(k))) {
        caps++;
      }
    }
    return caps >= 2;
  }

  /**
   * Whether the words from {@code i} are all capitalised and the first does not start a sentence: a name ("the
   * Central Intelligence Agency"), which a thesaurus would replace by a common noun.
   */
  static boolean isName(List<String> words, int i, int len) {
    for (int k = i; k < i + len; k++) {
      String w = words.get(k);
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
    }
    if (i == 0) {
      return false;
    }
    String prev = words.get(i - 1);
    return !(prev.endsWith(".") || prev.endsWith("!") || prev.endsWith("?") || prev.endsWith(":")
        || prev.equals("\u201c") || prev.equals("\""));
  }

  private List<Scored> cached(String term) {
    List<Scored> v = cache.get(term);
    if (v == null) {
      v = term.indexOf(' ') < 0 ? rankWord(term) : rankPhrase(term);
      int k = Math.max(1, limitFor.applyAsInt(term));
      if (v.size() > k) {
        v = v.subList(0, k);
      }
      // the kept neighbours share one channel score, so their order says nothing; in text order the decoder's
      // sort of a position's candidates (best channel, then length, then text) finds them already in order
      List<Scored> sorted = new ArrayList<>(v);
      sorted.sort(Comparator.comparing(Scored::term));
      v = List.copyOf(sorted);
      if (cache.size() < CACHE_LIMIT) {
        cache.putIfAbsent(term, v);
      }
    }
    return v;
  }

  private List<Scored> rankPhrase(String phrase) {
    Map<String, Scored> f = new LinkedHashMap<>();
    if (contains.test(phrase)) {
      ToDoubleFunction<String> score = scorer.apply(phrase);
      for (String s : synonyms.apply(phrase)) {
        f.putIfAbsent(s, new Scored(s, score.applyAsDouble(s), Candidate.Origin.THESAURUS));
      }
    }
    if (inflectedPhrases) {
      for (LemmaPhrase lp : lemmaPhrases(phrase)) {
        addInflected(f, lp.lemma(), lp.form(), (inflected, s) -> true);
      }
    }
    f.remove(phrase);
    Predicate<String> variant = Spellings.variantsOf(phrase);
    f.keySet().removeIf(s -> variant.test(s) || isSymbol(s));
    return top(phrase, f);
  }

  private boolean hasLemmaPhrase(String phrase) {
    Boolean listed = lemmaListed.get(phrase);
    if (listed == null) {
      listed = !lemmaPhrases(phrase).isEmpty();
      if (lemmaListed.size() < CACHE_LIMIT) {
        lemmaListed.putIfAbsent(phrase, listed);
      }
    }
    return listed;
  }

  /** A spun phrase's lemma the thesaurus lists, and the form its inflected word had. */
  private record LemmaPhrase(String lemma, Inflections.Form form) {}

  /**
   * The lemmas of {@code phrase} (lower case, words joined by single spaces) that the thesaurus lists: its first or
   * its last word taken back to its base form ({@link Inflections#inflectedReadings}), the other words as written.
   */
  private List<LemmaPhrase> lemmaPhrases(String phrase) {
    int first = phrase.indexOf(' ');
    int last = phrase.lastIndexOf(' ');
    if (first < 0) {
      return List.of();
    }
    List<LemmaPhrase> out = new ArrayList<>(2);
    for (Inflections.Reading r : Inflections.inflectedReadings(phrase.substring(0, first))) {
      String lemma = r.lemma() + phrase.substring(first);
      if (contains.test(lemma)) {
        out.add(new LemmaPhrase(lemma, r.form()));
      }
    }
    for (Inflections.Reading r : Inflections.inflectedReadings(phrase.substring(last + 1))) {
      String lemma = phrase.substring(0, last + 1) + r.lemma();
      if (contains.test(lemma)) {
        out.add(new LemmaPhrase(lemma, r.form()));
      }
    }
    return out;
  }

  private List<Scored> rankWord(String w) {
    Map<String, Scored> found = new LinkedHashMap<>();
    if (contains.test(w)) {
      ToDoubleFunction<String> score = scorer.apply(w);
      for (String s : synonyms.apply(w)) {
        found.putIfAbsent(s, new Scored(s, score.applyAsDouble(s), Candidate.Origin.THESAURUS));
      }
    }
    for (Inflections.Reading r : Inflections.inflectedReadings(w)) {
      if (contains.test(r.lemma())) {
        addInflected(found, r.lemma(), r.form(), (inflected, s) -> true);
      }
    }
    if (graded != null) {
      for (Inflections.Reading r : Inflections.gradedReadings(w)) {
        if (contains.test(r.lemma()) && graded.test(w, r.lemma())) {
          addInflected(found, r.lemma(), r.form(), graded);
        }
      }
    }
    found.remove(w);
    // another spelling is no spinner's swap, and a symbol no word it replaced
    Predicate<String> variant = Spellings.variantsOf(w);
    found.keySet().removeIf(s -> variant.test(s) || isSymbol(s));
    return top(w, found);
  }

  /**
   * Adds {@code lemma}'s one-word thesaurus neighbours put in {@code form} (origin morphology), each where the
   * inflected word is a known form and {@code also} accepts it beside the neighbour it was made from.
   */
  private void addInflected(Map<String, Scored> into, String lemma, Inflections.Form form,
      BiPredicate<String, String> also) {
    ToDoubleFunction<String> score = scorer.apply(lemma);
    for (String s : synonyms.apply(lemma)) {
      if (s.indexOf(' ') < 0) {
        String inflected = Inflections.inflect(s, form);
        if (knownForm.test(inflected) && also.test(inflected, s)) {
          into.putIfAbsent(inflected, new Scored(inflected, score.applyAsDouble(s), Candidate.Origin.MORPHOLOGY));
        }
      }
    }
  }

  /**
   * Whether a thesaurus neighbour is one character, a letter standing for a unit or an element ("l" for "litre", "g",
   * "c") or a digit ("1" for "one", which the systematic rules handle), which no spinner replaces by a word: a clean
   * abstract's British "litre", unknown to the language model, had read as "l" (a gain of 5 in log10) and made it
   * spun (P 0.71). The words "a" and "I" stay.
   */
  static boolean isSymbol(String neighbour) {
    return neighbour.length() == 1 && !neighbour.equals("a") && !neighbour.equalsIgnoreCase("i");
  }

  private record Scored(String term, double score, Candidate.Origin origin) {}

  /**
   * The best {@code limit} neighbours of {@code key}, phrases longer than 4 tokens dropped, and so are digits for a
   * key without any: WordNet puts "100000" in the synset of "lakh" and "1000" in that of "thousand", but no spinner
   * writes a word for a number in digits (the rules undo "5" for "five"), and restoring "Rs 12 lakh" as "Rs 12
   * 100000" destroyed the sum.
   */
  private List<Scored> top(String key, Map<String, Scored> found) {
    boolean keyDigits = Words.hasDigit(key);
    // an abbreviation's dots are the writer's, not a synonym a spinner chose: "p.a." is not spun for "pa"
    String abbreviation = key.indexOf('.') >= 0 ? Words.letters(key) : null;
    List<Scored> list = new ArrayList<>(found.size());
    for (Scored e : found.values()) {
      if (TableEntry.tokens(e.term()) <= TableEntry.MAX_TOKENS && (keyDigits || !Words.hasDigit(e.term()))
          && (abbreviation == null || !abbreviation.equals(Words.letters(e.term()))) && !properName.test(e.term())) {
        list.add(e);
      }
    }
    // stable sort keeps thesaurus order among equal scores
    list.sort(Comparator.comparingDouble((Scored e) -> -e.score()));
    int max = Math.max(limit, MAX_LIMIT);
    if (list.size() > max) {
      list = list.subList(0, max);
    }
    return List.copyOf(list);
  }

  /**
   * Adds the candidates of {@code list}, each at the share of the mass its list gives it, less the function words
   * when {@code noFunctionWords}.
   */
  private void emit(List<Scored> list, int i, int len, String family, List<Candidate> out, boolean noFunctionWords) {
    if (list.isEmpty()) {
      return;
    }
    double log10 = Math.log10(mass / list.size());
    for (Scored e : list) {
      if (noFunctionWords && FUNCTION_WORDS.contains(e.term())) {
        continue;
      }
      out.add(new Candidate(i, len, e.term(), log10, family, e.origin()));
    }
  }
}
