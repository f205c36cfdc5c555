// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * British and American spellings ("colour" / "color", "organised" / "organized", "centre" / "center",
 * "defence" / "defense", "travelled" / "traveled"), and whether a text is written in British spelling throughout.
 *
 * <p>Some spinners respell a word or two of an American text ("emphasize" -> "emphasise", "while" -> "whilst"),
 * so a UK form in American prose is evidence of spinning ({@link SystematicRules}). A text written in British
 * spelling is not: a newsroom in London writes "recognised", "programme" and "neighbouring" as a matter of
 * course, and the language model, trained mostly on American prose, finds each of them a little surprising. A text
 * {@link #british British} by this test has its UK forms read as the American ones by the language model and no
 * respelling proposed (decode's {@code DocumentIds}). Stateless.
 *
 * @since 0.1
 */
public final class Spellings {

  /** Fewest distinct lower-case UK forms that make a text British: one could be a spinner's respelling. */
  public static final int MIN_BRITISH_FORMS = 2;

  private static final Map<String, String> FIXED = Map.ofEntries(Map.entry("defence", "defense"),
      Map.entry("offence", "offense"), Map.entry("licence", "license"), Map.entry("programme", "program"),
      Map.entry("programmes", "programs"), Map.entry("cheque", "check"), Map.entry("tyre", "tire"),
      Map.entry("grey", "gray"), Map.entry("aluminium", "aluminum"), Map.entry("whilst", "while"),
      Map.entry("amongst", "among"), Map.entry("catalogue", "catalog"), Map.entry("dialogue", "dialog"),
      Map.entry("analyse", "analyze"), Map.entry("analysed", "analyzed"), Map.entry("jewellery", "jewelry"),
      Map.entry("mould", "mold"), Map.entry("plough", "plow"), Map.entry("pyjamas", "pajamas"));
  private static final Map<String, String> FIXED_UK = new java.util.HashMap<>();
  /**
   * UK forms that spinners favour and British writers use only now and then: not read as the mark of a British
   * writer, and proposed for respelling in any text.
   */
  private static final Set<String> HABITS = Set.of("whilst", "amongst");
  private static final Set<String> ISE_WORDS = Set.of("advertise", "exercise", "surprise", "compromise",
      "enterprise", "franchise", "supervise", "televise", "revise", "devise", "comprise", "despise", "disguise",
      "improvise", "premise", "expertise", "merchandise", "chastise", "excise", "incise", "apprise", "precise",
      "concise", "otherwise", "likewise", "clockwise", "paradise", "promise", "raise", "praise", "noise", "poise",
      "cruise", "bruise", "treatise", "demise", "arise", "rise", "wise", "guise", "vise", "anise",
      "reprise", "advise", "surmise", "circumcise", "mise", "exorcise", "porpoise", "tortoise", "turquoise");
  private static final String[] OUR = {"our", "ours", "oured", "ouring", "ourite", "ourites", "ourable"};
  /**
   * The US endings of {@link #OUR} ("or", "ors", ...), made once: {@link #ukForms} had built them for every word it
   * was asked about, with a regular expression for "-ter", about 5% of a sentence restore's allocation.
   */
  private static final String[] OUR_US = java.util.Arrays.stream(OUR).map(s -> "or" + s.substring(3))
      .toArray(String[]::new);
  /** "-tre" / "-tres" at a word's end, for {@link #americanised}. */
  private static final java.util.regex.Pattern TRE_END = java.util.regex.Pattern.compile("tre(s?)$");
  private static final String[][] ISE = {{"isation", "ization"}, {"isations", "izations"}, {"ising", "izing"},
      {"ised", "ized"}, {"ises", "izes"}, {"ise", "ize"}};
  private static final String[][] ELLED = {{"elled", "eled"}, {"elling", "eling"}, {"eller", "eler"}};

  static {
    FIXED.forEach((uk, us) -> FIXED_UK.put(us, uk));
  }

  private Spellings() {}

  /**
   * Whether two different lower-case words are one word in two spellings ("tumour" and "tumor", "behavioural" and
   * "behavioral", "haemoglobin" and "hemoglobin", "programmes" and "programs"): by {@link #us}, or as they read with
   * British spelling's patterns made American. A thesaurus lists such pairs as neighbours, but a spinner does not
   * swap a word for its other spelling, and as evidence they had called clean British abstracts spun.
   */
  public static boolean variants(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    return b.equals(us(a)) || a.equals(us(b)) || americanised(a).equals(americanised(b));
  }

  /**
   * {@link #variants}{@code (a, b)} as a test of {@code b}, with {@code a}'s own forms worked out once: a thesaurus
   * word's neighbours are all tested against it the first time it is ranked.
   */
  public static Predicate<String> variantsOf(String a) {
    String usA = us(a);
    String americanA = americanised(a);
    return b -> !a.equals(b) && (b.equals(usA) || a.equals(us(b)) || americanA.equals(americanised(b)));
  }

  /** {@code w} with British spelling's patterns written as American ones, for {@link #variants}. */
  static String americanised(String w) {
    return treEnd(w.replace("our", "or").replace("ae", "e").replace("oe", "e").replace("yse", "yze")
        .replace("isa", "iza").replace("ise", "ize").replace("isi", "izi").replace("ll", "l").replace("mme", "m")
        .replace("ogue", "og"));
  }

  /**
   * {@code s} with "-tre" / "-tres" at its end written "-ter" / "-ters", as {@link #TRE_END}'s replacement writes it,
   * without a regular expression where {@code s} does not end in a line terminator (before which {@code $} also
   * matches): a matcher for each of a word's neighbours, ranked the first time the word is seen, was 0.57 of the 5.8
   * GB a profile of {@code bench} on real text sampled (docs/benchmarks.md, stop 56).
   */
  static String treEnd(String s) {
    int n = s.length();
    if (s.endsWith("tre")) {
      return s.substring(0, n - 3) + "ter";
    }
    if (s.endsWith("tres")) {
      return s.substring(0, n - 4) + "ters";
    }
    char last = n == 0 ? 'a' : s.charAt(n - 1);
    if (last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029') {
      return TRE_END.matcher(s).replaceAll("ter$1");
    }
    return s;
  }

  /** The US spelling of a lower-case UK spelling, or null when the word has no UK pattern. */
  public static String us(String w) {
    String fixed = FIXED.get(w);
    if (fixed != null) {
      return fixed;
    }
    int n = w.length();
    if (n < 5) {
      return null;
    }
    for (String suffix : OUR) {
      if (w.endsWith(suffix) && n > suffix.length() + 2) {
        String stem = w.substring(0, n - suffix.length());
        if (!stem.endsWith("y") && !stem.endsWith("f") && !stem.endsWith("t") && !stem.endsWith("p")
            && !stem.endsWith("j")) {
          return stem + "or" + suffix.substring(3);
        }
      }
    }
    for (String[] s : ISE) {
      if (w.endsWith(s[0])) {
        String stem = w.substring(0, n - s[0].length());
        if (stem.length() >= 3 && !ISE_WORDS.contains(stem + "ise")) {
          return stem + s[1];
        }
      }
    }
    if (w.endsWith("tre")) {
      return w.substring(0, n - 3) + "ter";
    }
    if (w.endsWith("tres")) {
      return w.substring(0, n - 4) + "ters";
    }
    for (String[] s : ELLED) {
      if (w.endsWith(s[0]) && n > s[0].length() + 2) {
        return w.substring(0, n - s[0].length()) + s[1];
      }
    }
    return null;
  }

  /** Whether the lower-case UK form {@code w} is one spinners favour ("whilst", "amongst"). */
  public static boolean habit(String w) {
    return HABITS.contains(w);
  }

  /** The UK spellings whose US spelling ({@link #us}) is the lower-case {@code w}; unchecked against any vocabulary. */
  static List<String> ukForms(String w) {
    List<String> out = new ArrayList<>(1);
    String fixed = FIXED_UK.get(w);
    if (fixed != null) {
      out.add(fixed);
    }
    int n = w.length();
    for (int i = 0; i < OUR.length; i++) {
      if (w.endsWith(OUR_US[i])) {
        out.add(w.substring(0, n - OUR_US[i].length()) + OUR[i]);
      }
    }
    for (String[] s : ISE) {
      if (w.endsWith(s[1])) {
        out.add(w.substring(0, n - s[1].length()) + s[0]);
      }
    }
    if (w.endsWith("ter")) {
      out.add(w.substring(0, n - 3) + "tre");
    } else if (w.endsWith("ters")) {
      out.add(w.substring(0, n - 4) + "tres");
    }
    for (String[] s : ELLED) {
      if (w.endsWith(s[1])) {
        out.add(w.substring(0, n - s[1].length()) + s[0]);
      }
    }
    for (int i = out.size() - 1; i >= 0; i--) {
      if (!w.equals(us(out.get(i)))) {
        out.remove(i);
      }
    }
    return out;
  }

  /**
   * Whether {@code words} (a text's word tokens as written) are written in British spelling: at least
   * {@value #MIN_BRITISH_FORMS} distinct lower-case UK forms whose US form {@code known} accepts ("recognised",
   * "centre"), more than the distinct lower-case US forms whose UK form it accepts ("recognized", "center"), or as
   * many and more often written. Words with a capital are left out (names: "World Trade Center", "Labour"), and so
   * are the spinners' favourites "whilst" and "amongst" and their US forms. (A British thesis with an American
   * section copied into it, "immunisation" 65 times and "generalised" 32 against "utilized" 3 times and "recognized"
   * once, had been read as American, and its "immunisation" restored as "immunization" ten times.)
   */
  public static boolean british(Iterable<String> words, Predicate<String> known) {
    // each word's kind, looked up once however often it is written (a word of neither kind too)
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    int ukTokens = 0;
    int usTokens = 0;
    for (String word : words) {
      if (word.length() < 4 || !isLowerAscii(word)) {
        continue;
      }
      int kind = seen.computeIfAbsent(word, w -> kind(w, known));
      ukTokens += kind == UK ? 1 : 0;
      usTokens += kind == US ? 1 : 0;
    }
    int uk = 0;
    int us = 0;
    for (int kind : seen.values()) {
      uk += kind == UK ? 1 : 0;
      us += kind == US ? 1 : 0;
    }
    return uk >= MIN_BRITISH_FORMS && (uk > us || uk == us && ukTokens > usTokens);
  }

  private static final int NEITHER = 0;
  private static final int UK = 1;
  private static final int US = 2;

  /** {@link #UK} for a UK form with a known US one, {@link #US} for a US form with a known UK one, else neither. */
  private static int kind(String word, Predicate<String> known) {
    String american = us(word);
    if (american != null && !HABITS.contains(word)) {
      return known.test(american) ? UK : NEITHER;
    }
    if (american == null) {
      for (String form : ukForms(word)) {
        if (!HABITS.contains(form) && known.test(form)) {
          return US;
        }
      }
    }
    return NEITHER;
  }

  private static boolean isLowerAscii(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }
}
