// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lexicon.learn.Aligner;

class PhraseSourceTest {

  /** The tortured-phrase list {@code tsv}, written to a file in {@code dir} and read back. */
  private static PhraseSource phrases(Path dir, String tsv) throws IOException {
    return PhraseSource.readPhrases(Files.writeString(dir.resolve("p.tsv"), tsv));
  }

  /** The user table {@code tsv}, written to a file in {@code dir} and read back. */
  private static PhraseSource table(Path dir, String tsv) throws IOException {
    return PhraseSource.readTable(Files.writeString(dir.resolve("t.tsv"), tsv));
  }

  private static List<Candidate> propose(PhraseSource s, String text, int i) {
    List<Candidate> out = new java.util.ArrayList<>();
    s.propose(Aligner.words(text), i, "user", out);
    return out;
  }

  @Test
  void spunPhraseWithSeveralOriginalsSharesTheProbability(@TempDir Path dir) throws IOException {
    PhraseSource s = phrases(dir, "# list\nbig data\tlarge data\nBig Data\tmassive data\n");
    List<Candidate> c = propose(s, "we use big data here", 2);
    assertThat(c).extracting(Candidate::original).containsExactlyInAnyOrder("large data", "massive data");
    assertThat(c).allSatisfy(x -> {
      assertThat(x.log10Channel()).isCloseTo(Math.log10(0.5), org.assertj.core.data.Offset.offset(1e-9));
      assertThat(x.length()).isEqualTo(2);
      assertThat(x.origin()).isEqualTo(Candidate.Origin.PHRASE_LIST);
    });
  }

  @Test
  void aListsExpectedPhraseIsRestoredAsItsFirstSpelling(@TempDir Path dir) throws IOException {
    // the list's notation: an acronym in parentheses, optional words in brackets, slash alternatives
    PhraseSource s = phrases(dir, "place of interest\tRegion of Interest (ROI)\n"
        + "traffic designs\t[network] traffic patterns\ntainted people\tinfected/affected individuals\n");
    assertThat(propose(s, "the place of interest", 1)).extracting(Candidate::original)
        .containsExactly("region of interest");
    assertThat(propose(s, "traffic designs", 0)).extracting(Candidate::original).containsExactly("traffic patterns");
    assertThat(propose(s, "tainted people", 0)).extracting(Candidate::original)
        .containsExactly("infected individuals");
    // a user's table is taken as written
    PhraseSource asWritten = table(dir, "place of interest\tRegion of Interest (ROI)\n");
    assertThat(propose(asWritten, "the place of interest", 1)).extracting(Candidate::original)
        .containsExactly("Region of Interest (ROI)");
  }

