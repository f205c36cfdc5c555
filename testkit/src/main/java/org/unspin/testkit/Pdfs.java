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
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        float y = 720;
        for (List<String> paragraph : paragraphs) {
          boolean first = true;
          for (String line : paragraph) {
            out.beginText();
            out.newLineAtOffset(first ? 92 : 72, y);
            out.showText(line);
            out.endText();
            y -= 14;
            first = false;
          }
          y -= 14;
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }
}
