// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class DebTest {

  /** A file name over tar's 100-byte limit, so GNU tar writes a long-name record for it. */
  private static final String LONG = "usr/share/doc/pkg/" + "a-rather-long-directory-name/".repeat(4) + "page.html";

  private static final Map<String, String> FILES = Map.of(
      "usr/share/doc/pkg/manual/intro.html", "<p>An introduction.</p>\n",
      "usr/share/doc/pkg/copyright", "GPL-2\n",
      LONG, "deep");

  /** The package {@link #packageOf} builds, and where its data member's bytes start and end. */
  private record Built(byte[] bytes, long dataHeader, long dataStart, long dataEnd) {}

  @ParameterizedTest
  @ValueSource(strings = {"data.tar.xz", "data.tar.gz", "data.tar"})
  void regularFilesOfTheDataMemberAreVisitedWithoutTheLeadingDotSlash(String member, @TempDir Path dir)
      throws Exception {
    Path deb = write(dir, packageOf(tarOf(dir), member).bytes());
    assertThat(read(deb)).isEqualTo(FILES);
  }

  @Test
  void visitorSeesEachFilesSize(@TempDir Path dir) throws Exception {
    Path deb = write(dir, packageOf(tarOf(dir), "data.tar.xz").bytes());
    Map<String, Long> sizes = new LinkedHashMap<>();
    Deb.forEachFile(deb, (name, size, in) -> sizes.put(name, size));
    assertThat(sizes).containsEntry("usr/share/doc/pkg/copyright", 6L).containsEntry(LONG, 4L);
  }

  @Test
  void zstdDataMemberIsRejectedNamingTheFileAndMember(@TempDir Path dir) throws Exception {
    Built built = packageOf(tarOf(dir), "data.tar.zst");
    Path deb = write(dir, built.bytes());
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> read(deb));
    assertThat(e.path()).isEqualTo(deb);
    assertThat(e.offset()).isEqualTo(built.dataHeader());
    assertThat(e).hasMessageContaining(deb.toString()).hasMessageContaining("data.tar.zst");
  }

  @Test
  void badMagicIsRejectedAtOffsetZero(@TempDir Path dir) throws Exception {
    byte[] bytes = packageOf(tarOf(dir), "data.tar.xz").bytes();
    bytes[1] = 'A';
    Path deb = write(dir, bytes);
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> read(deb));
    assertThat(e.path()).isEqualTo(deb);
    assertThat(e.offset()).isZero();
    assertThat(e).hasMessageContaining(deb.toString()).hasMessageContaining("ar magic");
  }

  @Test
  void truncatedDataMemberIsReportedWhereTheFileEnds(@TempDir Path dir) throws Exception {
    Built built = packageOf(tarOf(dir), "data.tar.xz");
    int cut = (int) (built.dataStart() + built.dataEnd()) / 2;
    Path deb = write(dir, Arrays.copyOf(built.bytes(), cut));
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> read(deb));
    assertThat(e.path()).isEqualTo(deb);
    assertThat(e.offset()).isEqualTo(cut);
    assertThat(e).hasMessageContaining("truncated member data.tar.xz");
  }

  @Test
  void truncatedMemberHeaderIsReportedWhereTheFileEnds(@TempDir Path dir) throws Exception {
    Path deb = write(dir, Arrays.copyOf(packageOf(tarOf(dir), "data.tar.xz").bytes(), 8 + 30));
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> read(deb));
    assertThat(e.offset()).isEqualTo(38);
    assertThat(e).hasMessageContaining("truncated ar member header");
  }

  @Test
  void everyTruncationBeforeTheEndOfTheDataIsAFormatError(@TempDir Path dir) throws Exception {
    Built built = packageOf(tarOf(dir), "data.tar.xz");
    for (int cut = 0; cut < built.dataEnd(); cut++) {
      Path deb = write(dir, Arrays.copyOf(built.bytes(), cut));
      int at = cut;
      assertThatThrownBy(() -> read(deb)).as("cut at %d", at).isInstanceOf(ModelFormatException.class);
    }
  }

  @Test
  void corruptXzDataIsAFormatErrorInsideTheMember(@TempDir Path dir) throws Exception {
    Built built = packageOf(tarOf(dir), "data.tar.xz");
    byte[] bytes = built.bytes().clone();
    bytes[(int) (built.dataStart() + built.dataEnd()) / 2] ^= 0x55;
    Path deb = write(dir, bytes);
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> read(deb));
    assertThat(e.path()).isEqualTo(deb);
    assertThat(e.offset()).isBetween(built.dataStart(), built.dataEnd());
    assertThat(e).hasMessageContaining("data.tar.xz");
  }

  @Test
  void packageWithoutDebianBinaryFirstIsRejected(@TempDir Path dir) throws Exception {
    Path deb = write(dir, ar("control.tar.xz", xz(new byte[0]), "data.tar", tarOf(dir)));
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> read(deb));
    assertThat(e.offset()).isEqualTo(8);
    assertThat(e).hasMessageContaining("debian-binary");
  }

  @Test
  void unknownFormatVersionIsRejected(@TempDir Path dir) throws Exception {
    Path deb = write(dir, ar("debian-binary", ascii("3.0\n"), "data.tar", tarOf(dir)));
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> read(deb));
    assertThat(e.offset()).isEqualTo(8 + 60);
    assertThat(e).hasMessageContaining("3.0");
  }

  @Test
  void packageWithoutDataMemberIsRejected(@TempDir Path dir) throws Exception {
    byte[] bytes = ar("debian-binary", ascii("2.0\n"), "control.tar.xz", xz(new byte[0]));
    Path deb = write(dir, bytes);
    ModelFormatException e = catchThrowableOfType(ModelFormatException.class, () -> read(deb));
    assertThat(e.offset()).isEqualTo(bytes.length);
    assertThat(e).hasMessageContaining("no data.tar");
  }

  @Test
  void visitorExceptionsPassThroughUnchanged(@TempDir Path dir) throws Exception {
    Path deb = write(dir, packageOf(tarOf(dir), "data.tar.xz").bytes());
    IOException stop = new IOException("stop");
    assertThatThrownBy(() -> Deb.forEachFile(deb, (name, size, in) -> {
      throw stop;
    })).isSameAs(stop);
  }

  /** Any one damaged byte either leaves the files as they were or gives a format error, never another failure. */
  @Property(tries = 300)
  void oneDamagedByteGivesTheSameFilesOrAFormatError(@ForAll @IntRange(min = 0, max = 1 << 20) int where,
      @ForAll @IntRange(min = 1, max = 255) int xor) throws Exception {
    Path dir = Files.createTempDirectory("deb");
    try {
      byte[] bytes = (where % 2 == 0 ? Damage.XZ : Damage.GZ).clone();
      bytes[where % bytes.length] ^= (byte) xor;
      Path deb = write(dir, bytes);
      Map<String, String> seen;
      try {
        seen = read(deb);
      } catch (ModelFormatException expected) {
        return;
      }
      assertThat(seen).isEqualTo(FILES);
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  // ---------------------------------------------------------------- fixtures

  /** The packages the property damages, built once. */
  private static final class Damage {
    static final byte[] XZ;
    static final byte[] GZ;

    static {
      try {
        Path dir = Files.createTempDirectory("deb");
        byte[] tar = tarOf(dir);
        XZ = packageOf(tar, "data.tar.xz").bytes();
        GZ = packageOf(tar, "data.tar.gz").bytes();
        try (var files = Files.walk(dir)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      } catch (Exception e) {
        throw new ExceptionInInitializerError(e);
      }
    }
  }

  private static Map<String, String> read(Path deb) throws IOException {
    Map<String, String> seen = new LinkedHashMap<>();
    Deb.forEachFile(deb, (name, size, in) -> seen.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    return seen;
  }

  private static Path write(Path dir, byte[] bytes) throws IOException {
    return Files.write(dir.resolve("p_1.0_all.deb"), bytes);
  }

  /** A GNU tar of {@link #FILES} plus a directory and a symbolic link, named {@code ./usr/...} as dpkg-deb does. */
  private static byte[] tarOf(Path dir) throws Exception {
    Path root = dir.resolve("root");
    for (Map.Entry<String, String> f : FILES.entrySet()) {
      Path p = root.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    Files.createDirectories(root.resolve("usr/share/empty"));
    Path link = root.resolve("usr/share/doc/pkg/link.html");
    Files.deleteIfExists(link);
    Files.createSymbolicLink(link, Path.of("manual/intro.html"));
    Process p = new ProcessBuilder("tar", "--format=gnu", "--sort=name", "-cf", "-", "-C", root.toString(), ".")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] tar = p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).isZero();
    return tar;
  }

  /** A .deb whose data member, named {@code dataName}, holds {@code tar} compressed as its name says. */
  private static Built packageOf(byte[] tar, String dataName) throws IOException {
    byte[] data;
    if (dataName.endsWith(".xz")) {
      data = xz(tar);
    } else if (dataName.endsWith(".gz")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (OutputStream gz = new GZIPOutputStream(out)) {
        gz.write(tar);
      }
      data = out.toByteArray();
    } else {
      data = tar; // uncompressed, or a compression the reader must refuse
    }
    byte[] control = xz(ascii("control\0"));
    byte[] head = ar("debian-binary", ascii("2.0\n"), "control.tar.xz", control);
    byte[] all = ar("debian-binary", ascii("2.0\n"), "control.tar.xz", control, dataName, data);
    return new Built(all, head.length, head.length + 60, head.length + 60 + data.length);
  }

  private static byte[] xz(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XZOutputStream xz = new XZOutputStream(out, new LZMA2Options())) {
      xz.write(bytes);
    }
    return out.toByteArray();
  }

  /** An ar archive of (name, bytes) pairs, with dpkg-deb's header layout and odd sizes padded with a newline. */
  private static byte[] ar(Object... members) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ascii("!<arch>\n"));
    for (int i = 0; i < members.length; i += 2) {
      byte[] data = (byte[]) members[i + 1];
      String header = String.format("%-16s%-12s%-6s%-6s%-8s%-10d`\n", members[i], "1700000000", "0", "0", "100644",
          data.length);
      assertThat(header).hasSize(60);
      out.write(ascii(header));
      out.write(data);
      if (data.length % 2 == 1) {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
