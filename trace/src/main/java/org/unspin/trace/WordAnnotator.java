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
import javax.xml.XMLConstants;
import org.unspin.trace.OfficeParts.Piece;
import org.unspin.trace.OfficeParts.Source;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A copy of a Word document with findings written in it as Word's own review marks, for the integrity desks that
 * receive manuscripts as {@code .docx}: each marked span of the text {@link Documents#docxToText} reads is shaded in
 * the web page's colours and carries a comment ("mentioned -> said (100% sure): ..."), and the verdict is a comment on
 * the first paragraph. Word, LibreOffice and Google Docs show them in their comment pane, where an editor replies to
 * or resolves them as to a reviewer's.
 *
 * <p>The body is read as {@link WordText} reads it, keeping where each character came from, and the copy is written
 * only when that reading gives exactly the text the marks' offsets refer to. A run holding a span's start or end is
 * split there, each piece keeping the run's properties. Comments go to {@code word/comments.xml} (made, with its
 * relationship and content type, when the document has none; appended to, with new ids, when it has). Other parts
 * are copied unchanged; the input file is never changed. Stateless; thread-safe.
 *
 * @since 0.1
 */
public final class WordAnnotator {

  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
  private static final String COMMENTS = "word/comments.xml";
  private static final String RELS = "word/_rels/document.xml.rels";
  private static final String TYPES = "[Content_Types].xml";
  private static final String COMMENTS_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
  private static final String COMMENTS_REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
  private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

  private WordAnnotator() {}

  /**
   * Writes to {@code out} a copy of the Word file {@code in} with {@code marks} shaded and commented and
   * {@code summary} (when not null) as a comment on its first paragraph; returns the number of marks written. An
   * unreadable file is an {@link IOException} naming it; {@code out} naming the input file is refused.
   */
  public static int annotate(Path in, List<Mark> marks, String summary, Path out) throws IOException {
    Mark.requireCopyElsewhere(in, out);
    byte[] copy = annotate(Files.readAllBytes(in), in.toString(), marks, summary);
    WholeFile.write(out, os -> os.write(copy));
    return marks.size();
  }

  /** {@link #annotate(Path, List, String, Path)} of a Word file held in memory; {@code name} names it in errors. */
  public static byte[] annotate(byte[] docx, String name, List<Mark> marks, String summary) throws IOException {
    String text = Documents.docxToText(docx, name);
    Map<String, byte[]> parts = OfficeParts.read(docx, name, TYPES);
    Document body = OfficeParts.parse(parts.get(WordText.BODY), name, WordText.BODY);
    Located located = locate(body);
    if (!located.text().equals(text)) {
      throw new IOException(name + ": its body could not be matched to its text; no annotated copy written");
    }
    Document comments = parts.containsKey(COMMENTS) ? OfficeParts.parse(parts.get(COMMENTS), name, COMMENTS)
        : newComments();
    int id = nextId(body, comments);
    List<Mark> all = new ArrayList<>(marks);
    if (summary != null && !located.firstParagraph().isEmpty()) {
      all.add(0, new Mark(located.firstParagraph().start(), located.firstParagraph().end(), summary, null));
    }
    Map<Element, TreeSet<Integer>> cuts = new IdentityHashMap<>();
    for (Mark m : all) {
      check(m, text.length(), name);
      for (Piece<Element> p : located.pieces(m.start(), m.end())) {
        TreeSet<Integer> c = cuts.computeIfAbsent(p.node(), t -> new TreeSet<>());
        c.add(p.from());
        c.add(p.to());
      }
    }
    // in document order: splitting a text element moves what follows it in its run into a run of its own, where a
    // later element is then split
    Map<Element, List<Segment>> segments = new IdentityHashMap<>();
    for (Source<Element> s : located.sources()) {
      if (s != null && cuts.containsKey(s.node()) && !segments.containsKey(s.node())) {
        segments.put(s.node(), split(s.node(), cuts.get(s.node())));
      }
    }
    for (Mark m : all) {
      List<Element> runs = new ArrayList<>();
      for (Piece<Element> p : located.pieces(m.start(), m.end())) {
        for (Segment s : segments.get(p.node())) {
          if (s.from() >= p.from() && s.to() <= p.to() && !runs.contains(s.run())) {
            runs.add(s.run());
            if (m.level() != null) {
              shade(s.run(), m.level());
            }
          }
        }
      }
      if (runs.isEmpty()) {
        continue;
      }
      comment(body, comments, runs.get(0), runs.get(runs.size() - 1), id++, m.note());
    }
    parts.put(WordText.BODY, OfficeParts.bytes(body));
    if (!parts.containsKey(COMMENTS)) {
      parts.put(TYPES, OfficeParts.bytes(withCommentsType(OfficeParts.parse(parts.get(TYPES), name, TYPES))));
      parts.put(RELS, OfficeParts.bytes(withCommentsRelationship(parts.containsKey(RELS)
          ? OfficeParts.parse(parts.get(RELS), name, RELS) : newRelationships())));
    }
    parts.put(COMMENTS, OfficeParts.bytes(comments));
    return OfficeParts.zip(parts, TYPES);
  }

