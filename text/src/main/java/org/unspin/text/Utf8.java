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
 * Strict UTF-8 decoding (and UTF-16 for files that start with its byte-order mark) that names the byte offset of
 * the first bad byte, for the modules that read text from files, request bodies and the command line. Each caller
 * turns the offset into its own error (a format exception, an HTTP problem, a CLI error), so the message stays the
 * caller's. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Utf8 {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * The offset of the first byte of {@code bytes[from, to)} that is not part of well-formed UTF-8 (RFC 3629: no
   * overlong forms, no surrogates, nothing past U+10FFFF), or -1 when there is none: the bytes a strict decoder
   * refuses, checked without decoding them (an index of 280 MB of text had spent most of its 5 s opening decoding
   * its texts only to check them).
   */
  public static int invalidAt(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      int c = bytes[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xFF;
      int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
      if (len == 0 || i + len > to) {
        return i;
      }
      int b1 = bytes[i + 1] & 0xFF;
      if ((b1 & 0xC0) != 0x80
          || c == 0xE0 && b1 < 0xA0 || c == 0xED && b1 >= 0xA0 // overlong, surrogate
          || c == 0xF0 && b1 < 0x90 || c == 0xF4 && b1 >= 0x90) { // overlong, past U+10FFFF
        return i;
      }
      for (int k = 2; k < len; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += len;
    }
    return -1;
  }

  /**
   * What to tell a user whose file is not UTF-8, after the error: most such files are in a legacy single-byte
   * encoding, which no byte can tell apart, so they are converted first.
   */
  public static final String CONVERT_HINT = "text is read as UTF-8, or as UTF-16 after a byte-order mark; convert "
      + "the file first, e.g. iconv -f windows-1252 -t utf-8, or -f utf-16le for UTF-16 without a byte-order mark";

  /**
   * What to tell a user whose text file holds a NUL byte where nothing says UTF-16: a binary file given by mistake,
   * or a text with NULs in it (a log, a cut-off download), which converting would keep.
   */
  public static final String NUL_HINT = "text files hold no NUL bytes; if this is text, remove them first, e.g. "
      + "tr -d '\\000' < FILE > FILE.txt";

  private Utf8() {}

  /**
   * Why a text given as a string, a JSON request's or record's {@code "text"}, is refused where it holds a NUL
   * character at {@code offset} (UTF-16 code units, as the answers' offsets count), worded to follow "the "text"
   * holds": a NUL escaped in a JSON string is refused as a NUL byte in a text body or file is, so that a text is
   * judged alike however it is sent (no text holds one: it is a binary file's, or a text cut off into one).
   */
  public static String nulCharacter(int offset) {
    return "a NUL character (\\u0000) at character offset " + offset + ", which no text holds; remove it first";
  }

  /**
   * What to tell a user after {@link #fault}: {@link #NUL_HINT} for a NUL byte that does not look like UTF-16's,
   * else {@link #CONVERT_HINT}.
   */
  public static String hint(byte[] bytes, int offset) {
    String fault = fault(bytes, offset);
    return fault.startsWith("not text") ? BINARY_HINT : fault.startsWith("a NUL byte") ? NUL_HINT : CONVERT_HINT;
  }

  /** What to tell a user of a binary file ({@link #binary}): no conversion makes it text. */
  public static final String BINARY_HINT = "unspin reads text, HTML, PDF, Word, OpenDocument, LaTeX and JATS XML "
      + "files; leave this one out";

  /**
   * Whether {@code bytes} look like a binary file rather than text: a program, an image, an archive or a class file
   * by its first bytes, or eight NUL bytes or more, at least one of each hundred of the first 4,096 bytes (a text
   * saved as UTF-16 without its byte-order mark aside, whose NUL bytes alternate with its letters).
   */
  public static boolean binary(byte[] bytes) {
    int[][] magic = {{0x7F, 'E', 'L', 'F'}, {'P', 'K', 3, 4}, {0x1F, 0x8B}, {0x89, 'P', 'N', 'G'}, {0xFF, 0xD8, 0xFF},
        {0xCA, 0xFE, 0xBA, 0xBE}, {'G', 'I', 'F', '8'}, {'M', 'Z'}, {0xFD, '7', 'z', 'X', 'Z'}, {'7', 'z', 0xBC, 0xAF},
        {'I', 'I', '*', 0}, {'M', 'M', 0, '*'}}; // the last two: TIFF, as scanners and figures are saved
    for (int[] m : magic) {
      boolean match = bytes.length >= m.length;
      for (int i = 0; match && i < m.length; i++) {
        match = (bytes[i] & 0xFF) == m[i];
      }
      if (match) {
        return true;
      }
    }
    int n = Math.min(bytes.length, 4096);
    int nul = 0;
    for (int i = 0; i < n; i++) {
      nul += bytes[i] == 0 ? 1 : 0;
    }
    return nul >= 8 && nul * 100 >= n && !looksUtf16(bytes);
  }

  /** Whether the NUL bytes of {@code bytes}' start alternate with others, as UTF-16's English does. */
  private static boolean looksUtf16(byte[] bytes) {
    int n = Math.min(bytes.length, 64);
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        if (i % 2 == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    return Math.max(even, odd) * 4 >= n && Math.min(even, odd) * 8 < n;
  }

  /**
   * What is wrong at {@code offset}, where {@link #decodeText} refused {@code bytes}, worded to be followed by "at
   * byte offset N": "not valid UTF-8" ("not valid UTF-16" after UTF-16's byte-order mark); for a NUL byte, "UTF-16
   * without a byte-order mark, it seems: a NUL byte" when the bytes before it alternate with NULs as UTF-16's English
   * does, else "a NUL byte, which no text holds," (a binary file, or a text cut off into one).
   */
  public static String fault(byte[] bytes, int offset) {
    if (byteOrderMark(bytes) == 2) {
      return "not valid UTF-16";
    }
    if (byteOrderMark(bytes) == 0 && binary(bytes)) {
      return "not text but a binary file (a program, image or archive): "
          + (offset >= 0 && offset < bytes.length && bytes[offset] == 0 ? "a NUL byte" : "not valid UTF-8");
    }
    if (offset < 0 || offset >= bytes.length || bytes[offset] != 0) {
      return "not valid UTF-8";
    }
    return looksUtf16(bytes) ? "UTF-16 without a byte-order mark, it seems: a NUL byte"
        : "a NUL byte, which no text holds,";
  }

  /**
   * {@code bytes} decoded as strict UTF-8: malformed or truncated input is not replaced but reported by calling
   * {@code onError} with the byte offset where decoding stopped, and throwing what it returns. A leading
   * byte-order mark is kept (see {@link #withoutByteOrderMark}).
   *
   * @param <X> the caller's error type
   */
  public static <X extends Exception> String decode(byte[] bytes, IntFunction<? extends X> onError) throws X {
    return strict(StandardCharsets.UTF_8.newDecoder(), bytes, 0, onError);
  }

  /**
   * The text of a file: UTF-16 (little- or big-endian) when it starts with that byte-order mark, as Windows editors
   * save "Unicode" text, otherwise strict UTF-8 ({@link #decode}); the byte-order mark is dropped either way. A bad
   * byte is reported, as by {@link #decode}, by its offset in {@code bytes}: an unpaired surrogate in UTF-16, or an
   * odd last byte; in UTF-8 also a NUL byte, which no text holds (UTF-16 saved without its byte-order mark is half
   * NUL bytes, and would otherwise read as valid UTF-8).
   *
   * @param <X> the caller's error type
   */
  public static <X extends Exception> String decodeText(byte[] bytes, IntFunction<? extends X> onError) throws X {
    if (byteOrderMark(bytes) == 2) {
      return strict(((bytes[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE).newDecoder(),
          bytes, 2, onError);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) { // valid UTF-8, but no text holds NUL: UTF-16 without its byte-order mark, or binary
        throw onError.apply(i);
      }
    }
    return withoutByteOrderMark(decode(bytes, onError));
  }

  /**
   * {@code bytes} from {@code from} decoded strictly as {@code charset}: a malformed or unmappable sequence is reported
   * by calling {@code onError} with its byte offset in {@code bytes}, and throwing what it returns.
   *
   * @param <X> the caller's error type
   */
  public static <X extends Exception> String decode(java.nio.charset.Charset charset, byte[] bytes, int from,
      IntFunction<? extends X> onError) throws X {
    return strict(charset.newDecoder(), bytes, from, onError);
  }

  private static <X extends Exception> String strict(CharsetDecoder dec, byte[] bytes, int from,
      IntFunction<? extends X> onError) throws X {
    dec.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      throw onError.apply(in.position());
    }
    r = dec.flush(out);
    if (r.isError()) {
      throw onError.apply(in.position());
    }
    out.flip();
    return out.toString();
  }

  /**
   * The length of the byte-order mark {@code bytes} start with: 3 for UTF-8's, 2 for UTF-16's (either byte order),
   * 0 for none.
   */
  public static int byteOrderMark(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return 3;
    }
    return bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
        || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) ? 2 : 0;
  }

  /**
   * The bytes of {@code in} as UTF-8: as they are, or, where {@code in} starts with UTF-16's byte-order mark (as
   * Windows tools save "Unicode" text), its UTF-16 decoded as it is read and given as UTF-8, without the mark. For
   * records read line by line (JSON Lines): read as UTF-8, UTF-16 is cut at each "\n" byte and every record fails,
   * one more than there are. A sequence that is not UTF-16 (an unpaired surrogate, an odd last byte) is an {@link
   * java.io.IOException} where it is reached. {@code in} must support {@link java.io.InputStream#mark}.
   */
  public static java.io.InputStream utf8Stream(java.io.InputStream in) throws java.io.IOException {
    in.mark(2);
    byte[] head = in.readNBytes(2);
    if (byteOrderMark(head) != 2) {
      in.reset();
      return in;
    }
    java.io.Reader reader = new java.io.InputStreamReader(in, ((head[0] & 0xFF) == 0xFF ? StandardCharsets.UTF_16LE
        : StandardCharsets.UTF_16BE).newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new java.io.InputStream() {
      private final char[] chars = new char[8192];
      private int held; // a high surrogate read last, whose low half comes with the next chars (0: none)
      private byte[] bytes = new byte[0];
      private int at;
      private boolean end;

      /** Whether bytes are left to give, decoding more chars when none are; an error once is an error again. */
      private boolean fill() throws java.io.IOException {
        while (at >= bytes.length && !end) {
          int from = 0;
          if (held != 0) {
            chars[0] = (char) held;
            from = 1;
          }
          int n = reader.read(chars, from, chars.length - from);
          if (n < 0) {
            end = true;
            break;
          }
          int last = from + n;
          held = Character.isHighSurrogate(chars[last - 1]) ? chars[--last] : 0;
          bytes = new String(chars, 0, last).getBytes(StandardCharsets.UTF_8);
          at = 0;
        }
        if (at >= bytes.length && held != 0) {
          throw new java.nio.charset.MalformedInputException(1); // a high surrogate at the end, without its half
        }
        return at < bytes.length;
      }

      @Override
      public int read() throws java.io.IOException {
        return fill() ? bytes[at++] & 0xFF : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
          return 0;
        }
        if (!fill()) {
          return -1;
        }
        int n = Math.min(len, bytes.length - at);
        System.arraycopy(bytes, at, b, off, n);
        at += n;
        return n;
      }

      @Override
      public void close() throws java.io.IOException {
        reader.close();
      }
    };
  }

  /** {@code s} without a leading byte-order mark (U+FEFF), if it has one. */
  public static String withoutByteOrderMark(String s) {
    return !s.isEmpty() && s.charAt(0) == BYTE_ORDER_MARK ? s.substring(1) : s;
  }
}
