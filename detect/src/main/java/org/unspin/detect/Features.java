// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import java.util.Map;

/**
 * The evidence detection is calibrated on, for one document or paragraph. Immutable.
 *
 * @param words word positions scored (non-whitespace tokens)
 * @param log10Ratios per spinner family, approximate log10 P(text | spun by it) / P(text | not spun), from local
 *     channel and LM evidence ({@link org.unspin.decode.EvidenceScorer})
 * @param bestFamily the family with the highest ratio ("none" when there are no families)
 * @param tableEdits likely edits of the best family that come from its table or rules
 * @param openEdits likely edits under the open-vocabulary channel alone (thesaurus neighbours that fit the context
 *     much better than the word written): the evidence for a spinner no family table describes
 * @param openLog10Ratio the open-vocabulary channel's log10 ratio against "not spun" (the LM gain of its edits)
 * @param spintax leftover spintax groups ("{that a}", "{a|b}")
 * @param oov lower-case words the language model does not know
 * @param lowerWords lower-case words (the denominator of the out-of-vocabulary rate)
 * @param phraseHits likely edits that come from a tortured-phrase list
 * @param contextGain over the known lower-case words, the sum of log10 P_LM(w | history) - log10 P_LM(w): how much
 *     better the language model predicts each word from its context than from its frequency alone. Spinners put
 *     synonyms where the original collocation stood, so spun text gains less from context
 * @param contextWords the words {@code contextGain} sums over
 * @param documentLogit for a paragraph, the log-odds that its whole document is spun (clamped to [-10, 10]): a
 *     paragraph of a spun document is likely spun too; 0 for a document
 * @param shownEdits likely edits of the best family that a span would show at the default settings (a swap of
 *     prepositions or modals only when sure enough, {@link org.unspin.decode.DecoderSettings#minConfidence(String,
 *     String)}), the rules' everyday variants left out ({@link Detector#everydayVariant}); not a feature of the
 *     vector ({@link Calibration#shortSpanless()})
 * @param sentences the sentences with words ({@link #marksPerSentence()})
 * @param marks the commas, semicolons and colons of those sentences
 * @param misfitAcronyms acronyms in parentheses whose words no longer fit them ({@link
 *     org.unspin.lexicon.AcronymSource#misfitDefinitions}): definitions a spinner broke; not a feature of the vector
 *     ({@link Detector#MISFIT_ACRONYMS})
 * @param openShown likely edits of the open-vocabulary channel of at least {@link #OPEN_SHOWN_CONFIDENCE}, a swap of
 *     one preposition or modal verb for another aside: the swaps of a spinner no family table describes that a span
 *     can show ({@link #showsOpenEdits()}); not a feature of the vector
 * @since 0.1
 */
