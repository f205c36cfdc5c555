// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

/**
 * How a simulated spinner chooses its substitutes.
 *
 * @since 0.1
 */
public enum SpinStyle {
  /**
   * Like the common real spinner family ("A" in the spun-news data): frequent single-word synonyms from the
   * words' main senses, inflection kept, number words to digits, "year" to "12 months"/"yr", occasional leftover
   * spintax braces.
   */
  A,
  /**
   * A cruder spinner: rarer and multi-word substitutes, "governing administration" for "government" (a derived
   * verb's -ing form plus a synonym), "thirty day period" for "month"; no braces.
   */
  B
}
