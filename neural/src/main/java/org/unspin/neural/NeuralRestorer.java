// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
import org.unspin.decode.Alternative;
import org.unspin.decode.Decoder;
import org.unspin.decode.RestoredText;
import org.unspin.decode.SentenceDecoding;
import org.unspin.decode.SpanEdit;
import org.unspin.decode.TextEdit;
import org.unspin.decode.TextRestorer;
import org.unspin.decode.TextRestoring;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lm.LanguageModel;
import org.unspin.text.Replacement;
import org.unspin.text.Sentence;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;
import org.unspin.text.Words;

/**
 * The n-gram restorer with a BERT pass on top. For each sentence:
 * <ol>
 *   <li><b>open-vocabulary detection</b> ({@link OpenVocabularyDetector}) of the words the family's table has no
 *       candidate for ({@link NeuralSettings#detectionScope()}): words the masked LM finds out of place,
 *       with plausible originals among its predictions, which join the channel's candidates as
 *       {@link Candidate.Origin#NEURAL} candidates ({@link NeuralSettings#proposalLog10Channel()}); the decoder
 *       charges a strong proposal {@link NeuralSettings#proposalLog10Penalty()} instead of its open-vocabulary
 *       penalty;
 *   <li>the n-gram {@link Decoder} decodes the sentence, reporting edits down to
 *       {@link NeuralSettings#reviewFloor()};
 *   <li><b>rescoring</b>: each edit whose posterior is below {@link NeuralSettings#sure()} is re-decided between
 *       its original, its alternatives of the same length and keeping the spun words, by
 *       {@code log10 posterior + weight * log10 PLL}, where PLL is the masked-LM pseudo-likelihood of the wording
 *       in the whole sentence; the winner is applied if it is not "keep" and its new posterior reaches the decoder's
 *       {@code minConfidence}.
 * </ol>
 * Work is capped per document at {@link NeuralSettings#queriesPer100Words()} masked queries per 100 words for
 * rescoring, plus {@link NeuralSettings#detectionQueriesPer100Words()} for detection (when that is 0, detection may
 * take half of each sentence's share of the first); once spent, the remaining edits are decided by the n-gram
 * decoder alone. Output is as faithful as
 * {@link TextRestorer}'s (only replaced spans change).
 *
 * <p>Immutable and thread-safe (the model is shared; every call allocates its own state).
 *
 * @since 0.1
 */
public final class NeuralRestorer implements TextRestoring {

  private final Decoder decoder;
  private final Decoder reviewing;
  private final MaskedLm mlm;
  private final OpenVocabularyDetector detector;
  private final NeuralSettings settings;
  private final double weakLog10Extra;

