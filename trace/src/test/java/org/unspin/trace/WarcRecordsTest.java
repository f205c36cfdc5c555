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
        w.write(new WarcResource.Builder(URI.create("http://site.example/" + i))
            .body(MediaType.PLAIN_TEXT, ("Page " + i + " says the talks were useful.").getBytes(StandardCharsets.UTF_8))
            .build());
      }
    }
    return bytes.toByteArray();
  }

  private record Read(List<String> urls, List<Long> offsets, List<Long> damage) {}

  private static Read read(byte[] file) throws Exception {
    Read r = new Read(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    WarcRecords.read(() -> new ByteArrayInputStream(file), (record, at) -> {
      r.urls().add(((WarcTargetRecord) record).target());
      r.offsets().add(at);
      record.body().consume();
    }, (at, why) -> r.damage().add(at));
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

    // plain: the second record's Content-Length made wrong, so its block runs into the third record
    starts.clear();
    String plain = new String(warc(WarcCompression.NONE, starts), StandardCharsets.ISO_8859_1);
    int second = starts.get(1).intValue();
    int length = plain.indexOf("Content-Length: ", second);
    int eol = plain.indexOf("\r\n", length);
    String broken = plain.substring(0, length) + "Content-Length: 9" + plain.substring(eol);
    r = read(broken.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(r.urls()).startsWith("http://site.example/1").endsWith("http://site.example/3");
    assertThat(r.damage()).isNotEmpty();
  }

  @Test
  void aFileThatIsNoWarcIsOneDamageAndNoRecord() throws Exception {
    Read r = read("WARC/1.0\r\nnot a header\r\n\r\nand some more text\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(r.urls()).isEmpty();
    assertThat(r.damage()).containsExactly(0L);
  }
}
