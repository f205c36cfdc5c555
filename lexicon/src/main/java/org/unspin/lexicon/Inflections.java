// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * English inflection for lemma-level table entries: analyses a word into (lemma, form) readings and re-inflects a
 * lemma into a form. Regular suffix rules ("officers" = officer + PLURAL, "announced" = announce + PAST) plus the
 * common irregular verbs and nouns ("said" = say + PAST, "men" = man + PLURAL). Readings may be spurious
 * ("news" = new + PLURAL); callers keep only readings whose lemma they know.
 *
 * <p>The -ed and -ing forms double a final consonant as English spells them: a one-syllable word ending in one vowel
 * and one consonant other than w, x or y doubles it ("snap" -> "snapped", "stop" -> "stopping"), and so does a longer
 * word stressed on its last syllable, which the letters do not show: those listed here ("admit" -> "admitted",
 * "occur" -> "occurring"). Another longer word ending so ("visit", "open", "travel") is written without doubling
 * ("visited", US "traveled"), and either spelling reads as its form ({@link #spells}; "travelled", "equipped");
 * {@link #inflect(String, Form, Predicate)} takes the doubled one where a vocabulary knows only that. A word of four
 * letters or more ending in a vowel and "c" takes a "k" before them ("panic" -> "panicked", "panicking"; "mimic",
 * "traffic", "picnic"), and a verb ending in "o" after a consonant takes -es ("go" -> "goes", "veto" -> "vetoes").
 *
 * <p>Adjectives grade too ({@link Form#ER}, {@link Form#EST}): "big" -> "bigger", "easy" -> "easiest", "large" ->
 * "larger", "good" -> "better"; those readings come only from {@link #gradedReadings}, not {@link #analyse}, as the
 * letters do not tell "bigger" from "killer".
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Inflections {

  /** An inflectional form. */
  public enum Form {
    /** The lemma itself. */
    BASE,
    /** Noun plural or verb third person singular: -s, -es, -ies. */
    S,
    /** Past tense or past participle: -ed, -d, -ied, irregulars. */
    ED,
    /** Present participle: -ing. */
    ING,
    /** Comparative adjective: -er, -r, -ier, irregulars ("better"); read only by {@link #gradedReadings}. */
    ER,
    /** Superlative adjective: -est, -st, -iest, irregulars ("best"); read only by {@link #gradedReadings}. */
    EST
  }

  /** One analysis of a word. */
  public record Reading(String lemma, Form form) {}

  private static final String[][] IRREGULAR = {
    // lemma, past, participle (may equal past)
    {"say", "said", "said"}, {"make", "made", "made"}, {"take", "took", "taken"}, {"give", "gave", "given"},
    {"come", "came", "come"}, {"go", "went", "gone"}, {"get", "got", "gotten"}, {"see", "saw", "seen"},
    {"know", "knew", "known"}, {"think", "thought", "thought"}, {"tell", "told", "told"},
    {"find", "found", "found"}, {"become", "became", "become"}, {"leave", "left", "left"},
    {"feel", "felt", "felt"}, {"bring", "brought", "brought"}, {"begin", "began", "begun"},
    {"keep", "kept", "kept"}, {"hold", "held", "held"}, {"write", "wrote", "written"},
    {"stand", "stood", "stood"}, {"hear", "heard", "heard"}, {"meet", "met", "met"}, {"run", "ran", "run"},
    {"pay", "paid", "paid"}, {"sit", "sat", "sat"}, {"speak", "spoke", "spoken"}, {"lead", "led", "led"},
    {"grow", "grew", "grown"}, {"lose", "lost", "lost"}, {"fall", "fell", "fallen"}, {"send", "sent", "sent"},
    {"build", "built", "built"}, {"spend", "spent", "spent"}, {"win", "won", "won"}, {"buy", "bought", "bought"},
    {"sell", "sold", "sold"}, {"rise", "rose", "risen"}, {"drive", "drove", "driven"}, {"break", "broke", "broken"},
    {"choose", "chose", "chosen"}, {"seek", "sought", "sought"}, {"fight", "fought", "fought"},
    {"teach", "taught", "taught"}, {"catch", "caught", "caught"}, {"draw", "drew", "drawn"},
    {"show", "showed", "shown"}, {"mean", "meant", "meant"}, {"understand", "understood", "understood"},
    {"have", "had", "had"}, {"do", "did", "done"}, {"be", "was", "been"}, {"put", "put", "put"},
    {"set", "set", "set"}, {"cut", "cut", "cut"}, {"let", "let", "let"}, {"hit", "hit", "hit"},
    {"shut", "shut", "shut"}, {"cost", "cost", "cost"}, {"hurt", "hurt", "hurt"}, {"spread", "spread", "spread"},
    {"read", "read", "read"}, {"forecast", "forecast", "forecast"}, {"bet", "bet", "bet"},
    {"strike", "struck", "struck"}, {"throw", "threw", "thrown"}, {"fly", "flew", "flown"},
    {"wear", "wore", "worn"}, {"steal", "stole", "stolen"}, {"eat", "ate", "eaten"}, {"drink", "drank", "drunk"},
    {"sing", "sang", "sung"}, {"swim", "swam", "swum"}, {"ride", "rode", "ridden"}, {"hide", "hid", "hidden"},
    {"shake", "shook", "shaken"}, {"forget", "forgot", "forgotten"}, {"freeze", "froze", "frozen"},
    {"undertake", "undertook", "undertaken"}, {"withdraw", "withdrew", "withdrawn"}, {"arise", "arose", "arisen"},
    {"lend", "lent", "lent"}, {"bend", "bent", "bent"}, {"deal", "dealt", "dealt"}, {"feed", "fed", "fed"},
    {"flee", "fled", "fled"}, {"shoot", "shot", "shot"}, {"slide", "slid", "slid"}, {"stick", "stuck", "stuck"},
    {"swing", "swung", "swung"}, {"hang", "hung", "hung"}, {"light", "lit", "lit"}, {"sleep", "slept", "slept"},
    {"wake", "woke", "woken"}, {"bear", "bore", "borne"}, {"tear", "tore", "torn"}, {"lay", "laid", "laid"},
    {"overtake", "overtook", "overtaken"}, {"oversee", "oversaw", "overseen"}, {"undergo", "underwent", "undergone"},
  };
  private static final String[][] IRREGULAR_PLURAL = {
    {"man", "men"}, {"woman", "women"}, {"child", "children"}, {"person", "people"}, {"foot", "feet"},
    {"tooth", "teeth"}, {"mouse", "mice"}, {"crisis", "crises"}, {"analysis", "analyses"}, {"thesis", "theses"},
    {"criterion", "criteria"}, {"phenomenon", "phenomena"}, {"life", "lives"}, {"wife", "wives"},
    {"knife", "knives"}, {"half", "halves"}, {"leaf", "leaves"}, {"thief", "thieves"}, {"shelf", "shelves"},
    {"spokesman", "spokesmen"}, {"chairman", "chairmen"}, {"businessman", "businessmen"},
  };

  /**
   * Irregular forms that are also words of their own ("found" a company, a "saw", "left" wing, "felt" hats, "rose" the
   * flower): read as the inflection only, they would carry another word's meaning into its other forms.
   */
  private static final Set<String> ALSO_LEMMAS = Set.of("found", "saw", "left", "felt", "bore", "rose", "fell",
      "spoke", "stole", "drove");

  /**
   * Words of more than one syllable stressed on their last, which double their final consonant before -ed and -ing
   * ("admitted", "controlling"); the letters alone do not tell them from "visited" and "opening".
   */
  private static final Set<String> STRESSED_FINAL = Set.of("admit", "commit", "submit", "permit", "omit", "emit",
      "transmit", "remit", "acquit", "outwit", "occur", "recur", "incur", "concur", "prefer", "refer", "defer",
      "confer", "infer", "transfer", "deter", "inter", "abhor", "control", "patrol", "compel", "expel", "propel",
      "repel", "dispel", "excel", "rebel", "regret", "abet", "upset", "reset", "beget", "forget", "begin", "equip",
      "embed", "allot", "kidnap", "format", "program", "unwrap", "overlap", "outstrip", "forbid", "outbid",
      "unplug", "overstep", "overrun", "underpin", "befit", "distil", "instil", "annul", "extol", "unzip");

  /**
   * Verbs ending in "o" whose -s form is -oes ("goes", "does", "vetoes"); a noun ending so may take -s ("photos",
   * "memos"), so the rule is not the suffix's.
   */
  private static final String[][] ES_AFTER_O = {
    {"go", "goes"}, {"do", "does"}, {"undergo", "undergoes"}, {"forgo", "forgoes"}, {"outdo", "outdoes"},
    {"redo", "redoes"}, {"undo", "undoes"}, {"veto", "vetoes"}, {"echo", "echoes"}, {"torpedo", "torpedoes"},
    {"embargo", "embargoes"},
  };

  /**
   * The irregular comparatives and superlatives: lemma, comparative, superlative; the first row of a lemma is the
   * form {@link #inflect} writes. WordNet's adjective exception list ({@code adj.exc}) has the first four rows
   * ("better", "worst"); "further", "more" and "less" it leaves out, so they are listed here as the irregular verbs
   * are. Its regular entries ("bigger", "easier", "freer") are the spelling rules of {@link #graded}.
   */
  private static final String[][] IRREGULAR_GRADED = {
    {"good", "better", "best"}, {"well", "better", "best"}, {"bad", "worse", "worst"}, {"ill", "worse", "worst"},
    {"far", "further", "furthest"}, {"far", "farther", "farthest"}, {"many", "more", "most"},
    {"much", "more", "most"}, {"little", "less", "least"},
  };

  private static final Map<String, List<Reading>> IRREGULAR_READINGS = new HashMap<>();
  private static final Map<String, List<Reading>> GRADED_READINGS = new HashMap<>();
  private static final Map<String, String> COMPARATIVE = new HashMap<>();
  private static final Map<String, String> SUPERLATIVE = new HashMap<>();
  private static final Map<String, String> PAST = new HashMap<>();
  private static final Map<String, String> PARTICIPLE = new HashMap<>();
  private static final Map<String, String> PLURAL = new HashMap<>();

  static {
    for (String[] r : IRREGULAR) {
      PAST.put(r[0], r[1]);
      PARTICIPLE.put(r[0], r[2]);
      IRREGULAR_READINGS.computeIfAbsent(r[1], k -> new ArrayList<>()).add(new Reading(r[0], Form.ED));
      if (!r[2].equals(r[1]) && !r[2].equals(r[0])) {
        IRREGULAR_READINGS.computeIfAbsent(r[2], k -> new ArrayList<>()).add(new Reading(r[0], Form.ED));
      }
    }
    for (String[] r : IRREGULAR_PLURAL) {
      PLURAL.put(r[0], r[1]);
      IRREGULAR_READINGS.computeIfAbsent(r[1], k -> new ArrayList<>()).add(new Reading(r[0], Form.S));
    }
    for (String[] r : ES_AFTER_O) {
      PLURAL.put(r[0], r[1]);
      IRREGULAR_READINGS.computeIfAbsent(r[1], k -> new ArrayList<>()).add(new Reading(r[0], Form.S));
    }
    for (String[] r : IRREGULAR_GRADED) {
      COMPARATIVE.putIfAbsent(r[0], r[1]);
      SUPERLATIVE.putIfAbsent(r[0], r[2]);
      GRADED_READINGS.computeIfAbsent(r[1], k -> new ArrayList<>()).add(new Reading(r[0], Form.ER));
      GRADED_READINGS.computeIfAbsent(r[2], k -> new ArrayList<>()).add(new Reading(r[0], Form.EST));
    }
  }

  private Inflections() {}

  /**
   * The readings of a lower-case word as an inflected form: those of {@link #analyse} other than BASE whose lemma,
   * inflected again, gives the word back ({@link #spells}; "officers": officer, S; "snapped": snap, ED): the readings
   * a word's lemma is looked up under, to re-inflect what is found for it like the word.
   */
  public static List<Reading> inflectedReadings(String w) {
    List<Reading> out = new java.util.ArrayList<>(2);
    for (Reading r : analyse(w)) {
      if (r.form() != Form.BASE && spells(r.lemma(), r.form(), w)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The readings of a lower-case word as an adjective's comparative or superlative whose lemma, graded again, gives
   * the word back ("bigger": big, ER; "easiest": easy, EST; "larger": large, ER; "best": good, EST). Kept apart from
   * {@link #inflectedReadings}: the letters do not tell a comparative from an agent noun ("killer", "owner"), so a
   * caller takes these only where it can tell the lemma is an adjective.
   */
  public static List<Reading> gradedReadings(String w) {
    List<Reading> irr = GRADED_READINGS.get(w);
    if (irr == null && !w.endsWith("er") && !w.endsWith("est")) {
      return List.of(); // most words: asked of every word of a text
    }
    Set<Reading> out = new LinkedHashSet<>();
    if (irr != null) {
      out.addAll(irr);
    }
    for (Form f : new Form[] {Form.ER, Form.EST}) {
      String suffix = f == Form.ER ? "er" : "est";
      int n = w.length() - suffix.length();
      if (n < 2 || !w.endsWith(suffix)) {
        continue;
      }
      String stem = w.substring(0, n);
      List<String> lemmas = new ArrayList<>(4);
      if (stem.endsWith("i")) {
        lemmas.add(stem.substring(0, n - 1) + "y"); // "easier"
      }
      lemmas.add(stem + "e"); // "larger"
      lemmas.add(stem); // "smaller"
      if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && !isVowel(stem.charAt(n - 1))) {
        lemmas.add(stem.substring(0, n - 1)); // "bigger"
      }
      for (String lemma : lemmas) {
        if (!COMPARATIVE.containsKey(lemma) && inflect(lemma, f).equals(w)) {
          out.add(new Reading(lemma, f));
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The reading of two lower-case words as an adjective graded by "more" or "most" ("more massive": massive, ER;
   * "most important": important, EST), where English grades {@code adjective} so ({@link #inflect}: not "more big"),
   * or null. Whether {@code adjective} is one is the caller's to tell.
   */
  public static Reading periphrastic(String first, String adjective) {
    Form f = first.equals("more") ? Form.ER : first.equals("most") ? Form.EST : null;
    return f != null && inflect(adjective, f).equals(first + " " + adjective) ? new Reading(adjective, f) : null;
  }

  /**
   * The one reading of a lower-case word or pair of words as an adjective's comparative or superlative that {@code
   * graded} accepts ({@code graded.test(form, lemma)}: the lemma is an adjective's, not an agent noun's): one word
   * graded by its suffix ({@link #gradedReadings}: "bigger", "best") or "more" or "most" before an adjective English
   * grades so ({@link #periphrastic}: "more massive"); null when none, or more than one.
   */
  public static Reading gradedReading(String w, java.util.function.BiPredicate<String, String> graded) {
    int space = w.indexOf(' ');
    if (space < 0) {
      Reading only = null;
      for (Reading r : gradedReadings(w)) {
        if (graded.test(w, r.lemma())) {
          if (only != null) {
            return null;
          }
          only = r;
        }
      }
      return only;
    }
    Reading r = w.indexOf(' ', space + 1) < 0 ? periphrastic(w.substring(0, space), w.substring(space + 1)) : null;
    return r != null && graded.test(w, r.lemma()) ? r : null;
  }

  /** The readings of a lower-case word, the BASE reading first. Never empty. */
  public static List<Reading> analyse(String w) {
    Set<Reading> out = new LinkedHashSet<>();
    out.add(new Reading(w, Form.BASE));
    List<Reading> irr = IRREGULAR_READINGS.get(w);
    if (irr != null) {
      out.addAll(irr);
    }
    int n = w.length();
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      if (w.endsWith("ies") && n > 4) {
        out.add(new Reading(w.substring(0, n - 3) + "y", Form.S));
      } else if (w.endsWith("es") && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes")
          || w.endsWith("ches") || w.endsWith("shes"))) {
        out.add(new Reading(w.substring(0, n - 2), Form.S));
      }
      if (!w.endsWith("ies") || n <= 4) {
        out.add(new Reading(w.substring(0, n - 1), Form.S));
      }
    }
    if (n > 4 && w.endsWith("ed")) {
      String stem = w.substring(0, n - 2);
      if (w.endsWith("ied")) {
        out.add(new Reading(w.substring(0, n - 3) + "y", Form.ED));
      } else {
        out.add(new Reading(stem + "e", Form.ED));
        out.add(new Reading(stem, Form.ED));
        if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
            && !isVowel(stem.charAt(stem.length() - 1))) {
          out.add(new Reading(stem.substring(0, stem.length() - 1), Form.ED));
        }
        if (takesK(stem.substring(0, stem.length() - 1)) && stem.endsWith("ck")) {
          out.add(new Reading(stem.substring(0, stem.length() - 1), Form.ED)); // "panicked"
        }
      }
    }
    if (n > 5 && w.endsWith("ing")) {
      String stem = w.substring(0, n - 3);
      out.add(new Reading(stem, Form.ING));
      out.add(new Reading(stem + "e", Form.ING));
      if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
          && !isVowel(stem.charAt(stem.length() - 1))) {
        out.add(new Reading(stem.substring(0, stem.length() - 1), Form.ING));
      }
      if (stem.endsWith("y")) {
        out.add(new Reading(stem.substring(0, stem.length() - 1) + "ie", Form.ING));
      }
      if (takesK(stem.substring(0, stem.length() - 1)) && stem.endsWith("ck")) {
        out.add(new Reading(stem.substring(0, stem.length() - 1), Form.ING)); // "panicking"
      }
    }
    return List.copyOf(out);
  }

  /**
   * True when {@code w} is {@code lemma} in {@code form}: {@link #inflect}'s spelling, or, for a word of more than one
   * syllable whose final consonant English may or may not double, the other one ("travelled", "benefitted",
   * "equipped" beside "traveled", "benefited", "equiped").
   */
  public static boolean spells(String lemma, Form form, String w) {
    String regular = inflect(lemma, form);
    return regular.equals(w) || ambiguous(lemma, form) && other(lemma, form, regular).equals(w);
  }

  /**
   * The spellings of {@code lemma} in {@code form} that {@link #spells} accepts: {@link #inflect}'s, then the other
   * one where English may or may not double the final consonant ("traveled", "travelled").
   */
  public static List<String> spellings(String lemma, Form form) {
    String regular = inflect(lemma, form);
    return ambiguous(lemma, form) ? List.of(regular, other(lemma, form, regular)) : List.of(regular);
  }

  /**
   * {@code lemma} in {@code form} as {@link #inflect(String, Form)} spells it, except that a word of more than one
   * syllable whose final consonant English may double takes the other spelling where {@code known} knows only that
   * one ("equip": "equipped", not "equiped").
   */
  public static String inflect(String lemma, Form form, Predicate<String> known) {
    String regular = inflect(lemma, form);
    if (!ambiguous(lemma, form) || known.test(regular)) {
      return regular;
    }
    String other = other(lemma, form, regular);
    return known.test(other) ? other : regular;
  }

  /**
   * {@code lemma} (lower case) in {@code form}; the regular spelling unless the lemma is a listed irregular, with the
   * final consonant doubled before -ed and -ing where English doubles it (see the class comment).
   */
  public static String inflect(String lemma, Form form) {
    int n = lemma.length();
    if (n == 0) {
      return lemma;
    }
    char last = lemma.charAt(n - 1);
    switch (form) {
      case BASE:
        return lemma;
      case S: {
        String irr = PLURAL.get(lemma);
        if (irr != null) {
          return irr;
        }
        if (lemma.equals("be")) {
          return "is";
        }
        if (lemma.equals("have")) {
          return "has";
        }
        if (last == 'y' && n > 1 && !isVowel(lemma.charAt(n - 2))) {
          return lemma.substring(0, n - 1) + "ies";
        }
        if (last == 's' || last == 'x' || last == 'z' || lemma.endsWith("ch") || lemma.endsWith("sh")) {
          return lemma + "es";
        }
        return lemma + "s";
      }
      case ED: {
        String irr = PAST.get(lemma);
        if (irr != null) {
          return irr;
        }
        if (last == 'e') {
          return lemma + "d";
        }
        if (last == 'y' && n > 1 && !isVowel(lemma.charAt(n - 2))) {
          return lemma.substring(0, n - 1) + "ied";
        }
        if (takesK(lemma)) {
          return lemma + "ked";
        }
        return doubles(lemma) ? lemma + last + "ed" : lemma + "ed";
      }
      case ING: {
        if (lemma.endsWith("ie")) {
          return lemma.substring(0, n - 2) + "ying";
        }
        if (last == 'e' && n > 2 && !lemma.endsWith("ee")) {
          return lemma.substring(0, n - 1) + "ing";
        }
        if (takesK(lemma)) {
          return lemma + "king";
        }
        return doubles(lemma) ? lemma + last + "ing" : lemma + "ing";
      }
      case ER:
      case EST:
        return graded(lemma, form == Form.EST);
      default:
        throw new AssertionError(form);
    }
  }

  /**
   * The past participle of {@code lemma} where it differs from its past ("take": "taken", not "took"; "go": "gone"),
   * else its past as {@link #inflect(String, Form, Predicate)} spells it.
   */
  public static String participle(String lemma, Predicate<String> known) {
    String irr = PARTICIPLE.get(lemma);
    return irr != null ? irr : inflect(lemma, Form.ED, known);
  }

  /**
   * The comparative or superlative of {@code lemma}: the irregulars listed here ("better", "worst"), else -er and
   * -est as English spells them for the adjectives that take them, those of one syllable and those of two ending in
   * -y: the final consonant doubled after one vowel ("big" -> "bigger", "hot" -> "hottest"; not "new" -> "newer"),
   * y after a consonant to i ("easy" -> "easier"), a silent e dropped ("large" -> "larger", "free" -> "freest").
   * Any other adjective is graded by "more" and "most" ("more beautiful"), which no one-word lookup knows.
   */
  private static String graded(String lemma, boolean superlative) {
    String irr = (superlative ? SUPERLATIVE : COMPARATIVE).get(lemma);
    if (irr != null) {
      return irr;
    }
    int n = lemma.length();
    String suffix = superlative ? "est" : "er";
    boolean endsY = n > 2 && lemma.charAt(n - 1) == 'y' && !isVowel(lemma.charAt(n - 2));
    String body = lemma.endsWith("e") ? lemma.substring(0, n - 1) : lemma;
    int syllables = syllables(body);
    if (n < 2 || !(syllables <= 1 || syllables == 2 && endsY)) {
      return (superlative ? "most " : "more ") + lemma;
    }
    if (endsY) {
      return lemma.substring(0, n - 1) + "i" + suffix;
    }
    if (lemma.endsWith("e")) {
      return body + suffix;
    }
    return syllables == 1 && endsShortClosed(lemma) ? lemma + lemma.charAt(n - 1) + suffix : lemma + suffix;
  }

  /** True when {@code lemma} is one of the irregular verbs listed here ("go", "take", "say"). */
  public static boolean irregularVerb(String lemma) {
    return PAST.containsKey(lemma);
  }

  /**
   * A shared inflected form of two words: the readings (lemmaA, f) and (lemmaB, f) with f not BASE such that
   * {@code a} and {@code b} spell ({@link #spells}), keeping only lemmas that {@code knownLemma} accepts (a vocabulary
   * check that drops spurious stems such as "mentione"); empty when none. The readings with the longer lemmas come
   * first: "saying" / "creating" is say / create before say / creat, "stopped" stopp before stop, spellings the
   * suffix rules cannot tell apart and a vocabulary may know both of.
   */
  public static List<Reading[]> sharedForms(String a, String b, java.util.function.Predicate<String> knownLemma) {
    List<Reading[]> out = new ArrayList<>();
    for (Reading ra : analyse(a)) {
      if (ra.form() == Form.BASE || !spells(ra.lemma(), ra.form(), a) || !knownLemma.test(ra.lemma())) {
        continue;
      }
      for (Reading rb : analyse(b)) {
        if (rb.form() == ra.form() && spells(rb.lemma(), rb.form(), b) && knownLemma.test(rb.lemma())) {
          out.add(new Reading[] {ra, rb});
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt((Reading[] r) -> -(r[0].lemma().length() + r[1].lemma().length())));
    return out;
  }

  /**
   * Words after which an -ed form is a participle used as an adjective, not a verb's past: determiners and
   * possessives ("the attempted robbery", "their planned merger") and prepositions ("charged with attempted
   * murder"); "and", "that" and "who" are left out, as a verb follows them ("and attempted to flee").
   */
  private static final Set<String> BEFORE_ADJECTIVE = Set.of("a", "an", "the", "this", "these", "those", "his", "her",
      "its", "their", "our", "your", "my", "any", "some", "every", "each", "no", "another", "of", "for", "with",
      "in", "on", "at", "from", "by", "to", "into", "over", "after", "before", "against", "about", "without",
      "despite", "during", "under", "among", "between", "amid");

  /**
   * The longest word (UTF-16 units, as written) {@link #adjectival} reads before an -ed form: no determiner,
   * preposition, possessive or participle of English is longer, even written with a few invisible characters, and a
   * token of a megabyte (a run of base64 in a page) is neither canonicalised nor scanned, once for each candidate.
   */
  static final int LONGEST_WORD_BEFORE = 64;

  /**
   * True when the word at {@code i} of {@code words}, an -ed form, reads as an adjective by the word before it: a
   * determiner, a possessive or a preposition ("an attempted coup", "the company's planned merger", "charged with
   * attempted murder"), or another -ed form that modifies the noun with it ("alleged attempted armed robbery").
   * Without the part of speech in context, this tells the participle a row of the verb's base form should not reach
   * ("attempt" -> "try" makes "tried to flee", not "the tried robbery").
   */
  public static boolean adjectival(List<String> words, int i) {
    if (i == 0 || words.get(i - 1).length() > LONGEST_WORD_BEFORE) {
      return false;
    }
    String before = org.unspin.text.Words.canonical(words.get(i - 1)).toLowerCase(java.util.Locale.ROOT);
    if (BEFORE_ADJECTIVE.contains(before) || before.endsWith("'s") || before.endsWith("\u2019s")) {
      return true;
    }
    return before.length() > 4 && before.endsWith("ed") && before.chars().allMatch(Character::isLetter);
  }

  /**
   * True when the lower-case word {@code w} is an irregular form that English also writes as a word of its own, with
   * another meaning ("found", "saw", "left", "felt"): its inflected reading is not the only one.
   */
  public static boolean alsoALemma(String w) {
    return ALSO_LEMMAS.contains(w);
  }

  /**
   * True when the lemma ends in one consonant other than w, x or y after one vowel after a consonant ("snap", "quit",
   * "visit"): the words whose final consonant English doubles before -ed and -ing when the last syllable is stressed.
   */
  private static boolean endsShortClosed(String lemma) {
    int n = lemma.length();
    if (n < 3) {
      return false;
    }
    char last = lemma.charAt(n - 1);
    return !isVowel(last) && last != 'w' && last != 'x' && last != 'y' && isVowel(lemma.charAt(n - 2))
        && (!vowelAt(lemma, n - 3) || lemma.charAt(n - 3) == 'u' && n > 3 && lemma.charAt(n - 4) == 'q');
  }

  /** The number of vowel groups of {@code w}, "u" after "q" and a leading "y" not counted: its syllables, about. */
  private static int syllables(String w) {
    int groups = 0;
    boolean in = false;
    for (int i = 0; i < w.length(); i++) {
      boolean v = vowelAt(w, i) && !(w.charAt(i) == 'u' && i > 0 && w.charAt(i - 1) == 'q');
      if (v && !in) {
        groups++;
      }
      in = v;
    }
    return groups;
  }

  private static boolean vowelAt(String w, int i) {
    char c = w.charAt(i);
    return isVowel(c) || c == 'y' && i > 0 && !isVowel(w.charAt(i - 1));
  }

  /**
   * True when the lemma, of four letters or more, ends in a vowel and "c", and so takes a "k" before -ed and -ing
   * ("panicked", "mimicking", "trafficked"); "arc" and "sync" have a consonant before theirs ("arced", "synced").
   */
  private static boolean takesK(String lemma) {
    int n = lemma.length();
    return n >= 4 && lemma.charAt(n - 1) == 'c' && isVowel(lemma.charAt(n - 2));
  }

  /** True when {@link #inflect} doubles the lemma's final consonant before -ed and -ing. */
  private static boolean doubles(String lemma) {
    return endsShortClosed(lemma) && (syllables(lemma) == 1 || STRESSED_FINAL.contains(lemma));
  }

  /** True when English may spell {@code lemma} in {@code form} with its final consonant doubled or not. */
  private static boolean ambiguous(String lemma, Form form) {
    return (form == Form.ED || form == Form.ING) && !PAST.containsKey(lemma) && !takesK(lemma)
        && endsShortClosed(lemma) && syllables(lemma) > 1 && !STRESSED_FINAL.contains(lemma);
  }

  /** The spelling of an {@link #ambiguous} form other than {@code regular} (which is undoubled). */
  private static String other(String lemma, Form form, String regular) {
    return lemma + lemma.charAt(lemma.length() - 1) + regular.substring(lemma.length());
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
