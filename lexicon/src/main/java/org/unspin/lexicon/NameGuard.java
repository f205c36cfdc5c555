// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unspin.text.Words;

/**
 * Keeps the capitalised words inside a sentence, which are names' ("S&P Global", "Stage Stores", "Fire
 * Protection", "Lorna Road", "Greater China"), from being rewritten through a table entry of lower-case words
 * ("world" -> "global"): restoring clean news by force had written "S&P World" with confidence 0.9995. A spinner does
 * rewrite names (the development pairs have "Huge Heaps" for "Big Lots", "Open Curiosity" for "Open Interest"), so
 * the guard is for the evidence detection weighs (three clean sentences naming "S&P Global" and "Stage Stores" were
 * called spun on them) and for text restored though not called spun (on the user's word, or for a listed phrase),
 * where a name is far likelier the writer's than a spinner's; a text called spun is restored with only its guard on
 * acronyms and numbered names ({@link #spunOf}). The table's case-bearing entries ("Middle East" -> "Center East")
 * and listed phrases still apply; so does every candidate of a sentence's first word or a word after an opening
 * quotation mark, colon or dash (unless a capitalised word follows it: "Stage Stores filed"), of words in capitals
 * and of a headline's words.
 *
 * <p>Stateless.
 *
 * @since 0.1
 */
public final class NameGuard {

  private NameGuard() {}

  /** Tokens after which a capital says nothing of a name: the next word may begin a sentence or a quotation. */
  static final Set<String> OPENERS = Set.of(".", "!", "?", ":", ";", "\"", "“", "‘", "'", "(", "[", "—",
      "–", "-", "•", "*", "|", "…");

  /**
   * {@code channel} with the guard: a candidate for a name's word, or for a span with an acronym in it, must come
   * from a case-bearing entry.
   */
  public static ChannelModel of(ChannelModel channel) {
    return FilteredChannel.of(channel, (words, c) -> keeps(words, c) && keepsAcronyms(words, c),
        (words, i) -> nameWord(words.get(i)) || acronymWithin(words, i));
  }

  /**
   * {@code channel} with the acronyms' part of the guard only, for a text called spun: a word in capitals among
   * lower-case ones ("QMK and VIA, so", "the US dollar") is an acronym, which a spinner leaves (the development pairs
   * have none changed) and a table's lower-case word would turn into a word in capitals ("VIA" had been restored
   * "THROUGH", a product's "SKU" a thesaurus word).
   */
  public static ChannelModel acronymsOf(ChannelModel channel) {
    return FilteredChannel.of(channel, NameGuard::keepsAcronyms, NameGuard::acronymWithin);
  }

  /**
   * {@code channel} with the guard for a text called spun: its acronyms ({@link #acronymsOf}) and its numbered names
   * ({@link #numberedName}: "SEC Form 10-Q", "Chapter 11", "Level 3") keep their words unless a case-bearing entry
   * ("Could" -> "May" before a day number) or a listed phrase rewrites them. Other capitalised words stay open to the
   * table, since the spinner rewrites names ("Huge Heaps" for "Big Lots") and headlines.
   */
  public static ChannelModel spunOf(ChannelModel channel) {
    return FilteredChannel.of(channel, (words, c) -> keepsAcronyms(words, c) && keepsNumberedNames(words, c),
        (words, i) -> acronymWithin(words, i) || numberedNameWithin(words, i));
  }

  /** Whether {@code c} covers no numbered name ({@link #numberedName}), or is a listed phrase or case-bearing entry. */
  static boolean keepsNumberedNames(List<String> words, Candidate c) {
    if (c.origin() == Candidate.Origin.PHRASE_LIST || c.original().isEmpty()
        || Character.isUpperCase(c.original().charAt(0))) {
      return true;
    }
    return !covers(words, c.start(), c.length(), NameGuard::numberedName);
  }

  /** Whether a span starting at {@code i} may cover a numbered name. */
  private static boolean numberedNameWithin(List<String> words, int i) {
    return covers(words, i, SPAN_WORDS, NameGuard::numberedName);
  }

  /**
   * Whether word {@code i} is a numbered name's word: written as a name ({@link #nameWord}) inside a sentence,
   * directly before a token with a digit ("SEC Form 10-Q", "under Chapter 11", "the Level 3 office", "Section
   * 230"). The development pairs' spinner rewrote none but the month "May" (which it writes "Could" before a day
   * number, a case-bearing entry): of eight in their 46 spins, six months kept and two "Could" for "May"; family A's
   * lower-case entries had turned "SEC Form 10-Q" into "SEC Shape 10-Q" and "the Level 3 office" into "the Point 3
   * office". Not a sentence's first word, one after an opening mark or after a word ending in a full stop ("the
   * U.S. Simply 14% of adults", a new sentence the splitter did not see), a possessive, whose number begins the
   * next phrase ("The Corporate's 360 stores", the spun "Company's" of a retailer's release), nor a headline's word
   * ("Bitcoin Rises 5%").
   */
  static boolean numberedName(List<String> words, int i) {
    String w = words.get(i);
    if (i == 0 || i + 1 >= words.size() || !nameWord(w) || !Words.hasDigit(words.get(i + 1))
        || Words.possessive(w)) {
      return false;
    }
    String before = words.get(i - 1);
    return !OPENERS.contains(before) && !before.endsWith(".") && firstLexical(words) != i
        && headlineStart(words) < 0;
  }

