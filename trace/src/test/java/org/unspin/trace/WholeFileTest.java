// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WholeFileTest {

  @Test
  void aWriteThatFailsHalfWayLeavesTheOldFileAndNothingBesideIt(@TempDir Path dir) throws IOException {
    // as a full disk does: part of the new copy written, then an error
    Path file = dir.resolve("paper.unspin.docx");
    Files.writeString(file, "the copy a reader has open");
    IOException e = assertThrows(IOException.class, () -> WholeFile.write(file, out -> {
      out.write("half of the new".getBytes(StandardCharsets.UTF_8));
      throw new IOException("No space left on device");
    }));
    assertThat(e).hasMessageContaining("No space left");
    assertThat(Files.readString(file)).isEqualTo("the copy a reader has open");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aWriteThatSucceedsReplacesTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("paper.unspin.odt");
    Files.writeString(file, "old");
    WholeFile.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
    assertThat(Files.readString(file)).isEqualTo("new");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
