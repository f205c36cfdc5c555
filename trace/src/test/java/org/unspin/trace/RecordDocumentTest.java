// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/** What {@link Documents#recordDocument} makes of each kind of page record: its text, or why it gives none. */
class RecordDocumentTest {

  private static final String PAGE = "<p>The council approved the new budget on Tuesday evening.</p>";

  /** {@code record} as a crawl holds it: written to a WARC and read back. */
  private static WarcRecord stored(WarcRecord record) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(bytes), WarcCompression.NONE)) {
      w.write(record);
    }
    return new WarcReader(new ByteArrayInputStream(bytes.toByteArray())).next().orElseThrow();
  }

  /** A response whose HTTP message has the status line and header lines {@code head} (each ending in CRLF). */
  private static WarcRecord response(String head, String body) throws Exception {
    byte[] http = (head + "\r\n" + body).getBytes(StandardCharsets.ISO_8859_1);
    return stored(new WarcResponse.Builder(URI.create("https://a.example/page"))
        .body(MediaType.HTTP_RESPONSE, http).build());
  }

  private static Documents.RecordText read(WarcRecord record) throws Exception {
    return Documents.recordDocument(record, Documents.Html.ARTICLE);
  }

  private static String text(WarcRecord record) throws Exception {
    Documents.RecordText read = read(record);
    assertThat(read).isInstanceOf(Documents.RecordText.Page.class);
    return ((Documents.RecordText.Page) read).document().text();
  }

  private static String reason(WarcRecord record) throws Exception {
    Documents.RecordText read = read(record);
    assertThat(read).isInstanceOf(Documents.RecordText.NoPage.class);
    return ((Documents.RecordText.NoPage) read).reason();
  }

  @Test
  void mediaTypesAreComparedInAnyCase() throws Exception {
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: Text/HTML; Charset=UTF-8\r\n", PAGE)))
        .isEqualTo("The council approved the new budget on Tuesday evening.");
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: TEXT/PLAIN\r\n", "Plain words.")))
        .isEqualTo("Plain words.");
  }

  @Test
  void aPageSentWithoutATypeOrAsBytesIsReadAsHtmlWhenItStartsAsOne() throws Exception {
    assertThat(text(response("HTTP/1.1 200 OK\r\n", "\n  <!DOCTYPE html><html><body>" + PAGE)))
        .isEqualTo("The council approved the new budget on Tuesday evening.");
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n",
        "<HTML lang=en><body>" + PAGE))).isEqualTo("The council approved the new budget on Tuesday evening.");
  }

  @Test
  void aRecordThatGivesNoPageSaysWhy() throws Exception {
    assertThat(reason(response("HTTP/1.1 200 OK\r\n", "just some bytes"))).isEqualTo("no Content-Type");
    assertThat(reason(response("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n", "PK\u0003\u0004")))
        .isEqualTo("not a text page: application/octet-stream");
    assertThat(reason(response("HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n", "\u0089PNG")))
        .isEqualTo("not a text page: image/png");
    assertThat(reason(response("HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n", PAGE)))
        .isEqualTo("HTTP 404");
    assertThat(reason(response("HTTP/1.1 301 Moved Permanently\r\nLocation: https://a.example/new\r\n", "")))
        .isEqualTo("HTTP 301 redirect to https://a.example/new");
    assertThat(reason(stored(new WarcRevisit.Builder(URI.create("https://a.example/page"),
        URI.create("http://netpreserve.org/warc/1.1/revisit/identical-payload-digest")).build())))
        .isEqualTo(Documents.REVISIT);
  }

  /** {@code text} deflated, zlib-wrapped or raw, as ISO-8859-1 characters (one per byte) for {@link #response}. */
  private static String deflated(String text, boolean raw) {
    java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, raw);
    d.setInput(text.getBytes(StandardCharsets.UTF_8));
    d.finish();
    byte[] out = new byte[4096];
    int n = d.deflate(out);
    d.end();
    return new String(out, 0, n, StandardCharsets.ISO_8859_1);
  }

  @Test
  void aDeflatedPageIsReadZlibWrappedAsHttpSendsItAndRaw() throws Exception {
    for (boolean raw : new boolean[] {false, true}) {
      assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\n",
          deflated(PAGE, raw)))).as("raw " + raw).isEqualTo("The council approved the new budget on Tuesday evening.");
    }
    String z = deflated(PAGE, false);
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: deflate\r\n"
        + "Transfer-Encoding: chunked\r\n", Integer.toHexString(z.length()) + "\r\n" + z + "\r\n0\r\n\r\n")))
        .as("chunked").isEqualTo("The council approved the new budget on Tuesday evening.");
    assertThat(reason(response("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: br\r\n", "x")))
        .isEqualTo("not a text page: Content-Encoding br (Brotli), which is not read");
  }

  @Test
  void aPageSaidToBeDeflatedThatIsNotNamesBothFormsTried() {
    // the zlib attempt's error alone had been said ("incorrect header check"), where the server said the raw one's
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> text(response("HTTP/1.1 200 OK\r\nContent-Type: "
        + "text/html\r\nContent-Encoding: deflate\r\n", PAGE))).isInstanceOf(java.util.zip.ZipException.class)
        .hasMessageStartingWith("not deflate data: as zlib-wrapped (RFC 1950): incorrect header check; as raw "
            + "deflate (RFC 1951): ");
  }

  @Test
  void aCharsetThisMachineDoesNotKnowIsReadAsNoneDeclared() throws Exception {
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=x-bogus-42\r\n", PAGE)))
        .isEqualTo("The council approved the new budget on Tuesday evening.");
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=\"no such\"\r\n",
        "Caf\u00c3\u00a9"))).isEqualTo("Caf\u00e9");
  }

  @Test
  void aConversionWithoutATypeIsReadAsTheTextItIs() throws Exception {
    WarcRecord wet = stored(new WarcConversion.Builder().addHeader("WARC-Target-URI", "https://a.example/page")
        .body(null, "Text a crawler extracted from the page.".getBytes(StandardCharsets.UTF_8)).build());
    assertThat(text(wet)).isEqualTo("Text a crawler extracted from the page.");
  }

  @Test
  void aNulInACrawlsTextReadsAsTheReplacementCharacter() throws Exception {
    // as a PDF's: the text had held U+0000, which unspin text wrote as a NUL byte and the server refuses
    WarcRecord wet = stored(new WarcConversion.Builder().addHeader("WARC-Target-URI", "https://a.example/page")
        .body(MediaType.PLAIN_TEXT, "Text a crawler\u0000 extracted.".getBytes(StandardCharsets.UTF_8)).build());
    assertThat(text(wet)).isEqualTo("Text a crawler\uFFFD extracted.");
  }

  @Test
  void textWithoutACharsetIsUtf8WhenItIsValidUtf8AndWindows1252Otherwise() throws Exception {
    WarcRecord latin1 = stored(new WarcConversion.Builder().addHeader("WARC-Target-URI", "https://a.example/cafe")
        .body(MediaType.PLAIN_TEXT, "Caf\u00e9 cr\u00e8me \u2013 \u20ac3".getBytes("windows-1252")).build());
    assertThat(text(latin1)).isEqualTo("Caf\u00e9 cr\u00e8me \u2013 \u20ac3");
    WarcRecord utf8 = stored(new WarcConversion.Builder().addHeader("WARC-Target-URI", "https://a.example/cafe")
        .body(MediaType.PLAIN_TEXT, "\uFEFFCaf\u00e9 cr\u00e8me".getBytes(StandardCharsets.UTF_8)).build());
    assertThat(text(utf8)).isEqualTo("Caf\u00e9 cr\u00e8me");
    // a declared charset is taken at its word
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n",
        "Caf\u00c3\u00a9"))).isEqualTo("Caf\u00c3\u00a9");
  }

  @Test
  void anHtmlPageWithoutACharsetIsUtf8WhenItIsValidUtf8AndWindows1252Otherwise() throws Exception {
    // the bytes of windows-1252: 0x93 and 0x94 are curly quotation marks, 0x92 an apostrophe, 0xE9 an e acute
    String page = "<html><body><p>The \u0093quick\u0094 fox said it\u0092s caf\u00e9 time.</p></body></html>";
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", page)))
        .isEqualTo("The \u201cquick\u201d fox said it\u2019s caf\u00e9 time.");
    // valid UTF-8 stays UTF-8; a charset the server or the page declares is taken at its word
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
        "<p>It\u00e2\u0080\u0099s caf\u00c3\u00a9.</p>"))).isEqualTo("It\u2019s caf\u00e9.");
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n", page)))
        .isEqualTo("The \uFFFDquick\uFFFD fox said it\uFFFDs caf\uFFFD time.");
    assertThat(text(response("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n",
        "<meta charset=\"utf-8\">" + page))).isEqualTo("The \uFFFDquick\uFFFD fox said it\uFFFDs caf\uFFFD time.");
  }

  @Test
  void aResourceWithoutATargetUriIsReadAsWell() throws Exception {
    WarcRecord resource = stored(new org.netpreserve.jwarc.WarcResource.Builder()
        .body(MediaType.HTML, ("<html><body>" + PAGE + "<a href=\"/next\">next</a></body></html>")
            .getBytes(StandardCharsets.UTF_8)).build());
    assertThat(text(resource)).startsWith("The council approved the new budget on Tuesday evening.");
  }

  @Test
  void htmlIsSniffedOnlyFromAWholeOpeningTag() {
    assertThat(Documents.sniffsAsHtml("\uFEFF<!doctype HTML>".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(Documents.sniffsAsHtml("<html>".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(Documents.sniffsAsHtml("<htmlish>".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(Documents.sniffsAsHtml("<?xml version=\"1.0\"?><html>".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(Documents.sniffsAsHtml(new byte[0])).isFalse();
  }
}
