// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.fetch.ModelFormatException;
import org.unspin.testkit.MarketReport;
import org.unspin.trace.synthetic.WordSwapSpinner;

class TraceIndexTest {

  private static TraceIndex index;

  @BeforeAll
  static void build() {
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
    for (int i = 0; i < 300; i++) {
      b.add("doc" + i, Articles.article(i, 250));
    }
    b.add("long", Articles.article(9999, 3000));
    index = b.build();
  }

  @Test
  void aShortPassageCopiedIntoALongerTextIsTracedToItsSource() {
    // 40 words of an indexed article inside 300 words of other writing: a small share of the whole, but most of
    // one window of the text, with an aligned passage
    int found = 0;
    for (int i = 0; i < 300; i += 31) {
      String source = Articles.article(i, 250);
      String[] words = source.split(" ");
      String part = String.join(" ", java.util.Arrays.copyOfRange(words, 100, 140));
      String essay = Articles.article(90000 + i, 150) + " " + part + " " + Articles.article(91000 + i, 150);
      List<SourceMatch> m = index.trace(essay, TraceSettings.defaults());
      if (!m.isEmpty() && m.get(0).name().equals("doc" + i)) {
        found++;
        assertThat(m.get(0).passages()).isNotEmpty();
        assertThat(m.get(0).containment()).isGreaterThanOrEqualTo(0.4);
      }
      String expected = "doc" + i;
      assertThat(m).extracting(SourceMatch::name).allMatch(expected::equals);
    }
    assertThat(found).isGreaterThanOrEqualTo(9); // of 10
  }

