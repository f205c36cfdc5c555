// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

/**
 * A candidate original for a span of spun tokens, with the channel probability that the spinner turned that
 * original into the span. Immutable.
 *
 * @param start index of the span's first token, in the word-token list the candidates were asked for
 * @param length number of spun tokens the span covers (1..4)
 * @param original the candidate original wording, tokens separated by single spaces, in lower case unless the
 *     word is case-bearing ("U.S.", "May"); the decoder re-applies the span's case pattern
 * @param log10Channel log10 P(spun span | original) under the family's channel, {@code <= 0}
 * @param family the spinner family whose channel this is ("A", "B", or {@link ChannelModel#OPEN} for
 *     open-vocabulary fallbacks)
 * @param origin where the candidate came from
 * @since 0.1
 */
public record Candidate(int start, int length, String original, double log10Channel, String family, Origin origin) {

  /** Where a candidate came from; fallbacks carry low priors. */
  public enum Origin {
    /** A learned spinner table entry (surface or lemma level). */
    TABLE,
    /**
     * A systematic rule (digits to number words, "yr" to "year", spintax braces, UK to US spelling), or the WordNet
     * spinner's ({@link WordNetSpinner}: a word's WordNet synset mates).
     */
    RULE,
    /** A morphological relative of a table entry ("officers" from "officer"). */
    MORPHOLOGY,
    /** A thesaurus neighbour (WordNet, Moby): open-vocabulary fallback. */
    THESAURUS,
    /**
     * A learned table's entry read backwards ("these" -> "those" gives "those" -> "these"): spinner dictionaries are
     * mostly symmetric, so the open channel offers the direction the table has not seen (at the open channel's prior).
     */
    REVERSE_TABLE,
    /**
     * The rest of a learned table's phrase entry once its first or last words, which the table writes so, are taken
     * off ("another buyer" -> "one other purchaser" gives another -> "one other"): offered by the open channel.
     */
    TABLE_PART,
    /** A user table given with {@code --table}. */
    USER_TABLE,
    /** A tortured-phrase list given with {@code --phrases}. */
    PHRASE_LIST,
    /**
     * A word or short phrase generalised from a {@code --phrases} list: the list's pairs aligned word by word
     * ("profound learning" / "deep learning" gives profound -> deep), for tortured phrases the list does not name.
     */
    PHRASE_WORD,
    /**
     * A pair of thesaurus neighbours the language model knows as a collocation, proposed with a {@code --phrases}
     * list for two words it does not ("arbitrary strolls" -> "random walks"): the list's terms do not name it.
     */
    COLLOCATION,
    /** A masked-LM proposal. */
    NEURAL,
    /**
     * A thesaurus neighbour with the initial an acronym after the span gives it ("customer cost index (CPI)": "cost"
     * -> "price"), {@link AcronymSource}.
     */
    ACRONYM,
    /**
     * What an acronym whose words no longer fit it stands for, from an acronym dictionary ("generation
     * countermeasure network (GAN)" -> "generative adversarial network"), {@link AcronymSource}.
     */
    ACRONYM_EXPANSION;

    /** Whether this origin is a {@code --phrases} list: the whole listed phrase or its words and terms. */
    public boolean fromPhraseList() {
      return this == PHRASE_LIST || this == PHRASE_WORD || this == COLLOCATION;
    }

    /**
     * Whether an edit of this origin tells a tortured phrase in itself: a {@code --phrases} list's ({@link
     * #fromPhraseList}), or an acronym that no longer fits the words it abbreviates ({@link #ACRONYM}, {@link
     * #ACRONYM_EXPANSION}). A short text
     * whose edits are mostly such is restored as one the lists explain.
     */
    public boolean tellsTorturedPhrase() {
      return fromPhraseList() || this == ACRONYM || this == ACRONYM_EXPANSION;
    }
  }

  public Candidate {
    if (length < 1 || start < 0) {
      throw new IllegalArgumentException("bad candidate span " + start + "+" + length);
    }
    if (!(log10Channel <= 0)) {
      throw new IllegalArgumentException("log10Channel must be <= 0: " + log10Channel);
    }
  }

  /** This candidate with another channel log-probability ({@code <= 0}): the same span, original, family and origin. */
  public Candidate withLog10Channel(double log10Channel) {
    return new Candidate(start, length, original, log10Channel, family, origin);
  }
}
