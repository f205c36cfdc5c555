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
 * The bundled tables are what the commands of docs/algorithms/spinner-models.md ("The default model and how to
 * regenerate it") write from ../shared/data (skipped when absent): the family-A table learned from spun-news, and
 * the word counts and document frequencies of clean-news. A learner change that moves a table fails here until the
 * table is regenerated with its command, so a user who regenerates gets the shipped model.
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
    assertThat(Files.readString(out))
        .as("lexicon/src/main/resources/org/unspin/lexicon/tables/A.tsv is stale: regenerate it with ./unspin learn "
            + "--spun ../shared/data/spun-news --orig ../shared/data/spun-news --family A --out "
            + "lexicon/src/main/resources/org/unspin/lexicon/tables/A.tsv (docs/algorithms/spinner-models.md)")
        .isEqualTo(bundled("A.tsv"));
  }

  @Test
  void theBundledNewsWordsAreWhatTheDocumentedCommandCounts(@TempDir Path dir) throws IOException {
    Path clean = SharedData.require("clean-news");
    Path out = dir.resolve("news-words.tsv");
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
        .execute("learn", "--word-counts", "--spun", clean.toString(), "--out", out.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(Files.readString(out))
        .as("lexicon/src/main/resources/org/unspin/lexicon/tables/news-words.tsv is stale: regenerate it with "
            + "./unspin learn --word-counts --spun ../shared/data/clean-news --out "
            + "lexicon/src/main/resources/org/unspin/lexicon/tables/news-words.tsv (docs/algorithms/spinner-models.md)")
        .isEqualTo(bundled("news-words.tsv"));
  }

  private static String bundled(String table) throws IOException {
    try (InputStream in = BundledTableTest.class.getResourceAsStream("/org/unspin/lexicon/tables/" + table)) {
      assertThat(in).as("the bundled " + table + " on the class path").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
