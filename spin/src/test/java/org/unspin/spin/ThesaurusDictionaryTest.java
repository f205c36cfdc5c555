// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.thesaurus.Moby;
import org.unspin.thesaurus.Thesauri;
import org.unspin.thesaurus.WordNet;

/** Runs on the real thesauri (fetched into the user's store on first use). */
class ThesaurusDictionaryTest {

  private static WordNet wordNet;
  private static Moby moby;

  static synchronized ThesaurusDictionary dictionary(SpinStyle style) {
    try {
      if (wordNet == null) {
        wordNet = Thesauri.wordNet(Store.fromEnvironment(), Progress.NONE);
        moby = Thesauri.moby(Store.fromEnvironment(), Progress.NONE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ThesaurusDictionary.create(wordNet, moby, style);
  }

  private final ThesaurusDictionary a = dictionary(SpinStyle.A);
  private final ThesaurusDictionary b = dictionary(SpinStyle.B);

  @Test
  void inflectionIsKept() {
    assertThat(a.substitutes("companies")).contains("corporations").allMatch(s -> s.endsWith("s"));
    assertThat(a.substitutes("visited")).isNotEmpty().allMatch(s -> !s.equals("visit"));
    assertThat(a.substitutes("bigger")).contains("larger");
  }

  @Test
  void numberWordsBecomeDigitsAndYearBecomesTwelveMonths() {
    assertThat(a.substitutes("five")).containsExactly("5");
    assertThat(a.substitutes("year")).contains("12 months", "yr");
  }

  @Test
  void coHyponymsAreNotSubstitutes() {
    assertThat(a.substitutes("hour")).doesNotContain("day", "week", "minute", "year");
    assertThat(a.substitutes("red")).doesNotContain("blue", "yellow", "green");
  }

  @Test
  void functionWordsTakeTheirClosestMobyNeighbours() {
    // WordNet's "but" is only the adverb "only, merely"; Moby's closest neighbours carry the conjunction
    assertThat(a.substitutes("but")).isNotEmpty().doesNotContain("only", "merely", "simply");
    assertThat(a.substitutes("including")).isNotEmpty();
  }

  @Test
  void styleBUsesCrudeMultiWordParaphrases() {
    assertThat(b.substitutes("month")).containsExactly("thirty day period");
    assertThat(b.substitutes("government").get(0)).startsWith("governing ");
  }

  @Test
  void antonymsAreNeverSubstitutes() {
    assertThat(a.substitutes("good")).isNotEmpty().doesNotContainAnyElementsOf(wordNet.antonyms("good"));
    assertThat(b.substitutes("good")).doesNotContainAnyElementsOf(wordNet.antonyms("good"));
  }

  @Test
  void namesAndFunctionWordsAreLeftAlone() {
    assertThat(a.substitutes("china")).isEmpty();
    assertThat(a.substitutes("the")).isEmpty();
    assertThat(a.substitutes("50,000")).isEmpty();
  }

  @Test
  void styleASubstitutesAreCommonWords() {
    for (String w : new String[] {"said", "officials", "foreign", "leader", "example", "critical"}) {
      for (String s : a.substitutes(w)) {
        if (s.indexOf(' ') < 0) {
          assertThat(wordNet.tagCount(s) + wordNet.tagCount(org.unspin.thesaurus.Morphology.english(wordNet)
              .lemmas(s).stream().findFirst().orElse(s))).as(w + " -> " + s)
              .isGreaterThanOrEqualTo(ThesaurusDictionary.MIN_COUNT_A);
        }
      }
    }
  }
}
