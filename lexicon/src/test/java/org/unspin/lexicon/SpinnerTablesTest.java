// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpinnerTablesTest {

  private static SpinnerTable sample() {
    return SpinnerTable.builder("A").defaultKeep(0.97).metadata("description", "hand-made")
        .add(new TableEntry(TableEntry.Level.SURFACE, "said", "mentioned", 0.8, 12))
        .add(new TableEntry(TableEntry.Level.SURFACE, "year", "12 months", 0.3, 3))
        .add(new TableEntry(TableEntry.Level.SURFACE, "May", "Could", 0.5, 2))
        .add(new TableEntry(TableEntry.Level.LEMMA, "official", "officer", 0.7, 9))
        .keep(new KeepEntry("said", 0.05, 15)).build();
  }

  private static String write(SpinnerTable t) throws IOException {
    StringWriter w = new StringWriter();
    SpinnerTables.write(t, w);
    return w.toString();
  }

  @Test
  void writtenTableReadsBackEqual() throws IOException {
    SpinnerTable t = sample();
    SpinnerTable back = SpinnerTables.read(write(t).getBytes(StandardCharsets.UTF_8), "mem");
    assertThat(back).isEqualTo(t);
  }

  @Test
  void aTableItsReaderWouldRefuseIsNotWritten(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    SpinnerTable t = SpinnerTable.builder("B").add(new TableEntry(TableEntry.Level.SURFACE, "bought", "snapped up",
        0.5, 2)).keep(new KeepEntry("bought", 0.7, 4)).build();
    java.nio.file.Path f = dir.resolve("t.tsv");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SpinnerTables.write(t, f)).isInstanceOf(IOException.class)
        .hasMessageContaining("t.tsv: not written").hasMessageContaining("'bought' sum to 1.2000");
    assertThat(f).doesNotExist();
  }

  @Test
  void writingIsDeterministic() throws IOException {
    assertThat(write(sample())).isEqualTo(write(SpinnerTables.read(write(sample()).getBytes(StandardCharsets.UTF_8),
        "mem")));
  }

  @Property(tries = 200)
  void probabilitiesSurviveTheRoundTrip(@ForAll("probabilities") double p) throws IOException {
    SpinnerTable t = SpinnerTable.builder("B").add(new TableEntry(TableEntry.Level.SURFACE, "a", "b", p, 1))
        .build();
    double back = SpinnerTables.read(write(t).getBytes(StandardCharsets.UTF_8), "mem").entries().get(0)
        .probability();
    assertThat(back).isCloseTo(p, org.assertj.core.data.Offset.offset(p * 1e-5));
  }

  @Provide
  Arbitrary<Double> probabilities() {
    return Arbitraries.doubles().between(-9.0, 0.0).ofScale(6).map(e -> Math.pow(10, e));
  }

  @Test
  void fileRoundTripThroughDisk(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("sub/A.tsv");
    SpinnerTables.write(sample(), f);
    assertThat(SpinnerTables.read(f)).isEqualTo(sample());
  }

  private static ModelFormatException bad(Path dir, String content) throws IOException {
    return bad(dir, content.getBytes(StandardCharsets.UTF_8));
  }

  private static ModelFormatException bad(Path dir, byte[] content) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.write(f, content);
    try {
      SpinnerTables.read(f);
    } catch (ModelFormatException e) {
      return e;
    }
    throw new AssertionError("no error for " + new String(content, StandardCharsets.UTF_8));
  }

  @Test
  void aTableWithoutTheUnseenOriginalsLineSaysNone() {
    assertThat(sample().unseenOriginals()).isZero();
  }

  @Test
  void theUnseenOriginalsShareReadsBack() throws IOException {
    SpinnerTable t = sample().toBuilder().metadata(SpinnerTable.UNSEEN_ORIGINALS, "0.0587").build();
    assertThat(SpinnerTables.read(write(t).getBytes(StandardCharsets.UTF_8), "mem").unseenOriginals())
        .isEqualTo(0.0587);
  }

  @Test
  void anUnseenOriginalsShareOutsideZeroToOneIsRejected(@TempDir Path dir) throws IOException {
    assertThat(bad(dir, "# unspin-spinner-table 1\n@family\tA\n@unseenOriginals\t1.5\n").getMessage())
        .contains("unseenOriginals must be a number in [0, 1)");
    assertThat(bad(dir, "# unspin-spinner-table 1\n@family\tA\n@unseenOriginals\tmany\n").getMessage())
        .contains("unseenOriginals");
  }

  @Test
  void aTableChannelCarriesItsUnseenOriginalsShareThroughAFilter() {
    SpinnerTable t = sample().toBuilder().metadata(SpinnerTable.UNSEEN_ORIGINALS, "0.25").build();
    ChannelModel c = SourceChannel.of(t, java.util.List.of());
    assertThat(c.unseenOriginals()).isEqualTo(0.25);
    assertThat(FilteredChannel.of(c, (words, cand) -> true).unseenOriginals()).isEqualTo(0.25);
  }

  @Test
  void aTableChannelCallsAnOriginalRareWhenItsTableGaveItUnderAFifthAsOftenAsTheMostFrequent() {
    SpinnerTable t = SpinnerTable.builder("A")
        .add(new TableEntry(TableEntry.Level.SURFACE, "trend", "development", 0.53, 36))
        .add(new TableEntry(TableEntry.Level.SURFACE, "growth", "development", 0.67, 2))
        .add(new TableEntry(TableEntry.Level.SURFACE, "price", "worth", 0.4, 57))
        .add(new TableEntry(TableEntry.Level.SURFACE, "value", "worth", 0.5, 66))
        .add(new TableEntry(TableEntry.Level.SURFACE, "said", "mentioned", 0.9, 0))
        .add(new TableEntry(TableEntry.Level.SURFACE, "stated", "mentioned", 0.1, 0))
        .build();
    ChannelModel c = SourceChannel.of(t, java.util.List.of());
    assertThat(c.rareOriginal("development", "growth")).isTrue();
    assertThat(c.rareOriginal("Development", "Growth")).as("in lower case").isTrue();
    assertThat(c.rareOriginal("development", "trend")).isFalse();
    assertThat(c.rareOriginal("worth", "price")).as("two originals of like counts").isFalse();
    assertThat(c.rareOriginal("mentioned", "stated")).as("entries without counts").isFalse();
    assertThat(c.rareOriginal("development", "progress")).as("an original the table lacks").isFalse();
    assertThat(FilteredChannel.of(c, (words, cand) -> true).rareOriginal("development", "growth")).isTrue();
    assertThat(DilutedChannel.of(c, 0.5).rareOriginal("development", "growth")).isTrue();
  }

  @Test
  void wrongColumnCountNamesFileAndLine(@TempDir Path dir) throws IOException {
    ModelFormatException e = bad(dir, "# unspin-spinner-table 1\n@family\tA\nS\tsaid\tmentioned\t0.5\n");
    assertThat(e.getMessage()).contains("bad.tsv:3").contains("5 tab-separated columns");
    assertThat(e.line()).contains(3L);
  }

  @Test
  void invalidUtf8NamesTheLine(@TempDir Path dir) throws IOException {
    byte[] head = "# unspin-spinner-table 1\n@family\tA\nS\tsaid\tmentioned\t0.5\t1\nS\tsa".getBytes(
        StandardCharsets.UTF_8);
    byte[] content = new byte[head.length + 12];
    System.arraycopy(head, 0, content, 0, head.length);
    byte[] tail = {(byte) 0xC3, (byte) 0x28, 'i', 'd', '\t', 'x', '\t', '0', '.', '1', '\t', '1'};
    System.arraycopy(tail, 0, content, head.length, tail.length);
    ModelFormatException e = bad(dir, content);
    assertThat(e.getMessage()).contains("bad.tsv:4").contains("UTF-8");
  }

  @Test
  void missingHeaderIsRejected(@TempDir Path dir) throws IOException {
    assertThat(bad(dir, "@family\tA\n").getMessage()).contains("bad.tsv:1").contains("not a spinner table");
  }

  @Test
  void newerVersionIsRejected(@TempDir Path dir) throws IOException {
    assertThat(bad(dir, "# unspin-spinner-table 2\n@family\tA\n").getMessage()).contains("unsupported");
  }

  @Test
  void probabilityOutsideTheUnitIntervalIsRejected(@TempDir Path dir) throws IOException {
    assertThat(bad(dir, "# unspin-spinner-table 1\n@family\tA\nK\tsaid\t1.5\t3\n").getMessage())
        .contains("bad.tsv:3").contains("(0, 1]");
  }

  @Test
  void unknownLineKindIsRejected(@TempDir Path dir) throws IOException {
    assertThat(bad(dir, "# unspin-spinner-table 1\n@family\tA\nX\tsaid\t0.5\t3\n").getMessage())
        .contains("bad.tsv:3").contains("unknown line kind");
  }

  @Test
  void phraseLongerThanFourTokensIsRejected(@TempDir Path dir) throws IOException {
    assertThat(bad(dir, "# unspin-spinner-table 1\n@family\tA\nS\ta b c d e\tx\t0.5\t1\n").getMessage())
        .contains("bad.tsv:3").contains("longer than 4");
  }

  @Test
  void tablesThatBreakTheFormatsRulesAreRejectedAtTheirLine(@TempDir Path dir) throws IOException {
    String head = "# unspin-spinner-table 1\n@family\tA\n";
    // an original's S and K probabilities past 1
    assertThat(bad(dir, head + "S\tsaid\tmentioned\t0.8\t4\nS\tsaid\tstated\t0.4\t2\nK\tsaid\t0.1\t1\n")
        .getMessage()).contains("bad.tsv:5").contains("'said' sum to 1.3000, over 1");
    // a duplicate entry, a second family
    assertThat(bad(dir, head + "S\tsaid\tmentioned\t0.5\t4\n\nS\tsaid\tmentioned\t0.3\t2\n").getMessage())
        .contains("bad.tsv:5").contains("duplicate entry (first on line 3)");
    assertThat(bad(dir, head + "K\tsaid\t0.5\t4\nK\tsaid\t0.3\t2\n").getMessage()).contains("bad.tsv:4");
    assertThat(bad(dir, head + "@family\tB\n").getMessage()).contains("bad.tsv:3")
        .contains("a second '@family' line (the first names A)");
    // a lemma entry beside surface ones is no part of the sum; 6 significant digits may pass 1 by rounding
    Path ok = dir.resolve("ok.tsv");
    Files.writeString(ok, head + "S\tsaid\tmentioned\t0.666667\t4\nS\tsaid\tstated\t0.333334\t2\n"
        + "L\tsay\tmention\t0.9\t3\n");
    assertThat(SpinnerTables.read(ok).entries()).hasSize(3);
  }

  @Test
  void missingFamilyIsRejected(@TempDir Path dir) throws IOException {
    assertThat(bad(dir, "# unspin-spinner-table 1\nS\ta\tb\t0.5\t1\n").getMessage()).contains("@family");
  }

  @Test
  void bundledTablesLoad() throws IOException {
    assertThat(SpinnerModels.defaultTables()).extracting(SpinnerTable::family).contains("A");
  }

  @Test
  void lemmaEntriesMustBeSingleWords() {
    assertThatThrownBy(() -> new TableEntry(TableEntry.Level.LEMMA, "go to", "visit", 0.5, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
