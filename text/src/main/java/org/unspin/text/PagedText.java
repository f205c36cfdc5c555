// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.List;

/**
 * A document's text and, for a PDF, where each of its pages starts in that text: one UTF-16 offset per page, in page
 * order, never decreasing (a page without text starts where the next one does); empty for other documents. The
 * readers that turn files into text give it, and the reports, the server and the trace command cite pages with it.
 * Immutable.
 *
 * @param text the text
 * @param pageStarts the pages' start offsets, or empty
 * @param byteOrderMark whether the file began with a byte-order mark, which {@code text} leaves out (no offset counts
 *     it) and a text output that gives the file back writes again
 * @since 0.1
 */
public record PagedText(String text, List<Integer> pageStarts, boolean byteOrderMark) {

  public PagedText {
    pageStarts = List.copyOf(pageStarts);
  }

  /** A document's text and page starts, from a file without a byte-order mark. */
  public PagedText(String text, List<Integer> pageStarts) {
    this(text, pageStarts, false);
  }

  /** Text without pages. */
  public static PagedText of(String text) {
    return new PagedText(text, List.of());
  }

  /**
   * The page (1 for the first) that holds the character at {@code offset}: the last page starting at or before it;
   * 0 for a document without pages.
   */
  public int pageAt(int offset) {
    return pageAt(pageStarts, offset);
  }

  /** {@link #pageAt(int)} for pages starting at {@code pageStarts}. */
  public static int pageAt(List<Integer> pageStarts, int offset) {
    int lo = 0;
    int hi = pageStarts.size();
    while (lo < hi) { // the number of pages starting at or before offset
      int mid = (lo + hi) >>> 1;
      if (pageStarts.get(mid) <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return pageStarts.isEmpty() ? 0 : Math.max(lo, 1);
  }
}
