// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.List;

/**
 * The fingerprint of one record, as {@link Fingerprinter#fingerprint} makes it: one MinHash signature per word window
 * and the LSH band keys of each. Plain data for a crawl job to shuffle by band key. Treat the arrays as read-only;
 * then it is safe to share between threads.
 *
 * @param url the record's name (URL or path)
 * @param words the number of words in the record's text
 * @param signatures one MinHash signature per window (unsigned 32-bit values)
 * @param bandKeys the band keys of each signature, in the same order
 * @since 0.1
 */
public record Fingerprint(String url, int words, List<int[]> signatures, List<long[]> bandKeys) {

  public Fingerprint {
    signatures = List.copyOf(signatures);
    bandKeys = List.copyOf(bandKeys);
  }
}
