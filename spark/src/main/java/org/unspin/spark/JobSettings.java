// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.Serializable;
import java.util.List;
import org.unspin.trace.Documents;

/**
 * What the crawl job reads, writes and how it groups pages. Immutable.
 *
 * @param inputs WARC or WET files (a file named is read whatever its name holds), folders (read with their
 *     subfolders) or globs, as {@code CrawlJob.files} lists them
 * @param output the output folder: {@code results.parquet/}, {@code results.jsonl/}, {@code rejects.jsonl/},
 *     {@code summary.json}
 * @param minSimilarity two pages sharing an LSH bucket are linked when the MinHash similarity of their
 *     signatures is at least this (higher: fewer false links, more missed spins)
 * @param maxBucket buckets holding more pages than this are boilerplate and ignored (bounds the pairs per bucket)
 * @param maxIterations cap on label-propagation rounds for connected components
 * @param learnTable when not null, a spinner table learned from the (spun page, source) pairs the clustering
 *     found is written here, so the tables grow with every crawl
 * @param maxLearnPairs at most this many pairs are brought to the driver for learning
 * @param html what is read of an HTML page: its article (the default) or all its text
 * @param missing the inputs found before the job to give nothing to read (not there, a pattern that matches no
 *     file), left out of {@code inputs}: each is one reject ({@code file} the input as named) and is listed in
 *     {@code summary.json}'s {@code missingInputs}, so that the outputs account for every input named
 * @since 0.1
 */
public record JobSettings(List<String> inputs, String output, double minSimilarity, int maxBucket,
    int maxIterations, String learnTable, int maxLearnPairs, Documents.Html html, List<Reject> missing)
    implements Serializable {

  public JobSettings {
    inputs = List.copyOf(inputs);
    missing = List.copyOf(missing);
    java.util.Objects.requireNonNull(html, "html");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no input files");
    }
    if (minSimilarity < 0 || minSimilarity > 1) {
      throw new IllegalArgumentException("minSimilarity must be in [0, 1]: " + minSimilarity);
    }
    if (maxBucket < 2 || maxIterations < 1 || maxLearnPairs < 1) {
      throw new IllegalArgumentException("maxBucket must be >= 2, maxIterations and maxLearnPairs >= 1");
    }
  }

  /** Settings with the documented defaults (similarity 0.25, buckets up to 64 pages, 30 rounds, no learning). */
  public static JobSettings of(List<String> inputs, String output) {
    return new JobSettings(inputs, output, 0.25, 64, 30, null, 20_000, Documents.Html.ARTICLE, List.of());
  }

  /** These settings, also learning a spinner table into {@code table}. */
  public JobSettings learningInto(String table) {
    return new JobSettings(inputs, output, minSimilarity, maxBucket, maxIterations, table, maxLearnPairs, html,
        missing);
  }

  /** These settings, with {@code missing} as the inputs found to give nothing to read. */
  public JobSettings withMissing(List<Reject> missing) {
    return new JobSettings(inputs, output, minSimilarity, maxBucket, maxIterations, learnTable, maxLearnPairs, html,
        missing);
  }
}
