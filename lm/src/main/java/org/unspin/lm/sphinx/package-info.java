// SPDX-License-Identifier: Apache-2.0
/**
 * Import of CMU Sphinx / sphinxbase binary trie language models, without sphinx4.
 *
 * @since 0.1
 */
package org.unspin.lm.sphinx;
