// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

/**
 * An inflected form of an English lemma.
 *
 * @since 0.1
 */
public enum Form {
  /** The lemma itself: singular noun, bare verb, positive adjective. */
  BASE,
  /** Noun plural: "officials". */
  PLURAL,
  /** Verb, third person singular present: "says". */
  THIRD_SINGULAR,
  /** Verb, simple past: "said", "took". */
  PAST,
  /** Verb, past participle: "said", "taken". */
  PAST_PARTICIPLE,
  /** Verb, -ing form: "saying". */
  PRESENT_PARTICIPLE,
  /** Adjective or adverb, comparative: "bigger", "more useful". */
  COMPARATIVE,
  /** Adjective or adverb, superlative: "biggest", "most useful". */
  SUPERLATIVE
}
