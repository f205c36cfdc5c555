// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.List;

/** A test text written with its expected spans between [ and ]: the text without the brackets, and the spans. */
record Marked(String text, List<Span> spans) {

  static Marked of(String written) {
    List<Span> spans = new ArrayList<>();
    int removed = 0;
    for (int i = 0; i < written.length(); i++) {
      if (written.charAt(i) == '[') {
        int close = written.indexOf(']', i);
        spans.add(new Span(i - removed, close - removed - 1));
        removed += 2;
        i = close;
      }
    }
    return new Marked(written.replace("[", "").replace("]", ""), List.copyOf(spans));
  }
}
