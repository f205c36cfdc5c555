// SPDX-License-Identifier: Apache-2.0
package org.unspin.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unspin.testkit.SpunArticle;
import org.unspin.trace.Documents;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.Unspinner;
import org.unspin.trace.FingerprintSettings;
import org.unspin.trace.Fingerprinter;

class PureFunctionsTest {

  @Test
  void readsPagesAndRejectsFromAWarc(@TempDir Path dir) throws Exception {
    Path warc = dir.resolve("a.warc.gz");
    CrawlJobTest.writeWarc(warc);
    List<Page> pages = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    WarcPages.read(Files.newInputStream(warc), "a.warc.gz", Documents.Html.ARTICLE, pages::add, rejects::add);
    assertThat(pages).extracting(Page::url)
        .containsExactly("http://news.example/source", "http://farm.example/spin", "http://sports.example/game",
            "http://fr.example/article");
    assertThat(pages.get(0).text()).startsWith("Secretary Antony Blinken");
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.url()).isEqualTo("http://empty.example/");
      assertThat(r.offset()).isPositive();
    });
  }

  @Test
  void aCorruptStreamEndsWithOneRejectNamingTheOffset() {
    List<Reject> rejects = new ArrayList<>();
    byte[] junk = "WARC/1.0\r\nnot a header\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    WarcPages.read(new ByteArrayInputStream(junk), "bad.warc", Documents.Html.ARTICLE, p -> { }, rejects::add);
    assertThat(rejects).singleElement().satisfies(r -> {
      assertThat(r.file()).isEqualTo("bad.warc");
      assertThat(r.reason()).contains("corrupt");
    });
  }

  @Test
  void analysisRestoresSpunPagesAndFingerprintsThem() {
    Unspinner u = FixtureModels.unspinner();
    Fingerprinter fp = Fingerprinter.of(FingerprintSettings.defaults());
    var lm = org.unspin.decode.fakes.Fixtures.languageModel();
    PageResult clean = PageAnalysis.analyze(u, lm, fp, new Page("s", SpunArticle.SOURCE, "f", 0));
    PageResult spun = PageAnalysis.analyze(u, lm, fp, new Page("x", SpunArticle.SPIN, "f", 1));
    assertThat(spun.spunProbability()).isGreaterThan(clean.spunProbability());
    assertThat(clean.fluency()).isGreaterThan(spun.fluency());
    assertThat(clean.restoredText()).isEqualTo(SpunArticle.SOURCE);
    assertThat(spun.bandKeys()).isNotEmpty().isSorted();
    assertThat(Fingerprinter.similarity(spun.signature(), clean.signature())).isGreaterThan(0.25);
  }

  @Test
  void theSourceIsTheMostFluentCleanLookingMember() {
    assertThat(Clusters.source(List.of(new Clusters.Member("b", 0.1, -2.0), new Clusters.Member("a", 0.9, -1.0))))
        .isEqualTo("b");
    // a spin the detector missed is less fluent than its original
    assertThat(Clusters.source(List.of(new Clusters.Member("spin", 0.01, -3.1),
        new Clusters.Member("orig", 0.02, -2.4)))).isEqualTo("orig");
    assertThat(Clusters.source(List.of(new Clusters.Member("b", 0.8, -2), new Clusters.Member("a", 0.9, -2))))
        .isNull();
    assertThat(Clusters.source(List.of(new Clusters.Member("a", 0.0, -2)))).isNull();
  }

  @Test
  void componentsLabelEachIdWithTheSmallestOfItsComponent() {
    Map<String, String> c = Clusters.components(List.of(new String[] {"d", "c"}, new String[] {"c", "b"},
        new String[] {"x", "y"}));
    assertThat(c).containsEntry("d", "b").containsEntry("c", "b").containsEntry("b", "b")
        .containsEntry("y", "x").containsEntry("x", "x");
  }

}
