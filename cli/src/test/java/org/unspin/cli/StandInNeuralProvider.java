// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.unspin.decode.Decoder;
import org.unspin.decode.NeuralPass;
import org.unspin.decode.RestoredText;
import org.unspin.decode.TextEdit;
import org.unspin.decode.TextRestoring;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.text.Token;

/**
 * A stand-in for the neural module's provider, registered for the command line's tests (META-INF/services), so that
 * {@code --neural} runs there without the 576 MB module: it finds every lexical word of at least 4 letters out of
 * place and proposes its reversed spelling, as a masked-LM (origin NEURAL) edit, and reports a pass that re-decided
 * the first edit (the n-gram decoder alone had written {@value #NGRAM_REPLACEMENT} there, at {@value
 * #NGRAM_CONFIDENCE}) and whose work cap ran out at the last one. The real module's tests run the real model.
 */
public final class StandInNeuralProvider implements TextRestoring.Provider {

  /** What the n-gram decoder alone would have written at the first edit, as the stand-in pass reports it. */
  static final String NGRAM_REPLACEMENT = "Ngram-reading";

  /** The n-gram decoder's confidence in it. */
  static final double NGRAM_CONFIDENCE = 0.55;

  /** The stand-in's work cap, in queries. */
  static final int CAP = 10;

  @Override
  public String name() {
    return NeuralLoader.NAME;
  }

  @Override
  public TextRestoring create(Decoder decoder) {
    TextRestoring every = everyWordOutOfPlace();
    return (text, channel, paragraphs) -> {
      RestoredText restored = every.restore(text, channel, paragraphs);
      List<TextEdit> edits = restored.edits();
      if (edits.size() < 2) {
        return restored;
      }
      TextEdit first = edits.get(0);
      NeuralPass pass = new NeuralPass(CAP + 2, CAP, edits.get(edits.size() - 1).span().start(), List.of(
          new NeuralPass.Review(first.span(), first.spun(), NGRAM_REPLACEMENT.toLowerCase(java.util.Locale.ROOT),
              NGRAM_REPLACEMENT, NGRAM_CONFIDENCE, 0.9, false)));
      return restored.withNeural(Optional.of(pass));
    };
  }

  /**
   * The stand-in's restorer without a pass: every lexical word of at least 4 letters out of place, its reversed
   * spelling proposed as a masked-LM (origin NEURAL) edit at 0.9.
   */
  static TextRestoring everyWordOutOfPlace() {
    return (text, channel, paragraphs) -> {
      List<TextEdit> edits = new ArrayList<>();
      for (Token t : text.tokens()) {
        if (t.isLexical() && t.text().length() >= 4) {
          String o = new StringBuilder(t.text()).reverse().toString();
          edits.add(new TextEdit(t.span(), t.text(), o, o, 0.9, List.of(), ChannelModel.OPEN,
              Candidate.Origin.NEURAL));
        }
      }
      return RestoredText.of(text.text(), edits, 0);
    };
  }
}
