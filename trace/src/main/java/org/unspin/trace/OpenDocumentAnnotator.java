// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.unspin.trace.OfficeParts.Piece;
import org.unspin.trace.OfficeParts.Source;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * A copy of an OpenDocument text ({@code .odt}) with findings written in it as LibreOffice's own comments, as {@link
 * WordAnnotator} writes a Word file's: each marked span of the text {@link Documents#odtToText} reads is given a
 * background in the web page's colours and a comment, and the verdict is a comment on the first paragraph.
 *
 * <p>The body ({@code content.xml}) is read as {@link OpenDocumentText} reads it, keeping where each character came
 * from, and the copy is written only when that reading gives exactly the text the marks' offsets refer to. A span's
 * characters are split out of their text nodes and wrapped in a {@code text:span} of an automatic style of this
 * class's; the comment is an {@code office:annotation} before the span and an {@code office:annotation-end} after
 * it. Other parts are copied unchanged; the input file is never changed. Stateless; thread-safe.
 *
 * @since 0.1
 */
public final class OpenDocumentAnnotator {

  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  /** The prefix of the names of this class's comments and styles. */
  private static final String NAME = "unspin";

  private OpenDocumentAnnotator() {}

  /**
   * Writes to {@code out} a copy of the OpenDocument text {@code in} with {@code marks} coloured and commented and
   * {@code summary} (when not null) as a comment on its first paragraph; returns the number of marks written. An
   * unreadable file is an {@link IOException} naming it; {@code out} naming the input file is refused.
   */
  public static int annotate(Path in, List<Mark> marks, String summary, Path out) throws IOException {
    Mark.requireCopyElsewhere(in, out);
    byte[] copy = annotate(Files.readAllBytes(in), in.toString(), marks, summary);
    WholeFile.write(out, os -> os.write(copy));
    return marks.size();
  }

  /** {@link #annotate(Path, List, String, Path)} of a file held in memory; {@code name} names it in errors. */
  public static byte[] annotate(byte[] odt, String name, List<Mark> marks, String summary) throws IOException {
    String text = Documents.odtToText(odt, name);
    Map<String, byte[]> parts = OfficeParts.read(odt, name, OpenDocumentText.BODY);
    Document body = OfficeParts.parse(parts.get(OpenDocumentText.BODY), name, OpenDocumentText.BODY);
    List<Source<Text>> sources = new ArrayList<>();
    StringBuilder read = new StringBuilder();
    Span[] first = {null};
    walk(body.getDocumentElement(), 0, new StringBuilder(), new ArrayList<>(), read, sources, first);
    if (read.length() > 0) {
      read.append('\n');
      sources.add(null);
    }
    if (!read.toString().equals(text)) {
      throw new IOException(name + ": its body could not be matched to its text; no annotated copy written");
    }
    List<Mark> all = new ArrayList<>(marks);
    if (summary != null && first[0] != null) {
      all.add(0, new Mark(first[0].start(), first[0].end(), summary, null));
    }
    // every text node cut where a span starts or ends, right to left so that its earlier offsets hold
    Map<Text, TreeSet<Integer>> cuts = new IdentityHashMap<>();
    for (Mark m : all) {
      if (m.end() > text.length()) {
        throw new IOException(name + ": a span [" + m.start() + ", " + m.end() + ") past the text's end ("
            + text.length() + ")");
      }
      for (Piece<Text> p : OfficeParts.pieces(sources, m.start(), m.end())) {
        TreeSet<Integer> c = cuts.computeIfAbsent(p.node(), t -> new TreeSet<>());
        c.add(p.from());
        c.add(p.to());
      }
    }
    Map<Text, List<Segment>> segments = new IdentityHashMap<>();
    cuts.forEach((node, at) -> segments.put(node, split(node, at)));
    Map<Element, Mark.Level> spans = new IdentityHashMap<>(); // the colour spans this copy adds
    int id = 0;
    for (Mark m : all) {
      List<Node> nodes = new ArrayList<>();
      for (Piece<Text> p : OfficeParts.pieces(sources, m.start(), m.end())) {
        for (Segment s : segments.get(p.node())) {
          if (s.from() >= p.from() && s.to() <= p.to()) {
            Node n = s.node();
            if (m.level() != null) {
              n = colour(body, n, m.level(), spans);
            }
            if (!nodes.contains(n)) {
              nodes.add(n);
            }
          }
        }
      }
      if (!nodes.isEmpty()) {
        comment(body, nodes.get(0), nodes.get(nodes.size() - 1), NAME + id++, m.note());
      }
    }
    styles(body, java.util.Set.copyOf(spans.values()));
    // the prefixes this class writes, declared once on the root as an office suite writes them
    for (String[] ns : new String[][] {{"style", STYLE}, {"fo", FO}, {"dc", DC}, {"office", OFFICE}, {"text", TEXT}}) {
      if (body.getDocumentElement().lookupNamespaceURI(ns[0]) == null) {
        body.getDocumentElement().setAttributeNS(javax.xml.XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:" + ns[0],
            ns[1]);
      }
    }
    parts.put(OpenDocumentText.BODY, OfficeParts.bytes(body));
    return OfficeParts.zip(parts, "mimetype");
  }

  private record Span(int start, int end) {}

  private record Segment(Text node, int from, int to) {}

