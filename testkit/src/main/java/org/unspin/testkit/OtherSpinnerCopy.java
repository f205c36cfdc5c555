// SPDX-License-Identifier: Apache-2.0
package org.unspin.testkit;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * A hand-made local news item (four paragraphs, 143 words) and its copy by another spinner than family A, which
 * made only its eight favourite swaps ("said" -> "mentioned", "officials" -> "officers", ...) and left every other
 * word, among them words family A would rewrite ("company", "during", "across", "large", "were"). For tests.
 */
public final class OtherSpinnerCopy {

  private OtherSpinnerCopy() {}

  /** The original. */
  public static final String ORIGINAL = String.join("\n\n",
      "The company that runs the ferry near the old mill said on Monday that tickets will cost more in the spring, "
          + "the first increase in six years.",
      "Officials said the large boats were expected to need new engines, and they also said that fuel had cost more "
          + "during the winter. A return ticket will be about nine dollars, while a monthly pass will stay as it is.",
      "Several riders said the change was another blow for people who live across the bay. \"We were told it would "
          + "stay low,\" one said. Others said the company had been fair with them, but that people had recently "
          + "started to drive around the bay instead.",
      "The company said it started talks with the county during the summer to help riders with low incomes, and "
          + "officials said a plan is expected before the end of the year.");

  /** The spinner's swaps, original -> spun. */
  public static final Map<String, String> SWAPS = Map.of("said", "mentioned", "Officials", "Officers", "officials",
      "officers", "people", "individuals", "help", "assist", "started", "began", "more", "extra", "also",
      "additionally", "but", "however");

  /** The copy: {@link #ORIGINAL} with every swap made (18 in all). */
  public static String copy() {
    return Pattern.compile("\\b(" + String.join("|", SWAPS.keySet()) + ")\\b").matcher(ORIGINAL)
        .replaceAll(r -> SWAPS.get(r.group(1)));
  }
}
