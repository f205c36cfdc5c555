// SPDX-License-Identifier: Apache-2.0
/**
 * Synthetic crawls for tests and benchmarks of tracing: source documents cut from public-domain prose fetched through
 * {@code org.unspin.fetch} (State of the Union addresses and the Brown corpus), their spins by any
 * {@link org.unspin.trace.synthetic.TextSpinner}, verbatim copies and unrelated pages, written as folders of text
 * files and as a WARC file, each with a ground-truth table.
 */
package org.unspin.trace.synthetic;
