// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class Utf8ValidityTest {

  /** A byte that often starts or continues a sequence, or is a boundary case of one, so that both answers occur. */
  private static byte nextByte(SplittableRandom r) {
    int[] edges = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xED,
        0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF};
    return (byte) (r.nextInt(3) == 0 ? edges[r.nextInt(edges.length)] : r.nextInt(4) == 0 ? 0x80 + r.nextInt(64)
        : r.nextInt(256));
  }

  /** The same verdict and offset as the strict decoder, on random bytes and on valid text made invalid. */
  @Property(tries = 3000)
  void agreesWithTheStrictDecoder(@ForAll long seed, @ForAll @IntRange(min = 0, max = 12) int length) {
    SplittableRandom r = new SplittableRandom(seed);
    byte[] bytes = new byte[length];
    for (int i = 0; i < length; i++) {
      bytes[i] = nextByte(r);
    }
    int[] decoderSays = {-1};
    try {
      Utf8.decode(bytes, at -> {
        decoderSays[0] = at;
        return new IllegalStateException();
      });
    } catch (IllegalStateException expected) {
      // the offset is in decoderSays
    }
    assertThat(Utf8.invalidAt(bytes, 0, bytes.length)).isEqualTo(decoderSays[0]);
  }

  @Property(tries = 300)
  void validTextIsValidAndACutOneIsNot(@ForAll("text") String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Utf8.invalidAt(bytes, 0, bytes.length)).isEqualTo(-1);
    for (int cut = 1; cut < bytes.length; cut++) {
      boolean midSequence = (bytes[cut] & 0xC0) == 0x80;
      assertThat(Utf8.invalidAt(bytes, 0, cut) >= 0).as("cut at %d", cut).isEqualTo(midSequence);
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> text() {
    return net.jqwik.api.Arbitraries.strings().withCharRange('\u0000', '\uD7FF').withCharRange('\uE000', '\uFFFF')
        .withChars("\uD83D\uDE00").ofMaxLength(20);
  }
}
