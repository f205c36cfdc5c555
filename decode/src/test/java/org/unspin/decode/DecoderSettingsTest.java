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

  @Test
  void aBarOnTheStatedConfidenceCountsATablesUnseenOriginalsOnlyForItsEdits() {
    org.unspin.lexicon.ChannelModel missing = new org.unspin.lexicon.ChannelModel() {
      @Override
      public String family() {
        return "A";
      }

      @Override
      public java.util.List<org.unspin.lexicon.Candidate> candidates(java.util.List<String> words, int i) {
        return java.util.List.of();
      }

      @Override
      public double log10Keep(String word) {
        return 0;
      }

      @Override
      public double unseenOriginals() {
        return 0.25;
      }
    };
    org.unspin.lexicon.Candidate.Origin table = org.unspin.lexicon.Candidate.Origin.TABLE;
    DecoderSettings stated = DecoderSettings.builder().barOnStatedConfidence(true).build();
    assertThat(DecoderSettings.DEFAULTS.barOnStatedConfidence()).isFalse();
    assertThat(DecoderSettings.DEFAULTS.confidenceAtBar(0.8, table, missing)).isEqualTo(0.8);
    assertThat(stated.confidenceAtBar(0.8, table, missing)).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(stated.confidenceAtBar(0.8, org.unspin.lexicon.Candidate.Origin.RULE, missing)).isEqualTo(0.8);
    assertThat(stated.toBuilder().build()).isEqualTo(stated);
  }
}
