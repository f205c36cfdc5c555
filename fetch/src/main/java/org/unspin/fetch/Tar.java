// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the regular files of a tar archive (ustar, with GNU and pax long names): gzip-compressed as npm publishes
 * packages ({@link #forEachFile(Path, EntryVisitor)}), or an uncompressed tar stream from anywhere
 * ({@link #forEachFile(InputStream, Path, EntryVisitor)}), such as the data member of a Debian package
 * ({@link Deb}). Directories, links and devices are skipped.
 *
 * <p>A malformed archive (bad header checksum or size field, an entry cut short, corrupt gzip data) gives a
 * {@link ModelFormatException} that names the file and the offset in the <em>uncompressed</em> tar stream where
 * reading failed. The methods are stateless and may be called from many threads, each with its own file.
 *
 * @since 0.1
 */
public final class Tar {

  /** Called for each regular file; {@code content} is valid only during the call. */
  @FunctionalInterface
  public interface EntryVisitor {
    void visit(String name, long size, InputStream content) throws IOException;
  }

  /** Turns a problem at an offset of the uncompressed tar stream into the exception its caller reports. */
  @FunctionalInterface
  interface Errors {
    ModelFormatException at(long tarOffset, String message);
  }

  private static final int BLOCK = 512;

  private Tar() {}

  /** Visits every regular file of the gzip-compressed tar file {@code tgz} in order. */
  public static void forEachFile(Path tgz, EntryVisitor visitor) throws IOException {
    try (InputStream file = new BufferedInputStream(Files.newInputStream(tgz), 1 << 16)) {
      InputStream tar = gunzip(file, tgz);
      read(tar, visitor, (at, message) -> new ModelFormatException(tgz, at, message + " (uncompressed tar)"));
    }
  }

  /**
   * Visits every regular file of the uncompressed tar stream {@code tar} in order, then reads the stream to its
   * end (so that a decompressor below it checks its trailer). Does not close {@code tar}.
   *
   * @param source the file the stream comes from, named in errors
   */
  public static void forEachFile(InputStream tar, Path source, EntryVisitor visitor) throws IOException {
    read(tar, visitor, (at, message) -> new ModelFormatException(source, at, message));
  }

  /** {@code in} gunzipped, with gzip errors reported as {@link ModelFormatException} at the compressed offset. */
  private static InputStream gunzip(InputStream file, Path tgz) throws IOException {
    Streams.Counting counted = new Streams.Counting(file);
    try {
      return Streams.guard(new GZIPInputStream(counted, 1 << 16), counted::count, tgz, "gzip data");
    } catch (ModelFormatException e) {
      throw e;
    } catch (IOException e) {
      throw Streams.corrupt(tgz, counted.count(), "gzip data", e);
    }
  }

  static void read(InputStream raw, EntryVisitor visitor, Errors errors) throws IOException {
    byte[] header = new byte[BLOCK];
    String longName = null;
    long offset = 0;
    while (true) {
      int n = Streams.readFully(raw, header);
      if (n == 0) {
        return; // end of stream without the two zero blocks: tolerated, as GNU tar does
      }
      if (n < BLOCK) {
        throw errors.at(offset + n, "truncated tar header (" + n + " of 512 bytes)");
      }
      long headerAt = offset;
      offset += BLOCK;
      if (isZero(header)) {
        Streams.drain(raw);
        return;
      }
      checkSum(header, headerAt, errors);
      String name = cString(header, 0, 100);
      String prefix = cString(header, 345, 155);
      if (!prefix.isEmpty()) {
        name = prefix + "/" + name;
      }
      long size = octal(header, 124, 12, headerAt, errors);
      char type = (char) header[156];
      long padded = (size + BLOCK - 1) / BLOCK * BLOCK;
      if (type == 'L' || type == 'x') {
        if (size > 1 << 20) {
          throw errors.at(headerAt + 124, "long-name record of " + size + " bytes");
        }
        byte[] data = new byte[(int) size];
        int got = Streams.readFully(raw, data);
        if (got < size) {
          throw errors.at(offset + got, "truncated tar entry (" + got + " of " + size + " bytes)");
        }
        skip(raw, padded - size, offset + size, errors);
        offset += padded;
        String text = new String(data, StandardCharsets.UTF_8);
        if (type == 'L') {
          longName = text.replace("\0", "");
        } else {
          int at = text.indexOf(" path=");
          if (at >= 0) {
            int eol = text.indexOf('\n', at);
            longName = text.substring(at + 6, eol < 0 ? text.length() : eol);
          }
        }
        continue;
      }
      if (longName != null) {
        name = longName;
        longName = null;
      }
      if (type == '0' || type == 0 || type == '7') {
        long start = offset;
        Streams.Bounded content = new Streams.Bounded(raw, size, read -> errors.at(start + read,
            "truncated tar entry (" + (size - read) + " of " + size + " bytes missing)"));
        visitor.visit(name, size, content);
        skip(raw, content.remaining(), start + content.consumed(), errors);
        skip(raw, padded - size, offset + size, errors);
      } else {
        skip(raw, padded, offset, errors);
      }
      offset += padded;
    }
  }

  private static void skip(InputStream in, long n, long at, Errors errors) throws IOException {
    long skipped = Streams.skip(in, n);
    if (skipped < n) {
      throw errors.at(at + skipped, "truncated tar entry (" + (n - skipped) + " bytes missing)");
    }
  }

  /** The header checksum: the sum of its bytes with the checksum field read as spaces (unsigned, or signed). */
  private static void checkSum(byte[] h, long at, Errors errors) throws ModelFormatException {
    long stored = octal(h, 148, 8, at, errors);
    long unsigned = 0;
    long signed = 0;
    for (int i = 0; i < BLOCK; i++) {
      int b = i >= 148 && i < 156 ? ' ' : h[i];
      unsigned += b & 0xff;
      signed += b;
    }
    if (stored != unsigned && stored != signed) {
      throw errors.at(at + 148, "bad tar header checksum " + stored + ", computed " + unsigned);
    }
  }

  private static boolean isZero(byte[] b) {
    for (byte x : b) {
      if (x != 0) {
        return false;
      }
    }
    return true;
  }

  private static String cString(byte[] b, int off, int len) {
    int end = off;
    while (end < off + len && b[end] != 0) {
      end++;
    }
    return new String(b, off, end - off, StandardCharsets.UTF_8);
  }

  private static long octal(byte[] b, int off, int len, long at, Errors errors) throws ModelFormatException {
    long v = 0;
    boolean digits = false;
    for (int i = off; i < off + len; i++) {
      byte c = b[i];
      if (c == 0 || c == ' ') {
        if (digits) {
          break;
        }
        continue;
      }
      if (c < '0' || c > '7') {
        throw errors.at(at + off, "bad octal field in tar header");
      }
      digits = true;
      v = v * 8 + (c - '0');
    }
    return v;
  }
}
