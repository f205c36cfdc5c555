// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusTest {

  @Test
  void moreSpinsPairWithTheOriginalNamedByTheirFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("x1.spun.txt"), "Officers mentioned it.");
    Files.writeString(dir.resolve("x1.orig.txt"), "Officials said it.");
    Files.writeString(dir.resolve("x1.meta.json"), "{\"spinner_family\": \"A-old (variant)\"}");
    Files.createDirectories(dir.resolve("more-spins/x1"));
    Files.writeString(dir.resolve("more-spins/x1/site.spun.txt"), "Officers acknowledged it.");
    List<Corpus.Document> docs = Corpus.read(dir, Optional.of(dir));
    assertThat(docs).extracting(Corpus.Document::name).containsExactlyInAnyOrder("x1", "x1/site");
    assertThat(docs).allSatisfy(d -> {
      assertThat(d.group()).isEqualTo("x1");
      assertThat(d.orig()).contains("Officials said it.");
    });
    assertThat(docs.stream().filter(d -> d.name().equals("x1")).findFirst().orElseThrow().family())
        .contains("A-old (variant)");
  }

  @Test
  void familyLabelsMatchByPrefix() {
    assertThat(Corpus.isFamily(Optional.of("A-old (2018)"), "A")).isTrue();
    assertThat(Corpus.isFamily(Optional.of("A (variant)"), "A")).isTrue();
    assertThat(Corpus.isFamily(Optional.of("F (other)"), "A")).isFalse();
    assertThat(Corpus.isFamily(Optional.empty(), "A")).isTrue();
  }

  @Test
  void invalidUtf8IsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0xFF});
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Corpus.read(dir, Optional.empty()))
        .hasMessageContaining("bad.txt");
  }
}
