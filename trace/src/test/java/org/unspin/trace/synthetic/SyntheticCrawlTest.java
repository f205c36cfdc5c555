// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.trace.Articles;
import org.unspin.trace.Documents;
import org.unspin.trace.FingerprintSettings;
import org.unspin.trace.TraceIndex;
import org.unspin.trace.TraceSettings;

class SyntheticCrawlTest {

  /** Replaces every "the" by "teh": trivially a spinner. */
  private static final TextSpinner SWAP = (text, seed) -> text.replace(" the ", " teh ");

  private static List<SourceTexts.Chunk> chunks(int n) {
    List<SourceTexts.Text> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      texts.add(new SourceTexts.Text("t" + i, Articles.article(i, 300)));
    }
    return SourceTexts.chunks(texts, 150, 250, 1);
  }

  @Test
  void crawlHasTheRequestedPagesAndFamilies() {
    SyntheticCrawl c = SyntheticCrawl.generate(chunks(20), SWAP, new SyntheticCrawl.Settings(20, 5, 3, 2, 4));
    Map<SyntheticCrawl.Kind, Integer> counts = new java.util.EnumMap<>(SyntheticCrawl.Kind.class);
    for (SyntheticCrawl.Page p : c.pages()) {
      counts.merge(p.kind(), 1, Integer::sum);
      if (p.kind() == SyntheticCrawl.Kind.SPIN) {
        assertThat(p.text()).doesNotContain(" the ");
        assertThat(p.sourceId()).isNotEmpty();
      }
    }
    assertThat(counts.get(SyntheticCrawl.Kind.ORIGINAL)).isEqualTo(5);
    assertThat(counts.get(SyntheticCrawl.Kind.UNRELATED)).isEqualTo(15);
    assertThat(counts.get(SyntheticCrawl.Kind.COPY)).isEqualTo(2);
    assertThat(counts.get(SyntheticCrawl.Kind.SPIN)).isBetween(5, 15);
  }

  @Test
  void sameSeedGivesTheSameCrawl() {
    SyntheticCrawl.Settings s = new SyntheticCrawl.Settings(10, 4, 2, 1, 9);
    assertThat(SyntheticCrawl.generate(chunks(10), SWAP, s).pages())
        .isEqualTo(SyntheticCrawl.generate(chunks(10), SWAP, s).pages());
  }

  @Test
  void warcRoundTripGivesBackEveryPageByUrl(@TempDir Path dir) throws Exception {
    SyntheticCrawl c = SyntheticCrawl.generate(chunks(8), SWAP, new SyntheticCrawl.Settings(8, 3, 2, 1, 2));
    Path warc = dir.resolve("crawl.warc.gz");
    c.writeWarc(warc, dir.resolve("crawl-truth.tsv"));
    Map<String, String> docs = new LinkedHashMap<>();
    Documents.Stats stats = Documents.read(warc, docs::put, w -> { });
    assertThat(stats.rejected()).isZero();
    assertThat(docs).hasSize(c.pages().size());
    for (SyntheticCrawl.Page p : c.pages()) {
      assertThat(docs.get(p.url())).contains(p.text().split("\n")[0]);
    }
    assertThat(Files.readAllLines(dir.resolve("crawl-truth.tsv"))).hasSize(c.pages().size() + 1);
  }

  @Test
  void generatedFoldersAreTracedAndScoredByTheirTruth(@TempDir Path dir) throws Exception {
    SyntheticCrawl c = SyntheticCrawl.generate(chunks(40), WordSwapSpinner.withRate(0.5),
        new SyntheticCrawl.Settings(40, 10, 1, 2, 3));
    c.writeFolders(dir);
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
    Documents.read(dir.resolve("corpus"), b::add, w -> { });
    TraceIndex index = b.build();
    Map<String, String> top1 = new LinkedHashMap<>();
    Documents.read(dir.resolve("queries"), (name, text) -> {
      var m = index.trace(text, TraceSettings.defaults());
      top1.put(name, m.isEmpty() ? null : m.get(0).name());
    }, w -> { });
    GroundTruth truth = GroundTruth.read(dir.resolve("truth.tsv"));
    GroundTruth.Top1 r = truth.top1(top1);
    assertThat(r.queries()).isEqualTo(12);
    assertThat(r.correct()).isEqualTo(12);
  }
}
