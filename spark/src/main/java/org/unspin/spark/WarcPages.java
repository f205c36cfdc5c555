// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads the pages of a WARC or WET file (gzip or not): HTML responses and resources become text through jsoup, one
 * paragraph per line; WET conversions and plain-text resources are taken as they are. Requests, metadata and
 * warcinfo records are not pages and are skipped; anything else that cannot be read becomes a {@link Reject}. A
 * corrupt file ends with one reject naming the offset where reading failed. Stateless; thread-safe.
 *
 * @since 0.1
 */
public final class WarcPages {

  /** Pages shorter than this many characters of text are rejected as "no text". */
  public static final int MIN_TEXT = 40;

  private WarcPages() {}

  /** Reads {@code in}, a WARC or WET stream named {@code file}, and hands every page or reject to the sinks. */
  public static void read(InputStream in, String file, Consumer<Page> pages, Consumer<Reject> rejects) {
    long offset = 0;
    try (WarcReader reader = new WarcReader(in)) {
      while (true) {
        offset = reader.position();
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (ParsingException e) {
          rejects.accept(new Reject(file, offset, "", "corrupt WARC record: " + e.getMessage()));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse || record instanceof WarcResource || record instanceof WarcConversion)) {
          continue;
        }
        WarcTargetRecord target = (WarcTargetRecord) record;
        String url = target.target() == null ? "" : target.target();
        try {
          Optional<String> text = text(target);
          if (text.isEmpty()) {
            continue; // not a text page (an image, a redirect without a body)
          }
          String t = text.get().strip();
          if (t.length() < MIN_TEXT) {
            rejects.accept(new Reject(file, offset, url, "no text (" + t.length() + " characters)"));
          } else {
            pages.accept(new Page(url, t, file, offset));
          }
        } catch (IOException | RuntimeException e) {
          rejects.accept(new Reject(file, offset, url, "unreadable payload: " + e));
        }
      }
    } catch (IOException e) {
      rejects.accept(new Reject(file, offset, "", "cannot read: " + e.getMessage()));
    }
  }

  private static Optional<String> text(WarcTargetRecord record) throws IOException {
    MediaType type;
    byte[] body;
    if (record instanceof WarcResponse) {
      WarcResponse r = (WarcResponse) record;
      Optional<WarcPayload> payload = r.payload();
      if (payload.isEmpty()) {
        return Optional.empty();
      }
      type = payload.get().type();
      try (InputStream in = payload.get().body().stream()) {
        body = in.readAllBytes();
      }
    } else {
      type = record.contentType();
      try (InputStream in = record.body().stream()) {
        body = in.readAllBytes();
      }
    }
    String base = type == null ? "" : type.base().toString().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return Optional.of(htmlToText(body, charset(type), record.target()));
    }
    if (base.startsWith("text/plain") || record instanceof WarcConversion) {
      return Optional.of(decode(body, charset(type)));
    }
    return Optional.empty();
  }

  /** The text of an HTML page: title, then the text of each block element on its own line. */
  public static String htmlToText(byte[] html, Charset charset, String baseUri) throws IOException {
    Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(html), charset == null ? null : charset.name(),
        baseUri == null ? "" : baseUri);
    doc.select("script, style, noscript, nav, header, footer, aside, form").remove();
    StringBuilder sb = new StringBuilder();
    for (Element e : doc.body() == null ? java.util.List.<Element>of()
        : doc.body().select("h1, h2, h3, h4, h5, h6, p, li, blockquote, pre")) {
      if (e.parents().stream().anyMatch(p -> p.is("p, li, blockquote, pre"))) {
        continue;
      }
      String t = e.text().strip();
      if (!t.isEmpty()) {
        sb.append(t).append('\n');
      }
    }
    if (sb.length() == 0 && doc.body() != null) {
      sb.append(doc.body().text());
    }
    return sb.toString();
  }

  private static Charset charset(MediaType type) {
    if (type == null) {
      return null;
    }
    String cs = type.parameters().get("charset");
    try {
      return cs == null ? null : Charset.forName(cs);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String decode(byte[] body, Charset charset) throws CharacterCodingException {
    Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
    CharBuffer chars = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(body));
    return chars.toString();
  }
}
