// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import org.unspin.fetch.ModelFormatException;
import org.unspin.text.PagedText;
import org.unspin.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageBody;
import org.netpreserve.jwarc.WarcConversion;
import org.netpreserve.jwarc.WarcPayload;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * Reads documents to index or trace from text files, folders (recursively, in name order, hidden files skipped),
 * HTML files, PDF files, and WARC or WET files (gzip-compressed or not; by extension {@code .warc}, {@code .wet},
 * {@code .warc.gz}, {@code .wet.gz}). Text files must be UTF-8 (or UTF-16 after a byte-order mark); HTML is turned
 * into text with a real HTML parser (jsoup), by default its article only ({@link Html}), one line per block element;
 * PDF with PDFBox, one paragraph per block of lines, separated by blank lines, with where each page starts ({@link
 * #pdf(Path)}); Word documents ({@code .docx}) and OpenDocument
 * texts ({@code .odt}) one paragraph per paragraph, the same way ({@link #docxToText}, {@link #odtToText}).
 *
 * <p>WARC {@code response} and {@code resource} records with an HTML, plain-text, PDF, Word or OpenDocument payload
 * and WET {@code conversion} records become documents named by their target URI (a resource without one by its
 * file and offset); other records (requests, metadata, revisits, responses other than 200, images, PDFs of scanned
 * pages) are skipped ({@link #recordDocument} says why). A bad document (a text file that is not UTF-8, a record whose
 * payload cannot be read) is handled by the {@link OnBadData} policy: by default it stops the read with a {@link
 * ModelFormatException} naming the file and offset; leniently it is left out, counted in the returned {@link Stats}
 * and (with {@link OnBadData#WARN}) reported. A WARC record that cannot be parsed stops the read with FAIL; otherwise
 * it is left out and reading goes on at the next record start ({@link WarcRecords}).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Documents {

  /** Receives one document: its name (path or URL) and text. */
  @FunctionalInterface
  public interface Sink {
    void accept(String name, String text) throws IOException;

    /**
     * Receives one document with, for a PDF (a file or a WARC record), where its pages start; by default {@link
     * #accept(String, String)} of its text.
     */
    default void accept(String name, PagedText document) throws IOException {
      accept(name, document.text());
    }
  }

  /**
   * What a read found: documents delivered, records skipped as not text (requests, metadata, images), records
   * rejected as unreadable (each also reported as a warning). Immutable.
   */
  public record Stats(int documents, int skipped, int rejected) {}

  /**
   * What a WARC record of a page type ({@link #isPageRecord}) gives to read: its page's text, or why it gives none.
   * The crawl job files the reason as the record's reject; {@code detect}, {@code index} and {@code trace} count
   * the record as skipped. Immutable.
   *
   * @since 0.1
   */
  public sealed interface RecordText {

    /** A page's text, with where a PDF's pages start. */
    record Page(PagedText document) implements RecordText {}

    /**
     * Why a record gives no page: "HTTP 404", "HTTP 301 redirect to https://...", "not a text page: image/png",
     * "no Content-Type", "revisit record: the payload is in an earlier record".
     */
    record NoPage(String reason) implements RecordText {}
  }

  /** Why a revisit record gives no page: it records that a page was fetched again, unchanged, without its payload. */
  public static final String REVISIT = "revisit record: the payload is in an earlier record";

  /**
   * What is read of an HTML page: its article ({@link ArticleText}: the element with most of its prose, without
   * the site's menus, sidebars, related links, comments and footers; the default) or all its visible text.
   */
  public enum Html {
    ARTICLE, WHOLE_PAGE;

    /** {@link #WHOLE_PAGE} when {@code wholePage}, else {@link #ARTICLE}: a {@code --whole-page} switch. */
    public static Html of(boolean wholePage) {
      return wholePage ? WHOLE_PAGE : ARTICLE;
    }
  }

  private Documents() {}

  /** Reads every document under {@code path}, strictly ({@link OnBadData#FAIL}); warnings go to {@code warnings}. */
  public static Stats read(Path path, Sink sink, Consumer<String> warnings) throws IOException {
    return read(path, sink, warnings, OnBadData.FAIL);
  }

  /** Reads every document under {@code path}; bad documents are handled by {@code policy}. */
  public static Stats read(Path path, Sink sink, Consumer<String> warnings, OnBadData policy) throws IOException {
    return read(path, sink, warnings, policy, Html.ARTICLE);
  }

  /** {@link #read(Path, Sink, Consumer, OnBadData)}, reading HTML pages as {@code html} says. */
  public static Stats read(Path path, Sink sink, Consumer<String> warnings, OnBadData policy, Html html)
      throws IOException {
    Consumer<String> warn = policy == OnBadData.WARN ? warnings : w -> { };
    int[] counts = new int[3];
    for (Path f : files(path)) {
      readFile(f, sink, warn, policy, counts, html);
    }
    return new Stats(counts[0], counts[1], counts[2]);
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code file} is read as WARC/WET by its name. */
  public static boolean isWarc(Path file) {
    return named(file, ".warc", ".warc.gz", ".wet", ".wet.gz");
  }

  /** Whether {@code file} is read as HTML by its name ({@code .html}, {@code .htm}). */
  public static boolean isHtml(Path file) {
    return named(file, ".html", ".htm");
  }

  /** Whether {@code file} is read as PDF by its name ({@code .pdf}). */
  public static boolean isPdf(Path file) {
    return named(file, ".pdf");
  }

  /** Whether {@code file} is read as a Word document by its name ({@code .docx}). */
  public static boolean isDocx(Path file) {
    return named(file, ".docx");
  }

  /** Whether {@code file} is read as an OpenDocument text by its name ({@code .odt}). */
  public static boolean isOdt(Path file) {
    return named(file, ".odt");
  }

  /**
   * The prose of a LaTeX source held in memory (an upload), decoded as a text file is; {@code name} names it in
   * errors, which are plain {@link IOException}s.
   */
  public static String latexToText(byte[] tex, String name) throws IOException {
    return LatexText.of(Utf8.decodeText(tex, offset -> new IOException(name + ": " + Utf8.fault(tex, offset)
        + " at byte offset " + offset + " (" + Utf8.hint(tex, offset) + ")")));
  }

  /**
   * The prose of a JATS XML article held in memory (an upload; {@link JatsText}); {@code name} names it in errors,
   * which are plain {@link IOException}s.
   */
  public static String jatsToText(byte[] xml, String name) throws IOException {
    return JatsText.of(xml, (offset, why) -> new IOException(name + ": " + why
        + (offset > 0 ? " at byte offset " + offset : "")));
  }

  /**
   * Whether {@code file} is read as a journal article in JATS XML by its name ({@code .nxml}, as PubMed Central names
   * them, or {@code .xml}; either gzip-compressed, {@code .xml.gz}, as PubMed's baseline files come); one that holds no
   * {@code <article>} is a {@link ModelFormatException} naming it.
   */
  public static boolean isJats(Path file) {
    return named(file, ".nxml", ".xml", ".nxml.gz", ".xml.gz");
  }

  /**
   * The most bytes a gzip-compressed JATS or PubMed file ({@code .xml.gz}, as PubMed's baseline files come) is read
   * to: a baseline file of 30,000 records is about 150 MB unpacked; a file that unpacks to more (a zip bomb, or a
   * crawl's dump) is an error, not an exhausted heap.
   */
  public static final long MAX_UNPACKED_XML = 1L << 30;

  /** The bytes of a JATS file, unpacked from gzip when its name ends with {@code .gz}. */
  private static byte[] jatsBytes(Path f) throws IOException {
    if (!named(f, ".gz")) {
      return Files.readAllBytes(f);
    }
    try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(f), 1 << 16)) {
      byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_UNPACKED_XML + 1));
      if (out.length > MAX_UNPACKED_XML) {
        throw new ModelFormatException(f, 0, "unpacks to more than " + (MAX_UNPACKED_XML >> 20) + " MiB of XML; "
            + "split it first");
      }
      return out;
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new ModelFormatException(f, 0, "not a readable gzip file: " + e.getMessage());
    }
  }

  /**
   * The articles of a JATS file, or of PubMed's records, in order ({@link JatsText#articles}); a file that holds none,
   * or one cut short or without text, is a {@link ModelFormatException} naming it.
   */
  static List<JatsText.Article> jatsArticles(Path f) throws IOException {
    return JatsText.articles(jatsBytes(f), (offset, why) -> new ModelFormatException(f, offset, why));
  }

  /**
   * The texts of the articles a JATS file holds (PubMed Central's article sets, PubMed's record sets), each named as
   * {@link #read} names it: the file's name for an article alone, {@code FILE#N} for the N-th of a set.
   */
  public static List<Article> jatsTexts(Path f) throws IOException {
    List<Article> out = new ArrayList<>();
    for (JatsText.Article a : jatsArticles(f)) {
      out.add(new Article(articleName(f, a), a.text(), a.problem().isEmpty() ? "" : articleName(f, a) + ": "
          + a.problem(), a.key()));
    }
    return out;
  }

  /**
   * An article of a JATS file: its name ({@link #jatsTexts}), its text, the error that stands in its place instead
   * (naming it; empty when there is none), and the identifier it carries ("PMID 38000101", "PMCID PMC1234567", "DOI
   * 10.1234/x"; empty when none). Immutable.
   */
  public record Article(String name, String text, String error, String key) {}

  private static String articleName(Path f, JatsText.Article a) {
    return a.id().isEmpty() ? f.toString() : f + "#" + a.id();
  }

  /**
   * How many articles (or PubMed records) a JATS file holds, at most {@code atMost}, counted by their start tags as the
   * file is streamed (unpacked from gzip for {@code .gz}), without reading it as XML: whether it is a set, to be read
   * as {@link #jatsTexts}, before reading each file of a folder in its turn. It stops at the {@code atMost}-th, so a
   * set's count reads only its first records (a 150 MB baseline file had been unpacked whole, then again to be read).
   */
  public static int articleCount(Path f, int atMost) throws IOException {
    return articleTags(f, atMost, Long.MAX_VALUE);
  }

  /**
   * The start tags of articles ({@link #ARTICLE_TAG}) among the first {@code maxChars} characters of {@code f}, at
   * most {@code atMost}: the file read in blocks, each searched with the end of the one before it (a tag may span
   * two), as UTF-16 where its byte-order mark or first character says ({@link JatsText#utf16}), else one character a
   * byte (the tags are ASCII in UTF-8 and in the single-byte encodings).
   */
  private static int articleTags(Path f, int atMost, long maxChars) throws IOException {
    try (InputStream raw = new java.io.BufferedInputStream(named(f, ".gz")
        ? new java.util.zip.GZIPInputStream(Files.newInputStream(f), 1 << 16) : Files.newInputStream(f), 1 << 16)) {
      raw.mark(2);
      Charset utf16 = JatsText.utf16(raw.readNBytes(2));
      raw.reset();
      java.io.Reader in = new java.io.InputStreamReader(raw, utf16 != null ? utf16 : StandardCharsets.ISO_8859_1);
      char[] block = new char[1 << 16];
      String carried = "";
      int n = 0;
      long read = 0;
      for (int r; n < atMost && read < maxChars && (r = in.read(block)) > 0; read += r) {
        String text = carried + new String(block, 0, r);
        for (Matcher m = ARTICLE_TAG.matcher(text); m.find() && n < atMost; ) {
          n += m.end() > carried.length() ? 1 : 0; // a tag wholly inside the carried end was counted before
        }
        carried = text.substring(Math.max(0, text.length() - TAG_CARRIED));
      }
      return n;
    }
  }

  /** The characters of a block carried into the next one's search: more than an article start tag's. */
  private static final int TAG_CARRIED = 64;

  /** Whether {@code file} is read as a LaTeX source by its name ({@code .tex}). */
  public static boolean isTex(Path file) {
    return named(file, ".tex");
  }

  /**
   * Whether {@link #readText} converts {@code file} to text (HTML, PDF, Word, OpenDocument, LaTeX, JATS XML) rather
   * than reading it as it is.
   */
  public static boolean isConverted(Path file) {
    return isHtml(file) || isPdf(file) || isDocx(file) || isOdt(file) || isTex(file) || isJats(file);
  }

  /** Whether the name of {@code file}, in lower case, ends with one of {@code endings}. */
  private static boolean named(Path file, String... endings) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    for (String e : endings) {
      if (n.endsWith(e)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The body text of an OpenDocument text ({@code .odt}; {@link OpenDocumentText}), as {@link #docxToText(Path)}
   * reads a Word document; the same errors.
   */
  public static String odtToText(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    return officeText(() -> OpenDocumentText.of(bytes), "OpenDocument text",
        why -> new ModelFormatException(f, 0, why));
  }

  /** {@link #odtToText(Path)} of a file held in memory (an upload); {@code name} names it in errors. */
  public static String odtToText(byte[] odt, String name) throws IOException {
    return officeText(() -> OpenDocumentText.of(odt), "OpenDocument text", why -> new IOException(name + ": " + why));
  }

  /**
   * The body text of a Word document ({@code .docx}; {@link WordText}: one paragraph per Word paragraph, blank lines
   * between them, tracked deletions and field codes left out). A file that is not one, or has no text, is a
   * {@link ModelFormatException} naming it.
   */
  public static String docxToText(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    return officeText(() -> WordText.of(bytes), "Word document", why -> new ModelFormatException(f, 0, why));
  }

  /** {@link #docxToText(Path)} of a Word file held in memory (an upload); {@code name} names it in errors. */
  public static String docxToText(byte[] docx, String name) throws IOException {
    return officeText(() -> WordText.of(docx), "Word document", why -> new IOException(name + ": " + why));
  }

  /** Reads an office document's text. */
  private interface OfficeReader {
    String read() throws IOException;
  }

  /** {@code reader}'s text; one that fails or is blank is {@code problem} of why, naming the {@code kind}. */
  private static String officeText(OfficeReader reader, String kind,
      java.util.function.Function<String, IOException> problem) throws IOException {
    String text;
    try {
      text = reader.read();
    } catch (IOException e) {
      throw problem.apply("not a readable " + kind + ": " + e.getMessage());
    }
    if (text.isBlank()) {
      throw problem.apply("the " + kind + " has no text");
    }
    return text;
  }

  /** The endings of the files a folder is read for ({@link #isDocument}); names are compared in lower case. */
  public static final List<String> DOCUMENT_ENDINGS = List.of(".txt", ".text", ".md", ".markdown", ".html", ".htm",
      ".xhtml", ".pdf", ".docx", ".odt", ".tex", ".nxml", ".xml", ".nxml.gz", ".xml.gz", ".warc", ".warc.gz", ".wet",
      ".wet.gz");

  /**
   * Whether a file found in a folder is read as a document: one of {@link #DOCUMENT_ENDINGS} (an {@code .xml} file only
   * when it holds a JATS article), or a name without an ending (scraped pages saved as such). A folder's other files
   * (a corpus's index.tsv, notes, JSON metadata, CSV tables, images) are not documents; a file named on its own is
   * read whatever its name.
   */
  public static boolean isDocument(Path file) {
    String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (n.endsWith(".xml") || n.endsWith(".xml.gz")) {
      return holdsArticle(file);
    }
    return n.indexOf('.') < 0 || DOCUMENT_ENDINGS.stream().anyMatch(n::endsWith);
  }

  /** A JATS {@code <article>} start tag, with or without a namespace prefix, or a PubMed record's. */
  private static final Pattern ARTICLE_TAG = Pattern.compile("<(\\w+:)?article[\\s>]|<Pubmed(Book)?Article[\\s>]");

  /**
   * Whether an {@code .xml} file found in a folder is a JATS article (or a set of them, or of PubMed's records): such a
   * start tag in its first 64 KiB of characters. A folder of articles also holds other XML (a package's manifest, a
   * publisher's delivery note), which is not a document; named on its own, any {@code .xml} file is read, and one
   * without an article is an error.
   */
  private static boolean holdsArticle(Path file) {
    try {
      return articleTags(file, 1, 1 << 16) > 0;
    } catch (IOException e) {
      return true; // read as a document, and its error said there
    }
  }

  /**
   * The files {@link #read} visits under {@code path}: itself when it is a file; else the documents under it
   * ({@link #isDocument}), not hidden, in order: regular files, and entries that are neither files nor folders (a
   * broken link, a link in a loop, a pipe), which reading then reports instead of leaving them out unsaid.
   */
  public static List<Path> files(Path path) throws IOException {
    return files(path, new ArrayList<>());
  }

  /**
   * {@link #files(Path)}, with the regular files under {@code path} that are not documents ({@link #isDocument}; not
   * hidden) added to {@code leftOut}, in order: a folder of e-mails or logs read as none had said nothing.
   */
  public static List<Path> files(Path path, List<Path> leftOut) throws IOException {
    if (!Files.isDirectory(path)) {
      if (!Files.exists(path)) {
        throw new java.nio.file.NoSuchFileException(path.toString());
      }
      return List.of(path);
    }
    List<Path> files = new ArrayList<>();
    // a subfolder that cannot be listed is an entry of its own, which reading reports ("cannot list the folder"):
    // Files.walk had failed the whole folder on it, and a command all of its inputs. A link to a folder is followed,
    // as a link to a file is (a folder linked into an inbox had been left out unsaid); one in a loop is reported
    Files.walkFileTree(path, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
              java.nio.file.attribute.BasicFileAttributes attrs) {
            return isHidden(path.relativize(dir)) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                : java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFile(Path p, java.nio.file.attribute.BasicFileAttributes attrs) {
            if (!Files.isDirectory(p) && !isHidden(path.relativize(p))) {
              (isDocument(p) || !Files.isRegularFile(p) ? files : leftOut).add(p);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
            if (p.equals(path)) {
              throw e;
            }
            if (!isHidden(path.relativize(p))) {
              files.add(p);
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
    files.sort(null);
    leftOut.sort(null);
    return files;
  }

  /**
   * The text of one file that is not WARC or WET: HTML, PDF, Word and OpenDocument files converted as {@link #read}
   * does, anything else strict UTF-8. A file that cannot be read as its kind is a {@link ModelFormatException}
   * naming it.
   */
  public static String readText(Path f) throws IOException {
    return readText(f, Html.ARTICLE);
  }

  /**
   * {@link #readText(Path)}, reading an HTML page as {@code html} says. A page with no text at all is a {@link
   * ModelFormatException} naming it ({@link #NO_PAGE_TEXT}), as a PDF without text is: judged, it would pass as clean.
   */
  public static String readText(Path f, Html html) throws IOException {
    return readDocument(f, html).text();
  }

  /** {@link #readText(Path, Html)} with, for a PDF, where each page starts in the text ({@link PagedText}). */
  public static PagedText readDocument(Path f, Html html) throws IOException {
    return isPdf(f) ? pdf(f) : PagedText.of(converted(f, html));
  }

  private static String converted(Path f, Html html) throws IOException {
    if (isHtml(f)) {
      return pageText(Files.readAllBytes(f), f.toUri().toString(), html, why -> new ModelFormatException(f, 0, why));
    }
    if (isTex(f)) {
      return LatexText.of(readUtf8(f));
    }
    if (isJats(f)) {
      return JatsText.of(jatsBytes(f), (offset, why) -> new ModelFormatException(f, offset, why));
    }
    if (isDocx(f)) {
      return docxToText(f);
    }
    if (isOdt(f)) {
      return odtToText(f);
    }
    return readUtf8(f);
  }

  /**
   * The text of a PDF file: PDFBox's reading order (by position on a page turned by /Rotate), one paragraph per
   * block of lines it finds (blank lines between paragraphs), the lines of a paragraph joined with spaces, and a word
   * hyphenated at a line end ("segmen-" then "tation") joined again. Running heads, running feet and page numbers
   * repeated at the pages' edges are left out ({@link PdfMargins}); captions stay in the text where PDFBox finds them.
   * An encrypted, truncated or damaged file, or one without text (scanned pages), is a {@link ModelFormatException}
   * naming it (offset 0: PDFBox does not say where). With the text, where each page starts in it.
   */
  public static PagedText pdf(Path f) throws IOException {
    return readPdf(() -> org.apache.pdfbox.Loader.loadPDF(f.toFile()), () -> tail(f),
        (why, cause) -> new ModelFormatException(f, 0, why));
  }

  /**
   * {@link #pdf(Path)} of a PDF held in memory (an upload); {@code name} names it in errors, which are plain
   * {@link IOException}s.
   */
  public static PagedText pdf(byte[] pdf, String name) throws IOException {
    return readPdf(() -> org.apache.pdfbox.Loader.loadPDF(pdf), () -> tail(pdf),
        (why, cause) -> new IOException(name + ": " + why, cause));
  }

  /** Opens a PDF. */
  private interface PdfSource {
    org.apache.pdfbox.pdmodel.PDDocument load() throws IOException;
  }

  /** Reads the last bytes of a PDF ({@link Documents#PDF_TAIL} of them, or all of a shorter one). */
  private interface PdfTail {
    byte[] read() throws IOException;
  }

  /**
   * The text of the PDF {@code source} opens; an encrypted, truncated, damaged or textless one is {@code problem}
   * applied to the reason (and PDFBox's exception, if any). A missing or unreadable file keeps its own exception.
   * PDFBox reads what it can of a file cut short (a crawler's size limit, a download that stopped), so that one cut
   * before its pages' text gave no text and was called scanned; {@code tail}, the file's last bytes, tells such a
   * file by its missing {@code %%EOF}.
   */
  private static PagedText readPdf(PdfSource source, PdfTail tail,
      java.util.function.BiFunction<String, IOException, IOException> problem) throws IOException {
    PagedText text;
    try (org.apache.pdfbox.pdmodel.PDDocument doc = source.load()) {
      text = pdfText(doc);
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw problem.apply("PDF is encrypted: " + e.getMessage(), e);
    } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
      throw e;
    } catch (TooManyPages e) {
      throw problem.apply("not a readable PDF: " + e.getMessage(), e);
    } catch (IOException e) {
      throw problem.apply(unreadable(tail, e), e);
    } catch (RuntimeException e) {
      // a broken structure the PDF library gives up on ("Possible recursion found when searching for page 1": a page
      // tree that holds itself) is this file's problem, not the batch's: it had ended a folder's screening
      throw problem.apply(unreadable(tail, e), new IOException(e));
    }
    if (text.text().isBlank()) {
      throw problem.apply(cutShort(tail) ? "not a readable PDF: truncated (" + NO_EOF + ")" : NO_TEXT, null);
    }
    return new PagedText(withoutNul(text.text()), text.pageStarts());
  }

  /**
   * {@code text} with each NUL character (U+0000) replaced by U+FFFD, the replacement character, one for one, so that
   * every offset into it, a page's start among them, stays right. No text holds a NUL, and a file sent as text with
   * one is refused, but a PDF font's map can turn a glyph into one and a JATS file can write {@code &#0;}: the server's
   * {@code /v1/text} answered such a text, and its {@code /v1/detect} then refused the same text sent back ("holds a
   * NUL character"), as the web page sends it; {@code unspin text} wrote a NUL byte into its output. A crawl's plain
   * text record (a WET conversion) is read so too. An HTML page's NUL is read so already (jsoup, as HTML says); Word
   * and OpenDocument files cannot hold one (their XML is refused).
   */
  static String withoutNul(String text) {
    return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
  }

  /** Why a PDF the PDF library failed on ({@code e}) is not read: truncated when it is cut short, else damaged. */
  private static String unreadable(PdfTail tail, Exception e) {
    String library = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return cutShort(tail) ? "not a readable PDF: truncated (" + NO_EOF + "; " + library + ")"
        : "not a readable PDF: damaged (" + library + ")";
  }

  /** Why a PDF is known to be cut short. */
  private static final String NO_EOF = "it does not end in %%EOF, as a whole PDF does";

  /**
   * How many of a PDF's last bytes are searched for its {@code %%EOF}: PDF readers look for it there, as writers put
   * a line end or some padding after it.
   */
  static final int PDF_TAIL = 1024;

  /**
   * Whether a PDF is cut short: its last {@value #PDF_TAIL} bytes ({@code tail}) hold no {@code %%EOF}. False when
   * they cannot be read (the PDF library's own message then says what is wrong).
   */
  private static boolean cutShort(PdfTail tail) {
    try {
      return !new String(tail.read(), java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
    } catch (IOException e) {
      return false;
    }
  }

  /** The last {@value #PDF_TAIL} bytes of {@code pdf} (all of a shorter one). */
  private static byte[] tail(byte[] pdf) {
    return java.util.Arrays.copyOfRange(pdf, Math.max(0, pdf.length - PDF_TAIL), pdf.length);
  }

  /** The last {@value #PDF_TAIL} bytes of file {@code f} (all of a shorter one). */
  private static byte[] tail(Path f) throws IOException {
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f)) {
      long size = ch.size();
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate((int) Math.min(size, PDF_TAIL));
      ch.position(size - b.capacity());
      while (b.hasRemaining() && ch.read(b) >= 0) {
        // reading on
      }
      return java.util.Arrays.copyOf(b.array(), b.position());
    }
  }

  /** A PDF with more pages than are read: said as it is, not as damage. */
  private static final class TooManyPages extends IOException {
    private static final long serialVersionUID = 1L;

    TooManyPages(String message) {
      super(message);
    }
  }

  /** Why a PDF without a text layer gives no document. */
  private static final String NO_TEXT = "the PDF has no text (scanned pages need OCR first)";

  /** A PDF of a crawl without a text layer: the record is skipped, not reported as unreadable. */
  private static final class NoText extends IOException {
    private static final long serialVersionUID = 1L;

    NoText() {
      super(NO_TEXT);
    }
  }

  private static PagedText pdfText(org.apache.pdfbox.pdmodel.PDDocument doc) throws IOException {
    return pdfText(doc, null);
  }

  /**
   * {@link #pdfText(org.apache.pdfbox.pdmodel.PDDocument)}, also putting into {@code glyphs} (when not null), for
   * each page, the printed glyphs in the order the text was written from them, a null after each word PDFBox wrote
   * ({@link PdfAnnotator} matches the text to them).
   */
  static PagedText pdfText(org.apache.pdfbox.pdmodel.PDDocument doc,
      List<List<org.apache.pdfbox.text.TextPosition>> glyphs) throws IOException {
    List<Float> spacing = new ArrayList<>();
    List<String> pages = pdfPages(doc, glyphs, PDFBOX_DROP_THRESHOLD, spacing);
    // a manuscript set 1.5 or double spaced: PDFBox's paragraph test (a line dropped 2.5 line heights or more
    // below the last) held for every line, so each printed line was a paragraph and a phrase broken across lines was
    // not found; read again with the test scaled to the document's own line spacing
    float drop = dropThreshold(spacing);
    if (drop > PDFBOX_DROP_THRESHOLD) {
      if (glyphs != null) {
        glyphs.clear();
      }
      pages = pdfPages(doc, glyphs, drop, null);
    }
    return pagedPdfText(pages);
  }

  /** PDFBox's own paragraph drop threshold (in line heights), right for single-spaced text. */
  static final float PDFBOX_DROP_THRESHOLD = 2.5f;

  /**
   * The drop threshold for a document whose lines follow each other at {@code spacing} (the gaps between
   * consecutive lines, in PDFBox's line heights): PDFBox's, unless the document's line spacing itself reaches it (a
   * manuscript set 1.5 or double spaced: about 3.2 and 4.0, where single-spaced manuals measure 2.2 to 2.4), and then
   * 1.3 times that spacing (a paragraph break is a clearly wider gap than the lines have, or an indent, which PDFBox
   * also reads). The line spacing is the 30th percentile of the gaps, the lower ones being those inside paragraphs,
   * read only from {@value #MIN_SPACING_SAMPLES} gaps on: a short text of one-line paragraphs has only paragraph gaps.
   */
  static float dropThreshold(List<Float> spacing) {
    if (spacing.size() < MIN_SPACING_SAMPLES) {
      return PDFBOX_DROP_THRESHOLD;
    }
    List<Float> sorted = new ArrayList<>(spacing);
    java.util.Collections.sort(sorted);
    float lines = sorted.get((int) (0.3 * sorted.size()));
    return lines < PDFBOX_DROP_THRESHOLD ? PDFBOX_DROP_THRESHOLD : 1.3f * lines;
  }

  /** Fewest line gaps from which a PDF's own line spacing is read ({@link #dropThreshold}). */
  static final int MIN_SPACING_SAMPLES = 12;

  /**
   * Each page's text as PDFBox writes it with paragraph drop threshold {@code drop}, the glyphs into {@code glyphs}
   * when not null, and the gaps between consecutive lines (in line heights) into {@code spacing} when not null.
   */
  /** Most pages read of a PDF: each page's text is taken in a pass over the page tree. */
  static final int MAX_PDF_PAGES = 10_000;

  /**
   * Most drawing objects (form XObjects) a page's text is read through, and how deeply they may nest; the text of
   * those beyond is not read: a 2.6 KB PDF whose objects draw each other ten times over, or themselves, had a worker
   * drawing text for hours.
   */
  static final int MAX_PDF_FORMS = 20_000;
  static final int MAX_PDF_FORM_DEPTH = 24;

  private static List<String> pdfPages(org.apache.pdfbox.pdmodel.PDDocument doc,
      List<List<org.apache.pdfbox.text.TextPosition>> glyphs, float drop, List<Float> spacing) throws IOException {
    int pageCount = doc.getNumberOfPages();
    if (pageCount > MAX_PDF_PAGES) { // a page tree that repeats one page 200,000 times cost a minute in 120 KB
      throw new TooManyPages("it has " + pageCount + " pages, more than " + MAX_PDF_PAGES + " (split it first)");
    }
    List<org.apache.pdfbox.text.TextPosition> page = new ArrayList<>();
    float[] last = {Float.NaN}; // the y of the line written last on this page
    int[] forms = {0, 0}; // drawing objects read on this page, and how deep the reading is now
    org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper() {
          @Override
          public void showForm(org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) throws IOException {
            if (++forms[0] > MAX_PDF_FORMS || forms[1] >= MAX_PDF_FORM_DEPTH) {
              return; // the text beyond is not read (an exception here is logged, with its trace, for every object)
            }
            forms[1]++;
            try {
              super.showForm(form);
            } finally {
              forms[1]--;
            }
          }

          @Override
          protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions)
              throws IOException {
            super.writeString(text, positions);
            if (glyphs == null && spacing == null) {
              return;
            }
            if (glyphs != null) {
              page.addAll(positions);
              page.add(null);
            }
            if (spacing != null && !positions.isEmpty()) {
              org.apache.pdfbox.text.TextPosition t = positions.get(0);
              float y = t.getYDirAdj();
              float h = t.getHeightDir();
              if (h > 0 && !Float.isNaN(last[0]) && y > last[0] && (y - last[0]) / h < 10) {
                spacing.add((y - last[0]) / h);
              }
              last[0] = y;
            }
          }
        };
    stripper.setDropThreshold(drop);
    stripper.setLineSeparator("\n");
    stripper.setParagraphStart("");
    stripper.setParagraphEnd(String.valueOf(PdfMargins.PARAGRAPH_END));
    stripper.setPageEnd("\n");
    List<String> pages = new ArrayList<>();
    for (int p = 1; p <= pageCount; p++) {
      if (Thread.currentThread().isInterrupted()) { // a server's request past its time: the worker is freed
        throw new java.io.InterruptedIOException("reading the PDF was interrupted at page " + p);
      }
      forms[0] = 0;
      stripper.setStartPage(p);
      stripper.setEndPage(p);
      // a page turned by /Rotate whose text runs across the unturned page ("T he m ayor m entioned" in the
      // stripper's own order) reads by position; other pages in the content's order, which keeps columns apart
      stripper.setSortByPosition(doc.getPage(p - 1).getRotation() != 0);
      last[0] = Float.NaN;
      pages.add(stripper.getText(doc));
      if (glyphs != null) {
        glyphs.add(new ArrayList<>(page));
        page.clear();
      }
    }
    return pages;
  }

  /**
   * The pages' text as one document, running heads and page numbers left out, with where each page starts. A
   * paragraph a page break cuts ("... an irregular" at a page's foot, "timberland classifier ..." at the next one's
   * head, or "plum-" / "met") is joined again, as a line break inside it is: the text before the break ends without a
   * sentence's or clause's end and the text after it starts in lower case.
   */
  private static PagedText pagedPdfText(List<String> pages) {
    String raw = PdfMargins.strip(pages);
    List<String> paragraphs = new ArrayList<>();
    List<List<Integer>> pageStarts = new ArrayList<>(); // where pages start inside each paragraph
    List<Boolean> afterBreak = new ArrayList<>(); // whether a page starts just before the paragraph
    int pending = 0; // pages begun whose first text is still to come
    for (String paragraph : raw.split(String.valueOf(PdfMargins.PARAGRAPH_END))) {
      StringBuilder p = new StringBuilder();
      List<Integer> starts = new ArrayList<>(0);
      boolean broken = false;
      for (String line : paragraph.split("\n")) {
        String unmarked = line.replace(String.valueOf(PdfMargins.PAGE_START), "");
        pending += line.length() - unmarked.length();
        String l = unmarked.strip();
        if (l.isEmpty()) {
          continue;
        }
        int n = p.length();
        if (endsHyphenated(p) && Character.isLowerCase(l.charAt(0))) {
          p.setLength(n - 1); // "segmen-" + "tation"
        } else if (n > 0) {
          p.append(' ');
        }
        broken |= p.length() == 0 && pending > 0;
        for (; pending > 0; pending--) {
          starts.add(p.length());
        }
        p.append(l);
      }
      if (p.length() > 0) {
        paragraphs.add(p.toString());
        pageStarts.add(starts);
        afterBreak.add(broken);
      }
    }
    StringBuilder out = new StringBuilder(raw.length());
    List<Integer> starts = new ArrayList<>(pages.size());
    for (int k = 0; k < paragraphs.size(); k++) {
      String p = paragraphs.get(k);
      if (out.length() > 0) {
        if (afterBreak.get(k) && Character.isLowerCase(p.charAt(0)) && runsOn(out)) {
          if (endsHyphenated(out)) {
            out.setLength(out.length() - 1); // "plum-" at a page's foot, "met" at the next one's head
          } else {
            out.append(' ');
          }
        } else {
          out.append("\n\n");
        }
      }
      for (int start : pageStarts.get(k)) {
        starts.add(out.length() + start);
      }
      out.append(p);
    }
    out.append('\n');
    for (; pending > 0; pending--) {
      starts.add(out.length());
    }
    return new PagedText(out.toString(), starts);
  }

  /** Whether {@code s} ends with a hyphen after a lower-case letter: a word cut at a line end ("segmen-"). */
  private static boolean endsHyphenated(CharSequence s) {
    int n = s.length();
    return n > 1 && s.charAt(n - 1) == '-' && Character.isLowerCase(s.charAt(n - 2));
  }

  /** Whether text ending as {@code s} does runs on into the next line: no sentence or clause ends there. */
  private static boolean runsOn(CharSequence s) {
    char last = s.charAt(s.length() - 1);
    return Character.isLetterOrDigit(last) || last == ',' || last == '-';
  }

  private static void readFile(Path f, Sink sink, Consumer<String> warnings, OnBadData policy, int[] counts,
      Html html) throws IOException {
    if (!Files.isRegularFile(f)) { // never opened: a pipe would block the read
      reject(notRegular(f), warnings, policy, counts);
      return;
    }
    if (isWarc(f)) {
      readWarc(f, sink, warnings, policy, counts, html);
    } else if (isJats(f)) {
      List<JatsText.Article> articles;
      try {
        articles = jatsArticles(f);
      } catch (ModelFormatException e) {
        reject(e, warnings, policy, counts);
        return;
      }
      for (JatsText.Article a : articles) {
        if (a.problem().isEmpty()) {
          sink.accept(articleName(f, a), a.text());
          counts[0]++;
        } else {
          reject(new ModelFormatException(Path.of(articleName(f, a)), 0, a.problem()), warnings, policy, counts);
        }
      }
    } else {
      PagedText text;
      try {
        text = readDocument(f, html);
      } catch (ModelFormatException e) {
        reject(e, warnings, policy, counts);
        return;
      }
      sink.accept(f.toString(), text);
      counts[0]++;
    }
  }

  /** A document that cannot be read: thrown under {@link OnBadData#FAIL}, else counted as rejected and said. */
  private static void reject(ModelFormatException e, Consumer<String> warnings, OnBadData policy, int[] counts)
      throws ModelFormatException {
    if (policy == OnBadData.FAIL) {
      throw e;
    }
    counts[2]++;
    warnings.accept(e.getMessage() + " (left out)");
  }

  /** What an entry of a folder that is no regular file is: a broken link, a link in a loop, a pipe, a device. */
  public static ModelFormatException notRegular(Path f) {
    if (Files.isDirectory(f)) { // one that could not be listed (files)
      String why;
      try (java.nio.file.DirectoryStream<Path> listing = Files.newDirectoryStream(f)) {
        why = Files.isSymbolicLink(f) ? "a link to a folder it is inside (a loop; its files are read once)"
            : "a folder that could not be listed";
      } catch (IOException e) {
        why = "cannot list the folder (" + (e instanceof java.nio.file.AccessDeniedException ? "permission denied"
            : e.getClass().getSimpleName()) + ")";
      }
      return ModelFormatException.ofFile(f, why);
    }
    return ModelFormatException.ofFile(f, Files.isSymbolicLink(f) ? "a link to nothing readable (broken, or in "
        + "a loop)" : "not a regular file (a pipe, a socket or a device)");
  }

  /**
   * The file as strict UTF-8, or UTF-16 after its byte-order mark ({@link Utf8#decodeText}); a bad byte is a
   * {@link ModelFormatException} that says how to convert the file.
   */
  public static String readUtf8(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    // worded as restore and detect word it: "FILE: not valid UTF-8 at byte offset N (how to convert it)"
    return Utf8.decodeText(bytes, offset -> ModelFormatException.notText(f, offset, Utf8.fault(bytes, offset),
        Utf8.hint(bytes, offset)));
  }

  /**
   * Whether a WARC record stands for a page: a response, a resource, a conversion (a WET's text) or a revisit (a page
   * fetched again, its payload in an earlier record); each gives a page or a reason why not ({@link
   * #recordDocument}). Requests, metadata and warcinfo records are about a crawl, not pages of it.
   */
  public static boolean isPageRecord(WarcRecord record) {
    return record instanceof WarcResponse || record instanceof WarcResource || record instanceof WarcConversion
        || record instanceof WarcRevisit;
  }

  /**
   * Where record {@code at} of WARC file {@code f} is, for a message: at its offset, or, in a file gzipped whole,
   * at none ({@link WarcRecords#NO_OFFSET}).
   */
  private static String where(Path f, long at) {
    return at == WarcRecords.NO_OFFSET ? f + " (gzipped whole: no offset)" : f + " at offset " + at;
  }

  /** What reading a WARC record comes to, followed once the record is known to be whole ({@link WarcRecords}). */
  @FunctionalInterface
  private interface Outcome {
    void follow() throws IOException;
  }

  private static void readWarc(Path f, Sink sink, Consumer<String> warnings, OnBadData policy, int[] counts,
      Html html) throws IOException {
    WarcRecords.<Outcome>read(() -> Files.newInputStream(f), (record, at) -> {
      if (!isPageRecord(record)) {
        return () -> counts[1]++;
      }
      String target = ((WarcTargetRecord) record).target();
      String url = target == null ? where(f, at) : target; // a resource need not name its URI
      RecordText text;
      try {
        text = recordDocument(record, html);
      } catch (IOException | RuntimeException e) {
        if (policy == OnBadData.FAIL) {
          throw new ModelFormatException(f, at, "unreadable record (" + url + "): " + e.getMessage());
        }
        return () -> {
          counts[2]++;
          warnings.accept(where(f, at) + " (" + url + "): record left out: " + e.getMessage());
        };
      }
      if (text instanceof RecordText.Page page) {
        return () -> {
          sink.accept(url, page.document());
          counts[0]++;
        };
      }
      return () -> counts[1]++;
    }, Outcome::follow, (at, url, parserSays) -> {
      String which = url.isEmpty() ? "" : " (" + url + ")";
      // the WARC parser quotes the bytes it met as Java's signed bytes ("\\xffffffa3"): written as the bytes they are
      String why = parserSays.replaceAll("\\\\xffffff([0-9a-f]{2})", "\\\\x$1");
      if (policy == OnBadData.FAIL) {
        throw new ModelFormatException(f, at, "bad WARC record" + which + ": " + why);
      }
      counts[2]++; // the damaged record; reading goes on at the next record start
      warnings.accept(where(f, at) + which + ": damaged WARC record left out (" + why
          + "); reading on after it");
    }, w -> warnings.accept(f + ": " + w));
  }

  /**
   * The text of a response, resource or conversion record whose payload is HTML or plain text (HTML through {@link
   * #htmlToText}), a PDF with a text layer, a Word document or an OpenDocument text (as the files are read); for
   * any other record, why it gives none ({@link RecordText.NoPage}): a revisit, a response other than 200, a payload
   * of another type (an image, a script, a scanned PDF) or of none. Media types are compared in any case ({@code
   * Text/HTML} is HTML). A payload without a Content-Type, or sent as {@code application/octet-stream}, that starts
   * as an HTML page ({@link #sniffsAsHtml}) is read as HTML, as browsers read it; a conversion without one is read as
   * text, which WET conversions are. A damaged PDF, Word or OpenDocument payload is an {@link IOException} naming
   * the record's URI. A per-record function, also used by the crawl job. An HTML page is read as {@code html} says;
   * a PDF comes with where its pages start.
   */
  public static RecordText recordDocument(WarcRecord record, Html html) throws IOException {
    if (record instanceof WarcRevisit) {
      return new RecordText.NoPage(REVISIT);
    }
    if (!isPageRecord(record)) {
      return new RecordText.NoPage("not a page record: " + record.type());
    }
    Optional<String> declared;
    MessageBody body;
    if (record instanceof WarcResponse) {
      WarcResponse resp = (WarcResponse) record;
      String block = lowerCase(resp.contentType());
      if (!block.equals("application/http")) {
        return new RecordText.NoPage("not an HTTP response: " + block);
      }
      HttpResponse http = resp.http();
      if (http.status() != 200) {
        return new RecordText.NoPage(status(http));
      }
      declared = http.headers().first("Content-Type");
      String encoding = http.headers().first("Content-Encoding").map(e -> e.trim().toLowerCase(Locale.ROOT))
          .orElse("");
      if (encoding.equals("br")) {
        return new RecordText.NoPage("not a text page: Content-Encoding br (Brotli), which is not read");
      }
      if (encoding.equals("deflate")) {
        byte[] deflated;
        try (InputStream in = http.body().stream()) {
          deflated = in.readAllBytes();
        }
        // zlib-wrapped, as HTTP defines it, or raw, as some servers send it (the WARC library reads only the raw form)
        return recordDocument(record, declared, org.unspin.text.Deflate.inflate(deflated, Integer.MAX_VALUE), html);
      }
      body = http.bodyDecoded();
    } else {
      Optional<WarcPayload> payload = ((WarcTargetRecord) record).payload();
      if (payload.isEmpty()) {
        return new RecordText.NoPage("no payload");
      }
      declared = record.headers().first("Content-Type");
      body = payload.get().body();
    }
    byte[] bytes;
    try (InputStream in = body.stream()) {
      bytes = in.readAllBytes();
    }
    return recordDocument(record, declared, bytes, html);
  }

  private static RecordText recordDocument(WarcRecord record, Optional<String> declared, byte[] bytes, Html html)
      throws IOException {
    MediaType type = declared.map(MediaType::parseLeniently).orElse(null);
    String sub = type == null ? null : lowerCase(type);
    String charset = type == null ? null : charset(type);
    if (charset != null && !supported(charset)) {
      charset = null; // a label this JVM does not know: read as a page without one, as browsers do
    }
    if ((sub == null || sub.equals("application/octet-stream")) && sniffsAsHtml(bytes)) {
      sub = "text/html";
      charset = null; // the page's own meta tag or byte-order mark, else UTF-8
    } else if (sub == null && record instanceof WarcConversion) {
      sub = "text/plain";
    } else if (sub == null) {
      return new RecordText.NoPage("no Content-Type");
    }
    String url = ((WarcTargetRecord) record).target();
    if (sub.equals("text/html") || sub.equals("application/xhtml+xml")) {
      // a resource need not name its URI; its links are then left relative
      return new RecordText.Page(PagedText.of(htmlToText(parseHtml(bytes, charset, url == null ? "" : url), html)));
    }
    if (sub.equals("text/plain")) {
      return new RecordText.Page(PagedText.of(withoutNul(charset != null
          ? new String(bytes, Charset.forName(charset)) : undeclaredText(bytes))));
    }
    switch (sub) {
      case "application/pdf":
        try {
          return new RecordText.Page(readPdf(() -> org.apache.pdfbox.Loader.loadPDF(bytes), () -> tail(bytes),
              (why, cause) -> why.equals(NO_TEXT) ? new NoText() : new IOException(url + ": " + why, cause)));
        } catch (NoText e) {
          return new RecordText.NoPage("not a text page: a PDF without text (scanned pages)");
        }
      case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
        return new RecordText.Page(PagedText.of(docxToText(bytes, url)));
      case "application/vnd.oasis.opendocument.text":
        return new RecordText.Page(PagedText.of(odtToText(bytes, url)));
      default:
        return new RecordText.NoPage("not a text page: " + sub);
    }
  }

  /** Whether {@code charset} names a character set this JVM has (an illegal name does not). */
  private static boolean supported(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (java.nio.charset.IllegalCharsetNameException e) {
      return false;
    }
  }

  /**
   * Text sent without a charset (or with one this JVM lacks): UTF-8 when it is valid UTF-8, as most of the web is,
   * else windows-1252, the legacy encoding browsers assume for Western text, whose bytes all decode (Latin-1 text
   * read as UTF-8 had a U+FFFD for each accented letter).
   */
  static String undeclaredText(byte[] bytes) {
    try {
      return Utf8.withoutByteOrderMark(Utf8.decode(bytes, at -> new java.nio.charset.CharacterCodingException()));
    } catch (java.nio.charset.CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  /** The type and subtype of {@code type} in lower case, without parameters: media types are compared in any case. */
  private static String lowerCase(MediaType type) {
    return type.base().toString().toLowerCase(Locale.ROOT);
  }

  /** The charset parameter of {@code type}, its name in any case, or null. */
  private static String charset(MediaType type) {
    for (java.util.Map.Entry<String, String> p : type.parameters().entrySet()) {
      if (p.getKey().equalsIgnoreCase("charset")) {
        return p.getValue();
      }
    }
    return null;
  }

  /** Why a response other than 200 gives no page: "HTTP 404", or "HTTP 301 redirect to" where it points. */
  private static String status(HttpResponse http) {
    String why = "HTTP " + http.status();
    Optional<String> location = http.headers().first("Location");
    return http.status() / 100 == 3 && location.isPresent() ? why + " redirect to " + location.get() : why;
  }

  /**
   * Whether a payload is an HTML page by its first bytes, as browsers sniff one sent without a type or as {@code
   * application/octet-stream}: after white space (and a UTF-8 byte-order mark), {@code <!doctype html} or {@code
   * <html} in any case, followed by a space or {@code >}.
   */
  static boolean sniffsAsHtml(byte[] bytes) {
    int i = Utf8.byteOrderMark(bytes) == 3 ? 3 : 0; // after UTF-16's, the markup is not in single bytes
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r'
        || bytes[i] == '\f')) {
      i++;
    }
    String head = new String(bytes, i, Math.min(15, bytes.length - i), StandardCharsets.ISO_8859_1)
        .toLowerCase(Locale.ROOT);
    for (String tag : new String[] {"<!doctype html", "<html"}) {
      if (head.length() > tag.length() && head.startsWith(tag)
          && " \t\n\r\f>".indexOf(head.charAt(tag.length())) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #htmlToText(Document)} of an HTML page held as bytes, its charset taken from the page (a meta tag or byte
   * order mark; UTF-8 otherwise, or windows-1252 where the bytes are not UTF-8: {@link #parseHtml}); {@code baseUri}
   * may be empty.
   */
  public static String htmlToText(byte[] html, String baseUri) throws IOException {
    return htmlToText(html, baseUri, Html.ARTICLE);
  }

  /**
   * Why an HTML page gives no text: its text is built in the browser by scripts (or it has none); judged, it would
   * pass as clean.
   */
  public static final String NO_PAGE_TEXT = "the HTML page has no text (a page that builds its text with "
      + "JavaScript has it only in a browser: save the page from one, or paste its text)";

  /**
   * {@link #htmlToText(byte[], String, Html)} of a page sent to be judged (an upload): one with no text is an {@link
   * IOException} saying {@link #NO_PAGE_TEXT}.
   */
  public static String pageText(byte[] html, String baseUri, Html what) throws IOException {
    return pageText(html, baseUri, what, IOException::new);
  }

  /** {@link #pageText(byte[], String, Html)}, a page with no text being {@code problem} of why. */
  private static String pageText(byte[] html, String baseUri, Html what,
      java.util.function.Function<String, IOException> problem) throws IOException {
    String text = htmlToText(html, baseUri, what);
    if (text.isBlank()) {
      throw problem.apply(NO_PAGE_TEXT);
    }
    return text;
  }

  /** {@link #htmlToText(byte[], String)}, reading the page as {@code what} says. */
  public static String htmlToText(byte[] html, String baseUri, Html what) throws IOException {
    return htmlToText(parseHtml(html, null, baseUri), what);
  }

  /**
   * An HTML page's bytes parsed in {@code charset} (one sent with the page), else as the page declares (a byte-order
   * mark, a meta tag, an XML declaration), else as UTF-8 when they are valid UTF-8, else as windows-1252, as browsers
   * read a Western page that names no encoding: a page saved from an older editor had each curly quotation mark and
   * accented letter read as U+FFFD ("it\uFFFDs caf\uFFFD"), which broke its words.
   */
  static Document parseHtml(byte[] html, String charset, String baseUri) throws IOException {
    Document doc = Jsoup.parse(new java.io.ByteArrayInputStream(html), charset, baseUri);
    if (charset == null && Utf8.byteOrderMark(html) == 0 && !declaresCharset(doc, html) && !isUtf8(html)) {
      doc = Jsoup.parse(new java.io.ByteArrayInputStream(html), "windows-1252", baseUri);
    }
    return doc;
  }

  private static boolean declaresCharset(Document doc, byte[] html) {
    if (!doc.select("meta[charset]").isEmpty()) {
      return true;
    }
    for (Element m : doc.select("meta[http-equiv]")) {
      if (m.attr("content").toLowerCase(Locale.ROOT).contains("charset")) {
        return true;
      }
    }
    String head = new String(html, 0, Math.min(100, html.length), StandardCharsets.ISO_8859_1);
    return head.startsWith("<?xml") && head.substring(0, Math.max(head.indexOf("?>"), 0)).contains("encoding");
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      Utf8.decode(bytes, at -> new java.nio.charset.CharacterCodingException());
      return true;
    } catch (java.nio.charset.CharacterCodingException e) {
      return false;
    }
  }

  /**
   * The article text of an HTML page ({@link ArticleText}: the element that holds most of its prose, without menus,
   * sidebars, related links, comments and footers, and with the page's headline), or its whole visible text when it
   * has no such element; one line per block element, scripts and styles left out. Edits {@code doc}.
   */
  public static String htmlToText(Document doc) {
    return htmlToText(doc, Html.ARTICLE);
  }

  /**
   * {@link #htmlToText(Document)}, or with {@link Html#WHOLE_PAGE} all visible text of the page, its template
   * included. Edits {@code doc}.
   */
  public static String htmlToText(Document doc, Html what) {
    doc.select("script, style, noscript, template, head").remove();
    Element root = doc.body() == null ? doc : doc.body();
    if (what == Html.ARTICLE) {
      root = ArticleText.find(doc).orElse(root);
    }
    return blockText(root);
  }

  /**
   * {@code text} with each run of whitespace (a no-break space among it) as one space, as jsoup's {@link
   * TextNode#text()} writes it, but keeping the zero-width characters jsoup drops: a disguised page hides them inside
   * words ("men\u200Btioned"), and detection counts them only where they are read. A soft hyphen is dropped as
   * jsoup drops it: pages use it for hyphenation hints.
   */
  static String collapsed(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
        if (!space) {
          sb.append(' ');
        }
        space = true;
      } else if (c != '\u00AD') {
        sb.append(c);
        space = false;
      }
    }
    return sb.toString();
  }

  /**
   * The text of {@code root}: one line per block element. Code is written as Markdown writes it, so that
   * restoration leaves it as it is and detection does not read it ({@link org.unspin.text.TokenizedText#codeSpans}):
   * a {@code <pre>} block between fence lines, with its own line breaks; inline {@code <code>} between backticks.
   */
  private static String blockText(Element root) {
    StringBuilder sb = new StringBuilder();
    root.traverse(new NodeVisitor() {
      private Element pre; // the <pre> block being written, whose text is written whole
      private final java.util.ArrayDeque<String> ticks = new java.util.ArrayDeque<>();

      @Override
      public void head(Node node, int depth) {
        if (pre != null) {
          return;
        }
        if (node instanceof TextNode) {
          String t = collapsed(((TextNode) node).getWholeText());
          if (t.isBlank()) {
            // the space between two inline elements ("<em>mentioned</em> <b>on</b>") keeps their words apart; a
            // block's line break drops it again
            if (!t.isEmpty() && sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))) {
              sb.append(' ');
            }
          } else {
            if (sb.length() > 0 && !Character.isWhitespace(sb.charAt(sb.length() - 1))
                && Character.isWhitespace(t.charAt(0))) {
              sb.append(' ');
            }
            sb.append(t.strip());
            if (Character.isWhitespace(t.charAt(t.length() - 1))) {
              sb.append(' ');
            }
          }
        } else if (node instanceof Element && ((Element) node).normalName().equals("pre")) {
          pre = (Element) node;
          String code = pre.wholeText().replace("\r\n", "\n").replace('\r', '\n').strip();
          String fence = org.unspin.text.CodeSpans.ticks(code, 3);
          newline(sb);
          if (!code.isEmpty()) {
            sb.append(fence).append('\n').append(code).append('\n').append(fence).append('\n');
          }
        } else if (node instanceof Element && ((Element) node).normalName().equals("code")) {
          String code = ((Element) node).text();
          String run = code.isBlank() ? "" : org.unspin.text.CodeSpans.ticks(code, 1);
          sb.append(run);
          ticks.push(run);
        } else if (node instanceof Element && ((Element) node).isBlock()) {
          newline(sb);
        } else if (node instanceof Element && ((Element) node).normalName().equals("br")) {
          newline(sb);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node == pre) {
          pre = null;
          newline(sb);
        } else if (pre != null) {
          return;
        } else if (node instanceof Element && ((Element) node).normalName().equals("code")) {
          int n = sb.length();
          while (n > 0 && sb.charAt(n - 1) == ' ') {
            n--;
          }
          boolean spaceAfter = n < sb.length();
          sb.setLength(n);
          sb.append(ticks.pop());
          if (spaceAfter) {
            sb.append(' ');
          }
        } else if (node instanceof Element && ((Element) node).isBlock()) {
          newline(sb);
        }
      }
    });
    return sb.toString().strip();
  }

  private static void newline(StringBuilder sb) {
    int n = sb.length();
    while (n > 0 && sb.charAt(n - 1) == ' ') {
      n--;
    }
    sb.setLength(n);
    if (n > 0 && sb.charAt(n - 1) != '\n') {
      sb.append('\n');
    }
  }
}
