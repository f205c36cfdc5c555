// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationSpansTest {

  private static List<String> found(String text) {
    return CitationSpans.find(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void numberedAndAuthorYearCitationsAreFound() {
    assertThat(found("an irregular [12] timberland [4, 5] and [3-7] (Smith et al., 2020) (Lee and Park 2019; Ito, "
        + "2021a)")).containsExactly("[12]", "[4, 5]", "[3-7]", "(Smith et al., 2020)",
        "(Lee and Park 2019; Ito, 2021a)");
  }

  @Test
  void otherBracketsAndParenthesesAreProse() {
    assertThat(found("the list [a, b], (see below), (Reuters), (in 2020 the council voted), f(x) [x]")).isEmpty();
  }

  @Test
  void aCitationIsReadThroughLikeCode() {
    TokenizedText t = TokenizedText.of("An irregular [12] timberland.");
    assertThat(t.citationSpans()).hasSize(1);
    assertThat(t.tokens().stream().filter(x -> !x.isSpace() && !t.verbatim(x)).map(Token::text))
        .containsExactly("An", "irregular", "timberland", ".");
  }
}
