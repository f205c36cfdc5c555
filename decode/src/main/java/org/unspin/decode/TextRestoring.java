// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import java.io.IOException;
import java.util.function.IntPredicate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.text.TokenizedText;

/**
 * Restores the sentences of a text under a spinner family's channel. {@link TextRestorer} is the n-gram
 * implementation; optional modules (the neural masked-LM pass) provide others through {@link Provider}, found with
 * {@link java.util.ServiceLoader}, so that nothing here depends on them at compile time.
 *
 * <p>Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface TextRestoring {

  /**
   * Restores the sentences of the paragraphs {@code paragraphs} accepts; the others are left as they are. Same
   * contract as {@link TextRestorer#restore(TokenizedText, ChannelModel, IntPredicate)}: only replaced spans change.
   */
  RestoredText restore(TokenizedText text, ChannelModel channel, IntPredicate paragraphs);

  /**
   * A {@link java.util.ServiceLoader} service that builds a {@link TextRestoring} on top of the n-gram decoder.
   * Implementations need a public no-argument constructor.
   */
  interface Provider {

    /** The name users select it by ("neural"). */
    String name();

    /**
     * A restorer that decodes with {@code decoder} and adds its own pass; loads its models (may take seconds).
     *
     * @throws IOException if its models cannot be found or loaded (the message says what to do)
     */
    TextRestoring create(Decoder decoder) throws IOException;

    /**
     * The provider's masked language model as the unsupervised learner asks it (loads it; may take seconds).
     *
     * @throws IOException if the model cannot be found or loaded
     * @throws UnsupportedOperationException if the provider has no masked language model
     */
    default org.unspin.lexicon.learn.MaskedScorer maskedScorer() throws IOException {
      throw new UnsupportedOperationException(name() + " has no masked language model");
    }
  }
}
