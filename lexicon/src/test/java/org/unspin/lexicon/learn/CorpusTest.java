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
  void spunTextsPairWithTheOriginalAtTheSamePlaceUnderTheFolder(@TempDir Path dir) throws IOException {
    // two years' folders with an a.txt each: the 2024 spin had been paired with the 2023 original and taught the
    // table "Monday" -> "the warmth"
    write(dir.resolve("orig/2023/a.txt"), "The officials said the rate rose on Monday.");
    write(dir.resolve("spun/2023/a.txt"), "The officers mentioned the fee rose on Monday.");
    write(dir.resolve("orig/2024/a.txt"), "Farmers harvested apples early because of the heat.");
    write(dir.resolve("spun/2024/a.txt"), "Growers harvested apples early due to the warmth.");
    List<Corpus.Document> docs = Corpus.read(dir.resolve("spun"), Optional.of(dir.resolve("orig")));
    assertThat(docs).extracting(d -> d.spun().substring(0, 4), d -> d.orig().orElseThrow().substring(0, 4))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("The ", "The "),
            org.assertj.core.groups.Tuple.tuple("Grow", "Farm"));
  }

  @Test
  void aSpunTextWhoseNameSeveralOriginalsShareElsewhereHasNone(@TempDir Path dir) throws IOException {
    write(dir.resolve("orig/2023/a.txt"), "The officials said the rate rose on Monday.");
    write(dir.resolve("orig/2024/a.txt"), "Farmers harvested apples early because of the heat.");
    write(dir.resolve("spun/a.txt"), "Growers harvested apples early due to the warmth.");
    write(dir.resolve("spun/b.txt"), "Officers mentioned it.");
    write(dir.resolve("orig/old/b.txt"), "Officials said it.");
    List<Corpus.Document> docs = Corpus.read(dir.resolve("spun"), Optional.of(dir.resolve("orig")));
    assertThat(docs).extracting(Corpus.Document::name, Corpus.Document::orig).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a", Optional.empty()),
        org.assertj.core.groups.Tuple.tuple("b", Optional.of("Officials said it.")));
  }

  @Test
  void theSameFolderNamedTwoWaysHoldsNoOriginalsButOrigTxt(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("x.txt"), "Officers mentioned it.");
    List<Corpus.Document> docs = Corpus.read(dir, Optional.of(dir.resolve(".")));
    assertThat(docs).singleElement().satisfies(d -> assertThat(d.orig()).isEmpty());
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
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

  @Test
  void aFileNotInUtf8IsNamedWithTheByteOffsetNotALine(@TempDir Path dir) throws IOException {
    Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    // had been "bad.txt:3: not valid UTF-8", read as line 3 of a file of one line
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Corpus.read(bad))
        .hasMessageContaining("bad.txt: not valid UTF-8 at byte offset 3 (")
        .hasMessageNotContaining("bad.txt:3");
  }
}
