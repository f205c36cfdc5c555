// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.unspin.text.PagedText;
import org.unspin.trace.Documents;

/**
 * Reads the pages of a WARC or WET file (gzip or not), with the same per-record text extraction as tracing
 * ({@link Documents#recordDocument}: HTML through jsoup, its article or the whole page, one block per line; WET
 * conversions and plain text as they are; PDF, Word and OpenDocument payloads as their files are read, a PDF with
 * where its pages start). Requests, metadata and warcinfo records are not pages and are skipped;
 * anything else that cannot be read becomes a {@link Reject}. A corrupt file ends with one reject naming the offset
 * where reading failed. Stateless; thread-safe.
 *
 * @since 0.1
 */
public final class WarcPages {

  /** Pages shorter than this many characters of text are rejected as "no text". */
  public static final int MIN_TEXT = 40;

  private WarcPages() {}

  /**
   * A PDF's page starts in its text once the first {@code lead} characters are stripped and {@code length} kept:
   * every page keeps its place in the list (its number), a page whose start was stripped starts at 0 and one past
   * the end at {@code length}, as a page without text starts where the next one does ({@link PagedText}).
   */
  static List<Integer> stripped(List<Integer> pageStarts, int lead, int length) {
    List<Integer> out = new ArrayList<>(pageStarts.size());
    for (int s : pageStarts) {
      out.add(Math.min(length, Math.max(0, s - lead)));
    }
    return out;
  }

  /**
   * Reads {@code in}, a WARC or WET stream named {@code file}, and hands every page (HTML read as {@code html} says)
   * or reject to the sinks.
   */
  public static void read(InputStream in, String file, Documents.Html html, Consumer<Page> pages,
      Consumer<Reject> rejects) {
    long offset = 0;
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (ParsingException e) {
          rejects.accept(new Reject(file, reader.position(), "", "corrupt WARC record: " + e.getMessage()));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        offset = reader.position(); // the record's own start: next() moves it there (before, it is the last one's)
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse || record instanceof WarcResource || record instanceof WarcConversion)) {
          continue;
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        String url = target.target() == null ? "" : target.target();
        try {
          Optional<PagedText> document = Documents.recordDocument(target, html);
          if (document.isEmpty()) {
            continue; // not a text page (an image, a redirect without a body)
          }
          String full = document.get().text();
          String t = full.strip();
          if (t.length() < MIN_TEXT) {
            rejects.accept(new Reject(file, offset, url, "no text (" + t.length() + " characters)"));
          } else {
            pages.accept(new Page(url, t, file, offset, stripped(document.get().pageStarts(),
                full.length() - full.stripLeading().length(), t.length())));
          }
        } catch (IOException | RuntimeException e) {
          rejects.accept(new Reject(file, offset, url, "unreadable payload: " + e));
        }
      }
    } catch (IOException e) {
      rejects.accept(new Reject(file, offset, "", "cannot read: " + e.getMessage()));
    }
  }
}
