// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The citation marks of a scholarly text: numbered ("[12]", "[4, 5]", "[3-7]") and author-year ("(Smith et al.,
 * 2020)", "(Lee and Park 2019; Ito, 2021a)"). They are not prose: a paper writes them inside a phrase as readily
 * as after it ("an irregular [12] timberland"), and read as words they broke the phrase. Stateless.
 */
final class CitationSpans {

  private static final Pattern CITATION = Pattern.compile(
      "\\[\\s*\\d{1,3}(?:\\s*[,\u2013-]\\s*\\d{1,3})*\\s*\\]"
          + "|\\((?:see |e\\.g\\., )?\\p{Lu}[^()\\n]{0,78}?\\b(?:1[89]|20)\\d{2}[a-z]?\\)");

  private CitationSpans() {}

  /** The citation spans of {@code text}, in order, not overlapping; empty for a text without any. */
  static List<Span> find(String text) {
    if (text.indexOf('[') < 0 && text.indexOf('(') < 0) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    Matcher m = CITATION.matcher(text);
    while (m.find()) {
      out.add(new Span(m.start(), m.end()));
    }
    return out;
  }
}
