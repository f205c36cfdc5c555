// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliticsTest {

  private static final SpinnerTable TABLE = SpinnerTable.builder("A")
      .add(new TableEntry(TableEntry.Level.SURFACE, "here", "right here", 0.3, 9))
      .add(new TableEntry(TableEntry.Level.SURFACE, "company", "firm", 0.2, 3))
      .add(new TableEntry(TableEntry.Level.SURFACE, "could", "might", 0.4, 5))
      .add(new TableEntry(TableEntry.Level.SURFACE, "launched", "did", 0.1, 1))
      .add(new TableEntry(TableEntry.Level.SURFACE, "were", "had been", 0.5, 11))
      .add(new TableEntry(TableEntry.Level.SURFACE, "would appear", "will seem", 0.3, 2))
      .add(new TableEntry(TableEntry.Level.SURFACE, "recently", "not too long ago", 0.5, 21))
      .add(new TableEntry(TableEntry.Level.LEMMA, "official", "officer", 0.6, 7)).build();

  private static List<Candidate> proposed(CandidateSource source, int i, String... words) {
    List<Candidate> out = new ArrayList<>();
    source.propose(List.of(words), i, "A", out);
    return out;
  }

  private static List<String> originals(CandidateSource source, int i, String... words) {
    return proposed(source, i, words).stream().map(c -> c.length() + " " + c.original()).toList();
  }

  @Test
  void aCliticOnTheSpansLastWordGoesOnTheOriginalsLastWord() {
    TableSource table = new TableSource(TABLE, Candidate.Origin.TABLE);
    List<Candidate> c = proposed(table, 0, "Right", "here's", "the", "plan");
    assertThat(c).extracting(Candidate::original).containsExactly("here's");
    assertThat(c.get(0).length()).isEqualTo(2);
    assertThat(c.get(0).origin()).isEqualTo(Candidate.Origin.TABLE);
    assertThat(c.get(0).log10Channel()).isCloseTo(Math.log10(0.3), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(originals(table, 1, "the", "firm's", "plan")).containsExactly("1 company's");
    assertThat(originals(table, 1, "the", "firm'll", "say")).containsExactly("1 company'll");
  }

  @Test
  void aCurlyApostropheIsReadAsAStraightOne() {
    TableSource table = new TableSource(TABLE, Candidate.Origin.TABLE);
    assertThat(originals(table, 0, "Right", "here\u2019s")).containsExactly("2 here's");
    assertThat(originals(table, 0, "mightn\u2019t")).containsExactly("1 couldn't");
  }

  @Test
  void ntGoesOnlyOnAnAuxiliary() {
    TableSource table = new TableSource(TABLE, Candidate.Origin.TABLE);
    assertThat(originals(table, 1, "we", "mightn't", "go")).containsExactly("1 couldn't");
    assertThat(originals(table, 1, "they", "didn't", "go")).as("\"launched\" takes no n't").isEmpty();
    assertThat(Clitics.split("can't").host()).isEqualTo("can");
    assertThat(Clitics.split("Won't").host()).isEqualTo("Will");
    assertThat(Clitics.attach("will", Clitics.split("don't"))).isEqualTo("won't");
    assertThat(Clitics.attach("can", Clitics.split("don't"))).isEqualTo("can't");
    assertThat(Clitics.split("ain't")).isNull();
  }

  @Test
  void aCliticOnTheSpansFirstWordIsTheWordItStandsFor() {
    TableSource table = new TableSource(TABLE, Candidate.Origin.TABLE);
    assertThat(originals(table, 0, "They'd", "been", "told")).containsExactly("2 they were");
    assertThat(originals(table, 1, "so", "it'll", "seem")).containsExactly("2 it would appear");
    assertThat(originals(table, 0, "It\u2019s", "not", "too", "long", "ago")).as("no entry begins with is or has")
        .isEmpty();
    assertThat(originals(table, 0, "isn't", "too", "long", "ago")).containsExactly("4 is recently");
    assertThat(originals(table, 0, "NATO'd", "been")).as("a host that bears its case keeps it")
        .containsExactly("2 NATO were");
  }

  @Test
  void aLemmaEntryDoesNotReachAWordWithAClitic() {
    TableSource table = new TableSource(TABLE, Candidate.Origin.TABLE);
    assertThat(originals(table, 1, "the", "officers", "came")).containsExactly("1 officials");
    assertThat(originals(table, 1, "the", "officer's", "car")).isEmpty();
  }

  @Test
  void aNamesWordInsideASentenceKeepsItsClitic() {
    TableSource table = new TableSource(TABLE, Candidate.Origin.TABLE);
    assertThat(originals(table, 2, "while", "S&P", "Firm's", "stock")).isEmpty();
    assertThat(originals(table, 0, "Firm's", "results", "came")).as("a sentence's first word")
        .containsExactly("1 company's");
  }

  @Test
  void aWordWithoutACliticGivesNothingMore() {
    TableSource table = new TableSource(TABLE, Candidate.Origin.TABLE);
    assertThat(originals(table, 0, "firm")).containsExactly("1 company");
    assertThat(originals(table, 0, "o'clock")).isEmpty();
    assertThat(originals(table, 0, "rock'n'roll")).isEmpty();
    assertThat(Clitics.split("here")).isNull();
    assertThat(Clitics.split("'s")).isNull();
  }

  @Test
  void theOpenChannelsTablesReadBackwardsAndTheirPartsReadClitics() {
    TableSource back = TableSource.reversed(TABLE, 0.05);
    List<Candidate> c = proposed(back, 0, "company's");
    assertThat(c).extracting(Candidate::original).containsExactly("firm's");
    assertThat(c.get(0).origin()).isEqualTo(Candidate.Origin.REVERSE_TABLE);
  }

  @Test
  void aUserTablesRowReadsCliticsToo(@TempDir Path dir) throws IOException {
    PhraseSource user = PhraseSource.readTable(Files.writeString(dir.resolve("t.tsv"),
        "right here\there\nhad been\twere\n"));
    assertThat(originals(user, 0, "Right", "here's")).containsExactly("2 here's");
    assertThat(originals(user, 0, "we'd", "been")).containsExactly("2 we were");
  }
}
