// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.unspin.text.PagedText;
import org.unspin.trace.Documents;
import org.unspin.trace.WarcRecords;

/**
 * Reads the pages of a WARC or WET file (gzip or not), with the same per-record text extraction as tracing
 * ({@link Documents#recordDocument}: HTML through jsoup, its article or the whole page, one block per line; WET
 * conversions and plain text as they are; PDF, Word and OpenDocument payloads as their files are read, a PDF with
 * where its pages start). Every record of a page type ({@link Documents#isPageRecord}: a response, resource,
 * conversion or revisit) gives a page or a {@link Reject} saying why not ("HTTP 404", "not a text page: image/png",
 * "revisit record: ...", "no text (12 characters)"); requests, metadata and warcinfo records are not pages and give
 * neither. A damaged record (a wrong Content-Length, a gzip member cut short) is one reject naming its offset and,
 * when its header was read, its URL, and reading goes on at the next record start ({@link WarcRecords}).
 * Stateless; thread-safe.
 *
 * @since 0.1
 */
public final class WarcPages {

  /**
   * What one file held: its page records read whole (each gave a page or a reject), its other records (requests,
   * metadata, warcinfo: neither), and its damaged records or stretches, or the file itself when it could not be
   * read (each gave one reject). So pages + rejects = {@code pageRecords + damaged}. Immutable.
   */
  public record Counts(long pageRecords, long otherRecords, long damaged) implements java.io.Serializable {

    /** Nothing read. */
    public static final Counts NONE = new Counts(0, 0, 0);

    /** These counts and {@code other}'s together. */
    public Counts plus(Counts other) {
      return new Counts(pageRecords + other.pageRecords, otherRecords + other.otherRecords, damaged + other.damaged);
    }
  }

  /** Pages shorter than this many characters of text are rejected as "no text". */
  public static final int MIN_TEXT = 40;

  /**
   * Pages longer than this many characters of text are rejected as "too long to judge": one page of 3 million
   * characters took 83 s and 3.7 GB of a 5 GB heap in the crawl trial, and a page that runs an executor out of
   * memory fails its task, and with it the job. A page of news or a paper has a few tens of thousands.
   */
  public static final int MAX_TEXT = 1_000_000;

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
   * Reads the WARC or WET file {@code opener} opens (as often as it needs: once, and again after each damaged
   * record, to go on at the next record start; {@link WarcRecords}), named {@code file}, and hands every page (HTML
   * read as {@code html} says) or reject to the sinks; returns what the file held.
   */
  public static Counts read(WarcRecords.Opener opener, String file, Documents.Html html, Consumer<Page> pages,
      Consumer<Reject> rejects) {
    long[] counts = new long[3]; // as in Counts
    Consumer<Reject> reject = r -> {
      counts[0]++;
      rejects.accept(r);
    };
    try {
      WarcRecords.<Runnable>read(opener, (record, offset) -> {
        if (!Documents.isPageRecord(record)) {
          return () -> counts[1]++;
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        String url = target.target() == null ? "" : target.target();
        try {
          Documents.RecordText read = Documents.recordDocument(target, html);
          if (read instanceof Documents.RecordText.NoPage no) {
            return () -> reject.accept(new Reject(file, offset, url, no.reason()));
          }
          PagedText document = ((Documents.RecordText.Page) read).document();
          String full = document.text();
          String t = full.strip();
          if (t.length() < MIN_TEXT) {
            return () -> reject.accept(new Reject(file, offset, url, "no text ("
                + CrawlJob.counted(t.length(), "character", "characters") + ")"));
          }
          if (t.length() > MAX_TEXT) {
            return () -> reject.accept(new Reject(file, offset, url, String.format(java.util.Locale.ROOT,
                "too long to judge (%,d characters; pages of up to %,d are judged)", t.length(), MAX_TEXT)));
          }
          Page page = new Page(url, t, file, offset, stripped(document.pageStarts(),
              full.length() - full.stripLeading().length(), t.length()));
          return () -> {
            counts[0]++;
            pages.accept(page);
          };
        } catch (IOException | RuntimeException e) {
          return () -> reject.accept(new Reject(file, offset, url, "unreadable payload: " + e));
        }
      }, Runnable::run, (offset, url, why) -> {
        counts[2]++;
        rejects.accept(new Reject(file, offset, url, "corrupt WARC record: " + why));
      }, w -> { });
    } catch (IOException e) {
      counts[2]++;
      rejects.accept(new Reject(file, 0, "", "cannot read: " + e.getMessage()));
    }
    return new Counts(counts[0], counts[1], counts[2]);
  }
}
