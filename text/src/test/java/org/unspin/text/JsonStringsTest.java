// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void aFlatObjectReadsBackWithStringsNumbersBooleansAndNull() {
    java.util.Map<String, Object> m = JsonStrings.parseFlat(
        "{\n\t\"name\": \"A \\\"B\\\"\\n\\u00e9\",\"n\": -12, \"ok\": true, \"no\": false, \"x\": null}");
    assertThat(m).containsEntry("name", "A \"B\"\n\u00e9").containsEntry("n", -12L).containsEntry("ok", true)
        .containsEntry("no", false).containsEntry("x", null);
    assertThat(JsonStrings.parseFlat(" { } ")).isEmpty();
    String quoted = JsonStrings.quote("line\u2028\"two\"");
    assertThat(JsonStrings.parseFlat("{\"k\":" + quoted + "}")).containsEntry("k", "line\u2028\"two\"");
  }

  @Test
  void whatIsNotAFlatObjectIsRefusedWithItsOffset() {
    assertThatThrownBy(() -> JsonStrings.parseFlat("{\"a\": tru}")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at 6");
    assertThatThrownBy(() -> JsonStrings.parseFlat("{\"a\": \"open")).hasMessageContaining("unterminated");
    assertThatThrownBy(() -> JsonStrings.parseFlat("{\"a\": ,}")).hasMessageContaining("expected a value");
    assertThatThrownBy(() -> JsonStrings.parseFlat("{\"a\": \"x\\")).hasMessageContaining("unterminated");
  }
}
