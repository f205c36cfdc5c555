// SPDX-License-Identifier: Apache-2.0
/**
 * Thesauri and English morphology: {@link org.unspin.thesaurus.WordNet} (3.1, parsed from its WNDB files) and
 * {@link org.unspin.thesaurus.Moby} (Moby Thesaurus II), loaded through {@link org.unspin.thesaurus.Thesauri}
 * (fetched from the registries on first use and cached compiled under {@code models/}), and
 * {@link org.unspin.thesaurus.Morphology} (lemmas, inflection, re-inflection).
 *
 * <p>All terms are lower case with single spaces ({@link org.unspin.thesaurus.Terms#normalize}). Everything here
 * is immutable after loading and thread-safe.
 */
package org.unspin.thesaurus;
