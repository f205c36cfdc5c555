// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TarTest {

  @Test
  void uncompressedTarStreamIsRead(@TempDir Path dir) throws Exception {
    byte[] tar = tarOf(dir);
    Map<String, String> seen = read(new ByteArrayInputStream(tar), dir.resolve("x.tar"));
    assertThat(seen).containsOnly(Map.entry("package/a.txt", "alpha"), Map.entry("package/data/b.txt", "beta beta"));
  }

  @Test
  void streamIsReadToItsEndAndLeftOpen(@TempDir Path dir) throws Exception {
    byte[] tar = tarOf(dir);
    boolean[] closed = {false};
    ByteArrayInputStream bytes = new ByteArrayInputStream(tar) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    read(bytes, dir.resolve("x.tar"));
    assertThat(bytes.available()).isZero();
    assertThat(closed[0]).isFalse();
  }

  @Test
  void partlyReadEntriesDoNotDisturbTheNextOnes(@TempDir Path dir) throws Exception {
    Map<String, Integer> firstBytes = new LinkedHashMap<>();
    Tar.forEachFile(new ByteArrayInputStream(tarOf(dir)), dir.resolve("x.tar"),
        (name, size, in) -> firstBytes.put(name, in.read()));
    assertThat(firstBytes).containsOnly(Map.entry("package/a.txt", (int) 'a'), Map.entry("package/data/b.txt",
        (int) 'b'));
  }

  @Test
  void damagedHeaderIsReportedWithItsChecksumOffset(@TempDir Path dir) throws Exception {
    byte[] tar = tarOf(dir);
    tar[3] ^= 1; // inside the first entry's name
    Path source = dir.resolve("x.tar");
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class,
        () -> read(new ByteArrayInputStream(tar), source));
    assertThat(e.path()).isEqualTo(source);
    assertThat(e.offset()).isEqualTo(148);
    assertThat(e).hasMessageContaining("checksum");
  }

  @Test
  void truncatedEntryIsReportedWhereTheStreamEnds(@TempDir Path dir) throws Exception {
    byte[] tar = tarOf(dir);
    byte[] cut = Arrays.copyOf(tar, 512 + 2); // first header and two bytes of "alpha"
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class,
        () -> read(new ByteArrayInputStream(cut), dir.resolve("x.tar")));
    assertThat(e.offset()).isEqualTo(514);
    assertThat(e).hasMessageContaining("truncated tar entry");
  }

  @Test
  void truncatedHeaderIsReportedWhereTheStreamEnds(@TempDir Path dir) throws Exception {
    byte[] cut = Arrays.copyOf(tarOf(dir), 100);
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class,
        () -> read(new ByteArrayInputStream(cut), dir.resolve("x.tar")));
    assertThat(e.offset()).isEqualTo(100);
    assertThat(e).hasMessageContaining("truncated tar header");
  }

  @Test
  void everyTruncatedTgzIsAFormatErrorNamingTheFile(@TempDir Path dir) throws Exception {
    byte[] tgz = gzip(tarOf(dir));
    Path file = dir.resolve("p.tgz");
    for (int cut = 0; cut < tgz.length; cut++) {
      Files.write(file, Arrays.copyOf(tgz, cut));
      int at = cut;
      assertThatThrownBy(() -> Tar.forEachFile(file, (name, size, in) -> in.readAllBytes()))
          .as("cut at %d", at).isInstanceOf(ModelFormatException.class).hasMessageContaining(file.toString());
    }
  }

  @Test
  void corruptGzipIsAFormatError(@TempDir Path dir) throws Exception {
    byte[] tgz = gzip(tarOf(dir));
    tgz[tgz.length - 6] ^= 0x40; // the trailer's CRC-32
    Path file = Files.write(dir.resolve("p.tgz"), tgz);
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class,
        () -> Tar.forEachFile(file, (name, size, in) -> in.readAllBytes()));
    assertThat(e.path()).isEqualTo(file);
    assertThat(e).hasMessageContaining("corrupt gzip data");
  }

  private static Map<String, String> read(InputStream tar, Path source) throws IOException {
    Map<String, String> seen = new LinkedHashMap<>();
    Tar.forEachFile(tar, source, (name, size, in) -> seen.put(name,
        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    return seen;
  }

  /** A ustar archive, as npm writes, of package/a.txt and package/data/b.txt, in that order. */
  private static byte[] tarOf(Path dir) throws Exception {
    Path root = dir.resolve("src");
    Files.createDirectories(root.resolve("package/data"));
    Files.writeString(root.resolve("package/a.txt"), "alpha");
    Files.writeString(root.resolve("package/data/b.txt"), "beta beta");
    Process p = new ProcessBuilder("tar", "--format=ustar", "--sort=name", "-cf", "-", "-C", root.toString(),
        "package/a.txt", "package/data/b.txt").redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] tar = p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).isZero();
    return tar;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
