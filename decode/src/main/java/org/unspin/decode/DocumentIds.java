// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unspin.lexicon.Spellings;
import org.unspin.lm.Vocabulary;
import org.unspin.text.CasePattern;
import org.unspin.text.Token;
import org.unspin.text.TokenizedText;

/**
 * The language-model ids of one document's tokens and candidate originals, each distinct string looked up in the
 * vocabulary once: a document repeats its words, and every occurrence of a word (and every spinner family scoring
 * it) proposes the same candidate originals. The ids are those {@link Decoder} would look up itself, so decoding
 * and scoring with or without a memo give the same results. At most {@value #LIMIT} tokens are remembered; later
 * ones are looked up each time. Candidate originals are remembered in the decoder's memo, shared by all documents
 * (at most {@value #SHARED_LIMIT}).
 *
 * <p>A document written in British spelling ({@link Spellings#british}) has its UK forms looked up as their US
 * forms ("recognised" as "recognized"), where the model knows those, and no candidate that only respells a word
 * ({@link #sameWord}): the model, trained mostly on American prose, would otherwise find every UK form a little
 * surprising and every respelling a little better, and a clean British article would read as spun.
 *
 * <p>Not thread-safe: one per document (or per thread), for one language model's vocabulary; the shared memo is
 * thread-safe.
 *
 * @since 0.1
 */
public final class DocumentIds {

  /** Most strings remembered per kind (tokens, phrases). */
  static final int LIMIT = 1 << 16;

  private static final int[] NONE = new int[0];

  /** Most candidate strings the decoder-wide memo holds ({@link Decoder#phraseIds()}). */
  static final int SHARED_LIMIT = 1 << 20;

  private final Vocabulary vocabulary;
  private final Map<String, int[]> tokens = new HashMap<>();
  private final Map<String, int[]> phrases;
  private final int phraseLimit;
  private final boolean british;

  /**
   * Indian English's names of numbers, which the language model does not know, read as the number name it knows in
   * the same place ("Rs 12 lakh" as "Rs 12 million"): read as unknown words they made a text look less spun (the
   * out-of-vocabulary rate is evidence of genre), and a spun Indian report fell from P 0.98 to 0.40.
   */
  private static final Map<String, String> NUMBER_NAMES = Map.of("lakh", "million", "lakhs", "millions", "crore",
      "million", "crores", "millions");

  DocumentIds(Vocabulary vocabulary) {
    this(vocabulary, new HashMap<>(), LIMIT, false);
  }

  private DocumentIds(Vocabulary vocabulary, Map<String, int[]> phrases, int phraseLimit, boolean british) {
    this.vocabulary = java.util.Objects.requireNonNull(vocabulary, "vocabulary");
    this.phrases = phrases;
    this.phraseLimit = phraseLimit;
    this.british = british;
  }

  /**
   * A memo for documents scored with {@code decoder}'s language model: the document's tokens are remembered here,
   * candidate originals in the decoder's memo, which every document (and thread) shares.
   */
  public static DocumentIds create(Decoder decoder) {
    return new DocumentIds(decoder.languageModel().vocabulary(), decoder.phraseIds(), SHARED_LIMIT, false);
  }

  /**
   * {@link #create(Decoder)} for the document {@code text}, which may be written in British spelling: then its UK
   * forms are read as the US ones (above).
   */
  public static DocumentIds create(Decoder decoder, TokenizedText text) {
    Vocabulary v = decoder.languageModel().vocabulary();
    List<String> words = new java.util.ArrayList<>();
    for (Token t : text.tokens()) {
      if (t.kind() == Token.Kind.WORD) {
        words.add(t.text());
      }
    }
    return new DocumentIds(v, decoder.phraseIds(), SHARED_LIMIT, Spellings.british(words, v::contains));
  }

  /**
   * The word the language model reads for {@code word} as written: "lakh" and "crore" as "million" (where the model
   * does not know them); in a British document, a UK form in lower case or capitalised as its US form in the same
   * case, where the model knows that ("whilst" too, which a British writer uses though spinners favour it);
   * otherwise {@code word}.
   */
  public String spelled(String word) {
    if (word.length() < 4) {
      return word;
    }
    CasePattern pattern = CasePattern.of(word);
    if (pattern != CasePattern.LOWER && pattern != CasePattern.TITLE) {
      return word;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String number = NUMBER_NAMES.get(lower);
    if (number != null && !vocabulary.contains(lower)) {
      return pattern == CasePattern.LOWER ? number : CasePattern.capitalise(number);
    }
    if (!british) {
      return word;
    }
    String us = Spellings.us(lower);
    if (us == null || !vocabulary.contains(us)) {
      return word;
    }
    return pattern == CasePattern.LOWER ? us : CasePattern.capitalise(us);
  }

  /**
   * Whether the candidate original {@code original} of the one word {@code spun} is the same word in the
   * document's own spelling: its US form in a British document.
   */
  boolean sameWord(String spun, String original) {
    return british && !spun.equals(spelled(spun)) && spelled(spun).equalsIgnoreCase(original);
  }

  Vocabulary vocabulary() {
    return vocabulary;
  }

  /**
   * The ids a token as written is scored with: one id, or none when the model skips it ({@link LmWords#id}). The
   * array is shared: do not change it.
   */
  int[] token(String word) {
    int[] ids = tokens.get(word);
    if (ids == null) {
      int id = LmWords.id(vocabulary, spelled(word));
      ids = id == LmWords.SKIP ? NONE : new int[] {id};
      if (tokens.size() < LIMIT) {
        tokens.put(word, ids);
      }
    }
    return ids;
  }

  /** The ids of a space-separated phrase ({@link LmWords#ids}). The array is shared: do not change it. */
  int[] phrase(String phrase) {
    int[] ids = phrases.get(phrase);
    if (ids == null) {
      ids = LmWords.ids(vocabulary, phrase);
      if (phrases.size() < phraseLimit) {
        phrases.put(phrase, ids);
      }
    }
    return ids;
  }
}
