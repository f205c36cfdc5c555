// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.unspin.thesaurus.Form;
import org.unspin.thesaurus.Moby;
import org.unspin.thesaurus.Morphology;
import org.unspin.thesaurus.PartOfSpeech;
import org.unspin.thesaurus.Relation;
import org.unspin.thesaurus.WordNet;

/**
 * A spinner dictionary derived from WordNet 3.1 and Moby, the way a commercial spinner's synonym table looks.
 *
 * <p>For a word in the text it takes the reading WordNet's SemCor counts make most frequent ("said": the past of
 * the verb "say"), and collects substitutes for that lemma and part of speech:
 * <ul>
 *   <li>other members of its main senses (sense 1, and any sense with at least half (style B: a quarter) of the
 *       lemma's tagged uses) that SemCor tagged in that sense or Moby lists as synonyms;
 *   <li>common Moby neighbours of the same part of speech that list the word back and are Moby neighbours of
 *       one of its WordNet synonyms too, ranked by the similarity of their Moby neighbourhoods
 *       ({@link Moby#similarity}), never co-hyponyms of it;
 *   <li>words one lateral WordNet link away (similar-to, derivation, pertainym...) that Moby lists both ways
 *       (style B: either way, and hypernyms and hyponyms too); in style A, common hypernyms and hyponyms that Moby
 *       lists both ways ("official"/"officer");
 * </ul>
 * then drops antonyms, proper names, rare words (style A: SemCor count under {@value #MIN_COUNT_A}), phrases over
 * three words and substitutes that contain the word itself, ranks them (synset members first, common words first
 * in style A; multi-word and rarer ones first in style B) and re-inflects them like the word ("officials" to
 * "officers"). Words WordNet does not know (function words such as "including") take Moby neighbours that list
 * them back and are not content words themselves. A few systematic rules come first: number words to digits,
 * "year" to "12 months"/"yr" (style B: "twelve month period"), the modals "may"/"could" that WordNet lacks; in
 * style B nouns also get "governing administration"-style paraphrases (a derivationally related verb's -ing form
 * plus a synonym).
 *
 * <p>Lookups are memoised; thread-safe.
 *
 * @since 0.1
 */
public final class ThesaurusDictionary implements SpinDictionary {

  static final int MIN_COUNT_A = 3;
  /** How far up WordNet's hierarchy two words may meet and still be told apart as co-hyponyms (hour/week: 3). */
  static final int ANCESTOR_LEVELS = 3;
  /**
   * Moby neighbourhood similarity a Moby-only substitute needs ("fear"/"concern" 0.19, "visit"/"do" 0.09,
   * "price"/"worth" 0.13).
   */
  static final double MIN_MOBY_SIMILARITY = 0.15;
  /** Similarity a Moby-only substitute needs when the word has no WordNet synonyms to confirm it through. */
  static final double MIN_UNANCHORED_SIMILARITY = 0.3;
  /** Similarity a substitute for a word WordNet cannot help with needs ("also"/"additionally" 0.79). */
  static final double MIN_FUNCTION_WORD_SIMILARITY = 0.35;
  private static final int MAX_SUBSTITUTES = 4;

  private static final Set<String> NEVER = Set.of(("a an the and or nor of to in on at by for with from as into onto"
      + " upon than that this these those there here it its he him his she her hers they them their theirs we us our"
      + " ours you your yours i me my mine who whom whose which what when where why how is are was were be been being"
      + " am do does did done has have had having not no yes if so up out off over mr mrs ms dr st one two per via"
      + " vs etc will would shall should can must might").split(" "));

  private static final String[] NUMBER_WORDS = {"three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
      "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
  private static final int[] NUMBER_VALUES = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 30,
      40, 50, 60, 70, 80, 90};

  private final WordNet wordNet;
  private final Moby moby;
  private final Morphology morphology;
  private final SpinStyle style;
  private final Map<String, List<String>> rules;
  private final Map<String, List<String>> memo = new ConcurrentHashMap<>();
  private final Map<String, List<String>> lemmaMemo = new ConcurrentHashMap<>();
  private final Map<Integer, Set<Integer>> ancestorMemo = new ConcurrentHashMap<>();

