// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English inflection for lemma-level table entries: analyses a word into (lemma, form) readings and re-inflects a
 * lemma into a form. Regular suffix rules ("officers" = officer + PLURAL, "announced" = announce + PAST) plus the
 * common irregular verbs and nouns ("said" = say + PAST, "men" = man + PLURAL). Readings may be spurious
 * ("news" = new + PLURAL); callers keep only readings whose lemma they know.
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
    ING
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

  private static final Map<String, List<Reading>> IRREGULAR_READINGS = new HashMap<>();
  private static final Map<String, String> PAST = new HashMap<>();
  private static final Map<String, String> PLURAL = new HashMap<>();

  static {
    for (String[] r : IRREGULAR) {
      PAST.put(r[0], r[1]);
      IRREGULAR_READINGS.computeIfAbsent(r[1], k -> new ArrayList<>()).add(new Reading(r[0], Form.ED));
      if (!r[2].equals(r[1]) && !r[2].equals(r[0])) {
        IRREGULAR_READINGS.computeIfAbsent(r[2], k -> new ArrayList<>()).add(new Reading(r[0], Form.ED));
      }
    }
    for (String[] r : IRREGULAR_PLURAL) {
      PLURAL.put(r[0], r[1]);
      IRREGULAR_READINGS.computeIfAbsent(r[1], k -> new ArrayList<>()).add(new Reading(r[0], Form.S));
    }
  }

  private Inflections() {}

  /**
   * The readings of a lower-case word as an inflected form: those of {@link #analyse} other than BASE whose lemma,
   * inflected again, gives the word back ("officers": officer, S): the readings a word's lemma is looked up
   * under, to re-inflect what is found for it like the word.
   */
  public static List<Reading> inflectedReadings(String w) {
    List<Reading> out = new java.util.ArrayList<>(2);
    for (Reading r : analyse(w)) {
      if (r.form() != Form.BASE && inflect(r.lemma(), r.form()).equals(w)) {
        out.add(r);
      }
    }
    return out;
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
    }
    return List.copyOf(out);
  }

  /** {@code lemma} (lower case) in {@code form}; the regular spelling unless the lemma is a listed irregular. */
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
        return lemma + "ed";
      }
      case ING: {
        if (lemma.endsWith("ie")) {
          return lemma.substring(0, n - 2) + "ying";
        }
        if (last == 'e' && n > 2 && !lemma.endsWith("ee")) {
          return lemma.substring(0, n - 1) + "ing";
        }
        return lemma + "ing";
      }
      default:
        throw new AssertionError(form);
    }
  }

  /**
   * A shared inflected form of two words: the readings (lemmaA, f) and (lemmaB, f) with f not BASE such that
   * {@code inflect(lemmaA, f)} is {@code a} and {@code inflect(lemmaB, f)} is {@code b}, keeping only lemmas that
   * {@code knownLemma} accepts (a vocabulary check that drops spurious stems such as "mentione"); empty when none.
   * The readings with the longer lemmas come first: "making" / "creating" is make / create before mak / create,
   * "stated" state before stat, which the vocabulary knows too (and which {@link #inflect} would wrongly give the
   * same forms, as it doubles no consonant).
   */
  public static List<Reading[]> sharedForms(String a, String b, java.util.function.Predicate<String> knownLemma) {
    List<Reading[]> out = new ArrayList<>();
    for (Reading ra : analyse(a)) {
      if (ra.form() == Form.BASE || !inflect(ra.lemma(), ra.form()).equals(a) || !knownLemma.test(ra.lemma())) {
        continue;
      }
      for (Reading rb : analyse(b)) {
        if (rb.form() == ra.form() && inflect(rb.lemma(), rb.form()).equals(b) && knownLemma.test(rb.lemma())) {
          out.add(new Reading[] {ra, rb});
        }
      }
    }
    out.sort(java.util.Comparator.comparingInt((Reading[] r) -> -(r[0].lemma().length() + r[1].lemma().length())));
    return out;
  }

  /**
   * True when the lower-case word {@code w} is an irregular form that English also writes as a word of its own, with
   * another meaning ("found", "saw", "left", "felt"): its inflected reading is not the only one.
   */
  public static boolean alsoALemma(String w) {
    return ALSO_LEMMAS.contains(w);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }
}
