// SPDX-License-Identifier: Apache-2.0
/**
 * The n-gram language model: the {@link org.unspin.lm.LanguageModel} query interface (easy string API and fast id
 * API), vocabularies and states; {@link org.unspin.lm.LanguageModels}, the entry point that opens model files and
 * builds the default model on first use; {@link org.unspin.lm.Perplexity}. Probabilities are log base 10.
 * Algorithms: {@code docs/algorithms/lm.md}; file format: {@code docs/formats/lm-binary.md}.
 *
 * @since 0.1
 */
package org.unspin.lm;
