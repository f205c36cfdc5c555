// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

/**
 * The compiled cache format of model data built from fetched artifacts (the thesauri, the public licence texts): an
 * 8-byte magic, an int version, then sections (int, long and byte arrays, string lists as '\n'-joined UTF-8), each
 * prefixed by its length, then a trailer: the 4 bytes {@code CRC:} and the CRC-32C of everything before them.
 * Big-endian. Files are written to a temporary name and renamed, so a cache file is complete or absent. A malformed
 * file gives a {@link ModelFormatException} (or the caller's type, {@link Errors}) naming it and the offset; one whose
 * checksum does not match (a byte changed on disk or in a copy, which the sections' lengths alone let through and the
 * thesauri then read as other words or links) is malformed at the trailer's offset. Files written before the trailer
 * are read without it.
 *
 * @since 0.1
 */
public final class BinaryFile {

  private BinaryFile() {}

  /** Sequential writer. Not thread-safe. */
  public static final class Writer implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final DataOutputStream out;
    private final java.util.zip.CRC32C crc = new java.util.zip.CRC32C();

    /** Starts {@code target} (under a temporary name until {@link #commit()}). */
    public Writer(Path target, String magic, int version) throws IOException {
      this.target = target;
      this.tmp = Store.partFile(target);
      this.out = new DataOutputStream(new java.util.zip.CheckedOutputStream(new BufferedOutputStream(
          Store.naming(Files.newOutputStream(tmp), target), 1 << 16), crc));
      byte[] m = Arrays.copyOf(magic.getBytes(StandardCharsets.US_ASCII), 8);
      out.write(m);
      out.writeInt(version);
    }

    /** An int section. */
    public void ints(int[] a) throws IOException {
      out.writeInt(a.length);
      ByteBuffer b = ByteBuffer.allocate(a.length * 4).order(ByteOrder.BIG_ENDIAN);
      b.asIntBuffer().put(a);
      out.write(b.array());
    }

    /** A long section. */
    public void longs(long[] a) throws IOException {
      out.writeInt(a.length);
      ByteBuffer b = ByteBuffer.allocate(a.length * 8).order(ByteOrder.BIG_ENDIAN);
      b.asLongBuffer().put(a);
      out.write(b.array());
    }

    /** A byte section. */
    public void bytes(byte[] a) throws IOException {
      out.writeInt(a.length);
      out.write(a);
    }

    /** A section of strings without line breaks. */
    public void strings(List<String> s) throws IOException {
      bytes(String.join("\n", s).getBytes(StandardCharsets.UTF_8));
      out.writeInt(s.size());
    }

    /** Finishes the file (its checksum trailer) and renames it into place. */
    public void commit() throws IOException {
      int sum = (int) crc.getValue();
      out.write(TRAILER);
      out.writeInt(sum);
      out.close();
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
      out.close();
      Files.deleteIfExists(tmp);
    }
  }

  /** The first 4 bytes of the trailer, before the CRC-32C of the bytes before them. */
  static final byte[] TRAILER = "CRC:".getBytes(StandardCharsets.US_ASCII);

  /** Makes the exception a malformed file is reported with (a module may have its own type for them). */
  @FunctionalInterface
  public interface Errors {
    IOException at(Path file, long offset, String message);
  }

  /** Sequential reader over a whole file in memory. Not thread-safe. */
  public static final class Reader {
    private final Path file;
    private final ByteBuffer buf;
    private final Errors errors;

    /** Reads {@code file} whole and checks its magic and version; malformed, it is a {@link ModelFormatException}. */
    public Reader(Path file, String magic, int version) throws IOException {
      this(file, magic, version, ModelFormatException::new);
    }

    /** Reads {@code file} whole and checks its magic and version; a malformed file is reported by {@code errors}. */
    public Reader(Path file, String magic, int version, Errors errors) throws IOException {
      this.file = file;
      this.errors = errors;
      byte[] all = Files.readAllBytes(file);
      int body = all.length;
      if (all.length >= 12 + 8 && Arrays.equals(all, all.length - 8, all.length - 4, TRAILER, 0, 4)) {
        body = all.length - 8;
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(all, 0, body);
        int stored = ByteBuffer.wrap(all, all.length - 4, 4).order(ByteOrder.BIG_ENDIAN).getInt();
        if (stored != (int) crc.getValue()) {
          throw errors.at(file, body, String.format(java.util.Locale.ROOT, "checksum %08x, stored %08x: the file "
              + "is damaged", (int) crc.getValue(), stored));
        }
      }
      this.buf = ByteBuffer.wrap(all, 0, body).slice().order(ByteOrder.BIG_ENDIAN);
      byte[] m = new byte[8];
      try {
        buf.get(m);
        int v = buf.getInt();
        if (!Arrays.equals(m, Arrays.copyOf(magic.getBytes(StandardCharsets.US_ASCII), 8))) {
          throw errors.at(file, 0, "not a " + magic + " file");
        }
        if (v != version) {
          throw errors.at(file, 8, "version " + v + ", expected " + version);
        }
      } catch (BufferUnderflowException e) {
        throw errors.at(file, buf.position(), "truncated header");
      }
    }

    private int length(int width) throws IOException {
      int at = buf.position();
      try {
        int n = buf.getInt();
        if (n < 0 || (long) n * width > buf.remaining()) {
          throw errors.at(file, at, "section length " + n + " exceeds the file");
        }
        return n;
      } catch (BufferUnderflowException e) {
        throw errors.at(file, at, "truncated file");
      }
    }

    /** The next int section. */
    public int[] ints() throws IOException {
      int n = length(4);
      int[] a = new int[n];
      buf.asIntBuffer().get(a);
      buf.position(buf.position() + n * 4);
      return a;
    }

    /** The next long section. */
    public long[] longs() throws IOException {
      int n = length(8);
      long[] a = new long[n];
      buf.asLongBuffer().get(a);
      buf.position(buf.position() + n * 8);
      return a;
    }

    /** The next byte section. */
    public byte[] bytes() throws IOException {
      int n = length(1);
      byte[] a = new byte[n];
      buf.get(a);
      return a;
    }

    /** The next string section. */
    public String[] strings() throws IOException {
      int at = buf.position();
      byte[] raw = bytes();
      int count = length(0);
      if (count == 0) {
        return new String[0];
      }
      String[] s = new String(raw, StandardCharsets.UTF_8).split("\n", -1);
      if (s.length != count) {
        throw errors.at(file, at, "expected " + count + " strings, found " + s.length);
      }
      return s;
    }

    /** Checks that the file ends here. */
    public void end() throws IOException {
      if (buf.hasRemaining()) {
        throw errors.at(file, buf.position(), buf.remaining() + " unexpected trailing bytes");
      }
    }
  }
}
