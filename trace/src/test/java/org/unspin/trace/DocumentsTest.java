// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.fetch.ModelFormatException;
import org.unspin.text.PagedText;

class DocumentsTest {

  private static Map<String, String> read(Path p) throws Exception {
    Map<String, String> docs = new LinkedHashMap<>();
    Documents.read(p, docs::put, w -> { });
    return docs;
  }

  @Test
  void folderIsReadRecursivelyInNameOrderWithoutHiddenFiles(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b/c"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/c/z.txt"), "zed");
    Files.writeString(dir.resolve("a.txt"), "ay");
    Files.writeString(dir.resolve(".hidden.txt"), "no");
    Files.writeString(dir.resolve(".git/x.txt"), "no");
    // a corpus's index, notes and metadata are not among its documents; a page saved without an ending is
    Files.writeString(dir.resolve("index.tsv"), "file\tsource");
    Files.writeString(dir.resolve("meta.json"), "{}");
    Files.writeString(dir.resolve("b/page"), "bee");
    assertThat(read(dir).values()).containsExactly("ay", "zed", "bee");
    // named on its own, any file is read
    assertThat(read(dir.resolve("index.tsv")).values()).containsExactly("file\tsource");
  }

  @Test
  void aFoldersJatsArticlesAreReadAndItsOtherXmlIsLeftOut(@TempDir Path dir) throws Exception {
    // a publisher's delivery: articles as .xml (or PubMed Central's .nxml) beside a manifest
    Files.writeString(dir.resolve("a.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE article>\n<article "
        + "article-type=\"research-article\"><body><p>Ay.</p></body></article>");
    Files.writeString(dir.resolve("b.nxml"), "<article><body><p>Bee.</p></body></article>");
    Files.writeString(dir.resolve("manifest.xml"), "<manifest><item href=\"a.xml\"/><sub-article/></manifest>");
    // saved as UTF-16 by an editor, or a set of two
    Files.writeString(dir.resolve("c.xml"), "\uFEFF<article><body><p>Sea.</p></body></article>",
        StandardCharsets.UTF_16LE);
    Files.writeString(dir.resolve("d.xml"), "<pmc-articleset><article><body><p>Dee.</p></body></article><article>"
        + "<body><p>Eee.</p></body></article></pmc-articleset>");
    java.util.List<Path> leftOut = new java.util.ArrayList<>();
    assertThat(Documents.files(dir, leftOut)).containsExactly(dir.resolve("a.xml"), dir.resolve("b.nxml"),
        dir.resolve("c.xml"), dir.resolve("d.xml"));
    assertThat(leftOut).containsExactly(dir.resolve("manifest.xml"));
    assertThat(read(dir)).containsExactly(Map.entry(dir.resolve("a.xml").toString(), "Ay.\n"),
        Map.entry(dir.resolve("b.nxml").toString(), "Bee.\n"), Map.entry(dir.resolve("c.xml").toString(), "Sea.\n"),
        Map.entry(dir.resolve("d.xml") + "#1", "Dee.\n"), Map.entry(dir.resolve("d.xml") + "#2", "Eee.\n"));
    assertThat(Documents.articleCount(dir.resolve("d.xml"), 99)).isEqualTo(2);
    assertThat(Documents.articleCount(dir.resolve("c.xml"), 99)).isEqualTo(1);
    // named on its own, an .xml file without an article is an error naming it
    assertThatThrownBy(() -> Documents.readText(dir.resolve("manifest.xml"))).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("manifest.xml").hasMessageContaining("not a JATS article");
  }

  @Test
  void aGzipCompressedSetIsReadAsPubMedsBaselineFilesComeAndABrokenOneIsAnErrorNamingIt(@TempDir Path dir)
      throws Exception {
    byte[] xml = ("<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>One."
        + "</ArticleTitle></Article></MedlineCitation></PubmedArticle><PubmedArticle><MedlineCitation><PMID>2</PMID>"
        + "<Article><ArticleTitle>Two.</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>")
        .getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
      out.write(xml);
    }
    Path folder = Files.createDirectories(dir.resolve("baseline"));
    Files.write(folder.resolve("pubmed26n0001.xml.gz"), gz.toByteArray());
    assertThat(Documents.articleCount(folder.resolve("pubmed26n0001.xml.gz"), 99)).isEqualTo(2);
    assertThat(read(folder)).containsExactly(
        Map.entry(folder.resolve("pubmed26n0001.xml.gz") + "#1", "One.\n"),
        Map.entry(folder.resolve("pubmed26n0001.xml.gz") + "#2", "Two.\n"));
    Path cut = Files.write(dir.resolve("cut.xml.gz"), java.util.Arrays.copyOf(gz.toByteArray(), 20));
    assertThatThrownBy(() -> Documents.readText(cut)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("cut.xml.gz").hasMessageContaining("gzip");
  }

  @Test
  void aTextFileThatIsNotUtf8IsWordedAsRestoreAndDetectWordItWithItsByteOffset(@TempDir Path dir) throws Exception {
    Path latin1 = Files.write(dir.resolve("caf\u00e9.txt"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> Documents.readText(latin1));
    assertThat(e.getMessage()).startsWith(latin1 + ": not valid UTF-8 at byte offset 3 (").contains("iconv");
    assertThat(e.offset()).isEqualTo(3);
  }

  /** A hostile PDF a security review made, copied out of the test resources. */
  private static Path hostile(Path dir, String name) throws IOException {
    try (java.io.InputStream in = DocumentsTest.class.getResourceAsStream("hostile/" + name)) {
      return Files.write(dir.resolve(name), in.readAllBytes());
    }
  }

  @Test
  void aPdfWhosePageTreeHoldsItselfOrLiesAboutItsPagesIsReportedNotFatal(@TempDir Path dir) throws Exception {
    // the PDF library threw an IllegalStateException (a tree that holds itself) and a page count of 2^31 - 1 asked
    // for an array of that size: either ended a folder's screening, the files after it never read
    for (String name : java.util.List.of("tree_cycle.pdf", "count_lie.pdf")) {
      Path pdf = hostile(dir, name);
      assertThatThrownBy(() -> Documents.readDocument(pdf, Documents.Html.ARTICLE)).isInstanceOf(IOException.class)
          .hasMessageContaining("not a readable PDF");
    }
  }

  @Test
  void aPdfWhoseDrawingObjectsDrawThemselvesIsReadToALimit(@TempDir Path dir) throws Exception {
    // a page's text drawn through an object that draws itself twice (and one whose objects draw each other ten
    // times over): a worker had read such a file of 908 bytes for hours
    PagedText t = Documents.readDocument(hostile(dir, "xobject_recursion.pdf"), Documents.Html.ARTICLE);
    assertThat(t.text()).startsWith("The mayor mentioned on Tuesday that officers debated the plan.");
    assertThat(t.text().split("recursing", -1).length - 1).isPositive().isLessThanOrEqualTo(Documents.MAX_PDF_FORMS);
    assertThat(Documents.readDocument(hostile(dir, "xobject_fanout.pdf"), Documents.Html.ARTICLE).text())
        .isNotBlank();
  }

  @Test
  void pdfIsReadAsParagraphsWithLinesAndHyphenatedWordsJoined(@TempDir Path dir) throws Exception {
    Path pdf = org.unspin.testkit.Pdfs.write(dir.resolve("paper.pdf"), java.util.List.of(
        java.util.List.of("Profound learning is used for picture segmen-", "tation in this study."),
        java.util.List.of("The results are reported in the next section.")));
    assertThat(Documents.readText(pdf)).isEqualTo("Profound learning is used for picture segmentation in this study."
        + "\n\nThe results are reported in the next section.\n");
    assertThat(read(dir)).containsOnlyKeys(pdf.toString());
  }

  @Test
  void aNulCharacterAPdfsFontGivesReadsAsTheReplacementCharacter(@TempDir Path dir) throws Exception {
    // a font whose map says "#" stands for U+0000: the text had held the NUL, which /v1/detect refuses
    Path pdf = org.unspin.testkit.Pdfs.writeMapped(dir.resolve("nul.pdf"), "The council mentioned# the budget.",
        '#', '\0');
    String expected = "The council mentioned\uFFFD the budget.\n";
    assertThat(Documents.readText(pdf)).isEqualTo(expected);
    PagedText upload = Documents.pdf(Files.readAllBytes(pdf), "upload");
    assertThat(upload.text()).isEqualTo(expected);
    assertThat(upload.pageStarts()).containsExactly(0);
  }

  @Test
  void runningHeadsFeetAndPageNumbersOfAPdfAreNotItsText(@TempDir Path dir) throws Exception {
    java.util.List<java.util.List<java.util.List<String>>> pages = new java.util.ArrayList<>();
    StringBuilder expected = new StringBuilder();
    String[] topics = {"counterfeit consciousness", "profound learning", "irregular woodland", "huge information"};
    for (int p = 1; p <= 4; p++) {
      String line = "This part of the paper reports " + topics[p - 1] + " results.";
      pages.add(java.util.List.of(java.util.List.of(line)));
      expected.append(p == 1 ? "" : "\n\n").append(line);
    }
    Path pdf = org.unspin.testkit.Pdfs.writePages(dir.resolve("paper.pdf"), pages,
        "Journal of Applied Research 12 (2021) 101-115", "Page %d of 4");
    assertThat(Documents.readText(pdf)).isEqualTo(expected + "\n");
  }

  @Test
  void aDoubleSpacedPdfsLinesAreNotParagraphsOfTheirOwn(@TempDir Path dir) throws Exception {
    // a manuscript set double spaced: 12 pt type on 28 pt lines, a paragraph begun by an indent
    Path pdf = dir.resolve("manuscript.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream out =
          new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        out.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        float y = 740;
        for (int k = 0; k < 16; k++) {
          out.beginText();
          out.newLineAtOffset(k % 8 == 0 ? 92 : 72, y);
          out.showText(k == 3 ? "line three ends in counterfeit" : k == 4 ? "consciousness and line four goes on"
              : "line " + k + " of the manuscript goes on here");
          out.endText();
          y -= 28;
        }
      }
      doc.save(pdf.toFile());
    }
    String text = Documents.readDocument(pdf, Documents.Html.ARTICLE).text();
    assertThat(text).contains("counterfeit consciousness"); // a phrase across two printed lines is one
    assertThat(text.split("\n\n")).hasSize(2); // the two indented paragraphs, not 16
  }

  @Test
  void eachPageOfAPdfStartsWhereItsFirstTextIs(@TempDir Path dir) throws Exception {
    java.util.List<java.util.List<java.util.List<String>>> pages = java.util.List.of(
        java.util.List.of(java.util.List.of("Counterfeit consciousness is studied here.")),
        java.util.List.of(), // a page without text (a figure) starts where the next one does
        java.util.List.of(java.util.List.of("Profound learning is used for picture segmen-"),
            java.util.List.of("The irregular woodland")),
        java.util.List.of(java.util.List.of("tation and huge information.")));
    Path pdf = org.unspin.testkit.Pdfs.writePages(dir.resolve("paper.pdf"), pages, "Journal of Research",
        "Page %d of 4");
    PagedText t = Documents.readDocument(pdf, Documents.Html.ARTICLE);
    assertThat(t.text()).isEqualTo(Documents.readText(pdf)).isEqualTo("Counterfeit consciousness is studied here."
        + "\n\nProfound learning is used for picture segmen-\n\nThe irregular woodland"
        + " tation and huge information.\n"); // a paragraph cut by a page break runs on
    int third = t.text().indexOf("Profound");
    int fourth = t.text().indexOf("tation and");
    assertThat(t.pageStarts()).containsExactly(0, third, third, fourth);
    assertThat(t.pageAt(0)).isEqualTo(1);
    assertThat(t.pageAt(third - 1)).isEqualTo(1);
    assertThat(t.pageAt(third)).isEqualTo(3);
    assertThat(t.pageAt(t.text().indexOf("woodland"))).isEqualTo(3);
    assertThat(t.pageAt(fourth)).isEqualTo(4);
    assertThat(t.pageAt(t.text().length())).isEqualTo(4);
    Path txt = Files.writeString(dir.resolve("a.txt"), "No pages here.");
    assertThat(Documents.readDocument(txt, Documents.Html.ARTICLE).pageStarts()).isEmpty();
    assertThat(PagedText.of("x").pageAt(0)).isZero();
  }

  @Test
  void aParagraphCutByAPageBreakIsOneParagraph(@TempDir Path dir) throws Exception {
    // a phrase across a page break, with a running head and page numbers between its words, is still one phrase
    java.util.List<java.util.List<java.util.List<String>>> pages = java.util.List.of(
        java.util.List.of(java.util.List.of("We trained an irregular")),
        java.util.List.of(java.util.List.of("timberland classifier with slope plum-")),
        java.util.List.of(java.util.List.of("met on the data.")),
        java.util.List.of(java.util.List.of("It converged."), java.util.List.of("Results follow.")));
    Path pdf = org.unspin.testkit.Pdfs.writePages(dir.resolve("paper.pdf"), pages, "Journal of Research",
        "Page %d of 4");
    PagedText t = Documents.readDocument(pdf, Documents.Html.ARTICLE);
    assertThat(t.text()).isEqualTo("We trained an irregular timberland classifier with slope plummet on the data."
        + "\n\nIt converged.\n\nResults follow.\n");
    assertThat(t.pageStarts()).containsExactly(0, t.text().indexOf("timberland"), t.text().indexOf("met on"),
        t.text().indexOf("It converged"));
  }

  @Test
  void aLineRepeatedInsidePagesOrAtTheEdgesOfFewOfThemStays() {
    java.util.List<String> pages = java.util.List.of(
        "Results\nThe same sentence.\nMiddle one.\nMore text here.\nEnd of page one.",
        "Results\nOther text.\nThe same sentence.\nMore text here.\nEnd of page two.",
        "Discussion\nOther text.\nThe same sentence.\nStill more.\nEnd of page three.",
        "Methods\nText.\nThe same sentence.\nText again.\nEnd of page four.");
    String out = PdfMargins.strip(pages);
    // "Results" heads two of four pages (under three), "The same sentence." is inside the pages
    assertThat(out).contains("Results", "The same sentence.", "End of page four.");
    // a line at an edge of every page, numbers masked, goes
    String numbered = PdfMargins.strip(java.util.List.of("Vol 3 p 1\nText one.\nMore.", "Vol 3 p 2\nText two.\nMore.",
        "Vol 3 p 3\nText three.\nMore."));
    assertThat(numbered).doesNotContain("Vol").contains("Text one.", "Text three.");
    // a two-page paper's running head heads both its pages
    String two = PdfMargins.strip(java.util.List.of("Journal of Imaging 4 (2024)\nText one.\nMore.\nEnd one.",
        "Journal of Imaging 4 (2024)\nText two.\nMore again.\nEnd two."));
    assertThat(two).doesNotContain("Journal").contains("Text one.", "Text two.");
    // pages that each hold only the same line: that is the text, not a margin (it had read as a PDF with no text)
    assertThat(PdfMargins.strip(java.util.List.of("a", "a"))).isEqualTo("\fa\fa");
    assertThat(PdfMargins.strip(java.util.List.of("Page 1", "Page 2"))).contains("Page 1", "Page 2");
  }

  @Test
  void aTurnedPageReadsAsItsWords(@TempDir Path dir) throws Exception {
    Path pdf = dir.resolve("turned.pdf");
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      page.setRotation(90); // turned by the viewer, its text written across the unturned page
      doc.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream out =
          new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        out.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
        out.beginText();
        out.newLineAtOffset(100, 600);
        out.showText("The mayor mentioned on Tuesday that the town would spend more.");
        out.endText();
      }
      doc.save(pdf.toFile());
    }
    // PDFBox's own order had read "T he m ayor m entioned on T uesday"
    assertThat(Documents.readText(pdf)).isEqualTo("The mayor mentioned on Tuesday that the town would spend more.\n");
  }

  @Test
  void aPdfWithoutTextSaysSoInsteadOfGivingAnEmptyDocument(@TempDir Path dir) throws Exception {
    Path pdf = org.unspin.testkit.Pdfs.write(dir.resolve("scan.pdf"), java.util.List.of());
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> Documents.readText(pdf));
    assertThat(e.getMessage()).contains("scan.pdf", "no text");
    assertThat(assertThrows(java.io.IOException.class, () -> Documents.pdf(Files.readAllBytes(pdf), "upload"))
        .getMessage()).isEqualTo("upload: the PDF has no text (scanned pages need OCR first)");
  }

  @Test
  void aPdfCutShortIsSaidToBeTruncatedNotScanned(@TempDir Path dir) throws Exception {
    // PDFBox reads what it can of a PDF a crawler's size limit cut: its page tree, and no page's text, which had
    // been said to be a PDF of scanned pages
    byte[] cut = org.unspin.testkit.Pdfs.cutBeforeItsText(dir.resolve("whole.pdf"), java.util.List.of(
        java.util.List.of(java.util.List.of("The council approved the new budget on Tuesday evening.")),
        java.util.List.of(java.util.List.of("The mayor said the town would spend more on its roads."))));
    assertThat(assertThrows(IOException.class, () -> Documents.pdf(cut, "cut")).getMessage())
        .isEqualTo("cut: not a readable PDF: truncated (it does not end in %%EOF, as a whole PDF does)");
    Path file = Files.write(dir.resolve("cut.pdf"), cut);
    assertThat(assertThrows(ModelFormatException.class, () -> Documents.readText(file)).getMessage())
        .contains("cut.pdf", "not a readable PDF: truncated").doesNotContain("scanned");
  }

  @Test
  void aPdfCutShortBeforeItsPageTreeIsTruncatedWithThePdfLibrarysWord(@TempDir Path dir) throws Exception {
    byte[] whole = Files.readAllBytes(org.unspin.testkit.Pdfs.write(dir.resolve("whole.pdf"),
        java.util.List.of(java.util.List.of("The council approved the new budget on Tuesday evening."))));
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertThat(assertThrows(IOException.class, () -> Documents.pdf(cut, "cut")).getMessage())
        .startsWith("cut: not a readable PDF: truncated (it does not end in %%EOF, as a whole PDF does; ");
  }

  @Test
  void aWholePdfThePdfLibraryCannotReadIsDamaged() {
    byte[] garbled = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThat(assertThrows(IOException.class, () -> Documents.pdf(garbled, "bad")).getMessage())
        .startsWith("bad: not a readable PDF: damaged (");
  }

  @Test
  void aWordDocumentIsReadAsItsParagraphsWithoutTrackedDeletionsOrFieldCodes(@TempDir Path dir) throws Exception {
    String body = org.unspin.testkit.Docx.paragraph("Profound learning ", "is used", " for picture segmentation.")
        // a tab, a tracked deletion, a tracked insertion and a field code in one paragraph
        + "<w:p><w:r><w:t>The results</w:t></w:r><w:r><w:tab/><w:t>are</w:t></w:r>"
        + "<w:del><w:r><w:delText> not</w:delText></w:r></w:del>"
        + "<w:ins><w:r><w:t xml:space=\"preserve\"> reported</w:t></w:r></w:ins>"
        + "<w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> below.</w:t></w:r>"
        + "</w:p>"
        + "<w:p/>" // an empty paragraph is no paragraph
        + "<w:tbl><w:tr><w:tc>" + org.unspin.testkit.Docx.paragraph("A cell of a table.") + "</w:tc></w:tr></w:tbl>"
        // a text box as Word writes it: once as a drawing, once as a fallback for older readers
        + "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
        + "<mc:Choice Requires=\"wps\">" + org.unspin.testkit.Docx.paragraph("A text box.") + "</mc:Choice>"
        + "<mc:Fallback>" + org.unspin.testkit.Docx.paragraph("A text box.") + "</mc:Fallback></mc:AlternateContent>";
    Path docx = org.unspin.testkit.Docx.write(dir.resolve("manuscript.docx"), body);
    assertThat(Documents.readText(docx)).isEqualTo("Profound learning is used for picture segmentation.\n\n"
        + "The results are reported below.\n\nA cell of a table.\n\nA text box.\n");
    assertThat(read(dir)).containsOnlyKeys(docx.toString());
  }

  @Test
  void anHtmlFileThatNamesNoEncodingAndIsNotUtf8IsReadAsWindows1252(@TempDir Path dir) throws Exception {
    // saved by an older editor: curly quotation marks and an accented letter in windows-1252, no meta tag
    Path page = dir.resolve("story.html");
    Files.write(page, "<html><body><p>The \u201cquick\u201d fox said it\u2019s caf\u00e9 time.</p></body></html>"
        .getBytes("windows-1252"));
    assertThat(Documents.readText(page)).isEqualTo("The \u201cquick\u201d fox said it\u2019s caf\u00e9 time.");
    // a page that says it is UTF-8 is read as UTF-8, a bad byte as U+FFFD, as browsers read it
    Files.write(page, "<meta charset=utf-8><p>it\u2019s caf\u00e9</p>".getBytes("windows-1252"));
    assertThat(Documents.readText(page)).isEqualTo("it\uFFFDs caf\uFFFD");
  }

  @Test
  void aWordNonBreakingHyphenIsAHyphenNotAJoin(@TempDir Path dir) throws Exception {
    // Word writes a hyphen typed with Ctrl+Shift+- as an element, not a character
    Path docx = org.unspin.testkit.Docx.write(dir.resolve("hyphen.docx"), "<w:p><w:r><w:t>A well</w:t>"
        + "<w:noBreakHyphen/><w:t xml:space=\"preserve\">known result.</w:t></w:r></w:p>");
    assertThat(Documents.readText(docx)).isEqualTo("A well-known result.\n");
    byte[] bytes = Files.readAllBytes(docx);
    String text = Documents.docxToText(bytes, "hyphen");
    int at = text.indexOf("well-known");
    byte[] out = WordAnnotator.annotate(bytes, "hyphen", List.of(new Mark(at, at + 10, "n", Mark.Level.HIGH)), null);
    assertThat(Documents.docxToText(out, "out")).isEqualTo(text);
    assertThat(WordAnnotator.comments(out)).containsValue("n");
  }

  @Test
  void aTrackedMoveIsReadWhereTheTextWentNotTwice(@TempDir Path dir) throws Exception {
    // Word with track changes on: a sentence moved to the next paragraph stays in its old place as w:moveFrom, in
    // plain w:t runs (not w:delText), and is written again in its new place as w:moveTo
    Path docx = org.unspin.testkit.Docx.write(dir.resolve("moved.docx"), "<w:p><w:moveFromRangeStart w:id=\"1\" "
        + "w:name=\"move1\"/><w:moveFrom w:id=\"2\" w:author=\"Editor\"><w:r><w:t>The trial was small.</w:t></w:r>"
        + "</w:moveFrom><w:moveFromRangeEnd w:id=\"1\"/><w:r><w:t xml:space=\"preserve\"> Its results were clear."
        + "</w:t></w:r></w:p><w:p><w:moveToRangeStart w:id=\"3\" w:name=\"move1\"/><w:moveTo w:id=\"4\" "
        + "w:author=\"Editor\"><w:r><w:t>The trial was small.</w:t></w:r></w:moveTo><w:moveToRangeEnd w:id=\"3\"/>"
        + "</w:p>");
    assertThat(Documents.readText(docx)).isEqualTo("Its results were clear.\n\nThe trial was small.\n");
    byte[] bytes = Files.readAllBytes(docx);
    String text = Documents.docxToText(bytes, "moved");
    int at = text.indexOf("small");
    byte[] out = WordAnnotator.annotate(bytes, "moved", List.of(new Mark(at, at + 5, "small", Mark.Level.HIGH)),
        null);
    assertThat(Documents.docxToText(out, "out")).isEqualTo(text);
    assertThat(WordAnnotator.comments(out)).containsValue("small");
  }

  @Test
  void aTextBoxInsideAParagraphIsAParagraphOfItsOwnNotRunIntoTheWordsAroundIt(@TempDir Path dir) throws Exception {
    // Word anchors a text box in a run of the paragraph beside it; the box holds paragraphs of its own
    String box = "<w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
        + "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent>" + org.unspin.testkit.Docx.paragraph("A boxed note.")
        + org.unspin.testkit.Docx.paragraph("Its second line.") + "</w:txbxContent></w:drawing></mc:Choice>"
        + "<mc:Fallback><w:pict><w:txbxContent>" + org.unspin.testkit.Docx.paragraph("A boxed note.")
        + "</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    Path docx = org.unspin.testkit.Docx.write(dir.resolve("boxed.docx"), "<w:p><w:r><w:t>The study began</w:t></w:r>"
        + box + "<w:r><w:t xml:space=\"preserve\"> in the spring.</w:t></w:r></w:p>"
        + org.unspin.testkit.Docx.paragraph("Then it ended."));
    assertThat(Documents.readText(docx)).isEqualTo("A boxed note.\n\nIts second line.\n\n"
        + "The study began in the spring.\n\nThen it ended.\n");
    // LibreOffice's frame: a text box of paragraphs inside a paragraph
    Path odt = org.unspin.testkit.Docx.writeOdt(dir.resolve("boxed.odt"), "<text:p>The study began<draw:frame "
        + "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\"><draw:text-box><text:p>A boxed note."
        + "</text:p></draw:text-box></draw:frame> in the spring.</text:p><text:p>Then it ended.</text:p>");
    assertThat(Documents.readText(odt)).isEqualTo("A boxed note.\n\nThe study began in the spring.\n\n"
        + "Then it ended.\n");
  }

  @Test
  void anOpenDocumentTextIsReadAsItsParagraphsWithoutNotesCommentsOrDeletions(@TempDir Path dir) throws Exception {
    String body = "<text:tracked-changes><text:changed-region><text:deletion><text:p>Deleted words.</text:p>"
        + "</text:deletion></text:changed-region></text:tracked-changes>"
        + "<text:h>Results</text:h>"
        + "<text:p>Profound <text:span>learning</text:span><text:s/>is used<text:tab/>for picture segmentation"
        + "<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p>"
        + "</text:note-body></text:note>.</text:p>"
        + "<office:annotation xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><text:p>A comment."
        + "</text:p></office:annotation>"
        + "<text:list><text:list-item><text:p>An item of a list.</text:p></text:list-item></text:list>";
    Path odt = org.unspin.testkit.Docx.writeOdt(dir.resolve("manuscript.odt"), body);
    assertThat(Documents.readText(odt)).isEqualTo("Results\n\nProfound learning is used for picture segmentation."
        + "\n\nAn item of a list.\n");
    Path notZip = dir.resolve("notes.odt");
    Files.writeString(notZip, "plain text");
    assertThat(assertThrows(ModelFormatException.class, () -> Documents.readText(notZip)).getMessage())
        .contains("notes.odt", "not a readable OpenDocument text", "not a zip file");
  }

  @Test
  void aFileThatIsNoWordDocumentIsAFormatErrorNamingIt(@TempDir Path dir) throws Exception {
    Path notZip = dir.resolve("notes.docx");
    Files.writeString(notZip, "plain text with a .docx name");
    assertThat(assertThrows(ModelFormatException.class, () -> Documents.readText(notZip)).getMessage())
        .contains("notes.docx", "not a readable Word document", "not a zip file");
    // a document saved with a password is an OLE compound file around an encrypted zip
    Path locked = dir.resolve("locked.docx");
    byte[] ole = new byte[512];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1}, 0, ole, 0, 8);
    Files.write(locked, ole);
    assertThat(assertThrows(ModelFormatException.class, () -> Documents.readText(locked)).getMessage())
        .contains("locked.docx", "password-protected (encrypted)", "without a password");
    Path noBody = org.unspin.testkit.Docx.writeParts(dir.resolve("sheet.docx"), "xl/workbook.xml", "<workbook/>");
    assertThat(assertThrows(ModelFormatException.class, () -> Documents.readText(noBody)).getMessage())
        .contains("sheet.docx", "no word/document.xml");
    Path empty = org.unspin.testkit.Docx.write(dir.resolve("empty.docx"), "<w:p/>");
    assertThat(assertThrows(ModelFormatException.class, () -> Documents.readText(empty)).getMessage())
        .contains("empty.docx", "has no text");
    assertThat(assertThrows(java.io.IOException.class, () -> Documents.docxToText(Files.readAllBytes(notZip),
        "upload")).getMessage()).startsWith("upload: not a readable Word document");
  }

  @Test
  void aWordDocumentCannotMakeTheReaderOpenOtherFiles(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOPSECRET");
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + "<w:document xmlns:w=\"" + org.unspin.testkit.Docx.W + "\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>"
        + "</w:body></w:document>";
    Path docx = org.unspin.testkit.Docx.writeParts(dir.resolve("evil.docx"), "word/document.xml", xml);
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> Documents.readText(docx));
    assertThat(e.getMessage()).contains("evil.docx").doesNotContain("TOPSECRET");
  }

  @Test
  void damagedPdfIsAFormatErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("broken.pdf");
    Files.writeString(f, "%PDF-1.7\nthis is not a PDF body");
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> Documents.readText(f));
    assertThat(e.getMessage()).contains("broken.pdf", "PDF");
  }

  @Test
  void invalidUtf8IsAFormatErrorWithTheByteOffset(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.txt");
    Files.write(f, new byte[] {'o', 'k', (byte) 0xC3, '('});
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> read(f));
    assertThat(e.offset()).isEqualTo(2);
    assertThat(e.getMessage()).contains("bad.txt");
  }

  @Test
  void lenientReadLeavesBadFilesOutAndReportsThem(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), "fine");
    Files.write(dir.resolve("b.txt"), new byte[] {'o', 'k', (byte) 0xC3, '('});
    Files.writeString(dir.resolve("c.txt"), "also fine");
    Map<String, String> docs = new LinkedHashMap<>();
    java.util.List<String> warnings = new java.util.ArrayList<>();
    Documents.Stats stats = Documents.read(dir, docs::put, warnings::add, OnBadData.WARN);
    assertThat(docs.values()).containsExactly("fine", "also fine");
    assertThat(stats.rejected()).isEqualTo(1);
    assertThat(warnings).singleElement().asString().contains("b.txt", "offset 2");
    warnings.clear();
    assertThat(Documents.read(dir, (n, t) -> { }, warnings::add, OnBadData.SKIP).rejected()).isEqualTo(1);
    assertThat(warnings).isEmpty();
  }

  @Test
  void aDamagedWarcIsReportedWithItsBytesAsBytes(@TempDir Path dir) throws Exception {
    byte[] junk = new byte[64];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (0x80 + i); // not a WARC record: what the parser quotes of it is bytes above 0x7f
    }
    Files.write(dir.resolve("r.warc"), junk);
    java.util.List<String> warnings = new java.util.ArrayList<>();
    Documents.read(dir, (n, t) -> { }, warnings::add, OnBadData.WARN);
    assertThat(String.join("\n", warnings)).contains("r.warc").contains("damaged WARC record")
        .doesNotContain("xffffff"); // had been "\\xffffff80" for the byte 0x80
  }

  @Test
  void htmlBecomesOneLinePerBlockWithoutScripts() {
    String html = "<html><head><title>T</title><script>var x=1;</script></head><body><h1>Head line</h1>"
        + "<p>First <b>bold</b> para.</p><div>Second<br>line</div><style>p{}</style></body></html>";
    assertThat(Documents.htmlToText(Jsoup.parse(html))).isEqualTo("Head line\nFirst bold para.\nSecond\nline");
  }

  @Test
  void wordsOfNeighbouringInlineElementsStayApart() {
    // "mentionedon" had hidden the spun word from detection, and a menu read "HomeNewsSport"
    String html = "<p>The mayor <em>mentioned</em> <strong>on</strong> Tuesday.</p>\n<p>Read <a>more</a> <a>news</a>"
        + "</p>\n<ul><li>Home</li> <li>News</li></ul>";
    assertThat(Documents.htmlToText(Jsoup.parse(html)))
        .isEqualTo("The mayor mentioned on Tuesday.\nRead more news\nHome\nNews");
  }

  @Test
  void aPageKeepsTheZeroWidthCharactersHiddenInItsWords() {
    // jsoup drops them, so a disguised page was counted as undisguised (the crawl trial: 0 on the page, 3 as text)
    String html = "<p>The mayor men\u200Btioned&#8203; the\u00A0 plan, offi&shy;cials\n said.</p>";
    String text = Documents.htmlToText(Jsoup.parse(html));
    assertThat(text).isEqualTo("The mayor men\u200Btioned\u200B the plan, officials said.");
    assertThat(org.unspin.text.Disguises.find(org.unspin.text.TokenizedText.of(text))).hasSize(1);
  }

  @Test
  void codeOnAPageIsWrittenAsMarkdownMarksIt() {
    // a <pre> block between fences with its own line breaks; inline <code> between backticks, more of them than it
    // holds; so restoration leaves the code as it is (TokenizedText.codeSpans)
    String html = "<body><p>Set <code>extra_officers</code> to true, or <code>a`b</code>.</p>"
        + "<pre><code>officers = extra\n\nprint(officers)\n</code></pre><p>Done.</p></body>";
    String text = Documents.htmlToText(Jsoup.parse(html));
    assertThat(text).isEqualTo("Set `extra_officers` to true, or ``a`b``.\n```\nofficers = extra\n\n"
        + "print(officers)\n```\nDone.");
    org.unspin.text.TokenizedText t = org.unspin.text.TokenizedText.of(text);
    assertThat(t.codeSpans()).hasSize(3);
    assertThat(t.paragraphs()).hasSize(3);
  }

  @Test
  void aPageWhoseTextIsBuiltByScriptsIsAnErrorNotAnEmptyText(@TempDir Path dir) throws Exception {
    Path spa = Files.writeString(dir.resolve("app.html"),
        "<html><head><title>App</title></head><body><div id=\"root\"></div><script>render()</script></body></html>");
    for (Documents.Html how : Documents.Html.values()) {
      assertThatThrownBy(() -> Documents.readText(spa, how)).isInstanceOf(ModelFormatException.class)
          .hasMessageContaining("app.html").hasMessageContaining(Documents.NO_PAGE_TEXT);
    }
    byte[] bytes = Files.readAllBytes(spa);
    assertThatThrownBy(() -> Documents.pageText(bytes, "", Documents.Html.ARTICLE)).isInstanceOf(IOException.class)
        .hasMessage(Documents.NO_PAGE_TEXT);
    assertThat(Documents.pageText("<p>Some text.</p>".getBytes(StandardCharsets.UTF_8), "", Documents.Html.ARTICLE))
        .isEqualTo("Some text.");
  }

  @Test
  void wetConversionRecordsBecomeDocumentsNamedByTheirUrl(@TempDir Path dir) throws Exception {
    Path wet = dir.resolve("x.warc.wet.gz");
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(
        java.nio.channels.FileChannel.open(wet, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      w.write(new org.netpreserve.jwarc.Warcinfo.Builder().fields(Map.of("software", java.util.List.of("test")))
          .build());
      w.write(new org.netpreserve.jwarc.WarcConversion.Builder()
          .addHeader("WARC-Target-URI", "https://a.example/page")
          .body(org.netpreserve.jwarc.MediaType.PLAIN_TEXT, "Plain text of the page.\nSecond line.".getBytes(
              java.nio.charset.StandardCharsets.UTF_8))
          .build());
    }
    Map<String, String> docs = new LinkedHashMap<>();
    Documents.Stats stats = Documents.read(wet, docs::put, w -> { });
    assertThat(docs).containsExactly(Map.entry("https://a.example/page", "Plain text of the page.\nSecond line."));
    assertThat(stats.skipped()).isEqualTo(1);
  }

  @Test
  void aResourceWithoutATargetUriIsNamedByItsFileAndOffset(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("saved.warc");
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(
        java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.NONE)) {
      w.write(new org.netpreserve.jwarc.WarcResource.Builder().body(org.netpreserve.jwarc.MediaType.HTML,
          "<p>A page saved without its address.</p>".getBytes(StandardCharsets.UTF_8)).build());
    }
    assertThat(read(warc)).containsExactly(Map.entry(warc + " at offset 0", "A page saved without its address."));
  }

  @Test
  void pdfWordAndOpenDocumentResponsesOfACrawlAreReadAsTheirFilesAreAndScansSkipped(@TempDir Path dir)
      throws Exception {
    String line = "Profound learning is used for picture segmentation in this study.";
    byte[] pdf = Files.readAllBytes(org.unspin.testkit.Pdfs.write(dir.resolve("p.pdf"),
        java.util.List.of(java.util.List.of(line))));
    byte[] docx = Files.readAllBytes(org.unspin.testkit.Docx.write(dir.resolve("d.docx"),
        org.unspin.testkit.Docx.paragraph(line)));
    byte[] scan = Files.readAllBytes(org.unspin.testkit.Pdfs.write(dir.resolve("s.pdf"), java.util.List.of()));
    Path warc = dir.resolve("papers.warc.gz");
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(
        java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      w.write(response("https://j.example/paper.pdf", "application/pdf", pdf));
      w.write(response("https://j.example/scan.pdf", "application/pdf", scan));
      w.write(response("https://j.example/paper.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx));
      w.write(response("https://j.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
      w.write(response("https://j.example/broken.pdf", "application/pdf", "%PDF-1.4 cut".getBytes(
          StandardCharsets.US_ASCII)));
    }
    Map<String, String> docs = new LinkedHashMap<>();
    java.util.List<String> warnings = new java.util.ArrayList<>();
    Documents.Stats stats = Documents.read(warc, docs::put, warnings::add, OnBadData.WARN, Documents.Html.ARTICLE);
    assertThat(docs).containsExactly(Map.entry("https://j.example/paper.pdf", line + "\n"),
        Map.entry("https://j.example/paper.docx", line + "\n"));
    assertThat(stats.skipped()).isEqualTo(2);
    assertThat(stats.rejected()).isEqualTo(1);
    assertThat(warnings).singleElement().asString().contains("https://j.example/broken.pdf");
    // a sink that takes documents gets the PDF's page starts, the other documents none
    Map<String, java.util.List<Integer>> pages = new LinkedHashMap<>();
    Documents.read(warc, new Documents.Sink() {
      @Override
      public void accept(String name, String text) {
        throw new AssertionError("documents come with their pages");
      }

      @Override
      public void accept(String name, PagedText document) {
        pages.put(name, document.pageStarts());
      }
    }, w -> { }, OnBadData.WARN, Documents.Html.ARTICLE);
    assertThat(pages).containsExactly(Map.entry("https://j.example/paper.pdf", java.util.List.of(0)),
        Map.entry("https://j.example/paper.docx", java.util.List.of()));
  }

  private static org.netpreserve.jwarc.WarcResponse response(String url, String type, byte[] body)
      throws java.io.IOException {
    return new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create(url)).body(
        new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(org.netpreserve.jwarc.MediaType.parse(type),
            body).build()).build();
  }

  @Test
  void garbageWarcIsAFormatErrorNamingTheFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.warc");
    Files.writeString(f, "this is not a WARC record at all\r\n\r\n");
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> read(f));
    assertThat(e.getMessage()).contains("bad.warc");
    assertThat(e.offset()).isZero();
  }

  @Test
  void missingPathIsReported(@TempDir Path dir) {
    assertThrows(java.nio.file.NoSuchFileException.class, () -> read(dir.resolve("nope")));
  }
}
