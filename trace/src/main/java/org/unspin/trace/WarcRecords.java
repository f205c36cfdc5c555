// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.Inflater;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the records of a WARC or WET file (gzip per record, gzip whole or plain), going on past a record it cannot
 * parse: the file is opened again after the bad record's start and read from the next place a record can start (a
 * gzip member's header, or a {@code WARC/1.} line), so that one damaged record (a wrong Content-Length, a member cut
 * short) does not lose every record after it. A file gzipped whole has no such places inside it and ends at its
 * first damage.
 *
 * <p>Each record is given with the byte offset where it starts, where it can be read from again: in a gzipped file
 * the compressed offset of its gzip member, or {@link #NO_OFFSET} for a record that does not start a member (every
 * record but the first of a file gzipped whole, or of a member that holds several), which no offset can reach: read
 * from its member's offset, a reader gets the member's first record.
 *
 * <p>What the caller reads of a record is held until the record is known to end where its Content-Length says: a
 * record whose block runs short of or past that length, or is cut short, is reported as damaged instead, once, at its
 * own offset with its own URI, and the next record is read from its own start. Stateless; thread-safe.
 *
 * @since 0.1
 */
public final class WarcRecords {

  /** The offset of a record that does not start a gzip member, so that no offset of the file reaches it. */
  public static final long NO_OFFSET = -1;

  /** Opens the file from its first byte, as often as asked. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /**
   * Reads each record as it comes ({@code offset} is where it starts, or {@link #NO_OFFSET}), returning what its
   * caller keeps of it; that is given to the {@link ResultSink} only once the record is known to be whole.
   *
   * @param <T> what the caller keeps of a record
   */
  @FunctionalInterface
  public interface RecordReader<T> {
    T read(WarcRecord record, long offset) throws IOException;
  }

  /** Takes what was read of each whole record, in file order. */
  @FunctionalInterface
  public interface ResultSink<T> {
    void accept(T result) throws IOException;
  }

  /**
   * Takes each place reading failed: the offset of the record that could not be read (or {@link #NO_OFFSET}), its
   * target URI when its header was read ("" otherwise), and why.
   */
  @FunctionalInterface
  public interface DamageSink {
    void accept(long offset, String url, String message) throws IOException;
  }

  /** Why a record read whole was damaged after all: what jwarc warns of when a block is not followed by its end. */
  static final String BAD_END = "the record does not end where its Content-Length says";

  /** jwarc's warning (it reads on) for a record block not followed by the CRLF CRLF that ends every record. */
  private static final String JWARC_BAD_TRAILER = "invalid record trailer";

  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private WarcRecords() {}

  /**
   * Reads every record {@code opener}'s file holds with {@code reader}, giving what it keeps of each whole record to
   * {@code results}, reporting each damaged record or stretch to {@code damage} once (at the offset of the record
   * that failed) and going on at the next record start after it; the WARC reader's warnings go to {@code warnings}.
   */
  public static <T> void read(Opener opener, RecordReader<T> reader, ResultSink<T> results, DamageSink damage,
      Consumer<String> warnings) throws IOException {
    boolean[] gzip = {false}; // read from the file's first bytes on the first reading: where to seek on damage
    long from = 0;
    while (from >= 0) {
      from = readFrom(opener, from, gzip, reader, results, damage, warnings);
    }
  }

  /**
   * A record read, whose result waits until the record's end has been read; {@code at} is jwarc's position for it
   * (in the file, or in the inflated bytes of a gzipped one), {@code offset} where it can be read from again (its own
   * start, or that of the gzip member it starts) or {@link #NO_OFFSET}.
   */
  private record Pending<T>(WarcRecord record, long at, long offset, String url, T result) {}

