// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.Serializable;
import java.util.List;
import org.unspin.text.PagedText;

/**
 * A page read from a crawl: its address, its text, and where in which file it was found. Immutable.
 *
 * @param url the WARC-Target-URI
 * @param text the page's text (HTML already turned into text, one paragraph per line)
 * @param file the WARC or WET file it came from
 * @param offset byte offset of its record in that (compressed) file, or {@link
 *     org.unspin.trace.WarcRecords#NO_OFFSET} for a record no offset reaches (inside a file gzipped whole)
 * @param pageStarts for a PDF record, where each of its pages starts in {@code text} (UTF-16 offsets in page order,
 *     never decreasing, as in {@link PagedText}); empty for anything else
 * @since 0.1
 */
public record Page(String url, String text, String file, long offset, List<Integer> pageStarts)
    implements Serializable {

  public Page {
    pageStarts = List.copyOf(pageStarts);
  }

  /** A page that is not a PDF: no page starts. */
  public Page(String url, String text, String file, long offset) {
    this(url, text, file, offset, List.of());
  }

  /** The PDF page (from 1) that holds offset {@code at} of the text, or 0 for a record without pages. */
  public int pageAt(int at) {
    return PagedText.pageAt(pageStarts, at);
  }
}
