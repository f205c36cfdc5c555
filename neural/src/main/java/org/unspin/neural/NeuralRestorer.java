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
import org.unspin.decode.DocumentIds;
import org.unspin.decode.RestoredText;
import org.unspin.decode.SentenceDecoding;
import org.unspin.decode.SpanEdit;
import org.unspin.decode.TextEdit;
import org.unspin.decode.TextRestorer;
import org.unspin.decode.TextRestoring;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lm.LanguageModel;
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
 * decoder alone. The result says what the pass did ({@link RestoredText#neural()}): the queries spent, where the cap
 * ran out, and each edit it re-decided, with the n-gram decoder's reading and posterior before, those it removed
 * among them. When detection has its own budget, the masked queries of each part of the document (about 400
 * words, so that a long one's answers need not all be held in memory at once) go to the model in
 * three batches (detection, the second step of two-[MASK] detection, rescoring), with the decisions of the
 * sentence-at-a-time order; bigger batches cost about a third less CPU per query on 2 cores. Output is as faithful as
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
  private final boolean batched;

  /** Receives each re-decision ({@link Trace}), for benchmarks; does nothing in the restorers users get. */
  private final java.util.function.Consumer<Trace> trace;

  NeuralRestorer(Decoder decoder, MaskedLm mlm, Plausibility plausibility, NeuralSettings settings) {
    this(decoder, mlm, plausibility, settings, true);
  }

  /** {@code batched} false: one sentence at a time, each question its own batch (the reference order, for tests). */
  NeuralRestorer(Decoder decoder, MaskedLm mlm, Plausibility plausibility, NeuralSettings settings,
      boolean batched) {
    this(decoder, mlm, plausibility, settings, batched, null);
  }

  /**
   * A restorer that hands {@code trace} every re-decision as it is made, on the thread that restores (null: none),
   * for benchmarks that replay them under other weights without asking the masked LM again.
   */
  NeuralRestorer(Decoder decoder, MaskedLm mlm, Plausibility plausibility, NeuralSettings settings,
      boolean batched, java.util.function.Consumer<Trace> trace) {
    this.trace = trace;
    this.batched = batched;
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.mlm = Objects.requireNonNull(mlm, "mlm");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.detector = OpenVocabularyDetector.create(mlm, plausibility, settings);
    double floor = Math.min(settings.reviewFloor(), decoder.settings().minConfidence());
    this.reviewing = Decoder.create(decoder.languageModel(),
        decoder.settings().toBuilder().minConfidence(floor).functionWordMinConfidence(floor)
            .rareOriginalMinConfidence(floor).neuralLog10Penalty(settings.proposalLog10Penalty())
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
    List<List<Token>> sentences = new ArrayList<>();
    int totalWords = 0;
    for (Sentence s : text.sentences()) {
      if (!paragraphs.test(s.paragraph())) {
        continue;
      }
      List<Token> wt = TextRestorer.wordTokens(text, s);
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
    ToDoubleFunction<String> rarity = rarity(decoder.languageModel());
    Tally tally = new Tally(text, budget[0] + detectBudget[0]);
    if (separate && batched) {
      RestoredText r = restoreBatched(text, channel, sentences, budget, detectBudget, rarity, tally);
      return r.withNeural(java.util.Optional.of(tally.pass(budget[0], detectBudget[0])));
    }
    List<TextEdit> edits = new ArrayList<>();
    double score = 0;
    DocumentIds ids = DocumentIds.create(decoder, text);
    for (List<Token> wt : sentences) {
      List<String> words = new ArrayList<>(wt.size());
      for (Token t : wt) {
        words.add(t.text());
      }
      int firstLexical = TextRestorer.firstLexical(wt);
      SentenceDecoding d;
      List<SpanEdit> chosen;
      if (budget[0] <= 0) {
        tally.unchecked(wt.get(0).start());
        d = decoder.decode(words, channel, ids);
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
            settings.proposalLog10Channel(), settings.strongProposalLog10Prob(), weakLog10Extra,
            settings.weakLinkProposals(), settings.weakPhraseLinks());
        d = reviewing.decode(words, withProposals, ids);
        chosen = QueryBatch.now(mlm.model(), batch -> review(wt, words, d.edits(), withProposals, firstLexical,
            budget, batch, tally));
      }
      score += d.log10Best();
      for (SpanEdit e : chosen) {
        TextRestorer.addTextEdit(text, wt, e, e.start() <= firstLexical, edits);
      }
    }
    return RestoredText.of(text.text(), edits, score)
        .withNeural(java.util.Optional.of(tally.pass(budget[0], separate ? detectBudget[0] : 0)));
  }

  /**
   * What one call of {@link #restore} spent and re-decided, for its {@link org.unspin.decode.NeuralPass}: filled in
   * input order (the sentences in order, the reviews as their batch is read).
   */
  private static final class Tally {
    private final TokenizedText text;
    private final int cap;
    private int uncheckedFrom = -1;
    private final List<org.unspin.decode.NeuralPass.Review> reviews = new ArrayList<>();

    Tally(TokenizedText text, int cap) {
      this.text = text;
      this.cap = cap;
    }

    /** The masked LM did not check the word at {@code offset} for want of queries. */
    void unchecked(int offset) {
      if (uncheckedFrom < 0 || offset < uncheckedFrom) {
        uncheckedFrom = offset;
      }
    }

    /**
     * The n-gram decoder's edit {@code e} of the sentence of word tokens {@code wt}, re-decided: its reading's
     * posterior is now {@code after}; {@code removed} when the n-gram decoder alone would have applied it and the
     * masked LM did not.
     */
    void reviewed(List<Token> wt, SpanEdit e, boolean sentenceStart, double after, boolean removed) {
      TextRestorer.textEdit(text, wt, e, sentenceStart).ifPresent(t -> reviews.add(
          new org.unspin.decode.NeuralPass.Review(t.span(), t.spun(), t.original(), t.replacement(), e.confidence(),
              after, removed)));
    }

    /** The pass, with {@code left} and {@code detectLeft} of the budgets (which start at {@code cap} together). */
    org.unspin.decode.NeuralPass pass(int left, int detectLeft) {
      return new org.unspin.decode.NeuralPass(cap - left - detectLeft, cap, uncheckedFrom, reviews);
    }
  }

  /** Detection queries asked for sentences reached after the rescoring budget ran out, for benchmarks. */
  static final java.util.concurrent.atomic.LongAdder UNUSED_DETECTION = new java.util.concurrent.atomic.LongAdder();

  /**
   * {@link #restore} when detection has a budget of its own, with the masked queries of all sentences in few
   * batches: (1) the detection of every sentence is planned (its spans and query count do not depend on the
   * answers) and (2) asked in two batches; (3) sentence by sentence, the decoder decodes and the edits to rescore
   * are chosen, spending the budget in the same order as one sentence at a time would; (4) the rescoring queries of
   * all sentences are asked in one batch. Detection is asked for every sentence before the rescoring budget is
   * known to last; the answers for sentences reached after it ran out are not used (as in the sentence-at-a-time
   * order, such sentences are decoded without the masked LM). The decisions are those of the sentence-at-a-time
   * order. A long document goes through these steps in parts of about {@link #CHUNK_WORDS} words, one after the
   * other, so that its answers never all wait in memory at once.
   */
  private RestoredText restoreBatched(TokenizedText text, ChannelModel channel, List<List<Token>> sentences,
      int[] budget, int[] left, ToDoubleFunction<String> rarity, Tally tally) {
    DocumentIds ids = DocumentIds.create(decoder, text);
    double[] score = {0};
    List<TextEdit> edits = new ArrayList<>();
    for (int from = 0; from < sentences.size(); ) {
      int to = from;
      int words = 0;
      do {
        words += sentences.get(to++).size();
      } while (to < sentences.size() && words + sentences.get(to).size() <= CHUNK_WORDS);
      restoreChunk(text, channel, sentences.subList(from, to), budget, left, rarity, ids, score, edits, tally);
      from = to;
    }
    return RestoredText.of(text.text(), edits, score[0]);
  }

  /**
   * Sentences of up to this many words (or one longer sentence) are asked about together in
   * {@link #restoreBatched}: every answer holds a row over the whole vocabulary (116 KB) until the part is done,
   * and a part asks up to about 45 queries per 100 words, so a part holds about 20 MB whatever the document's
   * length (a whole 30,000-word thesis at once, 1.5 GB, ran out of memory). A forward pass takes at most
   * {@link BertMlm#MAX_BATCH} queries, so bigger parts would not batch better.
   */
  static final int CHUNK_WORDS = 400;

  /**
   * {@link #restoreBatched} for consecutive sentences: spends {@code budget} and {@code detectLeft}, adds to
   * {@code score} and {@code edits} in sentence order, as the sentence-at-a-time order does.
   */
  private void restoreChunk(TokenizedText text, ChannelModel channel, List<List<Token>> sentences, int[] budget,
      int[] detectLeft, ToDoubleFunction<String> rarity, DocumentIds ids, double[] score, List<TextEdit> edits,
      Tally tally) {
    int n = sentences.size();
    List<List<String>> words = new ArrayList<>(n);
    List<OpenVocabularyDetector.Pending> detections = new ArrayList<>(n);
    // a question asked again later in the part (the same masked sentence) is answered from here
    Map<QueryBatch.Key, float[][]> memo = QueryBatch.memo();
    QueryBatch first = new QueryBatch(mlm.model(), memo);
    for (List<Token> wt : sentences) {
      List<String> w = new ArrayList<>(wt.size());
      for (Token t : wt) {
        w.add(t.text());
      }
      words.add(w);
      int available = Math.min(detectLeft[0],
          (int) Math.ceil(settings.detectionQueriesPer100Words() * w.size() / 100.0));
      OpenVocabularyDetector.Pending p = detector.plan(w, available, rarity, i -> ask(channel, w, i));
      detectLeft[0] -= p.queries();
      p.askFirst(first);
      detections.add(p);
    }
    first.run();
    QueryBatch second = new QueryBatch(mlm.model(), memo);
    for (OpenVocabularyDetector.Pending p : detections) {
      p.askSecond(second);
    }
    second.run();
    QueryBatch rescoring = new QueryBatch(mlm.model(), memo);
    List<java.util.function.Supplier<List<SpanEdit>>> chosen = new ArrayList<>(n);
    int[] firstLexical = new int[n];
    for (int s = 0; s < n; s++) {
      List<String> w = words.get(s);
      firstLexical[s] = TextRestorer.firstLexical(sentences.get(s));
      SentenceDecoding d;
      if (budget[0] <= 0) {
        tally.unchecked(sentences.get(s).get(0).start());
        UNUSED_DETECTION.add(detections.get(s).queries());
        d = decoder.decode(w, channel, ids);
        List<SpanEdit> plain = d.edits();
        chosen.add(() -> plain);
      } else {
        OpenVocabularyDetector.Result found = detections.get(s).result();
        ChannelModel withProposals = found.flags().isEmpty() ? channel : ProposalChannel.of(channel, found.flags(),
            settings.proposalLog10Channel(), settings.strongProposalLog10Prob(), weakLog10Extra,
            settings.weakLinkProposals(), settings.weakPhraseLinks());
        d = reviewing.decode(w, withProposals, ids);
        chosen.add(review(sentences.get(s), w, d.edits(), withProposals, firstLexical[s], budget, rescoring, tally));
      }
      score[0] += d.log10Best();
    }
    rescoring.run();
    for (int s = 0; s < n; s++) {
      for (SpanEdit e : chosen.get(s).get()) {
        TextRestorer.addTextEdit(text, sentences.get(s), e, e.start() <= firstLexical[s], edits);
      }
    }
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

  /**
   * The posterior a final edit needs, as the n-gram decoder asks it
   * ({@link org.unspin.decode.DecoderSettings#minConfidence(String, String)}).
   */
  private double needed(List<String> words, SpanEdit e) {
    return e.length() == 1 ? decoder.settings().minConfidence(words.get(e.start()), e.original())
        : decoder.settings().minConfidence();
  }

  /**
   * What {@link #needed} is compared with for {@code e}: its posterior, or the confidence it states where the bar is a
   * user's ({@link org.unspin.decode.DecoderSettings#confidenceAtBar}), as the n-gram decoder compares it.
   */
  private double atBar(SpanEdit e, ChannelModel channel) {
    return decoder.settings().confidenceAtBar(e.confidence(), e.origin(), channel);
  }

  /**
   * Re-decides the uncertain edits of one sentence (its word tokens {@code wt}, their texts {@code words}) with the
   * masked LM, its queries added to {@code batch} (the budget is spent now: which edits are rescored does not depend
   * on the answers); the edits may be read once the batch has run, which also notes the re-decisions in
   * {@code tally}.
   */
  private java.util.function.Supplier<List<SpanEdit>> review(List<Token> wt, List<String> words,
      List<SpanEdit> edits, ChannelModel channel, int firstLexical, int[] budget, QueryBatch batch, Tally tally) {
    double min = decoder.settings().minConfidence();
    List<java.util.function.Supplier<SpanEdit>> out = new ArrayList<>();
    for (SpanEdit e : edits) {
      if (e.confidence() >= settings.sure()) {
        out.add(() -> e);
        continue;
      }
      if (budget[0] <= 0) {
        tally.unchecked(wt.get(e.start()).start());
        if (atBar(e, channel) >= needed(words, e)) {
          out.add(() -> e);
        }
        continue;
      }
      int[] ctxStart = new int[1];
      List<String> context = context(words, edits, e, min, firstLexical, ctxStart);
      java.util.function.Supplier<Decision> r = rescore(words, e, channel, e.start() <= firstLexical, budget,
          context, ctxStart[0], batch, wt.get(e.start()).start(), wt.get(e.start() + e.length() - 1).end());
      out.add(() -> {
        Decision x = r.get();
        SpanEdit y = x.edit() != null && atBar(x.edit(), channel) >= needed(words, x.edit()) ? x.edit() : null;
        boolean ngramWould = atBar(e, channel) >= needed(words, e);
        if (y != null || ngramWould) {
          tally.reviewed(wt, e, e.start() <= firstLexical, x.ngramAfter(), y == null);
        }
        return y;
      });
    }
    return () -> {
      List<SpanEdit> kept = new ArrayList<>(out.size());
      for (java.util.function.Supplier<SpanEdit> x : out) {
        SpanEdit y = x.get();
        if (y != null) {
          kept.add(y);
        }
      }
      return kept;
    };
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

  /**
   * A re-decision: the edit that wins, or null to keep the spun words, and the posterior of the n-gram decoder's
   * reading after rescoring.
   */
  private record Decision(SpanEdit edit, double ngramAfter) {}

  private java.util.function.Supplier<Decision> rescore(List<String> words, SpanEdit e, ChannelModel channel,
      boolean sentenceStart, int[] budget, List<String> context, int contextStart, QueryBatch batch, int from,
      int to) {
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
    java.util.function.Supplier<double[]> scores = mlm.log10Scores(context, contextStart, e.length(), wordings, batch);
    return () -> {
      double[] pll = scores.get();
      if (trace != null) {
        double[] prior = new double[options.size()];
        boolean[] keep = new boolean[options.size()];
        double[] need = new double[options.size()];
        for (int k = 0; k < prior.length; k++) {
          Option o = options.get(k);
          prior[k] = o.prior();
          keep[k] = o.keep();
          need[k] = e.length() == 1 ? decoder.settings().minConfidence(words.get(e.start()), o.original())
              : decoder.settings().minConfidence();
        }
        trace.accept(new Trace(from, to, List.copyOf(wordings), prior, keep, need, pll.clone(), e.origin()));
      }
      return decide(words, e, options, pll);
    };
  }

  /**
   * One re-decision as the masked LM saw it, for benchmarks: the characters {@code [from, to)} of
   * the text, the readings weighed (cased as they would be written; the n-gram decoder's first, keeping the spun
   * words last), their n-gram posteriors, which keeps the spun words, the posterior each needs to be applied, and
   * their masked-LM pseudo-log-likelihoods.
   */
  record Trace(int from, int to, List<String> wordings, double[] prior, boolean[] keep, double[] needed,
      double[] pll, Candidate.Origin origin) {}

  /**
   * The re-decision of {@code e} among {@code options} (the first being {@code e}'s own reading) given their
   * pseudo-log-likelihoods.
   */
  private Decision decide(List<String> words, SpanEdit e, List<Option> options, double[] pll) {
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
      return new Decision(null, post[0]);
    }
    List<Alternative> alts = new ArrayList<>();
    for (int k = 1; k < order.length && alts.size() < decoder.settings().maxAlternatives(); k++) {
      Option o = options.get(order[k]);
      alts.add(new Alternative(o.keep() ? words.get(e.start()) : o.original(), post[order[k]], o.keep()));
    }
    return new Decision(new SpanEdit(e.start(), e.length(), best.original(), best.log10Channel(), post[order[0]],
        alts, best.family(), best.origin()), post[0]);
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
