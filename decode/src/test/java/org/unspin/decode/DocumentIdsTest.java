// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.lm.Vocabulary;

class DocumentIdsTest {

  private static final Decoder DECODER = Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS);

  /** The phrase ids as they were looked up with a regular expression. */
  private static int[] byRegex(Vocabulary v, String phrase) {
    String[] parts = phrase.trim().split(" +");
    int[] out = new int[parts.length];
    int n = 0;
    for (String p : parts) {
      if (!p.isEmpty()) {
        int id = LmWords.id(v, p);
        if (id != LmWords.SKIP) {
          out[n++] = id;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  @Test
  void phraseIdsSplitOnRunsOfSpacesAsTheRegexDid() {
    Vocabulary v = DECODER.languageModel().vocabulary();
    String[] pieces = {"said", "mentioned", "the", "May", ",", "{", "}", "zebra", " ", "  ", "\t", "", "-"};
    Random r = new Random(3);
    for (int t = 0; t < 2000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(6); k > 0; k--) {
        sb.append(pieces[r.nextInt(pieces.length)]);
      }
      String phrase = sb.toString();
      assertThat(LmWords.ids(v, phrase)).as("'%s'", phrase).containsExactly(byRegex(v, phrase));
    }
  }

  @Test
  void aSharedMemoGivesTheSameEvidenceAndDecodingAsNone() {
    EvidenceScorer scorer = EvidenceScorer.create(DECODER);
    DocumentIds memo = DocumentIds.create(DECODER);
    List<String> sentences = new ArrayList<>(Fixtures.SPUN);
    sentences.addAll(Fixtures.SPUN);
    for (String s : sentences) {
      List<String> words = Arrays.asList(s.split(" "));
      assertThat(scorer.score(words, Fixtures.familyA(), memo)).isEqualTo(scorer.score(words, Fixtures.familyA()));
      assertThat(DECODER.decode(words, Fixtures.familyA(), memo)).isEqualTo(DECODER.decode(words, Fixtures.familyA()));
    }
  }

  @Test
  void documentsShareTheirDecodersCandidateIdsButNotTheirTokens() {
    Decoder decoder = Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS);
    DocumentIds first = DocumentIds.create(decoder);
    DocumentIds second = DocumentIds.create(decoder);
    int[] ids = first.phrase("national security");
    assertThat(second.phrase("national security")).isSameAs(ids)
        .containsExactly(LmWords.ids(decoder.languageModel().vocabulary(), "national security"));
    assertThat(DocumentIds.create(DECODER).phrase("national security")).isNotSameAs(ids);
    assertThat(second.token("said")).isNotSameAs(first.token("said")).isEqualTo(first.token("said"));
  }
}
