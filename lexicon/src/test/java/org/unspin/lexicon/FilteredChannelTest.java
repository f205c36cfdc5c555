// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FilteredChannelTest {

  /** "mentioned": "said" from the table, "noted" from the thesaurus; keeps "mentioned" at 10^-0.5. */
  private final ChannelModel channel = new ChannelModel() {
    @Override
    public String family() {
      return "A";
    }

    @Override
    public List<Candidate> candidates(List<String> words, int i) {
      return !words.get(i).equals("mentioned") ? List.of() : List.of(
          new Candidate(i, 1, "said", -0.1, "A", Candidate.Origin.TABLE),
          new Candidate(i, 1, "noted", -1, ChannelModel.OPEN, Candidate.Origin.THESAURUS));
    }

    @Override
    public double log10Keep(String word) {
      return word.equals("mentioned") ? -0.5 : 0;
    }
  };

  private final List<String> words = List.of("he", "mentioned", "it");

  @Test
  void withoutAnOriginDropsOnlyThatOrigin() {
    ChannelModel f = FilteredChannel.without(channel, Candidate.Origin.THESAURUS);
    assertThat(f.candidates(words, 1)).extracting(Candidate::original).containsExactly("said");
    assertThat(f.family()).isEqualTo("A");
    assertThat(f.log10Keep("mentioned")).isEqualTo(-0.5);
    assertThat(FilteredChannel.without(channel, Candidate.Origin.PHRASE_WORD).candidates(words, 1))
        .extracting(Candidate::original).containsExactly("said", "noted");
    // several origins at once, in one filter
    assertThat(FilteredChannel.without(channel, Candidate.Origin.PHRASE_WORD, Candidate.Origin.THESAURUS)
        .candidates(words, 1)).extracting(Candidate::original).containsExactly("said");
    assertThat(f.candidates(words, 0)).isEmpty();
  }

  @Test
  void aTestSeesTheSentence() {
    ChannelModel f = FilteredChannel.of(channel, (ws, c) -> !ws.contains("it") || c.original().equals("noted"));
    assertThat(f.candidates(words, 1)).extracting(Candidate::original).containsExactly("noted");
    assertThat(f.candidates(List.of("she", "mentioned"), 1)).extracting(Candidate::original)
        .containsExactly("said", "noted");
  }
}
