// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.List;
import java.util.Set;

/**
 * Keeps the capitalised words inside a sentence, which are names' ("S&P Global", "Stage Stores", "Fire
 * Protection", "Lorna Road", "Greater China"), from being rewritten through a table entry of lower-case words
 * ("world" -> "global"): restoring clean news by force had written "S&P World" with confidence 0.9995. A spinner does
 * rewrite names (the development pairs have "Huge Heaps" for "Big Lots", "Open Curiosity" for "Open Interest"), so
 * the guard is for the evidence detection weighs (three clean sentences naming "S&P Global" and "Stage Stores" were
 * called spun on them) and for text restored though not called spun (on the user's word, or for a listed phrase),
 * where a name is far likelier the writer's than a spinner's; a text called spun is restored without it. The table's
 * case-bearing entries ("Middle East" -> "Center East") and listed phrases still apply; so does every candidate of a
 * sentence's first word or a word after an opening quotation mark, colon or dash (unless a capitalised word follows
 * it: "Stage Stores filed"), of words in capitals and of a headline's words.
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

  /** {@code channel} with the guard: a candidate for a name's word must come from a case-bearing entry. */
  public static ChannelModel of(ChannelModel channel) {
    return FilteredChannel.of(channel, NameGuard::keeps, (words, i) -> nameWord(words.get(i)));
  }

  /** Whether candidate {@code c} of the sentence {@code words} passes the guard. */
  public static boolean keeps(List<String> words, Candidate c) {
    int i = c.start();
    if (c.origin() == Candidate.Origin.PHRASE_LIST || c.original().isEmpty()
        || Character.isUpperCase(c.original().charAt(0)) || !nameWord(words.get(i))) {
      return true;
    }
    if (headlineStart(words) >= 0) {
      return true;
    }
    // a sentence's first word, or one after an opening mark, is capitalised as every such word is: a name only
    // when a capitalised word follows ("Stage Stores filed", "Wonder Woman led")
    boolean opens = i == 0 || OPENERS.contains(words.get(i - 1)) || firstLexical(words) == i;
    return opens && !(i + 1 < words.size() && nameWord(words.get(i + 1)));
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