  /**
   * Reads the records from the first record start at or after {@code from}; returns where to go on after a damaged
   * record, or -1 at the end of the file.
   */
  private static <T> long readFrom(Opener opener, long from, boolean[] gzip, RecordReader<T> reader,
      ResultSink<T> results, DamageSink damage, Consumer<String> warnings) throws IOException {
    try (InputStream raw = opener.open()) {
      InputStream in = new BufferedInputStream(raw, 1 << 16);
      if (from == 0) {
        in.mark(2);
        byte[] head = in.readNBytes(2);
        in.reset();
        gzip[0] = head.length == 2 && head[0] == GZIP[0] && head[1] == GZIP[1];
      }
      skipFully(in, from);
      long start = from == 0 ? 0 : seek(in, from, gzip[0] ? GZIP : WARC);
      if (start < 0) {
        return -1;
      }
      // a plain file's every record start is its offset: a gzipped one is inflated here, member by member, and jwarc
      // reads the inflated bytes, in which its position is exact; a record has the offset of the member it starts
      Members members = gzip[0] ? new Members(in, start) : null;
      // header lines ending in LF alone (a WET file written by a tool of one's own, or copied in text mode) are read
      // as CRLF ones: each record of such a file had been damaged ("invalid WARC record at position 8"); its records
      // end in LF LF, not the CRLF CRLF whose absence otherwise tells a wrong Content-Length
      LineEnding lines = new LineEnding(members != null ? members : in);
      WarcReader warc = new WarcReader(lines);
      warc.setLenient(true);
      boolean[] badEnd = {false};
      warc.onWarning(w -> {
        if (w.equals(JWARC_BAD_TRAILER)) {
          badEnd[0] = !lines.lineFeedsAlone(); // reported as the record's damage
        } else {
          warnings.accept(w);
        }
      });
      long last = start; // the last record start of this reading: where to seek from when a record has none
      Pending<T> pending = null;
      while (true) {
        String cut = null;
        if (pending != null) {
          try {
            pending.record().body().consume();
          } catch (IOException | RuntimeException e) {
            cut = message(e);
          }
        }
        badEnd[0] = false;
        Optional<WarcRecord> next = Optional.empty();
        Exception failed = null;
        if (cut == null) {
          try {
            next = warc.next();
          } catch (IOException | RuntimeException e) {
            failed = e;
          }
        }
        long at = members == null ? start + warc.position() : warc.position(); // in the file, or inflated
        if (pending != null) {
          // the pending record's block ran short of its Content-Length or past it, or its end could not be read
          // (jwarc had not gone past it): that record is the damaged one, and the next is sought after its start
          String bad = cut != null ? cut : badEnd[0] ? BAD_END
              : failed != null && at == pending.at() ? message(failed) : null;
          if (bad != null) {
            damage.accept(pending.offset(), pending.url(), bad);
            return last + 1;
          }
          results.accept(pending.result());
          pending = null;
        }
        long offset = members == null ? at : members.memberAt(at);
        if (failed != null && lines.lineFeedsAlone() && lines.onlyLineEndsFrom(members == null ? at - start : at)) {
          return -1; // the last record's LF LF, which jwarc, awaiting CRLF CRLF, took for a record cut short
        }
        if (failed != null) {
          // bytes that start no member (after the last one, say) are reported where they start
          damage.accept(offset == NO_OFFSET && members != null ? members.noMemberAt : offset, "", message(failed));
          return (offset == NO_OFFSET ? last : offset) + 1;
        }
        if (next.isEmpty()) {
          return -1;
        }
        if (offset != NO_OFFSET) {
          last = offset;
        }
        WarcRecord record = next.get();
        String url = record instanceof WarcTargetRecord t && t.target() != null ? t.target() : "";
        pending = new Pending<>(record, at, offset, url, reader.read(record, offset));
      }
    }
  }

