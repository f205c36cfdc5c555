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
    double[] weights = {-1, 10, 20, 2, 0, 2, 1, 20, 0, 2, 0, 0};
    return Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .calibration(new Calibration(weights, weights, 0.5, "fixtures")).build();
  }

  @Override
  public Models create() {
    return new Models(unspinner(), Fixtures.languageModel());
  }
}
