// SPDX-License-Identifier: Apache-2.0
package org.unspin.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes small Word documents (.docx: a zip of Office Open XML parts) and OpenDocument texts (.odt) for tests, as a
 * word processor saves them.
 */
public final class Docx {

  /** WordprocessingML's namespace. */
  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private Docx() {}

  /**
   * Writes a .docx whose body ({@code word/document.xml}) is {@code bodyXml}: the children of {@code w:body}, in
   * WordprocessingML with the {@code w} prefix ({@code <w:p><w:r><w:t>Text</w:t></w:r></w:p>}).
   */
  public static Path write(Path file, String bodyXml) throws IOException {
    return writeParts(file, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<w:document xmlns:w=\"" + W + "\"><w:body>" + bodyXml + "</w:body></w:document>");
  }

  /** A paragraph of plain runs, one per string, as {@link #write} takes it. */
  public static String paragraph(String... runs) {
    StringBuilder sb = new StringBuilder("<w:p>");
    for (String r : runs) {
      sb.append("<w:r><w:t xml:space=\"preserve\">").append(r.replace("&", "&amp;").replace("<", "&lt;"))
          .append("</w:t></w:r>");
    }
    return sb.append("</w:p>").toString();
  }

  /**
   * Writes an OpenDocument text (.odt) whose body is {@code textXml}: the children of {@code office:text}, with the
   * {@code text} prefix ({@code <text:p>Text</text:p>}).
   */
  public static Path writeOdt(Path file, String textXml) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office=\"urn:oasis:"
          + "names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
          + "<office:body><office:text>" + textXml + "</office:text></office:body></office:document-content>")
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }

  /** Writes a zip with the content-types part and one more part {@code name} holding {@code xml}. */
  public static Path writeParts(Path file, String name, String xml) throws IOException {
    try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/"
          + "2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
          + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
          .getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry(name));
      zip.write(xml.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return file;
  }
}
