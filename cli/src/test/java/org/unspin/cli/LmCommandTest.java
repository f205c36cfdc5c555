// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code unspin lm perplexity} on the tiny hand-made ARPA model (no download, no build). */
class LmCommandTest {

  @TempDir Path dir;

  private Path tinyModel() throws Exception {
    Path arpa = dir.resolve("tiny.arpa");
    try (InputStream in = getClass().getResourceAsStream("/org/unspin/testkit/tiny_trigram.arpa")) {
      Files.copy(in, arpa);
    }
    return arpa;
  }

  @Test
  void perplexityPrintsEachFileAndTheTotal() throws Exception {
    Path model = tinyModel();
    Path a = Files.writeString(dir.resolve("a.txt"), "The cat sat.\n");
    Path b = Files.writeString(dir.resolve("b.txt"), "Cat the.\n");
    CliTest.Run r = CliTest.run("lm", "perplexity", "--model-file", model.toString(), a.toString(), b.toString());
    assertThat(r.code()).isZero();
    // log10 P(the cat sat) = -0.75 over 4 tokens: 10^(0.75/4) = 1.54; "cat the": -3.1 over 3: 10^(3.1/3) = 10.80
    assertThat(r.out()).contains("a.txt").contains("1.54").contains("b.txt").contains("10.80").contains("total");
  }

  @Test
  void aTextWithoutWordsHasNoPerplexityAndTheModelIsNamedOnce() throws Exception {
    Path model = tinyModel();
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    CliTest.Run r = CliTest.run("lm", "perplexity", "--model-file", model.toString(), empty.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).doesNotContain("NaN").containsPattern("empty\\.txt +- +0 +0 +0");
    r = CliTest.run("lm", "perplexity", "--model", "sphinx", "--model-file", model.toString(), empty.toString());
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("give --model or --model-file, not both");
  }

  @Test
  void anUnreadableFileIsSaidAndTheOthersAreStillMeasured() throws Exception {
    Path model = tinyModel();
    Path a = Files.writeString(dir.resolve("a.txt"), "The cat sat.\n");
    Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    Path b = Files.writeString(dir.resolve("b.txt"), "Cat the.\n");
    CliTest.Run r = CliTest.run("lm", "perplexity", "--model-file", model.toString(), a.toString(),
        latin1.toString(), b.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("latin1.txt").contains("byte offset 3");
    assertThat(r.out()).contains("a.txt").contains("1.54").contains("b.txt").contains("10.80").contains("total")
        .doesNotContain("latin1.txt");
  }

  @Test
  void anUnknownModelIsAUsageErrorListingTheModelsAsTheHelpNamesThem() {
    CliTest.Run r = CliTest.run("lm", "perplexity", "--model", "foo");
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("[default, sphinx, corpus]").doesNotContain("SPHINX");
  }

  @Test
  void missingModelFileIsBadInput() {
    CliTest.Run r = CliTest.run("lm", "perplexity", "--model-file", dir.resolve("none.bin").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("none.bin");
  }

  @Test
  void corruptModelFileIsBadInputNamingTheFile() throws Exception {
    Path bad = Files.write(dir.resolve("bad.bin"), new byte[100]);
    Path text = Files.writeString(dir.resolve("t.txt"), "the cat\n");
    CliTest.Run r = CliTest.run("lm", "perplexity", "--model-file", bad.toString(), text.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("bad.bin").contains("offset");
  }

  @Test
  void lmWithoutSubcommandPrintsUsage() {
    CliTest.Run r = CliTest.run("lm");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("perplexity").contains("build");
  }
}
