// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import org.unspin.fetch.ModelFormatException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lm.store.MixtureModel;
import org.unspin.lm.store.ModelImages;
import org.unspin.lm.store.NgramData;
import org.unspin.lm.store.WordPolicy;
import org.unspin.lm.train.KneserNey;

/** The interpolated model over a cased corpus model and a lower-case model, as the default model is built. */
class MixtureTest {

  @TempDir Path tmp;

  private static final List<String> LOWER_TEXT = List.of(
      "the cat sat on the mat", "in may the dog sat", "the center of the city", "a cat and a dog");

  private static MixtureModel mixture(double corpusWeight) throws Exception {
    KneserNey cased = KneserNeyTest.counts(3);
    NgramData corpus = cased.estimate(true);
    KneserNey lower = KneserNey.create(3);
    for (String s : LOWER_TEXT) {
      lower.add(List.of(s.toLowerCase(Locale.ROOT).split(" ")));
    }
    NgramData sphinxLike = lower.estimate(false).lowercase(true);
    ByteBuffer image = DefaultModel.mixture(corpus, ModelImages.build(corpus), cased, sphinxLike,
        ModelImages.build(sphinxLike), corpusWeight);
    return (MixtureModel) ModelImages.open(image, Path.of("mixture"));
  }

  @Test
  void everyContextDistributionSumsToOne() throws Exception {
    MixtureModel m = mixture(0.6);
    Vocabulary v = m.vocabulary();
    List<List<String>> contexts = List.of(List.of(), List.of("the"), List.of("May"), List.of("<s>"),
        List.of("<s>", "the"), List.of("cat", "sat"), List.of("zebra"), List.of("on", "5"));
    for (List<String> ctx : contexts) {
      double sum = 0;
      for (int w = 0; w < v.size(); w++) {
        if (w == v.sentenceStartId()) {
          continue;
        }
        List<String> g = new ArrayList<>(ctx);
        g.add(v.word(w));
        sum += Math.pow(10, m.log10Prob(g));
      }
      assertThat(sum).as("after %s", ctx).isCloseTo(1.0, within(2e-3));
    }
  }

  @Test
  void caseVariantsShareTheLowerCaseModelsMassByCorpusCounts() throws Exception {
    MixtureModel m = mixture(0.0001);
    // corpus: "May" once, "may" never; the lower-case model's P(may) goes mostly to "May"
    assertThat(m.log10Prob(List.of("May"))).isGreaterThan(m.log10Prob(List.of("may")));
    assertThat(m.vocabulary().id("May")).isNotEqualTo(m.vocabulary().id("may"));
  }

  @Test
  void sentenceStartUsesTheCaseSplitOfSentenceStarts() throws Exception {
    KneserNey cased = KneserNey.create(3);
    for (String t : List.of("The cat sat", "The dog sat on the mat", "I saw the cat", "a dog saw the cat on the log")) {
      cased.add(List.of(t.split(" ")));
    }
    NgramData corpus = cased.estimate(true);
    NgramData lower = lowerData();
    MixtureModel m = (MixtureModel) ModelImages.open(DefaultModel.mixture(corpus, ModelImages.build(corpus), cased,
        lower, ModelImages.build(lower), 0.0001), Path.of("mixture"));
    // "The" starts sentences, "the" is used inside them: the lower-case model's P(the | h) is split accordingly
    double inside = m.log10Prob(List.of("on", "the")) - m.log10Prob(List.of("on", "The"));
    double start = m.log10Prob(List.of("<s>", "the")) - m.log10Prob(List.of("<s>", "The"));
    assertThat(inside).isGreaterThan(0);
    assertThat(start).isLessThan(0);
  }

  @Test
  void wordsOnlyOneComponentKnowsAreNotUnknown() throws Exception {
    MixtureModel m = mixture(0.5);
    assertThat(m.vocabulary().contains("center")).isTrue();
    assertThat(m.vocabulary().contains("mat")).isTrue();
    assertThat(m.vocabulary().contains("zebra")).isFalse();
    assertThat(m.log10Prob(List.of("the", "center"))).isGreaterThan(m.log10Prob(List.of("the", "zebra")));
  }

  @Test
  void sentenceScoreIsTheSumOfItsNgramScores() throws Exception {
    MixtureModel m = mixture(0.4);
    List<String> s = List.of("the", "dog", "sat", "in", "the", "center");
    List<String> padded = new ArrayList<>(List.of(WordPolicy.BOS));
    padded.addAll(s);
    padded.add(WordPolicy.EOS);
    double sum = 0;
    for (int i = 1; i < padded.size(); i++) {
      sum += m.log10Prob(padded.subList(Math.max(0, i - m.order() + 1), i + 1));
    }
    assertThat(m.log10Sentence(s)).isCloseTo(sum, within(1e-3));
  }

  @Test
  void mixtureFileRoundTripsThroughMemoryMapping() throws Exception {
    MixtureModel m = mixture(0.3);
    Path f = tmp.resolve("mix.bin");
    ByteBuffer image = DefaultModel.mixture(KneserNeyTest.counts(3).estimate(true),
        ModelImages.build(KneserNeyTest.counts(3).estimate(true)), KneserNeyTest.counts(3),
        lowerData(), ModelImages.build(lowerData()), 0.3);
    ModelImages.save(image, f);
    LanguageModel mapped = LanguageModels.open(f);
    List<String> s = List.of("May", "the", "cat", "sit", "in", "the", "center");
    assertThat(mapped.log10Sentence(s)).isCloseTo(m.log10Sentence(s), within(1e-5));
    assertThat(Files.size(f)).isEqualTo(image.capacity());
  }

