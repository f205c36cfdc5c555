// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.unspin.testkit.MarketReport;

class FactsTest {

  @Test
  void numbersAreNormalisedAsSpinnersWriteThem() {
    assertThat(Facts.numbers("Five firms paid $50,000 in 2021; 5 of them paid 50000 again."))
        .containsExactlyInAnyOrder("5", "50000", "2021");
  }

  @Test
  void reportsOnOneTemplateDisagreeOnTheirFigures() {
    Set<String> monday = Facts.numbers(MarketReport.of(1));
    Set<String> tuesday = Facts.numbers(MarketReport.of(2));
    assertThat(monday).hasSizeGreaterThanOrEqualTo(Facts.MIN_NUMBERS);
    assertThat(Facts.disagree(monday, tuesday)).isTrue();
    assertThat(Facts.disagree(monday, Facts.numbers(MarketReport.of(1)))).isFalse();
  }

  @Test
  void aCopyOfPartAgreesWithTheWhole() {
    String whole = MarketReport.of(3);
    String part = whole.substring(0, whole.indexOf("Resistance"));
    assertThat(Facts.disagree(Facts.numbers(part), Facts.numbers(whole))).isFalse();
  }

  @Test
  void textsWithFewNumbersNeverDisagree() {
    Set<String> few = Set.of("1", "2", "3", "4");
    assertThat(Facts.disagree(few, Set.of("7", "8", "9", "10", "11", "12"))).isFalse();
    assertThat(Facts.disagree(Set.of(), Set.of())).isFalse();
  }
}
