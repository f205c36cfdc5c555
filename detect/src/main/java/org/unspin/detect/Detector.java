// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.unspin.decode.Decoder;
import org.unspin.decode.DecoderSettings;
import org.unspin.decode.DocumentIds;
import org.unspin.decode.EvidenceScorer;
import org.unspin.decode.SentenceEvidence;
import org.unspin.decode.SpanEdit;
import org.unspin.decode.TextEdit;
import org.unspin.decode.TextRestorer;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lexicon.FilteredChannel;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.LmState;
import org.unspin.lm.Vocabulary;
import org.unspin.text.CasePattern;
import org.unspin.text.Paragraph;
import org.unspin.text.Sentence;
import org.unspin.text.Span;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;
import org.unspin.text.Words;

/**
 * Identifies the spinner and detects spun text: for every sentence and every spinner family, local noisy-channel
 * evidence ({@link EvidenceScorer}); summed per paragraph and document into {@link Features}, with the language
 * model's gain from context per word (spun words lose their collocations), leftover
 * spintax, out-of-vocabulary words and tortured-phrase hits; turned into calibrated probabilities by the logistic
 * model of a {@link Calibration}. See {@code docs/algorithms/detection.md}.
 *
 * <p>Immutable and thread-safe (a per-word cache of unigram probabilities fills on use; racing fills write the same
 * value).
 *
 * @since 0.1
 */
public final class Detector {

  /** The name of the "not spun" hypothesis. */
  public static final String NOT_SPUN = "none";

  private final EvidenceScorer scorer;
  private final Decoder decoder;
  private final LanguageModel lm;
  private final Vocabulary vocabulary;
  private final List<ChannelModel> families;
  /** Per family, what {@link #cleanOffsets} adds to its evidence per lexical word. */
  private final double[] cleanOffsets;
  /** The learned table the constants were fitted with ({@link Calibration#FITTED_FAMILY}), or null. */
  private final ChannelModel fitted;
  /** The families without the phrase lists' entries: the text's own evidence, its listed phrases aside. */
  private final List<ChannelModel> ownFamilies;
  /** Families scored only to name the spinner of a text called spun (see {@link #withAttribution}). */
  private final List<ChannelModel> attribution;
  private final Calibration calibration;
  private final ChannelModel open;
  private final EvidenceScorer openScorer;
  /**
   * log10 P_LM(w) by word id, filled on first use (NaN = not yet): the context-free half of the context gain. Racy
   * writes are benign: every thread computes the same float, and float writes are atomic.
   */
  private final float[] unigrams;
  /** Public texts copied whole (licences) whose paragraphs are not judged ({@link #withKnownTexts}). */
  private final KnownTexts knownTexts;

  Detector(Decoder decoder, List<ChannelModel> families, ChannelModel open, Calibration calibration) {
    this(decoder, families, open, calibration, List.of(), KnownTexts.NONE);
  }

  private Detector(Decoder decoder, List<ChannelModel> families, ChannelModel open, Calibration calibration,
      List<ChannelModel> attribution, KnownTexts texts) {
    this.knownTexts = Objects.requireNonNull(texts, "texts");
    // the features count likely edits as the calibration was fitted: restoration may apply less sure ones, and
    // keeps open-vocabulary guesses away from words the language model does not know
    // the posterior, not a user's bar on the stated confidence
    Decoder features = decoder.settings().minConfidence() == FEATURE_MIN_CONFIDENCE
        && decoder.settings().openForUnknownWords() && !decoder.settings().barOnStatedConfidence() ? decoder
        : Decoder.create(decoder.languageModel(), decoder.settings().toBuilder().minConfidence(FEATURE_MIN_CONFIDENCE)
            .openForUnknownWords(true).barOnStatedConfidence(false).build());
    this.scorer = EvidenceScorer.create(features);
    this.decoder = decoder;
    // an unknown hyphenated word ("north-east", "by-election") is no evidence for the thesaurus channel: the model,
    // which knows "northeast" and "election", cannot weigh the writer's compound against them, and a British short
    // item was called spun (P 0.96, 0.93) on one such word, with no span to show for it
    Vocabulary known = decoder.languageModel().vocabulary();
    this.open = open == null ? null : FilteredChannel.of(open, (words, c) -> false,
        (words, i) -> words.get(i).indexOf('-') > 0 && !known.contains(Words.canonical(words.get(i))));
    this.openScorer = open == null ? null : EvidenceScorer.create(Decoder.create(decoder.languageModel(),
        features.settings().toBuilder().openLog10Penalty(0).build())).withShortlist(OPEN_SHORTLIST)
        .withUnknownWordCap(OPEN_UNKNOWN_CAP);
    this.lm = decoder.languageModel();
    this.vocabulary = lm.vocabulary();
    this.unigrams = new float[vocabulary.size()];
    java.util.Arrays.fill(unigrams, Float.NaN);
    this.families = List.copyOf(families);
    this.cleanOffsets = cleanOffsets(this.families, org.unspin.lexicon.SpinnerModels.newsWordCounts());
    this.fitted = fittedOf(this.families);
    this.ownFamilies = this.families.stream()
        .map(f -> FilteredChannel.of(f, (words, c) -> !c.origin().fromPhraseList())).toList();
    this.attribution = List.copyOf(attribution);
    this.calibration = Objects.requireNonNull(calibration, "calibration");
    java.util.Set<String> names = new java.util.HashSet<>();
    for (List<ChannelModel> list : List.of(this.families, this.attribution)) {
      for (ChannelModel f : list) {
        if (NOT_SPUN.equals(f.family())) {
          throw new IllegalArgumentException("a spinner family may not be called '" + NOT_SPUN + "'");
        }
        if (!names.add(f.family())) {
          throw new IllegalArgumentException("two spinner families are called '" + f.family() + "'");
        }
      }
    }
  }

  /**
   * For each family, what its evidence gains per word of clean news over the family the constants were fitted with
   * ({@link Calibration#FITTED_FAMILY}): 0 for that family and for channels not built from a learned table; for
   * another learned table, the expected log10 keep probability of a clean news word under the fitted family minus
   * that under the table, over the bundled clean-news word counts (a word its table does not list at its own
   * default). A family's evidence for a text sums log10 keep over every word it leaves, so a table that lists fewer
   * words than family A's 559, or keeps the others at a higher default, reads clean text as less unlike itself than
   * A does, on A's scale: a platform's own table, learned from 15 pairs of a nearly deterministic spinner (default
   * 0.994 against A's 0.961, 94 keep lines), had called 19 of 200 clean news articles spun where A alone calls 3,
   * nearly all with no span to show. The detector adds this, times the words, to each such family's evidence.
   */
  static double[] cleanOffsets(List<ChannelModel> families, Map<String, Integer> cleanCounts) {
    double[] out = new double[families.size()];
    ChannelModel fitted = fittedOf(families);
    if (fitted == null || cleanCounts.isEmpty()) {
      return out;
    }
    double reference = expectedKeep(fitted, cleanCounts);
    for (int i = 0; i < families.size(); i++) {
      if (families.get(i) != fitted && families.get(i).fromLearnedTable()) {
        out[i] = reference - expectedKeep(families.get(i), cleanCounts);
      }
    }
    return out;
  }

  /** The learned table's family of {@link Calibration#FITTED_FAMILY} among {@code families}, or null. */
  private static ChannelModel fittedOf(List<ChannelModel> families) {
    return families.stream().filter(f -> f.family().equals(Calibration.FITTED_FAMILY) && f.fromLearnedTable())
        .findFirst().orElse(null);
  }

  /**
   * What {@link #cleanOffsets} adds to each family's evidence for a sentence of {@code words}, once per sentence (every
   * document, paragraph and section it is part of sums it): the family's offset per lexical word, and for a number or
   * a punctuation mark, which the clean-news counts leave out, the fitted family's log10 keep minus the family's.
   */
  private double[] offsets(List<Token> words) {
    double[] out = new double[families.size()];
    for (int i = 0; i < out.length; i++) {
      if (cleanOffsets[i] == 0) {
        continue;
      }
      for (Token t : words) {
        String w = Words.canonical(t.text());
        out[i] += Words.isLexical(w) ? cleanOffsets[i] : fitted.log10Keep(w) - families.get(i).log10Keep(w);
      }
    }
    return out;
  }

