// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.testkit.SharedData;

/**
 * The bundled family-A table is what the command of docs/algorithms/spinner-models.md ("The default model and how
 * to regenerate it") learns from ../shared/data/spun-news (skipped when absent): a learner change that moves the
 * table fails here until the table is regenerated with that command, so a user who regenerates gets the shipped
 * model.
 */
class BundledTableTest {

  @Test
  void theBundledFamilyATableIsWhatTheDocumentedCommandLearns(@TempDir Path dir) throws IOException {
    Path pairs = SharedData.require("spun-news");
    Path out = dir.resolve("A.tsv");
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
        .execute("learn", "--spun", pairs.toString(), "--orig", pairs.toString(), "--family", "A", "--out",
            out.toString());
    assertThat(code).as(err.toString()).isZero();
    String bundled;
    try (InputStream in = BundledTableTest.class.getResourceAsStream("/org/unspin/lexicon/tables/A.tsv")) {
      assertThat(in).as("the bundled table A on the class path").isNotNull();
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(out))
        .as("lexicon/src/main/resources/org/unspin/lexicon/tables/A.tsv is stale: regenerate it with ./unspin learn "
            + "--spun ../shared/data/spun-news --orig ../shared/data/spun-news --family A --out "
            + "lexicon/src/main/resources/org/unspin/lexicon/tables/A.tsv (docs/algorithms/spinner-models.md)")
        .isEqualTo(bundled);
  }
}
