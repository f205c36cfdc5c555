// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecoderSettingsTest {

  @Test
  void swapsBetweenPrepositionsOrModalsNeedTheHigherConfidence() {
    DecoderSettings s = DecoderSettings.DEFAULTS;
    assertThat(s.minConfidence("on", "in")).isEqualTo(s.functionWordMinConfidence());
    assertThat(s.minConfidence("Could", "may")).isEqualTo(s.functionWordMinConfidence());
    assertThat(s.minConfidence("mentioned", "said")).isEqualTo(s.minConfidence());
    assertThat(s.minConfidence("in", "inside")).as("only when both are function words").isEqualTo(s.minConfidence());
    assertThat(s.functionWordMinConfidence()).isGreaterThan(s.minConfidence());
  }

  @Test
  void aLowerFunctionWordThresholdNeverLowersTheGeneralOne() {
    DecoderSettings s = DecoderSettings.builder().minConfidence(0.7).functionWordMinConfidence(0.05).build();
    assertThat(s.minConfidence("on", "in")).isEqualTo(0.7);
    assertThat(s.toBuilder().build()).isEqualTo(s);
    assertThatThrownBy(() -> DecoderSettings.builder().functionWordMinConfidence(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
