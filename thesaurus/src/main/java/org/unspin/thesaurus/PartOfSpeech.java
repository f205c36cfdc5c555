// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

/**
 * The four open word classes WordNet distinguishes. Adjective satellites ({@code s}) count as {@link #ADJECTIVE}.
 *
 * @since 0.1
 */
public enum PartOfSpeech {
  NOUN('n'),
  VERB('v'),
  ADJECTIVE('a'),
  ADVERB('r');

  private final char code;

  PartOfSpeech(char code) {
    this.code = code;
  }

  /** WordNet's one-letter code: n, v, a, r. */
  public char code() {
    return code;
  }

  /** The part of speech of a WordNet code ({@code n v a s r}). */
  public static PartOfSpeech ofCode(char c) {
    switch (c) {
      case 'n':
        return NOUN;
      case 'v':
        return VERB;
      case 'a':
      case 's':
        return ADJECTIVE;
      case 'r':
        return ADVERB;
      default:
        throw new IllegalArgumentException("not a WordNet part of speech: " + c);
    }
  }
}
