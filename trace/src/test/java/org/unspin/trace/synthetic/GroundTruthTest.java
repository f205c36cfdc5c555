// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.fetch.ModelFormatException;

class GroundTruthTest {

  private final GroundTruth truth = GroundTruth.of(List.of(
      new GroundTruth.Row("corpus/a.txt", "original", "corpus/a.txt", 0),
      new GroundTruth.Row("corpus/b.txt", "original", "corpus/b.txt", 1),
      new GroundTruth.Row("corpus/u.txt", "unrelated", "", -1),
      new GroundTruth.Row("queries/a.spin1.txt", "spin", "corpus/a.txt", 0),
      new GroundTruth.Row("queries/a.spin2.txt", "spin", "corpus/a.txt", 0),
      new GroundTruth.Row("queries/b.spin1.txt", "spin", "corpus/b.txt", 1)));

  @Test
  void namesMatchWhateverFolderTheCrawlWasWrittenTo() {
    assertThat(truth.isSource("/tmp/x/queries/a.spin1.txt", "/tmp/x/corpus/a.txt")).isTrue();
    assertThat(truth.isSource("/tmp/x/queries/a.spin1.txt", "/tmp/x/corpus/b.txt")).isFalse();
    assertThat(truth.row("elsewhere.txt")).isEmpty();
    assertThat(truth.isSource("x/queries/b.spin1.txt", "x/notcorpus/b.txt")).isFalse();
  }

  @Test
  void top1CountsOnlySpinsAndCopies() {
    Map<String, String> top1 = new HashMap<>();
    top1.put("d/queries/a.spin1.txt", "d/corpus/a.txt");
    top1.put("d/queries/a.spin2.txt", "d/corpus/b.txt");
    top1.put("d/queries/b.spin1.txt", null);
    top1.put("d/corpus/u.txt", "d/corpus/a.txt");
    GroundTruth.Top1 r = truth.top1(top1);
    assertThat(r.queries()).isEqualTo(3);
    assertThat(r.correct()).isEqualTo(1);
    assertThat(r.unanswered()).isEqualTo(1);
  }

  @Test
  void pairwiseScoresCountPairsWithinGroups() {
    List<String> docs = List.of("corpus/a.txt", "corpus/b.txt", "corpus/u.txt", "queries/a.spin1.txt",
        "queries/a.spin2.txt", "queries/b.spin1.txt");
    // true pairs: family 0 has 3 members (3 pairs), family 1 has 2 (1 pair)
    GroundTruth.PairScores s = truth.pairs(docs, List.of(
        List.of("corpus/a.txt", "queries/a.spin1.txt", "corpus/u.txt"),
        List.of("corpus/b.txt", "queries/b.spin1.txt")));
    assertThat(s.truePairs()).isEqualTo(4);
    assertThat(s.predictedPairs()).isEqualTo(4);
    assertThat(s.correctPairs()).isEqualTo(2);
    assertThat(s.precision()).isEqualTo(0.5);
    assertThat(s.recall()).isEqualTo(0.5);
  }

  @Test
  void aTableWithoutItsHeaderKeepsItsFirstRow(@TempDir Path dir) throws Exception {
    // a checker's own table, written without the header line, had lost its first row unsaid
    Path t = Files.writeString(dir.resolve("truth.tsv"), "queries/a.spin1.txt\tspin\tcorpus/a.txt\t0\n"
        + "queries/b.spin1.txt\tspin\tcorpus/b.txt\t1\n");
    GroundTruth read = GroundTruth.read(t);
    assertThat(read.isSource("queries/a.spin1.txt", "corpus/a.txt")).isTrue();
    assertThat(read.isSource("queries/b.spin1.txt", "corpus/b.txt")).isTrue();
    Path headed = Files.writeString(dir.resolve("headed.tsv"), "url\tkind\tsource\tfamily\n"
        + "https://x.test/a\tspin\thttps://x.test/s\t0\r\n");
    assertThat(GroundTruth.read(headed).row("url")).isEmpty();
    assertThat(GroundTruth.read(headed).isSource("https://x.test/a", "https://x.test/s")).isTrue();
  }

  @Test
  void aMalformedLineIsNamedByItsLineNumberAndTheColumnsExpected(@TempDir Path dir) throws Exception {
    // a two-column table (document, source) had been "truth.tsv at offset 2: expected 4 tab-separated fields"
    Path t = Files.writeString(dir.resolve("truth.tsv"), "file\tkind\tsource\tfamily\n"
        + "queries/a.spin1.txt\tspin\tcorpus/a.txt\t0\nqueries/b.txt\tcorpus/b.txt\n");
    assertThatThrownBy(() -> GroundTruth.read(t)).isInstanceOf(ModelFormatException.class)
        .hasMessage(t + ":3: expected 4 tab-separated fields (file or URL, kind (original, spin, copy or "
            + "unrelated), source, family number), found 2");
  }

  @Test
  void aKindNoScoreCountsIsAnError(@TempDir Path dir) throws Exception {
    Path t = Files.writeString(dir.resolve("truth.tsv"), "queries/a.txt\tspun\tcorpus/a.txt\t0\n");
    assertThatThrownBy(() -> GroundTruth.read(t)).isInstanceOf(ModelFormatException.class)
        .hasMessage(t + ":1: kind is not original, spin, copy or unrelated: spun");
  }

  @Test
  void aTableThatIsNotUtf8NamesTheByteOffset(@TempDir Path dir) throws Exception {
    Path t = Files.write(dir.resolve("truth.tsv"),
        "queries/caf\u00e9.txt\tspin\tcorpus/a.txt\t0\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> GroundTruth.read(t)).isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(t + " at offset 11: not valid UTF-8");
  }

  @Test
  void documentsTheTableDoesNotNameAreLeftOutOfThePairs() {
    // a checker's own files grouped with the crawl had been counted as wrong pairs: precision 0 of 97 pairs for a
    // grouping of 49 files the table did not know
    List<String> docs = List.of("corpus/a.txt", "queries/a.spin1.txt", "mine/x.txt", "mine/y.txt");
    GroundTruth.PairScores s = truth.pairs(docs, List.of(
        List.of("corpus/a.txt", "queries/a.spin1.txt", "mine/x.txt"), List.of("mine/y.txt", "mine/x.txt")));
    assertThat(s.predictedPairs()).isEqualTo(1);
    assertThat(s.correctPairs()).isEqualTo(1);
    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(truth.unnamed(docs)).isEqualTo(2);
  }
}
