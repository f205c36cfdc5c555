// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class DilutedChannelTest {

  /** "mentioned" is "said" at 10^-0.1; the family keeps "said" one time in ten and "the" always. */
  private final ChannelModel channel = new ChannelModel() {
    @Override
    public String family() {
      return "A";
    }

    @Override
    public List<Candidate> candidates(List<String> words, int i) {
      return !words.get(i).equals("mentioned") ? List.of()
          : List.of(new Candidate(i, 1, "said", -0.1, "A", Candidate.Origin.TABLE));
    }

    @Override
    public double log10Keep(String word) {
      return word.equals("said") ? -1 : 0;
    }
  };

  @Test
  void aWordIsHandedToTheFamilyAtTheRateAndLeftAsWrittenOtherwise() {
    ChannelModel half = DilutedChannel.of(channel, 0.5);
    assertThat(half.family()).isEqualTo("A");
    List<Candidate> said = half.candidates(List.of("he", "mentioned", "it"), 1);
    assertThat(said).extracting(Candidate::original).containsExactly("said");
    assertThat(said.get(0).log10Channel()).isCloseTo(-0.1 + Math.log10(0.5), offset(1e-12));
    assertThat(said.get(0).origin()).isEqualTo(Candidate.Origin.TABLE);
    // kept: 0.5 * 0.1 + 0.5
    assertThat(half.log10Keep("said")).isCloseTo(Math.log10(0.55), offset(1e-12));
    assertThat(half.log10Keep("the")).isCloseTo(0, offset(1e-12));
    assertThat(half.candidates(List.of("he", "said"), 1)).isEmpty();
  }

  @Test
  void aCandidateAnAcronymGivesIsNotDiluted() {
    // "customer cost index (CPI)": the acronym itself says "cost" was replaced, whatever share the family explains
    ChannelModel acronyms = new ChannelModel() {
      @Override
      public String family() {
        return "A";
      }

      @Override
      public List<Candidate> candidates(List<String> words, int i) {
        return List.of(new Candidate(i, 1, "price", 0, "A", Candidate.Origin.ACRONYM),
            new Candidate(i, 3, "consumer price index", 0, "A", Candidate.Origin.ACRONYM_EXPANSION),
            new Candidate(i, 1, "value", -0.5, "A", Candidate.Origin.TABLE));
      }

      @Override
      public double log10Keep(String word) {
        return 0;
      }
    };
    assertThat(DilutedChannel.of(acronyms, 0.25).candidates(List.of("cost"), 0))
        .extracting(Candidate::log10Channel).containsExactly(0.0, 0.0, -0.5 + Math.log10(0.25));
  }

  @Test
  void atRateOneItIsTheFamilyAndOutsideTheUnitIntervalAnError() {
    assertThat(DilutedChannel.of(channel, 1)).isSameAs(channel);
    assertThatThrownBy(() -> DilutedChannel.of(channel, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rate");
    assertThatThrownBy(() -> DilutedChannel.of(channel, 1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DilutedChannel.of(channel, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }
}
