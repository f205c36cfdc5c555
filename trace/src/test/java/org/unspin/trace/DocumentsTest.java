// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    assertThat(read(dir).values()).containsExactly("ay", "zed");
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
  void htmlBecomesOneLinePerBlockWithoutScripts() {
    String html = "<html><head><title>T</title><script>var x=1;</script></head><body><h1>Head line</h1>"
        + "<p>First <b>bold</b> para.</p><div>Second<br>line</div><style>p{}</style></body></html>";
    assertThat(Documents.htmlToText(Jsoup.parse(html))).isEqualTo("Head line\nFirst bold para.\nSecond\nline");
  }

  @Test
  void missingPathIsReported(@TempDir Path dir) {
    assertThrows(java.nio.file.NoSuchFileException.class, () -> read(dir.resolve("nope")));
  }
}
