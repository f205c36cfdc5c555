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
 * What office documents share: a zip of XML parts, one of which holds the body. Reads that part with the JDK's zip
 * and StAX readers, without DTDs or external entities and at most {@value #MAX_PART_BYTES} bytes of it (a zip bomb
 * stops there). Stateless and thread-safe.
 *
 * @since 0.1
 */
final class OfficeZip {

  /** The most bytes of a part read. */
  static final long MAX_PART_BYTES = 256L << 20;

  /** Reads a part's XML. */
  @FunctionalInterface
  interface PartReader {
    String read(XMLStreamReader xml) throws XMLStreamException;
  }

  private OfficeZip() {}

  /**
   * {@code reader}'s result on the part {@code name} of the zip {@code file}.
   *
   * @throws IOException if it is not a zip file, holds no such part, or the part is not well-formed XML (the message
   *     says which; {@code kind} names the kind of document, "a Word document")
   */
  static String read(byte[] file, String name, String kind, PartReader reader) throws IOException {
    return read(file, name, kind, reader, MAX_PART_BYTES);
  }

  /** {@link #read(byte[], String, String, PartReader)} with parts of at most {@code limit} bytes. */
  static String read(byte[] file, String name, String kind, PartReader reader, long limit) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      boolean any = false;
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        any = true;
        if (e.getName().equals(name)) {
          XMLInputFactory f = XMLInputFactory.newFactory();
          f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
          f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
          try {
            return reader.read(f.createXMLStreamReader(new Limited(zip, name, limit)));
          } catch (XMLStreamException x) {
            for (Throwable c = x; c != null; c = c.getCause() != null ? c.getCause() : nested(c)) {
              if (c instanceof TooLarge big) { // the parser wraps what the stream threw: the size, not the XML
                throw big;
              }
            }
            throw new IOException(name + " is not well-formed XML: " + x.getMessage(), x);
          }
        }
      }
      throw new IOException(any ? "no " + name + " in the file (not " + kind + ")" : compoundFile(file)
          ? "a password-protected (encrypted) Office file, or one in the old binary format (.doc): save it without "
              + "a password as .docx or .odt first"
          : "not a zip file");
    }
  }

  /**
   * Whether {@code file} is an OLE compound file: what Word and LibreOffice write for a document saved with a
   * password (the zip inside is encrypted), and the old .doc format.
   */
  static boolean compoundFile(byte[] file) {
    byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    return file.length >= magic.length && java.util.Arrays.equals(java.util.Arrays.copyOf(file, magic.length), magic);
  }

  /**
   * Reads past the element whose start {@code r} is at, to its end (a part of the body left out: its text, and any
   * paragraph marks inside it, are never seen).
   */
  static void skipElement(XMLStreamReader r) throws XMLStreamException {
    for (int depth = 1; depth > 0; ) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  /** Ends a paragraph: its text, spaces collapsed, goes to {@code out} after a blank line, unless it is empty. */
  static void endParagraph(StringBuilder paragraph, StringBuilder out) {
    String p = paragraph.toString().strip().replaceAll("\\s+", " ");
    if (!p.isEmpty()) {
      out.append(out.length() == 0 ? "" : "\n\n").append(p);
    }
    paragraph.setLength(0);
  }

  /** The paragraphs with a final line end, or "" when there are none. */
  static String finish(StringBuilder out) {
    return out.length() == 0 ? "" : out.append('\n').toString();
  }

  /** Reads at most {@link #MAX_PART_BYTES} of a part, then fails; leaves the zip stream open. */
  /** The exception an XML stream's own cause hides, if any. */
  private static Throwable nested(Throwable t) {
    return t instanceof XMLStreamException x ? x.getNestedException() : null;
  }

  /** A part past {@link #MAX_PART_BYTES}. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  private static final class Limited extends java.io.FilterInputStream {
    private final String name;
    private final long limit;
    private long left;

    Limited(InputStream in, String name, long limit) {
      super(in);
      this.name = name;
      this.limit = limit;
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
          throw new TooLarge(name + " is larger than " + (limit >= 1 << 20 ? (limit >> 20) + " MB" : limit
              + " bytes") + ", the limit of a document's text part");
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
