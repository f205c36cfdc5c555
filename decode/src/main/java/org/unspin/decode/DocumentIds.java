// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.util.HashMap;
import java.util.Map;
import org.unspin.lm.Vocabulary;

/**
 * The language-model ids of one document's tokens and candidate originals, each distinct string looked up in the
 * vocabulary once: a document repeats its words, and every occurrence of a word (and every spinner family scoring
 * it) proposes the same candidate originals. The ids are those {@link Decoder} would look up itself, so decoding
 * and scoring with or without a memo give the same results. At most {@value #LIMIT} tokens are remembered; later
 * ones are looked up each time. Candidate originals are remembered in the decoder's memo, shared by all documents
 * (at most {@value #SHARED_LIMIT}).
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

  DocumentIds(Vocabulary vocabulary) {
    this(vocabulary, new HashMap<>(), LIMIT);
  }

  private DocumentIds(Vocabulary vocabulary, Map<String, int[]> phrases, int phraseLimit) {
    this.vocabulary = java.util.Objects.requireNonNull(vocabulary, "vocabulary");
    this.phrases = phrases;
    this.phraseLimit = phraseLimit;
  }

  /**
   * A memo for documents scored with {@code decoder}'s language model: the document's tokens are remembered here,
   * candidate originals in the decoder's memo, which every document (and thread) shares.
   */
  public static DocumentIds create(Decoder decoder) {
    return new DocumentIds(decoder.languageModel().vocabulary(), decoder.phraseIds(), SHARED_LIMIT);
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
      int id = LmWords.id(vocabulary, word);
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
