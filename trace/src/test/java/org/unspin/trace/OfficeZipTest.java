// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class OfficeZipTest {

  private static byte[] zip(String name, String part) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(part.getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static String text(javax.xml.stream.XMLStreamReader xml) throws javax.xml.stream.XMLStreamException {
    StringBuilder sb = new StringBuilder();
    while (xml.hasNext()) {
      if (xml.next() == javax.xml.stream.XMLStreamConstants.CHARACTERS) {
        sb.append(xml.getText());
      }
    }
    return sb.toString().strip();
  }

  @Test
  void aPartPastTheLimitIsSaidToBeTooLargeNotMalformed() throws IOException {
    // a Word file of 300 MB of text had been called "not well-formed XML: ParseError at [row,col]:[1,268433266]"
    byte[] big = zip("word/document.xml", "<d>" + "words ".repeat(200) + "</d>");
    assertThatThrownBy(() -> OfficeZip.read(big, "word/document.xml", "a Word document", OfficeZipTest::text, 500))
        .isInstanceOf(IOException.class).hasMessage("word/document.xml is larger than 500 bytes, the limit of a "
            + "document's text part");
    assertThat(OfficeZip.read(big, "word/document.xml", "a Word document", OfficeZipTest::text, 5000))
        .startsWith("words words");
    byte[] broken = zip("word/document.xml", "<d>words</e>");
    assertThatThrownBy(() -> OfficeZip.read(broken, "word/document.xml", "a Word document", OfficeZipTest::text))
        .isInstanceOf(IOException.class).hasMessageContaining("is not well-formed XML");
  }
}
