// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import org.unspin.Unspinner;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.detect.Calibration;

/** A small Unspinner for job tests: the decoder's fixture bigram model and family A, with fixture calibration. */
final class FixtureModels implements UnspinnerFactory {

  private static final long serialVersionUID = 1L;

  static Unspinner unspinner() {
    // the committed constants are fitted for the default models; these suit the fixture models' evidence
    java.util.Map<String, Double> w = java.util.Map.of("bias", -1.0, "ratioPerWord", 10.0, "tableEditsPerWord", 20.0,
        "openEditsPerWord", 2.0, "spintax", 2.0, "oovRate", 1.0, "phraseHitsPerWord", 20.0, "ratioTotal", 2.0);
    return Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(Calibration.of(w, w, 0.5, "fixtures")).build();
  }

  @Override
  public Models create() {
    return new Models(unspinner(), Fixtures.languageModel());
  }
}
