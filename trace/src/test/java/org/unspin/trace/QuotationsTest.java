// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotationsTest {

  @Test
  void quotedTextIsBlankedAndEveryOffsetKept() {
    String text = "As Smith wrote, \u201Cthe talks were useful and long\u201D (Smith, 2020). He said \"yes\" twice.";
    String blanked = Quotations.blanked(text);
    assertThat(blanked).hasSameSizeAs(text);
    assertThat(blanked).startsWith("As Smith wrote, ").contains(" (Smith, 2020). He said ").doesNotContain("talks",
        "yes", "\u201C", "\"");
    assertThat(blanked.indexOf("(Smith")).isEqualTo(text.indexOf("(Smith"));
  }

  @Test
  void aQuotationAcrossLinesKeepsItsLineBreaksAndEndsWithItsParagraph() {
    assertThat(Quotations.blanked("\u00ABone\ntwo\u00BB three")).isEqualTo("    \n     three");
    // an unclosed mark, or one closed only in the next paragraph, quotes nothing
    String unclosed = "He said \"so and\n\nthen\" it went on.";
    assertThat(Quotations.blanked(unclosed)).isEqualTo(unclosed);
    // apostrophes and single quotation marks are not quotations
    assertThat(Quotations.blanked("It's the 'best' one.")).isEqualTo("It's the 'best' one.");
  }
}