  NeuralRestorer(Decoder decoder, MaskedLm mlm, Plausibility plausibility, NeuralSettings settings) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.mlm = Objects.requireNonNull(mlm, "mlm");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.detector = OpenVocabularyDetector.create(mlm, plausibility, settings);
    double floor = Math.min(settings.reviewFloor(), decoder.settings().minConfidence());
    this.reviewing = Decoder.create(decoder.languageModel(),
        decoder.settings().toBuilder().minConfidence(floor).neuralLog10Penalty(settings.proposalLog10Penalty())
            .build());
    this.weakLog10Extra = decoder.settings().openLog10Penalty() - settings.proposalLog10Penalty();
  }

  /** A restorer over {@code decoder}'s language model and settings, with the masked LM on top. */
  public static NeuralRestorer create(Decoder decoder, MaskedLm mlm, Plausibility plausibility,
      NeuralSettings settings) {
    return new NeuralRestorer(decoder, mlm, plausibility, settings);
  }

  public NeuralSettings settings() {
    return settings;
  }

  public OpenVocabularyDetector detector() {
    return detector;
  }

  @Override
  public RestoredText restore(TokenizedText text, ChannelModel channel, IntPredicate paragraphs) {
    List<Token> tokens = text.tokens();
    List<List<Token>> sentences = new ArrayList<>();
    int totalWords = 0;
    for (Sentence s : text.sentences()) {
      if (!paragraphs.test(s.paragraph())) {
        continue;
      }
      List<Token> wt = TextRestorer.wordTokens(tokens, s);
      if (!wt.isEmpty()) {
        sentences.add(wt);
        totalWords += wt.size();
      }
    }
    int[] budget = {Math.max(1, (int) Math.ceil(settings.queriesPer100Words() * totalWords / 100.0))};
    boolean separate = settings.detectionQueriesPer100Words() > 0;
    int[] detectBudget = {0};
    if (separate) {
      // the sum of the sentences' shares, so that rounding up leaves no sentence without one
      for (List<Token> wt : sentences) {
        detectBudget[0] += (int) Math.ceil(settings.detectionQueriesPer100Words() * wt.size() / 100.0);
      }
    }
    List<TextEdit> edits = new ArrayList<>();
    double score = 0;
    ToDoubleFunction<String> rarity = rarity(decoder.languageModel());
    for (List<Token> wt : sentences) {
      List<String> words = new ArrayList<>(wt.size());
      for (Token t : wt) {
        words.add(t.text());
      }
      int firstLexical = firstLexical(wt);
      SentenceDecoding d;
      List<SpanEdit> chosen;
      if (budget[0] <= 0) {
        d = decoder.decode(words, channel);
        chosen = d.edits();
      } else {
        int available;
        if (separate) {
          // detection has its own budget: this sentence's share of it
          available = Math.min(detectBudget[0],
              (int) Math.ceil(settings.detectionQueriesPer100Words() * words.size() / 100.0));
        } else {
          // detection may spend half of this sentence's share, so that rescoring keeps the rest
          available = Math.min(budget[0], (int) Math.ceil(settings.queriesPer100Words() * words.size() / 200.0));
        }
        List<String> sentence = words;
        OpenVocabularyDetector.Result found = detector.detect(words, available, rarity,
            i -> ask(channel, sentence, i));
        if (separate) {
          detectBudget[0] -= found.queries();
        } else {
          budget[0] -= found.queries();
        }
        ChannelModel withProposals = found.flags().isEmpty() ? channel : ProposalChannel.of(channel, found.flags(),
            settings.proposalLog10Channel(), settings.strongProposalLog10Prob(), weakLog10Extra);
        d = reviewing.decode(words, withProposals);
        chosen = review(words, d.edits(), withProposals, firstLexical, budget);
      }
      score += d.log10Best();
      for (SpanEdit e : chosen) {
        edits.add(TextRestorer.toTextEdit(text.text(), wt, e, e.start() <= firstLexical));
      }
    }
    List<Replacement> reps = new ArrayList<>(edits.size());
    for (TextEdit e : edits) {
      reps.add(new Replacement(e.span(), e.replacement()));
    }
    return new RestoredText(text.text(), Replacement.apply(text.text(), reps), edits, score);
  }

  /** Whether open-vocabulary detection asks about word {@code i}, by {@link NeuralSettings#detectionScope()}. */
  private boolean ask(ChannelModel channel, List<String> words, int i) {
    switch (settings.detectionScope()) {
      case EVERY_WORD:
        return true;
      case NO_CANDIDATE:
        return channel.candidates(words, i).isEmpty();
      default:
        for (Candidate c : channel.candidates(words, i)) {
          if (!ChannelModel.OPEN.equals(c.family()) && c.origin() != Candidate.Origin.THESAURUS) {
            return false;
          }
        }
        return true;
    }
  }

  /** Re-decides the uncertain edits of one sentence with the masked LM. */
  List<SpanEdit> review(List<String> words, List<SpanEdit> edits, ChannelModel channel, int firstLexical,
      int[] budget) {
    double min = decoder.settings().minConfidence();
    List<SpanEdit> out = new ArrayList<>();
    for (SpanEdit e : edits) {
      if (e.confidence() >= settings.sure()) {
        out.add(e);
        continue;
      }
      if (budget[0] <= 0) {
        if (e.confidence() >= min) {
          out.add(e);
        }
        continue;
      }
      int[] ctxStart = new int[1];
      List<String> context = context(words, edits, e, min, firstLexical, ctxStart);
      SpanEdit r = rescore(words, e, channel, e.start() <= firstLexical, budget, context, ctxStart[0]);
      if (r != null && r.confidence() >= min) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * The sentence as the n-gram decoder reads it (its edits at or above {@code min} applied, cased), except that
   * the edit under review, {@code e}, keeps the spun words; {@code start[0]} receives their index in it. BERT then
   * judges each reading of {@code e} in a context that is itself mostly restored, not in the spun one.
   */
  static List<String> context(List<String> words, List<SpanEdit> edits, SpanEdit e, double min, int firstLexical,
      int[] start) {
    List<String> out = new ArrayList<>(words.size() + 4);
    int k = 0;
    for (int i = 0; i < words.size(); ) {
      while (k < edits.size() && edits.get(k).start() < i) {
        k++;
      }
      SpanEdit f = k < edits.size() && edits.get(k).start() == i ? edits.get(k) : null;
      if (f == e) {
        start[0] = out.size();
        for (int j = i; j < i + e.length(); j++) {
          out.add(words.get(j));
        }
        i += e.length();
      } else if (f != null && f.confidence() >= min) {
        String spun = MaskedLm.join(words, i, f.length());
        for (String w : TextRestorer.cased(spun, f.original(), i <= firstLexical).split(" +")) {
          out.add(w);
        }
        i += f.length();
      } else {
        out.add(words.get(i));
        i++;
      }
    }
    return out;
  }

  /** One option of a re-decision. */
  private record Option(String original, double prior, boolean keep, double log10Channel, String family,
      Candidate.Origin origin) {}

  private SpanEdit rescore(List<String> words, SpanEdit e, ChannelModel channel, boolean sentenceStart,
      int[] budget, List<String> context, int contextStart) {
    // lengths and metadata of the candidates at this start, to keep alternatives that replace the same words
    Map<String, Candidate> sameLength = new HashMap<>();
    for (Candidate c : channel.candidates(words, e.start())) {
      if (c.start() == e.start() && c.length() == e.length()) {
        sameLength.merge(c.original().trim().toLowerCase(Locale.ROOT), c,
            (a, b) -> a.log10Channel() >= b.log10Channel() ? a : b);
      }
    }
    String spun = MaskedLm.join(words, e.start(), e.length());
    List<Option> options = new ArrayList<>();
    options.add(new Option(e.original(), e.confidence(), false, e.log10Channel(), e.family(), e.origin()));
    double keepPrior = 0;
    for (Alternative a : e.alternatives()) {
      if (a.kept()) {
        keepPrior += a.probability();
        continue;
      }
      Candidate c = sameLength.get(a.original().trim().toLowerCase(Locale.ROOT));
      if (c != null) {
        options.add(new Option(a.original(), a.probability(), false, c.log10Channel(), c.family(), c.origin()));
      }
    }
    double listed = 0;
    for (Option o : options) {
      listed += o.prior();
    }
    if (keepPrior <= 0) {
      // keeping was not among the listed alternatives: it gets what the listed readings leave
      keepPrior = Math.max(1 - listed, 1e-3);
    }
    options.add(new Option(spun, keepPrior, true, 0, e.family(), null));

    List<String> wordings = new ArrayList<>(options.size());
    for (Option o : options) {
      wordings.add(o.keep() ? spun : TextRestorer.cased(spun, o.original(), sentenceStart));
    }
    budget[0] -= cost(wordings);
    double[] pll = mlm.log10Scores(context, contextStart, e.length(), wordings);
    double[] combined = new double[options.size()];
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < combined.length; k++) {
      combined[k] = Math.log10(Math.max(options.get(k).prior(), 1e-6)) + settings.weight() * pll[k];
      max = Math.max(max, combined[k]);
    }
    double sum = 0;
    for (double c : combined) {
      sum += Math.pow(10, c - max);
    }
    double[] post = new double[combined.length];
    for (int k = 0; k < post.length; k++) {
      post[k] = Math.pow(10, combined[k] - max) / sum;
    }
    Integer[] order = new Integer[options.size()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -post[k]).thenComparingInt(k -> k));
    Option best = options.get(order[0]);
    if (best.keep()) {
      return null;
    }
    List<Alternative> alts = new ArrayList<>();
    for (int k = 1; k < order.length && alts.size() < decoder.settings().maxAlternatives(); k++) {
      Option o = options.get(order[k]);
      alts.add(new Alternative(o.keep() ? words.get(e.start()) : o.original(), post[order[k]], o.keep()));
    }
    return new SpanEdit(e.start(), e.length(), best.original(), best.log10Channel(), post[order[0]], alts,
        best.family(), best.origin());
  }

  /** Masked queries {@link MaskedLm#log10Scores} spends on {@code wordings}. */
  private int cost(List<String> wordings) {
    int single = 0;
    int n = 0;
    for (String w : new java.util.LinkedHashSet<>(wordings)) {
      int p = mlm.model().wordPiece().encode(w).length;
      if (p == 1) {
        single = 1;
      } else {
        n += p;
      }
    }
    return n + single;
  }

  private static int firstLexical(List<Token> wordTokens) {
    for (int k = 0; k < wordTokens.size(); k++) {
      if (wordTokens.get(k).isLexical()) {
        return k;
      }
    }
    return 0;
  }

  /** Rarer words first: the negated unigram log10 probability under the n-gram model. */
  private static ToDoubleFunction<String> rarity(LanguageModel lm) {
    return w -> {
      int id = lm.vocabulary().id(Words.canonical(w).toLowerCase(Locale.ROOT));
      if (id == lm.vocabulary().unknownId()) {
        id = lm.vocabulary().id(Words.canonical(w));
      }
      return -lm.log10Prob(new int[] {id}, 0, 1);
    };
  }
}
