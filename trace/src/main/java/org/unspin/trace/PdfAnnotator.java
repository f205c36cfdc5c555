// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.unspin.text.PagedText;
import org.unspin.text.TokenDiff;

/**
 * A copy of a PDF with findings written on it, for readers who work in the PDF itself (a comment to a journal, a
 * report to a publisher): each marked span of the text {@link Documents#pdf} reads from the file is highlighted where
 * it is printed, with a note a PDF viewer shows on hover or click ("counterfeit consciousness -> artificial
 * intelligence"), and a summary note sits at the top left of the first page.
 *
 * <p>The text and the printed glyphs are matched page by page, first word by word, then character by character
 * where the words differ: the text leaves out running heads, page numbers and line-end hyphens and joins a word
 * hyphenated across lines, which the matching skips over. A span none of whose characters is matched to a glyph is
 * counted in {@link Result#notFound()} and not drawn. The input file is never changed. Stateless; thread-safe.
 *
 * @since 0.1
 */
public final class PdfAnnotator {

  /**
   * What was written: the marks drawn, and those whose text was not found among the printed glyphs.
   *
   * @param placed marks drawn
   * @param notFound marks not drawn
   */
  public record Result(int placed, int notFound) {}

  /** The name the notes are signed with. */
  static final String AUTHOR = "unspin";

  private PdfAnnotator() {}

  /**
   * Writes to {@code out} a copy of the PDF {@code in} with {@code marks} highlighted and {@code summary} (when not
   * null) as a note on its first page. An unreadable or encrypted PDF is an {@link IOException} naming it;
   * {@code out} naming the input file is refused.
   */
  public static Result annotate(Path in, List<Mark> marks, String summary, Path out) throws IOException {
    Mark.requireCopyElsewhere(in, out);
    try (PDDocument doc = load(() -> org.apache.pdfbox.Loader.loadPDF(in.toFile()), in.toString())) {
      Result r = annotate(doc, marks, summary);
      // written whole beside it and moved in place: PDFBox, saving over a file, warns that it may corrupt one being
      // read, on standard error, every time a screening run writes its copies again
      WholeFile.write(out, os -> {
        java.io.BufferedOutputStream buffered = new java.io.BufferedOutputStream(os);
        doc.save(buffered);
        buffered.flush();
      });
      return r;
    }
  }

  /** {@link #annotate(Path, List, String, Path)} of a PDF held in memory; {@code name} names it in errors. */
  public static byte[] annotate(byte[] pdf, String name, List<Mark> marks, String summary) throws IOException {
    try (PDDocument doc = load(() -> org.apache.pdfbox.Loader.loadPDF(pdf), name)) {
      annotate(doc, marks, summary);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(pdf.length + 4096);
      doc.save(bytes);
      return bytes.toByteArray();
    }
  }

  private interface Loader {
    PDDocument load() throws IOException;
  }

