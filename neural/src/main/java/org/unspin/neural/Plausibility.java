// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.unspin.thesaurus.Form;
import org.unspin.thesaurus.Morphology;
import org.unspin.thesaurus.Terms;
import org.unspin.thesaurus.Thesaurus;

/**
 * Whether a masked-LM prediction is a plausible original of the spun words it would replace: a synonym spinner
 * only swaps words for thesaurus neighbours, so a prediction that is merely fluent ("said" for "denied") is not an
 * original. Accepted links: a thesaurus synonym in either direction; the same through lemmas when both words
 * share an inflected form ("mentioned" -> "said": mention ~ say, both past); a near link of the thesaurus
 * (WordNet similar-to, derivation...); a morphological relative (same lemma, another form).
 *
 * <p>Immutable and thread-safe when the thesaurus and morphology are.
 *
 * @since 0.1
 */
public final class Plausibility {

  /** Why a prediction is plausible. */
  public enum Link {
    /** A synonym of the spun words in the thesaurus. */
    SYNONYM,
    /** A synonym of a lemma of the spun word, in a form the spun word also has. */
    LEMMA_SYNONYM,
    /** A near link in the thesaurus (WordNet similar-to, also-see, derivation...). */
    RELATED,
    /** The same lemma in another form. */
    MORPHOLOGY
  }

  private final Thesaurus thesaurus;
  private final Morphology morphology;
  private final Thesaurus strong;

  Plausibility(Thesaurus thesaurus, Morphology morphology, Thesaurus strong) {
    this.thesaurus = Objects.requireNonNull(thesaurus, "thesaurus");
    this.morphology = morphology;
    this.strong = strong;
  }

  /**
   * A filter over {@code thesaurus}, with {@code morphology} for lemma links (may be null: then only surface
   * synonyms and near links count). Every link counts as strong ({@link #strong}).
   */
  public static Plausibility of(Thesaurus thesaurus, Morphology morphology) {
    return new Plausibility(thesaurus, morphology, null);
  }

  /**
   * Like {@link #of(Thesaurus, Morphology)}, where only synonyms in {@code strong} (such as WordNet, whose synsets
   * are senses, against Moby's looser lists) are {@link #strong} links.
   */
  public static Plausibility of(Thesaurus thesaurus, Morphology morphology, Thesaurus strong) {
    return new Plausibility(thesaurus, morphology, Objects.requireNonNull(strong, "strong"));
  }

  /**
   * Whether {@code original} is a synonym of {@code spun} in the strong thesaurus, directly or through their
   * lemmas; always true when there is none. Masked-LM proposals with only a weak link (a Moby neighbour: "settled"
   * for "falls", "quarter" for "year") replaced words the original had more often than they restored one.
   */
  public boolean strong(String original, String spun) {
    if (strong == null) {
      return true;
    }
    String o = Terms.normalize(original);
    String s = Terms.normalize(spun);
    return synonyms(strong, o, s)
        || morphology != null && lemmaSynonyms(strong, morphology.lemmas(s), morphology.lemmas(o));
  }

  /** Whether {@code t} lists {@code a} and {@code b} as synonyms, in either entry. */
  private static boolean synonyms(Thesaurus t, String a, String b) {
    return t.synonyms(b).contains(a) || t.synonyms(a).contains(b);
  }

