// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of an OpenDocument text file ({@code .odt}, LibreOffice's format), read as {@link WordText} reads Word
 * files: the body ({@code content.xml}) through {@link OfficeZip}, one paragraph per {@code text:p} or heading
 * {@code text:h} (list items and table cells included), blank lines between them; a space for {@code text:s},
 * {@code text:tab} and {@code text:line-break}; a frame's paragraphs (a {@code text:p} inside a {@code text:p}) each
 * its own, before the paragraph that holds the frame. Tracked changes' deleted text ({@code text:tracked-changes}),
 * footnotes ({@code text:note}) and comments ({@code office:annotation}) are left out. Stateless and thread-safe.
 *
 * @since 0.1
 */
final class OpenDocumentText {

  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

  /** The part that holds the body. */
  static final String BODY = "content.xml";

  private OpenDocumentText() {}

  /**
   * The body text of the OpenDocument file {@code odt}.
   *
   * @throws IOException if it is not a zip file, holds no {@value #BODY}, or that part is not well-formed XML
   */
  static String of(byte[] odt) throws IOException {
    return OfficeZip.read(odt, BODY, "an OpenDocument text", OpenDocumentText::body);
  }

  private static boolean skipped(XMLStreamReader r) {
    String ns = r.getNamespaceURI();
    String name = r.getLocalName();
    return TEXT.equals(ns) && (name.equals("tracked-changes") || name.equals("note"))
        || OFFICE.equals(ns) && name.equals("annotation");
  }

  private static String body(XMLStreamReader r) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    // the paragraphs a frame's paragraphs sit inside, each read on when the frame's paragraph ends: the anchor's
    // words are not run into the frame's ("The study beganBoxed text")
    Deque<StringBuilder> anchors = new ArrayDeque<>();
    int inParagraph = 0; // depth of text:p and text:h, which may nest (a frame's text inside a paragraph)
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT && skipped(r)) {
        OfficeZip.skipElement(r);
      } else if (ev == XMLStreamConstants.START_ELEMENT && TEXT.equals(r.getNamespaceURI())) {
        switch (r.getLocalName()) {
          case "p", "h" -> {
            inParagraph++;
            anchors.push(paragraph);
            paragraph = new StringBuilder();
          }
          case "s", "tab", "line-break" -> paragraph.append(' ');
          default -> { }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && TEXT.equals(r.getNamespaceURI())
          && (r.getLocalName().equals("p") || r.getLocalName().equals("h"))) {
        inParagraph--;
        OfficeZip.endParagraph(paragraph, out);
        paragraph = anchors.isEmpty() ? paragraph : anchors.pop();
      } else if (inParagraph > 0 && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
        paragraph.append(r.getText());
      }
    }
    return OfficeZip.finish(out);
  }
}
