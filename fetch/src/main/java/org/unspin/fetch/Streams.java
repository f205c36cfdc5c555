// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Stream helpers shared by {@link Tar} and {@link Deb}: counting, full reads, bounded sub-streams and decompressor
 * error mapping.
 */
final class Streams {

  private Streams() {}

  /** Reads until {@code b} is full or the stream ends; returns the number of bytes read. */
  static int readFully(InputStream in, byte[] b) throws IOException {
    int n = 0;
    while (n < b.length) {
      int r = in.read(b, n, b.length - n);
      if (r < 0) {
        break;
      }
      n += r;
    }
    return n;
  }

  /** Skips {@code n} bytes, or up to the end of the stream; returns how many were skipped. */
  static long skip(InputStream in, long n) throws IOException {
    long done = 0;
    byte[] buf = null;
    while (done < n) {
      long s = in.skip(n - done);
      if (s <= 0) {
        if (buf == null) {
          buf = new byte[(int) Math.min(8192, n - done)];
        }
        int r = in.read(buf, 0, (int) Math.min(buf.length, n - done));
        if (r < 0) {
          break;
        }
        s = r;
      }
      done += s;
    }
    return done;
  }

  /** Reads {@code in} to its end. */
  static void drain(InputStream in) throws IOException {
    byte[] buf = new byte[8192];
    while (in.read(buf) >= 0) {
      // discard
    }
  }

  /** A {@link ModelFormatException} for corrupt compressed data, keeping the decompressor's exception as cause. */
  static ModelFormatException corrupt(Path file, long offset, String what, IOException cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    ModelFormatException e = new ModelFormatException(file, offset, "corrupt " + what + ": " + detail);
    e.initCause(cause);
    return e;
  }

  /**
   * {@code decompressed}, with every {@link IOException} it throws other than a {@link ModelFormatException} turned
   * into one at the compressed offset {@code where} gives at that moment (how far the decompressor had read, so
   * at or just after the damage).
   */
  static InputStream guard(InputStream decompressed, LongSupplier where, Path file, String what) {
    return new FilterInputStream(decompressed) {
      @Override
      public int read() throws IOException {
        try {
          return super.read();
        } catch (ModelFormatException e) {
          throw e;
        } catch (IOException e) {
          throw corrupt(file, where.getAsLong(), what, e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return super.read(b, off, len);
        } catch (ModelFormatException e) {
          throw e;
        } catch (IOException e) {
          throw corrupt(file, where.getAsLong(), what, e);
        }
      }

      @Override
      public long skip(long n) throws IOException {
        try {
          return super.skip(n);
        } catch (ModelFormatException e) {
          throw e;
        } catch (IOException e) {
          throw corrupt(file, where.getAsLong(), what, e);
        }
      }
    };
  }

  /** Counts the bytes read through it. */
  static final class Counting extends FilterInputStream {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count++;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int r = super.read(b, off, len);
      if (r > 0) {
        count += r;
      }
      return r;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += s;
      return s;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /**
   * The next {@code size} bytes of a stream, as a stream of their own: it ends after them, and reports the
   * underlying stream ending sooner through {@code truncated} (given how many of the bytes were read). Closing it
   * leaves the underlying stream open.
   */
  static final class Bounded extends InputStream {

    /** The error for a stream that ended after {@code read} of the bounded bytes. */
    @FunctionalInterface
    interface Truncated {
      ModelFormatException after(long read);
    }

    private final InputStream in;
    private final long size;
    private final Truncated truncated;
    private long read;

    Bounded(InputStream in, long size, Truncated truncated) {
      this.in = in;
      this.size = size;
      this.truncated = truncated;
    }

    long size() {
      return size;
    }

    /** How many of the bytes were read or skipped so far. */
    long consumed() {
      return read;
    }

    long remaining() {
      return size - read;
    }

    @Override
    public int read() throws IOException {
      if (read >= size) {
        return -1;
      }
      int c = in.read();
      if (c < 0) {
        throw truncated.after(read);
      }
      read++;
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (read >= size) {
        return -1;
      }
      if (len == 0) {
        return 0;
      }
      int r = in.read(b, off, (int) Math.min(len, size - read));
      if (r < 0) {
        throw truncated.after(read);
      }
      read += r;
      return r;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = Streams.skip(in, Math.min(Math.max(n, 0), size - read));
      read += s;
      return s;
    }

    /** Skips the rest of the bytes; the underlying stream ending sooner is reported through {@code truncated}. */
    void skipRest() throws IOException {
      skip(size - read);
      if (read < size) {
        throw truncated.after(read);
      }
    }

    @Override
    public int available() throws IOException {
      return (int) Math.min(in.available(), size - read);
    }

    @Override
    public void close() {
      // the underlying stream stays open
    }
  }
}