  private static PDDocument load(Loader loader, String name) throws IOException {
    try {
      return loader.load();
    } catch (org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException e) {
      throw new IOException(name + ": PDF is encrypted: " + e.getMessage(), e);
    } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException(name + ": not a readable PDF: " + e.getMessage(), e);
    }
  }

  private static Result annotate(PDDocument doc, List<Mark> marks, String summary) throws IOException {
    List<List<TextPosition>> glyphs = new ArrayList<>();
    PagedText text = Documents.pdfText(doc, glyphs);
    TextPosition[] at = glyphsOf(text, glyphs);
    int placed = 0;
    for (Mark m : marks) {
      boolean drawn = false;
      int i = m.start();
      int end = Math.min(m.end(), at.length);
      while (i < end) { // one highlight per page the span is printed on
        int page = text.pageAt(i);
        List<TextPosition> g = new ArrayList<>();
        for (; i < end && text.pageAt(i) == page; i++) {
          if (at[i] != null && (g.isEmpty() || g.get(g.size() - 1) != at[i])) {
            g.add(at[i]);
          }
        }
        if (!g.isEmpty() && page >= 1 && page <= doc.getNumberOfPages()) {
          PDPage p = doc.getPage(page - 1);
          p.getAnnotations().add(highlight(doc, p, g, m));
          drawn = true;
        }
      }
      placed += drawn ? 1 : 0;
    }
    if (summary != null && doc.getNumberOfPages() > 0) {
      PDPage first = doc.getPage(0);
      PDRectangle box = first.getCropBox();
      PDAnnotationText note = new PDAnnotationText();
      note.setName(PDAnnotationText.NAME_NOTE);
      note.setRectangle(new PDRectangle(box.getLowerLeftX() + 8, box.getUpperRightY() - 28, 20, 20));
      note.setContents(summary);
      note.setTitlePopup(AUTHOR);
      note.setColor(new PDColor(Mark.Level.MEDIUM.rgb(), PDDeviceRGB.INSTANCE));
      note.setPrinted(true);
      note.constructAppearances(doc);
      List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> annotations = first.getAnnotations();
      annotations.add(0, note); // read first, before the page's highlights
      first.setAnnotations(annotations);
    }
    return new Result(placed, marks.size() - placed);
  }

  /**
   * A highlight over glyphs {@code g} (in text order) of {@code page}, one quadrilateral per printed line they are on,
   * drawn along the text's direction (a landscape page's text is turned on the page).
   */
  private static PDAnnotationHighlight highlight(PDDocument doc, PDPage page, List<TextPosition> g, Mark m) {
    // PDFBox gives glyph positions relative to the crop box's lower left corner; annotations are in page space
    PDRectangle crop = page.getCropBox();
    float dx = crop.getLowerLeftX();
    float dy = crop.getLowerLeftY();
    List<float[]> quads = new ArrayList<>(); // upper left, upper right, lower left, lower right (x, y each)
    TextPosition first = null;
    TextPosition last = null;
    for (TextPosition t : g) {
      boolean sameLine = last != null && t.getDir() == last.getDir()
          && Math.abs(t.getYDirAdj() - last.getYDirAdj()) < 0.5f * Math.max(last.getHeightDir(), 1f)
          && t.getXDirAdj() >= last.getXDirAdj() - Math.max(last.getHeightDir(), 1f);
      if (!sameLine && first != null) {
        quads.add(quad(first, last, dx, dy));
        first = null;
      }
      if (first == null) {
        first = t;
      }
      last = t;
    }
    if (first != null) {
      quads.add(quad(first, last, dx, dy));
    }
    float[] points = new float[quads.size() * 8];
    float x1 = Float.MAX_VALUE;
    float y1 = Float.MAX_VALUE;
    float x2 = -Float.MAX_VALUE;
    float y2 = -Float.MAX_VALUE;
    for (int k = 0; k < quads.size(); k++) {
      float[] q = quads.get(k);
      System.arraycopy(q, 0, points, k * 8, 8);
      for (int c = 0; c < 8; c += 2) {
        x1 = Math.min(x1, q[c]);
        x2 = Math.max(x2, q[c]);
        y1 = Math.min(y1, q[c + 1]);
        y2 = Math.max(y2, q[c + 1]);
      }
    }
    PDAnnotationHighlight h = new PDAnnotationHighlight();
    h.setRectangle(new PDRectangle(x1, y1, x2 - x1, y2 - y1));
    h.setQuadPoints(points);
    h.setColor(new PDColor(m.level().rgb(), PDDeviceRGB.INSTANCE));
    h.setContents(m.note());
    h.setTitlePopup(AUTHOR);
    h.setPrinted(true);
    h.constructAppearances(doc);
    return h;
  }

  /** Below and above the baseline a highlight reaches, in units of the font size. */
  private static final float DESCENT = 0.25f;
  private static final float ASCENT = 0.85f;

  /**
   * The quadrilateral from glyph {@code a}'s start to glyph {@code b}'s end on their line, in page space: each glyph's
   * corners mapped through its text rendering matrix (so turned text gives a turned box), shifted by the crop box.
   */
  private static float[] quad(TextPosition a, TextPosition b, float dx, float dy) {
    java.awt.geom.Point2D.Float ul = corner(a, 0, ASCENT);
    java.awt.geom.Point2D.Float ll = corner(a, 0, -DESCENT);
    java.awt.geom.Point2D.Float ur = corner(b, 1, ASCENT);
    java.awt.geom.Point2D.Float lr = corner(b, 1, -DESCENT);
    return new float[] {ul.x + dx, ul.y + dy, ur.x + dx, ur.y + dy, ll.x + dx, ll.y + dy, lr.x + dx, lr.y + dy};
  }

  /** A point of glyph {@code t}: {@code along} 0 at its start and 1 at its end, {@code up} in font sizes. */
  private static java.awt.geom.Point2D.Float corner(TextPosition t, float along, float up) {
    Matrix tm = t.getTextMatrix();
    float scale = (float) Math.hypot(tm.getValue(0, 0), tm.getValue(0, 1));
    float width = scale > 0 ? Math.max(t.getWidthDirAdj(), 0f) / scale : 0f;
    return tm.transformPoint(along * width, up);
  }

  /**
   * For each UTF-16 offset of {@code text}, the glyph printed for it, or null (whitespace, or a character the
   * matching did not find). Pages are matched one by one: the text between a page's start and the next's with the
   * glyphs of that page.
   */
  static TextPosition[] glyphsOf(PagedText text, List<List<TextPosition>> pages) {
    String t = text.text();
    TextPosition[] at = new TextPosition[t.length()];
    List<Integer> starts = text.pageStarts();
    for (int p = 0; p < pages.size() && p < starts.size(); p++) {
      int from = starts.get(p);
      int to = p + 1 < starts.size() ? starts.get(p + 1) : t.length();
      matchPage(t, from, to, pages.get(p), at);
    }
    return at;
  }

  /** A word: its characters and, for each, where it is (an offset into the text, or its glyph). */
  private record Word(String chars, int[] offsets, List<TextPosition> glyphs) {}

  private static void matchPage(String t, int from, int to, List<TextPosition> page, TextPosition[] at) {
    List<Word> textWords = textWords(t, from, to);
    List<Word> glyphWords = glyphWords(page);
    List<String> a = textWords.stream().map(Word::chars).toList();
    List<String> b = glyphWords.stream().map(Word::chars).toList();
    TokenDiff.Result words;
    try {
      words = TokenDiff.diff(a, b);
    } catch (IllegalArgumentException tooLong) {
      return; // a page too long to align: its marks are reported as not found
    }
    int[] matched = words.matches(a.size());
    for (int k = 0; k < matched.length; k++) {
      if (matched[k] >= 0) {
        same(textWords.get(k), glyphWords.get(matched[k]), at);
      }
    }
    for (TokenDiff.Hunk h : words.hunks()) {
      matchChars(textWords.subList(h.aStart(), h.aEnd()), glyphWords.subList(h.bStart(), h.bEnd()), at);
    }
  }

  private static void same(Word text, Word glyphs, TextPosition[] at) {
    for (int k = 0; k < text.offsets().length && k < glyphs.glyphs().size(); k++) {
      at[text.offsets()[k]] = glyphs.glyphs().get(k);
    }
  }

  /** Matches the characters of words that differ ("segmen-" "tation" printed, "segmentation" read). */
  private static void matchChars(List<Word> text, List<Word> glyphs, TextPosition[] at) {
    if (text.isEmpty() || glyphs.isEmpty()) {
      return;
    }
    List<String> a = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    for (Word w : text) {
      for (int k = 0; k < w.chars().length(); k++) {
        a.add(String.valueOf(w.chars().charAt(k)));
        offsets.add(w.offsets()[k]);
      }
    }
    List<String> b = new ArrayList<>();
    List<TextPosition> g = new ArrayList<>();
    for (Word w : glyphs) {
      for (int k = 0; k < w.chars().length(); k++) {
        b.add(String.valueOf(w.chars().charAt(k)));
        g.add(w.glyphs().get(k));
      }
    }
    TokenDiff.Result chars;
    try {
      chars = TokenDiff.diff(a, b);
    } catch (IllegalArgumentException tooLong) {
      return;
    }
    int[] matched = chars.matches(a.size());
    for (int k = 0; k < matched.length; k++) {
      if (matched[k] >= 0) {
        at[offsets.get(k)] = g.get(matched[k]);
      }
    }
    for (TokenDiff.Hunk h : chars.hunks()) {
      if (h.aEnd() - h.aStart() == h.bEnd() - h.bStart()) { // a character read another way: the same place
        for (int k = 0; k < h.aEnd() - h.aStart(); k++) {
          at[offsets.get(h.aStart() + k)] = g.get(h.bStart() + k);
        }
      }
    }
  }

  /** The whitespace-separated words of {@code t} between {@code from} and {@code to}, with their offsets. */
  private static List<Word> textWords(String t, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < to && !Character.isWhitespace(t.charAt(i))) {
        i++;
      }
      if (i > s) {
        int[] offsets = new int[i - s];
        for (int k = 0; k < offsets.length; k++) {
          offsets[k] = s + k;
        }
        out.add(new Word(t.substring(s, i), offsets, List.of()));
      }
    }
    return out;
  }

  /**
   * The words of a page's glyphs: each glyph's text in compatibility form (a ligature glyph gives its letters, as
   * the text has them), split at whitespace and at the end of each word PDFBox wrote (the nulls).
   */
  private static List<Word> glyphWords(List<TextPosition> page) {
    List<Word> out = new ArrayList<>();
    StringBuilder chars = new StringBuilder();
    List<TextPosition> glyphs = new ArrayList<>();
    for (TextPosition p : page) {
      String u = p == null ? " " : p.getUnicode() == null ? "" : Normalizer.normalize(p.getUnicode(),
          Normalizer.Form.NFKC);
      for (int k = 0; k < u.length(); k++) {
        char c = u.charAt(k);
        if (Character.isWhitespace(c)) {
          if (chars.length() > 0) {
            out.add(new Word(chars.toString(), null, List.copyOf(glyphs)));
            chars.setLength(0);
            glyphs.clear();
          }
        } else {
          chars.append(c);
          glyphs.add(p);
        }
      }
    }
    if (chars.length() > 0) {
      out.add(new Word(chars.toString(), null, List.copyOf(glyphs)));
    }
    return out;
  }
}
