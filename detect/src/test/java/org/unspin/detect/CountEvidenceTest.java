// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CountEvidenceTest {

  private static final CountEvidence E = new CountEvidence(1e-5, 1e-3);

  @Test
  void noEventsLeaveTheProbabilityAsItWas() {
    assertThat(E.update(0.3, 0, 50)).isEqualTo(0.3);
    assertThat(E.update(0.3, 0, 50_000)).isEqualTo(0.3);
    assertThat(E.lnRatio(0, 100)).isZero();
  }

  @Test
  void oneEventInAShortTextIsStrongEvidence() {
    assertThat(E.lnRatio(1, 60)).isCloseTo(Math.log(100) - 60 * (1e-3 - 1e-5), within(1e-9));
    assertThat(E.update(0.3, 1, 60)).isGreaterThan(0.95);
  }

  @Test
  void densityMattersOneEventInALongTextIsNot() {
    assertThat(E.update(0.3, 1, 10_000)).isEqualTo(0.3);
    assertThat(E.update(0.3, 20, 10_000)).isGreaterThan(0.99);
    assertThat(E.lnRatio(2, 1000)).isGreaterThan(E.lnRatio(1, 1000));
  }

  @Test
  void theEvidenceNeverLowersTheProbability() {
    for (double p : new double[] {0, 1e-9, 0.2, 0.5, 0.99, 1}) {
      for (int k = 0; k < 4; k++) {
        assertThat(E.update(p, k, 5000)).isGreaterThanOrEqualTo(p).isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void ratesMustMakeSense() {
    assertThatThrownBy(() -> new CountEvidence(0, 1e-3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CountEvidence(1e-3, 1e-3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CountEvidence(1e-5, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
