// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import org.unspin.fetch.ModelFormatException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class IndexFormatTest {

  private static final byte[] SMALL = small();

  private static byte[] small() {
    try {
      TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.builder().numHashes(16).rowsPerBand(4).build());
      b.add("https://a.example/ü", Articles.article(1, 120));
      b.add("b", Articles.article(2, 900));
      Path f = Files.createTempFile("small", ".idx");
      b.build().save(f);
      byte[] bytes = Files.readAllBytes(f);
      Files.delete(f);
      return bytes;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @org.junit.jupiter.api.Test
  void aSavedIndexHasThePermissionsOfAnyNewFileNotOwnerOnly(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.builder().numHashes(16).rowsPerBand(4).build());
    b.add("a", Articles.article(1, 120));
    Path idx = dir.resolve("a.idx");
    b.build().save(idx);
    Path plain = Files.createFile(dir.resolve("plain.txt")); // as the user's umask makes it
    assertThat(Files.getPosixFilePermissions(idx)).isEqualTo(Files.getPosixFilePermissions(plain));
    try (java.util.stream.Stream<Path> left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.idx", "plain.txt");
    }
  }

  @Property(tries = 60)
  void anyDamagedByteIsAFormatErrorWithinTheFile(@ForAll @IntRange(min = 0, max = 1_000_000) int where,
      @ForAll @IntRange(min = 1, max = 255) int flip) throws Exception {
    byte[] bytes = SMALL.clone();
    int at = where % bytes.length;
    bytes[at] ^= (byte) flip;
    Path f = Files.createTempFile("damaged", ".idx");
    try {
      Files.write(f, bytes);
      ModelFormatException e = assertThrows(ModelFormatException.class, () -> TraceIndex.open(f));
      assertThat(e.offset()).isBetween(0L, (long) bytes.length);
      assertThat(e.path()).isEqualTo(f);
    } finally {
      Files.delete(f);
    }
  }

  @org.junit.jupiter.api.Test
  void intactFileReadsBackTheSameDocuments() throws Exception {
    Path f = Files.createTempFile("intact", ".idx");
    try {
      Files.write(f, SMALL);
      TraceIndex index = TraceIndex.open(f);
      assertThat(index.size()).isEqualTo(2);
      assertThat(index.name(0)).isEqualTo("https://a.example/ü");
      assertThat(index.text(1)).isEqualTo(Articles.article(2, 900));
      assertThat(index.segments()).isGreaterThan(2);
    } finally {
      Files.delete(f);
    }
  }
}
