// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unspin.lm.cache.CachedModel;
import org.unspin.lm.store.NgramData;

class CachedModelTest {

  private static List<Integer> randomIds(LanguageModel m, Random r, int n) {
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(r.nextInt(m.vocabulary().size()));
    }
    return ids;
  }

  @Test
  void cachedAnswersEqualTheModelsAnswersAndStates() throws Exception {
    NgramData data = KneserNeyTest.counts(3).estimate(true);
    LanguageModel m = LanguageModels.of(data);
    CachedModel c = CachedModel.notThreadSafe(m, 4); // tiny: evictions and reuse both happen
    Random r = new Random(7);
    LmState a = m.newState();
    LmState b = c.newState();
    m.beginSentence(a);
    c.beginSentence(b);
    for (int step = 0; step < 5_000; step++) {
      int w = r.nextInt(m.vocabulary().size());
      if (w == m.vocabulary().sentenceStartId()) {
        m.beginSentence(a);
        c.beginSentence(b);
        continue;
      }
      assertThat(c.log10Score(b, w, b)).isEqualTo(m.log10Score(a, w, a));
      assertThat(b).isEqualTo(a);
      int[] ids = randomIds(m, r, 3).stream().mapToInt(Integer::intValue).toArray();
      assertThat(c.log10Prob(ids, 0, 3)).isEqualTo(m.log10Prob(ids, 0, 3));
      assertThat(c.log10Prob(ids, 1, 3)).isEqualTo(m.log10Prob(ids, 1, 3));
    }
    assertThat(c.hitRate()).isGreaterThan(0.0);
  }

  @Test
  void batchQueriesEqualSingleQueries() throws Exception {
    LanguageModel m = LanguageModels.of(KneserNeyTest.counts(3).estimate(true));
    Random r = new Random(11);
    int count = 1_000;
    int[] ids = new int[3 * count];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = r.nextInt(m.vocabulary().size());
    }
    // also real trigrams, so that all three outcomes (trigram, bigram, unigram) occur
    String[] text = "<s> the cat sat on the mat </s>".split(" ");
    for (int i = 0; i + 2 < text.length && i < count; i++) {
      for (int k = 0; k < 3; k++) {
        ids[3 * i + k] = m.vocabulary().id(text[i + k]);
      }
    }
    float[] out = new float[count + 5];
    m.log10Probs(ids, 3, count, out);
    for (int i = 0; i < count; i++) {
      assertThat(out[i]).as("query %d", i).isEqualTo(m.log10Prob(ids, 3 * i, 3 * i + 3));
    }
    assertThat(out[count]).isZero();
  }

  @Test
  void threadSafeCacheGivesTheSameSentenceScores() throws Exception {
    LanguageModel m = LanguageModels.of(KneserNeyTest.counts(3).estimate(true));
    LanguageModel c = CachedModel.threadSafe(m, 8);
    for (String s : KneserNeyTest.TEXT) {
      List<String> words = List.of(s.split(" "));
      assertThat(c.log10Sentence(words)).isEqualTo(m.log10Sentence(words));
      assertThat(c.log10Sentence(words)).isEqualTo(m.log10Sentence(words));
    }
  }
}
