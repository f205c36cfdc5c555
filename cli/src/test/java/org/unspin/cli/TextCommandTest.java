// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCommandTest {

  @Test
  void eachInputsTextIsPrintedAsRestoreReadsItAndAnUnreadableOneIsAnErrorInItsPlace(@TempDir Path dir)
      throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.writeString(folder.resolve("a.xml"), "<pmc-articleset><article><front><article-meta><title-group>"
        + "<article-title>One</article-title></title-group></article-meta></front><body><p>Officers mentioned"
        + "<sup><xref>1</xref></sup> it.</p></body></article><article><body><p>Two.</p></body></article>"
        + "</pmc-articleset>");
    Files.writeString(folder.resolve("b.tex"), "\\section{Three}\nThe \\emph{end}~\\cite{x}.\n");
    Files.writeString(folder.resolve("c.xml"), "<article><body><p>Cut short");
    RestoreDetectCommandTest.Run r = RestoreDetectCommandTest.run("text", folder.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.out()).isEqualTo("==> " + folder.resolve("a.xml") + "#1 <==\nOne\n\nOfficers mentioned it.\n\n"
        + "==> " + folder.resolve("a.xml") + "#2 <==\nTwo.\n\n==> " + folder.resolve("b.tex") + " <==\nThree\n\n"
        + "The end.\n");
    assertThat(r.err()).contains("c.xml", "cut short");
    RestoreDetectCommandTest.Run one = RestoreDetectCommandTest.run("text", folder.resolve("b.tex").toString());
    assertThat(one.code()).isEqualTo(Cli.OK);
    assertThat(one.out()).isEqualTo("Three\n\nThe end.\n");
  }

  @Test
  void jsonLinesGiveEachTextWithAPdfsPageStartsAndEachError(@TempDir Path dir) throws Exception {
    Path pdf = org.unspin.testkit.Pdfs.writePages(dir.resolve("p.pdf"),
        java.util.List.of(java.util.List.of(java.util.List.of("First page.")),
            java.util.List.of(java.util.List.of("Second page."))), null, null);
    Path bad = Files.writeString(dir.resolve("bad.xml"), "<config/>");
    RestoreDetectCommandTest.Run r = RestoreDetectCommandTest.run("text", "--format", "jsonl", pdf.toString(),
        bad.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    com.fasterxml.jackson.databind.JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("text").asText()).isEqualTo("First page.\n\nSecond page.\n");
    assertThat(first.get("pageStarts")).hasSize(2);
    assertThat(json.readTree(lines.get(1)).get("error").asText()).contains("bad.xml", "not a JATS article");
    assertThat(RestoreDetectCommandTest.run("text", "--format", "html", pdf.toString()).code()).isEqualTo(Cli.USAGE);
  }
}