public record Features(
    int words,
    Map<String, Double> log10Ratios,
    String bestFamily,
    int tableEdits,
    int openEdits,
    double openLog10Ratio,
    int spintax,
    int oov,
    int lowerWords,
    int phraseHits,
    double contextGain,
    int contextWords,
    double documentLogit,
    int shownEdits,
    int sentences,
    int marks,
    int misfitAcronyms,
    int openShown) {

  /**
   * The prior of the context gain per word: pseudo-words at about the median gain of clean news, so that a short
   * text, which carries little evidence, is not judged by a handful of words.
   */
  static final double CONTEXT_PRIOR_WORDS = 10;

  /** The context gain per word those pseudo-words have (clean news: median 0.65, originals 0.62). */
  static final double CONTEXT_PRIOR_GAIN = 0.6;

  public Features {
    log10Ratios = Map.copyOf(log10Ratios);
  }

  /** Features without a count of the open channel's sure edits ({@link #showsOpenEdits()} is then false). */
  public Features(int words, Map<String, Double> log10Ratios, String bestFamily, int tableEdits, int openEdits,
      double openLog10Ratio, int spintax, int oov, int lowerWords, int phraseHits, double contextGain,
      int contextWords, double documentLogit, int shownEdits, int sentences, int marks, int misfitAcronyms) {
    this(words, log10Ratios, bestFamily, tableEdits, openEdits, openLog10Ratio, spintax, oov, lowerWords, phraseHits,
        contextGain, contextWords, documentLogit, shownEdits, sentences, marks, misfitAcronyms, 0);
  }

  /** Features without broken acronym definitions. */
  public Features(int words, Map<String, Double> log10Ratios, String bestFamily, int tableEdits, int openEdits,
      double openLog10Ratio, int spintax, int oov, int lowerWords, int phraseHits, double contextGain,
      int contextWords, double documentLogit, int shownEdits, int sentences, int marks) {
    this(words, log10Ratios, bestFamily, tableEdits, openEdits, openLog10Ratio, spintax, oov, lowerWords, phraseHits,
        contextGain, contextWords, documentLogit, shownEdits, sentences, marks, 0);
  }

  /** Features without a count of sentences and their marks ({@link #marksPerSentence()} is then its prior's). */
  public Features(int words, Map<String, Double> log10Ratios, String bestFamily, int tableEdits, int openEdits,
      double openLog10Ratio, int spintax, int oov, int lowerWords, int phraseHits, double contextGain,
      int contextWords, double documentLogit, int shownEdits) {
    this(words, log10Ratios, bestFamily, tableEdits, openEdits, openLog10Ratio, spintax, oov, lowerWords, phraseHits,
        contextGain, contextWords, documentLogit, shownEdits, 0, 0);
  }

  /** Features whose likely edits are all shown: {@code shownEdits} is {@code tableEdits + phraseHits}. */
  public Features(int words, Map<String, Double> log10Ratios, String bestFamily, int tableEdits, int openEdits,
      double openLog10Ratio, int spintax, int oov, int lowerWords, int phraseHits, double contextGain,
      int contextWords, double documentLogit) {
    this(words, log10Ratios, bestFamily, tableEdits, openEdits, openLog10Ratio, spintax, oov, lowerWords, phraseHits,
        contextGain, contextWords, documentLogit, tableEdits + phraseHits);
  }

  /**
   * Whether nothing of this text could be shown for a verdict: no likely edit of its best family that a span would
   * show, no leftover spintax, no listed phrase and no acronym its words no longer fit. Its evidence is then the
   * thesaurus channel's and the context gain's alone, which a clean sentence with one rare word also gives.
   */
  public boolean spanless() {
    return shownEdits == 0 && spintax == 0 && phraseHits == 0 && misfitAcronyms == 0;
  }

  /**
   * The confidence from which a likely edit of the open-vocabulary channel counts as one a span can show
   * ({@link #openShown()}). Chosen with the calibration data's texts of 100 words or more with nothing else to show
   * (docs/benchmarks.md, stop 56): at 0.7, a clean chapter of Moby-Dick the weights put at P 0.80 had 12 such edits
   * (and clean texts up to 12); at 0.9 it has 2, clean texts at most 5 (all under P 0.4), and the three held-out
   * spins the cap of a text with nothing to show had cut to P 0.064 have 3-6.
   */
  public static final double OPEN_SHOWN_CONFIDENCE = 0.9;

  /**
   * The fewest sure open-channel edits ({@link #openShown()}) of a text that {@link #showsOpenEdits()}: at 5, two of
   * those three held-out spins stay cut (docs/benchmarks.md, stop 56). The margin is thin: one of them has 3, and a
   * clean poem of 141 words had 3 before a preposition's swap was left out of the count.
   */
  public static final int OPEN_SHOWN_EDITS = 3;

  /**
   * Whether the open-vocabulary channel has something to show for a verdict: {@value #OPEN_SHOWN_EDITS} or more of
   * its likely edits of {@link #OPEN_SHOWN_CONFIDENCE} or more ({@link #openShown()}), thesaurus neighbours that fit
   * their context far better than the words written: the swaps of a spinner whose table no family knows.
   */
  public boolean showsOpenEdits() {
    return openShown >= OPEN_SHOWN_EDITS;
  }

  /** Pseudo-sentences of {@link #MARKS_PRIOR} marks each that {@link #marksPerSentence()} starts from. */
  static final double MARKS_PRIOR_SENTENCES = 2;

  /** Commas, semicolons and colons per sentence of the prior: clean news has about one (median 1.06). */
  static final double MARKS_PRIOR = 1;

  /**
   * The most marks a sentence {@link #marksPerSentence()} counts: a list of names or figures is not more prose for it,
   * and a text's punctuation alone must not outweigh strong evidence of spinning (a trial's comma-rich spun copies
   * of 3-8 marks a sentence had been let go).
   */
  static final double MARKS_CAP = 3;

  /**
   * The marks per sentence that count nothing ({@link #marksPerSentence()}): nine in ten clean news articles and
   * their spun copies write fewer (clean news median 1.06, 90th percentile 1.9 before shrinking).
   */
  static final double MARKS_FREE = 1.5;

  /**
   * Commas, semicolons and colons per sentence beyond {@value #MARKS_FREE}, shrunk towards {@value #MARKS_PRIOR} by
   * {@value #MARKS_PRIOR_SENTENCES} pseudo-sentences and capped at {@value #MARKS_CAP}: the feature {@code
   * marksPerSentence}. Clauses per sentence mark a register: news and its spun copies write about one (median 1.0-1.1),
   * 19th-century and literary prose two to three ({@code Moby-Dick} 2.6), whose rare words and long periods the
   * language model finds as unfamiliar as a spinner's output. A spinner keeps the punctuation of what it copies. 0 for
   * the texts of news' register, so that only the others are weighed by it.
   */
  public double marksPerSentence() {
    double rate = (marks + MARKS_PRIOR * MARKS_PRIOR_SENTENCES) / (sentences + MARKS_PRIOR_SENTENCES);
    return Math.max(0, Math.min(MARKS_CAP, rate) - MARKS_FREE);
  }

  /** The context gain per word, shrunk towards the prior: the feature {@code contextGainPerWord}. */
  public double contextGainPerWord() {
    return (contextGain + CONTEXT_PRIOR_GAIN * CONTEXT_PRIOR_WORDS) / (contextWords + CONTEXT_PRIOR_WORDS);
  }

  /**
   * Length beyond which the length feature stops growing: the fitted texts are news articles and excerpts of at most
   * a few hundred words, and a positive length weight would otherwise call any long document (a paper, a manual)
   * spun on its length alone.
   */
  public static final int MAX_LENGTH_WORDS = 500;

  /**
   * The fewest words the per-word features and the length are taken over: a text under this many words (a heading, a
   * caption, a phrase) is judged as if the rest of them were there carrying no evidence. The weights are fitted on
   * texts of at least this many words (the shortest excerpts), and two words' rates are no evidence of a rate: "3.2
   * Method", a heading with one thesaurus edit, had twice the per-word evidence of any fitted text, and was "spun"
   * at 0.9999.
   */
  public static final int MIN_RATE_WORDS = 8;

  /** The best family's log10 ratio (0 when there are no families). */
  public double bestLog10Ratio() {
    Double r = log10Ratios.get(bestFamily);
    return r == null ? 0 : r;
  }

  /**
   * The feature vector the logistic model uses, in the order of {@link Calibration#FEATURES}: bias, log10 ratio per
   * word, table edits per word, open edits per word, open log10 ratio per word, spintax groups (capped at 3),
   * out-of-vocabulary rate, tortured-phrase hits per word, log10(words + 1) with words capped at
   * {@value #MAX_LENGTH_WORDS}, the total log10 ratio clamped to [-50, 50] / 10, the context gain per word (shrunk
   * towards {@value #CONTEXT_PRIOR_GAIN} by {@value #CONTEXT_PRIOR_WORDS} pseudo-words), and the document log-odds
   * (paragraphs only), then the clause marks per sentence ({@link #marksPerSentence()}). The per-word features and
   * the length are taken over {@value #MIN_RATE_WORDS} words at least.
   */
  public double[] vector() {
    double w = Math.max(MIN_RATE_WORDS, words);
    double ratio = bestLog10Ratio();
    return new double[] {
      1,
      ratio / w,
      tableEdits / w,
      openEdits / w,
      openLog10Ratio / w,
      Math.min(3, spintax),
      lowerWords == 0 ? 0 : (double) oov / (lowerWords + Math.max(0, MIN_RATE_WORDS - words)),
      phraseHits / w,
      Math.log10(Math.max(MIN_RATE_WORDS, Math.min(words, MAX_LENGTH_WORDS)) + 1.0),
      Math.max(-50, Math.min(50, ratio)) / 10,
      contextGainPerWord(),
      documentLogit,
      marksPerSentence()
    };
  }
}
