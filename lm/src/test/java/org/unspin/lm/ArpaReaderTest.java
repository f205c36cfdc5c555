// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import org.unspin.fetch.ModelFormatException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.unspin.lm.arpa.ArpaReader;

/** Malformed ARPA text is a {@link ModelFormatException} naming the file and line, never another exception. */
class ArpaReaderTest {

  private static String fixture() throws Exception {
    try (InputStream in = ArpaReaderTest.class.getResourceAsStream("/org/unspin/testkit/tiny_trigram.arpa")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void read(String text) throws Exception {
    ArpaReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Path.of("t.arpa"));
  }

  @Test
  void everyTruncationIsAFormatError() throws Exception {
    String full = fixture();
    String[] lines = full.split("\n", -1);
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < lines.length - 2; i++) {
      String cut = prefix.toString();
      assertThatThrownBy(() -> read(cut)).as("first %d lines", i).isInstanceOf(ModelFormatException.class)
          .hasMessageContaining("t.arpa");
      prefix.append(lines[i]).append('\n');
    }
  }

  @Test
  void wrongCountNamesTheLine() throws Exception {
    String bad = fixture().replace("ngram 3=3", "ngram 3=4");
    assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(ModelFormatException.class,
        e -> assertThat(e.getMessage()).contains("counts 4 3-grams, but the section ends after 3"));
    // a line of the wrong shape, named by its line as the other text formats name theirs
    String shape = fixture().replace("-0.3\tcat sat", "-0.3\tcat sat extra words");
    assertThatThrownBy(() -> read(shape)).isInstanceOfSatisfying(ModelFormatException.class,
        e -> assertThat(e.getMessage()).contains("t.arpa:").contains("2 words").doesNotContain("offset"));
  }

  @Test
  void positiveProbabilityIsRejected() throws Exception {
    String bad = fixture().replace("-0.9\tsat", "0.9\tsat");
    assertThatThrownBy(() -> read(bad)).isInstanceOfSatisfying(ModelFormatException.class,
        e -> assertThat(e.offset()).isEqualTo(12));
  }

  @Test
  void badNumberIsRejected() throws Exception {
    String bad = fixture().replace("-0.3\tcat sat", "-0.3x\tcat sat");
    assertThatThrownBy(() -> read(bad)).isInstanceOf(ModelFormatException.class);
  }
}
