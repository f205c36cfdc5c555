// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableSourceCaseTest {

  /** A case-bearing phrase entry and a capitalised word entry, as the bundled table has them. */
  private final ChannelModel channel = SpinnerModels.builder().table(SpinnerTable.builder("C")
      .add(new TableEntry(TableEntry.Level.SURFACE, "Chinese", "Chinese language", 0.5, 2))
      .add(new TableEntry(TableEntry.Level.SURFACE, "Americans", "Individuals", 0.6, 2)).build()).build()
      .family("C").orElseThrow();

  private List<String> originals(String sentence, int i) {
    return channel.candidates(Arrays.asList(sentence.split(" ")), i).stream().map(Candidate::original).toList();
  }

  @Test
  void aHeadlinesCapitalsMatchTheTablesCaseBearingEntries() {
    assertThat(originals("the Chinese language officers said", 1)).contains("Chinese");
    // "CHINESE LANGUAGE OFFICERS" and "Chinese Language Officers" had kept "language"
    assertThat(originals("the CHINESE LANGUAGE OFFICERS SAID", 1)).contains("Chinese");
    assertThat(originals("the Chinese Language Officers Said", 1)).contains("Chinese");
    assertThat(originals("MANY INDIVIDUALS SAID", 1)).contains("Americans");
    // a lower-case phrase is no name
    assertThat(originals("the chinese language officers", 1)).doesNotContain("Chinese");
  }

  @Test
  void aLowerCaseWordDisguisedWithAZeroWidthSpaceOrALookAlikeIsStillLowerCase() {
    // it differs from its lower case as a capitalised word does, and had matched "Individuals" too
    assertThat(originals("many indiv\u200Biduals said", 1)).doesNotContain("Americans");
    assertThat(originals("many individu\u0430ls said", 1)).doesNotContain("Americans");
    assertThat(originals("many Indiv\u200Biduals said", 1)).contains("Americans");
  }

  @Test
  void spintaxBracesAroundADisguisedWordGiveTheWordsAsTheyRead() {
    List<Candidate> c = new java.util.ArrayList<>();
    SystematicRules.repairsOnly().propose(Arrays.asList("on", "{", "durin\u200Bg", "the", "}", "day"), 1, "R", c);
    assertThat(c).extracting(Candidate::original).containsExactly("during the");
  }
}