  private static String message(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static void skipFully(InputStream in, long n) throws IOException {
    long left = n;
    while (left > 0) {
      long k = in.skip(left);
      if (k <= 0) {
        if (in.read() < 0) {
          return;
        }
        k = 1;
      }
      left -= k;
    }
  }

  /**
   * Moves {@code in} (at offset {@code at} of the file, just inside a damaged record) to the next occurrence of
   * {@code magic}, leaving the stream at its first byte; returns that offset, or -1 when the file ends first. A
   * {@code WARC/1.} counts only at a line start.
   */
  private static long seek(InputStream in, long at, byte[] magic) throws IOException {
    long pos = at;
    int previous = 0; // inside the damaged record's first line: no line start yet
    byte[] window = new byte[magic.length];
    while (true) {
      in.mark(magic.length);
      int n = in.readNBytes(window, 0, magic.length);
      if (n < magic.length) {
        return -1;
      }
      in.reset();
      if (java.util.Arrays.equals(window, magic) && (magic != WARC || previous == '\n')) {
        return pos;
      }
      previous = in.read();
      pos++;
    }
  }

  /**
   * The bytes read through it, telling whether the first line they hold ends in LF alone (not CRLF), and whether
   * nothing but line ends follows a position once they have all been read.
   */
  private static final class LineEnding extends java.io.FilterInputStream {
    private int previous = -1;
    private Boolean lineFeedsAlone; // null until the first LF
    private long count; // bytes read
    private long lineEnds; // how many of the last bytes read are CR or LF
    private boolean ended;

    LineEnding(InputStream in) {
      super(in);
    }

    /** Whether the first line read ended in LF alone. */
    boolean lineFeedsAlone() {
      return Boolean.TRUE.equals(lineFeedsAlone);
    }

    /** Whether every byte has been read and those from {@code position} on are CR or LF. */
    boolean onlyLineEndsFrom(long position) {
      return ended && position >= count - lineEnds;
    }

    private void saw(byte[] b, int off, int n) {
      for (int i = 0; i < n && lineFeedsAlone == null; i++) {
        if (b[off + i] == '\n') {
          lineFeedsAlone = previous != '\r';
        }
        previous = b[off + i];
      }
      int k = n;
      while (k > 0 && (b[off + k - 1] == '\n' || b[off + k - 1] == '\r')) {
        k--;
      }
      lineEnds = k == 0 ? lineEnds + n : n - k;
      count += n;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = in.read(b, off, len);
      if (n < 0) {
        ended = true;
      } else {
        saw(b, off, n);
      }
      return n;
    }
  }

  /**
   * The records of a gzipped file inflated member by member, knowing where each member starts, as the next member's
   * header is read: jwarc reads the inflated bytes as a plain file, so that its position is a record's exact inflated
   * offset, and a record starts a member only where that offset is the one the member's first byte inflates to.
   * (jwarc's own position in a gzipped file is the compressed input it has taken in, which for the second of two
   * records in one member is wherever the inflater had got to, often the next member's start.) A member cut short,
   * garbled, whose check sum or length does not match, or bytes where a member should start fail the read; zero
   * bytes to the end of the file after a member are padding and end it.
   */
  private static final class Members extends InputStream {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos; // the next byte of buf not yet taken; the inflater holds buf[pos, limit) as its input
    private int limit;
    private long fileOffset; // the file offset of buf[pos]
    private final Inflater inflater = new Inflater(true);
    private final CRC32 crc = new CRC32();
    private boolean inMember;
    private long inflated; // bytes given so far
    private long memberSize; // bytes of the member being read given so far
    private final TreeMap<Long, Long> starts = new TreeMap<>(); // inflated offset -> file offset of its member
    private long noMemberAt = NO_OFFSET; // the file offset of bytes where a member should have started, once met

    Members(InputStream in, long at) {
      this.in = in;
      fileOffset = at;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n;
      do {
        n = read(one, 0, 1);
      } while (n == 0);
      return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      while (true) {
        if (inMember && inflater.finished()) {
          endMember();
        }
        if (!inMember && !startMember()) {
          return -1;
        }
        if (inflater.needsInput()) {
          if (!fill()) {
            throw new java.io.EOFException("a gzip member cut short at byte " + fileOffset);
          }
          inflater.setInput(buf, pos, limit - pos);
        }
        int n;
        try {
          n = inflater.inflate(b, off, len);
        } catch (java.util.zip.DataFormatException e) {
          throw new java.util.zip.ZipException("a garbled gzip member near byte " + fileOffset + " (" + e.getMessage()
              + ")");
        }
        int taken = limit - inflater.getRemaining();
        fileOffset += taken - pos;
        pos = taken;
        if (n > 0) {
          crc.update(b, off, n);
          inflated += n;
          memberSize += n;
          return n;
        }
        if (inflater.needsDictionary()) {
          throw new java.util.zip.ZipException("a gzip member asks for a preset dictionary near byte " + fileOffset);
        }
      }
    }

    /** Reads the next member's header; false at the end of the file. */
    private boolean startMember() throws IOException {
      long at = fileOffset;
      int first = readByte();
      if (first < 0) {
        return false;
      }
      if (first == 0) {
        // zero bytes after the last member are padding some writers leave (a block-sized copy, a preallocated file),
        // which gzip itself reads past; they had been a damaged stretch. Bytes after them that are not 0 still are.
        int b;
        do {
          b = readByte();
        } while (b == 0);
        if (b < 0) {
          return false;
        }
      }
      if (first != 0x1f || headerByte() != 0x8b || headerByte() != 8) {
        noMemberAt = at;
        throw new java.util.zip.ZipException("no gzip member starts at byte " + at);
      }
      int flags = headerByte();
      for (int i = 0; i < 6; i++) { // modification time, extra flags, operating system
        headerByte();
      }
      if ((flags & 4) != 0) { // FEXTRA
        int length = headerByte() | headerByte() << 8;
        for (int i = 0; i < length; i++) {
          headerByte();
        }
      }
      for (int zeroEnded : new int[] {8, 16}) { // FNAME, FCOMMENT
        if ((flags & zeroEnded) != 0) {
          while (headerByte() != 0) {
            // skipped
          }
        }
      }
      if ((flags & 2) != 0) { // FHCRC
        headerByte();
        headerByte();
      }
      starts.put(inflated, at);
      inMember = true;
      return true;
    }

    /** Reads and checks the trailer of the member just inflated. */
    private void endMember() throws IOException {
      long at = fileOffset;
      long crc32 = 0;
      long size = 0;
      for (int i = 0; i < 4; i++) {
        crc32 |= (long) headerByte() << (8 * i);
      }
      for (int i = 0; i < 4; i++) {
        size |= (long) headerByte() << (8 * i);
      }
      if (crc32 != crc.getValue() || size != (memberSize & 0xFFFF_FFFFL)) {
        throw new java.util.zip.ZipException("the gzip member ending at byte " + at
            + " does not match its check sum or length");
      }
      inflater.reset();
      crc.reset();
      memberSize = 0;
      inMember = false;
    }

    /** A byte of a member's header or trailer, which may not be cut short. */
    private int headerByte() throws IOException {
      int b = readByte();
      if (b < 0) {
        throw new java.io.EOFException("a gzip member cut short at byte " + fileOffset);
      }
      return b;
    }

    private int readByte() throws IOException {
      if (!fill()) {
        return -1;
      }
      fileOffset++;
      return buf[pos++] & 0xFF;
    }

    /** Makes sure buf holds a byte not yet taken; false at the end of the file. */
    private boolean fill() throws IOException {
      while (pos == limit) {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          return false;
        }
        pos = 0;
        limit = n;
      }
      return true;
    }

    /**
     * The file offset of the member whose inflated bytes start at {@code offset}, or {@link #NO_OFFSET} where no
     * member starts there; asked of offsets that never go back.
     */
    long memberAt(long offset) {
      starts.headMap(offset).clear();
      Long at = starts.get(offset);
      return at == null ? NO_OFFSET : at;
    }

    @Override
    public void close() throws IOException {
      inflater.end();
      in.close();
    }
  }
}
