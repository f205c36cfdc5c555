// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.testkit.Docx;

class WordAnnotatorTest {

  /** A manuscript: a bold run, a run split mid-word by the word processor, a tab, a hyperlink, a second paragraph. */
  private static final String BODY = "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Results.</w:t></w:r></w:p>"
      + "<w:p><w:r><w:t xml:space=\"preserve\">The mayor men</w:t></w:r><w:r><w:t>tioned on Tuesday</w:t>"
      + "<w:tab/><w:t xml:space=\"preserve\">that officers  would go to it, </w:t></w:r>"
      + "<w:hyperlink><w:r><w:t>however</w:t></w:r></w:hyperlink><w:r><w:t xml:space=\"preserve\"> late.</w:t>"
      + "</w:r></w:p>";

  private static String part(byte[] docx, String name) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }

  private static Mark mark(String text, String span, int from, String note) {
    int start = text.indexOf(span, from);
    return new Mark(start, start + span.length(), note, Mark.Level.HIGH);
  }

  /** The text of the runs between comment {@code id}'s range start and end, in the body's XML. */
  private static String commented(String body, int id) {
    Matcher m = Pattern.compile("<w:commentRangeStart w:id=\"" + id + "\"/>(.*?)<w:commentRangeEnd w:id=\"" + id
        + "\"/>").matcher(body);
    assertThat(m.find()).as("comment " + id).isTrue();
    StringBuilder sb = new StringBuilder();
    Matcher t = Pattern.compile("<w:t[^>]*>([^<]*)</w:t>|<w:tab/>").matcher(m.group(1));
    while (t.find()) {
      sb.append(t.group(1) == null ? " " : t.group(1));
    }
    return sb.toString();
  }

  @Test
  void spansAreShadedAndCommentedWhereverTheRunsSplitThemAndTheTextStaysTheSame(@TempDir Path dir)
      throws Exception {
    Path in = Docx.write(dir.resolve("paper.docx"), BODY);
    String text = Documents.docxToText(in);
    assertThat(text).isEqualTo(
        "Results.\n\nThe mayor mentioned on Tuesday that officers would go to it, however late.\n");
    List<Mark> marks = List.of(mark(text, "Results", 0, "Results -> Findings"), mark(text, "mentioned", 0,
        "mentioned -> said"),
        mark(text, "officers would", 0, "officers -> officials"), mark(text, "go to", 0, "go to -> visit"),
        mark(text, "however", 0, "however -> but"), mark(text, "Tuesday that", 0, "over a tab"));
    byte[] before = Files.readAllBytes(in);
    int written = WordAnnotator.annotate(in, marks, "unspin: spun", dir.resolve("out.docx"));

    assertThat(written).isEqualTo(6);
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    byte[] out = Files.readAllBytes(dir.resolve("out.docx"));
    // the body reads as before: comments and shading add no text
    assertThat(Documents.docxToText(out, "out")).isEqualTo(text);
    Map<Integer, String> notes = WordAnnotator.comments(out);
    assertThat(notes).containsExactlyInAnyOrderEntriesOf(Map.of(0, "unspin: spun", 1, "Results -> Findings",
        2, "mentioned -> said", 3, "officers -> officials", 4, "go to -> visit", 5, "however -> but", 6, "over a tab"));
    String body = part(out, "word/document.xml");
    assertThat(commented(body, 0)).isEqualTo("Results."); // the verdict, on the first paragraph
    assertThat(commented(body, 1)).isEqualTo("Results");
    assertThat(commented(body, 2)).isEqualTo("mentioned"); // across two runs
    assertThat(commented(body, 3)).isEqualTo("officers  would"); // the double space as written
    assertThat(commented(body, 4)).isEqualTo("go to");
    assertThat(commented(body, 5)).isEqualTo("however"); // inside the hyperlink
    assertThat(commented(body, 6)).isEqualTo("Tuesday that"); // two text elements of one run, around its tab
    assertThat(body).contains("<w:commentReference w:id=\"6\"/>");
    // each piece keeps its run's properties: the bold title's two pieces are bold, the finding shaded
    assertThat(body).containsPattern("<w:rPr><w:b/><w:shd [^>]*w:fill=\"F5A3A3\"[^>]*/></w:rPr>"
        + "<w:t xml:space=\"preserve\">Results</w:t>");
    assertThat(body).contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">.</w:t></w:r>");
    // the comments part is declared where Word looks for it
    assertThat(part(out, "[Content_Types].xml")).contains("/word/comments.xml", "comments+xml");
    assertThat(part(out, "word/_rels/document.xml.rels")).contains("relationships/comments",
        "Target=\"comments.xml\"");
  }

  @Test
  void aDocumentWithCommentsKeepsThemAndGetsNewIds(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("reviewed.docx");
    String body = "<w:p><w:commentRangeStart w:id=\"7\"/><w:r><w:t>Officers mentioned it.</w:t></w:r>"
        + "<w:commentRangeEnd w:id=\"7\"/><w:r><w:commentReference w:id=\"7\"/></w:r></w:p>";
    String comments = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments xmlns:w=\"" + Docx.W + "\">"
        + "<w:comment w:id=\"7\" w:author=\"Editor\"><w:p><w:r><w:t>Check the source.</w:t></w:r></w:p></w:comment>"
        + "</w:comments>";
    try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(in))) {
      for (String[] p : List.of(new String[] {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://"
          + "schemas.openxmlformats.org/package/2006/content-types\"/>"},
          new String[] {"word/document.xml", "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + Docx.W + "\"><w:body>"
              + body + "</w:body></w:document>"}, new String[] {"word/comments.xml", comments})) {
        zip.putNextEntry(new ZipEntry(p[0]));
        zip.write(p[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    String text = Documents.docxToText(in);
    WordAnnotator.annotate(in, List.of(mark(text, "mentioned", 0, "mentioned -> said")), null,
        dir.resolve("out.docx"));
    byte[] out = Files.readAllBytes(dir.resolve("out.docx"));
    assertThat(WordAnnotator.comments(out)).containsExactlyInAnyOrderEntriesOf(Map.of(7, "Check the source.",
        8, "mentioned -> said"));
    assertThat(commented(part(out, "word/document.xml"), 8)).isEqualTo("mentioned");
    assertThat(commented(part(out, "word/document.xml"), 7)).isEqualTo("Officers mentioned it.");
  }

  @Test
  void aTextBoxAndTheParagraphAroundItAreCommentedAsTheyRead(@TempDir Path dir) throws Exception {
    Path in = Docx.write(dir.resolve("boxed.docx"), "<w:p><w:r><w:t>The study began</w:t></w:r><w:r><w:drawing>"
        + "<w:txbxContent>" + Docx.paragraph("A boxed note.") + "</w:txbxContent></w:drawing></w:r>"
        + "<w:r><w:t xml:space=\"preserve\"> in the spring.</w:t></w:r></w:p>");
    String text = Documents.docxToText(in);
    assertThat(text).isEqualTo("A boxed note.\n\nThe study began in the spring.\n");
    WordAnnotator.annotate(in, List.of(mark(text, "began in", 0, "across the box"), mark(text, "boxed", 0, "boxed")),
        null, dir.resolve("out.docx"));
    byte[] out = Files.readAllBytes(dir.resolve("out.docx"));
    assertThat(Documents.docxToText(out, "out")).isEqualTo(text);
    String body = part(out, "word/document.xml");
    assertThat(commented(body, 0)).startsWith("began").endsWith(" in");
    assertThat(commented(body, 1)).isEqualTo("boxed");
  }

  @Test
  void aBodyNestedTooDeepIsRefusedNamingItNotAStackOverflow(@TempDir Path dir) throws Exception {
    // 100,000 nested content controls: read as text, but walked and written back they overflowed the stack, which
    // ended a batch's run with no results for its other files
    String deep = "<w:sdt>".repeat(100_000) + Docx.paragraph("Nested words.") + "</w:sdt>".repeat(100_000);
    Path in = Docx.write(dir.resolve("deep.docx"), Docx.paragraph("Plain words.") + deep);
    assertThat(Documents.docxToText(in)).isEqualTo("Plain words.\n\nNested words.\n");
    assertThatThrownBy(() -> WordAnnotator.annotate(in, List.of(), "summary", dir.resolve("out.docx")))
        .isInstanceOf(IOException.class).hasMessageContaining("deep.docx")
        .hasMessageContaining("word/document.xml nests its elements 100005 deep, more than the 1000");
    assertThat(dir.resolve("out.docx")).doesNotExist();
    // 1,000 deep, the limit (document, body, 995 content controls, paragraph, run, text), is annotated
    String limit = "<w:sdt>".repeat(995) + Docx.paragraph("Nested words.") + "</w:sdt>".repeat(995);
    Path ok = Docx.write(dir.resolve("ok.docx"), limit);
    assertThat(WordAnnotator.annotate(ok, List.of(), "summary", dir.resolve("ok.out.docx"))).isZero();
  }

  @Test
  void aFileThatUnpacksTooLargeIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    byte[] docx = Files.readAllBytes(Docx.write(dir.resolve("paper.docx"), BODY));
    assertThat(OfficeParts.read(docx, "paper.docx", "word/document.xml", 1 << 20, 1 << 20)).containsKey(
        "word/document.xml");
    assertThatThrownBy(() -> OfficeParts.read(docx, "paper.docx", "word/document.xml", 100, 1 << 20))
        .isInstanceOf(IOException.class).hasMessageContaining("paper.docx").hasMessageContaining("larger than 100");
    assertThatThrownBy(() -> OfficeParts.read(docx, "paper.docx", "word/document.xml", 1 << 20, 500))
        .isInstanceOf(IOException.class).hasMessageContaining("parts are larger than 500 bytes");
  }

  @Test
  void badInputIsAnErrorNamingItAndTheInputIsNeverOverwritten(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.docx"), "not a zip");
    assertThatThrownBy(() -> WordAnnotator.annotate(bad, List.of(), null, dir.resolve("out.docx")))
        .isInstanceOf(IOException.class).hasMessageContaining("bad.docx");
    Path in = Docx.write(dir.resolve("paper.docx"), BODY);
    assertThatThrownBy(() -> WordAnnotator.annotate(in, List.of(), "s", in)).isInstanceOf(IOException.class)
        .hasMessageContaining("is the input file");
    assertThatThrownBy(() -> WordAnnotator.annotate(in, List.of(new Mark(0, 10_000, "x", Mark.Level.LOW)), null,
        dir.resolve("out.docx"))).isInstanceOf(IOException.class).hasMessageContaining("past the text's end");
    List<Mark> none = new ArrayList<>();
    WordAnnotator.annotate(in, none, null, dir.resolve("plain.docx"));
    assertThat(Documents.docxToText(dir.resolve("plain.docx"))).isEqualTo(Documents.docxToText(in));
  }
}
