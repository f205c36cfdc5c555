// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import java.util.Arrays;

/**
 * The context a language model needs to score the next word: the last {@code order - 1} word ids (fewer when the
 * model knows no longer context). Mutable, small and reusable; not thread-safe. Two states are equal when they
 * predict the same, which is what a decoder recombines on.
 *
 * @since 0.1
 */
public final class LmState {

  private final int[] words;
  private int length;

  /** A state that can hold up to {@code capacity} context words. */
  public LmState(int capacity) {
    this.words = new int[Math.max(1, capacity)];
  }

  /** The number of context words held, most recent last. */
  public int length() {
    return length;
  }

  /** The {@code i}-th context word id, oldest first. */
  public int word(int i) {
    return words[i];
  }

  /** The largest number of context words this state can hold. */
  public int capacity() {
    return words.length;
  }

  /** Sets the context to {@code ids[from..to)}, oldest first (keeping only the last {@link #capacity()}). */
  public void set(int[] ids, int from, int to) {
    int n = Math.min(to - from, words.length);
    System.arraycopy(ids, to - n, words, 0, n);
    length = n;
  }

  /**
   * Keeps the newest {@code keep} context words (at most {@link #length()}) and appends {@code word}, dropping the
   * oldest words beyond {@link #capacity()}. Allocation-free; what a model does to produce the state after a word.
   */
  public void append(int keep, int word) {
    keep = Math.max(0, Math.min(keep, Math.min(length, words.length - 1)));
    if (keep > 0 && length != keep) {
      System.arraycopy(words, length - keep, words, 0, keep);
    }
    words[keep] = word;
    length = keep + 1;
  }

  /** Empties the state (no context). */
  public void clear() {
    length = 0;
  }

  /** Copies {@code other} into this state. */
  public void copyFrom(LmState other) {
    int n = Math.min(other.length, words.length);
    System.arraycopy(other.words, other.length - n, words, 0, n);
    length = n;
  }

  /** An independent copy. */
  public LmState copy() {
    LmState s = new LmState(words.length);
    s.copyFrom(this);
    return s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LmState)) {
      return false;
    }
    LmState s = (LmState) o;
    return length == s.length && Arrays.equals(words, 0, length, s.words, 0, s.length);
  }

  @Override
  public int hashCode() {
    int h = length;
    for (int i = 0; i < length; i++) {
      h = h * 31 + words[i];
    }
    return h;
  }

  @Override
  public String toString() {
    return "LmState" + Arrays.toString(Arrays.copyOf(words, length));
  }
}
