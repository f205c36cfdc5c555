// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonWriterTest {

  @Test
  void writesNestedValuesWithEscapesAndFixedNumbers() {
    JsonWriter w = new JsonWriter();
    w.beginObject().name("a").value("x\"y\n\u0001").name("b").beginArray().value(1).value(0.123456, 4)
        .value(-0.00001, 2).endArray().name("c").beginObject().endObject().name("d").value(true).endObject();
    assertThat(w.toString()).isEqualTo(
        "{\n  \"a\": \"x\\\"y\\n\\u0001\",\n  \"b\": [\n    1,\n    0.1235,\n    0.00\n  ],\n  \"c\": {},\n"
            + "  \"d\": true\n}");
  }

  @Test
  void loneSurrogatesAreEscaped() {
    assertThat(new JsonWriter().value("a\uD800b").toString()).isEqualTo("\"a\\ud800b\"");
    assertThat(new JsonWriter().value("\uD83D\uDE00").toString()).isEqualTo("\"\uD83D\uDE00\"");
  }

  @Test
  void compactWritesOneLineAndRawValuesAsGiven() {
    JsonWriter w = JsonWriter.compact();
    w.beginObject().name("id").raw("[1,\"x\"]").name("text").value("two\nlines\u2028").name("n").beginArray()
        .value(1).value(0.5, 4).endArray().name("e").beginObject().endObject().endObject();
    assertThat(w.toString()).isEqualTo("{\"id\":[1,\"x\"],\"text\":\"two\\nlines\\u2028\",\"n\":[1,0.5000],\"e\":{}}")
        .doesNotContain("\n");
  }
}
