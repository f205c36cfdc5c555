// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.decode.fakes.FakeChannel;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;

class FilteredChannelTest {

  private final ChannelModel channel = FakeChannel.builder("A")
      .entry("mentioned", "said", -0.1)
      .open("mentioned", "noted", -1)
      .keep("mentioned", -0.5)
      .build();

  @Test
  void dropsOnlyTheNamedOrigin() {
    List<String> words = List.of("he", "mentioned", "it");
    ChannelModel f = FilteredChannel.without(channel, Candidate.Origin.THESAURUS);
    assertThat(f.candidates(words, 1)).extracting(Candidate::original).containsExactly("said");
    assertThat(f.family()).isEqualTo("A");
    assertThat(f.log10Keep("mentioned")).isEqualTo(-0.5);
    assertThat(FilteredChannel.without(channel, Candidate.Origin.PHRASE_WORD).candidates(words, 1))
        .extracting(Candidate::original).containsExactly("said", "noted");
    assertThat(f.candidates(words, 0)).isEmpty();
  }
}
