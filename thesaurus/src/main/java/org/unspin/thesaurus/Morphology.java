// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * English inflectional morphology over WordNet: the lemmas of a word form ({@link #analyses}), the form of a lemma
 * ({@link #inflect}), and re-inflection of a replacement like another word ({@link #reinflect}: "officer" like
 * "officials" is "officers", "mention" like "said" is "mentioned").
 *
 * <p>Analysis follows WordNet's morphy: the exception lists ({@code *.exc}) first, then suffix detachment rules,
 * each candidate lemma checked against WordNet's index; a handful of auxiliaries (be, have, do) are built in
 * because WordNet does not list all their forms. Inflection uses the exception lists in reverse (which also give
 * consonant doubling: "stopped", "bigger"), then regular spelling rules. Multi-word lemmas inflect their head: the
 * first word of a verb ("go to" -> "went to"), the last word of a noun ("safety device" -> "safety devices").
 *
 * <p>Words are handled in lower case; callers re-apply case ({@link org.unspin.text.CasePattern}). Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class Morphology {

  /**
   * One reading of a word form.
   *
   * @param lemma the base form
   * @param pos its part of speech
   * @param form which form of the lemma the word is
   */
  public record Analysis(String lemma, PartOfSpeech pos, Form form) {}

  private static final Map<String, List<Analysis>> AUXILIARIES = Map.ofEntries(
      aux("be", "be", Form.BASE), aux("am", "be", Form.BASE), aux("is", "be", Form.THIRD_SINGULAR),
      aux("are", "be", Form.BASE), aux("was", "be", Form.PAST), aux("were", "be", Form.PAST),
      aux("been", "be", Form.PAST_PARTICIPLE), aux("being", "be", Form.PRESENT_PARTICIPLE),
      aux("has", "have", Form.THIRD_SINGULAR), aux("had", "have", Form.PAST, Form.PAST_PARTICIPLE),
      aux("having", "have", Form.PRESENT_PARTICIPLE), aux("does", "do", Form.THIRD_SINGULAR),
      aux("did", "do", Form.PAST), aux("done", "do", Form.PAST_PARTICIPLE),
      aux("doing", "do", Form.PRESENT_PARTICIPLE));

  private static final Map<String, String[]> IRREGULAR_VERBS = Map.of(
      // lemma -> 3sg, past, past participle, -ing
      "be", new String[] {"is", "was", "been", "being"},
      "have", new String[] {"has", "had", "had", "having"},
      "do", new String[] {"does", "did", "done", "doing"},
      "go", new String[] {"goes", "went", "gone", "going"});

  /**
   * Verbs whose past and past participle are the bare form. WordNet's exception lists leave them out, because
   * morphy needs no exception to lemmatise them, so inflection must know them.
   */
  private static final Set<String> UNCHANGED_PAST = Set.of("let", "set", "put", "cut", "hit", "hurt", "cost",
      "read", "shut", "quit", "spread", "bet", "burst", "cast", "split", "thrust", "upset", "broadcast", "forecast",
      "bid", "rid", "shed", "slit", "spit", "wed", "knit", "beset", "offset", "outbid", "reset", "input", "output",
      "typeset", "overcast", "recast", "sublet", "undercut", "fit");

  private static final String[][] NOUN_RULES = {{"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
      {"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"s", ""}};
  private static final String[][] VERB_3SG_RULES = {{"ies", "y"}, {"es", "e"}, {"es", ""}, {"s", ""}};
  private static final String[][] VERB_ED_RULES = {{"ied", "y"}, {"ed", "e"}, {"ed", ""}};
  private static final String[][] VERB_ING_RULES = {{"ying", "ie"}, {"ing", "e"}, {"ing", ""}};
  private static final String[][] ADJ_ER_RULES = {{"ier", "y"}, {"er", "e"}, {"er", ""}};
  private static final String[][] ADJ_EST_RULES = {{"iest", "y"}, {"est", "e"}, {"est", ""}};

  private final WordNet wordNet;

  private Morphology(WordNet wordNet) {
    this.wordNet = wordNet;
  }

  /** English morphology checked against {@code wordNet}'s lemmas and exception lists. */
  public static Morphology english(WordNet wordNet) {
    return new Morphology(wordNet);
  }

  private static Map.Entry<String, List<Analysis>> aux(String word, String lemma, Form... forms) {
    List<Analysis> list = new ArrayList<>();
    for (Form f : forms) {
      list.add(new Analysis(lemma, PartOfSpeech.VERB, f));
    }
    return Map.entry(word, List.copyOf(list));
  }

  /**
   * The readings of {@code word}: inflected readings first (verb, noun, adjective, adverb), then base readings.
   * Empty when WordNet knows no lemma for it (function words, most names).
   */
  public List<Analysis> analyses(String word) {
    String w = Terms.normalize(word);
    Set<Analysis> inflected = new LinkedHashSet<>();
    Set<Analysis> base = new LinkedHashSet<>();
    List<Analysis> auxiliary = AUXILIARIES.get(w);
    if (auxiliary != null) {
      for (Analysis a : auxiliary) {
        (a.form() == Form.BASE ? base : inflected).add(a);
      }
    }
    if (w.isEmpty()) {
      return List.of();
    }
    // Multi-word terms: analyse the head and keep the rest.
    int sp = w.indexOf(' ');
    if (sp > 0 && !wordNet.contains(w)) {
      String head = w.substring(0, sp);
      String rest = w.substring(sp);
      for (Analysis a : analyses(head)) {
        if (a.pos() == PartOfSpeech.VERB && wordNet.contains(a.lemma() + rest, PartOfSpeech.VERB)) {
          (a.form() == Form.BASE ? base : inflected).add(new Analysis(a.lemma() + rest, a.pos(), a.form()));
        }
      }
      int last = w.lastIndexOf(' ');
      String prefix = w.substring(0, last + 1);
      for (Analysis a : analyses(w.substring(last + 1))) {
        if (a.pos() == PartOfSpeech.NOUN && a.form() == Form.PLURAL
            && wordNet.contains(prefix + a.lemma(), PartOfSpeech.NOUN)) {
          inflected.add(new Analysis(prefix + a.lemma(), a.pos(), a.form()));
        }
      }
    }
    // verbs
    for (String b : wordNet.exceptionBases(w, PartOfSpeech.VERB)) {
      for (Form f : verbExceptionForms(w, b)) {
        inflected.add(new Analysis(b, PartOfSpeech.VERB, f));
      }
    }
    if (UNCHANGED_PAST.contains(w)) {
      inflected.add(new Analysis(w, PartOfSpeech.VERB, Form.PAST));
      inflected.add(new Analysis(w, PartOfSpeech.VERB, Form.PAST_PARTICIPLE));
    }
    detach(w, VERB_3SG_RULES, PartOfSpeech.VERB, inflected, Form.THIRD_SINGULAR);
    detach(w, VERB_ED_RULES, PartOfSpeech.VERB, inflected, Form.PAST, Form.PAST_PARTICIPLE);
    detach(w, VERB_ING_RULES, PartOfSpeech.VERB, inflected, Form.PRESENT_PARTICIPLE);
    undouble(w, "ed", inflected, Form.PAST, Form.PAST_PARTICIPLE);
    undouble(w, "ing", inflected, Form.PRESENT_PARTICIPLE);
    // nouns
    for (String b : wordNet.exceptionBases(w, PartOfSpeech.NOUN)) {
      if (!b.equals(w)) {
        inflected.add(new Analysis(b, PartOfSpeech.NOUN, Form.PLURAL));
      }
    }
    detach(w, NOUN_RULES, PartOfSpeech.NOUN, inflected, Form.PLURAL);
    // adjectives and adverbs
    for (PartOfSpeech p : new PartOfSpeech[] {PartOfSpeech.ADJECTIVE, PartOfSpeech.ADVERB}) {
      for (String b : wordNet.exceptionBases(w, p)) {
        if (!b.equals(w)) {
          inflected.add(new Analysis(b, p, w.endsWith("st") ? Form.SUPERLATIVE : Form.COMPARATIVE));
        }
      }
    }
    detach(w, ADJ_ER_RULES, PartOfSpeech.ADJECTIVE, inflected, Form.COMPARATIVE);
    detach(w, ADJ_EST_RULES, PartOfSpeech.ADJECTIVE, inflected, Form.SUPERLATIVE);
    for (PartOfSpeech p : PartOfSpeech.values()) {
      if (wordNet.contains(w, p)) {
        base.add(new Analysis(w, p, Form.BASE));
      }
    }
    List<Analysis> out = new ArrayList<>(inflected);
    for (Analysis a : base) {
      if (!out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  /** The lemmas of {@code word}, most likely first; empty when unknown. */
  public Set<String> lemmas(String word) {
    Set<String> out = new LinkedHashSet<>();
    for (Analysis a : analyses(word)) {
      out.add(a.lemma());
    }
    return out;
  }

  private List<Form> verbExceptionForms(String form, String base) {
    if (form.endsWith("ing")) {
      return List.of(Form.PRESENT_PARTICIPLE);
    }
    if (form.endsWith("s") && !form.endsWith("ss") && form.length() > base.length()
        && form.startsWith(base.substring(0, Math.max(1, base.length() - 1)))) {
      return List.of(Form.THIRD_SINGULAR);
    }
    List<String> pasts = pastForms(base);
    if (pasts.size() >= 2) {
      return isParticipleShape(form) ? List.of(Form.PAST_PARTICIPLE) : List.of(Form.PAST);
    }
    return List.of(Form.PAST, Form.PAST_PARTICIPLE);
  }

  private List<String> pastForms(String base) {
    List<String> out = new ArrayList<>();
    for (String f : wordNet.exceptionForms(base, PartOfSpeech.VERB)) {
      if (!f.endsWith("ing") && !(f.endsWith("s") && f.startsWith(base.substring(0, Math.max(1, base.length() - 1)))
          && f.length() > base.length() && !f.endsWith("ed"))) {
        out.add(f);
      }
    }
    return out;
  }

  private static boolean isParticipleShape(String form) {
    return form.endsWith("en") || form.endsWith("wn") || form.endsWith("ne") || form.endsWith("un")
        || form.endsWith("ung") || form.endsWith("unk") || form.endsWith("orn") || form.endsWith("ain");
  }

  private void detach(String w, String[][] rules, PartOfSpeech pos, Set<Analysis> out, Form... forms) {
    for (String[] r : rules) {
      if (w.endsWith(r[0]) && w.length() > r[0].length() + 1) {
        String b = w.substring(0, w.length() - r[0].length()) + r[1];
        if (!b.equals(w) && wordNet.contains(b, pos)) {
          for (Form f : forms) {
            out.add(new Analysis(b, pos, f));
          }
          return;
        }
      }
    }
  }

  private void undouble(String w, String suffix, Set<Analysis> out, Form... forms) {
    int n = w.length() - suffix.length();
    if (w.endsWith(suffix) && n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && !isVowel(w.charAt(n - 1))) {
      String b = w.substring(0, n - 1);
      if (wordNet.contains(b, PartOfSpeech.VERB)) {
        for (Form f : forms) {
          out.add(new Analysis(b, PartOfSpeech.VERB, f));
        }
      }
    }
  }

  /**
   * {@code lemma} (a word or phrase, lower case) in {@code form}. Forms that do not fit the part of speech
   * (a plural verb) return the lemma unchanged.
   */
  public String inflect(String lemma, PartOfSpeech pos, Form form) {
    String l = Terms.normalize(lemma);
    if (form == Form.BASE || l.isEmpty()) {
      return l;
    }
    int sp = l.indexOf(' ');
    if (sp > 0) {
      if (pos == PartOfSpeech.VERB) {
        return inflect(l.substring(0, sp), pos, form) + l.substring(sp);
      }
      if (pos == PartOfSpeech.NOUN) {
        int last = l.lastIndexOf(' ');
        return l.substring(0, last + 1) + inflect(l.substring(last + 1), pos, form);
      }
      if (form == Form.COMPARATIVE) {
        return "more " + l;
      }
      if (form == Form.SUPERLATIVE) {
        return "most " + l;
      }
      return l;
    }
    switch (pos) {
      case NOUN:
        return form == Form.PLURAL ? plural(l) : l;
      case VERB:
        return verb(l, form);
      case ADJECTIVE:
      case ADVERB:
        return graded(l, pos, form);
      default:
        return l;
    }
  }

  private String plural(String l) {
    for (String f : wordNet.exceptionForms(l, PartOfSpeech.NOUN)) {
      if (!f.equals(l)) {
        return f;
      }
    }
    return sibilantS(l);
  }

  private static String sibilantS(String l) {
    if (l.endsWith("s") || l.endsWith("x") || l.endsWith("z") || l.endsWith("ch") || l.endsWith("sh")) {
      return l + "es";
    }
    if (endsConsonantY(l)) {
      return l.substring(0, l.length() - 1) + "ies";
    }
    return l + "s";
  }

  private String verb(String l, Form form) {
    String[] irregular = IRREGULAR_VERBS.get(l);
    switch (form) {
      case THIRD_SINGULAR:
        if (irregular != null) {
          return irregular[0];
        }
        return l.endsWith("o") && l.length() > 1 && !isVowel(l.charAt(l.length() - 2)) ? l + "es" : sibilantS(l);
      case PAST:
      case PAST_PARTICIPLE: {
        if (irregular != null) {
          return irregular[form == Form.PAST ? 1 : 2];
        }
        if (UNCHANGED_PAST.contains(l)) {
          return l;
        }
        List<String> pasts = pastForms(l);
        for (String f : pasts) {
          if (f.endsWith("ed")) {
            return f;
          }
        }
        if (pasts.size() == 1) {
          return pasts.get(0);
        }
        if (pasts.size() >= 2) {
          for (String f : pasts) {
            if (isParticipleShape(f) == (form == Form.PAST_PARTICIPLE)) {
              return f;
            }
          }
          return pasts.get(0);
        }
        if (l.endsWith("e")) {
          return l + "d";
        }
        if (endsConsonantY(l)) {
          return l.substring(0, l.length() - 1) + "ied";
        }
        return l + "ed";
      }
      case PRESENT_PARTICIPLE: {
        if (irregular != null) {
          return irregular[3];
        }
        for (String f : wordNet.exceptionForms(l, PartOfSpeech.VERB)) {
          if (f.endsWith("ing")) {
            return f;
          }
        }
        if (l.endsWith("ie")) {
          return l.substring(0, l.length() - 2) + "ying";
        }
        if (l.endsWith("e") && l.length() > 2 && !l.endsWith("ee") && !l.endsWith("ye") && !l.endsWith("oe")) {
          return l.substring(0, l.length() - 1) + "ing";
        }
        return l + "ing";
      }
      default:
        return l;
    }
  }

  private String graded(String l, PartOfSpeech pos, Form form) {
    if (form != Form.COMPARATIVE && form != Form.SUPERLATIVE) {
      return l;
    }
    boolean sup = form == Form.SUPERLATIVE;
    for (PartOfSpeech p : EnumSet.of(pos, PartOfSpeech.ADJECTIVE)) {
      for (String f : wordNet.exceptionForms(l, p)) {
        if (f.endsWith("st") == sup) {
          return f;
        }
      }
    }
    boolean shortWord = l.length() <= 5 || (endsConsonantY(l) && l.length() <= 6);
    if (pos == PartOfSpeech.ADVERB && l.endsWith("ly") || !shortWord) {
      return (sup ? "most " : "more ") + l;
    }
    if (l.endsWith("e")) {
      return l + (sup ? "st" : "r");
    }
    if (endsConsonantY(l)) {
      return l.substring(0, l.length() - 1) + (sup ? "iest" : "ier");
    }
    return l + (sup ? "est" : "er");
  }

  /**
   * {@code replacement} (a lemma, lower case) in the form {@code likeWord} has: "officer" like "officials" is
   * "officers", "mention" like "said" is "mentioned", "go to" like "visited" is "went to". The reading of
   * {@code likeWord} is chosen among its inflected readings whose part of speech the replacement has (any, if
   * WordNet does not know the replacement); when there is none, or {@code likeWord} is a base form, the replacement
   * is returned unchanged.
   */
  public String reinflect(String replacement, String likeWord) {
    return reinflect(replacement, likeWord, null);
  }

  /** Like {@link #reinflect(String, String)}, using only readings of {@code likeWord} as {@code pos} (null: any). */
  public String reinflect(String replacement, String likeWord, PartOfSpeech pos) {
    return form(replacement, likeWord, pos).map(a -> inflect(replacement, a.pos(), a.form()))
        .orElse(Terms.normalize(replacement));
  }

  /** The reading of {@code likeWord} that {@link #reinflect(String, String, PartOfSpeech)} would copy. */
  public Optional<Analysis> form(String replacement, String likeWord, PartOfSpeech pos) {
    String r = Terms.normalize(replacement);
    Set<PartOfSpeech> rPos = wordNet.partsOfSpeech(r);
    if (rPos.isEmpty() && r.indexOf(' ') > 0) {
      String head = r.substring(0, r.indexOf(' '));
      rPos = EnumSet.noneOf(PartOfSpeech.class);
      if (wordNet.contains(head, PartOfSpeech.VERB)) {
        rPos.add(PartOfSpeech.VERB);
      }
      String last = r.substring(r.lastIndexOf(' ') + 1);
      if (wordNet.contains(last, PartOfSpeech.NOUN)) {
        rPos.add(PartOfSpeech.NOUN);
      }
    }
    for (Analysis a : analyses(likeWord)) {
      if (a.form() == Form.BASE || (pos != null && a.pos() != pos)) {
        continue;
      }
      if (rPos.isEmpty() || rPos.contains(a.pos())) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  private static boolean endsConsonantY(String l) {
    return l.length() >= 2 && l.endsWith("y") && !isVowel(l.charAt(l.length() - 2));
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }
}