  /** Whether a lemma of one word and a different lemma of the other are synonyms in {@code t}. */
  private static boolean lemmaSynonyms(Thesaurus t, Set<String> spunLemmas, Set<String> originalLemmas) {
    for (String a : spunLemmas) {
      Set<String> syn = t.synonyms(a);
      for (String b : originalLemmas) {
        if (!a.equals(b) && (syn.contains(b) || t.synonyms(b).contains(a))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the thesaurus knows {@code spun} (or one of its lemmas): only then can a prediction be linked to it. */
  public boolean knows(String spun) {
    String s = Terms.normalize(spun);
    if (thesaurus.contains(s)) {
      return true;
    }
    if (morphology != null) {
      for (String l : morphology.lemmas(s)) {
        if (thesaurus.contains(l)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether the thesaurus has the phrase {@code spun} (several words) as an entry of its own. */
  public boolean knowsPhrase(String spun) {
    return thesaurus.contains(Terms.normalize(spun));
  }

  /**
   * The phrase {@code spun} (several words) with one of its words replaced by one of that word's lemmas
   * ("making use of" -> "make use of"), as entries the thesaurus has; empty without morphology. Each is returned
   * with the index of the word replaced.
   */
  List<Map.Entry<String, Integer>> phraseLemmas(String spun) {
    List<Map.Entry<String, Integer>> out = new ArrayList<>();
    if (morphology == null) {
      return out;
    }
    String[] w = Terms.normalize(spun).split(" ");
    if (w.length < 2) {
      return out;
    }
    for (int i = 0; i < w.length; i++) {
      for (String l : morphology.lemmas(w[i])) {
        if (l.equals(w[i])) {
          continue;
        }
        String[] v = w.clone();
        v[i] = l;
        String phrase = String.join(" ", v);
        if (thesaurus.contains(phrase)) {
          out.add(Map.entry(phrase, i));
        }
      }
    }
    return out;
  }

  /** Whether the thesaurus has the phrase {@code spun}, or it with one word in a lemma form ({@link #phraseLemmas}). */
  public boolean knowsPhraseForm(String spun) {
    return knowsPhrase(spun) || !phraseLemmas(spun).isEmpty();
  }

  /**
   * A link of the one word {@code original} to the phrase {@code spun} through the phrase's lemma form: a lemma of
   * the original is a synonym of {@link #phraseLemmas} of the phrase, and the original shares an inflected form with
   * the phrase's word replaced ("applying" for "making use of": apply ~ make use of, both -ing). Empty when there is
   * none; {@link Link#LEMMA_SYNONYM} when there is.
   */
  public Optional<Link> phraseLink(String original, String spun) {
    return phraseLink(thesaurus, original, spun) ? Optional.of(Link.LEMMA_SYNONYM) : Optional.empty();
  }

  /** Whether {@link #phraseLink} holds in the strong thesaurus (always true when there is none). */
  public boolean strongPhrase(String original, String spun) {
    return strong == null || phraseLink(strong, original, spun);
  }

  private boolean phraseLink(Thesaurus t, String original, String spun) {
    String o = Terms.normalize(original);
    if (morphology == null || o.isEmpty() || o.contains(" ")) {
      return false;
    }
    String[] w = Terms.normalize(spun).split(" ");
    Set<String> ol = new java.util.HashSet<>(morphology.lemmas(o));
    ol.add(o);
    for (Map.Entry<String, Integer> e : phraseLemmas(spun)) {
      if (!sharedForm(w[e.getValue()], o)) {
        continue;
      }
      for (String l : ol) {
        if (synonyms(t, l, e.getKey())) {
          return true;
        }
      }
    }
    return false;
  }

  /** How {@code original} is linked to {@code spun}, or empty when it is no plausible original of it. */
  public Optional<Link> link(String original, String spun) {
    String o = Terms.normalize(original);
    String s = Terms.normalize(spun);
    if (o.isEmpty() || s.isEmpty() || o.equals(s)) {
      return Optional.empty();
    }
    if (synonyms(thesaurus, o, s)) {
      return Optional.of(Link.SYNONYM);
    }
    if (morphology != null) {
      Set<String> sl = morphology.lemmas(s);
      Set<String> ol = morphology.lemmas(o);
      for (String l : sl) {
        if (ol.contains(l)) {
          return Optional.of(Link.MORPHOLOGY);
        }
      }
      if (sharedForm(s, o) && lemmaSynonyms(thesaurus, sl, ol)) {
        return Optional.of(Link.LEMMA_SYNONYM);
      }
    }
    if (thesaurus.related(s).contains(o) || thesaurus.related(o).contains(s)) {
      return Optional.of(Link.RELATED);
    }
    return Optional.empty();
  }

  private boolean sharedForm(String a, String b) {
    Set<Form> fa = EnumSet.noneOf(Form.class);
    for (Morphology.Analysis x : morphology.analyses(a)) {
      fa.add(x.form());
    }
    for (Morphology.Analysis x : morphology.analyses(b)) {
      if (fa.contains(x.form())) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "Plausibility[" + thesaurus.name().toLowerCase(Locale.ROOT) + "]";
  }
}
