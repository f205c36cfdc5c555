// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Systematic spinner behaviours that no table needs to learn word by word, as a {@link CandidateSource} with
 * origin {@link Candidate.Origin#RULE}:
 *
 * <ul>
 *   <li>leftover spintax braces: "{ that a }" for "that a", and the first of "|"-separated alternatives
 *       ("{big|large|huge}" for "big"), all the way down ("{{big|large} {dog|hound}|a cat}" for "big dog"), up to
 *       {@value #MAX_BRACED} words and "|" inside the braces; not braces around other punctuation, or beside
 *       markup's marks ("{x | x > 0}", "f = {a|b}");
 *   <li>digits for the number words news style spells out: "5" for "five" (one to nine, log10 P = {@value
 *       #LOG10_DIGIT_SMALL}), "1st" for "first" (not before a name: "1st Cavalry Division"). Not from ten up: news
 *       style writes those as digits, and the spun halves of the development pairs keep all 55 of theirs, while the
 *       speech-trained trigram model prefers "eleven" to "11" often enough to rewrite clean text. Nor before "%" or
 *       after a currency sign, and a number word is read as digits only there: {@link #newsNumberStyle}, which
 *       holds for every family's candidates;
 *   <li>"12 months" for "year", "yr" / "yrs" for "year" / "years"; "12 months" only where "year" would be written
 *       ({@link #newsNumberStyle}: "final 12 months", not "12 months ago");
 *   <li>"Could" or "Might" before a day number (1 to 31) for the month "May", unless the number is the modal's
 *       subject ("Could 5 be the answer?", {@link #newsNumberStyle});
 *   <li>UK spelling for US ("colour", "organised", "centre", "defence", "travelled"), when the US form passes
 *       the vocabulary check given at construction, and not for a capitalised word inside a sentence (a name:
 *       "World Health Organisation");
 *   <li>"a" for "an" and back, since a spinner that replaces the next word often fixes the article ("an enormous"
 *       for "a massive"); only where the article fits the next word as spelled: just as often the spinner leaves
 *       it ("an previous buddy" for "an old friend"), and then the article is the original's;
 *   <li>contractions for their expansions and back ("isn't" for "is not", "it is" for "it's").
 * </ul>
 *
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SystematicRules implements CandidateSource {

  /** log10 P("5" | "five") and the other small numbers. */
  public static final double LOG10_DIGIT_SMALL = -0.5;
  /** log10 P(spintax braces | the words inside). */
  public static final double LOG10_BRACES = -0.05;
  /** log10 P("12 months" | "year"), P("yr" | "year"). */
  public static final double LOG10_YEAR = -0.7;
  /** log10 P("Could" | "May") before a day number. */
  public static final double LOG10_MAY = -0.3;
  /** log10 P(UK spelling | US spelling). */
  public static final double LOG10_SPELLING = -1.0;
  /** log10 P("an" | "a") and back: the article follows a replaced word ("a massive" -> "an enormous"). */
  public static final double LOG10_ARTICLE = -1.5;
  /**
   * log10 P(contracted | expanded) and back ("is not" -> "isn't", "it's" -> "it is"). The learned tables carry the
   * contractions a family really makes ("here is" -> "here's"); this fallback was right in 1 of 6 edits at -1
   * (leave-one-original-out, docs/benchmarks.md).
   */
  public static final double LOG10_CONTRACTION = -2.0;

  private static final Map<String, String> CONTRACTIONS = Map.ofEntries(Map.entry("isn't", "is not"),
      Map.entry("aren't", "are not"), Map.entry("wasn't", "was not"), Map.entry("weren't", "were not"),
      Map.entry("doesn't", "does not"), Map.entry("don't", "do not"), Map.entry("didn't", "did not"),
      Map.entry("hasn't", "has not"), Map.entry("haven't", "have not"), Map.entry("hadn't", "had not"),
      Map.entry("won't", "will not"), Map.entry("wouldn't", "would not"), Map.entry("can't", "cannot"),
      Map.entry("couldn't", "could not"), Map.entry("shouldn't", "should not"), Map.entry("it's", "it is"),
      Map.entry("that's", "that is"), Map.entry("there's", "there is"), Map.entry("here's", "here is"),
      Map.entry("what's", "what is"), Map.entry("he's", "he is"), Map.entry("she's", "she is"),
      Map.entry("they're", "they are"), Map.entry("we're", "we are"), Map.entry("you're", "you are"),
      Map.entry("i'm", "i am"), Map.entry("let's", "let us"), Map.entry("they've", "they have"),
      Map.entry("we've", "we have"), Map.entry("i've", "i have"), Map.entry("you've", "you have"),
      Map.entry("they'll", "they will"), Map.entry("we'll", "we will"), Map.entry("it'll", "it will"),
      Map.entry("you'll", "you will"), Map.entry("i'll", "i will"), Map.entry("he'll", "he will"));
  private static final Map<String, String> EXPANSIONS = new java.util.HashMap<>();
  private static final Set<String> EXPANSION_FIRST = new java.util.HashSet<>();

  static {
    CONTRACTIONS.forEach((c, e) -> {
      EXPANSIONS.put(e, c);
      EXPANSION_FIRST.add(e.substring(0, e.indexOf(' ') < 0 ? e.length() : e.indexOf(' ')));
    });
  }

  private static final String[] NUMBER = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine"};
  private static final Map<String, String> ORDINAL = Map.of("1st", "first", "2nd", "second", "3rd", "third", "4th",
      "fourth", "5th", "fifth", "6th", "sixth", "7th", "seventh", "8th", "eighth", "9th", "ninth");
  private final Predicate<String> knownWord;
  private final boolean habits;

  SystematicRules(Predicate<String> knownWord) {
    this(knownWord, true);
  }

  private SystematicRules(Predicate<String> knownWord, boolean habits) {
    this.knownWord = knownWord;
    this.habits = habits;
  }

  /**
   * Rules whose UK-to-US spelling rule only proposes forms that {@code knownWord} accepts (lower case); pass
   * {@code w -> true} to accept every rewritten form.
   */
  public static SystematicRules create(Predicate<String> knownWord) {
    return new SystematicRules(knownWord, true);
  }

  /**
   * Only the repairs any spinner's output needs: leftover spintax braces and the article before a replaced word. Not
   * the habits of news spinners (digits, "12 months", "Could" for May, UK spelling, contractions): the family of a
   * tortured-phrase list uses these, so that restoring a paper does not also Americanise its spelling ("analyse"
   * -> "analyze") or spell out its numbers.
   */
  public static SystematicRules repairsOnly() {
    return new SystematicRules(w -> false, false);
  }

  @Override
  public void propose(List<String> words, int i, String family, List<Candidate> out) {
    String w = words.get(i);
    if (w.isEmpty()) {
      return;
    }
    char c0 = w.charAt(0);
    if (c0 == '{') {
      braces(words, i, family, out);
      return;
    }
    String lw = Lookup.lower(w);
    if ((lw.equals("a") || lw.equals("an")) && articleFits(lw, words, i)) {
      out.add(new Candidate(i, 1, lw.equals("a") ? "an" : "a", LOG10_ARTICLE, family, Candidate.Origin.RULE));
    }
    if (!habits) {
      return;
    }
    if (Character.isDigit(c0)) {
      digits(words, i, w, family, out);
      return;
    }
    String expanded = CONTRACTIONS.get(lw);
    if (expanded != null) {
      out.add(new Candidate(i, 1, expanded, LOG10_CONTRACTION, family, Candidate.Origin.RULE));
    }
    if (EXPANSION_FIRST.contains(lw) && i + 1 < words.size()) {
      String two = lw + " " + Lookup.lower(words.get(i + 1));
      String contracted = EXPANSIONS.get(two);
      if (contracted != null) {
        out.add(new Candidate(i, 2, contracted, LOG10_CONTRACTION, family, Candidate.Origin.RULE));
      }
    }
    if ((lw.equals("could") || lw.equals("might")) && Character.isUpperCase(c0) && i + 1 < words.size()) {
      String next = words.get(i + 1);
      if (next.length() <= 2 && next.chars().allMatch(Character::isDigit)) {
        int d = Integer.parseInt(next);
        if (d >= 1 && d <= 31) {
          out.add(new Candidate(i, 1, "May", LOG10_MAY, family, Candidate.Origin.RULE));
        }
      }
    }
    if (lw.equals("yr")) {
      out.add(new Candidate(i, 1, "year", LOG10_YEAR, family, Candidate.Origin.RULE));
    } else if (lw.equals("yrs")) {
      out.add(new Candidate(i, 1, "years", LOG10_YEAR, family, Candidate.Origin.RULE));
    }
    String us = usSpelling(lw);
    // not a name's spelling: "World Health Organisation", "Centre for Disease Prevention" are written so
    if (us != null && !us.equals(lw) && knownWord.test(us) && !SynonymSource.isName(words, i, 1)) {
      out.add(new Candidate(i, 1, us, LOG10_SPELLING, family, Candidate.Origin.RULE));
    }
  }

  /** Whether {@code word} may be a unit {@link #newsNumberStyle} keeps ({@link #unit}): "yr" or "yrs". */
  public static boolean mayBeUnit(String word) {
    return word.equals("yr") || word.equals("yrs");
  }

  /**
   * Whether the word at {@code i} is written as a unit: with an exponent after it ("km³ yr⁻¹", "yr^-1", "yr−1"; the
   * tokenizer writes a minus and its digit as two tokens, and "yr-1" as one word, never read as "yr") or after a
   * slash ("mm/yr"). Science writes "yr" so; a spinner's "yr" for "year" is a word of a sentence ("final yr",
   * "a yr in the past"), and two clean abstracts with "Tg CH4 yr⁻¹" had been called spun on it.
   */
  public static boolean unit(List<String> words, int i) {
    if (i > 0 && (words.get(i - 1).equals("/") || words.get(i - 1).endsWith("/"))) {
      return true;
    }
    if (i + 1 >= words.size()) {
      return false;
    }
    String next = words.get(i + 1);
    if (next.isEmpty()) {
      return false;
    }
    char c = next.charAt(0);
    return c == '\u207B' || c == '^' || c == '\u00B9' || c == '\u00B2' || c == '\u00B3'
        || (next.equals("-") || next.equals("\u2212")) && i + 2 < words.size() && words.get(i + 2).equals("1");
  }

  /**
   * Whether the article {@code article} at {@code i} fits the next word's first sound as spelled. Spinners often
   * leave the article of a replaced word as it was ("an previous buddy" for "an old friend"): the article then
   * belongs to the original, and swapping it would only hide that evidence.
   */
  static boolean articleFits(String article, List<String> words, int i) {
    int k = i + 1;
    while (k < words.size() && k <= i + 2 && isQuote(words.get(k))) {
      k++; // an "old friend"
    }
    if (k >= words.size()) {
      return true;
    }
    return fitsArticle(article, words.get(k));
  }

  /** Whether {@code article} ("a" or "an") fits before {@code word} as spelled; true where spelling leaves it open. */
  private static boolean fitsArticle(String article, String word) {
    String w = Lookup.lower(word);
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      return true;
    }
    Boolean vowel = vowelSound(w);
    return vowel == null || vowel == article.equals("an");
  }

  private static boolean isQuote(String token) {
    return token.length() == 1 && "\"'\u201c\u201d\u2018\u2019([".indexOf(token.charAt(0)) >= 0;
  }

  /** Whether {@code w} (lower case) starts with a vowel sound, or null where its spelling leaves it open. */
  private static Boolean vowelSound(String w) {
    char c = w.charAt(0);
    if (w.startsWith("u") || w.startsWith("eu") || w.startsWith("one") || w.startsWith("h") || w.length() == 1) {
      return null; // "a unique", "an umbrella", "a one-off", "an hour", "a u.s."
    }
    return "aeio".indexOf(c) >= 0;
  }

  /** The most tokens inside a spintax group's braces, as the detector counts them ({@code Detector.spintax}). */
  static final int MAX_BRACED = 10;

  /** Marks beside a "{" or "}" that make the group markup, an option list or an assignment, not spintax. */
  private static final Set<String> MARKUP_BESIDE = Set.of("=", ":", "|", "[", "]", "$", "\\", "_", "^", "%", "#",
      "@", "/", "+", "*", "~", "(", ")");

  /**
   * Leftover spintax: "{", then words (letters, or digits after the first) separated by "|", then "}", at most
   * {@value #MAX_BRACED} words and "|" inside; its first alternative. A group may hold groups ("{{big|large}
   * {dog|hound}|a cat}"), each beginning with a word or a group: its first alternative's, all the way down ("big
   * dog"), the braces of the groups inside not counted. Groups of "{" "}" holding other punctuation ("{x | x > 0}",
   * "{1, 2, 3}", JSON), beginning with a number, or beside a mark of markup ("f = {a|b}") are left alone.
   */
  private static void braces(List<String> words, int i, String family, List<Candidate> out) {
    if (i > 0 && MARKUP_BESIDE.contains(words.get(i - 1))) {
      return;
    }
    int end = -1;
    int depth = 0;
    int inside = 0;
    for (int k = i; k < words.size(); k++) {
      String t = words.get(k);
      if (t.equals("{")) {
        depth++;
        String next = k + 1 < words.size() ? words.get(k + 1) : "}";
        if (!next.equals("{") && !next.equals("}") && !Character.isLetter(next.charAt(0))) {
          return; // a group beginning with a number, "|" or punctuation
        }
      } else if (t.equals("}")) {
        if (words.get(k - 1).equals("{")) {
          return; // "{}"
        }
        if (--depth == 0) {
          end = k;
          break;
        }
      } else if (++inside > MAX_BRACED || !t.equals("|") && !lexical(t)) {
        return; // too long, or punctuation
      }
    }
    if (end < 0 || end + 1 < words.size() && MARKUP_BESIDE.contains(words.get(end + 1))) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    firstAlternative(words, i, sb);
    if (sb.length() > 0) {
      out.add(new Candidate(i, end - i + 1, sb.toString(), LOG10_BRACES, family, Candidate.Origin.RULE));
    }
  }

  /**
   * Appends to {@code sb} the words of the first alternative of the well-formed group opening at {@code open}, a
   * group inside it by its own first alternative; returns the index of the group's "}".
   */
  private static int firstAlternative(List<String> words, int open, StringBuilder sb) {
    boolean first = true;
    for (int k = open + 1;; k++) {
      String t = words.get(k);
      if (t.equals("}")) {
        return k;
      }
      if (t.equals("{")) {
        k = first ? firstAlternative(words, k, sb) : skipGroup(words, k);
      } else if (t.equals("|")) {
        first = false;
      } else if (first) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(org.unspin.text.Words.canonical(t)); // not "durin\u200Bg": a disguise inside braces goes with them
      }
    }
  }

  /** The index of the "}" closing the well-formed group opening at {@code open}. */
  private static int skipGroup(List<String> words, int open) {
    int depth = 0;
    for (int k = open;; k++) {
      if (words.get(k).equals("{")) {
        depth++;
      } else if (words.get(k).equals("}") && --depth == 0) {
        return k;
      }
    }
  }

  /** Whether {@code t} is a word or number token: it holds a letter or digit. */
  private static boolean lexical(String t) {
    return !t.isEmpty() && t.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static void digits(List<String> words, int i, String w, String family, List<Candidate> out) {
    String ord = ORDINAL.get(w);
    if (ord != null) {
      out.add(new Candidate(i, 1, ord, LOG10_DIGIT_SMALL, family, Candidate.Origin.RULE));
      return;
    }
    if (w.length() <= 2 && w.chars().allMatch(Character::isDigit)) {
      int v = Integer.parseInt(w);
      // "12 months" for "year" (and "24 months" for "two years" is left to the tables)
      if (v == 12 && i + 1 < words.size() && Lookup.lower(words.get(i + 1)).equals("months")) {
        out.add(new Candidate(i, 2, "year", LOG10_YEAR, family, Candidate.Origin.RULE));
      }
      if (v >= 1 && v <= 9) {
        out.add(new Candidate(i, 1, NUMBER[v], LOG10_DIGIT_SMALL, family, Candidate.Origin.RULE));
      }
    }
  }

  /**
   * Words after a number that make news style write it in digits: percentages, times of day, large amounts and
   * units of measure, abbreviated or not ("4%", "9 am", "5 million", "3 km", "5 quarts", "2 inches": news style
   * writes dimensions, weights and volumes in figures; a clean buying guide's "5 quarts" had been restored "five
   * quarts", and "2 gallons" counted as a spinner's digits). Spans of time ("five weeks") are spelled out.
   */
  private static final Set<String> FOLLOWING_DIGITS = Set.of("%", "percent", "pct", "am", "pm", "a.m.", "p.m.",
      "a.m", "p.m", "million", "billion", "trillion", "km", "kg", "cm", "mm", "mph", "kph", "ft", "lb", "lbs", "oz",
      "mg", "ml", "gb", "mb", "kb", "tb", "ghz", "mhz", "kw", "mw", "°", "°c", "°f", "in.", "qt", "gal", "yd", "yds",
      "inch", "inches", "foot", "feet", "yard", "yards", "mile", "miles", "acre", "acres", "pound", "pounds", "ounce",
      "ounces", "quart", "quarts", "pint", "pints", "gallon", "gallons", "liter", "liters", "litre", "litres", "meter",
      "meters", "metre", "metres", "kilometer", "kilometers", "kilometre", "kilometres", "centimeter", "centimeters",
      "centimetre", "centimetres", "millimeter", "millimeters", "millimetre", "millimetres", "gram", "grams",
      "kilogram", "kilograms", "milligram", "milligrams", "degree", "degrees", "volt", "volts", "watt", "watts",
      "amp", "amps", "x", "×");

  /**
   * Signs and words before a number that make news style write it in digits: money, and a number that names rather
   * than counts ("No. 3", "chapter 2", "section 4", "page 7", "version 5", "Route 9", "game 5", "type 2"); and a
   * number alone in parentheses ("feature_test_macros(7)", "(3)").
   */
  private static final Set<String> PRECEDING_DIGITS = Set.of("$", "£", "€", "¥", "us$", "no.", "nos.", "#", "chapter",
      "section", "page", "pages", "version", "route", "step", "level", "room", "platform", "gate", "article", "figure",
      "fig.", "table", "part", "volume", "vol.", "issue", "episode", "season", "round", "grade", "game", "week",
      "stage", "phase", "category", "type", "terminal", "flight", "lane", "floor", "row", "seat", "unit", "block",
      "district", "ward", "lap", "hole", "match", "act", "scene", "item", "rule", "channel", "track", "apartment",
      "suite", "exhibit", "amendment", "bay", "pier", "berth", "court", "box");

  /**
   * Whether {@code c} is a reading news style allows for numbers: news writes a percentage, a time, a sum of money, a
   * measure or a number that names something in digits ("4%", "9 am", "$5 million", "3 km", "chapter 2") and spells
   * out one to nine elsewhere ("seven passengers"), so a digit there is no spelled number's spinning ("from 9 am" was
   * restored "from nine am", a manual's "feature_test_macros(7)" as "(seven)"), and a number word is digits' spinning
   * only there. Restoring "rose by 4%" as "rose by four%" or "seven passengers" as "7 passengers" (the table has seen
   * "seven" for "7" in a market index's value) broke what the original surely said. A unit written "yr" ({@link
   * #unit}: "km³ yr⁻¹") is kept as it is, and "12 months" is "year" only after a word a year takes ("the past 12
   * months", not "took effect 12 months ago", which had been restored "took effect year ago"); an ordinal before a
   * capitalised word is a name's ("the 2nd Amendment" had been restored "the second Amendment", "1st Cavalry
   * Division" "first Cavalry Division") and stays in digits; "Could" or "Might" before a number is "May" only
   * where it is no modal with the number as its subject ("Could 5 be the answer?", {@link #mayBeMonth}). Every
   * other candidate passes.
   */
  public static boolean newsNumberStyle(List<String> words, Candidate c) {
    if (c.length() == 2 && words.get(c.start()).equals("12") && c.original().equalsIgnoreCase("year")
        && Lookup.lower(words.get(c.start() + 1)).equals("months")) {
      return c.start() > 0 && BEFORE_YEAR.contains(Lookup.lower(words.get(c.start() - 1)));
    }
    if (c.length() != 1) {
      return true;
    }
    String word = words.get(c.start());
    if (mayBeMonth(word) && c.original().equals("May")) {
      return !modalBeforeNumber(words, c.start());
    }
    if (mayBeUnit(word) && unit(words, c.start())) {
      return false; // a unit: "km³ yr⁻¹" is science's, whatever a table says of "yr"
    }
    if (!mayBeNumber(word)) {
      return true; // neither digits nor "one" to "nine": every candidate of nearly every word passes here
    }
    String spun = Lookup.lower(word);
    String original = Lookup.lower(c.original());
    if (ORDINAL.containsKey(spun)) { // "the 2nd Amendment", "1st Cavalry Division": a name's ordinal, as written
      return !(namedAfter(words, c.start() + 1) && isNumberWord(original));
    }
    boolean digits = !spun.isEmpty() && spun.chars().allMatch(Character::isDigit);
    boolean smallWord = SMALL_NUMBERS.contains(spun);
    if (!digits && !smallWord) {
      return true;
    }
    String next = c.start() + 1 < words.size() ? Lookup.lower(words.get(c.start() + 1)) : "";
    String before = c.start() > 0 ? Lookup.lower(words.get(c.start() - 1)) : "";
    if (before.equals(".") && c.start() > 1) { // "No. 1" is read as "No", "."
      before = Lookup.lower(words.get(c.start() - 2)) + ".";
    }
    boolean digitStyle = FOLLOWING_DIGITS.contains(next) || PRECEDING_DIGITS.contains(before)
        || before.equals("(") && next.equals(")") || digits && namedBefore(words, c.start() - 1);
    if (digits) { // "4%" is not "four%"
      return !(digitStyle && isNumberWord(original));
    }
    boolean toDigits = !original.isEmpty() && original.chars().allMatch(Character::isDigit);
    return !toDigits || digitStyle; // "seven passengers" stays, "four percent" may have been "4 percent"
  }

  /**
   * Words before "12 months" where a spinner's "12 months" was "year": a determiner or an adjective that a year takes
   * ("a 12 months earlier", "final 12 months", "the past 12 months", "next school 12 months"). After anything else
   * ("took effect 12 months ago", "about 12 months to finish", a sentence's start) "year" alone would not be English,
   * and "12 months" is the original's.
   */
  private static final Set<String> BEFORE_YEAR = Set.of("a", "the", "this", "that", "last", "final", "past",
      "previous", "next", "coming", "following", "fiscal", "complete", "full", "whole", "entire", "same", "current",
      "each", "every", "per", "first", "calendar", "financial", "school", "academic", "tax", "budget", "election",
      "leap", "its", "his", "her", "their", "our", "my", "your");

  /**
   * Whether the word at {@code i} is a capitalised word inside a sentence, so that digits after it name something
   * ("Game 5", "Category 4", "Terminal 2", "Formula 1", "Windows 10") rather than count: news keeps those in digits
   * ("Game 5" had been restored "Game five", the table having seen "5" written for "five"). A sentence's first word
   * ("In 5 years") says nothing.
   */
  private static boolean namedBefore(List<String> words, int i) {
    if (i < 1) {
      return false;
    }
    String w = words.get(i);
    if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) { // a name's word, or one in capitals ("APOLLO 11")
      return false;
    }
    for (int k = 1; k < w.length(); k++) {
      if (!Character.isLetter(w.charAt(k))) {
        return false;
      }
    }
    return !NameGuard.OPENERS.contains(words.get(i - 1));
  }

  /** Whether {@code word} may be a spinner's "May" that {@link #newsNumberStyle} judges: "Could" or "Might". */
  public static boolean mayBeMonth(String word) {
    return word.equals("Could") || word.equals("Might");
  }

  /**
   * Whether "Could" or "Might" at {@code i}, before a number, is the modal and the number its subject: the word after
   * the number is "be" or "have" ("Could 5 be the answer"), or the sentence begins with it and asks a question
   * ("Could 3 people fit in the car?"). "May 5 be the answer?" had been restored so.
   */
  private static boolean modalBeforeNumber(List<String> words, int i) {
    if (i + 1 >= words.size() || words.get(i + 1).isEmpty() || !Character.isDigit(words.get(i + 1).charAt(0))) {
      return false;
    }
    if (i + 2 < words.size() && (words.get(i + 2).equals("be") || words.get(i + 2).equals("have"))) {
      return true;
    }
    if (i > 0 && !SENTENCE_END.contains(words.get(i - 1)) && !isQuote(words.get(i - 1))) {
      return false;
    }
    for (int k = i + 2; k < words.size(); k++) {
      if (SENTENCE_END.contains(words.get(k))) {
        return words.get(k).equals("?");
      }
    }
    return false;
  }

  private static final Set<String> SENTENCE_END = Set.of(".", "!", "?");

  /** Whether the word at {@code i} is a capitalised word, as a name's words are ("Amendment", "Cavalry"). */
  private static boolean namedAfter(List<String> words, int i) {
    if (i >= words.size()) {
      return false;
    }
    String w = words.get(i);
    return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isLetter(w.charAt(1));
  }

  /**
   * Whether {@code word} may be digits or "one" to "nine", by its first character: what {@link #newsNumberStyle} is
   * about, told cheaply.
   */
  public static boolean mayBeNumber(String word) {
    char first = word.isEmpty() ? ' ' : Character.toLowerCase(word.charAt(0));
    return first >= '0' && first <= '9' || "otfsen".indexOf(first) >= 0;
  }

  private static final Set<String> SMALL_NUMBERS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine");

  private static boolean isNumberWord(String w) {
    for (String n : NUMBER) {
      if (n.equals(w)) {
        return true;
      }
    }
    return ORDINAL.containsValue(w) || w.equals("ten") || w.equals("eleven") || w.equals("twelve");
  }

  /** The US spelling of a lower-case UK spelling, or null when the word has no UK pattern ({@link Spellings#us}). */
  static String usSpelling(String w) {
    return Spellings.us(w);
  }
}
