// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CasePatternTest {

  @Test
  void readsThePatterns() {
    assertThat(CasePattern.of("said")).isEqualTo(CasePattern.LOWER);
    assertThat(CasePattern.of("Officials")).isEqualTo(CasePattern.TITLE);
    assertThat(CasePattern.of("NATO")).isEqualTo(CasePattern.UPPER);
    assertThat(CasePattern.of("U.S.")).isEqualTo(CasePattern.UPPER);
    assertThat(CasePattern.of("iPhone")).isEqualTo(CasePattern.MIXED);
    assertThat(CasePattern.of("2018")).isEqualTo(CasePattern.NONE);
    assertThat(CasePattern.of("A")).isEqualTo(CasePattern.TITLE);
  }

  @Test
  void reappliesAPatternToAReplacement() {
    assertThat(CasePattern.of("Officials").apply("officers")).isEqualTo("Officers");
    assertThat(CasePattern.of("MAY").apply("could")).isEqualTo("COULD");
    assertThat(CasePattern.of("said").apply("Mentioned")).isEqualTo("mentioned");
    assertThat(CasePattern.TITLE.apply("middle East")).isEqualTo("Middle East");
  }

  @Test
  void replacementsApplyInAnyOrder() {
    String s = "the nationwide safety adviser mentioned";
    String out = Replacement.apply(s, java.util.List.of(
        new Replacement(new Span(30, 39), "said"),
        new Replacement(new Span(4, 21), "national security")));
    assertThat(out).isEqualTo("the national security adviser said");
  }
}
