// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * Strict UTF-8 decoding that names the byte offset of the first bad byte, for the modules that read text from
 * files, request bodies and the command line. Each caller turns the offset into its own error (a format
 * exception, an HTTP problem, a CLI error), so the message stays the caller's. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Utf8 {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private Utf8() {}

  /**
   * {@code bytes} decoded as strict UTF-8: malformed or truncated input is not replaced but reported by calling
   * {@code onError} with the byte offset where decoding stopped, and throwing what it returns. A leading
   * byte-order mark is kept (see {@link #withoutByteOrderMark}).
   *
   * @param <X> the caller's error type
   */
  public static <X extends Exception> String decode(byte[] bytes, IntFunction<? extends X> onError) throws X {
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      throw onError.apply(in.position());
    }
    dec.flush(out);
    out.flip();
    return out.toString();
  }

  /** {@code s} without a leading byte-order mark (U+FEFF), if it has one. */
  public static String withoutByteOrderMark(String s) {
    return !s.isEmpty() && s.charAt(0) == BYTE_ORDER_MARK ? s.substring(1) : s;
  }
}
