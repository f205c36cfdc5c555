// SPDX-License-Identifier: Apache-2.0
/**
 * Model stores and the versioned binary format: {@link org.unspin.lm.store.NgramData} (the plain lists every
 * reader and trainer produces), {@link org.unspin.lm.store.HashedNgramModel} (64-bit keys in open-addressing
 * tables, 16-bit quantised values, heap or memory-mapped), {@link org.unspin.lm.store.MixtureModel} (linear
 * interpolation over a union vocabulary), {@link org.unspin.lm.store.MapNgramModel} (the exact reference store)
 * and {@link org.unspin.lm.store.ModelImages} (build, save, map). Probabilities are log base 10.
 *
 * @since 0.1
 */
package org.unspin.lm.store;
