// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

class DeflateTest {

  private static final byte[] TEXT = "The council approved the new budget on Tuesday evening."
      .getBytes(StandardCharsets.UTF_8);

  /** {@code body} deflated, zlib-wrapped or {@code raw}. */
  private static byte[] deflated(byte[] body, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(6, raw))) {
      z.write(body);
    }
    return out.toByteArray();
  }

  @Test
  void zlibWrappedAndRawDeflateAreBothRead() throws Exception {
    assertThat(Deflate.inflate(deflated(TEXT, false), 1000)).isEqualTo(TEXT);
    assertThat(Deflate.inflate(deflated(TEXT, true), 1000)).isEqualTo(TEXT);
  }

  @Test
  void atMostOneByteMoreThanTheLimitIsInflated() throws Exception {
    byte[] big = new byte[1 << 20];
    Arrays.fill(big, (byte) 'a');
    assertThat(Deflate.inflate(deflated(big, false), 2000)).hasSize(2001);
    assertThat(Deflate.inflate(deflated(TEXT, true), TEXT.length)).isEqualTo(TEXT);
    assertThat(Deflate.inflate(deflated(big, true), Integer.MAX_VALUE)).hasSize(1 << 20);
  }

  @Test
  void aBodyInNeitherFormNamesBothAttempts() {
    // the WARC reader had said the zlib attempt's error and the server the raw one's, each in its own words
    assertThatThrownBy(() -> Deflate.inflate(TEXT, 1000)).isInstanceOf(ZipException.class)
        .hasMessage("not deflate data: as zlib-wrapped (RFC 1950): incorrect header check; as raw deflate "
            + "(RFC 1951): invalid code lengths set");
  }

  @Test
  void aBodyCutShortSaysSo() throws Exception {
    byte[] z = deflated(TEXT, false);
    assertThatThrownBy(() -> Deflate.inflate(Arrays.copyOf(z, z.length / 2), 1000))
        .isInstanceOf(ZipException.class)
        .hasMessageStartingWith("not deflate data: as zlib-wrapped (RFC 1950): cut short; as raw deflate (RFC 1951): ");
  }
}