  @Test
  void aListedPhraseIsFoundPossessiveOrHyphenatedAsPapersWriteTerms(@TempDir Path dir) throws IOException {
    // a sleuth's trial: "an irregular woodland's trees" and "profound-learning models" had no listed span
    PhraseSource s = phrases(dir, "irregular woodland\trandom forest\nprofound learning\tdeep learning\n"
        + "flag to commotion\tsignal to noise\n");
    assertThat(propose(s, "an irregular woodland's trees", 1)).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("random forest's");
      assertThat(c.length()).isEqualTo(2);
      assertThat(c.origin()).isEqualTo(Candidate.Origin.PHRASE_LIST);
    });
    assertThat(propose(s, "the irregular woodland\u2019s depth", 1)).extracting(Candidate::original)
        .singleElement().asString().matches("random forest['\u2019]s");
    assertThat(propose(s, "profound-learning models", 0)).singleElement().satisfies(c -> {
      assertThat(c.original()).isEqualTo("deep-learning");
      assertThat(c.length()).isEqualTo(1);
    });
    assertThat(propose(s, "a high flag-to-commotion ratio", 2)).extracting(Candidate::original)
        .containsExactly("signal-to-noise");
    // the written forms still match as before; a user's table reaches the possessive too, not a hyphenated form
    assertThat(propose(s, "irregular woodland trees", 0)).extracting(Candidate::original)
        .containsExactly("random forest");
    PhraseSource asWritten = table(dir, "irregular woodland\trandom forest\n");
    assertThat(propose(asWritten, "an irregular woodland's trees", 1)).extracting(Candidate::original)
        .containsExactly("random forest's");
    assertThat(propose(asWritten, "an irregular-woodland tree", 1)).isEmpty();
  }

  @Test
  void tableProbabilityColumnIsUsed(@TempDir Path dir) throws IOException {
    assertThat(propose(table(dir, "mentioned\tsaid\t0.8\n"), "he mentioned it", 1)).singleElement()
        .satisfies(c -> assertThat(c.log10Channel()).isCloseTo(Math.log10(0.8),
            org.assertj.core.data.Offset.offset(1e-9)));
  }

  @Test
  void unknownExpectedAndLongPhrasesAreSkipped(@TempDir Path dir) throws IOException {
    PhraseSource s = phrases(dir, "odd thing\t???\na b c d e f g h i\tx\nok one\tfine\n");
    assertThat(s.size()).isEqualTo(1);
    assertThat(s.skipped()).isEqualTo(2);
  }

  @Test
  void aListedPhraseOfUpToEightWordsAndOneNamedWithItsAcronymAreFound(@TempDir Path dir) throws IOException {
    // 187 rows of the public list's development half are five to eight words long, and 164 name their acronym;
    // both were skipped ("take a look at set" stayed as written)
    PhraseSource s = phrases(dir, "take a look at set\ttest set\ninvestigation of difference (anova)\tanalysis of "
        + "variance (anova)\nindividual number (pin)\tpersonal identification number (pin)\n");
    assertThat(propose(s, "on the take a look at set", 2)).extracting(Candidate::length, Candidate::original)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(5, "test set"));
    assertThat(propose(s, "by investigation of difference ( ANOVA )", 1)).extracting(Candidate::original)
        .containsExactly("analysis of variance");
    assertThat(propose(s, "by investigation of difference", 1)).extracting(Candidate::original)
        .containsExactly("analysis of variance");
    // without its acronym, a two-word phrase is everyday English ("the individual number of rows"): left out; with
    // it, the phrase is found and the acronym, never spun, stays (the row was skipped: "group head (CH)" stayed)
    assertThat(propose(s, "the individual number of rows", 1)).isEmpty();
    assertThat(propose(s, "the individual number ( PIN ) of each", 1)).extracting(Candidate::length,
        Candidate::original).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "personal identification number"));
    assertThat(s.skipped()).isZero();
  }

  @Test
  void aListedPhraseIsFoundInThePluralToo(@TempDir Path dir) throws IOException {
    // "several informational indexes" and "irregular timberlands" were left as written
    PhraseSource s = phrases(dir, "informational index\tdataset\nirregular timberland\trandom forest\n"
        + "bosom malignancy\tbreast cancer\nroc bend\tROC curve\nprofound learning\tdeep learning\n");
    assertThat(propose(s, "several informational indexes", 1)).extracting(Candidate::original)
        .containsExactly("datasets");
    assertThat(propose(s, "of irregular timberlands", 1)).extracting(Candidate::original)
        .containsExactly("random forests");
    assertThat(propose(s, "bosom malignancies were", 0)).extracting(Candidate::original)
        .containsExactly("breast cancers");
    assertThat(propose(s, "the roc bends", 1)).extracting(Candidate::original).containsExactly("roc curves");
    assertThat(propose(s, "profound learnings", 0)).as("not a singular noun").isEmpty();
  }

  @Test
  void aHeaderRowIsNotAPair(@TempDir Path dir) throws IOException {
    // read as a row, "tortured" -> "expected" made any text with the word "tortured" spun
    Path f = dir.resolve("p.tsv");
    Files.writeString(f, "tortured\texpected\nirregular woodland\trandom forest\n");
    PhraseSource s = PhraseSource.readPhrases(f);
    assertThat(s.size()).isEqualTo(1);
    assertThat(propose(s, "a tortured soul", 1)).isEmpty();
    assertThat(org.unspin.lexicon.learn.PhraseLists.read(f)).hasSize(1);
    // a pair that happens to come first is read
    Files.writeString(f, "irregular woodland\trandom forest\ntortured\texpected\n");
    assertThat(PhraseSource.readPhrases(f).size()).isEqualTo(2);
  }

  @Test
  void aWordTheExpectedPhraseAddsIsTakenInWhereThePaperWritesIt(@TempDir Path dir) throws IOException {
    // "energy dispersive x-beam analysis" was restored "energy dispersive x-ray analysis analysis"
    PhraseSource s = phrases(dir, "energy dispersive x-beam\tenergy dispersive x-ray analysis (edx)\n");
    assertThat(propose(s, "by energy dispersive x-beam analysis and", 1)).extracting(Candidate::length,
        Candidate::original).contains(org.assertj.core.groups.Tuple.tuple(4, "energy dispersive x-ray analysis"),
        org.assertj.core.groups.Tuple.tuple(3, "energy dispersive x-ray analysis"));
    assertThat(propose(s, "by energy dispersive x-beam and", 1)).extracting(Candidate::length).containsExactly(3);
  }

  @Test
  void wrongColumnCountNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "a\tb\nonly-one-column\n");
    assertThatThrownBy(() -> PhraseSource.readTable(f)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("bad.tsv:2");
  }

  @Test
  void badProbabilityNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "a\tb\t2.0\n");
    assertThatThrownBy(() -> PhraseSource.readTable(f)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("bad.tsv:1").hasMessageContaining("(0, 1]");
  }

  @Test
  void aPhraseListsThirdColumnIsRefusedInAPhraseListsWords(@TempDir Path dir) throws IOException {
    // a list exported with a source column had been refused with a spinner table's "probability must be ..."
    Path f = Files.writeString(dir.resolve("list.tsv"), "tortured\texpected\tsource\ncounterfeit consciousness"
        + "\tartificial intelligence\tPPS\n");
    assertThatThrownBy(() -> PhraseSource.readPhrases(f)).isInstanceOf(ModelFormatException.class)
        .hasMessageStartingWith(f + ":2: a phrase list row is tortured<TAB>expected[<TAB>weight]: the third column, "
            + "'PPS', is no weight in (0, 1]").hasMessageContaining("cut -f1,2").hasMessageNotContaining("probability");
    Path four = Files.writeString(dir.resolve("four.tsv"), "a\tb\tc\td\n");
    assertThatThrownBy(() -> PhraseSource.readPhrases(four)).hasMessageContaining("four.tsv:1: expected 2 or 3 "
        + "tab-separated columns (tortured phrase, expected phrase[, weight]), found 4");
  }

  @Test
  void invalidUtf8NamesTheLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.write(f, new byte[] {'a', '\t', 'b', '\n', (byte) 0xFF, '\t', 'c', '\n'});
    assertThatThrownBy(() -> PhraseSource.readPhrases(f)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("bad.tsv:2").hasMessageContaining("UTF-8");
  }

  @Test
  void aTableRowWithAnEmptySideNamesFileAndLine(@TempDir Path dir) throws IOException {
    // "enormous<TAB>" (the original left out) had been skipped without a word, the table then doing nothing for it
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, "huge\tbig\nenormous\t\n");
    assertThatThrownBy(() -> PhraseSource.readTable(f)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("mine.tsv:2").hasMessageContaining("original");
    Files.writeString(f, "huge\tbig\n \tlarge\t0.5\n");
    assertThatThrownBy(() -> PhraseSource.readTable(f)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("mine.tsv:2").hasMessageContaining("spun");
  }
}
