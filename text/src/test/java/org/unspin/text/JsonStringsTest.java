// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

  @Test
  void quotesBackslashesAndControlCharactersAreEscaped() {
    assertThat(JsonStrings.quote("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
  }

  @Test
  void pairedSurrogatesStayAndLoneOnesAreEscaped() {
    assertThat(JsonStrings.quote("\uD83D\uDE00")).isEqualTo("\"\uD83D\uDE00\"");
    assertThat(JsonStrings.quote("a\uD800b")).isEqualTo("\"a\\ud800b\"");
    assertThat(JsonStrings.quote("\uDC00")).isEqualTo("\"\\udc00\"");
  }

  @Test
  void javascriptLineBreaksAreEscaped() {
    assertThat(JsonStrings.quote("x\u2028y\u2029")).isEqualTo("\"x\\u2028y\\u2029\"");
  }
}
