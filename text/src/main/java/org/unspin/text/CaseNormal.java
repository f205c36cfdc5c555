// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

/**
 * A text's lines written in capitals or in title case, rewritten in sentence case, letter for letter (the same
 * length, so every offset into one is an offset into the other). The detector's weights were fitted on text as
 * sentences write it, and read a capitalised word as a name: an evasion trial hid 11 of 20 spun texts by writing them
 * in capitals (the thesaurus evidence, read from lower-case words, fell silent), and 8 of 10 clean texts written in
 * Title Case Every Word were called spun. A line of {@value #MIN_WORDS} words or more is shouted when nine in ten of
 * its letters are capitals, or half its words have capitals after their first letter ("oFFICERS", "oFfIcErS"), and in
 * title case when three in four of its words are capitalised and it has lower-case letters (one under {@value
 * #MIN_TITLE_WORDS} words only in a text of {@value #MIN_TITLE_LINES} such lines or more). A text of one line
 * (a headline checked alone) is rewritten from {@value #ALONE_MIN_WORDS} words. Only Latin letters change case.
 *
 * <p>Stateless.
 *
 * @since 0.1
 */
public final class CaseNormal {

  private CaseNormal() {}

  /** {@code text} with its shouted and title-case lines in sentence case; {@code text} itself when there are none. */
  public static String of(String text) {
    // a text of one line, a headline or a caption checked alone, is judged on its words, not on its case
    boolean alone = oneLine(text);
    int n = text.length();
    java.util.List<int[]> lines = new java.util.ArrayList<>(0); // start, end, kind, words
    int shortTitles = 0;
    for (int start = 0; start < n; ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? n : end;
      int[] k = kind(text, start, end, alone ? ALONE_MIN_WORDS : MIN_WORDS);
      if (k != null) {
        lines.add(new int[] {start, end, k[0], k[1]});
        shortTitles += k[0] == TITLE && k[1] < MIN_TITLE_WORDS ? 1 : 0;
      }
      start = end + 1;
    }
    char[] out = null;
    for (int[] line : lines) {
      // a title-case line under MIN_TITLE_WORDS words is a headline above its article, read as written unless the
      // text is a list of them (an index page, a shop's product titles) or the headline alone
      if (!alone && line[2] == TITLE && line[3] < MIN_TITLE_WORDS && shortTitles < MIN_TITLE_LINES) {
        continue;
      }
      out = out == null ? text.toCharArray() : out;
      rewrite(text, line[0], line[1], line[2] == SHOUTED, out);
    }
    return out == null ? text : new String(out);
  }

  /**
   * Title-case lines of {@value #MIN_WORDS} to {@value #MIN_TITLE_WORDS} words rewritten only when a text has this
   * many: one or two are a spun article's headlines, whose case-bearing spins the spinner table reads as written
   * ("Bitcoin Quick-Time period Holders" -> "Short-Term"); many are a page of headlines or product titles, which had
   * been called spun (P 0.999 for 13 clean headlines; 0.25 in sentence case).
   */
  static final int MIN_TITLE_LINES = 3;

  /** Title-case lines of at least this many words are rewritten however many there are. */
  static final int MIN_TITLE_WORDS = 20;

  /**
   * The fewest words of a line rewritten: a shorter headline stays as written. Restoration reads a headline as a
   * sentence would write it anyway; detection had called clean pages of title-case headlines and product titles of
   * 8-19 words spun (P 0.99-0.999), and let spun lines of 14 words in capitals pass.
   */
  static final int MIN_WORDS = 8;

  private static final int SHOUTED = 1;
  private static final int TITLE = 2;

