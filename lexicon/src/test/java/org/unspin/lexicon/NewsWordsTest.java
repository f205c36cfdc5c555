// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsWordsTest {

  @Test
  void theBundledCleanNewsFiguresGiveEachWordItsCountAndDocumentFrequency() {
    Map<String, Integer> counts = SpinnerModels.newsWordCounts();
    Map<String, Integer> documents = SpinnerModels.newsDocumentFrequencies();
    int texts = SpinnerModels.newsDocuments();
    assertThat(counts).isNotEmpty();
    assertThat(texts).isPositive();
    assertThat(documents.keySet()).isEqualTo(counts.keySet());
    // a word is in at least one text, in no more texts than there are, and in no more texts than it occurs
    documents.forEach((w, d) -> assertThat(d).as(w).isBetween(1, Math.min(texts, counts.get(w))));
  }
}
