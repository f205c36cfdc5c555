// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperatingPointTest {

  @Test
  void aThresholdIsStrictlyBetweenZeroAndOne() {
    assertThat(OperatingPoint.isThreshold(0.5)).isTrue();
    assertThat(OperatingPoint.isThreshold(Double.MIN_VALUE)).isTrue();
    assertThat(OperatingPoint.isThreshold(Math.nextDown(1.0))).isTrue();
    for (double p : new double[] {0, 1, -0.1, 1.5, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThat(OperatingPoint.isThreshold(p)).as("%s", p).isFalse();
    }
  }

  @Test
  void aMinimumConfidenceIsAboveZeroAndAtMostOne() {
    assertThat(OperatingPoint.isMinConfidence(1)).isTrue();
    assertThat(OperatingPoint.isMinConfidence(0.4)).isTrue();
    for (double c : new double[] {0, -1, 1.0001, Double.NaN}) {
      assertThat(OperatingPoint.isMinConfidence(c)).as("%s", c).isFalse();
    }
  }

  @Test
  void checksReturnTheValueOrNameItAndTheRange() {
    assertThat(OperatingPoint.threshold("threshold", 0.7)).isEqualTo(0.7);
    assertThat(OperatingPoint.minConfidence("minConfidence", 1)).isEqualTo(1);
    assertThatThrownBy(() -> OperatingPoint.threshold("\"threshold\"", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("\"threshold\" must be a probability between 0 and 1, exclusive: 1.0");
    assertThatThrownBy(() -> OperatingPoint.minConfidence("minConfidence", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minConfidence must be a confidence above 0, at most 1: 0.0");
  }
}
