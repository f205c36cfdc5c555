// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcTargetRecord;
import org.netpreserve.jwarc.WarcWriter;

class WarcRecordsTest {

  /** Three text records, gzipped one by one (as crawlers write them) or not; the offsets where each starts. */
  private static byte[] warc(WarcCompression compression, List<Long> starts) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), compression)) {
      for (int i = 1; i <= 3; i++) {
        starts.add((long) bytes.size());
        w.write(record(i));
      }
    }
    return bytes.toByteArray();
  }

  private static WarcResource record(int i) {
    return new WarcResource.Builder(URI.create("http://site.example/" + i))
        .body(MediaType.PLAIN_TEXT, ("Page " + i + " says the talks were useful.").getBytes(StandardCharsets.UTF_8))
        .build();
  }

  /** {@code record} as written, uncompressed, with its Content-Length header made {@code change} bytes longer. */
  private static byte[] withLength(WarcResource record, int change) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
      w.write(record);
    }
    String text = bytes.toString(StandardCharsets.ISO_8859_1);
    int at = text.indexOf("Content-Length: ") + "Content-Length: ".length();
    int eol = text.indexOf("\r\n", at);
    int length = Integer.parseInt(text.substring(at, eol)) + change;
    return (text.substring(0, at) + length + text.substring(eol)).getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] gzip(byte[] member) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      gz.write(member);
    }
    return bytes.toByteArray();
  }

  private record Read(List<String> urls, List<Long> offsets, List<Long> damage, List<String> damagedUrls) {}

  private static Read read(byte[] file) throws Exception {
    Read r = new Read(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    WarcRecords.<Runnable>read(() -> new ByteArrayInputStream(file), (record, at) -> () -> {
      r.urls().add(((WarcTargetRecord) record).target());
      r.offsets().add(at);
    }, Runnable::run, (at, url, why) -> {
      r.damage().add(at);
      r.damagedUrls().add(url);
    }, w -> { });
    return r;
  }

  @Test
  void everyRecordIsReadWithTheOffsetItStartsAt() throws Exception {
    for (WarcCompression c : new WarcCompression[] {WarcCompression.GZIP, WarcCompression.NONE}) {
      List<Long> starts = new ArrayList<>();
      Read r = read(warc(c, starts));
      assertThat(r.urls()).containsExactly("http://site.example/1", "http://site.example/2", "http://site.example/3");
      assertThat(r.offsets()).isEqualTo(starts);
      assertThat(r.damage()).isEmpty();
    }
  }

  @Test
  void inAFileGzippedWholeOnlyTheFirstRecordHasAnOffset() throws Exception {
    byte[] whole = gzip(warc(WarcCompression.NONE, new ArrayList<>()));
    Read r = read(whole);
    assertThat(r.urls()).containsExactly("http://site.example/1", "http://site.example/2", "http://site.example/3");
    // the others start inside the one member, where no offset reaches
    assertThat(r.offsets()).containsExactly(0L, WarcRecords.NO_OFFSET, WarcRecords.NO_OFFSET);
  }

  @Test
  void aRecordSharingAGzipMemberWithTheOneBeforeHasNoOffsetNotTheNextMembers() throws Exception {
    // two records gzipped together into one member (not as the WARC standard asks, but met in crawls), then a member
    // of its own: jwarc had read the first member to its end when the second record began, and that record was
    // given the next member's offset, which fetches the third record
    ByteArrayOutputStream two = new ByteArrayOutputStream();
    two.write(withLength(record(1), 0));
    two.write(withLength(record(2), 0));
    byte[] first = gzip(two.toByteArray());
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.write(first);
    file.write(gzip(withLength(record(3), 0)));
    Read r = read(file.toByteArray());
    assertThat(r.urls()).containsExactly("http://site.example/1", "http://site.example/2", "http://site.example/3");
    assertThat(r.offsets()).containsExactly(0L, WarcRecords.NO_OFFSET, (long) first.length);
    assertThat(r.damage()).isEmpty();
  }

  @Test
  void aDamagedRecordIsReportedAndTheRecordsAfterItAreStillRead() throws Exception {
    // gzipped record by record: the second member's compressed bytes overwritten
    List<Long> starts = new ArrayList<>();
    byte[] gz = warc(WarcCompression.GZIP, starts);
    for (long k = starts.get(1) + 12; k < starts.get(1) + 40; k++) {
      gz[(int) k] = (byte) 0x55;
    }
    Read r = read(gz);
    assertThat(r.urls()).containsExactly("http://site.example/1", "http://site.example/3");
    assertThat(r.offsets()).containsExactly(starts.get(0), starts.get(2));
    assertThat(r.damage()).containsExactly(starts.get(1)); // once, at the damaged record's own start
  }

  @Test
  void aRecordWhoseContentLengthIsWrongIsTheDamagedOneAndTheNextIsRead() throws Exception {
    for (int change : new int[] {-9, 9}) {
      // gzipped record by record, as crawlers write them: the length is wrong inside the second member
      byte[][] members = {gzip(withLength(record(1), 0)), gzip(withLength(record(2), change)),
          gzip(withLength(record(3), 0))};
      ByteArrayOutputStream file = new ByteArrayOutputStream();
      long second = members[0].length;
      for (byte[] m : members) {
        file.write(m);
      }
      Read r = read(file.toByteArray());
      assertThat(r.urls()).as("Content-Length %+d", change)
          .containsExactly("http://site.example/1", "http://site.example/3");
      assertThat(r.offsets()).containsExactly(0L, second + members[1].length);
      assertThat(r.damage()).containsExactly(second);
      assertThat(r.damagedUrls()).containsExactly("http://site.example/2");

      // not compressed: its block runs short of the third record, or into it
      byte[][] records = {withLength(record(1), 0), withLength(record(2), change), withLength(record(3), 0)};
      file.reset();
      for (byte[] m : records) {
        file.write(m);
      }
      r = read(file.toByteArray());
      assertThat(r.urls()).as("Content-Length %+d", change)
          .containsExactly("http://site.example/1", "http://site.example/3");
      assertThat(r.damage()).containsExactly((long) records[0].length);
      assertThat(r.damagedUrls()).containsExactly("http://site.example/2");
    }
  }

  @Test
  void aFileThatIsNoWarcIsOneDamageAndNoRecord() throws Exception {
    Read r = read("WARC/1.0\r\nnot a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(r.urls()).isEmpty();
    assertThat(r.damage()).containsExactly(0L);
  }

  @Test
  void zeroBytesAfterTheLastGzipMemberAreNoDamageButOtherBytesAreWhereTheyStart() throws Exception {
    // some writers leave a few zero bytes of padding after the last member, which gzip reads past: they had been
    // reported as a damaged stretch with no offset, like real garbage
    byte[] gz = warc(WarcCompression.GZIP, new ArrayList<>());
    for (int zeros : new int[] {1, 8, 512}) {
      Read padded = read(java.util.Arrays.copyOf(gz, gz.length + zeros));
      assertThat(padded.urls()).hasSize(3);
      assertThat(padded.damage()).isEmpty();
    }
    for (byte[] tail : new byte[][] {"garbage\n".getBytes(StandardCharsets.US_ASCII), {0, 0, 0, 7}}) {
      byte[] file = java.util.Arrays.copyOf(gz, gz.length + tail.length);
      System.arraycopy(tail, 0, file, gz.length, tail.length);
      Read r = read(file);
      assertThat(r.urls()).hasSize(3);
      assertThat(r.damage()).containsExactly((long) gz.length);
    }
  }

  @Test
  void headersEndingInLineFeedsAloneAreReadAsWithCarriageReturns() throws Exception {
    // a WET file written by a tool of one's own (or run through a text-mode copy) ends its header lines in LF alone:
    // each record was a damaged one, "invalid WARC record at position 8"
    ByteArrayOutputStream lf = new ByteArrayOutputStream();
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    for (int i = 1; i <= 2; i++) {
      byte[] record = withLength(record(i), 0);
      byte[] unix = new String(record, StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
          .getBytes(StandardCharsets.ISO_8859_1);
      lf.write(unix);
      gz.write(gzip(unix));
    }
    for (byte[] file : new byte[][] {lf.toByteArray(), gz.toByteArray()}) {
      Read r = read(file);
      assertThat(r.urls()).containsExactly("http://site.example/1", "http://site.example/2");
      assertThat(r.damage()).isEmpty();
    }
  }
}
