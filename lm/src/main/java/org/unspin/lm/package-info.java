// SPDX-License-Identifier: Apache-2.0
/**
 * The n-gram language model: the {@link org.unspin.lm.LanguageModel} query interface (easy string API and fast id
 * API), vocabularies and states. Probabilities are log base 10.
 *
 * @since 0.1
 */
package org.unspin.lm;
