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
  void aBandEntryCountTooLargeToAddUpIsAFormatErrorAtTheCounts() throws Exception {
    // the counts' check summed 12 * entries in a long: a crafted count of 2^63 - 1 overflowed past it (an internal
    // error, exit 4), and one of 2^62 misread the file; the checksum made right, as a crafted file has it
    for (long entries : new long[] {Long.MAX_VALUE, 1L << 62, 1L << 40}) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(SMALL.clone());
      b.putLong(60, entries); // after the magic, version, settings and the document and segment counts
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(b.array(), 0, SMALL.length - 4);
      b.putInt(SMALL.length - 4, (int) crc.getValue());
      Path f = Files.createTempFile("crafted", ".idx");
      try {
        Files.write(f, b.array());
        ModelFormatException e = assertThrows(ModelFormatException.class, () -> TraceIndex.open(f));
        assertThat(e.offset()).isEqualTo(52L);
        assertThat(e.getMessage()).contains("counts do not fit the file");
      } finally {
        Files.delete(f);
      }
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
  @org.junit.jupiter.api.Test
  void aVersionOneFileReadsAsTheSameIndexWithoutFineWindows(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    // the same documents in the layout of version 1: no fine settings after the seed, no fine counts after the band
    // entries' count, no fine arrays before the checksum
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.builder().fineWords(0).build());
    b.add("a", Articles.article(1, 120));
    b.add("b", Articles.article(2, 900));
    Path v3 = dir.resolve("v3.idx");
    b.build().save(v3);
    byte[] bytes = Files.readAllBytes(v3);
    java.io.ByteArrayOutputStream v1 = new java.io.ByteArrayOutputStream();
    v1.write(bytes, 0, 8);
    v1.write(new byte[] {0, 0, 0, 1});
    v1.write(bytes, 12, 44 - 12); // settings and seed
    v1.write(bytes, 52, 16); // documents, segments, band entries
    v1.write(bytes, 84, bytes.length - 4 - 84); // everything after the header; the fine arrays are empty
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(v1.toByteArray());
    v1.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    Path old = dir.resolve("v1.idx");
    Files.write(old, v1.toByteArray());
    TraceIndex read = TraceIndex.open(old);
    assertThat(read.settings()).isEqualTo(TraceIndex.open(v3).settings());
    assertThat(read.html()).isEmpty();
    assertThat(read.settings().fineWords()).isZero();
    assertThat(read.fineWindows()).isZero();
    assertThat(read.segments()).isGreaterThan(2);
    assertThat(read.text(1)).isEqualTo(Articles.article(2, 900));
    String spun = Articles.article(2, 900).substring(0, 2000);
    assertThat(read.trace(spun, TraceSettings.defaults())).extracting(SourceMatch::name).first().isEqualTo("b");
    Path again = dir.resolve("again.idx");
    read.toBuilder().build().save(again); // written in version 3, still without fine windows, its reading of HTML
    byte[] unrecorded = bytes.clone(); // pages not recorded
    java.nio.ByteBuffer.wrap(unrecorded).putInt(80, -1);
    assertThat(java.util.Arrays.copyOf(Files.readAllBytes(again), bytes.length - 4))
        .isEqualTo(java.util.Arrays.copyOf(unrecorded, bytes.length - 4));
  }

  @org.junit.jupiter.api.Test
  void anIndexRecordsHowItReadHtmlAndAVersionTwoFileSaysItDidNot(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    for (Documents.Html html : Documents.Html.values()) {
      TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults()).html(html);
      b.add("a", Articles.article(3, 300));
      Path f = dir.resolve(html + ".idx");
      b.build().save(f);
      assertThat(TraceIndex.open(f).html()).contains(html);
      assertThat(TraceIndex.open(f).toBuilder().build().html()).contains(html);
      // the same index in version 2: without the field at offset 80
      byte[] bytes = Files.readAllBytes(f);
      java.io.ByteArrayOutputStream v2 = new java.io.ByteArrayOutputStream();
      v2.write(bytes, 0, 8);
      v2.write(new byte[] {0, 0, 0, 2});
      v2.write(bytes, 12, 80 - 12);
      v2.write(bytes, 84, bytes.length - 4 - 84);
      java.util.zip.CRC32 crc = new java.util.zip.CRC32();
      crc.update(v2.toByteArray());
      v2.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
      Path old = dir.resolve(html + "-v2.idx");
      Files.write(old, v2.toByteArray());
      TraceIndex read = TraceIndex.open(old);
      assertThat(read.html()).isEmpty();
      assertThat(read.text(0)).isEqualTo(Articles.article(3, 300));
    }
    // a code it does not know is an error at its offset
    Path f = dir.resolve("bad.idx");
    TraceIndex.builder(FingerprintSettings.defaults()).build().save(f);
    byte[] bytes = Files.readAllBytes(f);
    java.nio.ByteBuffer.wrap(bytes).putInt(80, 7);
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    java.nio.ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
    Files.write(f, bytes);
    org.unspin.fetch.ModelFormatException e =
        org.junit.jupiter.api.Assertions.assertThrows(org.unspin.fetch.ModelFormatException.class,
            () -> TraceIndex.open(f));
    assertThat(e.getMessage()).contains("offset 80", "unknown HTML reading 7");
  }

  @org.junit.jupiter.api.Test
  void fineWindowsSurviveAnUpdateAsTheyWereBuilt(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    TraceIndex small = TraceIndex.open(write(dir.resolve("s.idx"), SMALL));
    assertThat(small.fineWindows()).isGreaterThan(0);
    assertThat(small.fineBandEntries()).isEqualTo(small.fineWindows() * small.settings().fineBands());
    small.toBuilder().build().save(dir.resolve("t.idx"));
    assertThat(Files.readAllBytes(dir.resolve("t.idx"))).isEqualTo(SMALL);
  }

  private static Path write(Path f, byte[] bytes) throws java.io.IOException {
    return Files.write(f, bytes);
  }
}
