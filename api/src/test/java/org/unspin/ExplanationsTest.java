// SPDX-License-Identifier: Apache-2.0
package org.unspin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.text.Span;

class ExplanationsTest {

  private static Edit edit(String spinner, String origin) {
    return new Edit(new Span(0, 10), "instructed", "told", "told", 0.64, List.of(), spinner, origin);
  }

  @Test
  void aLearnedTablesFormIsExplainedByItsTable() {
    assertThat(Explanations.why(edit("A", "morphology")))
        .isEqualTo("spinner A writes a form of this for a form of it (learned table)");
  }

  @Test
  void anOpenVocabularyFormIsNotCalledALearnedTables() {
    assertThat(Explanations.why(edit("open", "morphology")))
        .doesNotContain("learned table")
        .contains("thesaurus synonym")
        .endsWith("(open vocabulary)");
  }
}
