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
  private final Function<String, ToDoubleFunction<String>> scorer;
  private final int limit;
  private final double mass;

  SynonymSource(Function<String, Collection<String>> synonyms, Predicate<String> contains,
      Function<String, ToDoubleFunction<String>> scorer, int limit, double mass) {
    if (limit < 1 || !(mass > 0 && mass <= 1)) {
      throw new IllegalArgumentException("limit >= 1 and mass in (0, 1] required");
    }
    this.synonyms = synonyms;
    this.contains = contains;
    this.scorer = scorer;
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
    return new SynonymSource(synonyms, contains, q -> frequency, limit, mass);
  }

  /**
   * Like {@link #create(Function, Predicate, ToDoubleFunction, int, double)} with a ranking that may depend on the
   * looked-up term: {@code scorer.apply(term)} scores that term's neighbours (higher first), e.g. log frequency
   * plus a bonus for WordNet synonyms of the term.
   */
  public static SynonymSource ranked(Function<String, Collection<String>> synonyms, Predicate<String> contains,
      Function<String, ToDoubleFunction<String>> scorer, int limit, double mass) {
    return new SynonymSource(synonyms, contains, scorer, limit, mass);
  }

  @Override
  public void propose(List<String> words, int i, String family, List<Candidate> out) {
    String w = Lookup.lower(words.get(i));
    if (w.isEmpty() || !Character.isLetter(w.charAt(0))) {
      return;
    }
    Map<String, Scored> found = new LinkedHashMap<>();
    if (contains.test(w)) {
      ToDoubleFunction<String> score = scorer.apply(w);
      for (String s : synonyms.apply(w)) {
        found.putIfAbsent(s, new Scored(s, score.applyAsDouble(s), Candidate.Origin.THESAURUS));
      }
    }
    for (Inflections.Reading r : Inflections.analyse(w)) {
      if (r.form() == Inflections.Form.BASE || !Inflections.inflect(r.lemma(), r.form()).equals(w)
          || !contains.test(r.lemma())) {
        continue;
      }
      ToDoubleFunction<String> score = scorer.apply(r.lemma());
      for (String s : synonyms.apply(r.lemma())) {
        if (s.indexOf(' ') < 0) {
          String inflected = Inflections.inflect(s, r.form());
          found.putIfAbsent(inflected, new Scored(inflected, score.applyAsDouble(s), Candidate.Origin.MORPHOLOGY));
        }
      }
    }
    found.remove(w);
    emit(found, i, 1, family, out);
    for (int len = 2; len <= 3 && i + len <= words.size(); len++) {
      String phrase = Lookup.join(words, i, i + len, true);
      if (contains.test(phrase)) {
        ToDoubleFunction<String> score = scorer.apply(phrase);
        Map<String, Scored> f = new LinkedHashMap<>();
        for (String s : synonyms.apply(phrase)) {
          f.putIfAbsent(s, new Scored(s, score.applyAsDouble(s), Candidate.Origin.THESAURUS));
        }
        f.remove(phrase);
        emit(f, i, len, family, out);
      }
    }
  }

  private record Scored(String term, double score, Candidate.Origin origin) {}

  private void emit(Map<String, Scored> found, int i, int len, String family, List<Candidate> out) {
    if (found.isEmpty()) {
      return;
    }
    List<Scored> list = new ArrayList<>(found.values());
    if (list.size() > limit) {
      // stable sort keeps thesaurus order among equal scores
      list.sort(Comparator.comparingDouble((Scored e) -> -e.score()));
      list = list.subList(0, limit);
    }
    double log10 = Math.log10(mass / list.size());
    for (Scored e : list) {
      if (TableEntry.tokens(e.term()) <= TableEntry.MAX_TOKENS) {
        out.add(new Candidate(i, len, e.term(), log10, family, e.origin()));
      }
    }
  }
}