  /** The mean log10 keep probability of {@code family} over words counted {@code counts}. */
  private static double expectedKeep(ChannelModel family, Map<String, Integer> counts) {
    double sum = 0;
    long n = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      sum += e.getValue() * family.log10Keep(e.getKey());
      n += e.getValue();
    }
    return sum / n;
  }

  /**
   * The posterior from which the detector counts a decoder edit as a likely edit (its features and its spans),
   * whatever the decoder's {@link org.unspin.decode.DecoderSettings#minConfidence} for restoration: the committed
   * calibration was fitted with it, and at 0.4 the same constants flagged 7 of 199 clean news articles and one
   * original of the development pairs, against 3 and none.
   */
  public static final double FEATURE_MIN_CONFIDENCE = 0.5;

  /**
   * Thesaurus neighbours of a word whose full windows the open channel's evidence sums ({@link
   * EvidenceScorer#withShortlist}): those that fit the words beside them best.
   */
  static final int OPEN_SHORTLIST = 8;

  /**
   * The most log10 evidence the open channel adds for a word the language model does not know
   * ({@link EvidenceScorer#withUnknownWordCap}). Uncapped, a clean abstract's jargon gained 4 to 7 a word
   * ("acidification" -> "working") and older English as much: with the constants in use, 14 of 80 clean abstracts of
   * eight fields and 53 of 129 chapters of Moby-Dick were called spun; with 1, 10 and 30, and on the calibration's
   * held-out texts documents F1 0.9714 -> 0.9711 (false alarms 7 -> 4, misses 7 -> 10), paragraphs 0.9866 -> 0.9870.
   * The development spun sets lose nothing; of helpers' spins of older and literary prose, 96 of 130 called spun ->
   * 89 (0.5: Moby-Dick 26, paragraphs 0.9859; 0: documents 0.9689). docs/benchmarks.md.
   */
  static final double OPEN_UNKNOWN_CAP = 1.0;

  /** A detector over the decoder's LM and settings, the given families, and calibration constants. */
  public static Detector create(Decoder decoder, List<ChannelModel> families, Calibration calibration) {
    return new Detector(decoder, families, null, calibration);
  }

  /**
   * A detector that also scores the open-vocabulary channel {@code open} (without its decoder penalty), the
   * evidence for spinners that no family table describes.
   */
  public static Detector create(Decoder decoder, List<ChannelModel> families, ChannelModel open,
      Calibration calibration) {
    return new Detector(decoder, families, open, calibration);
  }

  public Calibration calibration() {
    return calibration;
  }

  /**
   * A detector like this one whose spans are those {@code d} would apply ({@link
   * org.unspin.decode.DecoderSettings#minConfidence}); {@code d} must read the same language model. The features,
   * and so every probability and verdict, are scored as before, at {@link #FEATURE_MIN_CONFIDENCE}.
   */
  public Detector withDecoder(Decoder d) {
    if (d.languageModel() != decoder.languageModel()) {
      throw new IllegalArgumentException("the decoder reads another language model");
    }
    return new Detector(d, families, open, calibration, attribution, knownTexts);
  }

  /** A detector like this one judging with {@code c}'s constants instead (its own caches start empty). */
  public Detector withCalibration(Calibration c) {
    return new Detector(decoder, families, open, c, attribution, knownTexts);
  }

  /**
   * A detector like this one that also names {@code families} as the spinner of a text it calls spun when the
   * calibrated families do not explain it (their best log10 likelihood ratio against "not spun" is not above 0) and
   * one of these does (its ratio is above 0; the best wins), if the text has at least the calibration's
   * {@link Calibration#shortWords()} words: a sentence or an abstract is too little evidence to name a spinner
   * without a table (with a tortured-phrase list, short scientific sentences were named W and restored under it).
   * These families are no part of the features (the calibration was fitted without them), so every probability and
   * verdict stays as it was, and they cost time only for such texts. The spans of a text so named are that family's
   * likely edits, and its spun paragraphs are named so too.
   */
  public Detector withAttribution(List<ChannelModel> families) {
    return new Detector(decoder, this.families, open, calibration, families, knownTexts);
  }

  /**
   * A detector like this one that does not judge a text, or a paragraph, that repeats one of {@code texts} (a
   * licence copied onto a page or into a package's files, {@link KnownTexts#notJudged}): it is boilerplate, not a
   * spinner's output, and its legal register reads to the language model like a thesaurus's choices (the Apache
   * licence was called spun at P 0.87, 31 of its 33 paragraphs). Such a paragraph counts for nothing, as code does;
   * a spun copy of a licence is judged as any text.
   */
  public Detector withKnownTexts(KnownTexts texts) {
    return new Detector(decoder, families, open, calibration, attribution, texts);
  }

  public List<ChannelModel> families() {
    return families;
  }

  /** The families that only name the spinner of a text called spun ({@link #withAttribution}). */
  public List<ChannelModel> attribution() {
    return attribution;
  }

  /**
   * Evidence for one sentence; {@code shown}, per family, how many of its likely edits a span would show
   * ({@link #shown}), and {@code misfits}, its acronyms whose words no longer fit them ({@link #misfitAcronyms}),
   * counted once here rather than each time a paragraph, a context window or a section sums the sentence.
   */
  private record SentenceFacts(Sentence sentence, List<Token> words, SentenceEvidence[] evidence,
      SentenceEvidence openEvidence, int spintax, int oov, int lower, double contextGain, int contextWords,
      double[] offsets, int marks, int[] shown, int misfits) {

    SentenceFacts(Sentence sentence, List<Token> words, SentenceEvidence[] evidence, SentenceEvidence openEvidence,
        int spintax, int oov, int lower, double contextGain, int contextWords, double[] offsets, int marks) {
      this(sentence, words, evidence, openEvidence, spintax, oov, lower, contextGain, contextWords, offsets, marks,
          shownPerFamily(words, evidence), misfitAcronyms(words));
    }
  }

  /**
   * Paragraphs with fewer words than this are judged with their document's probability: the paragraph weights are
   * fitted on longer ones.
   */
  public static final int MIN_PARAGRAPH_WORDS = 8;

  /**
   * The probability from which a text of the short-text length or more with nothing to show keeps its own verdict
   * rather than {@link Calibration#shortSpanless()}'s: the poems and the literary essay that cap was made for were P
   * 0.52-0.72, while 23 held-out synthetic spins it had cut to P 0.064 were 0.91-1.00 (docs/benchmarks.md, stop 55).
   */
  static final double SPANLESS_SURE = 0.9;

  /**
   * The probability alone ({@link ParagraphDetection#aloneProbability}) from which a paragraph of
   * {@link #SPUN_ALONE_WORDS} words or more is spun on its own ({@link ParagraphDetection#spunAlone}). Measured with
   * the held-out texts of docs/benchmarks.md ("Paragraphs spun on their own"): 0.7 marks 17 of 45 spun paragraphs
   * embedded in clean texts and none of 520 clean ones; restored, the marked paragraphs of texts not called spun took
   * 43 edits, 34 right, and 14 edits in 43,831 words of clean news.
   */
  public static final double SPUN_ALONE_PROBABILITY = 0.7;

  /**
   * The judged paragraphs a text may have before the bar for one spun on its own rises ({@link #spunAloneBar}): a
   * news article's.
   */
  public static final int SPUN_ALONE_PARAGRAPHS = 12;

  /**
   * The probability alone from which a paragraph of a text of {@code paragraphs} judged paragraphs is spun on its own
   * under a detector's {@code threshold}: {@link #SPUN_ALONE_PROBABILITY} at the default 0.5, moved with the
   * threshold by the same log-odds (0.5 at a threshold of 0.3, 0.95 at 0.9), so that {@code --threshold} sets the bar
   * for paragraphs as for texts; and raised by ln(paragraphs / {@link #SPUN_ALONE_PARAGRAPHS}) in log-odds beyond
   * that many paragraphs, since the more paragraphs a text has, the likelier one of its clean ones reaches any bar
   * (0.83 for 25 paragraphs: software documentation of 21-26 short paragraphs had had 0.72-0.94).
   */
  public static double spunAloneBar(double threshold, int paragraphs) {
    double many = Math.log(Math.max(1.0, (double) paragraphs / SPUN_ALONE_PARAGRAPHS));
    return Calibration.probability(Calibration.logit(threshold) + Calibration.logit(SPUN_ALONE_PROBABILITY) + many);
  }

  /**
   * The fewest words and numbers (punctuation aside) of a paragraph spun on its own ({@link
   * #SPUN_ALONE_PROBABILITY}): short paragraphs' verdicts alone are uncertain (four of the development originals'
   * paragraphs of 8-16 words reach 0.8 alone, and a market report's sentence of 18 words, 0.88).
   */
  public static final int SPUN_ALONE_WORDS = 20;

  /**
   * How the phrases named in a tortured-phrase list ({@code --phrases}) that hold a likely edit
   * ({@link Features#phraseHits()}) raise P(spun) of a document and of a paragraph. The calibration never sees a
   * list, so the logistic weight of {@code phraseHitsPerWord} is 0; a listed phrase is instead a fingerprint, as in
   * the Problematic Paper Screener, weighed by its density ({@link CountEvidence}):
   * <ul>
   *   <li>clean rate 1e-5 per word: with the development half of the public list as {@code --phrases}, no likely
   *       edit of a listed phrase in the 1,235,638 words of the Brown corpus and {@code clean-news}, nor in the
   *       72,786 words of the calibration's clean texts (docs/benchmarks.md, "Listed tortured phrases"): a 95% upper
   *       bound of 2.4e-6, taken four times, for lists twice as long and genres those texts lack;
   *   <li>spun rate 7.5e-4 per word, an estimate: about 3 listed phrases in a flagged paper (the screener's median)
   *       of about 4,000 words.
   * </ul>
   * So one listed phrase adds about 4.2 to the log-odds of an abstract of 150 words (spun unless the rest reads as
   * clean as P 0.015 or less), while a long paper needs two or more.
   */
  public static final CountEvidence LISTED_PHRASES = new CountEvidence(1e-5, 7.5e-4);

  /**
   * How acronyms whose words no longer fit them ({@link Features#misfitAcronyms()}: "customer cost index (CPI)", a
   * spinner's rewrite of "consumer price index (CPI)") raise P(spun) of a document and of a paragraph, as a count
   * the calibration does not see ({@link CountEvidence}):
   * <ul>
   *   <li>clean rate 1e-5 per word: 4 such definitions in the 1,185,607 words of the Brown corpus ("standard
   *       broadcast (AM)", "neutral phosphate buffer (PBS)", two French names), none in the 50,031 of
   *       {@code clean-news} nor the 21,376 of the calibration's technical manuals (docs/benchmarks.md): 3.4e-6,
   *       rounded up for the genres those texts lack (papers define far more acronyms);
   *   <li>spun rate 2.5e-4 per word: 5 in the 20,527 words of the development spun news (2.4e-4).
   * </ul>
   * One raises the log-odds by up to ln 25 = 3.2, less the density's share: about 3.2 in a news opening of 100 words,
   * 2.7 in a text of 2,000.
   */
  public static final CountEvidence MISFIT_ACRONYMS = new CountEvidence(1e-5, 2.5e-4);

  /** {@code p} raised by the listed phrases and the acronyms that no longer fit in the text {@code f} describes. */
  private static double counted(double p, Features f) {
    return MISFIT_ACRONYMS.update(LISTED_PHRASES.update(p, f.phraseHits(), f.words()), f.misfitAcronyms(),
        f.words());
  }

  /**
   * Whether {@code fromList} edits of {@code edits} make a text one the phrase lists explain: at least one, and at
   * least half. {@link Detection#listExplained} and the family a text is restored under both use it.
   */
  public static boolean mostlyFromLists(int fromList, int edits) {
    return fromList > 0 && 2 * fromList >= edits;
  }

  /** Why a text without words is not judged. */
  public static final String NO_WORDS = "no words to judge";

  /**
   * Why a text whose words, or a paragraph whose visible characters, are all marked as code ({@link
   * TokenizedText#codeSpans()}: a fenced block, a line of one) is not judged.
   */
  public static final String MARKED_CODE = "code, not judged (marked as code)";

  /**
   * Detects spinning in {@code text}. A text without words (empty, blank, or only punctuation and symbols) is not
   * spun with probability 0, each of its paragraphs too: a spinner replaces words, and there are none to judge
   * ({@link #NO_WORDS}). So is a text of 30 words or more that is not English (under 10% of its words are common
   * English function words, against 28% or more in English prose): the models know only English. Such a text full
   * of code symbols is reported as code ({@link English}), and so is a text whose every word is inside the code it
   * marks as Markdown does ({@link #MARKED_CODE}), and a text that repeats a known text, such as a licence ({@link
   * #withKnownTexts}).
   */
  public Detection detect(TokenizedText text) {
    Judged judged = judged(text);
    String notJudged = judged.notJudged();
    String[] foreign = judged.paragraphs();
    if (notJudged != null) { // nothing is scored: the features are those of an empty text
      Features doc = aggregate(List.of(), 0, 0, 0);
      List<ParagraphDetection> paras = new ArrayList<>();
      for (Paragraph p : text.paragraphs()) {
        paras.add(new ParagraphDetection(p.span(), 0, false, NOT_SPUN,
            aggregate(List.of(), 0, 0, Calibration.logit(0))));
      }
      Map<String, Double> post = new LinkedHashMap<>();
      post.put(NOT_SPUN, 1.0);
      for (ChannelModel f : families) {
        post.put(f.family(), 0.0);
      }
      return new Detection(0, false, NOT_SPUN, post, paras, List.of(), doc, List.of(), false, notJudged);
    }
    List<SentenceFacts> facts = facts(text, foreign);
    Features doc = aggregate(facts, 0, facts.size(), 0);
    // the text's own evidence, without its listed phrases: the lists' entries live in the families' channels, so a
    // listed phrase also counted as a family's edit, and one phrase made a short clean sentence "surely" spun by its
    // own evidence (P 0.46 without the list, past 0.7 with it) and restored whole under a news table
    List<SentenceFacts> ownFacts = doc.phraseHits() > 0 ? withFamilies(text, facts, ownFamilies) : facts;
    Features ownDoc = ownFacts == facts ? doc : aggregate(ownFacts, 0, ownFacts.size(), 0);
    double docOwn = calibration.documentProbability(ownDoc);
    double docP = counted(docOwn, doc);
    int judgedParagraphs = 0;
    for (String why : foreign) {
      judgedParagraphs += why == null ? 1 : 0;
    }
    // a long text may hold a spun article among clean ones (a page of several stories, proceedings, a crawl's
    // text joined): there each paragraph is judged in its own surroundings, never more spun than its document
    boolean local = doc.words() > CONTEXT_WORDS && judgedParagraphs > 1;
    int[] paragraphWords = local ? paragraphWords(text, facts) : null;
    // and a section of it surely spun on its own makes it spun: a spun article of 300 words followed by 840 clean
    // ones was P 0.087 as a whole, and its paragraphs followed
    List<double[]> sections = local ? sureSections(text, facts, paragraphWords, ownFacts, SECTION_WORDS) : List.of();
    // so does one of a shorter text of several paragraphs, which is then judged paragraph by paragraph as a long one
    if (!local && judgedParagraphs > 1 && doc.words() > SHORT_SECTION_WORDS && docP < calibration.threshold()) {
      int[] pw = paragraphWords(text, facts);
      List<double[]> found = sureSections(text, facts, pw, ownFacts, SHORT_SECTION_WORDS);
      if (!found.isEmpty()) {
        // a short section reaches into the clean paragraphs beside it: those not spun on their own are left out of it
        for (double[] x : found) {
          while (x[0] < x[1] && !calledSpunAlone(text, ownFacts, (int) x[0])) {
            x[0]++;
          }
          while (x[1] > x[0] && !calledSpunAlone(text, ownFacts, (int) x[1])) {
            x[1]--;
          }
        }
        local = true;
        paragraphWords = pw;
        sections = found;
      }
    }
    Detection.Section section = null;
    for (double[] x : sections) {
      double p = Calibration.probability(x[2]);
      if (p > docP && (section == null || p > section.probability())) {
        Span span = new Span(text.paragraphs().get((int) x[0]).span().start(),
            text.paragraphs().get((int) x[1]).span().end());
        section = new Detection.Section(span, p, x[2] - Calibration.logit(docP));
      }
    }
    if (section != null) {
      docP = section.probability();
      for (double[] x : sections) {
        docOwn = Math.max(docOwn, Calibration.probability(x[3]));
      }
    }
    // and a family's favourite swaps found throughout it, although it left most of the words it would replace: a
    // copy of a 3,455-word article that had "mentioned" for all 34 "said" and 83 other swaps was P 0.31
    // (only where it says more than the text's own verdict, by SPREAD_MARGIN: a text spun heavily is restored under
    // its family's whole table, and one called spun barely had its few swaps restored in two of 28 paragraphs)
    // (and in a text of SPREAD_WORDS words or more, up to CONTEXT_WORDS, that is not called spun: a content farm's copy
    // of a 600-word article with 7% of its words swapped was as clean as its original)
    Detection.Spread found = local || doc.words() >= SPREAD_WORDS && docP < calibration.threshold()
        ? spread(ownFacts, doc.words()) : null;
    Detection.Spread spread = found == null
        || Calibration.logit(found.probability()) < Calibration.logit(docP) + SPREAD_MARGIN ? null
        : new Detection.Spread(found.family(), found.types(), found.perWord(), found.probability(),
            Calibration.logit(found.probability()) - Calibration.logit(docP));
    if (spread != null) {
      docP = spread.probability();
      docOwn = Math.max(docOwn, docP);
    }
    // a text of the short-text length or more with nothing to point at is judged as a short one with nothing to show
    // (Calibration.shortSpanless): its evidence is the thesaurus's and the wording's alone, which poems, literary
    // essays and older prose give as much as a spin does; no spun text of the development data has been so
    // (and the text's own evidence, its listed phrases aside, the same: it decides whether words beyond the phrases
    // are restored); unless the weights are sure of it without a span (SPANLESS_SURE): a thesaurus spinner's copy
    // can show nothing and still be P 0.99
    if (section == null && spread == null) {
      double cap = Calibration.probability(calibration.shortSpanless());
      if (calibration.capsAsNothingToShow(doc) && docP < SPANLESS_SURE) {
        docP = Math.min(docP, cap);
      }
      // (the rest of a text with a listed phrase stays capped: the phrase makes it spun, and the weights' sureness
      // about the rest of an abstract had restored "colour" and "robust" beside it)
      if (calibration.capsAsNothingToShow(ownDoc) && (docOwn < SPANLESS_SURE || doc.phraseHits() > 0)) {
        docOwn = Math.min(docOwn, cap);
      }
    }
    // a text that would have had nothing to show but for the open channel's sure edits: no family's table explains
    // it, and those edits are its spans (a thesaurus spinner's copy with "fire" -> "heat", "town" -> "hundred" had been
    // cut to P 0.064 from 0.76 and shown nothing)
    boolean showOpen = section == null && spread == null && calibration.showsOnlyOpenEdits(doc);
    double docLogit = Calibration.logit(docP);
    boolean docSpun = docP >= calibration.threshold();
    // a listed phrase is a fingerprint that makes the text spun; whether the rest of it was spun is for its own
    // evidence to say: that is where spans are shown (and text restored) beyond the listed phrases
    boolean docOwnSpun = docOwn >= calibration.threshold();
    List<ParagraphDetection> paras = new ArrayList<>();
    List<TextEdit> spans = new ArrayList<>();
    List<TextEdit> listed = new ArrayList<>();
    int docBest = familyIndex(spread != null ? spread.family() : doc.bestFamily());
    // attribution: the extra families, scored only for a text called spun, long enough to name a spinner without a
    // table (the short-text length), that no calibrated family explains (its best log10 ratio against "not spun" is
    // not above 0); one that explains it names its spinner, and its likely edits are the spans
    double[] extraRatio = new double[attribution.size()];
    SentenceEvidence[][] extra = docSpun && !attribution.isEmpty() && !(doc.bestLog10Ratio() > 0)
        && doc.words() >= calibration.shortWords() ? attributionEvidence(text, facts, extraRatio) : null;
    int attributed = -1;
    if (extra != null) {
      double bar = 0;
      for (int a = 0; a < extraRatio.length; a++) {
        if (extraRatio[a] > bar) {
          bar = extraRatio[a];
          attributed = a;
        }
      }
    }
    int likely = 0;
    int fromList = 0;
    double[] alones = new double[text.paragraphs().size()];
    boolean[] spunAlones = spunAlone(text, facts, ownFacts, foreign, doc.words() <= CONTEXT_WORDS
        && judgedParagraphs > 1, spunAloneBar(calibration.threshold(), judgedParagraphs), docOwn, alones);
    for (int pi = 0; pi < text.paragraphs().size(); pi++) {
      Paragraph p = text.paragraphs().get(pi);
      double[] context = local ? contextLogits(text, facts, paragraphWords, pi) : null;
      // a paragraph of a text spun throughout that holds one of the swaps
      boolean swapped = spread != null && foreign[pi] == null && holdsSwap(text, ownFacts, pi, docBest, spread);
      if (local) { // a paragraph of a surely spun section is judged in it
        for (double[] x : sections) {
          if (x[0] <= pi && pi <= x[1]) {
            context[0] = Math.max(context[0], x[2]);
            context[1] = Math.max(context[1], x[3]);
          }
        }
        if (swapped) { // and it is judged in the whole
          context[0] = Math.max(context[0], docLogit);
          context[1] = Math.max(context[1], docLogit);
        }
      }
      double contextLogit = local ? Math.min(docLogit, context[0]) : docLogit;
      double contextOwn = local ? Math.min(Calibration.logit(docOwn), context[1]) : Calibration.logit(docOwn);
      Features f = aggregate(facts, p.firstSentence(), p.endSentence(), contextLogit);
      if (foreign[pi] != null) { // its sentences were not scored: no evidence, no spans
        paras.add(new ParagraphDetection(p.span(), 0, false, NOT_SPUN, f, foreign[pi]));
        continue;
      }
      // the paragraph weights are fitted on paragraphs of MIN_PARAGRAPH_WORDS or more; a heading, a page number or
      // a one-line caption has no evidence of its own, so it takes its document's probability (its context's)
      double fitted = f.words() < MIN_PARAGRAPH_WORDS ? (local ? Calibration.probability(contextLogit) : docP)
          : counted(calibration.paragraphProbability(f), f);
      // the one judged paragraph of a text is that text: its verdict is the document's, not "0 of 1 paragraphs
      // spun" of a text called spun (restoration still weighs the paragraph's own evidence, as before)
      // as is each paragraph of a text spun throughout that holds one of the swaps (a copy may have spun half)
      double pp = judgedParagraphs == 1 ? docP : swapped ? Math.max(fitted, docP) : fitted;
      double own = fitted;
      if (doc.phraseHits() > 0) { // the paragraph's probability as if the document had no listed phrase
        own = f.words() < MIN_PARAGRAPH_WORDS ? (local ? Calibration.probability(contextOwn) : docOwn)
            : calibration.paragraphProbability(
            aggregate(ownFacts, p.firstSentence(), p.endSentence(), contextOwn));
      }
      boolean spun = pp >= calibration.threshold();
      String paraSpinner = !spun ? NOT_SPUN : attributed >= 0 ? attribution.get(attributed).family() : f.bestFamily();
      double alone = alones[pi];
      boolean spunAlone = spunAlones[pi];
      paras.add(new ParagraphDetection(p.span(), pp, spun, paraSpinner, f, null, own, alone, spunAlone));
      if (docBest >= 0) {
        boolean shown = docOwnSpun && !local || own >= calibration.threshold() || spunAlone || swapped;
        for (int k = p.firstSentence(); k < p.endSentence(); k++) {
          SentenceFacts sf = facts.get(k);
          int first = TextRestorer.firstLexical(sf.words());
          SentenceEvidence ev = attributed >= 0 ? extra[k][attributed] : sf.evidence()[docBest];
          for (SpanEdit e : ev.likelyEdits()) {
            likely++;
            if (e.origin().tellsTorturedPhrase()) {
              fromList++;
            }
          }
          // a spun paragraph shows every likely edit, another only those inside listed phrases; a swap of
          // prepositions or modals only when sure enough for restoration to make it (the features count them all)
          // a listed phrase shown whole, as restoration writes it (one edit for each, in the same order)
          List<SpanEdit> likelyOrListed = shown ? ev.likelyEdits() : ev.listedEdits();
          if (spread != null && attributed < 0) { // the swaps found throughout, as restoration restores them
            likelyOrListed = likelyOrListed.stream().filter(e -> spread.types().contains(swapOf(sf, e))
                || ev.listedEdits().contains(e)).toList();
          }
          ChannelModel showing = attributed >= 0 ? attribution.get(attributed) : families.get(docBest);
          List<SpanEdit> toShow = TextRestorer.wholeListedPhrases(texts(sf.words()), showing, likelyOrListed);
          for (int x = 0; x < toShow.size(); x++) {
            SpanEdit e = toShow.get(x);
            // none for a phrase on both sides of inline code or a link; one across a citation, which it keeps
            java.util.Optional<TextEdit> te = TextRestorer.textEdit(text, sf.words(), e, e.start() <= first);
            if (te.isEmpty() || decoder.settings().confidenceAtBar(e.confidence(), e.origin(), showing)
                < decoder.settings().minConfidence(te.get().spun(), e.original(), e.origin(), showing)) {
              continue;
            }
            spans.add(te.get());
            if (!shown || ev.listedEdits().contains(likelyOrListed.get(x))) {
              listed.add(te.get());
            }
          }
          if (showOpen && shown && attributed < 0 && sf.openEvidence() != null) {
            openSpans(text, sf, first, spans);
          }
        }
      }
    }
    if (showOpen) { // in text order, the open channel's among the families' (an everyday variant's, if any)
      spans.sort(java.util.Comparator.comparingInt(e -> e.span().start()));
    }
    Map<String, Double> post = new LinkedHashMap<>();
    post.put(NOT_SPUN, 1 - docP);
    Map<String, Double> ratios = new LinkedHashMap<>();
    for (ChannelModel f : families) {
      ratios.put(f.family(), doc.log10Ratios().get(f.family()));
    }
    // an attribution family enters the posterior only where it names the spinner: one scored that does not explain
    // the text either (its ratio not above 0) could otherwise take the posterior from the family named ("spinner":
    // "A" beside "spinners": {"A": 0.0, "W": 1.0})
    if (attributed >= 0) {
      ratios.put(attribution.get(attributed).family(), extraRatio[attributed]);
    }
    double max = Double.NEGATIVE_INFINITY;
    for (double r : ratios.values()) {
      max = Math.max(max, r);
    }
    double z = 0;
    for (double r : ratios.values()) {
      z += Math.pow(10, r - max);
    }
    for (Map.Entry<String, Double> r : ratios.entrySet()) {
      post.put(r.getKey(), docP * Math.pow(10, r.getValue() - max) / z);
    }
    String spinner = !docSpun || docBest < 0 ? NOT_SPUN
        : attributed >= 0 ? attribution.get(attributed).family() : families.get(docBest).family();
    // a short text (judged by the short-document weights) whose likely edits come mostly from a list: a sentence or
    // an abstract with an unlisted tortured phrase, which the calibrated verdict has too few words to see
    boolean listExplained = mostlyFromLists(fromList, likely) && doc.words() < calibration.shortWords();
    return new Detection(docP, docSpun, spinner, post, paras, spans, doc, listed, listExplained, null, docOwn,
        section, spread);
  }

  /**
   * Whether the open-vocabulary channel's likely edit {@code e} of sentence {@code sf} counts as one a span can show
   * ({@link Features#openShown()}): of at least {@link Features#OPEN_SHOWN_CONFIDENCE}, and no swap of one preposition
   * or modal verb for another ({@link DecoderSettings#isFunctionWord}), which the language model prefers in a poem's
   * line as in a spin ("to" -> "by" at 0.97 in a clean poem of 141 words, beside "slack" -> "out" and "lean" ->
   * "look").
   */
  private static boolean sureOpen(SentenceFacts sf, SpanEdit e) {
    if (e.confidence() < Features.OPEN_SHOWN_CONFIDENCE) {
      return false;
    }
    return e.length() != 1 || e.start() >= sf.words().size()
        || !(DecoderSettings.isFunctionWord(sf.words().get(e.start()).text())
            && DecoderSettings.isFunctionWord(e.original()));
  }

  /**
   * Adds to {@code spans} the open-vocabulary channel's likely edits of sentence {@code sf} that count as shown
   * ({@link #sureOpen}; of the decoder's confidence for such a swap too) and overlap none of them: thesaurus
   * neighbours that fit their context far better than the words written. {@code first} is the sentence's first
   * lexical word.
   */
  private void openSpans(TokenizedText text, SentenceFacts sf, int first, List<TextEdit> spans) {
    for (SpanEdit e : sf.openEvidence().likelyEdits()) {
      if (!sureOpen(sf, e)) {
        continue;
      }
      java.util.Optional<TextEdit> te = TextRestorer.textEdit(text, sf.words(), e, e.start() <= first);
      if (te.isEmpty() || decoder.settings().confidenceAtBar(e.confidence(), e.origin(), open)
          < decoder.settings().minConfidence(te.get().spun(), e.original(), e.origin(), open)) {
        continue;
      }
      Span s = te.get().span();
      if (spans.stream().noneMatch(o -> o.span().overlaps(s))) {
        spans.add(te.get());
      }
    }
  }

  /**
   * Each sentence's evidence for every attribution family, their document log10 ratios summed into {@code ratio}.
   */
  private SentenceEvidence[][] attributionEvidence(TokenizedText text, List<SentenceFacts> facts, double[] ratio) {
    SentenceEvidence[][] out = evidence(text, facts, attribution);
    for (SentenceEvidence[] sentence : out) {
      for (int a = 0; a < sentence.length; a++) {
        ratio[a] += sentence[a].log10Ratio();
      }
    }
    return out;
  }

  /**
   * {@code facts} with their family evidence scored under {@code fams} instead: what the language model, the open
   * channel and the spintax count found stays as it is, since no family changes it.
   */
  private List<SentenceFacts> withFamilies(TokenizedText text, List<SentenceFacts> facts, List<ChannelModel> fams) {
    SentenceEvidence[][] ev = evidence(text, facts, fams);
    List<SentenceFacts> out = new ArrayList<>(facts.size());
    for (int k = 0; k < facts.size(); k++) {
      SentenceFacts f = facts.get(k);
      out.add(new SentenceFacts(f.sentence(), f.words(), ev[k], f.openEvidence(), f.spintax(), f.oov(), f.lower(),
          f.contextGain(), f.contextWords(), f.offsets(), f.marks(), shownPerFamily(f.words(), ev[k]), f.misfits()));
    }
    return out;
  }

  /** Each sentence's evidence under each of {@code fams}, its words' ids looked up once for the document. */
  private SentenceEvidence[][] evidence(TokenizedText text, List<SentenceFacts> facts, List<ChannelModel> fams) {
    SentenceEvidence[][] out = new SentenceEvidence[facts.size()][];
    DocumentIds ids = DocumentIds.create(decoder, text);
    boolean types = byTypes(text);
    for (int k = 0; k < facts.size(); k++) {
      TextRestorer.stopIfInterrupted();
      List<String> words = texts(facts.get(k).words());
      out[k] = new SentenceEvidence[fams.size()];
      for (int a = 0; a < out[k].length; a++) {
        out[k][a] = scorer.score(words, fams.get(a), ids, types);
      }
    }
    return out;
  }

  /**
   * Whether {@link #detect} judges {@code text}, and which of its paragraphs: why the whole text is not judged (no
   * words, code, not English, a known text) or null, and for a judged text why each paragraph is not (null for one
   * that is).
   */
  private record Judged(String notJudged, String[] paragraphs) {}

  /** What {@link #detect} judges of {@code text} ({@link Judged}). */
  private Judged judged(TokenizedText text) {
    String notJudged = text.tokens().stream().noneMatch(Token::isLexical) ? NO_WORDS
        : text.tokens().stream().noneMatch(t -> t.isLexical() && !text.inCode(t)) ? MARKED_CODE
        : English.notEnglish(text);
    String[] foreign = notJudged == null ? foreignParagraphs(text) : null;
    if (notJudged == null) {
      notJudged = knownText(text, foreign);
    }
    return new Judged(notJudged, foreign);
  }

  /**
   * The evidence of every sentence of {@code text} as {@link #detect} scores it: none for a text it does not judge,
   * and none in the paragraphs it does not judge (code, another language, a known text), as of a text without words.
   */
  private List<SentenceFacts> judgedFacts(TokenizedText text) {
    Judged j = judged(text);
    return j.notJudged() != null ? List.of() : facts(text, j.paragraphs());
  }

  /**
   * The features of {@code text} as a whole, for calibration: those {@link #detect} weighs ({@link
   * Detection#features()}), without the paragraphs it does not judge; an empty text's for a text it does not judge.
   */
  public Features documentFeatures(TokenizedText text) {
    List<SentenceFacts> facts = judgedFacts(text);
    return aggregate(facts, 0, facts.size(), 0);
  }

  /**
   * The features of each paragraph of {@code text}, for calibration, with {@code documentLogit} as the document
   * context feature; as {@link #documentFeatures} reads them, a paragraph {@link #detect} does not judge has those of
   * a paragraph without words.
   */
  public List<Features> paragraphFeatures(TokenizedText text, double documentLogit) {
    List<SentenceFacts> facts = judgedFacts(text);
    boolean none = facts.isEmpty(); // a text detect does not judge: every paragraph's features are an empty one's
    List<Features> out = new ArrayList<>();
    for (Paragraph p : text.paragraphs()) {
      out.add(aggregate(facts, none ? 0 : p.firstSentence(), none ? 0 : p.endSentence(), documentLogit));
    }
    return out;
  }

  /** The channel of {@code family}, if it is one of this detector's families (attribution ones included). */
  public java.util.Optional<ChannelModel> family(String family) {
    for (List<ChannelModel> list : List.of(families, attribution)) {
      for (ChannelModel f : list) {
        if (f.family().equals(family)) {
          return java.util.Optional.of(f);
        }
      }
    }
    return java.util.Optional.empty();
  }

  private int familyIndex(String name) {
    for (int i = 0; i < families.size(); i++) {
      if (families.get(i).family().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Each sentence's facts; those of the paragraphs {@code foreign} names are empty, as of a text without words. */
  private List<SentenceFacts> facts(TokenizedText text, String[] foreign) {
    List<SentenceFacts> facts = new ArrayList<>(text.sentences().size());
    DocumentIds ids = DocumentIds.create(decoder, text);
    boolean types = byTypes(text);
    for (Sentence s : text.sentences()) {
      TextRestorer.stopIfInterrupted();
      facts.add(foreign[s.paragraph()] == null ? facts(text, s, ids, types) : unscored(s));
    }
    return facts;
  }

  /**
   * For each paragraph of {@code text}, why it is not judged, or null: a paragraph of {@link English#MIN_WORDS}
   * words or more in another language (a quotation, a translation, a site's footer) inside a text judged as English.
   * Scored by the English models it would read as unknown words, pulling its document towards "not spun" and
   * itself, by its document's verdict, towards "spun". And a paragraph whose words are all marked as code (a fenced
   * block), which would otherwise take its document's verdict, one that repeats a known text ({@link
   * #withKnownTexts}: a licence below a page's article), and one without words ({@link #NO_WORDS}: a rule "---", a
   * scene break "* * *", an ellipsis), which had taken its document's verdict and counted as a paragraph judged.
   */
  private String[] foreignParagraphs(TokenizedText text) {
    String[] out = new String[text.paragraphs().size()];
    if (out.length < 2) {
      return out; // the text's own check has judged its one paragraph
    }
    for (int k = 0; k < out.length; k++) {
      int[] range = tokenRange(text, text.paragraphs().get(k));
      if (range == null) {
        out[k] = NO_WORDS;
      } else {
        int from = range[0];
        int to = range[1];
        List<Token> tokens = text.tokens().subList(from, to);
        out[k] = !text.codeSpans().isEmpty() && tokens.stream().anyMatch(t -> !t.isSpace() && text.inCode(t))
            && tokens.stream().noneMatch(t -> !t.isSpace() && !text.inCode(t)) ? MARKED_CODE
            : tokens.stream().noneMatch(t -> t.isLexical() && !text.inCode(t))
                ? tokens.stream().anyMatch(Token::isLexical) ? MARKED_CODE : NO_WORDS
            : English.notEnglishParagraph(text.tokens(), from, to);
        if (out[k] == null) {
          out[k] = knownTexts.notJudged(text.tokens(), from, to);
        }
      }
    }
    return out;
  }

  /**
   * Why {@code text} as a whole is not judged as a known text (a licence), or null: a text of one paragraph that
   * repeats one, or one whose paragraphs are set aside as known but for headings beside them (under {@link
   * #MIN_PARAGRAPH_WORDS} words: "0. Definitions.") and under {@link #KNOWN_TEXT_REST} words of others. Not the
   * text's share of known runs: the Apache licence's 1,700 words under a 300-word spun article would have set the
   * article aside with it. Nor short paragraphs away from a licence: an article cut into fragments is no heading.
   */
  private String knownText(TokenizedText text, String[] foreign) {
    if (text.paragraphs().size() < 2) {
      return knownTexts.notJudged(text.tokens(), 0, text.tokens().size());
    }
    int n = foreign.length;
    int[] words = new int[n];
    boolean[] known = new boolean[n];
    String first = null;
    for (int k = 0; k < n; k++) {
      known[k] = foreign[k] != null && foreign[k].startsWith(KnownTexts.NOT_JUDGED);
      first = first == null && known[k] ? foreign[k] : first;
      int[] range = tokenRange(text, text.paragraphs().get(k));
      for (int i = range == null ? 0 : range[0]; range != null && i < range[1]; i++) {
        words[k] += text.tokens().get(i).isLexical() ? 1 : 0;
      }
    }
    if (first == null) {
      return null;
    }
    int rest = 0;
    for (int k = 0; k < n; k++) {
      if (foreign[k] != null || words[k] == 0) {
        continue;
      }
      boolean heading = words[k] < MIN_PARAGRAPH_WORDS && (neighbourKnown(words, known, k, -1)
          || neighbourKnown(words, known, k, 1));
      rest += heading ? 0 : words[k];
    }
    if (rest >= KNOWN_TEXT_REST) {
      return null;
    }
    String whole = knownTexts.notJudged(text.tokens(), 0, text.tokens().size());
    return whole != null ? whole : first;
  }

  /** The tokens of paragraph {@code p}, {@code {from, to}}, or null for one without a sentence. */
  private static int[] tokenRange(TokenizedText text, Paragraph p) {
    if (p.endSentence() <= p.firstSentence()) {
      return null;
    }
    List<Sentence> sentences = text.sentences();
    return new int[] {sentences.get(p.firstSentence()).firstToken(), sentences.get(p.endSentence() - 1).endToken()};
  }

  /** Whether the nearest paragraph with words from {@code k} in direction {@code step} is a known text. */
  private static boolean neighbourKnown(int[] words, boolean[] known, int k, int step) {
    for (int j = k + step; j >= 0 && j < words.length; j += step) {
      if (words[j] > 0) {
        return known[j];
      }
    }
    return false;
  }

  /** Words a text may have outside its paragraphs that repeat a known text, for it to be set aside whole. */
  static final int KNOWN_TEXT_REST = 20;

  /**
   * Words in a text past which each paragraph is judged in its surroundings of about as many words rather than in
   * the whole text ({@link #contextLogits}): an article (the development set's are all shorter but one) is one
   * context; a page of several stories, or a crawl's texts joined, is not.
   */
  public static final int CONTEXT_WORDS = 1000;

  /** The words of each paragraph (0 for one not scored). */
  private int[] paragraphWords(TokenizedText text, List<SentenceFacts> facts) {
    int[] out = new int[text.paragraphs().size()];
    for (int k = 0; k < out.length; k++) {
      Paragraph p = text.paragraphs().get(k);
      out[k] = aggregate(facts, p.firstSentence(), p.endSentence(), 0).words();
    }
    return out;
  }

  /**
   * The log-odds of the paragraphs around paragraph {@code pi} (it, then its neighbours on each side in turn, until
   * {@link #CONTEXT_WORDS} words), judged as a document: with the listed phrases, and without them ("own").
   */
  private double[] contextLogits(TokenizedText text, List<SentenceFacts> facts, int[] words, int pi) {
    int lo = pi;
    int hi = pi;
    int n = words.length;
    int total = words[pi];
    boolean left = true;
    while (total < CONTEXT_WORDS && (lo > 0 || hi < n - 1)) {
      if (left && lo > 0 || hi == n - 1) {
        total += words[--lo];
      } else {
        total += words[++hi];
      }
      left = !left;
    }
    Features w = aggregate(facts, text.paragraphs().get(lo).firstSentence(), text.paragraphs().get(hi).endSentence(),
        0);
    double own = calibration.documentProbability(w);
    return new double[] {Calibration.logit(counted(own, w)), Calibration.logit(own)};
  }

  /**
   * Which paragraphs of {@code text} are spun on their own ({@link ParagraphDetection#spunAlone}), each paragraph's
   * probability alone (judged as a text of its own: what tells a clean paragraph of a spun article from a spun one)
   * written into {@code alone}; a heading, a page number or a caption (under {@link #MIN_PARAGRAPH_WORDS} words) has no
   * evidence of its own and takes {@code textAlone}, its text's own probability (a paper's "3.2 Method" was 0.9999
   * alone, for "Method" -> "Way", the highest a sort on it found). None where {@code judged} is false: the one judged
   * paragraph of a text is judged alone as the text, and over {@link #CONTEXT_WORDS} each paragraph is judged in its
   * surroundings instead (papers of 2,500 words had had 2-3 clean paragraphs each spun alone). Otherwise a paragraph of
   * {@link #SPUN_ALONE_WORDS} words or more is spun on its own at {@code bar} alone or more, and so is one next to it
   * (paragraphs too short or not judged between them aside) at the bar lowered by {@link #SPUN_ALONE_NEXT} in log-odds,
   * and so on: a farm spins a stretch of paragraphs, and of a stretch's short paragraphs only some reach the bar.
   */
  private boolean[] spunAlone(TokenizedText text, List<SentenceFacts> facts, List<SentenceFacts> ownFacts,
      String[] foreign, boolean judged, double bar, double textAlone, double[] alone) {
    int n = text.paragraphs().size();
    boolean[] spun = new boolean[n];
    boolean[] eligible = new boolean[n];
    for (int pi = 0; pi < n; pi++) {
      Paragraph p = text.paragraphs().get(pi);
      if (foreign[pi] != null) {
        continue;
      }
      Features own = aggregate(ownFacts, p.firstSentence(), p.endSentence(), 0);
      alone[pi] = own.words() < MIN_PARAGRAPH_WORDS ? textAlone : calibration.documentProbability(own);
      eligible[pi] = judged && lexicalWords(facts, p.firstSentence(), p.endSentence()) >= SPUN_ALONE_WORDS;
      spun[pi] = eligible[pi] && alone[pi] >= bar;
    }
    double next = Calibration.probability(Calibration.logit(bar) - SPUN_ALONE_NEXT);
    for (boolean grew = true; grew; ) {
      grew = false;
      int previous = -1;
      for (int pi = 0; pi < n; pi++) {
        if (!eligible[pi]) {
          continue;
        }
        if (previous >= 0 && spun[previous] != spun[pi]) {
          int other = spun[previous] ? pi : previous;
          if (alone[other] >= next) {
            spun[other] = true;
            grew = true;
          }
        }
        previous = pi;
      }
    }
    return spun;
  }

  /**
   * How far below {@link #spunAloneBar} in log-odds a paragraph next to one spun on its own may be to be spun on its
   * own too: ln(0.7/0.3) - ln(0.4/0.6), the bar of 0.7 lowered to 0.4 at the default threshold. Measured on the
   * held-out texts of docs/benchmarks.md ("Paragraphs spun on their own"): of their 45 spun paragraphs embedded in
   * clean texts, 17 reach the bar; 5 more are next to one at 0.4 or more, and no clean paragraph (at 0.3: 6 more and
   * a clean one).
   */
  public static final double SPUN_ALONE_NEXT = Math.log(0.7 / 0.3) - Math.log(0.4 / 0.6);

  /**
   * Whether paragraph {@code pi} of {@code text}, judged as a document on its own evidence, is called spun (at the
   * threshold: what trims a short section, not {@link ParagraphDetection#spunAlone}'s bar).
   */
  private boolean calledSpunAlone(TokenizedText text, List<SentenceFacts> ownFacts, int pi) {
    Paragraph p = text.paragraphs().get(pi);
    return calibration.documentProbability(aggregate(ownFacts, p.firstSentence(), p.endSentence(), 0))
        >= calibration.threshold();
  }

  /** Words of a section of a long text judged on its own ({@link #sureSections}). */
  public static final int SECTION_WORDS = 300;

  /**
   * The probability from which a section of a long text, judged on its own, makes the text spun: high, because a
   * long text has many sections. At 0.99, sections of about {@value #SECTION_WORDS} words of 708 development and
   * trial texts (clean news, the genre trial's licences and manuals of up to 5,700 words, learners' essays) called no
   * clean text spun that was not already.
   */
  public static final double SURE_SECTION = 0.99;

  /**
   * log10 evidence from which a swap ("said" -> "mentioned") counts as one a family made throughout a long text
   * ({@link #spread}): tenfold.
   */
  public static final double SPREAD_TYPE_MIN = 1.0;

  /**
   * Log-odds by which {@link #spread} must exceed a long text's own verdict to decide it: a text its whole evidence
   * already calls as spun is judged and restored as before.
   */
  public static final double SPREAD_MARGIN = 1.0;

  /**
   * Fewest times a swap found throughout is made for {@link #spread} to restore it: a writer's own word that happens
   * to be one of the family's swaps, once ("could" read as "may" beside three real swaps), is left as written.
   */
  public static final int SPREAD_MADE = 2;

  /**
   * Fewest words from which a text not called spun is also judged by {@link #spread} (a longer text, one of over
   * {@link #CONTEXT_WORDS} words with several judged paragraphs, always is). Copies of 455-852-word news texts (two or
   * three development originals joined) with 6.7% and 9.4% of their words swapped by family A's favourite swaps were
   * called spun in 3 and 5 of 11 before, 10 and 10 with it; of 20 held-out texts of 388-948 words with 4.7% swapped,
   * 18 before and 19 with it, and with 2.2% swapped 4 and 4 ({@code perWord} 0.009-0.029, under the bar). Clean texts
   * of 300 words or more measured {@code perWord} 0.016 at most (a 234-word clean-news opening: six swaps, 0.017). From
   * 300 to 200 (stop 45): five more light spins of 200-300 words called spun among 143 trial and development copies
   * (a newsroom story spun in two paragraphs, a cheap spinner's copy with four "mentioned"), none of about 230 clean
   * texts of 200-300 words newly called spun (86 clean-news openings, 15 development originals, trial essays,
   * stories, genre texts). (docs/benchmarks.md, "Light spins of medium-length texts", "A copy another spinner made")
   */
  public static final int SPREAD_WORDS = 200;

  /** Fewest swaps made throughout for a long text to be spun by {@link #spread}. */
  public static final int SPREAD_TYPES = 4;

  /**
   * Evidence per word from which a long text is spun by {@link #spread} (at probability 0.5; 0.99 at twice it): the
   * swaps' evidence beyond {@value #SPREAD_TYPE_MIN}, summed, per word of the text. Long clean texts measured
   * 0.011 at most (texts of over 1,000 words: clean-news openings and the development originals joined, eight
   * licences, seven generated theses of 14,000-42,000 words, a 3,400-word article); copies of that article lightly
   * spun by a family-A-like spinner 0.057-0.064 (docs/benchmarks.md, "A light spin of a long text").
   */
  public static final double SPREAD_DENSITY = 0.03;

  /** Whether {@link #facts} sums {@code text}'s evidence by swap: only for a text {@link #spread} may judge. */
  private static boolean byTypes(TokenizedText text) {
    return text.tokens().size() >= SPREAD_WORDS;
  }

  /**
   * A long text's (or one of {@link #SPREAD_WORDS} words or more) evidence that a family replaced some words
   * throughout it and left the rest: a spinner that swaps only its favourite words ("said" -> "mentioned", "more" ->
   * "extra") every time, or a copy spun lightly. Judged as a whole, such a text is "not spun": every word the family's
   * table would replace but which was left costs its keep probability, and over thousands of words those costs
   * outweigh the swaps. Here each family is scored as the best subset of its table: each swap it made throughout
   * ({@link SentenceEvidence#byType}, less what the swap's original left as written says against it, over {@value
   * #SPREAD_TYPE_MIN}) counts, the others are left as written. The evidence beyond that bar, per word, makes the text
   * spun from {@link #SPREAD_DENSITY} with {@value #SPREAD_TYPES} swaps or more, at
   * {@code P = 1 / (1 + exp(-ln 99 (perWord - d) / d))}, d = {@link #SPREAD_DENSITY}: a bar set between the clean
   * and spun long texts measured, not fitted. Null when no family reaches it.
   */
  private Detection.Spread spread(List<SentenceFacts> facts, int words) {
    Detection.Spread best = null;
    for (int f = 0; f < families.size(); f++) {
      Map<String, Double> byType = new HashMap<>();
      Map<String, Integer> made = new HashMap<>(); // how often each swap is a likely edit
      for (SentenceFacts sf : facts) {
        if (sf.evidence().length > f) {
          sf.evidence()[f].byType().forEach((k, v) -> byType.merge(k, v, Double::sum));
          for (SpanEdit e : sf.evidence()[f].likelyEdits()) {
            made.merge(swapOf(sf, e), 1, Integer::sum);
          }
        }
      }
      int found = 0;
      java.util.Set<String> types = new java.util.HashSet<>();
      double sum = 0;
      for (Map.Entry<String, Double> e : byType.entrySet()) {
        int lt = e.getKey().indexOf('<');
        if (lt < 0) {
          continue; // a word kept: evidence against its swaps, added to each below
        }
        // the swap's evidence, less what its original left as written says against the family swapping it
        double v = e.getValue() + byType.getOrDefault(e.getKey().substring(0, lt), 0.0);
        if (v > SPREAD_TYPE_MIN) {
          found++;
          sum += v - SPREAD_TYPE_MIN;
          if (made.getOrDefault(e.getKey(), 0) >= SPREAD_MADE) {
            types.add(e.getKey());
          }
        }
      }
      double perWord = sum / Math.max(1, words);
      if (found >= SPREAD_TYPES && perWord >= SPREAD_DENSITY && (best == null || perWord > best.perWord())) {
        double p = Calibration.probability(Math.log(99) * (perWord - SPREAD_DENSITY) / SPREAD_DENSITY);
        best = new Detection.Spread(families.get(f).family(), types, perWord, p, 0);
      }
    }
    return best;
  }

  /** Whether paragraph {@code pi} holds a likely edit under family {@code f} of one of {@code spread}'s swaps. */
  private static boolean holdsSwap(TokenizedText text, List<SentenceFacts> facts, int pi, int f,
      Detection.Spread spread) {
    Paragraph p = text.paragraphs().get(pi);
    for (int k = p.firstSentence(); k < p.endSentence(); k++) {
      SentenceFacts sf = facts.get(k);
      if (sf.evidence().length > f) {
        for (SpanEdit e : sf.evidence()[f].likelyEdits()) {
          if (spread.types().contains(swapOf(sf, e))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** The swap key of likely edit {@code e} in sentence {@code sf} ({@link EvidenceScorer#swapKey}). */
  private static String swapOf(SentenceFacts sf, SpanEdit e) {
    List<Token> ws = sf.words();
    List<String> spun = new ArrayList<>(e.length());
    for (int k = e.start(); k < e.start() + e.length() && k < ws.size(); k++) {
      spun.add(ws.get(k).text());
    }
    return EvidenceScorer.swapKey(e.original(), spun);
  }

  /**
   * Words of a section of a text of up to {@link #CONTEXT_WORDS} words judged on its own, at the same bar ({@link
   * #SURE_SECTION}): a spun article padded with clean boilerplate (a red-teaming trick: 165 spun words followed by 467
   * clean ones scored P 0.05 as a whole) is spun, in the paragraphs of its surely spun section only. On the 199 clean
   * news openings, the 31 originals and 95 honest rewrites of a plagiarism service's trial it called no text spun that
   * was not already (at 150 words). At 100 words (from 150, stop 36), a spun article of 120 words among 485 clean ones
   * is found (a library trial: P 0.017 before), and of 25 held-out texts with one spun stretch of 81-189 words 5 are
   * called spun (3 at 150); no text of clean-news, the originals, the system's licences or 50 held-out clean texts is
   * called spun that was not, the calibration check is unchanged, and so are the development outputs.
   */
  public static final int SHORT_SECTION_WORDS = 100;

  /**
   * The sections of a text that are surely spun on their own ({@link #SURE_SECTION}): from each paragraph, the
   * fewest paragraphs that reach {@code sectionWords} words ({@link #SECTION_WORDS} in a long text, {@link
   * #SHORT_SECTION_WORDS} in a shorter one), judged as a document. Each as {first paragraph, last
   * paragraph, log-odds with the listed phrases, log-odds without them (from {@code ownFacts})}.
   */
  private List<double[]> sureSections(TokenizedText text, List<SentenceFacts> facts, int[] words,
      List<SentenceFacts> ownFacts, int sectionWords) {
    List<double[]> out = new ArrayList<>();
    int n = words.length;
    for (int i = 0; i < n; i++) {
      int total = 0;
      int j = i;
      while (j < n && (total += words[j]) < sectionWords) {
        j++;
      }
      if (j == n) {
        break; // the rest is shorter than a section (and was judged with the whole)
      }
      int from = text.paragraphs().get(i).firstSentence();
      int to = text.paragraphs().get(j).endSentence();
      Features w = aggregate(facts, from, to, 0);
      double own = calibration.documentProbability(ownFacts == facts ? w : aggregate(ownFacts, from, to, 0));
      double p = counted(own, w);
      if (p >= SURE_SECTION) {
        out.add(new double[] {i, j, Calibration.logit(p), Calibration.logit(own)});
      }
    }
    return out;
  }

  /** The facts of a sentence that is not scored: no words, no evidence. */
  private SentenceFacts unscored(Sentence s) {
    SentenceEvidence none = new SentenceEvidence(0, 0, List.of(), 0);
    SentenceEvidence[] ev = new SentenceEvidence[families.size()];
    java.util.Arrays.fill(ev, none);
    return new SentenceFacts(s, List.of(), ev, open == null ? null : none, 0, 0, 0, 0, 0, offsets(List.of()), 0);
  }

  private SentenceFacts facts(TokenizedText text, Sentence s, DocumentIds ids, boolean types) {
    List<Token> wordTokens = TextRestorer.wordTokens(text, s);
    List<String> words = new ArrayList<>(wordTokens.size());
    int oov = 0;
    int lower = 0;
    // the language model's gain from context: log10 P(w | history) - log10 P(w), over known lower-case words
    LmState state = lm.newState();
    LmState next = lm.newState();
    lm.beginSentence(state);
    int[] unigram = new int[1];
    double gain = 0;
    int gainWords = 0;
    for (Token t : wordTokens) {
      words.add(t.text());
      String w = Words.canonical(ids.spelled(t.text()));
      int id = vocabulary.id(w);
      boolean known = id != vocabulary.unknownId();
      if (!known && !Words.isLexical(w)) {
        continue; // punctuation the model does not know is transparent, as in the decoder
      }
      float lp = lm.log10Score(state, id, next);
      LmState swap = state;
      state = next;
      next = swap;
      if (t.kind() == Token.Kind.WORD && CasePattern.of(t.text()) == CasePattern.LOWER) {
        lower++;
        if (!known) {
          oov++;
        } else {
          gain += lp - unigram(id, unigram);
          gainWords++;
        }
      }
    }
    // an address or handle is left out of the words read, but it is a word the model does not know: the
    // out-of-vocabulary rate counts it once (its pieces were words, mostly unknown, when the calibration was fitted).
    // Once a sentence, and only in a sentence with lower-case words: a line of hashtags ("#news #breaking #world")
    // had counted six unknown words and turned a spun post "not spun" (P 0.70 -> 0.40), and a contact address
    // under a text in capitals, which has no lower-case word, made its rate 1 of 1 (P 0.75 -> 0.000)
    int links = lower > 0 ? Math.min(1, text.linksStartingIn(s.span())) : 0;
    oov += links;
    lower += links;
    SentenceEvidence[] ev = new SentenceEvidence[families.size()];
    for (int i = 0; i < ev.length; i++) {
      ev[i] = scorer.score(words, families.get(i), ids, types);
    }
    SentenceEvidence openEv = open == null ? null : openScorer.score(words, open, ids);
    return new SentenceFacts(s, wordTokens, ev, openEv, spintax(text.text(), wordTokens, this::known), oov, lower, gain,
        gainWords, offsets(wordTokens), clauseMarks(s, text));
  }

  /**
   * The commas, semicolons and colons of sentence {@code s} of {@code text}: how many clauses its sentences hold
   * ({@link Features#marksPerSentence()}).
   */
  private static int clauseMarks(Sentence s, TokenizedText text) {
    int n = 0;
    for (Token t : text.tokens(s)) {
      n += t.kind() == Token.Kind.PUNCT && (t.text().equals(",") || t.text().equals(";") || t.text().equals(":"))
          ? 1 : 0;
    }
    return n;
  }

  /** log10 P_LM(word) without context, cached; {@code scratch} is a one-element array to query with. */
  private float unigram(int id, int[] scratch) {
    if (id < 0 || id >= unigrams.length) {
      scratch[0] = id;
      return lm.log10Prob(scratch, 0, 1);
    }
    float u = unigrams[id];
    if (Float.isNaN(u)) {
      scratch[0] = id;
      u = lm.log10Prob(scratch, 0, 1);
      unigrams[id] = u;
    }
    return u;
  }

  /**
   * Punctuation that, right before a "{", makes it markup: a word diff's marks ("+{fa}nt", "-t-{wo}"), a path or URL
   * template ("projects/{project}/"), variables and format strings ("${name}", "%{x}"), TeX ("x_{i}", "\\{").
   */
  private static final java.util.Set<String> MARKUP_MARKS =
      java.util.Set.of("+", "-", "/", "\\", "$", "%", "#", "@", "=", "_", "^", "*", "~");

  /**
   * Leftover spintax groups in {@code text}: "{" then up to ten of its {@code words} (words, numbers, "|" or ",")
   * then "}" ("{that a}", "{big|large}"), beginning with a word or number and holding a word of two letters or more
   * that {@code known} accepts (the language model's vocabulary: spinners leave braces around the text's own words).
   * Not counted, as code, markup or mathematics: a brace attached to a letter or digit before it ("\\emph{", "f{",
   * "@var{x}"), to a {@link #MARKUP_MARKS mark} ("+{", "/{", "${") or to a closing bracket ("argv(){end}"); a closing
   * brace attached to a letter, digit or "/" after it ("+{fa}nt", "{project}/"); a group holding other punctuation
   * ("{ x = 1; }"), only numbers and letters ("{0, 1}", "{x, y}": sets), unknown words, or space inside its braces
   * ("the { and } operators"); a group beside "|", "[", "]", "=" or ":" ("[ off | {on} ]", "color: {colorspec} |":
   * an option list), between straight quotes that touch it ("\"{normalized}\"": a string), that is a function's
   * argument ("legend ({cellstr})", "(s1, {cellstr})"), that follows a code span ("`path` {string}": an API
   * reference's type), begins a list item ("* {string}"), is a role before a code span ("{mod}`ensurepip`", MyST
   * Markdown), or stands beside another group without offering alternatives ("Copyright {yyyy} {name of copyright
   * owner}": a template's fields). Other punctuation may touch the braces ("{dollars}’",
   * "R&{B award-winning}").
   */
  static int spintax(String text, List<Token> words, java.util.function.Predicate<String> known) {
    int count = 0;
    for (int i = 0; i < words.size(); i++) {
      Token open = words.get(i);
      char before = open.start() > 0 ? text.charAt(open.start() - 1) : ' ';
      if (!open.text().equals("{") || Character.isLetterOrDigit(before)
          || MARKUP_MARKS.contains(String.valueOf(before)) || before == ')' || before == ']'
          || i > 0 && OPTION_MARKS.contains(words.get(i - 1).text()) || markupBefore(text, open.start())) {
        continue;
      }
      boolean word = false;
      boolean alternatives = false;
      for (int j = i + 1; j < Math.min(words.size(), i + 12); j++) {
        Token t = words.get(j);
        if (t.text().equals("}")) {
          char after = t.end() < text.length() ? text.charAt(t.end()) : ' ';
          // a brace closed inside a word ("+{fa}nt+{a}sti+{c}", a word diff) or a path ("{project}/") is markup too,
          // and so is a role before a code span ("{ref}`install`", MyST Markdown)
          boolean inWord = Character.isLetterOrDigit(after) || after == '/' || after == '`';
          boolean spaced = words.get(i + 1).start() > open.end() || t.start() > words.get(j - 1).end();
          boolean option = j + 1 < words.size() && OPTION_MARKS.contains(words.get(j + 1).text());
          boolean quoted = (before == '"' || before == '\'') && after == before;
          boolean argument = after == ')' && (before == '(' || i > 0 && words.get(i - 1).text().equals(","));
          boolean fields = !alternatives && besideAnotherGroup(text, open.start(), t.end());
          if (j >= i + 2 && word && !inWord && !spaced && !option && !quoted && !argument && !fields) {
            count++;
          }
          i = j;
          break;
        }
        boolean lexical = t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.NUMBER;
        if (!(lexical || j > i + 1 && (t.text().equals("|") || t.text().equals(",")))) {
          break;
        }
        alternatives |= t.text().equals("|");
        word |= t.kind() == Token.Kind.WORD && letters(t.text()) >= 2 && known.test(t.text());
      }
    }
    return count;
  }

  /**
   * Whether a "{" at {@code at} follows a code span ("* `path` {string}", an API reference's type: the span itself is
   * not among the words read) or begins a list item ("* {string}", "- {Object}"), spaces between.
   */
  private static boolean markupBefore(String text, int at) {
    int k = skipSpacesBack(text, at - 1);
    if (k < 0) {
      return false;
    }
    char c = text.charAt(k);
    if (c == '`') {
      return true;
    }
    if (c != '*' && c != '-') {
      return false;
    }
    int j = skipSpacesBack(text, k - 1);
    return j < 0 || text.charAt(j) == '\n';
  }

  /** The position at or before {@code k} past spaces and tabs, or -1. */
  private static int skipSpacesBack(String text, int k) {
    while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k--;
    }
    return k;
  }

  /** The position at or after {@code k} past spaces and tabs, or {@code text.length()}. */
  private static int skipSpaces(String text, int k) {
    while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  /**
   * Whether the group from the "{" at {@code open} to the "}" ending at {@code end} has another group beside it,
   * spaces between: with a group that offers no alternatives (its caller's test), a template's fields ("Copyright
   * {yyyy} {name of copyright owner}"); spintax written out ("{the|a} {talks|plan}") offers them.
   */
  private static boolean besideAnotherGroup(String text, int open, int end) {
    int k = skipSpacesBack(text, open - 1);
    int m = skipSpaces(text, end);
    return k >= 0 && text.charAt(k) == '}' || m < text.length() && text.charAt(m) == '{';
  }

  /** Marks beside a brace group that make it an option list or an assignment, not prose. */
  private static final java.util.Set<String> OPTION_MARKS = java.util.Set.of("|", "[", "]", "=", ":");

  private static int letters(String word) {
    int n = 0;
    for (int k = 0; k < word.length(); k++) {
      n += Character.isLetter(word.charAt(k)) ? 1 : 0;
    }
    return n;
  }

  /** Whether the language model knows {@code word}, or each part of it between hyphens ("award-winning"). */
  private boolean known(String word) {
    String w = Words.canonical(word);
    if (vocabulary.id(w) != vocabulary.unknownId()
        || vocabulary.id(w.toLowerCase(java.util.Locale.ROOT)) != vocabulary.unknownId()) {
      return true;
    }
    if (w.indexOf('-') < 0) {
      return false;
    }
    for (String part : w.split("-")) {
      if (!part.isEmpty() && vocabulary.id(part.toLowerCase(java.util.Locale.ROOT)) == vocabulary.unknownId()) {
        return false;
      }
    }
    return true;
  }

  private Features aggregate(List<SentenceFacts> facts, int from, int to, double documentLogit) {
    int words = 0;
    int spintax = 0;
    int oov = 0;
    int lower = 0;
    double[] ratio = new double[families.size()];
    int[] table = new int[families.size()];
    int[] shown = new int[families.size()];
    int openEdits = 0;
    int openShown = 0;
    double openRatio = 0;
    int[] phrase = new int[families.size()];
    double gain = 0;
    int gainWords = 0;
    int sentences = 0;
    int marks = 0;
    int misfits = 0;
    for (int k = from; k < to; k++) {
      SentenceFacts sf = facts.get(k);
      words += sf.words().size();
      misfits += sf.misfits();
      sentences += sf.words().isEmpty() ? 0 : 1;
      marks += sf.words().isEmpty() ? 0 : sf.marks();
      gain += sf.contextGain();
      gainWords += sf.contextWords();
      spintax += sf.spintax();
      oov += sf.oov();
      lower += sf.lower();
      if (sf.openEvidence() != null) {
        openEdits += sf.openEvidence().likelyEdits().size();
        for (SpanEdit e : sf.openEvidence().likelyEdits()) {
          openShown += sureOpen(sf, e) ? 1 : 0;
        }
        openRatio += sf.openEvidence().log10Ratio();
      }
      for (int i = 0; i < ratio.length; i++) {
        SentenceEvidence e = sf.evidence()[i];
        ratio[i] += e.log10Ratio() + sf.offsets()[i];
        table[i] += e.tableEdits();
        phrase[i] += e.listedPhrases();
        shown[i] += sf.shown()[i];
      }
    }
    int best = -1;
    Map<String, Double> ratios = new HashMap<>();
    for (int i = 0; i < ratio.length; i++) {
      ratios.put(families.get(i).family(), ratio[i]);
      if (best < 0 || ratio[i] > ratio[best]) {
        best = i;
      }
    }
    if (best < 0) {
      return new Features(words, ratios, NOT_SPUN, 0, openEdits, openRatio, spintax, oov, lower, 0, gain, gainWords,
          documentLogit, 0, sentences, marks, misfits, openShown);
    }
    return new Features(words, ratios, families.get(best).family(), table[best], openEdits, openRatio, spintax, oov,
        lower, phrase[best], gain, gainWords, documentLogit, shown[best], sentences, marks, misfits, openShown);
  }

  /** {@link #shown} for each family's evidence of a sentence. */
  private static int[] shownPerFamily(List<Token> words, SentenceEvidence[] evidence) {
    int[] out = new int[evidence.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = shown(words, evidence[i].likelyEdits());
    }
    return out;
  }

  /** The default settings, by which {@link Features#shownEdits()} counts whatever confidence a user asks for. */
  private static final DecoderSettings SHOWN_AT = DecoderSettings.DEFAULTS;

  /**
   * The confidence from which a likely edit shows a short text's verdict: one unsure span ("Current timetables are
   * available on our website.", "Current" -> "present" at 0.52) let the thesaurus evidence of the other words through
   * (P 0.999). Chosen on the held-out real sentences and runs of the calibration (F1 0.789 at the default 0.5, 0.804 at
   * 0.8, 0.808 at 0.9; docs/benchmarks.md).
   */
  static final double SURE_TO_SHOW = 0.9;

  /**
   * How many of a sentence's likely edits a span would show at the default settings: a swap of prepositions or
   * modals only when sure enough ({@link DecoderSettings#minConfidence(String, String)}); not a respelling, a number
   * written the other way, an article or a contraction ({@link #everydayVariant}), nor a pair of thesaurus neighbours
   * the language model knows as a collocation ({@code COLLOCATION}, with a {@code --phrases} list): evidence of the
   * thesaurus and the model, which a clean heading of rare words also gives ("basin floor" -> "ground floor" made "6.2
   * Clogging of the basin floor in central Tunisia" spun at 0.997 with a one-line list, 0.064 without).
   */
  private static int shown(List<Token> words, List<SpanEdit> likely) {
    int n = 0;
    for (SpanEdit e : likely) {
      if (everydayVariant(e) || e.origin() == Candidate.Origin.COLLOCATION) {
        continue;
      }
      StringBuilder spun = new StringBuilder();
      for (int k = e.start(); k < e.start() + e.length() && k < words.size(); k++) {
        spun.append(k > e.start() ? " " : "").append(words.get(k).text());
      }
      if (e.confidence() >= Math.max(SURE_TO_SHOW, SHOWN_AT.minConfidence(spun.toString(), e.original()))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code e} is one of the systematic rules' variants every writer also uses: a UK spelling, digits or a
   * number word, "a" / "an", a contraction. Spinners make them, but a short clean text has them as often ("a
   * personalised skincare routine", "Get 3 Months of Premium": "nothing to show" without them, P 1.000 and 0.95
   * with them, the thesaurus evidence of their other words let through), so they are nothing to show a short text's
   * verdict by.
   * The rules' spinner habits ("12 months" for "year", "Could" for "May") count.
   */
  public static boolean everydayVariant(SpanEdit e) {
    if (e.origin() != Candidate.Origin.RULE) {
      return false;
    }
    String o = e.original().toLowerCase(java.util.Locale.ROOT);
    return !(o.equals("year") || o.equals("years") || o.equals("may"));
  }

  /** {@link org.unspin.lexicon.AcronymSource#misfitDefinitions} of a sentence's words (none without a parenthesis). */
  private static int misfitAcronyms(List<Token> words) {
    for (Token t : words) {
      if (t.text().equals("(")) {
        return org.unspin.lexicon.AcronymSource.misfitDefinitions(texts(words));
      }
    }
    return 0;
  }

  private static List<String> texts(List<Token> words) {
    List<String> out = new ArrayList<>(words.size());
    for (Token t : words) {
      out.add(t.text());
    }
    return out;
  }

  /** The words and numbers (no punctuation) of sentences {@code from} to {@code to} (exclusive). */
  private static int lexicalWords(List<SentenceFacts> facts, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      for (Token w : facts.get(k).words()) {
        n += w.isLexical() ? 1 : 0;
      }
    }
    return n;
  }
}
