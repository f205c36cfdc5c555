// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unspin.text.CasePattern;
import org.unspin.text.Words;

/**
 * A table's entries where a word of the spun span carries a clitic ('s, 're, 've, 'll, 'd, n't; straight or curly
 * apostrophe), which the tokenizer keeps inside the word ("here's", "they'd", "isn't"), so that an exact lookup of
 * the span misses it:
 * <ul>
 *   <li>on the span's last word, the span is looked up with the word's host and the clitic is put back on the
 *       original's last word: with "here" -> "right here", "Right here's" gives "here's"; with "company" -> "firm",
 *       "firm's" gives "company's" (n't only where the original's last word is an auxiliary: "mightn't" gives
 *       "couldn't" with "could" -> "might");
 *   <li>on the span's first word, the clitic is the word it stands for ('d: would or had, 's: is or has, 're: are,
 *       've: have, 'll: will, n't: not) and begins the span after the host, which is kept: with "were" -> "had been",
 *       "they'd been" gives "they were"; with "would appear" -> "will seem", "it'll seem" gives "it would appear".
 * </ul>
 * A spinner replaces the words of its table wherever they are written; a clitic is a word the tokenizer does not
 * split off. Stateless.
 */
final class Clitics {

  private Clitics() {}

  /** Auxiliaries that take n't: the hosts of n't, and the originals it is put back on. */
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "do", "does", "did", "have",
      "has", "had", "can", "could", "will", "would", "shall", "should", "may", "might", "must", "need", "dare");

  /**
   * A word split into its host and clitic.
   *
   * @param host the word without the clitic, canonical apostrophes, case as written ("can" for "can't")
   * @param clitic the clitic in lower case with a straight apostrophe ("'s", "n't")
   * @param stands the words the clitic stands for, in lower case ("would", "had" for "'d")
   */
  record Split(String host, String clitic, List<String> stands) {}

  /** {@code word} split into its host and clitic, or null where it carries none. */
  static Split split(String word) {
    if (!hasApostrophe(word)) {
      return null; // most words are passed over at once
    }
    String canon = Words.canonical(word);
    int apostrophe = canon.lastIndexOf('\'');
    if (apostrophe < 1) {
      return null;
    }
    String lower = canon.toLowerCase(Locale.ROOT);
    String clitic = lower.substring(apostrophe);
    if (clitic.equals("'t") && lower.charAt(apostrophe - 1) == 'n') {
      String host = canon.substring(0, apostrophe - 1);
      String base = switch (host.toLowerCase(Locale.ROOT)) {
        case "ca" -> host + "n";
        case "wo" -> host.charAt(0) + (Character.isUpperCase(host.charAt(1)) ? "ILL" : "ill");
        case "sha" -> host + "ll";
        default -> host;
      };
      return AUXILIARIES.contains(base.toLowerCase(Locale.ROOT)) ? new Split(base, "n't", List.of("not")) : null;
    }
    List<String> stands = switch (clitic) {
      case "'s" -> List.of("is", "has");
      case "'re" -> List.of("are");
      case "'ve" -> List.of("have");
      case "'ll" -> List.of("will");
      case "'d" -> List.of("would", "had");
      default -> null;
    };
    String host = canon.substring(0, apostrophe);
    return stands == null || !hasLetter(host) ? null : new Split(host, clitic, stands);
  }

  /** Whether {@code word} has an apostrophe, straight or one that {@link Words#canonical} makes straight. */
  private static boolean hasApostrophe(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC') {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code original} with {@code split}'s clitic on its last word, or null where that word cannot take it (n't on a
   * word that is not an auxiliary, a clitic after a mark).
   */
  static String attach(String original, Split split) {
    int space = original.lastIndexOf(' ');
    String last = original.substring(space + 1);
    if (last.isEmpty() || !Character.isLetterOrDigit(last.charAt(last.length() - 1))) {
      return null;
    }
    String head = original.substring(0, space + 1);
    if (!split.clitic().equals("n't")) {
      return head + last + split.clitic();
    }
    String lower = last.toLowerCase(Locale.ROOT);
    if (!AUXILIARIES.contains(lower)) {
      return null;
    }
    return head + switch (lower) {
      case "can" -> last + "'t";
      case "will" -> last.charAt(0) + "on't";
      case "shall" -> last.substring(0, 3) + "n't";
      default -> last + "n't";
    };
  }

  /**
   * Adds to {@code out} what {@code core} proposes at {@code i} for spans of at most {@code maxTokens} words whose
   * last or first word carries a clitic, read as the class comment says; a word written as a name's inside a
   * sentence ({@link NameGuard#nameAt}: "S&P Global's") only where {@code names}. {@code core} is asked with the words
   * as a view in which one word is changed, so that what it reads around the span is the sentence's.
   */
  static void propose(CandidateSource core, int maxTokens, boolean names, List<String> words, int i, String family,
      List<Candidate> out) {
    int end = Math.min(words.size(), i + maxTokens);
    List<Candidate> found = null;
    for (int j = i; j < end; j++) {
      Split split = split(words.get(j));
      if (split == null || !names && NameGuard.nameAt(words, j)) {
        continue;
      }
      found = found == null ? new ArrayList<>(4) : found;
      found.clear();
      core.propose(replaced(words, j, split.host()), i, family, found);
      for (Candidate c : found) {
        String original = c.start() == i && c.length() == j - i + 1 ? attach(c.original(), split) : null;
        if (original != null) {
          out.add(new Candidate(i, c.length(), original, c.log10Channel(), family, c.origin()));
        }
      }
      if (j == i) {
        // the host as a candidate's original is written: lower case, unless it bears its case ("NATO", "McDonald")
        CasePattern pattern = CasePattern.of(split.host());
        String host = pattern == CasePattern.LOWER || pattern == CasePattern.TITLE ? Lookup.lower(split.host())
            : split.host();
        for (String word : split.stands()) {
          found.clear();
          core.propose(replaced(words, i, word), i, family, found);
          for (Candidate c : found) {
            if (c.start() == i) {
              out.add(new Candidate(i, c.length(), host + " " + c.original(), c.log10Channel(), family,
                  c.origin()));
            }
          }
        }
      }
    }
  }

  /** {@code words} with {@code word} at {@code at}, as a view. */
  private static List<String> replaced(List<String> words, int at, String word) {
    return new AbstractList<>() {
      @Override
      public String get(int k) {
        return k == at ? word : words.get(k);
      }

      @Override
      public int size() {
        return words.size();
      }
    };
  }

  private static boolean hasLetter(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Character.isLetter(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}
