// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BinaryFileTest {

  @TempDir Path dir;

  private Path written() throws IOException {
    Path f = dir.resolve("c.bin");
    try (BinaryFile.Writer w = new BinaryFile.Writer(f, "TESTFILE", 3)) {
      w.ints(new int[] {7, 8, 9});
      w.strings(List.of("alpha", "beta"));
      w.commit();
    }
    return f;
  }

  @Test
  void whatIsWrittenIsReadBack() throws IOException {
    BinaryFile.Reader r = new BinaryFile.Reader(written(), "TESTFILE", 3);
    assertThat(r.ints()).containsExactly(7, 8, 9);
    assertThat(r.strings()).containsExactly("alpha", "beta");
    r.end();
  }

  @Test
  void aByteChangedInsideASectionIsReportedAsDamageAtTheChecksum() throws IOException {
    // the lengths alone let it through: a thesaurus read another word or link, silently
    Path f = written();
    byte[] b = Files.readAllBytes(f);
    b[12 + 4 + 4 * 1 + 3] ^= 1; // the int 8 becomes 9
    Files.write(f, b);
    assertThatThrownBy(() -> new BinaryFile.Reader(f, "TESTFILE", 3)).isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(f + " at offset " + (b.length - 8) + ": checksum ")
        .hasMessageEndingWith("the file is damaged");
  }

  @Test
  void aFileWrittenBeforeTheChecksumIsReadAsBefore() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.write("TESTFILE".getBytes(StandardCharsets.US_ASCII));
    out.writeInt(3);
    out.writeInt(1);
    out.writeInt(42);
    Path f = Files.write(dir.resolve("old.bin"), bytes.toByteArray());
    BinaryFile.Reader r = new BinaryFile.Reader(f, "TESTFILE", 3);
    assertThat(r.ints()).containsExactly(42);
    r.end();
  }
}
