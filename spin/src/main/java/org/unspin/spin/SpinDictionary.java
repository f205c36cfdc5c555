// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import java.util.List;

/**
 * What a spinner may substitute: for a lower-case word or phrase (words joined by one space, as it appears in the
 * text, inflected), its substitutes in order of preference, already inflected to match. Implementations must be
 * deterministic and thread-safe.
 *
 * @since 0.1
 */
public interface SpinDictionary {

  /** Substitutes for {@code key}, best first; empty when the spinner leaves it alone. */
  List<String> substitutes(String key);

  /** The longest key, in words (1..4; the spinner looks up no longer phrase). */
  int maxPhraseWords();
}
