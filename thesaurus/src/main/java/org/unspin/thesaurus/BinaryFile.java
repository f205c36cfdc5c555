// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

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
 * The compiled cache format shared by the thesauri: an 8-byte magic, an int version, then sections (int arrays,
 * byte arrays, string lists as '\n'-joined UTF-8), each prefixed by its length. Big-endian. Files are written to a
 * temporary name and renamed, so a cache file is complete or absent.
 */
final class BinaryFile {

  private BinaryFile() {}

  /** Sequential writer. Not thread-safe. */
  static final class Writer implements AutoCloseable {
    private final Path target;
    private final Path tmp;
    private final DataOutputStream out;

    Writer(Path target, String magic, int version) throws IOException {
      this.target = target;
      Files.createDirectories(target.getParent());
      this.tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
      this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16));
      byte[] m = Arrays.copyOf(magic.getBytes(StandardCharsets.US_ASCII), 8);
      out.write(m);
      out.writeInt(version);
    }

    void ints(int[] a) throws IOException {
      out.writeInt(a.length);
      ByteBuffer b = ByteBuffer.allocate(a.length * 4).order(ByteOrder.BIG_ENDIAN);
      b.asIntBuffer().put(a);
      out.write(b.array());
    }

    void bytes(byte[] a) throws IOException {
      out.writeInt(a.length);
      out.write(a);
    }

    void strings(List<String> s) throws IOException {
      bytes(String.join("\n", s).getBytes(StandardCharsets.UTF_8));
      out.writeInt(s.size());
    }

    /** Finishes the file and renames it into place. */
    void commit() throws IOException {
      out.close();
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() throws IOException {
      out.close();
      Files.deleteIfExists(tmp);
    }
  }

  /** Sequential reader over a whole file in memory. Not thread-safe. */
  static final class Reader {
    private final Path file;
    private final ByteBuffer buf;

    Reader(Path file, String magic, int version) throws IOException {
      this.file = file;
      this.buf = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.BIG_ENDIAN);
      byte[] m = new byte[8];
      try {
        buf.get(m);
        int v = buf.getInt();
        if (!Arrays.equals(m, Arrays.copyOf(magic.getBytes(StandardCharsets.US_ASCII), 8))) {
          throw new ModelFormatException(file, 0, "not a " + magic + " file");
        }
        if (v != version) {
          throw new ModelFormatException(file, 8, "version " + v + ", expected " + version);
        }
      } catch (BufferUnderflowException e) {
        throw new ModelFormatException(file, buf.position(), "truncated header");
      }
    }

    private int length(int width) throws ModelFormatException {
      int at = buf.position();
      try {
        int n = buf.getInt();
        if (n < 0 || (long) n * width > buf.remaining()) {
          throw new ModelFormatException(file, at, "section length " + n + " exceeds the file");
        }
        return n;
      } catch (BufferUnderflowException e) {
        throw new ModelFormatException(file, at, "truncated file");
      }
    }

    int[] ints() throws ModelFormatException {
      int n = length(4);
      int[] a = new int[n];
      buf.asIntBuffer().get(a);
      buf.position(buf.position() + n * 4);
      return a;
    }

    byte[] bytes() throws ModelFormatException {
      int n = length(1);
      byte[] a = new byte[n];
      buf.get(a);
      return a;
    }

    String[] strings() throws ModelFormatException {
      int at = buf.position();
      byte[] raw = bytes();
      int count = length(0);
      if (count == 0) {
        return new String[0];
      }
      String[] s = new String(raw, StandardCharsets.UTF_8).split("\n", -1);
      if (s.length != count) {
        throw new ModelFormatException(file, at, "expected " + count + " strings, found " + s.length);
      }
      return s;
    }

    void end() throws ModelFormatException {
      if (buf.hasRemaining()) {
        throw new ModelFormatException(file, buf.position(), buf.remaining() + " unexpected trailing bytes");
      }
    }
  }
}
