// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.unspin.thesaurus.Relation;
import org.unspin.thesaurus.WordNet;

/**
 * The channel of spinner family {@value #FAMILY}: a WordNet synonym spinner, the crude kind junk-SEO sites run, which
 * replaces a word by another member of one of its WordNet synsets, or an adjective by one WordNet calls similar
 * ("bill" -> "measure", "hearing" -> "proceeding", "in" -> "successful", "on" -> "connected"), function words
 * included, so that "as" becomes the element "arsenic", "at" "astatine", "be" "beryllium". Its model needs no
 * learned table: the originals of a spun word are its WordNet neighbours (synset members and adjectives related by
 * similar-to, also-see and pertainym pointers, re-inflected), ranked by news frequency, the first {@value #LIMIT}
 * sharing the open channel's thesaurus mass ({@link SynonymSource#DEFAULT_MASS}), and every word is kept with
 * probability {@value #KEEP}. A capitalised word inside a sentence is a name the spinner leaves alone. Candidates
 * carry origin {@link Candidate.Origin#RULE}: they are this family's model, so they do not pay the decoder's
 * open-vocabulary penalty. (With a mass of 0.25, the rest of the keep probability, three family-A spins of the
 * unpaired set explained themselves better as this spinner than as A: a WordNet channel explains much of any
 * thesaurus spin. With 0.05 only the one real W spin does, by 69 in log10 against A's -18; the next best W ratio
 * of a spin is 7, against A's 118; docs/benchmarks.md.)
 *
 * <p>The detector scores this family only to name the spinner of a text it already calls spun and that the learned
 * families do not explain ({@code Detector.withAttribution}; it is no part of the calibrated features), so adding it
 * changes no verdict. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WordNetSpinner implements CandidateSource {

  /** The family's name. */
  public static final String FAMILY = "W";

  /**
   * The probability that the spinner keeps a word: about three in four, as the one real sample of this spinner in
   * the development set kept 205 of its 282 words.
   */
  public static final double KEEP = 0.75;

  /** How many WordNet neighbours of a spun word are candidates. */
  public static final int LIMIT = 30;

  private static final Set<Relation> SIMILAR = EnumSet.of(Relation.SIMILAR_TO, Relation.ALSO_SEE, Relation.PERTAINYM);

  private final SynonymSource neighbours;
  private final WordNet wordNet;

  private WordNetSpinner(SynonymSource neighbours, WordNet wordNet) {
    this.neighbours = neighbours;
    this.wordNet = wordNet;
  }

  /**
   * The family's channel over {@code wordNet}, its neighbours ranked by {@code frequencies} (news and Brown counts,
   * {@link WordCounts#newsAndBrown}).
   */
  public static ChannelModel channel(WordNet wordNet, Map<String, Double> frequencies) {
    java.util.function.Function<String, Collection<String>> related = t -> {
      Set<String> s = new LinkedHashSet<>(wordNet.synonyms(t));
      s.addAll(wordNet.related(t, SIMILAR));
      return s;
    };
    SynonymSource src = SynonymSource.ranked(related, wordNet::contains,
        t -> o -> Math.log(frequencies.getOrDefault(o, 0.0) + 1), LIMIT, SynonymSource.DEFAULT_MASS);
    return new SourceChannel(FAMILY, List.of(new WordNetSpinner(src, wordNet)), Map.of(), KEEP);
  }

  @Override
  public void propose(List<String> words, int i, String family, List<Candidate> out) {
    if (SynonymSource.isName(words, i, 1)) {
      return; // a capitalised word inside a sentence
    }
    List<Candidate> found = new ArrayList<>();
    neighbours.propose(words, i, family, found);
    for (Candidate c : found) {
      // a letter is no word the spinner replaced: WordNet lists "A", "T", "G" and "C" beside the bases, and
      // "adenine, thymine, guanine and cytosine" had been restored as "a, t, g and c" at confidence 1.000 (the one
      // real sample of this spinner keeps every "a")
      // and an acronym is written as WordNet writes it: "deoxyribonucleic acid" had been restored as "dna" ("Dna" at
      // a sentence start)
      if (c.original().length() > 1) {
        out.add(new Candidate(c.start(), c.length(), wordNet.written(c.original()), c.log10Channel(), c.family(),
            Candidate.Origin.RULE));
      }
    }
  }
}
