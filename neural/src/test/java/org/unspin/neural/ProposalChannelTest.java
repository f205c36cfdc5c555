// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.decode.fakes.FakeChannel;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;

/** Masked-LM proposals as candidates: strong ones at the proposal prior, weak ones also pay the extra penalty. */
class ProposalChannelTest {

  private static final FakeChannel BASE = FakeChannel.builder("A").entry("chief", "leader", -0.3).build();
  private static final List<String> WORDS = List.of("the", "chief", "mentioned", "it");

  private static ChannelModel withProposals() {
    OpenVocabularyDetector.Flag flag = new OpenVocabularyDetector.Flag(2, 1, "mentioned", -4.0, List.of(
        new OpenVocabularyDetector.Proposal("said", -0.2, Plausibility.Link.SYNONYM, true),
        new OpenVocabularyDetector.Proposal("stated", -1.5, Plausibility.Link.SYNONYM, true),
        new OpenVocabularyDetector.Proposal("featured", -0.5, Plausibility.Link.SYNONYM, false)));
    return ProposalChannel.of(BASE, List.of(flag), -1.0, -1.0, -2.0, false);
  }

  @Test
  void aStrongProposalKeepsTheProposalPrior() {
    assertThat(withProposals().candidates(WORDS, 2)).filteredOn(c -> c.original().equals("said"))
        .singleElement().satisfies(c -> {
          assertThat(c.log10Channel()).isEqualTo(-1.0);
          assertThat(c.origin()).isEqualTo(Candidate.Origin.NEURAL);
        });
  }

  @Test
  void aWeakProposalAlsoPaysTheDifferenceToTheOpenPenalty() {
    assertThat(withProposals().candidates(WORDS, 2)).filteredOn(c -> c.original().equals("stated"))
        .singleElement().satisfies(c -> assertThat(c.log10Channel()).isEqualTo(-3.0));
  }

  @Test
  void aProposalWithOnlyAWeakThesaurusLinkIsLeftOutUnlessAskedFor() {
    assertThat(withProposals().candidates(WORDS, 2)).extracting(Candidate::original).doesNotContain("featured");
    OpenVocabularyDetector.Flag flag = new OpenVocabularyDetector.Flag(2, 1, "mentioned", -4.0, List.of(
        new OpenVocabularyDetector.Proposal("featured", -0.5, Plausibility.Link.SYNONYM, false)));
    assertThat(ProposalChannel.of(BASE, List.of(flag), -1.0, -1.0, -2.0, true).candidates(WORDS, 2))
        .extracting(Candidate::original).contains("featured");
  }

  @Test
  void aPhraseMayKeepItsWeakProposalsWhileOneWordDoesNot() {
    List<String> words = List.of("they", "keep", "away", "from", "it", "and", "featured", "it");
    List<OpenVocabularyDetector.Flag> flags = List.of(
        new OpenVocabularyDetector.Flag(1, 3, "keep away from", -5.0, List.of(
            new OpenVocabularyDetector.Proposal("avoid", -0.5, Plausibility.Link.SYNONYM, false))),
        new OpenVocabularyDetector.Flag(6, 1, "featured", -4.0, List.of(
            new OpenVocabularyDetector.Proposal("mentioned", -0.5, Plausibility.Link.SYNONYM, false))));
    ChannelModel phrases = ProposalChannel.of(BASE, flags, -1.0, -1.0, -2.0, false, true);
    assertThat(phrases.candidates(words, 1)).extracting(Candidate::original).contains("avoid");
    assertThat(phrases.candidates(words, 6)).extracting(Candidate::original).doesNotContain("mentioned");
    assertThat(ProposalChannel.of(BASE, flags, -1.0, -1.0, -2.0, false, false).candidates(words, 1))
        .extracting(Candidate::original).doesNotContain("avoid");
  }

  @Test
  void positionsWithoutFlagsHaveOnlyTheFamilysCandidates() {
    assertThat(withProposals().candidates(WORDS, 1)).isEqualTo(BASE.candidates(WORDS, 1));
  }
}
