// SPDX-License-Identifier: Apache-2.0
package org.unspin.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Writes small real PDF files for tests, with PDFBox. */
public final class Pdfs {

  private Pdfs() {}

  /**
   * Writes a one-page PDF to {@code file}: each inner list is a paragraph, each string one printed line (12 pt
   * Helvetica, 14 pt apart), with an empty line's space and an indent between paragraphs, as a typeset page has.
   */
  public static Path write(Path file, List<List<String>> paragraphs) throws IOException {
    return writePages(file, List.of(paragraphs), null, null);
  }

  /**
   * Writes a PDF of {@code pages}, each laid out as {@link #write} lays out its one page, with a running head above
   * and a running foot below the text when they are not null; a {@code %d} in them is the page number.
   */
  public static Path writePages(Path file, List<List<List<String>>> pages, String head, String foot)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      for (int p = 0; p < pages.size(); p++) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
          out.setFont(font, 12);
          if (head != null) {
            line(out, 72, 760, String.format(head, p + 1));
          }
          float y = 720;
          for (List<String> paragraph : pages.get(p)) {
            boolean first = true;
            for (String line : paragraph) {
              line(out, first ? 92 : 72, y, line);
              y -= 14;
              first = false;
            }
            y -= 14;
          }
          if (foot != null) {
            line(out, 72, 40, String.format(foot, p + 1));
          }
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /**
   * The bytes of a PDF of {@code pages} (as {@link #writePages} lays them out, written to {@code file} first) cut
   * short where its first page's text begins, as a crawler's size limit or a stopped download cuts one: written
   * without object streams, its catalog and page tree come whole before the pages' content, of which nothing is
   * left, and it has no {@code %%EOF}.
   */
  public static byte[] cutBeforeItsText(Path file, List<List<List<String>>> pages) throws IOException {
    writePages(file, pages, null, null);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
    }
    byte[] whole = out.toByteArray();
    int stream = new String(whole, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("stream");
    return java.util.Arrays.copyOf(whole, stream + "stream".length() + 2);
  }

  /**
   * Writes a one-page PDF of one printed {@code line} whose font says (in its ToUnicode map) that the glyph of
   * character {@code glyph} stands for the character {@code unicode}, as a badly made font's map can say (U+0000
   * among them); the line's other characters read as themselves.
   */
  public static Path writeMapped(Path file, String line, char glyph, char unicode) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      String map = String.format(java.util.Locale.ROOT, "/CIDInit /ProcSet findresource begin 12 dict begin "
          + "begincmap /CMapName /Mapped def 1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar "
          + "<%02X> <%04X> endbfchar endcmap CMapName currentdict /CMap defineresource pop end end", (int) glyph,
          (int) unicode);
      org.apache.pdfbox.cos.COSStream toUnicode = doc.getDocument().createCOSStream();
      try (java.io.OutputStream out = toUnicode.createOutputStream()) {
        out.write(map.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      }
      font.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.TO_UNICODE, toUnicode);
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.setFont(font, 12);
        line(out, 72, 720, line);
      }
      doc.save(file.toFile());
    }
    return file;
  }

  private static void line(PDPageContentStream out, float x, float y, String text) throws IOException {
    out.beginText();
    out.newLineAtOffset(x, y);
    out.showText(text);
    out.endText();
  }
}
