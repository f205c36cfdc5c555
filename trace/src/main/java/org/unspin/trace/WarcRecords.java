// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * Reads the records of a WARC or WET file (gzip per record, gzip whole or plain), going on past a record it cannot
 * parse: the file is opened again after the bad record's start and read from the next place a record can start (a
 * gzip member's header, or a {@code WARC/1.} line), so that one damaged record (a wrong Content-Length, a member cut
 * short) does not lose every record after it. A file gzipped whole has no such places inside it and ends at its
 * first damage. Each record is given with the byte offset where it starts (in a gzipped file, the compressed
 * offset, where it can be read from again). Stateless; thread-safe.
 *
 * @since 0.1
 */
public final class WarcRecords {

  /** Opens the file from its first byte, as often as asked. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** Takes each record read, with its offset. */
  @FunctionalInterface
  public interface RecordSink {
    void accept(WarcRecord record, long offset) throws IOException;
  }

  /** Takes each place reading failed: the offset of the record that could not be read, and why. */
  @FunctionalInterface
  public interface DamageSink {
    void accept(long offset, String message) throws IOException;
  }

  private static final byte[] GZIP = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private WarcRecords() {}

  /**
   * Reads every record {@code opener}'s file holds into {@code records}, reporting each damaged stretch to {@code
   * damage} once (at the offset of the record that failed) and going on at the next record start after it.
   */
  public static void read(Opener opener, RecordSink records, DamageSink damage) throws IOException {
    read(opener, records, damage, w -> { });
  }

  /** {@link #read(Opener, RecordSink, DamageSink)}, with the WARC reader's warnings going to {@code warnings}. */
  public static void read(Opener opener, RecordSink records, DamageSink damage,
      java.util.function.Consumer<String> warnings) throws IOException {
    boolean[] gzip = {false}; // read from the file's first bytes on the first reading: where to seek on damage
    long from = 0;
    while (from >= 0) {
      from = readFrom(opener, from, gzip, records, damage, warnings);
    }
  }

  /**
   * Reads the records from the first record start at or after {@code from}; returns where to go on after a damaged
   * record, or -1 at the end of the file.
   */
  private static long readFrom(Opener opener, long from, boolean[] gzip, RecordSink records, DamageSink damage,
      java.util.function.Consumer<String> warnings) throws IOException {
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
      WarcReader reader = new WarcReader(in);
      reader.onWarning(warnings);
      long at = start;
      long delivered = -1;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          at = start + reader.position();
          if (at != delivered) {
            damage.accept(at, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
          } // else the record given last ended badly (its rest, its gzip trailer): what follows it is sought anew
          return at + 1;
        }
        if (next.isEmpty()) {
          return -1;
        }
        at = start + reader.position();
        delivered = at;
        records.accept(next.get(), at);
      }
    }
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
}
