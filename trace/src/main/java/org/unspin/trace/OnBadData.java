// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import org.unspin.fetch.ModelFormatException;
/**
 * What reading documents does with a bad one (a text file that is not UTF-8, a WARC record whose payload cannot be
 * read): stop with an error, or leave it out and go on.
 *
 * @since 0.1
 */
public enum OnBadData {
  /** Stop with a {@link ModelFormatException} naming the file and offset (the default). */
  FAIL,
  /** Leave the document out, count it as rejected and report it to the warning consumer. */
  WARN,
  /** Leave the document out and count it as rejected, silently. */
  SKIP
}
