// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

/**
 * The words of a language model and their int ids. Immutable and thread-safe.
 *
 * @since 0.1
 */
public interface Vocabulary {

  /** The id of {@code word} under the model's case and number policy; {@link #unknownId()} when absent. */
  int id(String word);

  /** Whether the model knows {@code word} (its id is not the unknown id). */
  default boolean contains(String word) {
    return id(word) != unknownId();
  }

  /** The id of {@code <unk>}. */
  int unknownId();

  /** The id of {@code <s>}. */
  int sentenceStartId();

  /** The id of {@code </s>}. */
  int sentenceEndId();

  /** The number of ids. */
  int size();

  /** The word of {@code id} as stored in the model. */
  String word(int id);
}
