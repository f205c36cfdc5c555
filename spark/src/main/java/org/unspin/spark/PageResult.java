// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What the job learns about one page before clustering. Immutable (treat the arrays as read-only).
 *
 * @param url the page's address
 * @param file the WARC/WET file it came from
 * @param offset byte offset of its record, or {@link org.unspin.trace.WarcRecords#NO_OFFSET} (written as null)
 * @param spun the detector's decision
 * @param spunProbability calibrated probability that the page was spun
 * @param spinner the most likely spinner family, or "none"
 * @param spans the restored spans (character offsets into the page text)
 * @param text the page text
 * @param restoredText the restored text (equal to the text when the page is not spun)
 * @param fluency the language model's mean log10 probability per word of the page text (higher: more fluent);
 *     spinning lowers it, so among near-duplicates the original is usually the most fluent
 * @param signature one MinHash signature over the page and its restoration (unsigned 32-bit values)
 * @param bandKeys the distinct LSH band keys of the page's window signatures
 * @param notJudged why the page was not judged ("not English, not judged (...)", "code, not judged (...)", "no words
 *     to judge"), or null
 * @param disguised how many words of the page are disguised with invisible characters or look-alike letters, and
 *     runs of hidden characters between its words ({@link org.unspin.DetectionResult#disguised()})
 * @param brokenAcronyms how many acronyms of the page its words no longer fit ({@link
 *     org.unspin.DetectionResult#brokenAcronyms()})
 * @param unrestored why a page called spun came back without a restored span ({@link
 *     org.unspin.Restoration#unrestored()}: a page under 100 words is restored from P 0.7), or null
 * @since 0.1
 */
public record PageResult(String url, String file, long offset, boolean spun, double spunProbability, String spinner,
    List<SpanResult> spans, String text, String restoredText, double fluency, int[] signature, long[] bandKeys,
    String notJudged, int disguised, int brokenAcronyms, String unrestored) implements Serializable {

  /** A page without a reason it was left unrestored ({@link #unrestored()} null). */
  public PageResult(String url, String file, long offset, boolean spun, double spunProbability, String spinner,
      List<SpanResult> spans, String text, String restoredText, double fluency, int[] signature, long[] bandKeys,
      String notJudged, int disguised, int brokenAcronyms) {
    this(url, file, offset, spun, spunProbability, spinner, spans, text, restoredText, fluency, signature, bandKeys,
        notJudged, disguised, brokenAcronyms, null);
  }

  /** A page without disguised words or broken acronyms. */
  public PageResult(String url, String file, long offset, boolean spun, double spunProbability, String spinner,
      List<SpanResult> spans, String text, String restoredText, double fluency, int[] signature, long[] bandKeys,
      String notJudged) {
    this(url, file, offset, spun, spunProbability, spinner, spans, text, restoredText, fluency, signature, bandKeys,
        notJudged, 0, 0);
  }

  /**
   * One restored span; {@code page} is the PDF page (from 1) it starts on, or 0 for a record that is not a PDF.
   */
  public record SpanResult(int start, int end, String spun, String original, double confidence, int page)
      implements Serializable {

    /** A span of a record without pages. */
    public SpanResult(int start, int end, String spun, String original, double confidence) {
      this(start, end, spun, original, confidence, 0);
    }
  }
}
