// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads the entries of a gzip-compressed tar file (ustar, with GNU and pax long names), as npm publishes packages.
 * Not thread-safe; one reader per file.
 *
 * @since 0.1
 */
public final class Tar {

  /** Called for each regular file; {@code content} is valid only during the call. */
  @FunctionalInterface
  public interface EntryVisitor {
    void visit(String name, long size, InputStream content) throws IOException;
  }

  private Tar() {}

  /** Visits every regular file of {@code tgz} in order. */
  public static void forEachFile(Path tgz, EntryVisitor visitor) throws IOException {
    try (InputStream raw = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tgz), 1 << 16))) {
      byte[] header = new byte[512];
      String longName = null;
      long offset = 0;
      while (true) {
        if (!readFully(raw, header)) {
          return;
        }
        offset += 512;
        if (isZero(header)) {
          return;
        }
        String name = cString(header, 0, 100);
        String prefix = cString(header, 345, 155);
        if (!prefix.isEmpty()) {
          name = prefix + "/" + name;
        }
        long size = octal(header, 124, 12, tgz, offset - 512);
        char type = (char) header[156];
        long padded = (size + 511) / 512 * 512;
        if (type == 'L' || type == 'x') {
          byte[] data = new byte[(int) size];
          if (!readFully(raw, data)) {
            throw new EOFException(tgz + ": truncated tar entry at offset " + offset);
          }
          skip(raw, padded - size);
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
        if (type == '0' || type == 0) {
          BoundedInputStream content = new BoundedInputStream(raw, size);
          visitor.visit(name, size, content);
          skip(raw, content.remaining + (padded - size));
        } else {
          skip(raw, padded);
        }
        offset += padded;
      }
    }
  }

  private static boolean readFully(InputStream in, byte[] b) throws IOException {
    int n = 0;
    while (n < b.length) {
      int r = in.read(b, n, b.length - n);
      if (r < 0) {
        if (n == 0) {
          return false;
        }
        throw new EOFException("truncated tar block");
      }
      n += r;
    }
    return true;
  }

  private static void skip(InputStream in, long n) throws IOException {
    while (n > 0) {
      long s = in.skip(n);
      if (s <= 0) {
        if (in.read() < 0) {
          throw new EOFException("truncated tar entry");
        }
        s = 1;
      }
      n -= s;
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

  private static long octal(byte[] b, int off, int len, Path file, long at) throws IOException {
    long v = 0;
    for (int i = off; i < off + len; i++) {
      byte c = b[i];
      if (c == 0 || c == ' ') {
        if (v > 0) {
          break;
        }
        continue;
      }
      if (c < '0' || c > '7') {
        throw new IOException(file + ": bad tar header at offset " + at);
      }
      v = v * 8 + (c - '0');
    }
    return v;
  }

  private static final class BoundedInputStream extends InputStream {
    private final InputStream in;
    long remaining;

    BoundedInputStream(InputStream in, long size) {
      this.in = in;
      this.remaining = size;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int c = in.read();
      if (c >= 0) {
        remaining--;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int r = in.read(b, off, (int) Math.min(len, remaining));
      if (r > 0) {
        remaining -= r;
      }
      return r;
    }

    @Override
    public void close() {
      // the tar stream stays open
    }
  }
}