  private static void check(Mark m, int length, String name) throws IOException {
    if (m.end() > length) {
      throw new IOException(name + ": a span [" + m.start() + ", " + m.end() + ") past the text's end (" + length
          + ")");
    }
  }

  /** A span of the text. */
  private record Span(int start, int end) {
    boolean isEmpty() {
      return end <= start;
    }
  }

  /** The text as {@link WordText} reads it, with each character's source, and the first paragraph's span. */
  private record Located(String text, List<Source<Element>> sources, Span firstParagraph) {

    /** The text elements' pieces that characters {@code [start, end)} came from, in order. */
    List<Piece<Element>> pieces(int start, int end) {
      return OfficeParts.pieces(sources, start, end);
    }
  }

  /**
   * Reads the body as {@link WordText#of} does (text of {@code w:t}, a space for a tab or break, a hyphen for a
   * non-breaking one, a fallback copy and a tracked move's old place left out, a paragraph inside a paragraph its
   * own, each paragraph stripped and its whitespace runs made one space, blank lines between paragraphs), keeping
   * each character's source.
   */
  private static Located locate(Document body) {
    StringBuilder out = new StringBuilder();
    List<Source<Element>> sources = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    List<Source<Element>> from = new ArrayList<>();
    Span[] first = {new Span(0, 0)};
    walk(body.getDocumentElement(), paragraph, from, out, sources, first);
    if (out.length() > 0) {
      out.append('\n');
      sources.add(null);
    }
    return new Located(out.toString(), sources, first[0]);
  }