  @Test
  void aParagraphOfALongDocumentTracedOnItsOwnIsFoundThroughTheFineWindows() {
    // 48 words of a 1,200-word document are about a tenth of one of its 400-word windows, which the bands propose
    // only about 80% of the time (a spun paragraph far less often); of a 100-word fine window they are half
    int[] found = new int[2];
    for (int fineWords : new int[] {0, 100}) {
      TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.builder().fineWords(fineWords).build());
      for (int i = 0; i < 30; i++) {
        b.add("long" + i, Articles.article(7000 + i, 1200));
      }
      for (int i = 0; i < 150; i++) {
        b.add("doc" + i, Articles.article(i, 250));
      }
      TraceIndex idx = b.build();
      for (int i = 0; i < 30; i++) {
        String[] words = idx.text(i).split("\\s+");
        int from = 150 + 29 * i;
        String paragraph = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + 48));
        for (String query : new String[] {paragraph, WordSwapSpinner.withRate(0.5).spin(paragraph, i)}) {
          List<SourceMatch> m = idx.trace(query, TraceSettings.defaults());
          String expected = "long" + i;
          assertThat(m).extracting(SourceMatch::name).allMatch(expected::equals);
          if (!m.isEmpty()) {
            found[fineWords == 0 ? 0 : 1]++;
            assertThat(m.get(0).passages()).isNotEmpty();
          }
        }
      }
    }
    assertThat(found[1]).as("found with fine windows, of 60").isGreaterThanOrEqualTo(57).isGreaterThan(found[0]);
  }

  @Test
  void aPatchworkOfTwoShortSpinsNamesBothSources() {
    // a spun copy of one short article followed by one of another: the second is a small part of the whole, and
    // was lost behind the first one's score
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
    for (int i = 0; i < 60; i++) {
      b.add("s" + i, Articles.article(5000 + i, i % 2 == 0 ? 240 : 50));
    }
    TraceIndex small = b.build();
    int found = 0;
    for (int k = 0; k < 10; k++) {
      int first = 2 * k;
      int second = 2 * k + 21;
      String text = WordSwapSpinner.withRate(0.6).spin(Articles.article(5000 + first, 240), k) + "\n\n"
          + WordSwapSpinner.withRate(0.6).spin(Articles.article(5000 + second, 50), k + 100);
      List<SourceMatch> m = small.trace(text, TraceSettings.defaults());
      List<String> names = m.stream().map(SourceMatch::name).toList();
      assertThat(names).as("patchwork %d", k).contains("s" + first);
      found += names.contains("s" + second) ? 1 : 0;
      for (SourceMatch s : m) {
        assertThat(s.passages()).allSatisfy(p -> assertThat(p.query().end()).isLessThanOrEqualTo(text.length()));
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(9); // 6 of 10 before
  }

  @Test
  void spinIsTracedToItsSourceFirst() {
    for (int i = 0; i < 300; i += 37) {
      String spun = WordSwapSpinner.withRate(0.5).spin(Articles.article(i, 250), i);
      List<SourceMatch> m = index.trace(spun, TraceSettings.defaults());
      assertThat(m).isNotEmpty();
      assertThat(m.get(0).name()).isEqualTo("doc" + i);
      assertThat(m.get(0).passages()).isNotEmpty();
    }
  }

  @Test
  void spunExcerptOfALongDocumentIsTracedThroughItsWindow() {
    String longText = index.text(index.size() - 1);
    int from = longText.indexOf('\n', longText.length() / 2) + 1;
    String excerpt = longText.substring(from, longText.indexOf('\n', from + 1500));
    List<SourceMatch> m = index.trace(WordSwapSpinner.withRate(0.6).spin(excerpt, 1), TraceSettings.defaults());
    assertThat(m).isNotEmpty();
    assertThat(m.get(0).name()).isEqualTo("long");
    assertThat(m.get(0).containment()).isGreaterThan(m.get(0).score());
  }

  @Test
  void lshLooksAtAFewCandidatesNotTheWholeIndex() {
    String spun = WordSwapSpinner.withRate(0.5).spin(Articles.article(40, 250), 4);
    assertThat(index.candidateCount(spun)).isBetween(1, index.size() / 5);
  }

  @Test
  void aFooterEveryPageSharesIsNotReadWholeAndTheSourceIsStillFirst() {
    // pages of 80 words that all end in one 70-word footer: their buckets hold a fifth of the pages or more, and a
    // query ending in the footer had its similarity estimated against every page, so its cost grew with the index
    String footer = Articles.article(77777, 70);
    int[] candidates = new int[3];
    for (int size = 0; size < 3; size++) {
      TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
      int pages = 500 << size;
      for (int i = 0; i < pages; i++) {
        b.add("page" + i, Articles.article(20000 + i, 80) + "\n\n" + footer);
      }
      TraceIndex index = b.build();
      for (int i = 100; i < 500; i += 100) {
        String spun = WordSwapSpinner.withRate(0.5).spin(Articles.article(20000 + i, 80), i) + "\n\n" + footer;
        candidates[size] += index.candidateCount(spun);
        List<SourceMatch> m = index.trace(spun, TraceSettings.defaults());
        assertThat(m).isNotEmpty();
        assertThat(m.get(0).name()).isEqualTo("page" + i);
      }
    }
    // read whole: 2,000, 4,000 and 8,000 for the four queries; with BUCKET_READ 1,516, 1,244 and 1,172
    assertThat(candidates[2]).isLessThan(candidates[0] * 2);
  }

  @Test
  void aTextCopiedMoreTimesThanABucketIsReadIsStillTraced() {
    // 300 copies of one article: every bucket of its bands is over BUCKET_READ, and its first entries propose it
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
    for (int i = 0; i < TraceIndex.BUCKET_READ * 3; i++) {
      b.add("copy" + i, Articles.article(31337, 250));
    }
    for (int i = 0; i < 100; i++) {
      b.add("doc" + i, Articles.article(40000 + i, 250));
    }
    List<SourceMatch> m = b.build().trace(WordSwapSpinner.withRate(0.5).spin(Articles.article(31337, 250), 7),
        TraceSettings.defaults());
    assertThat(m).isNotEmpty();
    assertThat(m.get(0).name()).startsWith("copy");
  }

  @Test
  void excludedDocumentIsNotReportedAndDoesNotHideTheSource() {
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
    for (int i = 0; i < 30; i++) {
      b.add("doc" + i, Articles.article(i, 250));
    }
    String spun = WordSwapSpinner.withRate(0.6).spin(Articles.article(3, 250), 8);
    b.add("the-spin-itself", spun);
    List<SourceMatch> m = b.build().trace(spun, TraceSettings.defaults(), null, "the-spin-itself"::equals);
    assertThat(m).isNotEmpty();
    assertThat(m.get(0).name()).isEqualTo("doc3");
    assertThat(m).extracting(SourceMatch::name).doesNotContain("the-spin-itself");
  }

  @Test
  void longPageHoldingASpunCopyIsTracedToTheShortSource() {
    String page = Articles.article(50_001, 900) + "\n" + WordSwapSpinner.withRate(0.6).spin(Articles.article(8, 250), 3)
        + "\n" + Articles.article(50_002, 900);
    List<SourceMatch> m = index.trace(page, TraceSettings.defaults());
    assertThat(m).isNotEmpty();
    assertThat(m.get(0).name()).isEqualTo("doc8");
    assertThat(m.get(0).passages()).isNotEmpty();
  }

  @Test
  void anIndexUpdatedWithNewAndReplacedDocumentsTracesAsOneBuiltAtOnce() {
    TraceIndex.Builder first = TraceIndex.builder(FingerprintSettings.defaults());
    for (int i = 0; i < 40; i++) {
      first.add("doc" + i, Articles.article(i, 250));
    }
    TraceIndex.Builder more = first.build().toBuilder();
    for (int i = 40; i < 60; i++) {
      assertThat(more.put("doc" + i, Articles.article(i, 250))).isFalse();
    }
    assertThat(more.put("doc7", Articles.article(7_007, 250))).isTrue(); // a page crawled again, now other text
    TraceIndex updated = more.build();
    TraceIndex.Builder once = TraceIndex.builder(FingerprintSettings.defaults());
    for (int i = 0; i < 60; i++) {
      once.add("doc" + i, Articles.article(i == 7 ? 7_007 : i, 250));
    }
    TraceIndex whole = once.build();
    assertThat(updated.size()).isEqualTo(60);
    assertThat(updated.text(7)).isEqualTo(Articles.article(7_007, 250));
    // a match's source text by its name, as reports set a copy beside it
    assertThat(updated.textOf("doc7")).isEqualTo(Articles.article(7_007, 250));
    assertThat(updated.textOf("doc45")).isEqualTo(Articles.article(45, 250));
    assertThat(updated.textOf("doc60")).isNull();
    assertThat(updated.segments()).isEqualTo(whole.segments());
    assertThat(updated.bandEntries()).isEqualTo(whole.bandEntries());
    for (int i : new int[] {3, 7, 45, 59}) {
      String spun = WordSwapSpinner.withRate(0.5).spin(Articles.article(i == 7 ? 7_007 : i, 250), i);
      List<SourceMatch> a = updated.trace(spun, TraceSettings.defaults());
      List<SourceMatch> b = whole.trace(spun, TraceSettings.defaults());
      assertThat(a).as("doc%d", i).isNotEmpty();
      assertThat(a.get(0).name()).isEqualTo("doc" + i);
      assertThat(a).extracting(SourceMatch::name).isEqualTo(b.stream().map(SourceMatch::name).toList());
      assertThat(a).extracting(SourceMatch::score).isEqualTo(b.stream().map(SourceMatch::score).toList());
    }
  }

  @Test
  void anIndexWithADocumentRemovedIsTheOneBuiltWithoutIt(@TempDir Path dir) throws Exception {
    TraceIndex.Builder with = TraceIndex.builder(FingerprintSettings.defaults());
    TraceIndex.Builder without = TraceIndex.builder(FingerprintSettings.defaults());
    for (int i = 0; i < 12; i++) {
      with.add("doc" + i, Articles.article(i, 150 + 100 * i));
      if (i != 4 && i != 9) {
        without.add("doc" + i, Articles.article(i, 150 + 100 * i));
      }
    }
    with.add("doc4", "the same name twice");
    TraceIndex.Builder updated = with.build().toBuilder();
    assertThat(updated.remove("doc4")).isEqualTo(2);
    assertThat(updated.remove("doc9")).isEqualTo(1);
    assertThat(updated.remove("doc99")).isZero();
    assertThat(updated.names()).hasSize(10).doesNotContain("doc4", "doc9");
    updated.build().save(dir.resolve("u.idx"));
    without.build().save(dir.resolve("w.idx"));
    assertThat(Files.readAllBytes(dir.resolve("u.idx"))).isEqualTo(Files.readAllBytes(dir.resolve("w.idx")));
  }

  @Test
  void documentsRemovedTogetherLeaveTheIndexBuiltWithoutThem(@TempDir Path dir) throws Exception {
    TraceIndex.Builder with = TraceIndex.builder(FingerprintSettings.defaults());
    TraceIndex.Builder without = TraceIndex.builder(FingerprintSettings.defaults());
    for (int i = 0; i < 12; i++) {
      String name = (i % 3 == 0 ? "batch/" : "keep/") + "doc" + i;
      with.add(name, Articles.article(i, 150 + 100 * i));
      if (i % 3 != 0) {
        without.add(name, Articles.article(i, 150 + 100 * i));
      }
    }
    TraceIndex.Builder updated = with.build().toBuilder();
    assertThat(updated.removeIf(n -> n.startsWith("batch/"))).isEqualTo(4);
    assertThat(updated.removeIf(n -> n.startsWith("none/"))).isZero();
    assertThat(updated.put("keep/doc1", Articles.article(1, 250))).isTrue(); // names found where they are now
    updated.build().save(dir.resolve("u.idx"));
    without.build().save(dir.resolve("w.idx"));
    assertThat(Files.readAllBytes(dir.resolve("u.idx"))).isEqualTo(Files.readAllBytes(dir.resolve("w.idx")));
  }

  @Test
  void unrelatedTextFindsNoSource() {
    assertThat(index.trace(Articles.article(123_456, 250), TraceSettings.defaults())).isEmpty();
  }

  @Test
  void resultsAreRankedByScore() {
    String spun = WordSwapSpinner.withRate(0.3).spin(Articles.article(5, 250), 2);
    List<SourceMatch> m = index.trace(spun, TraceSettings.defaults().withMinScore(0));
    for (int i = 1; i < m.size(); i++) {
      assertThat(m.get(i).score()).isLessThanOrEqualTo(m.get(i - 1).score());
    }
  }

  @Test
  void savedIndexTracesLikeTheOriginal(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.idx");
    index.save(f);
    TraceIndex read = TraceIndex.open(f);
    assertThat(read.size()).isEqualTo(index.size());
    assertThat(read.settings()).isEqualTo(index.settings());
    String spun = WordSwapSpinner.withRate(0.5).spin(Articles.article(77, 250), 9);
    assertThat(read.trace(spun, TraceSettings.defaults())).isEqualTo(index.trace(spun, TraceSettings.defaults()));
  }

  @Test
  void spinsOfOneSourceFormOneFamily() {
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
    for (int i = 0; i < 50; i++) {
      b.add("doc" + i, Articles.article(i, 250));
    }
    for (int k = 0; k < 4; k++) {
      b.add("spin" + k, WordSwapSpinner.withRate(0.6).spin(Articles.article(7, 250), k));
    }
    List<Family> fams = b.build().families(TraceSettings.defaults(), 1000);
    assertThat(fams).hasSize(1);
    assertThat(fams.get(0).members()).containsExactly("doc7", "spin0", "spin1", "spin2", "spin3");
  }

  @Test
  void reportsWrittenOnOneTemplateAreNotOneFamily() {
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
    for (int day = 1; day <= 6; day++) {
      b.add("day" + day, MarketReport.of(day));
    }
    b.add("spin", WordSwapSpinner.withRate(0.5).spin(MarketReport.of(4), 1));
    TraceIndex index = b.build();
    List<Family> fams = index.families(TraceSettings.defaults(), 1000);
    assertThat(fams).extracting(Family::members).containsExactly(List.of("day4", "spin"));
  }

  @Test
  void truncatedIndexIsAFormatErrorNamingFileAndOffset(@TempDir Path dir) throws Exception {
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.builder().numHashes(16).rowsPerBand(2).build());
    b.add("a", Articles.article(1, 100));
    b.add("b", Articles.article(2, 100));
    Path f = dir.resolve("small.idx");
    b.build().save(f);
    byte[] all = Files.readAllBytes(f);
    Path cut = dir.resolve("cut.idx");
    for (int n = 0; n < all.length; n++) {
      Files.write(cut, java.util.Arrays.copyOf(all, n));
      ModelFormatException e = assertThrows(ModelFormatException.class, () -> TraceIndex.open(cut));
      assertThat(e.path()).isEqualTo(cut);
      assertThat(e.offset()).isBetween(0L, (long) n);
      assertThat(e.getMessage()).contains("cut.idx");
    }
  }

  @Test
  void damagedByteIsReportedAsAChecksumMismatch(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("d.idx");
    index.save(f);
    byte[] all = Files.readAllBytes(f);
    all[all.length / 2] ^= 0x40;
    Files.write(f, all);
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> TraceIndex.open(f));
    assertThat(e.getMessage()).contains("d.idx");
  }

  @Test
  void otherFilesAndNewerVersionsAreRejected(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("v.idx");
    index.save(f);
    byte[] all = Files.readAllBytes(f);
    all[11] = 9;
    Files.write(f, all);
    assertThat(assertThrows(ModelFormatException.class, () -> TraceIndex.open(f)).getMessage())
        .contains("version 9");
    Files.writeString(f, "this is not an index, just some text of some length to pass the header size check...");
    ModelFormatException e = assertThrows(ModelFormatException.class, () -> TraceIndex.open(f));
    assertThat(e.offset()).isZero();
    assertThat(e.getMessage()).contains("bad magic");
    for (String shortText : new String[] {"hello world\n", "UN"}) { // shorter than the header, or than the magic
      Files.writeString(f, shortText);
      assertThat(assertThrows(ModelFormatException.class, () -> TraceIndex.open(f)).getMessage())
          .contains("not a trace index");
    }
    byte[] cut = java.util.Arrays.copyOf(all, 20); // an index cut short is still called truncated
    Files.write(f, cut);
    assertThat(assertThrows(ModelFormatException.class, () -> TraceIndex.open(f)).getMessage())
        .contains("truncated");
    all[11] = 3; // the version this build writes, as before the test above
    Files.write(f, java.util.Arrays.copyOf(all, 84)); // the whole header, but not the count after it
    assertThat(assertThrows(ModelFormatException.class, () -> TraceIndex.open(f)).getMessage())
        .contains("84 bytes, but the header and the document count after it take 88");
    Files.write(f, new byte[0]); // an empty file is said to be one
    assertThat(assertThrows(ModelFormatException.class, () -> TraceIndex.open(f)).getMessage())
        .contains("the file is empty (0 bytes)");
    assertThat(TraceIndex.looksLikeIndex(f)).isFalse();
    Files.write(f, cut);
    assertThat(TraceIndex.looksLikeIndex(f)).isTrue();
  }
}
