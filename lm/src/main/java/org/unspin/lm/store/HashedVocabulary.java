// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.util.List;
import org.unspin.lm.Vocabulary;

/**
 * A vocabulary held as a hash map from word to id, with the {@link WordPolicy} case and number policy. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
public final class HashedVocabulary implements Vocabulary {

  private final String[] words;
  /**
   * Open addressing over the words (linear probing, Fibonacci hashing of {@link String#hashCode()}): a slot's hash
   * and id packed in one long ({@code hash << 32 | id + 1}; 0: empty) and its word in a parallel array, so that a
   * lookup reads one long before it compares any string, and no boxed id. Same answers as a {@code HashMap} filled
   * with {@code putIfAbsent} in id order.
   */
  private final String[] slotWord;
  private final long[] slotKey;
  private final int shift;
  private final boolean lowercase;
  private final boolean numberClass;
  private final int unk;
  private final int bos;
  private final int eos;

  HashedVocabulary(String[] words, boolean lowercase, boolean numberClass) {
    this.words = words;
    int bits = 4;
    while ((1 << bits) < 2 * words.length) {
      bits++;
    }
    this.shift = 32 - bits;
    this.slotWord = new String[1 << bits];
    this.slotKey = new long[1 << bits];
    for (int i = 0; i < words.length; i++) {
      putIfAbsent(words[i], i);
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

  private int home(int hash) {
    return (hash * 0x9E3779B9) >>> shift;
  }

  private static long pack(int hash, int id) {
    return ((long) hash << 32) | ((id + 1L) & 0xFFFF_FFFFL);
  }

  private void putIfAbsent(String w, int id) {
    int h = w.hashCode();
    int mask = slotWord.length - 1;
    for (int i = home(h); ; i = (i + 1) & mask) {
      long e = slotKey[i];
      if (e == 0) {
        slotWord[i] = w;
        slotKey[i] = pack(h, id);
        return;
      }
      if ((int) (e >>> 32) == h && slotWord[i].equals(w)) {
        return;
      }
    }
  }

  /** The id of exactly {@code w}, or -1. */
  private int get(String w) {
    int h = w.hashCode();
    int mask = slotWord.length - 1;
    for (int i = home(h); ; i = (i + 1) & mask) {
      long e = slotKey[i];
      if (e == 0) {
        return -1;
      }
      if ((int) (e >>> 32) == h && slotWord[i].equals(w)) {
        return (int) e - 1;
      }
    }
  }

  private int require(String w) {
    int id = get(w);
    if (id < 0) {
      throw new IllegalArgumentException("vocabulary lacks " + w);
    }
    return id;
  }

  /** {@link WordPolicy#lookup} over this vocabulary's table. */
  @Override
  public int id(String word) {
    return WordPolicy.lookup(this::get, word, lowercase, numberClass, unk);
  }

  /** The id of exactly {@code word} (no case or number policy), or -1. */
  public int exactId(String word) {
    return get(word);
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