  private ThesaurusDictionary(WordNet wordNet, Moby moby, Morphology morphology, SpinStyle style) {
    this.wordNet = wordNet;
    this.moby = moby;
    this.morphology = morphology;
    this.style = style;
    this.rules = rules(style);
  }

  /** A dictionary of {@code style} over the given thesauri. */
  public static ThesaurusDictionary create(WordNet wordNet, Moby moby, SpinStyle style) {
    return new ThesaurusDictionary(wordNet, moby, Morphology.english(wordNet), style);
  }

  private static Map<String, List<String>> rules(SpinStyle style) {
    Map<String, List<String>> r = new LinkedHashMap<>();
    for (int i = 0; i < NUMBER_WORDS.length; i++) {
      r.put(NUMBER_WORDS[i], List.of(Integer.toString(NUMBER_VALUES[i])));
    }
    r.put("may", List.of("could"));
    r.put("could", List.of("may"));
    if (style == SpinStyle.A) {
      r.put("year", List.of("12 months", "yr"));
    } else {
      r.put("year", List.of("twelve month period"));
      r.put("years", List.of("twelve month periods"));
      r.put("month", List.of("thirty day period"));
      r.put("months", List.of("thirty day periods"));
      r.put("week", List.of("seven day period"));
      r.put("weeks", List.of("seven day periods"));
    }
    return Map.copyOf(r);
  }

  @Override
  public int maxPhraseWords() {
    return 3;
  }

  @Override
  public List<String> substitutes(String key) {
    return memo.computeIfAbsent(key, this::compute);
  }

  private List<String> compute(String key) {
    List<String> rule = rules.get(key);
    if (rule != null) {
      return rule;
    }
    if (NEVER.contains(key) || key.length() < 3 || !plain(key)) {
      return List.of();
    }
    List<Morphology.Analysis> readings = morphology.analyses(key);
    if (readings.isEmpty()) {
      return key.indexOf(' ') < 0 ? closedClass(key, null) : List.of();
    }
    Morphology.Analysis best = null;
    double bestWeight = -1;
    for (Morphology.Analysis a : readings) {
      if ((a.form() == Form.COMPARATIVE || a.form() == Form.SUPERLATIVE) && !wordNet.partsOfSpeech(key).isEmpty()) {
        continue; // "more", "best": irregular comparatives that are lemmas themselves
      }
      // an inflected reading is likelier than the base reading of the same lemma, unless the forms are the same
      // ("set" reads as the bare verb, not its past)
      double bonus = a.form() == Form.BASE ? 0 : a.lemma().equals(key) ? -0.1 : 0.5;
      double w = wordNet.tagCount(a.lemma(), a.pos()) + bonus;
      if (w > bestWeight) {
        best = a;
        bestWeight = w;
      }
    }
    if (best == null) {
      return key.indexOf(' ') < 0 ? closedClass(key, null) : List.of();
    }
    Morphology.Analysis reading = best;
    List<WordNet.Sense> senses = wordNet.senses(reading.lemma(), reading.pos());
    if (!senses.isEmpty() && wordNet.isCapitalised(reading.lemma(), senses.get(0).synset())) {
      return List.of(); // a name first of all ("China")
    }
    List<String> lemmaSubs = lemmaMemo.computeIfAbsent(reading.lemma() + "|" + reading.pos(),
        k -> lemmaCandidates(reading.lemma(), reading.pos()));
    Set<String> out = new LinkedHashSet<>();
    for (String s : lemmaSubs) {
      String form = morphology.inflect(s, reading.pos(), reading.form());
      if (!form.equals(key)) {
        out.add(form);
      }
    }
    boolean modifier = reading.pos() == PartOfSpeech.ADVERB || reading.pos() == PartOfSpeech.ADJECTIVE;
    if (key.indexOf(' ') < 0 && reading.form() == Form.BASE && modifier
        && (out.isEmpty() || (reading.pos() == PartOfSpeech.ADVERB && maxSimilarity(key, out) < 0.2))) {
      // Adjectives and adverbs WordNet has no usable synonyms for ("more"), and adverbs whose WordNet synonyms
      // Moby hardly relates to them (WordNet's "but" is the adverb "only", not the conjunction): add the Moby
      // neighbours most alike and rank all by that likeness. Nouns and verbs without synonyms stay as they are.
      Set<String> all = new LinkedHashSet<>(out);
      all.addAll(closedClass(key, reading.pos()));
      List<String> ranked = new ArrayList<>(all);
      ranked.sort(Comparator.comparingDouble((String c) -> -moby.similarity(key, c)));
      return List.copyOf(ranked.subList(0, Math.min(MAX_SUBSTITUTES, ranked.size())));
    }
    return List.copyOf(out);
  }