  /** Longest span a channel proposes, in words: how far ahead of a position an acronym can be in its span. */
  private static final int SPAN_WORDS = 4;

  /** Whether {@code c} covers no acronym, or is a listed phrase or a case-bearing entry ("US" -> "U.S."). */
  static boolean keepsAcronyms(List<String> words, Candidate c) {
    if (c.origin() == Candidate.Origin.PHRASE_LIST || !c.original().equals(c.original().toLowerCase(Locale.ROOT))) {
      return true;
    }
    return !covers(words, c.start(), c.length(), NameGuard::acronym);
  }

  /** Whether a span starting at {@code i} may cover an acronym. */
  private static boolean acronymWithin(List<String> words, int i) {
    return covers(words, i, SPAN_WORDS, NameGuard::acronym);
  }

  /** A test of word {@code i} of a sentence's {@code words} ({@link #acronym}, {@link #numberedName}). */
  private interface WordTest {
    boolean test(List<String> words, int i);
  }

  /** Whether {@code test} holds for a word of {@code words} in {@code [from, from + length)}. */
  private static boolean covers(List<String> words, int from, int length, WordTest test) {
    for (int k = from; k < Math.min(words.size(), from + length); k++) {
      if (test.test(words, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether word {@code i} is an acronym: two to six letters, all capitals (digits allowed: "MP3"), beside a word in
   * lower case, and not in a run of three words in capitals (a headline in capitals, which the spinner rewrites).
   */
  static boolean acronym(List<String> words, int i) {
    if (!capitals(words.get(i))) {
      return false;
    }
    int run = 1;
    for (int k = i - 1; k >= 0 && capitals(words.get(k)); k--) {
      run++;
    }
    for (int k = i + 1; k < words.size() && capitals(words.get(k)); k++) {
      run++;
    }
    return run < 3 && (lowerWord(words, i, -1) || lowerWord(words, i, 1));
  }

  /** Whether the nearest word to {@code i} in direction {@code step}, punctuation skipped, starts in lower case. */
  private static boolean lowerWord(List<String> words, int i, int step) {
    for (int k = i + step; k >= 0 && k < words.size(); k += step) {
      String w = words.get(k);
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        return Character.isLowerCase(w.charAt(0));
      }
    }
    return false;
  }

  /**
   * Whether {@code w} is written in capitals ({@link Words#inCapitals}) with two to six letters, nothing but letters
   * and digits, eight characters at most.
   */
  private static boolean capitals(String w) {
    if (w.length() > 8 || !Words.inCapitals(w)) {
      return false;
    }
    int letters = 0;
    for (int k = 0; k < w.length(); k++) {
      char ch = w.charAt(k);
      if (!Character.isLetterOrDigit(ch)) {
        return false;
      }
      letters += Character.isLetter(ch) ? 1 : 0;
    }
    return letters <= 6;
  }

  /** Whether candidate {@code c} of the sentence {@code words} passes the guard. */
  public static boolean keeps(List<String> words, Candidate c) {
    int i = c.start();
    if (c.origin() == Candidate.Origin.PHRASE_LIST || c.original().isEmpty()
        || Character.isUpperCase(c.original().charAt(0)) || !nameWord(words.get(i))) {
      return true;
    }
    return !nameAt(words, i);
  }

  /**
   * Whether word {@code i} of a sentence's {@code words} is written as a name's ({@link #nameWord}) where a capital
   * tells a name: inside the sentence, not in a headline, and at its start only before another capitalised word.
   */
  static boolean nameAt(List<String> words, int i) {
    if (!nameWord(words.get(i)) || headlineStart(words) >= 0) {
      return false;
    }
    // a sentence's first word, or one after an opening mark, is capitalised as every such word is: a name only
    // when a capitalised word follows ("Stage Stores filed", "Wonder Woman led")
    boolean opens = i == 0 || OPENERS.contains(words.get(i - 1)) || firstLexical(words) == i;
    return !opens || i + 1 < words.size() && nameWord(words.get(i + 1));
  }

  /** The index of the first word of {@code words} that starts with a letter, else -1. */
  private static int firstLexical(List<String> words) {
    for (int k = 0; k < words.size(); k++) {
      String w = words.get(k);
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        return k;
      }
    }
    return -1;
  }

  /** Whether {@code w} is written as a name is: a capital, then a lower-case letter (not an acronym). */
  static boolean nameWord(String w) {
    return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && Character.isLowerCase(w.charAt(1));
  }

  /**
   * The index of the first word (or number) of a headline written in capitals or title case ("MORTGAGE DEMAND
   * PLUMMETS TO NEW THREE-DECADE LOW AS RATES RACE", "Ethereum Funding Charge Suggests Merchants Are Now Bearish":
   * three words or more, three in four of them capitalised), else -1.
   */
  public static int headlineStart(List<String> words) {
    int first = -1;
    int lexical = 0;
    int capitalised = 0;
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
        first = first < 0 ? i : first; // "1000'S OF ..." begins with its number, not with "OF"
      }
      if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
        continue;
      }
      first = first < 0 ? i : first;
      lexical++;
      capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
    }
    return lexical >= 3 && capitalised * 4 >= lexical * 3 ? first : -1;
  }
}
