// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.train;

import org.unspin.lm.store.NgramHash;

/**
 * An open-addressing map from n-grams of one order (int ids) to an int value, for counting during training.
 * Slots are stable until the next insert that grows the table. Not thread-safe.
 */
final class IntNgramMap {

  private final int n;
  private int[] keys;
  private int[] values;
  private boolean[] used;
  private int size;
  private int mask;

  IntNgramMap(int n, int initialCapacity) {
    this.n = n;
    int cap = Integer.highestOneBit(Math.max(16, initialCapacity) * 2 - 1);
    alloc(cap);
  }

  private void alloc(int cap) {
    keys = new int[cap * n];
    values = new int[cap];
    used = new boolean[cap];
    mask = cap - 1;
  }

  int order() {
    return n;
  }

  int size() {
    return size;
  }

  int capacity() {
    return used.length;
  }

  boolean used(int slot) {
    return used[slot];
  }

  int value(int slot) {
    return values[slot];
  }

  void setValue(int slot, int v) {
    values[slot] = v;
  }

  int word(int slot, int k) {
    return keys[slot * n + k];
  }

  void copyKey(int slot, int[] out, int at) {
    System.arraycopy(keys, slot * n, out, at, n);
  }

  private boolean equalsAt(int slot, int[] ids, int from) {
    int base = slot * n;
    for (int k = 0; k < n; k++) {
      if (keys[base + k] != ids[from + k]) {
        return false;
      }
    }
    return true;
  }

  /** The slot of {@code ids[from..from+n)}, or -1. */
  int index(int[] ids, int from) {
    int s = (int) NgramHash.key(ids, from, from + n) & mask;
    while (used[s]) {
      if (equalsAt(s, ids, from)) {
        return s;
      }
      s = (s + 1) & mask;
    }
    return -1;
  }

  /** Adds {@code delta} to the value of {@code ids[from..from+n)} (inserting it with 0 first); returns its slot. */
  int add(int[] ids, int from, int delta) {
    if ((size + 1) * 10L > used.length * 6L) {
      grow();
    }
    int s = (int) NgramHash.key(ids, from, from + n) & mask;
    while (used[s]) {
      if (equalsAt(s, ids, from)) {
        values[s] += delta;
        return s;
      }
      s = (s + 1) & mask;
    }
    used[s] = true;
    System.arraycopy(ids, from, keys, s * n, n);
    values[s] = delta;
    size++;
    return s;
  }

  private void grow() {
    int[] ok = keys;
    int[] ov = values;
    boolean[] ou = used;
    alloc(ou.length * 2);
    size = 0;
    for (int s = 0; s < ou.length; s++) {
      if (ou[s]) {
        int slot = add(ok, s * n, 0);
        values[slot] = ov[s];
      }
    }
  }

  @Override
  public String toString() {
    return "IntNgramMap[n=" + n + ", size=" + size + ", capacity=" + used.length + "]";
  }
}
