// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.thesaurus.Thesauri;

/** The WordNet spinner's channel over the real WordNet (fetched into the user's store on first use). */
class WordNetSpinnerTest {

  private static ChannelModel channel;

  @BeforeAll
  static void load() throws IOException {
    Store store = Store.fromEnvironment();
    channel = WordNetSpinner.channel(Thesauri.wordNet(store, Progress.NONE),
        WordCounts.newsAndBrown(WordCounts.brown(store, Progress.NONE)));
  }

  private static List<String> originals(String sentence, int i) {
    List<Candidate> c = channel.candidates(Arrays.asList(sentence.split(" ")), i);
    assertThat(c).allSatisfy(x -> {
      assertThat(x.family()).isEqualTo(WordNetSpinner.FAMILY);
      assertThat(x.origin()).isEqualTo(Candidate.Origin.RULE); // the family's model: no open-vocabulary penalty
    });
    return c.stream().map(Candidate::original).toList();
  }

  @Test
  void functionWordsComeBackFromTheirWordNetHomographsAndSimilarAdjectives() {
    assertThat(originals("it rose arsenic fast as before", 2)).contains("as");
    assertThat(originals("it could beryllium set up", 2)).contains("be");
    assertThat(originals("a vote connected the floor", 2)).contains("on");
    assertThat(originals("progressed successful the House", 1)).contains("in");
    assertThat(originals("the House passed the measure", 4)).contains("bill");
  }

  @Test
  void aCapitalisedWordInsideASentenceIsANameButNotAtItsStart() {
    assertThat(originals("He said Arsenic rose", 2)).isEmpty();
    assertThat(originals("Arsenic rose", 0)).contains("as");
    assertThat(originals("He said . Arsenic rose", 3)).contains("as");
  }

  @Test
  void anAcronymComesBackInCapitals() {
    // "deoxyribonucleic acid" had been restored as "dna", and "Dna" at a sentence start
    assertThat(originals("the deoxyribonucleic acid was sequenced", 1)).contains("DNA").doesNotContain("dna");
  }

  @Test
  void everyWordIsKeptWithTheSpinnersKeepProbability() {
    assertThat(channel.family()).isEqualTo("W");
    assertThat(channel.log10Keep("measure")).isCloseTo(Math.log10(WordNetSpinner.KEEP), within(1e-12));
    assertThat(originals("the measure", 1)).hasSizeLessThanOrEqualTo(WordNetSpinner.LIMIT);
  }
}
