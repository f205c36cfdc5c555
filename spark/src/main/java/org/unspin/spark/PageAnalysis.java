// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.unspin.DetectionResult;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.Unspinner;
import org.unspin.lm.LanguageModel;
import org.unspin.lm.Perplexity;
import org.unspin.trace.Fingerprint;
import org.unspin.trace.Fingerprinter;

/**
 * The per-record logic of the crawl job, as a plain function: detect, restore when spun or showing spans, score
 * fluency with the language model, fingerprint the page and its restoration. No Spark here, so it is unit-tested
 * like any other code. Thread-safe (the Unspinner and Fingerprinter are).
 *
 * @since 0.1
 */
public final class PageAnalysis {

  private PageAnalysis() {}

  /** Analyses one page. Never throws for any text (the Unspinner does not). */
  public static PageResult analyze(Unspinner unspinner, LanguageModel lm, Fingerprinter fingerprinter, Page page) {
    DetectionResult d = unspinner.detect(page.text());
    String restored = page.text();
    String unrestored = null; // a short page called spun and left as it is: why
    List<PageResult.SpanResult> spans = new ArrayList<>();
    // a page not called spun is restored where it shows spans as well: a paragraph spun on its own (a farm copy that
    // spun a paragraph or two of an article), a listed phrase; as `unspin restore` restores it
    boolean restore = d.spun() || !d.spans().isEmpty();
    if (restore) {
      Restoration r = unspinner.restore(page.text());
      restored = r.text();
      unrestored = r.unrestored().orElse(null); // a row's absent column
      for (Edit e : r.edits()) {
        spans.add(new PageResult.SpanResult(e.span().start(), e.span().end(), e.spun(), e.replacement(),
            e.confidence(), page.pageAt(e.span().start())));
      }
    }
    String finalRestored = restored;
    Fingerprint fp = fingerprinter.fingerprint(page.url(), page.text(),
        restore ? t -> finalRestored : null);
    int[] signature = null;
    long[] keys = new long[0];
    for (int i = 0; i < fp.signatures().size(); i++) {
      signature = signature == null ? fp.signatures().get(i) : Fingerprinter.union(signature, fp.signatures().get(i));
      long[] k = fp.bandKeys().get(i);
      int at = keys.length;
      keys = Arrays.copyOf(keys, at + k.length);
      System.arraycopy(k, 0, keys, at, k.length);
    }
    keys = Arrays.stream(keys).distinct().sorted().toArray();
    Perplexity p = Perplexity.of(lm, page.text());
    double fluency = p.words() == 0 ? Double.NEGATIVE_INFINITY : p.log10Prob() / p.words();
    return new PageResult(page.url(), page.file(), page.offset(), d.spun(), d.spunProbability(), d.spinner(), spans,
        page.text(), restored, fluency, signature == null ? new int[0] : signature, keys,
        d.notJudged().orElse(null), d.disguised().size(), d.brokenAcronyms().size(), unrestored);
  }
}
