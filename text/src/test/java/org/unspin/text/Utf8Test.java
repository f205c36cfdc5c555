// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

  private static final class BadUtf8 extends Exception {
    final int offset;

    BadUtf8(int offset) {
      super("bad at " + offset);
      this.offset = offset;
    }
  }

  @Test
  void aStreamInUtf16AfterItsByteOrderMarkIsGivenAsUtf8AndAnyOtherAsItIs() throws Exception {
    // long enough that a surrogate pair falls across the chunks the stream decodes
    String text = "x".repeat(8191) + "\uD83D\uDE00 caf\u00e9\n{\"text\": \"\u65e5\u672c\"}\n";
    for (java.nio.charset.Charset utf16 : java.util.List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
      byte[] bytes = utf16 == StandardCharsets.UTF_16 ? text.getBytes(utf16) // big-endian, with its mark
          : ("\uFEFF" + text).getBytes(utf16);
      try (java.io.InputStream in = Utf8.utf8Stream(new java.io.BufferedInputStream(
          new java.io.ByteArrayInputStream(bytes)))) {
        assertThat(in.readAllBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] utf8 = "\uFEFFcaf\u00e9".getBytes(StandardCharsets.UTF_8);
    try (java.io.InputStream in = Utf8.utf8Stream(new java.io.BufferedInputStream(
        new java.io.ByteArrayInputStream(utf8)))) {
      assertThat(in.readAllBytes()).isEqualTo(utf8); // as it is, its mark too
    }
    byte[] unpaired = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 0x3D, (byte) 0xD8}; // a high surrogate at the end
    assertThatThrownBy(() -> Utf8.utf8Stream(new java.io.BufferedInputStream(
        new java.io.ByteArrayInputStream(unpaired))).readAllBytes()).isInstanceOf(java.io.IOException.class);
  }

  @Test
  void validUtf8DecodesToTheSameString() throws BadUtf8 {
    String s = "naïve café \uD83D\uDE00 日本";
    assertThat(Utf8.decode(s.getBytes(StandardCharsets.UTF_8), BadUtf8::new)).isEqualTo(s);
    assertThat(Utf8.decode(new byte[0], BadUtf8::new)).isEmpty();
  }

  @Test
  void aMalformedByteIsReportedAtItsOffsetThroughTheCallersError() {
    byte[] bytes = {'a', 'b', (byte) 0xFF, 'c'};
    assertThatThrownBy(() -> Utf8.decode(bytes, BadUtf8::new))
        .isInstanceOf(BadUtf8.class)
        .satisfies(e -> assertThat(((BadUtf8) e).offset).isEqualTo(2));
  }

  @Test
  void aTruncatedSequenceAtTheEndIsReportedWhereItStarts() {
    byte[] bytes = {'x', (byte) 0xE6, (byte) 0x97};
    assertThatThrownBy(() -> Utf8.decode(bytes, BadUtf8::new))
        .satisfies(e -> assertThat(((BadUtf8) e).offset).isEqualTo(1));
  }

  @Test
  void anEncodedSurrogateIsRejected() {
    byte[] bytes = {(byte) 0xED, (byte) 0xA0, (byte) 0x80};
    assertThatThrownBy(() -> Utf8.decode(bytes, BadUtf8::new)).isInstanceOf(BadUtf8.class);
  }

  @Test
  void theByteOrderMarkIsKeptByDecodeAndDroppedOnRequest() throws BadUtf8 {
    byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    String s = Utf8.decode(bytes, BadUtf8::new);
    assertThat(s).isEqualTo("\uFEFFhi");
    assertThat(Utf8.withoutByteOrderMark(s)).isEqualTo("hi");
    assertThat(Utf8.withoutByteOrderMark("hi")).isEqualTo("hi");
    assertThat(Utf8.withoutByteOrderMark("")).isEmpty();
  }

  @Test
  void textWithAUtf16ByteOrderMarkIsReadAsUtf16AndAnythingElseAsUtf8() throws BadUtf8 {
    String s = "naïve \uD83D\uDE00 café";
    byte[] le = ("\uFEFF" + s).getBytes(StandardCharsets.UTF_16LE);
    byte[] be = ("\uFEFF" + s).getBytes(StandardCharsets.UTF_16BE);
    assertThat(Utf8.decodeText(le, BadUtf8::new)).isEqualTo(s);
    assertThat(Utf8.decodeText(be, BadUtf8::new)).isEqualTo(s);
    assertThat(Utf8.decodeText(("\uFEFF" + s).getBytes(StandardCharsets.UTF_8), BadUtf8::new)).isEqualTo(s);
    assertThat(Utf8.decodeText(s.getBytes(StandardCharsets.UTF_8), BadUtf8::new)).isEqualTo(s);
    assertThat(Utf8.decodeText(new byte[] {(byte) 0xFF, (byte) 0xFE}, BadUtf8::new)).isEmpty();
  }

  @Test
  void utf16WithoutItsByteOrderMarkIsNoUtf8Text() {
    // every other byte is NUL, which is valid UTF-8 but no text: reported at the first NUL, not read as "h\0i\0"
    byte[] le = "hi there".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> Utf8.decodeText(le, BadUtf8::new))
        .satisfies(e -> assertThat(((BadUtf8) e).offset).isEqualTo(1));
    byte[] be = "hi there".getBytes(StandardCharsets.UTF_16BE);
    assertThatThrownBy(() -> Utf8.decodeText(be, BadUtf8::new))
        .satisfies(e -> assertThat(((BadUtf8) e).offset).isZero());
    assertThat(Utf8.CONVERT_HINT).contains("-f utf-16le");
  }

  @Test
  void badUtf16IsReportedAtItsOffsetInTheFile() {
    byte[] odd = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i'};
    assertThatThrownBy(() -> Utf8.decodeText(odd, BadUtf8::new))
        .satisfies(e -> assertThat(((BadUtf8) e).offset).isEqualTo(4));
    byte[] lone = {(byte) 0xFE, (byte) 0xFF, 0, 'a', (byte) 0xDC, 0, 0, 'b'}; // a low surrogate alone
    assertThatThrownBy(() -> Utf8.decodeText(lone, BadUtf8::new))
        .satisfies(e -> assertThat(((BadUtf8) e).offset).isEqualTo(4));
    byte[] latin1 = {'c', 'a', 'f', (byte) 0xE9};
    assertThatThrownBy(() -> Utf8.decodeText(latin1, BadUtf8::new))
        .satisfies(e -> assertThat(((BadUtf8) e).offset).isEqualTo(3));
  }

  @Test
  void theByteOrderMarkIsMeasured() {
    assertThat(Utf8.byteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '<'})).isEqualTo(3);
    assertThat(Utf8.byteOrderMark(new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0})).isEqualTo(2);
    assertThat(Utf8.byteOrderMark(new byte[] {(byte) 0xFE, (byte) 0xFF, 0, 'h'})).isEqualTo(2);
    assertThat(Utf8.byteOrderMark(new byte[] {(byte) 0xEF, (byte) 0xBB})).isZero();
    assertThat(Utf8.byteOrderMark("<html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII))).isZero();
  }

  @Test
  void aFaultIsNamedForWhatTheBytesLookLike() {
    byte[] legacy = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(Utf8.fault(legacy, 3)).isEqualTo("not valid UTF-8");
    byte[] bare = "The officers said so.".getBytes(StandardCharsets.UTF_16BE);
    assertThat(Utf8.fault(bare, 0)).isEqualTo("UTF-16 without a byte-order mark, it seems: a NUL byte");
    byte[] binary = "The officers said so.\0\0\0\7".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8.fault(binary, 21)).isEqualTo("a NUL byte, which no text holds,");
    byte[] odd = {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i'};
    assertThat(Utf8.fault(odd, 4)).isEqualTo("not valid UTF-16");
    // and what to do about it: converting helps the first two, not the binary file
    assertThat(Utf8.hint(legacy, 3)).isEqualTo(Utf8.CONVERT_HINT);
    assertThat(Utf8.hint(bare, 0)).isEqualTo(Utf8.CONVERT_HINT);
    assertThat(Utf8.hint(binary, 21)).isEqualTo(Utf8.NUL_HINT);
    assertThat(Utf8.hint(odd, 4)).isEqualTo(Utf8.CONVERT_HINT);
  }

  @Test
  void aProgramImageOrArchiveIsCalledBinaryAndLeftOutRatherThanConverted() {
    // a program read from a folder of texts (a file without an extension) had been told to lose its NUL bytes
    byte[] elf = new byte[256];
    elf[0] = 0x7F;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    elf[4] = 2;
    assertThat(Utf8.fault(elf, 5)).isEqualTo("not text but a binary file (a program, image or archive): a NUL byte");
    assertThat(Utf8.hint(elf, 5)).isEqualTo(Utf8.BINARY_HINT);
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    assertThat(Utf8.fault(jpeg, 0)).isEqualTo("not text but a binary file (a program, image or archive): not valid "
        + "UTF-8");
    byte[] nuls = new byte[400]; // no known start, but NUL bytes throughout
    java.util.Arrays.fill(nuls, (byte) 'a');
    for (int i = 7; i < nuls.length; i += 37) {
      nuls[i] = 0;
    }
    assertThat(Utf8.hint(nuls, 7)).isEqualTo(Utf8.BINARY_HINT);
  }
}
