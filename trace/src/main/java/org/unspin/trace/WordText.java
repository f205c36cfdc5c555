// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document ({@code .docx}, Office Open XML): manuscripts reach publishers' integrity teams as Word
 * files. The main body ({@code word/document.xml}) is read with the JDK's own zip and StAX readers, so no office
 * library is needed: one paragraph per {@code w:p} (table cells included), paragraphs separated by blank lines as
 * {@link Documents#pdf} separates them; runs' text ({@code w:t}) joined, a tab a space, a line break inside a
 * paragraph a space, a non-breaking hyphen ({@code w:noBreakHyphen}) a hyphen; a text box's paragraphs (a {@code w:p}
 * inside a {@code w:p}) each its own, before the paragraph that holds the box. Deleted text of tracked changes
 * ({@code w:delText}), the old place of moved text ({@code w:moveFrom}: it is read where it went, {@code w:moveTo}),
 * field codes ({@code w:instrText}) and the fallback copy of a text box ({@code mc:Fallback}) are left out; inserted
 * text stays.
 * Headers, footers, footnotes and comments (other parts of the file) are not read. The XML is read as
 * {@link OfficeZip} reads it. Stateless and thread-safe.
 *
 * @since 0.1
 */
final class WordText {

  /** WordprocessingML's namespace. */
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  /** Markup compatibility's namespace: a text box is written twice, as a drawing and as its fallback. */
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

  /** The part that holds the body. */
  static final String BODY = "word/document.xml";

  private WordText() {}

  /**
   * The body text of the Word file {@code docx}.
   *
   * @throws IOException if it is not a zip file, holds no {@value #BODY}, or that part is not well-formed XML (the
   *     message says which)
   */
  static String of(byte[] docx) throws IOException {
    return OfficeZip.read(docx, BODY, "a Word document", WordText::body);
  }

  private static String body(XMLStreamReader r) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    // the paragraphs a text box's paragraphs sit inside, each read on when the box's end: the anchor's words are not
    // run into the box's ("The study beganBoxed text")
    Deque<StringBuilder> anchors = new ArrayDeque<>();
    boolean inText = false;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT && MC.equals(r.getNamespaceURI())
          && r.getLocalName().equals("Fallback")) {
        OfficeZip.skipElement(r); // its text repeats its mc:Choice's
      } else if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())
          && r.getLocalName().equals("moveFrom")) {
        OfficeZip.skipElement(r); // a tracked move's old place: its text is read where it went, in w:moveTo
      } else if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
        switch (r.getLocalName()) {
          case "t" -> inText = true;
          case "p" -> {
            anchors.push(paragraph);
            paragraph = new StringBuilder();
          }
          case "tab", "br", "cr" -> paragraph.append(' ');
          case "noBreakHyphen" -> paragraph.append('-'); // Word's non-breaking hyphen: "well-known" is one word
          default -> { }
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
        if (r.getLocalName().equals("t")) {
          inText = false;
        } else if (r.getLocalName().equals("p")) {
          OfficeZip.endParagraph(paragraph, out);
          paragraph = anchors.isEmpty() ? paragraph : anchors.pop();
        }
      } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
        paragraph.append(r.getText());
      }
    }
    return OfficeZip.finish(out);
  }
}
