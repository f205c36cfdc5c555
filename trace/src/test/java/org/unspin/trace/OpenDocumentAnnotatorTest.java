// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.testkit.Docx;

class OpenDocumentAnnotatorTest {

  /** A heading, then a paragraph with a styled span cutting a word, a double space, a note and a link. */
  private static final String BODY = "<text:h>Results.</text:h><text:p>The mayor men<text:span text:style-name=\"T1\">"
      + "tioned on</text:span> Tuesday<text:tab/>that officers<text:s text:c=\"2\"/>would"
      + "<text:note><text:note-body><text:p>A footnote.</text:p></text:note-body></text:note> go to it, however."
      + "</text:p>";

  private static String part(byte[] zip, String name) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals(name)) {
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
    }
    return null;
  }

  private static Mark mark(String text, String span, String note) {
    int start = text.indexOf(span);
    return new Mark(start, start + span.length(), note, Mark.Level.HIGH);
  }

  /** The text between comment {@code name}'s start and end (tags dropped, a tab or space element one space). */
  private static String commented(String content, String name) {
    Matcher m = Pattern.compile("<office:annotation office:name=\"" + name + "\">.*?</office:annotation>(.*?)"
        + "<office:annotation-end office:name=\"" + name + "\"/>").matcher(content);
    assertThat(m.find()).as(name).isTrue();
    return m.group(1).replaceAll("<text:(tab|s)[^>]*/>", " ").replaceAll("<[^>]+>", "");
  }

  @Test
  void spansAreColouredAndCommentedAndTheTextStaysTheSame(@TempDir Path dir) throws Exception {
    Path in = Docx.writeOdt(dir.resolve("paper.odt"), BODY);
    String text = Documents.odtToText(in);
    assertThat(text).isEqualTo("Results.\n\nThe mayor mentioned on Tuesday that officers would go to it, however.\n");
    byte[] before = Files.readAllBytes(in);
    OpenDocumentAnnotator.annotate(in, List.of(mark(text, "mentioned", "mentioned -> said"),
        mark(text, "Tuesday that", "over a tab"), mark(text, "officers would go", "officers -> officials"),
        mark(text, "however", "however -> but")), "unspin: spun", dir.resolve("out.odt"));

    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    byte[] out = Files.readAllBytes(dir.resolve("out.odt"));
    assertThat(Documents.odtToText(out, "out")).isEqualTo(text); // comments are not body text
    String content = part(out, "content.xml");
    assertThat(commented(content, "unspin0")).isEqualTo("Results.");
    assertThat(commented(content, "unspin1")).isEqualTo("mentioned"); // across the style's span
    assertThat(commented(content, "unspin2")).isEqualTo("Tuesday that");
    assertThat(commented(content, "unspin3")).contains("officers").contains("would").endsWith(" go");
    assertThat(commented(content, "unspin4")).isEqualTo("however");
    assertThat(content).contains("<dc:creator>unspin</dc:creator><text:p>mentioned -&gt; said</text:p>");
    // the colour is an automatic style of the copy's, and the document's own style stays on its words
    assertThat(content).contains("style:name=\"unspin-high\"", "fo:background-color=\"#F5A3A3\"");
    assertThat(content).contains("<text:span text:style-name=\"T1\"><text:span text:style-name=\"unspin-high\">"
        + "tioned</text:span><office:annotation-end office:name=\"unspin1\"/> on</text:span>");
    // the footnote is still there, and not commented
    assertThat(content).contains("A footnote.");
    // an OpenDocument file's mimetype comes first, stored
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out))) {
      ZipEntry first = zip.getNextEntry();
      assertThat(first.getName()).isEqualTo("mimetype");
      assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
    }
  }

  @Test
  void aFrameAndTheParagraphAroundItAreCommentedAsTheyRead(@TempDir Path dir) throws Exception {
    Path in = Docx.writeOdt(dir.resolve("boxed.odt"), "<text:p>The study began<draw:frame xmlns:draw=\"urn:oasis:"
        + "names:tc:opendocument:xmlns:drawing:1.0\"><draw:text-box><text:p>A boxed note.</text:p></draw:text-box>"
        + "</draw:frame> in the spring.</text:p>");
    String text = Documents.odtToText(in);
    assertThat(text).isEqualTo("A boxed note.\n\nThe study began in the spring.\n");
    OpenDocumentAnnotator.annotate(in, List.of(mark(text, "boxed", "boxed"), mark(text, "spring", "spring")), null,
        dir.resolve("out.odt"));
    byte[] out = Files.readAllBytes(dir.resolve("out.odt"));
    assertThat(Documents.odtToText(out, "out")).isEqualTo(text);
    String content = part(out, "content.xml");
    assertThat(commented(content, "unspin0")).isEqualTo("boxed");
    assertThat(commented(content, "unspin1")).isEqualTo("spring");
  }

  @Test
  void aBodyNestedTooDeepIsRefusedNamingItNotAStackOverflow(@TempDir Path dir) throws Exception {
    String deep = "<text:section>".repeat(100_000) + "<text:p>Nested words.</text:p>"
        + "</text:section>".repeat(100_000);
    Path in = Docx.writeOdt(dir.resolve("deep.odt"), "<text:p>Plain words.</text:p>" + deep);
    assertThat(Documents.odtToText(in)).isEqualTo("Plain words.\n\nNested words.\n");
    assertThatThrownBy(() -> OpenDocumentAnnotator.annotate(in, List.of(), "summary", dir.resolve("out.odt")))
        .isInstanceOf(IOException.class).hasMessageContaining("deep.odt")
        .hasMessageContaining("content.xml nests its elements 100004 deep, more than the 1000");
  }

  @Test
  void badInputIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.odt"), "not a zip");
    assertThatThrownBy(() -> OpenDocumentAnnotator.annotate(bad, List.of(), null, dir.resolve("out.odt")))
        .isInstanceOf(IOException.class).hasMessageContaining("bad.odt");
    Path in = Docx.writeOdt(dir.resolve("paper.odt"), BODY);
    assertThatThrownBy(() -> OpenDocumentAnnotator.annotate(in, List.of(), "s", in)).isInstanceOf(IOException.class)
        .hasMessageContaining("is the input file");
  }
}