  private static void walk(Element e, StringBuilder paragraph, List<Source<Element>> from, StringBuilder out,
      List<Source<Element>> sources, Span[] first) {
    if (MC.equals(e.getNamespaceURI()) && "Fallback".equals(e.getLocalName())) {
      return;
    }
    boolean w = W.equals(e.getNamespaceURI());
    String name = e.getLocalName();
    if (w && "moveFrom".equals(name)) {
      return;
    }
    if (w && "p".equals(name)) { // its own, also inside a paragraph (a text box's), as WordText reads it
      paragraph = new StringBuilder();
      from = new ArrayList<>();
    }
    if (w && "t".equals(name)) {
      String s = e.getTextContent();
      for (int k = 0; k < s.length(); k++) {
        paragraph.append(s.charAt(k));
        from.add(new Source<>(e, k));
      }
      return;
    }
    if (w && ("tab".equals(name) || "br".equals(name) || "cr".equals(name))) {
      paragraph.append(' ');
      from.add(null);
    } else if (w && "noBreakHyphen".equals(name)) {
      paragraph.append('-');
      from.add(null);
    }
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element child) {
        walk(child, paragraph, from, out, sources, first);
      }
    }
    if (w && "p".equals(name)) {
      int start = out.length() + (out.length() > 0 ? 2 : 0);
      if (OfficeParts.endParagraph(paragraph, from, out, sources) && first[0].isEmpty()) {
        first[0] = new Span(start, out.length());
      }
    }
  }

  /** A run holding characters {@code [from, to)} of a split text element. */
  private record Segment(Element run, int from, int to) {}

  /**
   * Splits the run of text element {@code t} at {@code cuts} (offsets into its text, 0 and its length among them):
   * one run per segment, each with the run's properties; what the run held before {@code t} stays with the first,
   * what it held after goes with the last.
   */
  private static List<Segment> split(Element t, TreeSet<Integer> cuts) {
    Element run = (Element) t.getParentNode();
    String text = t.getTextContent();
    cuts.add(0);
    cuts.add(text.length());
    List<Integer> at = new ArrayList<>(cuts);
    Element properties = null;
    for (Node c = run.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && W.equals(e.getNamespaceURI()) && "rPr".equals(e.getLocalName())) {
        properties = e;
      }
    }
    List<Segment> out = new ArrayList<>();
    if (at.size() == 2) {
      out.add(new Segment(run, 0, text.length()));
      return out;
    }
    // after t: moved to a run of their own, placed after the segments
    List<Node> after = new ArrayList<>();
    for (Node c = t.getNextSibling(); c != null; c = c.getNextSibling()) {
      after.add(c);
    }
    Node next = run.getNextSibling();
    Node parent = run.getParentNode();
    t.setTextContent(text.substring(at.get(0), at.get(1)));
    t.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
    for (Node c : after) {
      run.removeChild(c);
    }
    out.add(new Segment(run, at.get(0), at.get(1)));
    Element last = run;
    for (int k = 1; k + 1 < at.size(); k++) {
      Element r = newRun(run, properties);
      Element piece = run.getOwnerDocument().createElementNS(W, "w:t");
      piece.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
      piece.setTextContent(text.substring(at.get(k), at.get(k + 1)));
      r.appendChild(piece);
      parent.insertBefore(r, next);
      out.add(new Segment(r, at.get(k), at.get(k + 1)));
      last = r;
    }
    if (!after.isEmpty()) {
      Element rest = newRun(run, properties);
      for (Node c : after) {
        rest.appendChild(c);
      }
      parent.insertBefore(rest, last.getNextSibling());
    }
    return out;
  }

  /** An empty run with a copy of {@code properties} (when not null), with {@code like}'s attributes. */
  private static Element newRun(Element like, Element properties) {
    Element r = (Element) like.cloneNode(false);
    if (properties != null) {
      r.appendChild(properties.cloneNode(true));
    }
    return r;
  }

  /** Shades run {@code r} in {@code level}'s colour (its properties made when it has none). */
  private static void shade(Element r, Mark.Level level) {
    Element properties = null;
    for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && W.equals(e.getNamespaceURI()) && "rPr".equals(e.getLocalName())) {
        properties = e;
      }
    }
    Document d = r.getOwnerDocument();
    if (properties == null) {
      properties = d.createElementNS(W, "w:rPr");
      r.insertBefore(properties, r.getFirstChild());
    }
    for (Node c = properties.getFirstChild(); c != null; ) {
      Node next = c.getNextSibling();
      if (c instanceof Element e && W.equals(e.getNamespaceURI())
          && ("shd".equals(e.getLocalName()) || "highlight".equals(e.getLocalName()))) {
        properties.removeChild(c);
      }
      c = next;
    }
    Element shd = d.createElementNS(W, "w:shd");
    shd.setAttributeNS(W, "w:val", "clear");
    shd.setAttributeNS(W, "w:color", "auto");
    shd.setAttributeNS(W, "w:fill", level.hex());
    properties.appendChild(shd);
  }

  /**
   * Comment {@code id} saying {@code note} over the runs from {@code first} to {@code last} (siblings in one
   * paragraph, or {@code first} inside an element such as a hyperlink that {@code last} shares).
   */
  private static void comment(Document body, Document comments, Element first, Element last, int id, String note) {
    Element start = body.createElementNS(W, "w:commentRangeStart");
    start.setAttributeNS(W, "w:id", String.valueOf(id));
    first.getParentNode().insertBefore(start, first);
    Element end = body.createElementNS(W, "w:commentRangeEnd");
    end.setAttributeNS(W, "w:id", String.valueOf(id));
    last.getParentNode().insertBefore(end, last.getNextSibling());
    Element ref = body.createElementNS(W, "w:r");
    Element mark = body.createElementNS(W, "w:commentReference");
    mark.setAttributeNS(W, "w:id", String.valueOf(id));
    ref.appendChild(mark);
    last.getParentNode().insertBefore(ref, end.getNextSibling());

    Element c = comments.createElementNS(W, "w:comment");
    c.setAttributeNS(W, "w:id", String.valueOf(id));
    c.setAttributeNS(W, "w:author", PdfAnnotator.AUTHOR);
    c.setAttributeNS(W, "w:initials", "u");
    Element p = comments.createElementNS(W, "w:p");
    Element r = comments.createElementNS(W, "w:r");
    Element t = comments.createElementNS(W, "w:t");
    t.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
    t.setTextContent(note);
    r.appendChild(t);
    p.appendChild(r);
    c.appendChild(p);
    comments.getDocumentElement().appendChild(c);
  }

  /** One more than the largest comment id the body or the comments use (0 when there are none). */
  private static int nextId(Document body, Document comments) {
    int max = -1;
    for (Document d : List.of(body, comments)) {
      for (String tag : List.of("comment", "commentRangeStart", "commentRangeEnd", "commentReference")) {
        org.w3c.dom.NodeList l = d.getElementsByTagNameNS(W, tag);
        for (int k = 0; k < l.getLength(); k++) {
          try {
            max = Math.max(max, Integer.parseInt(((Element) l.item(k)).getAttributeNS(W, "id")));
          } catch (NumberFormatException ignored) {
            // an id that is no number cannot clash with ours
          }
        }
      }
    }
    return max + 1;
  }

  private static Document newComments() {
    Document d = OfficeParts.builder().newDocument();
    Element root = d.createElementNS(W, "w:comments");
    d.appendChild(root);
    return d;
  }

  private static Document newRelationships() {
    Document d = OfficeParts.builder().newDocument();
    d.appendChild(d.createElementNS(PACKAGE_RELS, "Relationships"));
    return d;
  }

  private static Document withCommentsType(Document types) {
    String ns = types.getDocumentElement().getNamespaceURI();
    Element o = types.createElementNS(ns, "Override");
    o.setAttribute("PartName", "/" + COMMENTS);
    o.setAttribute("ContentType", COMMENTS_TYPE);
    types.getDocumentElement().appendChild(o);
    return types;
  }

  private static Document withCommentsRelationship(Document rels) {
    Element root = rels.getDocumentElement();
    java.util.Set<String> ids = new java.util.HashSet<>();
    org.w3c.dom.NodeList l = root.getElementsByTagNameNS(PACKAGE_RELS, "Relationship");
    for (int k = 0; k < l.getLength(); k++) {
      ids.add(((Element) l.item(k)).getAttribute("Id"));
    }
    String id = "rIdUnspinComments";
    for (int k = 2; ids.contains(id); k++) {
      id = "rIdUnspinComments" + k;
    }
    Element r = rels.createElementNS(PACKAGE_RELS, "Relationship");
    r.setAttribute("Id", id);
    r.setAttribute("Type", COMMENTS_REL);
    r.setAttribute("Target", "comments.xml");
    root.appendChild(r);
    return rels;
  }

  /** The comments of a Word file by id, each its text (to read or check an annotated copy). */
  public static Map<Integer, String> comments(byte[] docx) throws IOException {
    Map<Integer, String> out = new java.util.TreeMap<>();
    Map<String, byte[]> parts = OfficeParts.read(docx, "the file", TYPES);
    if (!parts.containsKey(COMMENTS)) {
      return out;
    }
    org.w3c.dom.NodeList l = OfficeParts.parse(parts.get(COMMENTS), "the file", COMMENTS)
        .getElementsByTagNameNS(W, "comment");
    for (int k = 0; k < l.getLength(); k++) {
      Element c = (Element) l.item(k);
      out.put(Integer.parseInt(c.getAttributeNS(W, "id")), c.getTextContent());
    }
    return out;
  }
}