  private static boolean plain(String key) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(Character.isLetter(c) || c == ' ' || c == '-' || c == '\'')) {
        return false;
      }
    }
    return true;
  }

  private List<String> lemmaCandidates(String lemma, PartOfSpeech pos) {
    List<WordNet.Sense> senses = wordNet.senses(lemma, pos);
    if (senses.isEmpty() || wordNet.isCapitalised(lemma, senses.get(0).synset())) {
      return List.of();
    }
    int total = 0;
    for (WordNet.Sense s : senses) {
      total += s.tagCount();
    }
    Set<String> antonyms = wordNet.related(lemma, pos, EnumSet.of(Relation.ANTONYM));
    Set<String> mobySyn = moby.synonyms(lemma);
    Map<String, Double> score = new LinkedHashMap<>();
    for (int k = 0; k < senses.size(); k++) {
      WordNet.Sense sense = senses.get(k);
      boolean main = k == 0 || (total > 0 && sense.tagCount() * (style == SpinStyle.A ? 2 : 4) >= total);
      if (!main) {
        continue;
      }
      for (String w : sense.synset().words()) {
        if (w.equals(lemma) || wordNet.isCapitalised(w, sense.synset())) {
          continue;
        }
        int inSense = wordNet.tagCount(w, sense.synset());
        if (style == SpinStyle.A && inSense == 0 && !mobySyn.contains(w)) {
          continue;
        }
        double s = 3 + Math.log10(1 + inSense) + (mobySyn.contains(w) ? 1 : 0);
        score.merge(w, s, Math::max);
      }
    }
    // Style A: only lateral links (similar-to, derivation...) that Moby confirms both ways; style B also walks
    // the hierarchy and takes one-way Moby confirmation.
    Set<Relation> links = style == SpinStyle.A ? Relation.LATERAL : Relation.NEAR;
    for (String r : wordNet.related(lemma, pos, links)) {
      boolean mutual = moby.listsEachOther(lemma, r);
      if (!(mutual || (style == SpinStyle.B && mobySyn.contains(r)))
          || !(wordNet.contains(r, pos) || r.indexOf(' ') > 0)) {
        continue;
      }
      score.merge(r, mutual ? 2.0 : 1.0, Math::max);
    }
    // Moby neighbours that list the word back, have its part of speech and are common, ranked by how many
    // neighbours they share with it ("price"/"worth", "level"/"stage")
    Set<Integer> above = hypernyms(senses, total);
    Set<String> anchors = new LinkedHashSet<>(wordNet.related(lemma, pos,
        EnumSet.of(Relation.SIMILAR_TO, Relation.ALSO_SEE, Relation.VERB_GROUP, Relation.PERTAINYM)));
    for (int k = 0; k < senses.size(); k++) {
      if (k == 0 || (total > 0 && senses.get(k).tagCount() * 4 >= total)) {
        anchors.addAll(senses.get(k).synset().words());
      }
    }
    anchors.remove(lemma);
    for (String c : mobySyn) {
      if (c.indexOf(' ') >= 0 || !wordNet.contains(c, pos) || wordNet.tagCount(c, pos) < 10
          || !moby.listsEachOther(lemma, c) || score.containsKey(c)) {
        continue;
      }
      double sim = moby.similarity(lemma, c);
      boolean confirmed = anchors.isEmpty() ? sim >= MIN_UNANCHORED_SIMILARITY : anchored(c, anchors);
      if (confirmed && sim >= MIN_MOBY_SIMILARITY && !sibling(c, pos, above, synsetIds(senses))) {
        score.put(c, 0.5 + 3 * sim);
      }
    }
    int minCount = style == SpinStyle.A ? MIN_COUNT_A : 0;
    List<String> kept = new ArrayList<>();
    Map<String, Double> ranked = new LinkedHashMap<>();
    for (Map.Entry<String, Double> e : score.entrySet()) {
      String w = e.getKey();
      int words = w.split(" ").length;
      int count = wordNet.tagCount(w, pos);
      if (antonyms.contains(w) || words > 3 || !plain(w) || sharesWord(w, lemma)
          || (words == 1 && count < minCount) || wordNet.isProperName(w, pos)) {
        continue;
      }
      double s = e.getValue();
      if (style == SpinStyle.A) {
        s += Math.log10(1 + count) - 0.7 * (words - 1);
      } else {
        s += 1.5 * (words - 1) - 0.3 * Math.log10(1 + count);
      }
      ranked.put(w, s);
    }
    ranked.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX_SUBSTITUTES).forEach(e -> kept.add(e.getKey()));
    if (style == SpinStyle.B && pos == PartOfSpeech.NOUN) {
      String paraphrase = derivedParaphrase(lemma, kept);
      if (paraphrase != null) {
        kept.add(0, paraphrase);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * Whether Moby links {@code c} to one of the word's WordNet synonyms or lateral relatives too: a second,
   * independent path from the word to the substitute ("worth" is Moby's neighbour of "price" and of its WordNet
   * synonym "cost"; "sun" is Moby's neighbour of "hour" but of none of "hr", "time of day"). Anchors come from the
   * word's main senses and near-synonym links (not derivations: "trip" the journey and "foot" meet at the verb
   * "travel"). A word without any needs {@value #MIN_UNANCHORED_SIMILARITY} similarity instead
   * ("company"/"corporation" 0.46, "trip"/"foot" 0.22).
   */
  private boolean anchored(String c, Set<String> anchors) {
    Set<String> cn = moby.synonyms(c);
    for (String a : anchors) {
      if (cn.contains(a)) {
        return true;
      }
    }
    return false;
  }

  private double maxSimilarity(String key, Set<String> cands) {
    double max = 0;
    for (String c : cands) {
      max = Math.max(max, moby.similarity(key, c));
    }
    return max;
  }

  /** The ancestors up to {@value #ANCESTOR_LEVELS} levels up of the main senses of a lemma. */
  private Set<Integer> hypernyms(List<WordNet.Sense> senses, int total) {
    Set<Integer> out = new java.util.HashSet<>();
    for (int k = 0; k < senses.size(); k++) {
      WordNet.Sense sense = senses.get(k);
      if (k == 0 || (total > 0 && sense.tagCount() * 4 >= total)) {
        out.addAll(ancestors(sense.synset()));
      }
    }
    return out;
  }

  private Set<Integer> ancestors(WordNet.Synset synset) {
    return ancestorMemo.computeIfAbsent(synset.id(), id -> computeAncestors(synset));
  }

  private Set<Integer> computeAncestors(WordNet.Synset synset) {
    Set<Integer> out = new java.util.HashSet<>();
    List<WordNet.Synset> level = List.of(synset);
    for (int depth = 0; depth < ANCESTOR_LEVELS; depth++) {
      List<WordNet.Synset> next = new ArrayList<>();
      for (WordNet.Synset x : level) {
        for (WordNet.Synset h : parents(x)) {
          if (out.add(h.id())) {
            next.add(h);
          }
        }
      }
      level = next;
    }
    return out;
  }

  /** Hypernyms; for adjectives, the head adjectives a satellite is similar to ("chromatic" for "red", "blue"). */
  private List<WordNet.Synset> parents(WordNet.Synset synset) {
    if (synset.pos() == PartOfSpeech.ADJECTIVE) {
      return wordNet.pointers(synset, Relation.SIMILAR_TO);
    }
    List<WordNet.Synset> out = new ArrayList<>(wordNet.pointers(synset, Relation.HYPERNYM));
    out.addAll(wordNet.pointers(synset, Relation.INSTANCE_HYPERNYM));
    return out;
  }

  /**
   * Whether {@code c} (in any of its first six senses) is an ancestor of the lemma or shares an ancestor up to
   * {@value #ANCESTOR_LEVELS} levels up with it: "day" and "week" for "hour", "blue" for "red" are not substitutes.
   */
  private boolean sibling(String c, PartOfSpeech pos, Set<Integer> lemmaAncestors, Set<Integer> lemmaSynsets) {
    List<WordNet.Sense> cs = wordNet.senses(c, pos);
    for (int k = 0; k < Math.min(6, cs.size()); k++) {
      WordNet.Synset syn = cs.get(k).synset();
      if (lemmaAncestors.contains(syn.id())) {
        return true;
      }
      Set<Integer> up = ancestors(syn);
      if (!java.util.Collections.disjoint(up, lemmaSynsets)) {
        continue; // a kind of the lemma ("officer" for "official") is fine
      }
      for (int a : up) {
        if (lemmaAncestors.contains(a)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Set<Integer> synsetIds(List<WordNet.Sense> senses) {
    Set<Integer> out = new java.util.HashSet<>();
    for (WordNet.Sense s : senses) {
      out.add(s.synset().id());
    }
    return out;
  }

  /** "governing administration" for "government": the -ing form of a related verb plus a one-word synonym. */
  private String derivedParaphrase(String lemma, List<String> synonyms) {
    String syn = null;
    for (String s : synonyms) {
      if (s.indexOf(' ') < 0) {
        syn = s;
        break;
      }
    }
    if (syn == null) {
      return null;
    }
    for (String v : wordNet.related(lemma, PartOfSpeech.NOUN, EnumSet.of(Relation.DERIVATION))) {
      if (v.indexOf(' ') < 0 && wordNet.tagCount(v, PartOfSpeech.VERB) > 0 && !sharesWord(v, syn)) {
        return morphology.inflect(v, PartOfSpeech.VERB, Form.PRESENT_PARTICIPLE) + " " + syn;
      }
    }
    return null;
  }

  private static boolean sharesWord(String a, String b) {
    for (String x : a.split("[ -]")) {
      for (String y : b.split("[ -]")) {
        if (x.length() > 2 && (x.equals(y) || (y.length() > 3 && x.startsWith(y)) || (x.length() > 3
            && y.startsWith(x)))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Words WordNet cannot help with (function words, adverbs without synonyms): Moby neighbours whose own
   * neighbourhoods are much like the word's ("also": "additionally", "but": "however"), one or two words long, not
   * nouns or verbs when the word is neither, and never hypernyms or co-hyponyms of it.
   */
  private List<String> closedClass(String key, PartOfSpeech pos) {
    Set<Integer> above = pos == null ? Set.of() : hypernyms(wordNet.senses(key, pos), 0);
    Set<PartOfSpeech> keyPos = wordNet.partsOfSpeech(key);
    List<String> cands = new ArrayList<>();
    Map<String, Double> sim = new java.util.HashMap<>();
    for (String c : moby.synonyms(key)) {
      if (c.split(" ").length > 2 || NEVER.contains(c) || !plain(c) || sharesWord(c, key)) {
        continue;
      }
      Set<PartOfSpeech> p = wordNet.partsOfSpeech(c);
      boolean contentOnly = !p.isEmpty() && !p.contains(PartOfSpeech.ADVERB) && !p.contains(PartOfSpeech.ADJECTIVE);
      if (contentOnly && !keyPos.contains(PartOfSpeech.NOUN) && !keyPos.contains(PartOfSpeech.VERB)) {
        continue;
      }
      if (!keyPos.isEmpty() && (p.isEmpty()
          || (style == SpinStyle.A && c.indexOf(' ') < 0 && wordNet.tagCount(c) < MIN_COUNT_A))) {
        continue; // a word WordNet knows takes no unknown or (style A) rare words ("amanuensis")
      }
      double x = moby.similarity(key, c);
      if (x < MIN_FUNCTION_WORD_SIMILARITY
          || (pos != null && sibling(c, pos, above, synsetIds(wordNet.senses(key, pos))))) {
        continue;
      }
      sim.put(c, x);
      cands.add(c);
    }
    cands.sort(Comparator.comparingDouble((String c) -> -sim.get(c)).thenComparing(c -> c));
    return List.copyOf(cands.subList(0, Math.min(MAX_SUBSTITUTES, cands.size())));
  }

}
