// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Reads the files a Debian binary package ({@code .deb}) would install, without dpkg.
 *
 * <p>A {@code .deb} is an {@code ar} archive: the magic {@code "!<arch>\n"}, then members, each a 60-byte header
 * (name, dates, owner, mode, decimal size, {@code "`\n"}) followed by its bytes and a pad byte when the size is
 * odd. The members are {@code debian-binary} ({@code "2.0\n"}), {@code control.tar.*} (package metadata) and
 * {@code data.tar.*}, the tar of the installed files. This reader visits the regular files of
 * {@code data.tar.xz}, {@code data.tar.gz} or an uncompressed {@code data.tar}; other compressions (zstd, bzip2,
 * lzma) give a {@link ModelFormatException}. Names are given without the leading {@code "./"} that dpkg-deb
 * writes ({@code usr/share/R/doc/manual/R-intro.html}); directories and symbolic or hard links are skipped.
 *
 * <p>A file that is not a {@code .deb}, or is truncated or corrupt, gives a {@link ModelFormatException} naming
 * the file and an offset in it: for the {@code ar} container the exact byte, for corrupt compressed data how far
 * the decompressor had read, and for a malformed tar inside it the start of the member (the message then adds the
 * offset in the uncompressed tar). The xz and gzip integrity checks are verified to the end of the member.
 * Exceptions thrown by the visitor pass through unchanged.
 *
 * <p>Stateless; safe to call from many threads, each call reading its own file.
 *
 * @since 0.1
 */
public final class Deb {

  private static final byte[] MAGIC = "!<arch>\n".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER = 60;

  private Deb() {}

  /** Visits every regular file of the package's {@code data.tar} in archive order. */
  public static void forEachFile(Path deb, Tar.EntryVisitor visitor) throws IOException {
    try (InputStream file = new BufferedInputStream(Files.newInputStream(deb), 1 << 16)) {
      Streams.Counting in = new Streams.Counting(file);
      byte[] magic = new byte[MAGIC.length];
      int n = Streams.readFully(in, magic);
      if (n < MAGIC.length || !java.util.Arrays.equals(magic, MAGIC)) {
        throw new ModelFormatException(deb, 0, "not a Debian package: no ar magic \"!<arch>\\n\"");
      }
      byte[] header = new byte[HEADER];
      boolean first = true;
      while (true) {
        long at = in.count();
        n = Streams.readFully(in, header);
        if (n == 0) {
          throw new ModelFormatException(deb, at, "no data.tar member in the package");
        }
        if (n < HEADER) {
          throw new ModelFormatException(deb, at + n, "truncated ar member header (" + n + " of 60 bytes)");
        }
        if (header[58] != '`' || header[59] != '\n') {
          throw new ModelFormatException(deb, at + 58, "bad ar member header: no \"`\\n\" terminator");
        }
        String name = field(header, 0, 16);
        if (name.endsWith("/")) {
          name = name.substring(0, name.length() - 1); // GNU ar style
        }
        long size = size(header, at, deb);
        Streams.Bounded member = member(in, at + HEADER, size, name, deb);
        if (first) {
          checkVersion(member, name, at, deb);
          first = false;
        } else if (name.startsWith("data.tar")) {
          readData(member, name, at, deb, visitor);
          return;
        }
        member.skipRest();
        if ((size & 1) == 1 && Streams.skip(in, 1) < 1) {
          throw new ModelFormatException(deb, in.count(), "truncated: no pad byte after member " + name);
        }
      }
    }
  }

  /** One member's bytes: ends where the header says, and reports a file that ends sooner as truncated. */
  private static Streams.Bounded member(InputStream in, long start, long size, String name, Path deb) {
    return new Streams.Bounded(in, size, read -> new ModelFormatException(deb, start + read, "truncated member "
        + name + ": the file ends after " + read + " of its " + size + " bytes"));
  }

  private static void checkVersion(Streams.Bounded member, String name, long at, Path deb) throws IOException {
    if (!name.equals("debian-binary")) {
      throw new ModelFormatException(deb, at, "not a Debian package: first member is '" + name
          + "', not debian-binary");
    }
    byte[] version = new byte[(int) Math.min(member.size(), 16)];
    Streams.readFully(member, version);
    String text = new String(version, StandardCharsets.US_ASCII);
    if (!text.startsWith("2.")) {
      throw new ModelFormatException(deb, at + HEADER, "unsupported package format version '" + text.strip()
          + "' (only 2.x)");
    }
  }

  private static void readData(Streams.Bounded member, String name, long at, Path deb, Tar.EntryVisitor visitor)
      throws IOException {
    long start = at + HEADER;
    Tar.Errors errors = (tarOffset, message) -> new ModelFormatException(deb, start,
        name + " (member at offset " + start + "): " + message + " at offset " + tarOffset
            + " of the uncompressed tar");
    Tar.EntryVisitor stripped = (entry, size, content) ->
        visitor.visit(entry.startsWith("./") ? entry.substring(2) : entry, size, content);
    LongSupplier where = () -> start + member.consumed(); // how far into the file the decompressor has read
    InputStream tar;
    try {
      switch (name) {
        case "data.tar.xz":
          tar = Streams.guard(new XZInputStream(member), where, deb, name);
          break;
        case "data.tar.gz":
          tar = Streams.guard(new GZIPInputStream(member, 1 << 16), where, deb, name);
          break;
        case "data.tar":
          tar = member;
          break;
        default:
          throw new ModelFormatException(deb, at, "member " + name + " uses a compression this reader does not"
              + " support (only data.tar.xz, data.tar.gz and data.tar)");
      }
    } catch (ModelFormatException e) {
      throw e;
    } catch (IOException e) {
      throw Streams.corrupt(deb, where.getAsLong(), name, e);
    }
    Tar.read(tar, stripped, errors);
  }

  private static String field(byte[] header, int off, int len) {
    return new String(header, off, len, StandardCharsets.US_ASCII).strip();
  }

  private static long size(byte[] header, long at, Path deb) throws ModelFormatException {
    String text = field(header, 48, 10);
    if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new ModelFormatException(deb, at + 48, "bad ar member size '" + text + "'");
    }
    return Long.parseLong(text);
  }
}
