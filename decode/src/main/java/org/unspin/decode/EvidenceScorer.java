// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.lm.LanguageModel;

/**
 * Scores how well a spinner family's channel explains a sentence from local evidence: each position's candidates
 * are compared with the spun words in their n-gram window only, as if edits were independent. This is the cheap
 * evidence spinner identification and detection run on; restoration uses the full {@link Decoder}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class EvidenceScorer {

  /**
   * log10 keep probability above which a position without candidates is one of the words a family's table does not
   * list (its default keep, such as family A's 0.961), and is left out of {@link SentenceEvidence#byType}.
   */
  static final double UNLISTED_KEEP = -0.05;

  private final Decoder decoder;
  private final LanguageModel lm;
  /** Most candidates a position's evidence sums ({@link #withShortlist}); 0: all. */
  private final int shortlist;
  /** Most log10 evidence a word the language model does not know adds ({@link #withUnknownWordCap}). */
  private final double unknownCap;

  EvidenceScorer(Decoder decoder) {
    this(decoder, 0, Double.POSITIVE_INFINITY);
  }

  private EvidenceScorer(Decoder decoder, int shortlist, double unknownCap) {
    this.decoder = Objects.requireNonNull(decoder, "decoder");
    this.lm = decoder.languageModel();
    this.shortlist = shortlist;
    this.unknownCap = unknownCap;
  }

  /**
   * This scorer, summing at a position with more than {@code n} candidates only the {@code n} that fit the words
   * beside them best ({@link LocalWindow#heads}: the bigrams from the word before to the word after, against the
   * spun words' own, plus the channel score), and any a tortured-phrase list names: the rest are as if the channel
   * had not proposed them. For detection's open channel, which proposes up to 20 thesaurus neighbours of a word,
   * whose full windows (the neighbour and the three words after it, under both language-model components) were
   * nearly all of detection's time; the neighbours that fit neither side add almost nothing to a position's sum
   * ({@code docs/algorithms/detection.md}).
   *
   * @param n candidates scored in full per position, at least 1
   */
  public EvidenceScorer withShortlist(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("a shortlist of at least one candidate required: " + n);
    }
    return new EvidenceScorer(decoder, n, unknownCap);
  }

  /**
   * This scorer, adding at most {@code cap} (log10) for a word the language model does not know (its likely edits are
   * as before). The model scores such a word at its unknown-word probability, far below any word it knows,
   * so any thesaurus neighbour gains 4 to 7 there whatever the word: "acidification" -> "working", "assays" ->
   * "approaches", in a clean abstract; jargon, older English and names are what it does not know. A spinner's rare
   * output still counts a little. For detection's open channel (docs/algorithms/detection.md).
   *
   * @param cap log10 evidence at most, per unknown word
   */
  public EvidenceScorer withUnknownWordCap(double cap) {
    if (Double.isNaN(cap)) {
      throw new IllegalArgumentException("a cap is a number: " + cap);
    }
    return new EvidenceScorer(decoder, shortlist, cap);
  }

  /**
   * The key under which {@link SentenceEvidence#byType} sums a swap: its original and the words written for it, in
   * lower case ("said<mentioned", "year<12 months"); a word kept is summed under itself ("said").
   */
  public static String swapKey(String original, List<String> spun) {
    StringBuilder b = new StringBuilder(original.toLowerCase(java.util.Locale.ROOT)).append('<');
    for (int k = 0; k < spun.size(); k++) {
      b.append(k == 0 ? "" : " ").append(spun.get(k).toLowerCase(java.util.Locale.ROOT));
    }
    return b.toString();
  }

  /** A scorer with the language model and settings of {@code decoder}. */
  public static EvidenceScorer create(Decoder decoder) {
    return new EvidenceScorer(decoder);
  }

  /** The evidence that {@code channel}'s family spun the sentence {@code words}. */
  public SentenceEvidence score(List<String> words, ChannelModel channel) {
    return score(words, channel, DocumentIds.create(decoder));
  }

  /**
   * {@link #score(List, ChannelModel)} with the ids of the document's words and candidates remembered in
   * {@code ids} (one memo per document, made with {@link DocumentIds#create(Decoder)} for a decoder over the same
   * language model): the same evidence, fewer vocabulary lookups.
   */
  public SentenceEvidence score(List<String> words, ChannelModel channel, DocumentIds ids) {
    return score(words, channel, ids, false);
  }

  /**
   * {@link #score(List, ChannelModel, DocumentIds)}, with the evidence also summed by swap when {@code types}
   * ({@link SentenceEvidence#byType}): each position's log10 ratio under the written word where keeping wins ("said"
   * kept: the family would have replaced it), and under the swap where a candidate wins ({@link #swapKey}:
   * "said<mentioned"); positions without a candidate whose keep probability is the family's default for words its
   * table does not list are left out.
   */
  public SentenceEvidence score(List<String> words, ChannelModel channel, DocumentIds ids, boolean types) {
    int n = words.size();
    if (n == 0) {
      return new SentenceEvidence(0, 0, List.of(), 0);
    }
    List<List<Decoder.Edge>> edges = decoder.edges(words, channel, ids);
    LocalWindow win = new LocalWindow(lm, edges);
    double w = decoder.settings().lmWeight();
    double minConfidence = decoder.settings().minConfidence();
    double total = 0;
    int scored = 0;
    int table = 0;
    int listed = 0;
    int listStart = -1; // the latest listed phrase reaching furthest: [listStart, listEnd)
    int listEnd = -1;
    int listCounted = -1;
    List<SpanEdit> likely = new ArrayList<>();
    List<SpanEdit> inListed = new ArrayList<>(0);
    java.util.Map<String, Double> byType = types ? new java.util.HashMap<>() : java.util.Map.of();
    for (int i = 0; i < n; ) {
      List<Decoder.Edge> es = edges.get(i);
      if (shortlist > 0 && es.size() - 1 > shortlist) {
        es = win.shortlisted(i, es, shortlist, w);
      }
      Decoder.Edge keep = es.get(0);
      for (int k = 1; k < es.size(); k++) {
        Decoder.Edge e = es.get(k);
        if (e.listed && i + e.len > listEnd) {
          listStart = i;
          listEnd = i + e.len;
        }
      }
      scored++;
      if (es.size() == 1) {
        total += keep.channel - keep.listedPenalty;
        if (types && keep.channel < UNLISTED_KEEP) {
          byType.merge(words.get(i).toLowerCase(java.util.Locale.ROOT), keep.channel, Double::sum);
        }
        i++;
        continue;
      }
      // the edits are chosen with the listed-phrase penalty (DecoderSettings.listedLog10Penalty), the evidence is
      // summed without it: a listed phrase counts by its density (Detector.LISTED_PHRASES)
      double[] gains = new double[es.size()];
      double sum = Decoder.localGains(win, es, w, gains);
      boolean penalised = false;
      for (Decoder.Edge e : es) {
        penalised |= e.listedPenalty != 0;
      }
      if (penalised) {
        double raw = gains[0] - keep.listedPenalty;
        for (int k = 1; k < es.size(); k++) {
          raw = Log10.add(raw, gains[k] - es.get(k).listedPenalty);
        }
        total += raw;
      } else {
        total += sum > unknownCap && unknown(keep) ? unknownCap : sum;
      }
      int bestK = 0;
      for (int k = 1; k < es.size(); k++) {
        if (gains[k] > gains[bestK]) {
          bestK = k;
        }
      }
      double post = Log10.prob(gains[bestK] - sum);
      if (types) {
        String type = bestK == 0 ? words.get(i).toLowerCase(java.util.Locale.ROOT)
            : swapKey(es.get(bestK).original, words.subList(i, Math.min(n, i + es.get(bestK).len)));
        byType.merge(type, sum, Double::sum);
      }
      if (bestK > 0 && post >= minConfidence) {
        Decoder.Edge e = es.get(bestK);
        List<Alternative> alts = new ArrayList<>();
        Integer[] order = new Integer[es.size()];
        for (int k = 0; k < order.length; k++) {
          order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -gains[k]));
        for (int k : order) {
          // read over the edit's words, as the decoder's alternatives are ("12 months" kept, not "12")
          String text = Decoder.alternativeText(words, i, e.len, es.get(k));
          if (k != bestK && !text.equalsIgnoreCase(e.original) && !Decoder.listed(alts, text)) {
            alts.add(new Alternative(text, Log10.prob(gains[k] - sum), es.get(k).keep));
          }
        }
        if (alts.size() > decoder.settings().maxAlternatives()) {
          alts = alts.subList(0, decoder.settings().maxAlternatives());
        }
        SpanEdit edit = new SpanEdit(i, e.len, e.original, e.channel, post, alts, e.family, e.origin);
        likely.add(edit);
        if (!ChannelModel.OPEN.equals(e.family)) {
          table++;
        }
        if (i < listEnd) {
          inListed.add(edit);
          if (listStart != listCounted) {
            listed++;
            listCounted = listStart;
          }
        }
        i += e.len;
      } else {
        i++;
      }
    }
    return new SentenceEvidence(total, scored, likely, table, listed, inListed, byType);
  }

  /** Whether {@code keep}, the edge keeping a word as written, is a word the language model does not know. */
  private boolean unknown(Decoder.Edge keep) {
    return keep.ids.length == 1 && keep.ids[0] == lm.vocabulary().unknownId();
  }
}