  private static boolean skipped(Element e) {
    String ns = e.getNamespaceURI();
    String name = e.getLocalName();
    return TEXT.equals(ns) && ("tracked-changes".equals(name) || "note".equals(name))
        || OFFICE.equals(ns) && "annotation".equals(name);
  }

  /** Reads as {@link OpenDocumentText#of} does, keeping each character's source. */
  private static void walk(Element e, int depth, StringBuilder paragraph, List<Source<Text>> from, StringBuilder out,
      List<Source<Text>> sources, Span[] first) {
    if (skipped(e)) {
      return;
    }
    boolean text = TEXT.equals(e.getNamespaceURI());
    String name = e.getLocalName();
    boolean isParagraph = text && ("p".equals(name) || "h".equals(name));
    int d = depth + (isParagraph ? 1 : 0);
    if (isParagraph) { // its own, also inside a paragraph (a frame's), as OpenDocumentText reads it
      paragraph = new StringBuilder();
      from = new ArrayList<>();
    }
    if (text && ("s".equals(name) || "tab".equals(name) || "line-break".equals(name))) {
      paragraph.append(' ');
      from.add(null);
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        walk(child, d, paragraph, from, out, sources, first);
      } else if (c instanceof Text t && d > 0) {
        String s = t.getData();
        for (int k = 0; k < s.length(); k++) {
          paragraph.append(s.charAt(k));
          from.add(new Source<>(t, k));
        }
      }
    }
    if (isParagraph) {
      int start = out.length() + (out.length() > 0 ? 2 : 0);
      boolean wrote = OfficeParts.endParagraph(paragraph, from, out, sources);
      if (wrote && first[0] == null) {
        first[0] = new Span(start, out.length());
      }
    }
  }

  /** Splits {@code node} at {@code at} (offsets into its text): a segment per piece, in order. */
  private static List<Segment> split(Text node, TreeSet<Integer> at) {
    int length = node.getLength();
    at.add(0);
    at.add(length);
    List<Segment> out = new ArrayList<>();
    int end = length;
    for (int cut : at.descendingSet()) {
      if (cut == length) {
        continue;
      }
      Text tail = cut == 0 ? node : node.splitText(cut);
      out.add(0, new Segment(tail, cut, end));
      end = cut;
    }
    return out;
  }

  /**
   * {@code node} inside a span of {@code level}'s style: the span of {@code spans} it is already in (taking the surer
   * level of the two), or a new one, added to them.
   */
  private static Node colour(Document body, Node node, Mark.Level level, Map<Element, Mark.Level> spans) {
    Node parent = node.getParentNode();
    if (parent instanceof Element p && spans.containsKey(p)) {
      if (level.ordinal() < spans.get(p).ordinal()) {
        p.setAttributeNS(TEXT, "text:style-name", style(level));
        spans.put(p, level);
      }
      return p;
    }
    Element span = body.createElementNS(TEXT, "text:span");
    span.setAttributeNS(TEXT, "text:style-name", style(level));
    parent.insertBefore(span, node);
    span.appendChild(node);
    spans.put(span, level);
    return span;
  }

  private static String style(Mark.Level level) {
    return NAME + "-" + level.name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A comment named {@code name} saying {@code note}, from before {@code first} to after {@code last}. */
  private static void comment(Document body, Node first, Node last, String name, String note) {
    Element a = body.createElementNS(OFFICE, "office:annotation");
    a.setAttributeNS(OFFICE, "office:name", name);
    Element creator = body.createElementNS(DC, "dc:creator");
    creator.setTextContent(PdfAnnotator.AUTHOR);
    a.appendChild(creator);
    Element p = body.createElementNS(TEXT, "text:p");
    p.setTextContent(note);
    a.appendChild(p);
    first.getParentNode().insertBefore(a, first);
    Element end = body.createElementNS(OFFICE, "office:annotation-end");
    end.setAttributeNS(OFFICE, "office:name", name);
    last.getParentNode().insertBefore(end, last.getNextSibling());
  }

  /** The automatic text styles of the colours used, in {@code office:automatic-styles} (made when missing). */
  private static void styles(Document body, java.util.Set<Mark.Level> used) {
    Element root = body.getDocumentElement();
    Element automatic = null;
    for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && OFFICE.equals(e.getNamespaceURI()) && "automatic-styles".equals(e.getLocalName())) {
        automatic = e;
      }
    }
    if (automatic == null) {
      automatic = body.createElementNS(OFFICE, "office:automatic-styles");
      Node bodyElement = null;
      for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element e && OFFICE.equals(e.getNamespaceURI()) && "body".equals(e.getLocalName())) {
          bodyElement = e;
        }
      }
      root.insertBefore(automatic, bodyElement);
    }
    for (Mark.Level level : Mark.Level.values()) {
      if (!used.contains(level)) {
        continue;
      }
      Element s = body.createElementNS(STYLE, "style:style");
      s.setAttributeNS(STYLE, "style:name", style(level));
      s.setAttributeNS(STYLE, "style:family", "text");
      Element props = body.createElementNS(STYLE, "style:text-properties");
      props.setAttributeNS(FO, "fo:background-color", "#" + level.hex());
      s.appendChild(props);
      automatic.appendChild(s);
    }
  }
}