  @Test
  void batchedQueriesGiveTheSameFloatsAsSingleQueries() throws Exception {
    // an order-4 corpus component (contexts of three words) with an order-3 lower-case one, as the default model
    KneserNey cased = KneserNeyTest.counts(4);
    NgramData corpus = cased.estimate(true);
    NgramData lower = lowerData();
    MixtureModel m = (MixtureModel) ModelImages.open(DefaultModel.mixture(corpus, ModelImages.build(corpus), cased,
        lower, ModelImages.build(lower), 0.6), Path.of("mixture"));
    Vocabulary v = m.vocabulary();
    // windows of the training text (so that 4-grams, trigrams and bigrams are found), then random words
    List<Integer> stream = new ArrayList<>();
    List<String> sentences = new ArrayList<>(KneserNeyTest.TEXT);
    sentences.addAll(LOWER_TEXT);
    for (String s : sentences) {
      stream.add(v.sentenceStartId());
      for (String w : s.split(" ")) {
        stream.add(v.id(w));
      }
      stream.add(v.sentenceEndId());
    }
    java.util.Random random = new java.util.Random(11);
    for (int i = 0; i < 400; i++) {
      stream.add(random.nextInt(v.size()));
    }
    for (int n = 1; n <= m.order(); n++) {
      int count = stream.size() - n + 1;
      int[] ids = new int[count * n];
      for (int q = 0; q < count; q++) {
        for (int k = 0; k < n; k++) {
          ids[q * n + k] = stream.get(q + k);
        }
      }
      float[] batch = new float[count];
      m.log10Probs(ids, n, count, batch);
      for (int q = 0; q < count; q++) {
        float single = m.log10Prob(ids, q * n, q * n + n);
        assertThat(Float.floatToIntBits(batch[q])).as("n=%d query %d", n, q)
            .isEqualTo(Float.floatToIntBits(single));
      }
    }
    // again from the longest queries down, in batches of random sizes: the block paths reuse one thread's buffers
    // from call to call, and no answer may depend on what an earlier, larger or longer batch left in them
    for (int n = m.order(); n >= 1; n--) {
      int count = stream.size() - n + 1;
      for (int from = 0; from < count; ) {
        int size = Math.min(count - from, 1 + random.nextInt(80));
        int[] ids = new int[size * n];
        for (int q = 0; q < size; q++) {
          for (int k = 0; k < n; k++) {
            ids[q * n + k] = stream.get(from + q + k);
          }
        }
        float[] batch = new float[size];
        m.log10Probs(ids, n, size, batch);
        for (int q = 0; q < size; q++) {
          assertThat(Float.floatToIntBits(batch[q])).as("n=%d query %d", n, from + q)
              .isEqualTo(Float.floatToIntBits(m.log10Prob(ids, q * n, q * n + n)));
        }
        from += size;
      }
    }
    // and with the windows shuffled, some pairs of them still overlapping: a query takes lookups from the one before
    // it only where it continues it, and the answers may not depend on the order of the queries
    for (int n = m.order(); n >= 3; n--) {
      int count = stream.size() - n + 1;
      List<Integer> order = new ArrayList<>();
      for (int q = 0; q < count; q++) {
        order.add(q);
      }
      java.util.Collections.shuffle(order, random);
      for (int k = 0; k + 1 < count; k += 7) { // every seventh query is followed by its successor
        order.add(k + 1, order.get(k) + 1 < count ? order.get(k) + 1 : order.get(k));
      }
      int[] ids = new int[order.size() * n];
      for (int q = 0; q < order.size(); q++) {
        for (int k = 0; k < n; k++) {
          ids[q * n + k] = stream.get(order.get(q) + k);
        }
      }
      float[] batch = new float[order.size()];
      m.log10Probs(ids, n, order.size(), batch);
      for (int q = 0; q < order.size(); q++) {
        assertThat(Float.floatToIntBits(batch[q])).as("shuffled, n=%d query %d", n, q)
            .isEqualTo(Float.floatToIntBits(m.log10Prob(ids, q * n, q * n + n)));
      }
    }
  }

  private static NgramData lowerData() {
    KneserNey lower = KneserNey.create(3);
    for (String s : LOWER_TEXT) {
      lower.add(List.of(s.toLowerCase(Locale.ROOT).split(" ")));
    }
    return lower.estimate(false).lowercase(true);
  }

  @Test
  void cutMixtureFileIsAFormatError() throws Exception {
    ByteBuffer image = DefaultModel.mixture(KneserNeyTest.counts(3).estimate(true),
        ModelImages.build(KneserNeyTest.counts(3).estimate(true)), KneserNeyTest.counts(3),
        lowerData(), ModelImages.build(lowerData()), 0.3);
    byte[] all = new byte[image.capacity()];
    image.duplicate().clear();
    image.get(0, all);
    Path cut = tmp.resolve("cut.bin");
    for (int len = 0; len < all.length; len += 4096) {
      Files.write(cut, java.util.Arrays.copyOf(all, len));
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> LanguageModels.open(cut))
          .isInstanceOf(ModelFormatException.class);
    }
  }
}
