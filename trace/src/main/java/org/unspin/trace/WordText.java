// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word document ({@code .docx}, Office Open XML): manuscripts reach publishers' integrity teams as Word
 * files. The main body ({@code word/document.xml}) is read with the JDK's own zip and StAX readers, so no office
 * library is needed: one paragraph per {@code w:p} (table cells included), paragraphs separated by blank lines as
 * {@link Documents#pdfToText} separates them; runs' text ({@code w:t}) joined, a tab a space, a line break
 * inside a paragraph a space. Deleted text of tracked changes ({@code w:delText}), field codes
 * ({@code w:instrText}) and the fallback copy of a text box ({@code mc:Fallback}) are left out; inserted text stays. Headers, footers, footnotes and comments (other parts of
 * the file) are not read. The XML is read without DTDs or external entities. Stateless and thread-safe.
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

  /** The most bytes of the body read (a zip bomb stops here). */
  static final long MAX_BODY_BYTES = 256L << 20;

  private WordText() {}

  /**
   * The body text of the Word file {@code docx}.
   *
   * @throws IOException if it is not a zip file, holds no {@value #BODY}, or that part is not well-formed XML (the
   *     message says which)
   */
  static String of(byte[] docx) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      boolean any = false;
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        any = true;
        if (e.getName().equals(BODY)) {
          return body(new LimitedInputStream(zip, MAX_BODY_BYTES));
        }
      }
      throw new IOException(any ? "no " + BODY + " in the file (not a Word document)" : "not a zip file");
    }
  }

  private static String body(InputStream in) throws IOException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    StringBuilder out = new StringBuilder();
    StringBuilder paragraph = new StringBuilder();
    boolean inText = false;
    int fallback = 0; // depth inside mc:Fallback, whose text repeats its mc:Choice's
    try {
      XMLStreamReader r = f.createXMLStreamReader(in);
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT && (fallback > 0 || MC.equals(r.getNamespaceURI())
            && r.getLocalName().equals("Fallback"))) {
          fallback++;
        } else if (ev == XMLStreamConstants.END_ELEMENT && fallback > 0) {
          fallback--;
        } else if (fallback > 0) {
          continue;
        } else if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
          switch (r.getLocalName()) {
            case "t" -> inText = true;
            case "tab", "br", "cr" -> paragraph.append(' ');
            default -> { }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
          if (r.getLocalName().equals("t")) {
            inText = false;
          } else if (r.getLocalName().equals("p")) {
            String p = paragraph.toString().strip().replaceAll("\\s+", " ");
            if (!p.isEmpty()) {
              out.append(out.length() == 0 ? "" : "\n\n").append(p);
            }
            paragraph.setLength(0);
          }
        } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
          paragraph.append(r.getText());
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException(BODY + " is not well-formed XML: " + e.getMessage(), e);
    }
    return out.length() == 0 ? "" : out.append('\n').toString();
  }

  /** Reads at most {@code limit} bytes of {@code in}, then fails: a zip bomb does not fill the memory. */
  private static final class LimitedInputStream extends java.io.FilterInputStream {
    private long left;

    LimitedInputStream(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, (int) Math.min(len, left + 1));
      if (n > 0) {
        left -= n;
        if (left < 0) {
          throw new IOException(BODY + " is larger than " + (MAX_BODY_BYTES >> 20) + " MB");
        }
      }
      return n;
    }

    @Override
    public void close() {
      // the zip stream is closed by its owner
    }
  }
}
