// SPDX-License-Identifier: Apache-2.0
/**
 * The optional neural pass: Google's BERT-base cased masked language model run with TensorFlow Java
 * ({@link org.unspin.neural.BertMlm}, loaded once by {@link org.unspin.neural.BertModels}), a WordPiece tokeniser
 * ({@link org.unspin.neural.WordPiece}), and what the restorer uses it for: rescoring the n-gram decoder's uncertain
 * choices with the whole sentence as context, masked-LM proposals as extra candidates, and open-vocabulary detection
 * of words the model finds out of place.
 *
 * <p>This module pulls about 576 MB of jars; nothing else in the project depends on it at compile time.
 * Probabilities are log base 10.
 *
 * @since 0.1
 */
package org.unspin.neural;
