// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The prose of a journal article in JATS XML (the Journal Article Tag Suite, NISO Z39.96: what publishers' production
 * systems and PubMed Central's open-access files hold, {@code .nxml} and {@code .xml}), as the article's readers see
 * it: the title and subtitle, the abstracts, the body and the back matter's acknowledgements, appendices, notes and
 * footnotes; section titles and figure and table captions as paragraphs of their own. Left out: the front matter's
 * other metadata (journal, authors, affiliations, keywords, dates), the reference list, tables' cells, mathematics,
 * graphics, labels ("Figure 1", "2.1"), code blocks, supplementary material, translated titles and abstracts, and
 * sub-articles (a decision letter or the authors' response is other people's writing). Inline code ({@code
 * <monospace>}, {@code <code>} in a paragraph) is written between backticks, as Markdown writes it, so that
 * restoration leaves it as it is ({@link org.unspin.text.TokenizedText#codeSpans}); citations stay as printed ("[12]",
 * "Smith et al., 2010"). Paragraphs are separated by blank lines, the whitespace inside one collapsed.
 *
 * <p>Read with jsoup's XML parser: a document type declaration is read as a node and its DTD never fetched, so
 * entities a DTD would declare are not expanded (HTML's named ones, {@code &nbsp;} and the like, are), and a file
 * that is not well formed is read as far as it goes. Element names are matched without a namespace prefix ({@code
 * mml:math} is {@code math}). The encoding is the byte-order mark's, else the XML declaration's, else UTF-8.
 * Stateless.
 */
final class JatsText {

  /** Elements left out with everything in them. */
  private static final Set<String> SKIPPED = Set.of("ref-list", "table", "disp-formula", "inline-formula",
      "math", "tex-math", "graphic", "inline-graphic", "media", "inline-media", "alternatives", "label",
      "supplementary-material", "preformat", "object-id", "sub-article", "response", "trans-title-group",
      "trans-abstract", "kwd-group", "alt-title", "fn-group-label", "processing-meta", "permissions", "funding-group",
      "counts", "custom-meta-group", "history", "pub-history", "related-article", "related-object", "x",
      "private-char", "chem-struct", "inline-supplementary-material", "table-wrap-foot", "fig-group-label",
      "floats-group");

  /** Elements that hold a paragraph, or several: each starts and ends one. */
  private static final Set<String> BLOCKS = Set.of("p", "title", "subtitle", "article-title", "caption",
      "list-item", "def-item", "term", "def", "disp-quote", "attrib", "verse-line", "verse-group", "statement",
      "boxed-text", "fn", "sec", "abstract", "ack", "app", "notes", "glossary", "body", "back", "list", "def-list",
      "fig", "table-wrap", "speech", "speaker", "question", "answer", "explanation");

  /** Inline elements that hold code: written between backticks. */
  private static final Set<String> CODE = Set.of("monospace", "code");

  /** Inline elements read as a space (a line break, a page's column or line break). */
  private static final Set<String> BREAKS = Set.of("break", "hr");

  private JatsText() {}

  /**
   * The prose of the article in {@code xml}; {@code problem} turns a reason into the exception thrown for a file that
   * holds no JATS article ("no <article> element ...") or an article without text.
   */
  static String of(byte[] xml, java.util.function.Function<String, IOException> problem) throws IOException {
    Document doc = Jsoup.parse(new ByteArrayInputStream(xml), null, "", Parser.xmlParser());
    Element article = null;
    for (Element e : doc.getAllElements()) {
      if (local(e).equals("article")) {
        article = e;
        break;
      }
    }
    if (article == null) {
      Element root = doc.children().isEmpty() ? null : doc.child(0);
      throw problem.apply("not a JATS article: no <article> element"
          + (root == null ? " (no XML elements at all)" : " (the root element is <" + root.tagName() + ">)"));
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Element meta = first(article, "front", "article-meta");
    if (meta != null) {
      Element titles = first(meta, "title-group");
      if (titles != null) {
        for (Element t : titles.children()) {
          if (local(t).equals("article-title") || local(t).equals("subtitle")) {
            walk(t, current, paragraphs);
          }
        }
      }
      for (Element a : meta.children()) {
        if (local(a).equals("abstract")) {
          walk(a, current, paragraphs);
        }
      }
    }
    for (Element part : article.children()) {
      if (local(part).equals("body") || local(part).equals("back")) {
        walk(part, current, paragraphs);
      }
    }
    flush(current, paragraphs);
    if (paragraphs.isEmpty()) {
      throw problem.apply("the JATS article has no text (no title, abstract or body paragraphs)");
    }
    return String.join("\n\n", paragraphs) + "\n";
  }

  /** The element's name without a namespace prefix, in lower case ({@code mml:math} is {@code math}). */
  private static String local(Element e) {
    String n = e.tagName();
    int colon = n.indexOf(':');
    return (colon < 0 ? n : n.substring(colon + 1)).toLowerCase(java.util.Locale.ROOT);
  }

  /** The first descendant along {@code path}, each step a child of that name; null when there is none. */
  private static Element first(Element from, String... path) {
    Element at = from;
    for (String step : path) {
      Element next = null;
      for (Element c : at.children()) {
        if (local(c).equals(step)) {
          next = c;
          break;
        }
      }
      if (next == null) {
        return null;
      }
      at = next;
    }
    return at;
  }

  /**
   * Appends the prose under {@code node} to {@code current}, closing a paragraph at each block's start and end. The
   * walk is jsoup's iterative one: an article nested a hundred thousand elements deep is read, not a stack overflow.
   */
  private static void walk(Node node, StringBuilder current, List<String> paragraphs) {
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node n, int depth) {
        if (n instanceof TextNode t) {
          current.append(t.getWholeText());
          return FilterResult.CONTINUE;
        }
        if (!(n instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        String name = local(e);
        if (SKIPPED.contains(name) || BREAKS.contains(name)
            || name.equals("code") && e.wholeText().indexOf('\n') >= 0) {
          // a left-out formula, label or block of code is read as a space, so the words beside it stay apart
          current.append(' ');
          return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("fn") && inParagraph(e)) {
          // a footnote inside a paragraph is read in parentheses where its mark is, as LaTeX's \footnote is
          current.append(" (").append(e.text()).append(") ");
          return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("xref") && !current.isEmpty()
            && Character.isLetterOrDigit(current.charAt(current.length() - 1))) {
          current.append(' '); // a superscript citation ("results<sup><xref>12</xref></sup>") is not part of the word
        }
        if (BLOCKS.contains(name)) {
          flush(current, paragraphs);
        }
        if (isInlineCode(e, name)) {
          current.append('`');
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node n, int depth) {
        if (n instanceof Element e) {
          String name = local(e);
          if (isInlineCode(e, name)) {
            current.append('`');
          }
          if (BLOCKS.contains(name)) {
            flush(current, paragraphs);
          }
        }
        return FilterResult.CONTINUE;
      }
    }, node);
  }

  /** Whether {@code e} (named {@code name}) is code inside a line of prose, written between backticks. */
  private static boolean isInlineCode(Element e, String name) {
    return CODE.contains(name) && !e.text().isBlank();
  }

  /** Whether {@code e} is inside a paragraph ({@code <p>}). */
  private static boolean inParagraph(Element e) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (local(a).equals("p")) {
        return true;
      }
    }
    return false;
  }

  /** Ends the paragraph being read: its whitespace collapsed, a space before punctuation left by a dropped element. */
  private static void flush(StringBuilder current, List<String> paragraphs) {
    String p = current.toString().replaceAll("\\s+", " ").replaceAll(" ([.,;:!?)])", "$1").strip();
    current.setLength(0);
    if (!p.isEmpty()) {
      paragraphs.add(p);
    }
  }
}
