// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

/**
 * Open-vocabulary fallback candidates from a thesaurus (WordNet, Moby): the neighbours of the spun word, of its
 * lemma re-inflected like it ("officers" -> officer -> official -> "officials", origin
 * {@link Candidate.Origin#MORPHOLOGY}), and of spun phrases of 2 and 3 tokens the thesaurus lists. A thesaurus
 * lists up to hundreds of neighbours, so they are ranked by a word-frequency prior (spinners replace common words
 * with rarer ones) and only the first {@code limit} are kept, each with the low channel probability
 * {@code mass / kept} (default mass {@value #DEFAULT_MASS}). Immutable and thread-safe when the functions are.
 *
 * @since 0.1
 */
public final class SynonymSource implements CandidateSource {

  /** Default total probability given to a span's thesaurus neighbours. */
  public static final double DEFAULT_MASS = 0.05;

  private final Function<String, Collection<String>> synonyms;
  private final Predicate<String> contains;
  private final ToDoubleFunction<String> frequency;
  private final int limit;
  private final double mass;

  SynonymSource(Function<String, Collection<String>> synonyms, Predicate<String> contains,
      ToDoubleFunction<String> frequency, int limit, double mass) {
    if (limit < 1 || !(mass > 0 && mass <= 1)) {
      throw new IllegalArgumentException("limit >= 1 and mass in (0, 1] required");
    }
    this.synonyms = synonyms;
    this.contains = contains;
    this.frequency = frequency;
    this.limit = limit;
    this.mass = mass;
  }

  /**
   * @param synonyms lower-case term to its neighbours (terms may hold spaces)
   * @param contains whether the thesaurus knows a lower-case term
   * @param frequency a prior for ranking neighbours (higher first), e.g. news word counts; ties keep thesaurus
   *     order
   * @param limit how many neighbours to keep per span (default 20)
   * @param mass the total channel probability shared by the kept neighbours, in (0, 1]
   */
  public static SynonymSource create(Function<String, Collection<String>> synonyms, Predicate<String> contains,
      ToDoubleFunction<String> frequency, int limit, double mass) {
    return new SynonymSource(synonyms, contains, frequency, limit, mass);
  }

  @Override
  public void propose(List<String> words, int i, String family, List<Candidate> out) {
    String w = Lookup.lower(words.get(i));
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      return;
    }
    Map<String, Candidate.Origin> found = new LinkedHashMap<>();
    if (contains.test(w)) {
      for (String s : synonyms.apply(w)) {
        found.putIfAbsent(s, Candidate.Origin.THESAURUS);
      }
    }
    for (Inflections.Reading r : Inflections.analyse(w)) {
      if (r.form() == Inflections.Form.BASE || !Inflections.inflect(r.lemma(), r.form()).equals(w)
          || !contains.test(r.lemma())) {
        continue;
      }
      for (String s : synonyms.apply(r.lemma())) {
        if (s.indexOf(' ') < 0) {
          found.putIfAbsent(Inflections.inflect(s, r.form()), Candidate.Origin.MORPHOLOGY);
        }
      }
    }
    found.remove(w);
    emit(found, i, 1, family, out);
    for (int len = 2; len <= 3 && i + len <= words.size(); len++) {
      String phrase = Lookup.join(words, i, i + len, true);
      if (contains.test(phrase)) {
        Map<String, Candidate.Origin> f = new LinkedHashMap<>();
        for (String s : synonyms.apply(phrase)) {
          f.putIfAbsent(s, Candidate.Origin.THESAURUS);
        }
        f.remove(phrase);
        emit(f, i, len, family, out);
      }
    }
  }

  private void emit(Map<String, Candidate.Origin> found, int i, int len, String family, List<Candidate> out) {
    if (found.isEmpty()) {
      return;
    }
    List<Map.Entry<String, Candidate.Origin>> list = new ArrayList<>(found.entrySet());
    if (list.size() > limit) {
      // stable sort keeps thesaurus order among equal frequencies
      list.sort(Comparator.comparingDouble((Map.Entry<String, Candidate.Origin> e) ->
          -frequency.applyAsDouble(e.getKey())));
      list = list.subList(0, limit);
    }
    double log10 = Math.log10(mass / list.size());
    for (Map.Entry<String, Candidate.Origin> e : list) {
      if (TableEntry.tokens(e.getKey()) <= TableEntry.MAX_TOKENS) {
        out.add(new Candidate(i, len, e.getKey(), log10, family, e.getValue()));
      }
    }
  }
}
