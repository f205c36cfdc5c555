// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import org.unspin.fetch.ModelFormatException;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.unspin.text.Utf8;

/**
 * Reads and writes the trace index file, format version 3 (versions 1, without fine windows, and 2, without the HTML
 * reading, are still read), described in {@code docs/formats/trace-index.md}. Big-endian; a CRC-32 of everything
 * before it ends the file. Stateless and thread-safe.
 */
final class IndexFormat {

  static final byte[] MAGIC = "UNSPINTX".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 3;
  /** The header's bytes in version 1, which had no fine windows, in version 2, and in version 3. */
  static final int HEADER_BYTES_V1 = 60;
  static final int HEADER_BYTES_V2 = 80;
  static final int HEADER_BYTES = 84;

  private IndexFormat() {}

  static void write(TraceIndex index, Path file) throws IOException {
    WholeFile.write(file, raw -> {
      CRC32 crc = new CRC32();
      try (CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(raw, 1 << 16), crc);
          DataOutputStream out = new DataOutputStream(checked)) {
        FingerprintSettings s = index.settings;
        out.write(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(s.numHashes());
        out.writeInt(s.rowsPerBand());
        out.writeInt(s.skeletonLength());
        out.writeInt(s.wordShingleLength());
        out.writeInt(s.segmentWords());
        out.writeInt(s.rareWordLength());
        out.writeLong(s.seed());
        out.writeInt(s.fineWords());
        out.writeInt(s.fineBands());
        out.writeInt(index.names.size());
        out.writeInt(index.segmentDoc.length);
        out.writeLong(index.lsh.size());
        out.writeInt(index.fineDoc.length);
        out.writeLong(index.fine.size());
        out.writeInt(htmlCode(index.html));
        for (int d = 0; d < index.names.size(); d++) {
          writeString(out, index.names.get(d));
          writeBytes(out, index.texts.bytes(d)); // kept as UTF-8: written as they are
        }
        for (int doc : index.segmentDoc) {
          out.writeInt(doc);
        }
        for (int v : index.signatures) {
          out.writeInt(v);
        }
        for (long key : index.lsh.keys) {
          out.writeLong(key);
        }
        for (int seg : index.lsh.segments) {
          out.writeInt(seg);
        }
        for (int doc : index.fineDoc) {
          out.writeInt(doc);
        }
        for (long entry : index.fine.entries) {
          out.writeLong(entry);
        }
        out.flush();
        // the checksum covers everything written so far; it is written outside the checked stream
        long value = crc.getValue();
        byte[] trailer = ByteBuffer.allocate(4).putInt((int) value).array();
        raw.write(trailer);
      }
    });
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
  }

