// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What the annotators of office files share ({@link WordAnnotator}, {@link OpenDocumentAnnotator}): a zip's parts in
 * memory, each read as a DOM without DTDs or external entities and at most {@link OfficeZip#MAX_PART_BYTES}, written
 * back in order; and the paragraph ending of {@link OfficeZip#endParagraph} with each character's source kept.
 * Stateless and thread-safe.
 */
final class OfficeParts {

  private OfficeParts() {}

  /** The most bytes of all parts together, unpacked: a zip bomb stops there. */
  static final long MAX_TOTAL_BYTES = 512L << 20;

  /** The zip's parts by name, in order; {@code required} must be among them. */
  static Map<String, byte[]> read(byte[] file, String name, String required) throws IOException {
    return read(file, name, required, OfficeZip.MAX_PART_BYTES, MAX_TOTAL_BYTES);
  }

  /** {@link #read(byte[], String, String)} with at most {@code maxPart} bytes a part, {@code maxTotal} in all. */
  static Map<String, byte[]> read(byte[] file, String name, String required, long maxPart, long maxTotal)
      throws IOException {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        byte[] b = zip.readNBytes((int) Math.min(maxPart, maxTotal - total) + 1);
        total += b.length;
        if (b.length > maxPart) {
          throw new IOException(name + ": " + e.getName() + " is larger than " + mb(maxPart) + " unpacked");
        }
        if (total > maxTotal) {
          throw new IOException(name + ": its parts are larger than " + mb(maxTotal) + " unpacked");
        }
        parts.put(e.getName(), b);
      }
    }
    if (!parts.containsKey(required)) {
      throw new IOException(name + ": no " + required + " in the file");
    }
    return parts;
  }

  /**
   * The zip of {@code parts}, {@code first} first (a Word file's content types, an OpenDocument file's
   * {@code mimetype}, which is stored uncompressed as its specification asks), the others in their order.
   */
  static byte[] zip(Map<String, byte[]> parts, String first) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      Map<String, byte[]> ordered = new LinkedHashMap<>();
      if (parts.containsKey(first)) {
        ordered.put(first, parts.get(first));
      }
      ordered.putAll(parts);
      for (Map.Entry<String, byte[]> p : ordered.entrySet()) {
        ZipEntry e = new ZipEntry(p.getKey());
        if (p.getKey().equals("mimetype")) {
          CRC32 crc = new CRC32();
          crc.update(p.getValue());
          e.setMethod(ZipEntry.STORED);
          e.setSize(p.getValue().length);
          e.setCompressedSize(p.getValue().length);
          e.setCrc(crc.getValue());
        }
        zip.putNextEntry(e);
        zip.write(p.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String mb(long bytes) {
    return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes + " bytes";
  }

  static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The deepest a part's elements may nest for an annotated copy: the copy is read and written by walks that recurse
   * (the text's, the JDK's XML writer's). Word and LibreOffice nest tables in tables a few dozen deep at most.
   */
  static final int MAX_DEPTH = 1_000;

  /**
   * Part {@code part} of file {@code name} as a DOM; not well-formed XML, or elements nested deeper than {@link
   * #MAX_DEPTH}, is an {@link IOException} saying so.
   */
  static Document parse(byte[] xml, String name, String part) throws IOException {
    Document d;
    try {
      d = builder().parse(new ByteArrayInputStream(xml));
    } catch (SAXException e) {
      throw new IOException(name + ": " + part + " is not well-formed XML: " + e.getMessage(), e);
    }
    int depth = depth(d);
    if (depth > MAX_DEPTH) {
      // the walks would overflow the stack and end the run, the rest of a batch with it
      throw new IOException(name + ": " + part + " nests its elements " + depth + " deep, more than the "
          + MAX_DEPTH + " an annotated copy can be made of");
    }
    return d;
  }

  /** How deep {@code d}'s elements nest (its root 1), measured without recursion. */
  static int depth(Document d) {
    int depth = 0;
    int max = 0;
    Node n = d.getDocumentElement();
    while (n != null) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        depth++;
        max = Math.max(max, depth);
        if (n.getFirstChild() != null) {
          n = n.getFirstChild();
          continue;
        }
        depth--;
      }
      while (n != null && n.getNextSibling() == null) {
        n = n.getParentNode();
        if (n == null || n.getNodeType() == Node.DOCUMENT_NODE) {
          return max;
        }
        depth--;
      }
      n = n == null ? null : n.getNextSibling();
    }
    return max;
  }

  static byte[] bytes(Document d) throws IOException {
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.STANDALONE, "yes");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(d), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
  }

  /**
   * {@link OfficeZip#endParagraph}, with each character's source: {@code from} holds one per character of
   * {@code paragraph}, and {@code sources} gets one per character written to {@code out} (null for a space a run of
   * whitespace became, and for the blank line before the paragraph). Whether the paragraph was written (it is not
   * when it is empty).
   */
  static <S> boolean endParagraph(StringBuilder paragraph, List<S> from, StringBuilder out, List<S> sources) {
    int a = 0;
    int b = paragraph.length();
    while (a < b && Character.isWhitespace(paragraph.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(paragraph.charAt(b - 1))) {
      b--;
    }
    boolean wrote = a < b;
    if (wrote) {
      if (out.length() > 0) {
        out.append("\n\n");
        sources.add(null);
        sources.add(null);
      }
      for (int i = a; i < b; i++) {
        char c = paragraph.charAt(i);
        if (isRegexSpace(c)) { // "\\s+" to one space, at the run's first character
          out.append(' ');
          sources.add(null);
          while (i + 1 < b && isRegexSpace(paragraph.charAt(i + 1))) {
            i++;
          }
        } else {
          out.append(c);
          sources.add(from.get(i));
        }
      }
    }
    paragraph.setLength(0);
    from.clear();
    return wrote;
  }

  /** Where a character of the text came from: a node (a text element, a text node) and the index in its text. */
  record Source<N>(N node, int index) {}

  /** Characters {@code [from, to)} of node {@code node}'s text. */
  record Piece<N>(N node, int from, int to) {}

  /**
   * The nodes' pieces that characters {@code [start, end)} of a text came from, in order: {@code sources} holds one
   * per character of the text, null for those no node holds (a tab, a space made of whitespace, a blank line).
   */
  static <N> List<Piece<N>> pieces(List<Source<N>> sources, int start, int end) {
    List<Piece<N>> out = new java.util.ArrayList<>();
    for (int i = start; i < end; i++) {
      Source<N> s = sources.get(i);
      if (s == null) {
        continue;
      }
      Piece<N> last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.node() == s.node() && last.to() == s.index()) {
        out.set(out.size() - 1, new Piece<>(s.node(), last.from(), s.index() + 1));
      } else {
        out.add(new Piece<>(s.node(), s.index(), s.index() + 1));
      }
    }
    return out;
  }

  /** What {@code \s} matches in a Java regular expression. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
