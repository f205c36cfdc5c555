// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.lm.arpa.ArpaReader;
import org.unspin.lm.arpa.ArpaWriter;
import org.unspin.lm.store.MapNgramModel;
import org.unspin.lm.store.NgramData;
import org.unspin.lm.store.WordPolicy;
import org.unspin.lm.train.KneserNey;

class KneserNeyTest {

  static final List<String> TEXT = List.of(
      "the cat sat on the mat",
      "the dog sat on the log",
      "a cat saw the dog",
      "the dog saw a cat on the mat",
      "May the cat sit",
      "the cat sat on 5 mats",
      "a dog sat");

  static KneserNey counts(int order, int... prune) {
    KneserNey kn = KneserNey.create(order, prune);
    for (String s : TEXT) {
      List<String> words = new ArrayList<>();
      for (String w : s.split(" ")) {
        words.add(WordPolicy.isNumber(w) ? WordPolicy.NUMBER : w);
      }
      kn.add(words);
    }
    return kn;
  }

  /** Every context seen in the data, as word lists (including the empty context). */
  private static List<List<String>> contexts(NgramData d) {
    List<List<String>> out = new ArrayList<>();
    out.add(List.of());
    for (int i = 0; i < d.vocabularySize(); i++) {
      if (!d.word(i).equals(WordPolicy.EOS)) {
        out.add(List.of(d.word(i)));
      }
    }
    for (int n = 2; n < d.order(); n++) {
      int[] g = new int[n];
      for (int i = 0; i < d.count(n); i++) {
        d.gram(n, i, g);
        List<String> c = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          c.add(d.word(g[k]));
        }
        if (!c.contains(WordPolicy.EOS)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static void assertNormalised(NgramData d, LanguageModel m, double tolerance) {
    for (List<String> ctx : contexts(d)) {
      double sum = 0;
      for (int w = 0; w < d.vocabularySize(); w++) {
        if (d.word(w).equals(WordPolicy.BOS)) {
          continue;
        }
        List<String> g = new ArrayList<>(ctx);
        g.add(d.word(w));
        sum += Math.pow(10, m.log10Prob(g));
      }
      assertThat(sum).as("sum over words after %s", ctx).isCloseTo(1.0, within(tolerance));
    }
  }

  @Test
  void everyContextDistributionSumsToOne() {
    NgramData d = counts(3).estimate(true);
    assertNormalised(d, MapNgramModel.of(d), 1e-4);
  }

  @Test
  void prunedModelStillSumsToOne() {
    NgramData d = counts(4, 0, 1, 1, 1).estimate(true);
    assertThat(d.count(4)).isLessThan(counts(4).estimate(true).count(4));
    assertNormalised(d, MapNgramModel.of(d), 1e-4);
  }

  @Test
  void quantisedStoreStaysNormalised() {
    NgramData d = counts(3).estimate(true);
    assertNormalised(d, LanguageModels.of(d), 1e-3);
  }

  @Test
  void seenContinuationIsMoreProbableThanUnseen() {
    LanguageModel m = MapNgramModel.of(counts(3).estimate(true));
    assertThat(m.log10Prob(List.of("sat", "on"))).isGreaterThan(m.log10Prob(List.of("sat", "mat")));
  }

  @Test
  void numbersAreOneClass() {
    LanguageModel m = LanguageModels.of(counts(3).estimate(true));
    assertThat(m.vocabulary().id("17")).isEqualTo(m.vocabulary().id("5"));
    assertThat(m.log10Prob(List.of("on", "42"))).isGreaterThan(m.log10Prob(List.of("on", "dog")));
  }

  @Test
  void unknownWordHasTheInterpolatedUniformMass() {
    NgramData d = counts(3).estimate(true);
    float unk = d.unigramLog10Prob(d.idOf(WordPolicy.UNK));
    assertThat(unk).isLessThan(0f).isGreaterThan(-5f);
  }

  @Test
  void discountsFollowChenGoodman() {
    // n1=10 n2=5 n3=3 n4=2: Y = 10/20 = 0.5; D1 = 1 - 2*0.5*5/10 = 0.5; D2 = 2 - 3*0.5*3/5 = 1.1;
    // D3+ = 3 - 4*0.5*2/3 = 1.6667
    try {
      java.lang.reflect.Method m = KneserNey.class.getDeclaredMethod("discounts", long[].class);
      m.setAccessible(true);
      double[] d = (double[]) m.invoke(null, (Object) new long[] {0, 10, 5, 3, 2});
      assertThat(Arrays.copyOfRange(d, 1, 4)).containsExactly(new double[] {0.5, 1.1, 5.0 / 3}, within(1e-9));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void trainedModelSurvivesAnArpaRoundTrip() throws Exception {
    NgramData d = counts(3).estimate(true);
    StringWriter w = new StringWriter();
    ArpaWriter.write(d, w);
    NgramData back = ArpaReader.read(new java.io.ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)),
        java.nio.file.Path.of("mem.arpa"));
    LanguageModel a = MapNgramModel.of(d);
    LanguageModel b = MapNgramModel.of(back);
    for (String s : TEXT) {
      List<String> words = List.of(s.split(" "));
      assertThat(b.log10Sentence(words)).isCloseTo(a.log10Sentence(words), within(1e-4));
    }
  }
}
