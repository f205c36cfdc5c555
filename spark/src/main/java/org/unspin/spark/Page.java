// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.Serializable;

/**
 * A page read from a crawl: its address, its text, and where in which file it was found. Immutable.
 *
 * @param url the WARC-Target-URI
 * @param text the page's text (HTML already turned into text, one paragraph per line)
 * @param file the WARC or WET file it came from
 * @param offset byte offset of its record in that (compressed) file
 * @since 0.1
 */
public record Page(String url, String text, String file, long offset) implements Serializable {}
