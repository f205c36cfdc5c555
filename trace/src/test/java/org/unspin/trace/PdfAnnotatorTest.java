// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.testkit.Pdfs;
import org.unspin.text.PagedText;

class PdfAnnotatorTest {

  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

  /** Three pages (so that running heads and feet are left out of the text), the second with a hyphenated word. */
  private static Path paper(Path dir) throws IOException {
    List<List<List<String>>> pages = List.of(
        List.of(List.of("The first page says what the study is about.")),
        List.of(List.of("Profound learning is used for picture segmen-", "tation in this study."),
            List.of("Counterfeit consciousness was mentioned by the authors.")),
        List.of(List.of("The last page thanks the readers.")));
    return Pdfs.writePages(dir.resolve("paper.pdf"), pages, "Journal of Research %d", "Page %d");
  }

  /** Where {@code word} is printed on a line of {@link Pdfs}: x from the line's start. */
  private static float[] printed(String line, float lineX, String word) throws IOException {
    int at = line.indexOf(word);
    float x = lineX + FONT.getStringWidth(line.substring(0, at)) / 1000 * 12;
    return new float[] {x, x + FONT.getStringWidth(word) / 1000 * 12};
  }

  private static List<PDAnnotation> annotations(Path pdf, int page) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new ArrayList<>(doc.getPage(page).getAnnotations());
    }
  }

  @Test
  void aSpanIsHighlightedWhereItIsPrintedWithItsNote(@TempDir Path dir) throws Exception {
    Path in = paper(dir);
    PagedText text = Documents.pdf(in);
    int start = text.text().indexOf("Counterfeit consciousness");
    PdfAnnotator.Result r = PdfAnnotator.annotate(in, List.of(new Mark(start,
        start + "Counterfeit consciousness".length(), "counterfeit consciousness -> artificial intelligence",
        Mark.Level.HIGH)), null, dir.resolve("out.pdf"));

    assertThat(r).isEqualTo(new PdfAnnotator.Result(1, 0));
    assertThat(annotations(dir.resolve("out.pdf"), 0)).isEmpty();
    List<PDAnnotation> marks = annotations(dir.resolve("out.pdf"), 1);
    assertThat(marks).hasSize(1);
    PDAnnotationHighlight h = (PDAnnotationHighlight) marks.get(0);
    assertThat(h.getContents()).isEqualTo("counterfeit consciousness -> artificial intelligence");
    // Pdfs lays out the second paragraph's first line indented at x 92, three lines down: baseline 720 - 3 * 14
    float[] x = printed("Counterfeit consciousness was mentioned by the authors.", 92, "Counterfeit consciousness");
    float[] q = h.getQuadPoints();
    assertThat(q).hasSize(8);
    assertThat(q[0]).isCloseTo(x[0], within(0.5f));
    assertThat(q[2]).isCloseTo(x[1], within(0.5f));
    assertThat(q[5]).isLessThan(678f).isGreaterThan(670f); // lower edge just below the baseline
    assertThat(q[1]).isGreaterThan(684f).isLessThan(694f); // upper edge about a letter above it
    try (PDDocument doc = Loader.loadPDF(dir.resolve("out.pdf").toFile())) { // drawn, not only described
      assertThat(doc.getPage(1).getAnnotations().get(0).getAppearance().getNormalAppearance()).isNotNull();
    }
  }

  @Test
  void aWordHyphenatedAcrossLinesIsHighlightedOnBothLines(@TempDir Path dir) throws Exception {
    Path in = paper(dir);
    PagedText text = Documents.pdf(in);
    int start = text.text().indexOf("picture segmentation");
    assertThat(start).isPositive();
    PdfAnnotator.annotate(in, List.of(new Mark(start, start + "picture segmentation".length(),
        "picture segmentation -> image segmentation", Mark.Level.MEDIUM)), null, dir.resolve("out.pdf"));

    PDAnnotationHighlight h = (PDAnnotationHighlight) annotations(dir.resolve("out.pdf"), 1).get(0);
    float[] q = h.getQuadPoints();
    assertThat(q).hasSize(16);
    float[] first = printed("Profound learning is used for picture segmen-", 92, "picture segmen");
    assertThat(q[0]).isCloseTo(first[0], within(0.5f));
    assertThat(q[2]).isCloseTo(first[1], within(0.5f)); // the hyphen, left out of the text, is not marked
    float[] second = printed("tation in this study.", 72, "tation");
    assertThat(q[8]).isCloseTo(second[0], within(0.5f));
    assertThat(q[10]).isCloseTo(second[1], within(0.5f));
    assertThat(q[13]).isLessThan(q[5] - 10); // the second line is lower on the page
  }

  /** One page: {@code line} at (100, 600) on a page cropped to start at (60, 80), or turned on a landscape page. */
  private static Path page(Path file, String line, boolean landscape) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
          org.apache.pdfbox.pdmodel.common.PDRectangle.LETTER);
      if (landscape) {
        page.setRotation(90);
      } else {
        page.setCropBox(new org.apache.pdfbox.pdmodel.common.PDRectangle(60, 80, 480, 600));
      }
      doc.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream out = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc,
          page)) {
        out.setFont(FONT, 12);
        out.beginText();
        // a landscape page's text runs up the page, so that it reads across once the page is turned
        out.setTextMatrix(landscape ? new org.apache.pdfbox.util.Matrix(0, 1, -1, 0, 100, 600)
            : org.apache.pdfbox.util.Matrix.getTranslateInstance(100, 600));
        out.showText(line);
        out.endText();
      }
      doc.save(file.toFile());
    }
    return file;
  }

  @Test
  void aCroppedPageAndALandscapePageAreMarkedWhereTheWordsAre(@TempDir Path dir) throws Exception {
    String line = "The mayor mentioned on Tuesday that the town would spend more.";
    float[] x = printed(line, 0, "mentioned");
    for (boolean landscape : new boolean[] {false, true}) {
      Path in = page(dir.resolve(landscape + ".pdf"), line, landscape);
      int start = Documents.pdf(in).text().indexOf("mentioned");
      PdfAnnotator.annotate(in, List.of(new Mark(start, start + 9, "mentioned -> said",
          Mark.Level.HIGH)), null, dir.resolve(landscape + ".out.pdf"));
      float[] q = ((PDAnnotationHighlight) annotations(dir.resolve(landscape + ".out.pdf"), 0).get(0)).getQuadPoints();
      if (landscape) { // along the page's height: x is the line's, y runs from the word's start to its end
        assertThat(q[4]).isCloseTo(100 + 0.25f * 12, within(0.5f)); // lower left: below the baseline is +x here
        assertThat(q[1]).isCloseTo(600 + x[0], within(0.5f));
        assertThat(q[3]).isCloseTo(600 + x[1], within(0.5f));
      } else { // in page space, not the crop box's
        assertThat(q[0]).isCloseTo(100 + x[0], within(0.5f));
        assertThat(q[2]).isCloseTo(100 + x[1], within(0.5f));
        assertThat(q[5]).isCloseTo(600 - 0.25f * 12, within(0.5f));
      }
    }
  }

  @Test
  void theSummaryIsANoteOnTheFirstPageAndTheInputIsUnchanged(@TempDir Path dir) throws Exception {
    Path in = paper(dir);
    byte[] before = Files.readAllBytes(in);
    PdfAnnotator.Result r = PdfAnnotator.annotate(in, List.of(), "unspin: spun (P(spun) = 0.98)",
        dir.resolve("out.pdf"));

    assertThat(r).isEqualTo(new PdfAnnotator.Result(0, 0));
    List<PDAnnotation> notes = annotations(dir.resolve("out.pdf"), 0);
    assertThat(notes).hasSize(1).first().isInstanceOf(PDAnnotationText.class);
    assertThat(notes.get(0).getContents()).isEqualTo("unspin: spun (P(spun) = 0.98)");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    // with marks on the first page, the note comes first
    int start = Documents.pdf(in).text().indexOf("study");
    PdfAnnotator.annotate(in, List.of(new Mark(start, start + 5, "x", Mark.Level.LOW)), "s",
        dir.resolve("both.pdf"));
    assertThat(annotations(dir.resolve("both.pdf"), 0)).extracting(PDAnnotation::getContents).containsExactly("s", "x");
    // the copy reads as the same text, so its spans are where they were
    assertThat(Documents.pdf(dir.resolve("out.pdf"))).isEqualTo(Documents.pdf(in));
  }

  @Test
  void aSpanOfRunningHeadsOrOutsideTheTextIsCountedNotDrawn(@TempDir Path dir) throws Exception {
    Path in = paper(dir);
    int length = Documents.pdf(in).text().length();
    PdfAnnotator.Result r = PdfAnnotator.annotate(in, List.of(new Mark(length + 5, length + 9, "x",
        Mark.Level.LOW)), null, dir.resolve("out.pdf"));

    assertThat(r).isEqualTo(new PdfAnnotator.Result(0, 1));
  }

  @Test
  void aPdfInMemoryIsAnnotatedTheSameWay(@TempDir Path dir) throws Exception {
    Path in = paper(dir);
    PagedText text = Documents.pdf(in);
    int start = text.text().indexOf("mentioned");
    byte[] out = PdfAnnotator.annotate(Files.readAllBytes(in), "upload.pdf", List.of(new Mark(start,
        start + 9, "mentioned -> said", Mark.Level.HIGH)), "summary");

    Files.write(dir.resolve("mem.pdf"), out);
    assertThat(annotations(dir.resolve("mem.pdf"), 1)).singleElement()
        .extracting(PDAnnotation::getContents).isEqualTo("mentioned -> said");
  }

  @Test
  void badInputIsAnErrorNamingItAndTheInputIsNeverOverwritten(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.pdf"), "not a pdf");
    assertThatThrownBy(() -> PdfAnnotator.annotate(bad, List.of(), null, dir.resolve("out.pdf")))
        .isInstanceOf(IOException.class).hasMessageContaining("bad.pdf").hasMessageContaining("not a readable PDF");
    assertThatThrownBy(() -> PdfAnnotator.annotate("%PDF-1.4 broken".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "upload.pdf", List.of(), null)).isInstanceOf(IOException.class).hasMessageContaining("upload.pdf");
    Path in = paper(dir);
    byte[] before = Files.readAllBytes(in);
    assertThatThrownBy(() -> PdfAnnotator.annotate(in, List.of(), "s", in)).isInstanceOf(IOException.class)
        .hasMessageContaining("is the input file");
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
  }
}
