// SPDX-License-Identifier: Apache-2.0
package org.unspin.server;

import org.unspin.text.OperatingPoint;
import org.unspin.text.PagedText;

/**
 * What the server serves: restoration and detection, each returning the same JSON document the CLI prints with
 * {@code --format json}. Implementations must be thread-safe; the server calls them from its worker pool.
 *
 * @since 0.1
 */
public interface Service {

  /**
   * Options a request may set.
   *
   * @param neural also run the BERT masked-LM pass
   * @param trace also look the text up in the server's trace index and report its likely sources
   * @param threshold call a text or paragraph spun from this probability on, in (0, 1); null for the server's
   * @param minConfidence make only edits at least this sure, in (0, 1]; null for the server's
   */
  record Options(boolean neural, boolean trace, Double threshold, Double minConfidence) {
    public static final Options DEFAULT = new Options(false, false);

    public Options {
      if (threshold != null) {
        OperatingPoint.threshold("\"threshold\"", threshold);
      }
      if (minConfidence != null) {
        OperatingPoint.minConfidence("\"minConfidence\"", minConfidence);
      }
    }

    /** The server's operating point. */
    public Options(boolean neural, boolean trace) {
      this(neural, trace, null, null);
    }
  }

  /** The restoration of {@code text} as a JSON object. */
  String restoreJson(String text, Options options) throws Exception;

  /** The detection result of {@code text} as a JSON object. */
  String detectJson(String text, Options options) throws Exception;

  /**
   * The restoration of a document sent as a file ({@link #document}) as a JSON object; for a PDF with its pages
   * where the service can say them. By default {@link #restoreJson(String, Options)} of its text.
   */
  default String restoreJson(PagedText document, Options options) throws Exception {
    return restoreJson(document.text(), options);
  }

  /** As {@link #restoreJson(PagedText, Options)}, the detection result. */
  default String detectJson(PagedText document, Options options) throws Exception {
    return detectJson(document.text(), options);
  }

  /**
   * The text of a document sent as a file ({@code POST /v1/text}), with a PDF's pages: {@code mediaType} is
   * {@code application/pdf}, {@code text/html}, a Word or OpenDocument type, {@code application/x-tex} (also
   * {@code text/x-tex}), or a JATS XML article's {@code application/jats+xml} (also {@code application/xml}, {@code
   * text/xml}) (lower case, no parameters); of an HTML page its article, or with {@code wholePage}
   * ({@code ?page=whole}, or no {@code page=} where {@link #readsPagesWhole()}) all its text. Throws {@link
   * IllegalArgumentException} for a file that cannot be read as that type (the server answers 400) and {@link
   * UnsupportedOperationException} for a type this service does not convert (415), which is all of them by default.
   */
  default PagedText document(String mediaType, byte[] body, boolean wholePage) throws Exception {
    throw new UnsupportedOperationException("this server does not convert " + mediaType + " files");
  }

  /**
   * Whether an HTML page sent without {@code page=} is read whole rather than as its article: where the trace index
   * the service answers from read its pages whole ({@code index --whole-page}), a page traced against it is read as
   * they were (a template read in one and not in the other only dilutes their likeness). False by default.
   */
  default boolean readsPagesWhole() {
    return false;
  }

  /**
   * A copy of a PDF, Word or OpenDocument file ({@code mediaType} {@code application/pdf} or the Word or
   * OpenDocument type) with the spans detection finds in it marked, each with a note (a PDF's highlights where they
   * are printed, the others' comments), and the verdict on its first page or paragraph ({@code POST /v1/annotate}),
   * at the server's operating point. Throws {@link IllegalArgumentException} for a file that cannot be read as that
   * type (400) and {@link UnsupportedOperationException} for a type this service does not annotate (415), which is
   * all of them by default.
   */
  default byte[] annotate(String mediaType, byte[] body) throws Exception {
    throw new UnsupportedOperationException("this server does not annotate " + mediaType + " files");
  }

  /**
   * As {@link #annotate(String, byte[])}, for a file whose text may have at most {@code maxChars} characters (the
   * server's body limit): a longer one is an {@link IllegalArgumentException} before it is judged, since a small
   * compressed file can expand to more text than the heap holds. By default the limit is not checked.
   */
  default byte[] annotate(String mediaType, byte[] body, long maxChars) throws Exception {
    return annotate(mediaType, body);
  }

  /** Why a file whose text has {@code chars} characters, more than {@code maxChars}, is refused: one wording. */
  static String tooLongText(long chars, long maxChars) {
    return String.format(java.util.Locale.ROOT, "the file's text is %,d characters, more than the %,d this server "
        + "takes (its --max-body, as for a text sent as such): split it", chars, maxChars);
  }

  /** Facts for {@code GET /v1/health} as a JSON object (models loaded, versions); "{}" when there are none. */
  default String healthJson() {
    return "{}";
  }
}
