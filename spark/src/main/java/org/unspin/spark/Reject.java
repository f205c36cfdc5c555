// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.Serializable;

/**
 * A record the job could not use, and why; written to the rejects output, never dropped silently. Immutable.
 *
 * @param file the WARC or WET file
 * @param offset byte offset of the record (or of the point where reading failed), or {@link
 *     org.unspin.trace.WarcRecords#NO_OFFSET} for a record no offset reaches (inside a file gzipped whole)
 * @param url the record's target URI when known, else ""
 * @param reason what was wrong
 * @since 0.1
 */
public record Reject(String file, long offset, String url, String reason) implements Serializable {}
