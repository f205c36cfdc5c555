// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TorturedReachTest {

  @Test
  void aKeptPhraseTheLmWouldChangeIsLostToTheChannelsPrice() {
    assertThat(TorturedReach.lostBy(false, true, true, false))
        .isEqualTo("kept: the LM prefers the expected phrase, the channel's price is too high");
  }

  @Test
  void aKeptPhraseTheLmPrefersAsWrittenIsLostToTheLm() {
    assertThat(TorturedReach.lostBy(false, true, false, false)).isEqualTo("kept: the LM prefers the written form");
  }

  @Test
  void anotherFormOfTheExpectedLemmasIsAnInflectionMiss() {
    assertThat(TorturedReach.lostBy(false, false, true, true))
        .isEqualTo("another inflection of the expected phrase wins");
  }

  @Test
  void anExpectedPathThatScoresBetterIsLostToThePosteriorOrPruning() {
    assertThat(TorturedReach.lostBy(true, true, true, false))
        .isEqualTo("the expected path scores better: lost to the posterior bar or pruning");
  }
}
