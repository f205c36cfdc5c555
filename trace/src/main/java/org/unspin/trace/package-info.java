// SPDX-License-Identifier: Apache-2.0
/**
 * Tracing spun copies to their sources: fingerprints built from what spinners leave alone (DSpin's "immutables":
 * names, numbers, rare words, the function-word skeleton), MinHash signatures with LSH banding for sub-linear
 * candidate retrieval, PAN-style passage alignment (seeds, extension, filtering) with UTF-16 offsets into both
 * texts, and grouping of several spins of one source into families.
 *
 * <p>Entry points: {@link org.unspin.trace.TraceIndex} (build, save, open, trace, group) and the pure per-record
 * functions of {@link org.unspin.trace.Fingerprinter}, which a crawl job calls on {@code (url, text)} records.
 */
package org.unspin.trace;
