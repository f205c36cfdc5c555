// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.unspin.text.Utf8;

/**
 * The prose of a journal article in JATS XML (the Journal Article Tag Suite, NISO Z39.96: what publishers' production
 * systems and PubMed Central's open-access files hold, {@code .nxml} and {@code .xml}), as the article's readers see
 * it: the title and subtitle, the abstracts in the article's language, the keywords (one paragraph, "Keywords: a; b":
 * a tortured phrase is often among them), the body and the back matter's acknowledgements, appendices, notes, glossary
 * ("term: definition") and footnotes; section titles, figure, table and supplementary-material captions and table
 * footnotes as paragraphs of their own. Left out: the front matter's other metadata (journal, authors, affiliations,
 * dates), the reference list, tables' cells, graphics, labels ("Figure 1", "2.1"), code blocks, translated titles and
 * abstracts (another {@code xml:lang} than the article's), sub-articles (a decision letter or the authors' response is
 * other people's writing), and citations and footnote marks set as superscripts or symbols ("warming<sup>12</sup>"
 * reads "warming"; a bracketed "[12]" or "Smith et al., 2010" stays as printed). An inline formula is read as its
 * MathML's characters when they are few ("where T is"), else left out; display formulas are left out. Inline code
 * ({@code <monospace>}, {@code <code>} in a paragraph) is written between backticks, as Markdown writes it, so that
 * restoration leaves it as it is ({@link org.unspin.text.TokenizedText#codeSpans}). Paragraphs are separated by blank
 * lines, the whitespace inside one collapsed.
 *
 * <p>A file may hold several articles (PubMed Central's {@code <pmc-articleset>}), each read as a document of its own
 * ({@link #articles}); PubMed's own records ({@code <PubmedArticleSet>}, as its E-utilities give them) are read too,
 * each record's title and abstract.
 *
 * <p>The bytes are decoded as the XML specification says: by the byte-order mark, else UTF-16 by its first
 * characters, else the encoding the XML declaration names, else UTF-8; UTF-8 strictly (a byte that is not, or a NUL
 * byte, is an error with its offset, as a text file's is; a reference to one, {@code &#0;}, reads as U+FFFD, as
 * HTML reads it). Then jsoup's XML parser reads it: a document type
 * declaration is read as a node and its DTD never fetched, so entities a DTD would declare are not expanded (HTML's
 * named ones, {@code &nbsp;} and the like, are). A file cut short (an article without its end tag) is an error rather
 * than a judgement of what is left. Element names are matched without a namespace prefix ({@code mml:math} is {@code
 * math}). Stateless.
 */
final class JatsText {

  /** Makes the exception for what is wrong with a file, and where: a byte offset, 0 where no byte is to blame. */
  @FunctionalInterface
  interface Problem {
    IOException at(long offset, String why);
  }

  /**
   * One article of a file: what names it among the file's articles (empty when it is alone), its text, what is wrong
   * with it instead (an article of a set without text, or cut short; empty when nothing is), and the identifier it
   * carries, to find it again by: a PubMed record's PMID, a JATS article's PMID, PMC id or DOI (empty when none).
   */
  record Article(String id, String text, String problem, String key) {

    /** An article without a key. */
    Article(String id, String text, String problem) {
      this(id, text, problem, "");
    }
  }

  /** Elements left out with everything in them. */
  private static final Set<String> SKIPPED = Set.of("article", "ref-list", "table", "disp-formula", "math", "tex-math",
      "graphic", "inline-graphic", "media", "inline-media", "label", "preformat", "object-id", "sub-article",
      "response", "trans-title-group", "trans-abstract", "alt-title", "processing-meta", "permissions",
      "funding-group", "counts", "custom-meta-group", "history", "pub-history", "related-article", "related-object",
      "x", "private-char", "chem-struct", "inline-supplementary-material", "fig-group-label", "floats-group");

  /** Elements that hold a paragraph, or several: each starts and ends one. */
  private static final Set<String> BLOCKS = Set.of("p", "title", "subtitle", "article-title", "caption",
      "list-item", "disp-quote", "attrib", "verse-line", "verse-group", "statement", "boxed-text", "fn", "sec",
      "abstract", "ack", "app", "notes", "glossary", "body", "back", "list", "def-list", "def-item", "fig",
      "table-wrap", "table-wrap-foot", "supplementary-material", "speech", "speaker", "question", "answer",
      "explanation");

  /** Inline elements that hold code: written between backticks. */
  private static final Set<String> CODE = Set.of("monospace", "code");

  /** Inline elements read as a space (a line break, a page's column or line break). */
  private static final Set<String> BREAKS = Set.of("break", "hr");