  /** {kind, words} of the line {@code s[from, to)}, or null when it is neither shouted nor in title case. */
  private static int[] kind(String s, int from, int to, int minWords) {
    int letters = 0;
    int upper = 0;
    int words = 0;
    int capitalised = 0;
    int irregular = 0;
    int lowerWords = 0; // in small letters, and no article, conjunction or preposition (SMALL_WORDS)
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) {
        i++;
        continue;
      }
      int j = wordEnd(s, i, to);
      int wordLetters = 0;
      int wordUpper = 0;
      for (int k = i; k < j; k++) {
        if (Character.isLetter(s.charAt(k))) {
          wordLetters++;
          wordUpper += Character.isUpperCase(s.charAt(k)) ? 1 : 0;
        }
      }
      letters += wordLetters;
      upper += wordUpper;
      words++;
      if (Character.isUpperCase(c) && wordUpper == 1) {
        capitalised++;
      }
      if (wordUpper == 0 && !SMALL_WORDS.contains(s.substring(i, j))) {
        lowerWords++;
      }
      // a capital after the first letter of a word that also has small letters: "oFFICERS", "oFfIcErS" ("iPhone")
      if (wordUpper > 0 && wordUpper < wordLetters && !(wordUpper == 1 && Character.isUpperCase(c))) {
        irregular++;
      }
      i = j;
    }
    if (words < minWords) {
      return null;
    }
    if (upper * 10 >= letters * 9 || irregular * 2 >= words) {
      return new int[] {SHOUTED, words};
    }
    return upper < letters && capitalised * 4 >= words * 3 && lowerWords * LOWER_WORDS_PER <= words
        ? new int[] {TITLE, words} : null;
  }

  /**
   * A title-case line has at most one word in this many in small letters that is not one of {@link #SMALL_WORDS}: a
   * writer of title case capitalises every other word, verbs included. A sentence that names many people or
   * offices has three in four words capitalised too, and its verb and nouns in small letters ("Reps. Jane Doe
   * (D-Ore.), John Roe (R-Ohio) and Ann Poe (R-Iowa) were among the bill's critics."): written in sentence case, its
   * names had become unknown words, and detection called two spun copies of news articles with such a line not spun
   * (docs/benchmarks.md, stop 61).
   */
  static final int LOWER_WORDS_PER = 20;

  /**
   * Words a title-case line writes in small letters: articles, conjunctions and prepositions (as style guides such
   * as Chicago's have them), and the particles of names ("de", "van", "von").
   */
  static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("a", "an", "the", "and", "but", "or", "nor",
      "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "from", "into",
      "onto", "over", "with", "upon", "than", "amid", "amidst", "among", "out", "down", "near", "past", "like", "plus",
      "versus", "about", "above", "across", "after", "against", "along", "around", "before", "behind", "below",
      "beneath", "beside", "between", "beyond", "despite", "during", "except", "inside", "outside", "since",
      "through", "toward", "towards", "under", "until", "till", "within", "without", "de", "del", "della", "der",
      "des", "di", "du", "la", "le", "van", "von", "da", "dos", "e", "y");

  /**
   * The fewest words of a text of one line rewritten, in capitals or title case: a headline, a caption or a teaser
   * checked alone is judged on its words, whatever its case. A news aggregator's trial (192 clean headlines and 148
   * spun ones written for it, each in sentence case, Title Case and capitals) had the same headlines called spun 2
   * and 29 times in sentence case, 16 and 47 times in Title Case (clean ones at P up to 0.999: "Firm" -> "Company"), 0
   * and 16 times in capitals; rewritten, Title Case 2 and 28, capitals 1 and 30.
   */
  static final int ALONE_MIN_WORDS = 3;

  /** Whether {@code text} has exactly one line that is not blank. */
  private static boolean oneLine(String text) {
    int lines = 0;
    for (int start = 0; start < text.length() && lines < 2; ) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      lines += text.substring(start, end).isBlank() ? 0 : 1;
      start = end + 1;
    }
    return lines == 1;
  }

  /** The end of the word that starts at {@code i} (a letter): letters and apostrophes, up to {@code to}. */
  private static int wordEnd(String s, int i, int to) {
    int j = i;
    while (j < to && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '\'' || s.charAt(j) == '\u2019')) {
      j++;
    }
    return j;
  }

  /**
   * Writes {@code s[from, to)} into {@code out} in sentence case. One letter and a dot, an initial ("J. R. R.") or a
   * letter of an abbreviation ("U.S.", "a.m."), is kept as written; the dot after it or after an abbreviation ({@link
   * TokenizedText#isAbbreviation}: "Inc.", "Dr.") starts no sentence, and the word after an initial or a title
   * ({@link #TITLES}: "Dr.") is a name, written capitalised as the title is.
   */
  private static void rewrite(String s, int from, int to, boolean shouted, char[] out) {
    boolean sentenceStart = true;
    boolean name = false;
    for (int i = from; i < to; ) {
      char c = s.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == '.' || c == '!' || c == '?') {
          sentenceStart = true;
        }
        i++;
        continue;
      }
      int j = wordEnd(s, i, to);
      boolean dot = j < to && s.charAt(j) == '.';
      if (dot && j - i == 1) {
        // "U.S." had been "u.S." (the letter lowered, the one after its dot raised), "J. R. R. Tolkien" "j. R. R."
        boolean abbreviation = j + 1 < to && Character.isLetter(s.charAt(j + 1))
            || i - 2 >= from && s.charAt(i - 1) == '.' && Character.isLetter(s.charAt(i - 2));
        name = !abbreviation && Character.isUpperCase(c);
        sentenceStart = false;
        i = j + 1;
        continue;
      }
      String word = dot ? s.substring(i, j).toLowerCase(java.util.Locale.ROOT) : "";
      boolean title = dot && TITLES.contains(word);
      int wordUpper = 0;
      for (int k = i; k < j; k++) {
        wordUpper += Character.isUpperCase(s.charAt(k)) ? 1 : 0;
      }
      // in a shouted line every word; in a title-case line the capitalised words (an acronym stays)
      boolean lower = shouted || Character.isUpperCase(c) && wordUpper == 1;
      boolean pronounI = j - i == 1 && (c == 'I' || c == 'i');
      if (lower) {
        for (int k = i; k < j; k++) {
          char d = s.charAt(k);
          // Latin letters only: a Greek or Cyrillic capital among them is a look-alike ("\u03A4\u0397\u0395" drawn
          // as "THE"), which lower-cased would be read as other letters ("\u03C4\u03B7\u03B5")
          out[k] = d < '\u0250' ? Character.toLowerCase(d) : d;
        }
        if ((sentenceStart || pronounI || name || title) && out[i] < '\u0250') {
          out[i] = Character.toUpperCase(out[i]);
        }
      }
      sentenceStart = false;
      name = title;
      i = dot && TokenizedText.isAbbreviation(word) ? j + 1 : j;
    }
  }

  /** Titles before a name ("Dr. Smith"), written capitalised, as is the name after them. */
  private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep",
      "gov", "gen", "lt", "col", "sgt", "capt", "cmdr", "adm", "rev", "hon", "pres", "supt", "st", "mt");
}