  private static void writeBytes(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  /**
   * Reads the index in {@code file}, mapped into memory rather than read into the heap: the file is read once, into
   * the arrays the index keeps (a copy of the whole file beside them had doubled the heap a large index needed to
   * open, 924 MB more for one of 90,000 documents). The mapping is let go once read ({@link #unmap}), so the file
   * may be replaced (as {@code unspin index} does, by a rename) or rewritten in place afterwards, and the process
   * does not keep the file's pages.
   */
  static TraceIndex read(Path file) throws IOException {
    ByteBuffer in;
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size > Integer.MAX_VALUE - 8) {
        throw new ModelFormatException(file, 0, "the index is " + size + " bytes; this build reads indexes of up to 2 "
            + "GB (index fewer documents per file)");
      }
      in = channel.map(FileChannel.MapMode.READ_ONLY, 0, size).order(ByteOrder.BIG_ENDIAN);
    }
    try {
      return read(file, in);
    } catch (BufferUnderflowException e) {
      throw new ModelFormatException(file, in.position(), "file is truncated");
    } finally {
      unmap(in);
    }
  }

  /**
   * Unmaps {@code buffer} now, where the JDK offers it ({@code sun.misc.Unsafe.invokeCleaner}, in the
   * {@code jdk.unsupported} module since JDK 9), rather than when the collector finds the small buffer object
   * unreachable, which in a long-running server may be never: until then the process holds the file's pages (a
   * 924 MB index showed as 924 MB more resident memory). Nothing may use the buffer, or any view of it, afterwards.
   * Where the JDK does not offer it, the collector unmaps it as before.
   */
  static void unmap(ByteBuffer buffer) {
    try {
      Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
      java.lang.reflect.Field field = unsafeClass.getDeclaredField("theUnsafe");
      field.setAccessible(true);
      unsafeClass.getMethod("invokeCleaner", ByteBuffer.class).invoke(field.get(null), buffer);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // left to the collector
    }
  }

  /** The message for an index cut before the end of its header and the document count after it. */
  private static String truncated(long size, int needed) {
    return "file is truncated: " + size + " bytes, but the header and the document count after it take " + needed;
  }

  private static TraceIndex read(Path file, ByteBuffer in) throws IOException {
    long size = in.limit();
    // the magic first: a short file that is not an index at all is "not a trace index", not a truncated one
    byte[] magic = new byte[MAGIC.length];
    in.get(magic, 0, (int) Math.min(size, MAGIC.length));
    if (size == 0) {
      throw new ModelFormatException(file, 0, "the file is empty (0 bytes), not a trace index ('unspin index --out' "
          + "writes one)");
    }
    if (size < MAGIC.length || !java.util.Arrays.equals(magic, MAGIC)) {
      throw new ModelFormatException(file, 0, "not a trace index (bad magic; 'unspin index --out' writes one)");
    }
    if (size < HEADER_BYTES_V1 + 4) {
      throw new ModelFormatException(file, size, truncated(size, HEADER_BYTES_V1 + 4));
    }
    int version = in.getInt();
    if (version < 1 || version > VERSION) {
      throw new ModelFormatException(file, 8, "unsupported trace index version " + version + " (this build reads 1 "
          + "to " + VERSION + ")");
    }
    int header = (version == 1 ? HEADER_BYTES_V1 : version == 2 ? HEADER_BYTES_V2 : HEADER_BYTES) + 4;
    if (size < header) {
      throw new ModelFormatException(file, size, truncated(size, header));
    }
    FingerprintSettings settings;
    try {
      int numHashes = in.getInt();
      int rows = in.getInt();
      int skeleton = in.getInt();
      int wordShingle = in.getInt();
      int segmentWords = in.getInt();
      int rare = in.getInt();
      long seed = in.getLong();
      int fineWords = version == 1 ? 0 : in.getInt();
      int fineBands = version == 1 ? 0 : in.getInt();
      settings = new FingerprintSettings(numHashes, rows, skeleton, wordShingle, segmentWords, seed, rare, fineWords,
          fineBands);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(file, 12, "bad settings: " + e.getMessage());
    }
    // the checksum first, so that damage anywhere is reported at the trailer rather than as a later oddity
    CRC32 crc = new CRC32();
    crc.update(in.duplicate().position(0).limit((int) size - 4));
    int stored = in.getInt((int) size - 4);
    int countsAt = in.position();
    int docs = in.getInt();
    int segs = in.getInt();
    long entries = in.getLong();
    int fineWindows = version == 1 ? 0 : in.getInt();
    long fineEntries = version == 1 ? 0 : in.getLong();
    int htmlAt = in.position();
    int htmlCode = version < 3 ? -1 : in.getInt();
    long remaining = size - in.position();
    // each count bounded before the sum, which a crafted count of 2^62 band entries had overflowed past the check
    if (docs < 0 || segs < 0 || entries < 0 || entries > Integer.MAX_VALUE || fineWindows < 0 || fineEntries < 0
        || fineEntries > Integer.MAX_VALUE
        || 8L * docs + 4L * segs * (1 + settings.numHashes()) + 12L * entries + 4L * fineWindows + 8L * fineEntries
        > remaining) {
      throw new ModelFormatException(file, countsAt, "counts do not fit the file: " + docs + " documents, " + segs
          + " segments, " + entries + " band entries, " + fineWindows + " fine windows, " + fineEntries
          + " fine band entries in " + remaining + " bytes");
    }
    if ((int) crc.getValue() != stored) {
      throw new ModelFormatException(file, size - 4, "checksum mismatch: the file is damaged");
    }
    Documents.Html html = html(file, htmlAt, htmlCode);
    List<String> names = new ArrayList<>(docs);
    byte[][] texts = new byte[docs][];
    for (int d = 0; d < docs; d++) {
      names.add(new String(readUtf8(file, in), StandardCharsets.UTF_8));
      texts[d] = readUtf8(file, in); // made a string when asked for
    }
    int[] segmentDoc = documents(file, in, segs, docs, "segment");
    int[] sigs = new int[segs * settings.numHashes()];
    in.asIntBuffer().get(sigs);
    in.position(in.position() + 4 * sigs.length);
    LshTable lsh = table(file, in, (int) entries, segs, "segment");
    int[] fineDoc = documents(file, in, fineWindows, docs, "fine window");
    long[] fineEntriesRead = new long[(int) fineEntries];
    int fineAt = in.position();
    in.asLongBuffer().get(fineEntriesRead);
    in.position(in.position() + 8 * fineEntriesRead.length);
    for (int i = 0; i < fineEntriesRead.length; i++) {
      if (i > 0 && fineEntriesRead[i] < fineEntriesRead[i - 1]) {
        throw new ModelFormatException(file, fineAt + 8L * i, "fine band entries are not sorted");
      }
      int w = FineTable.windowOf(fineEntriesRead[i]);
      if (w < 0 || w >= fineWindows) {
        throw new ModelFormatException(file, fineAt + 8L * i, "fine band entry refers to fine window " + w);
      }
    }
    FineTable fine = new FineTable(fineEntriesRead);
    if (in.position() != size - 4) {
      throw new ModelFormatException(file, in.position(), (size - 4 - in.position())
          + " unexpected bytes before the checksum");
    }
    return new TraceIndex(settings, html, List.copyOf(names), new Utf8Texts(texts), segmentDoc, sigs, lsh, fineDoc,
        fine);
  }

  /** The header's code of how HTML pages were read: 0 their article, 1 whole; -1 not recorded (before version 3). */
  static int htmlCode(Documents.Html html) {
    return html == null ? -1 : html == Documents.Html.WHOLE_PAGE ? 1 : 0;
  }

  /** The reading of HTML pages that header {@code code} at {@code offset} of {@code file} records. */
  private static Documents.Html html(Path file, int offset, int code) throws ModelFormatException {
    return switch (code) {
      case -1 -> null;
      case 0 -> Documents.Html.ARTICLE;
      case 1 -> Documents.Html.WHOLE_PAGE;
      default -> throw new ModelFormatException(file, offset, "unknown HTML reading " + code + " (0: the article, 1: "
          + "the whole page, -1: not recorded)");
    };
  }

  /** Reads an LSH table of {@code entries} sorted keys and then as many references to {@code units} {@code what}s. */
  private static LshTable table(Path file, ByteBuffer in, int entries, int units, String what)
      throws ModelFormatException {
    long[] keys = new long[entries];
    in.asLongBuffer().get(keys);
    int keysAt = in.position();
    in.position(in.position() + 8 * keys.length);
    for (int i = 1; i < keys.length; i++) {
      if (keys[i] < keys[i - 1]) {
        throw new ModelFormatException(file, keysAt + 8L * i, "band keys are not sorted");
      }
    }
    int[] refs = new int[entries];
    int refsAt = in.position();
    in.asIntBuffer().get(refs);
    in.position(in.position() + 4 * refs.length);
    for (int i = 0; i < refs.length; i++) {
      if (refs[i] < 0 || refs[i] >= units) {
        throw new ModelFormatException(file, refsAt + 4L * i, "band entry refers to " + what + " " + refs[i]);
      }
    }
    return new LshTable(keys, refs);
  }

  /**
   * The document numbers of {@code count} {@code what}s (segments, fine windows), each of one of the {@code docs}
   * documents and none before the one before it.
   */
  private static int[] documents(Path file, ByteBuffer in, int count, int docs, String what)
      throws ModelFormatException {
    int[] out = new int[count];
    for (int k = 0; k < count; k++) {
      int at = in.position();
      out[k] = in.getInt();
      if (out[k] < 0 || out[k] >= docs || k > 0 && out[k] < out[k - 1]) {
        throw new ModelFormatException(file, at, what + " " + k + " refers to document " + out[k]);
      }
    }
    return out;
  }

  /**
   * The bytes of a string (a 4-byte count, then that many bytes of UTF-8) at {@code in}'s position, checked as UTF-8
   * ({@link Utf8#invalidAt}) without being decoded.
   */
  private static byte[] readUtf8(Path file, ByteBuffer in) throws ModelFormatException {
    int at = in.position();
    int n = in.getInt();
    if (n < 0 || n > in.remaining() - 4) {
      throw new ModelFormatException(file, at, "bad string length " + n);
    }
    byte[] b = new byte[n];
    in.get(b);
    if (Utf8.invalidAt(b, 0, n) >= 0) {
      throw new ModelFormatException(file, at + 4, "string is not valid UTF-8");
    }
    return b;
  }
}