  /** The most characters of an inline formula read as its text ("T", "CO2", "x > 0"). */
  private static final int FORMULA_CHARS = 12;

  /** An XML declaration's encoding. */
  private static final Pattern DECLARED =
      Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

  private JatsText() {}

  /**
   * The prose of the one article in {@code xml}; {@code problem} turns a reason into the exception thrown for a file
   * that holds no JATS article ("no <article> element ..."), several ("holds 2 articles ..."), an article cut short or
   * without text, or bytes that are not text in their encoding.
   */
  static String of(byte[] xml, Problem problem) throws IOException {
    List<Article> articles = articles(xml, problem);
    if (articles.size() > 1) {
      throw problem.at(0, "holds " + articles.size() + " articles (a PubMed or PubMed Central set): send them one at "
          + "a time (unspin text --format jsonl writes a set as JSON Lines records, a batch), or give the file to "
          + "restore, detect or index, which judge each as a document");
    }
    return articles.get(0).text();
  }

  /**
   * Every article in {@code xml}, in order, each with its text; an article alone has the id "", articles of a set
   * "1", "2", ... The errors of {@link #of}, but for several articles; an article of a set that is cut short or has no
   * text carries what is wrong with it, so that the others are still read.
   */
  static List<Article> articles(byte[] xml, Problem problem) throws IOException {
    String decoded = decode(xml, problem);
    Parser parser = Parser.xmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(decoded, "", parser);
    List<Element> found = new ArrayList<>();
    boolean pubmed = false;
    for (Element e : doc.getAllElements()) {
      if (e.tagName().equals("PubmedArticle") || e.tagName().equals("PubmedBookArticle")) {
        pubmed = true;
        found.add(e);
      } else if (!pubmed && local(e).equals("article") && !e.tagName().equals("Article")) {
        // one inside another is the next article of a set whose article before it was left open (broken)
        found.add(e);
      }
    }
    if (found.isEmpty()) {
      throw problem.at(0, "not a JATS article: no <article> element (" + rootSaid(doc) + ")");
    }
    List<Article> out = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Element article = found.get(i);
      String which = found.size() == 1 ? "the article" : "article " + (i + 1) + " of " + found.size();
      List<String> paragraphs = pubmed ? pubmedRecord(article) : jatsArticle(article);
      String wrong = article.endSourceRange().isImplicit() && !selfClosed(article, decoded)
          ? which + " has no end tag </" + article.tagName() + "> (the file is cut short, or the article broken)"
          : paragraphs.isEmpty() ? (pubmed ? "the PubMed record" : "the JATS article") + (found.size() == 1 ? ""
              : " " + (i + 1) + " of " + found.size()) + " has no text (no title, abstract or body paragraphs)" : "";
      if (!wrong.isEmpty() && found.size() == 1) {
        throw problem.at(0, wrong);
      }
      out.add(new Article(found.size() == 1 ? "" : Integer.toString(i + 1),
          wrong.isEmpty() ? Documents.withoutNul(String.join("\n\n", paragraphs) + "\n") : "", wrong,
          pubmed ? pubmedId(article) : jatsId(article)));
    }
    return out;
  }

  /** Whether {@code e} was written as an empty element ({@code <article/>}), which has no end tag to miss. */
  private static boolean selfClosed(Element e, String xml) {
    int end = e.sourceRange().endPos();
    return end >= 2 && end <= xml.length() && xml.startsWith("/>", end - 2);
  }

  /** What the file's root is, for an error: its name when it is a name, else that the file holds no XML. */
  private static String rootSaid(Document doc) {
    Element root = doc.children().isEmpty() ? null : doc.child(0);
    if (root == null) {
      return "no XML elements at all";
    }
    String name = root.tagName();
    return name.length() <= 40 && name.matches("[A-Za-z_][A-Za-z0-9._:-]*")
        ? "the root element is <" + name + ">" : "not XML";
  }

  /**
   * {@code xml} as characters: by its byte-order mark, else UTF-16 by the first character's NUL byte, else by the
   * XML declaration's encoding, else strict UTF-8; a NUL byte or one that is not in the encoding is {@code problem}.
   */
  static String decode(byte[] xml, Problem problem) throws IOException {
    Charset charset = utf16(xml);
    int skip = Utf8.byteOrderMark(xml);
    String how = "the encoding its byte-order mark or first character shows";
    if (skip == 3) {
      charset = StandardCharsets.UTF_8;
    } else if (charset == null) {
      Matcher m = DECLARED.matcher(new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.ISO_8859_1));
      if (m.find()) {
        how = "the encoding its XML declaration names";
        try {
          charset = Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
          throw problem.at(0, "the XML declaration names an encoding Java does not know: " + m.group(1));
        }
      } else {
        charset = StandardCharsets.UTF_8;
        how = "its XML declaration names no other encoding";
      }
    }
    if (Utf8.byteOrderMark(xml) == 0 && Utf8.binary(xml)) {
      throw problem.at(0, "not XML but a binary file (a program, image or archive); " + Utf8.BINARY_HINT);
    }
    if (charset.newEncoder().maxBytesPerChar() == 1 || charset.equals(StandardCharsets.UTF_8)) {
      for (int i = 0; i < xml.length; i++) {
        if (xml[i] == 0) {
          throw problem.at(i, "a NUL byte, which no XML holds (not text, or text cut off into a binary file)");
        }
      }
    }
    String why = "not valid " + charset.name() + " (" + how + "; " + Utf8.CONVERT_HINT + ")";
    String text = Utf8.decode(charset, xml, skip, offset -> problem.at(offset, why));
    int nul = text.indexOf('\0');
    if (nul >= 0) { // in UTF-16, two bytes a character
      throw problem.at(skip + 2L * nul, "a NUL character, which no XML holds (not text, or text cut off into a "
          + "binary file)");
    }
    return text;
  }

  /**
   * UTF-16, little- or big-endian, where {@code xml} starts with its byte-order mark or with "<" written in it (the XML
   * specification's detection); null otherwise. Only the first two bytes are read.
   */
  static Charset utf16(byte[] xml) {
    if (xml.length < 2) {
      return null;
    }
    int a = xml[0] & 0xFF;
    int b = xml[1] & 0xFF;
    return a == 0xFF && b == 0xFE || a == '<' && b == 0 ? StandardCharsets.UTF_16LE
        : a == 0xFE && b == 0xFF || a == 0 && b == '<' ? StandardCharsets.UTF_16BE : null;
  }

  /** The paragraphs of a JATS {@code article}. */
  private static List<String> jatsArticle(Element article) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String language = article.attr("xml:lang").isEmpty() ? "en" : article.attr("xml:lang");
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
        if (local(a).equals("abstract") && sameLanguage(a.attr("xml:lang"), language)) {
          walk(a, current, paragraphs);
        }
      }
      List<String> keywords = new ArrayList<>();
      for (Element group : meta.children()) {
        if (local(group).equals("kwd-group") && sameLanguage(group.attr("xml:lang"), language)) {
          for (Element k : group.getAllElements()) {
            if (local(k).equals("kwd") && !k.text().isBlank()) {
              keywords.add(k.text().strip());
            }
          }
        }
      }
      if (!keywords.isEmpty()) {
        paragraphs.add("Keywords: " + String.join("; ", keywords));
      }
    }
    for (Element part : article.children()) {
      if (local(part).equals("body") || local(part).equals("back")) {
        walk(part, current, paragraphs);
      }
    }
    flush(current, paragraphs);
    return paragraphs;
  }

  /** Whether an element's {@code xml:lang} ({@code lang}, empty when it has none) is the article's. */
  private static boolean sameLanguage(String lang, String article) {
    return lang.isEmpty() || lang.regionMatches(true, 0, article, 0, 2);
  }

  /**
   * The paragraphs of a PubMed record ({@code <PubmedArticle>}, {@code <PubmedBookArticle>}): its article's title,
   * each part of its abstract (not its labels, "BACKGROUND", which are no prose, nor an {@code <OtherAbstract>}, often
   * in another language), and its keywords as one paragraph ("Keywords: a; b").
   */
  private static List<String> pubmedRecord(Element record) {
    List<String> paragraphs = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    boolean titled = false;
    for (Element e : ownElements(record)) {
      switch (e.tagName()) {
        case "ArticleTitle" -> {
          if (!titled) {
            paragraphs.add(e.text());
            titled = true;
          }
        }
        case "AbstractText" -> {
          if (e.parent() != null && e.parent().tagName().equals("Abstract")) {
            paragraphs.add(e.text());
          }
        }
        case "Keyword" -> keywords.add(e.text().strip());
        default -> { }
      }
    }
    paragraphs.replaceAll(String::strip);
    paragraphs.removeIf(String::isEmpty);
    keywords.removeIf(String::isEmpty);
    if (!keywords.isEmpty()) {
      paragraphs.add("Keywords: " + String.join("; ", keywords));
    }
    return paragraphs;
  }

  /**
   * The elements of a PubMed record, without those of a record inside it (the next one of a set, where this one was
   * left open).
   */
  private static List<Element> ownElements(Element record) {
    List<Element> out = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node n, int depth) {
        if (n instanceof Element e) {
          if (depth > 0 && e.tagName().startsWith("Pubmed") && e.tagName().endsWith("Article")) {
            return FilterResult.SKIP_ENTIRELY;
          }
          out.add(e);
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node n, int depth) {
        return FilterResult.CONTINUE;
      }
    }, record);
    return out;
  }

  /** A PubMed record's PMID ("PMID 38000101"), or "" when it has none. */
  private static String pubmedId(Element record) {
    for (Element e : ownElements(record)) {
      if (e.tagName().equals("PMID") && !e.text().isBlank()) {
        return "PMID " + e.text().strip();
      }
    }
    return "";
  }

  /** A JATS article's identifier: its PMID, else its PMC id, else its DOI ("DOI 10.1234/x"); "" when it has none. */
  private static String jatsId(Element article) {
    Element meta = first(article, "front", "article-meta");
    if (meta == null) {
      return "";
    }
    for (String type : List.of("pmid", "pmcid", "pmc", "doi")) {
      for (Element e : meta.children()) {
        if (local(e).equals("article-id") && e.attr("pub-id-type").equalsIgnoreCase(type) && !e.text().isBlank()) {
          return (type.startsWith("pmc") ? "PMCID" : type.toUpperCase(java.util.Locale.ROOT)) + " "
              + e.text().strip();
        }
      }
    }
    return "";
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
        if (name.equals("inline-formula") || name.equals("math") && !inside(e, "disp-formula")) {
          // a formula in a line of prose, read as its characters when they are few, so that the sentence stays one
          String f = formula(e);
          current.append(' ').append(f.length() <= FORMULA_CHARS ? f : "").append(' ');
          return FilterResult.SKIP_ENTIRELY;
        }
        if (isCitationMark(e, name)) {
          return FilterResult.SKIP_ENTIRELY; // "warming<sup>12</sup> trends" reads "warming trends"
        }
        if (name.equals("def-item")) {
          // a glossary's or definition list's entry, "term: definition", one paragraph
          flush(current, paragraphs);
          List<String> parts = new ArrayList<>();
          for (Element c : e.children()) {
            if (!c.text().isBlank()) {
              parts.add(c.text().strip());
            }
          }
          current.append(String.join(": ", parts));
          flush(current, paragraphs);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (SKIPPED.contains(name) || BREAKS.contains(name)
            || name.equals("code") && e.wholeText().indexOf('\n') >= 0) {
          // a left-out formula, label or block of code is read as a space, so the words beside it stay apart
          current.append(' ');
          return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("fn") && inside(e, "p")) {
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

  /**
   * Whether {@code e} (named {@code name}) is a citation or footnote mark set apart from the prose: a superscript that
   * holds a cross-reference ({@code <sup><xref>12</xref></sup>}), a cross-reference set as one ({@code
   * <xref><sup>12</sup></xref>}), or a cross-reference of symbols only ("*", "\u2020").
   */
  private static boolean isCitationMark(Element e, String name) {
    if (name.equals("sup")) {
      for (Element c : e.getAllElements()) {
        if (local(c).equals("xref")) {
          return true;
        }
      }
      return false;
    }
    if (!name.equals("xref")) {
      return false;
    }
    if (inside(e, "sup")) {
      return true;
    }
    for (Element c : e.getAllElements()) {
      if (local(c).equals("sup")) {
        return true;
      }
    }
    return e.text().codePoints().noneMatch(Character::isLetterOrDigit);
  }

  /**
   * The characters of a formula: its MathML's, else its TeX's where that has no command or group ("x", not
   * "\alpha"), else its own; whitespace left out.
   */
  private static String formula(Element e) {
    Element math = local(e).equals("math") ? e : null;
    for (Element c : e.getAllElements()) {
      if (math == null && local(c).equals("math")) {
        math = c;
      }
    }
    if (math == null) {
      for (Element c : e.getAllElements()) {
        if (local(c).equals("tex-math")) {
          math = c;
          break;
        }
      }
    }
    String text = (math == null ? e : math).text().replaceAll("\\s+", "");
    return math != null && local(math).equals("tex-math") && (text.contains("\\") || text.contains("{")) ? "" : text;
  }

  /** Whether an ancestor of {@code e} is named {@code name}. */
  private static boolean inside(Element e, String name) {
    for (Element a = e.parent(); a != null; a = a.parent()) {
      if (local(a).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code e} (named {@code name}) is code inside a line of prose, written between backticks. */
  private static boolean isInlineCode(Element e, String name) {
    return CODE.contains(name) && !e.text().isBlank();
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
