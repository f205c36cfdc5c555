// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.unspin.lm.store.MapNgramModel;
import org.unspin.lm.store.NgramData;

/** Invariants of every model on random word sequences over the tiny fixture's vocabulary (plus unknown words). */
class NgramModelPropertiesTest {

  private static final NgramData DATA;
  private static final LanguageModel HASHED;
  private static final LanguageModel REFERENCE;

  static {
    try {
      DATA = TinyTrigramTest.fixture();
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
    HASHED = LanguageModels.of(DATA);
    REFERENCE = MapNgramModel.of(DATA);
  }

  @Provide
  Arbitrary<List<String>> sentences() {
    return Arbitraries.of("the", "cat", "sat", "dog", "The", "</s>", "<s>").list().ofMinSize(0).ofMaxSize(8);
  }

  @Property(tries = 300)
  void log10ProbIsNeverPositive(@ForAll("sentences") List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      List<String> ngram = words.subList(Math.max(0, i - 2), i + 1);
      assertThat(HASHED.log10Prob(ngram)).isLessThanOrEqualTo(0.0);
    }
  }

  @Property(tries = 300)
  void sentenceScoreIsTheSumOfItsNgramScores(@ForAll("sentences") List<String> words) {
    List<String> padded = new ArrayList<>();
    padded.add("<s>");
    padded.addAll(words);
    padded.add("</s>");
    double sum = 0;
    for (int i = 1; i < padded.size(); i++) {
      sum += HASHED.log10Prob(padded.subList(Math.max(0, i - 2), i + 1));
    }
    assertThat(HASHED.log10Sentence(words)).isCloseTo(sum, within(1e-3));
  }

  @Property(tries = 300)
  void hashedStoreEqualsExactStore(@ForAll("sentences") List<String> words) {
    assertThat(HASHED.log10Sentence(words)).isCloseTo(REFERENCE.log10Sentence(words), within(1e-4));
  }
}
