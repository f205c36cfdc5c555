// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.unspin.lm.Vocabulary;

/**
 * A vocabulary held as a hash map from word to id, with the {@link WordPolicy} case and number policy. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class HashedVocabulary implements Vocabulary {

  private final String[] words;
  private final Map<String, Integer> ids;
  private final boolean lowercase;
  private final boolean numberClass;
  private final int unk;
  private final int bos;
  private final int eos;

  HashedVocabulary(String[] words, boolean lowercase, boolean numberClass) {
    this.words = words;
    this.ids = new HashMap<>(words.length * 2);
    for (int i = 0; i < words.length; i++) {
      ids.putIfAbsent(words[i], i);
    }
    this.lowercase = lowercase;
    this.numberClass = numberClass;
    this.unk = require(WordPolicy.UNK);
    this.bos = require(WordPolicy.BOS);
    this.eos = require(WordPolicy.EOS);
  }

  /** A vocabulary of {@code words} (ids are list positions); it must contain {@code <unk> <s> </s>}. */
  public static HashedVocabulary of(List<String> words, boolean lowercase, boolean numberClass) {
    return new HashedVocabulary(words.toArray(new String[0]), lowercase, numberClass);
  }

  private int require(String w) {
    Integer id = ids.get(w);
    if (id == null) {
      throw new IllegalArgumentException("vocabulary lacks " + w);
    }
    return id;
  }

  @Override
  public int id(String word) {
    return WordPolicy.lookup(ids, word, lowercase, numberClass, unk);
  }

  /** The id of exactly {@code word} (no case or number policy), or -1. */
  public int exactId(String word) {
    Integer id = ids.get(word);
    return id == null ? -1 : id;
  }

  @Override
  public int unknownId() {
    return unk;
  }

  @Override
  public int sentenceStartId() {
    return bos;
  }

  @Override
  public int sentenceEndId() {
    return eos;
  }

  @Override
  public int size() {
    return words.length;
  }

  @Override
  public String word(int id) {
    return words[id];
  }

  /** Whether lookups lower-case words first. */
  public boolean lowercase() {
    return lowercase;
  }

  /** Whether numbers are the class {@value WordPolicy#NUMBER}. */
  public boolean numberClass() {
    return numberClass;
  }
}
