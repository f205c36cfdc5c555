// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.unspin.lexicon.learn.Aligner;

/**
 * Runs every {@code examples/*.tsv} row ({@code spun<TAB>original<TAB>spun span}): the channel named by the file
 * must offer, for the span, the original wording that turns the spun sentence into the original sentence.
 */
class ExamplesTest {

  private static Path resource(String name) throws URISyntaxException {
    return Paths.get(ExamplesTest.class.getResource("/" + name).toURI());
  }

  private static ChannelModel channel(String file) throws IOException, URISyntaxException {
    return switch (file) {
      case "family-A.tsv" -> SpinnerModels.loadDefault().family("A").orElseThrow();
      case "rules.tsv" -> SpinnerModels.builder().table(SpinnerTable.builder("R").build()).build().family("R")
          .orElseThrow();
      case "phrases.tsv" -> SpinnerModels.builder().phraseList(resource("tables/phrases.tsv")).build()
          .family(SpinnerModels.USER_FAMILY).orElseThrow();
      default -> throw new IllegalStateException("no channel for examples/" + file);
    };
  }

  @TestFactory
  Stream<DynamicTest> everyExampleRowIsRestorable() throws IOException, URISyntaxException {
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(resource("examples"))) {
      for (Path f : (Iterable<Path>) files.sorted()::iterator) {
        ChannelModel channel = channel(f.getFileName().toString());
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] col = line.split("\t");
          String where = f.getFileName() + ":" + (i + 1);
          tests.add(DynamicTest.dynamicTest(where + " " + col[2], () -> check(channel, col, where)));
        }
      }
    }
    assertThat(tests).isNotEmpty();
    return tests.stream();
  }

  private static void check(ChannelModel channel, String[] col, String where) {
    assertThat(col).as(where + " has 3 columns").hasSize(3);
    List<String> spun = Aligner.words(col[0]);
    List<String> orig = Aligner.words(col[1]);
    List<String> span = Aligner.words(col[2]);
    int at = find(spun, span);
    assertThat(at).as(where + ": span found in the spun text").isGreaterThanOrEqualTo(0);
    int suffix = spun.size() - at - span.size();
    assertThat(lower(orig.subList(0, at))).as(where + ": text before the span matches")
        .isEqualTo(lower(spun.subList(0, at)));
    assertThat(lower(orig.subList(orig.size() - suffix, orig.size()))).as(where + ": text after the span matches")
        .isEqualTo(lower(spun.subList(spun.size() - suffix, spun.size())));
    String expected = String.join(" ", lower(orig.subList(at, orig.size() - suffix)));
    List<Candidate> cands = channel.candidates(spun, at);
    assertThat(cands).as(where + ": candidates for '" + col[2] + "'")
        .anySatisfy(c -> {
          assertThat(c.length()).isEqualTo(span.size());
          assertThat(c.original().toLowerCase(Locale.ROOT)).isEqualTo(expected);
        });
  }

  private static int find(List<String> words, List<String> span) {
    for (int i = 0; i + span.size() <= words.size(); i++) {
      if (words.subList(i, i + span.size()).equals(span)) {
        return i;
      }
    }
    return -1;
  }

  private static List<String> lower(List<String> ws) {
    return ws.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
  }
}
