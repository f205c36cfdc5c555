// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipException;

/**
 * The bytes of a body sent with HTTP's {@code Content-Encoding: deflate}, which servers and clients write in two
 * forms: zlib-wrapped (RFC 1950), as HTTP defines it, and raw deflate (RFC 1951), as some send it. Used by the WARC
 * reader (a page's payload) and the server (a request's body), so that both read the same bodies and say the same of
 * one that is neither. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Deflate {

  private Deflate() {}

  /**
   * {@code body} inflated, read as zlib-wrapped deflate, else as raw deflate; at most {@code max} bytes of it and one
   * more where there are more, so that a caller with a limit can tell that it is past it (the rest is not inflated:
   * a small body can inflate to gigabytes). A body that is neither form is a {@link ZipException} that names both
   * attempts and why each failed: "not deflate data: as zlib-wrapped (RFC 1950): incorrect header check; as raw
   * deflate (RFC 1951): invalid stored block lengths"; one that ends before its stream does says "cut short".
   */
  public static byte[] inflate(byte[] body, int max) throws ZipException {
    if (max < 0) {
      throw new IllegalArgumentException("max must be at least 0: " + max);
    }
    String zlib = null;
    for (boolean raw : new boolean[] {false, true}) {
      Inflater inflater = new Inflater(raw);
      try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(body), inflater)) {
        return in.readNBytes(max == Integer.MAX_VALUE ? max : max + 1);
      } catch (IOException e) {
        String why = e instanceof EOFException ? "cut short" : e.getMessage() == null
            ? e.getClass().getSimpleName() : e.getMessage();
        if (!raw) {
          zlib = why;
        } else {
          throw new ZipException("not deflate data: as zlib-wrapped (RFC 1950): " + zlib + "; as raw deflate "
              + "(RFC 1951): " + why);
        }
      } finally {
        inflater.end();
      }
    }
    throw new AssertionError("raw deflate is tried last");
  }
}
