// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * An index's document texts as the UTF-8 bytes its file holds, each made a string when it is asked for (a query
 * reads the few dozen it rescores and aligns). Text with a character past Latin-1 (a curly quotation mark) is two
 * bytes a character in a Java string and mostly one in UTF-8: an index of 90,000 documentation pages held 560 MB of
 * strings for 280 MB of text. Immutable and thread-safe.
 */
final class Utf8Texts extends AbstractList<String> implements RandomAccess {

  private final byte[][] utf8;

  /** The texts of {@code utf8}, valid UTF-8 each (as the reader checks, or as Java encodes), kept without a copy. */
  Utf8Texts(byte[][] utf8) {
    this.utf8 = utf8;
  }

  @Override
  public String get(int index) {
    return new String(utf8[index], StandardCharsets.UTF_8);
  }

  /** The UTF-8 bytes of text {@code index}; do not change them. */
  byte[] bytes(int index) {
    return utf8[index];
  }

  @Override
  public int size() {
    return utf8.length;
  }
}
