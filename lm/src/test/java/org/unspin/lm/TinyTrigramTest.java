// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.unspin.lm.arpa.ArpaReader;
import org.unspin.lm.arpa.ArpaWriter;
import org.unspin.lm.store.MapNgramModel;
import org.unspin.lm.store.NgramData;

/**
 * The hand-made {@code tiny_trigram.arpa} (testkit) through every store. Expected values were computed by hand
 * from the ARPA backoff rule: p(w|h) if listed, else backoff(h) + p(w|h'), e.g. P(the | cat sat) =
 * bo(cat sat) + bo(sat) + p(the) = -0.05 - 0.1 - 0.6.
 */
class TinyTrigramTest {

  @TempDir static Path tmp;

  static NgramData fixture() throws IOException {
    try (InputStream in = TinyTrigramTest.class.getResourceAsStream("/org/unspin/testkit/tiny_trigram.arpa")) {
      return ArpaReader.read(in, Path.of("tiny_trigram.arpa"));
    }
  }

  static Stream<Arguments> stores() throws IOException {
    NgramData data = fixture();
    Path bin = tmp.resolve("tiny.bin");
    LanguageModels.save(data, bin);
    Path arpa = tmp.resolve("tiny-roundtrip.arpa");
    ArpaWriter.write(data, arpa);
    return Stream.of(
        Arguments.of("map (exact)", MapNgramModel.of(data)),
        Arguments.of("hash, heap", LanguageModels.of(data)),
        Arguments.of("binary, mapped", LanguageModels.open(bin)),
        Arguments.of("binary, tables copied to the heap", LanguageModels.load(bin)),
        Arguments.of("ARPA round trip", LanguageModels.open(arpa)));
  }

  private static double p(LanguageModel m, String ngram) {
    return m.log10Prob(List.of(ngram.split(" ")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void listedTrigramIsReadDirectly(String store, LanguageModel m) {
    assertThat(p(m, "<s> the cat")).isCloseTo(-0.1, within(1e-4));
    assertThat(p(m, "the cat sat")).isCloseTo(-0.2, within(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void missingTrigramBacksOffToBigram(String store, LanguageModel m) {
    assertThat(p(m, "<s> the sat")).isCloseTo(-0.25 - 0.6, within(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void missingBigramBacksOffTwiceToUnigram(String store, LanguageModel m) {
    assertThat(p(m, "cat sat the")).isCloseTo(-0.05 - 0.1 - 0.6, within(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void unlistedContextHasNoBackoffCost(String store, LanguageModel m) {
    assertThat(p(m, "sat the cat")).isCloseTo(-0.5, within(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void unknownWordGetsUnkProbabilityWithBackoffs(String store, LanguageModel m) {
    assertThat(m.vocabulary().id("dog")).isEqualTo(m.vocabulary().unknownId());
    assertThat(p(m, "the cat dog")).isCloseTo(-0.15 - 0.2 - 1.0, within(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void unigramIsItsOwnProbability(String store, LanguageModel m) {
    assertThat(p(m, "sat")).isCloseTo(-0.9, within(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void sentenceScoreIncludesStartAndEnd(String store, LanguageModel m) {
    assertThat(m.log10Sentence(List.of("the", "cat", "sat"))).isCloseTo(-0.4 - 0.1 - 0.2 - 0.05, within(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void sentenceScoreBacksOffAtEveryWord(String store, LanguageModel m) {
    // P(cat|<s>) = -0.5 - 0.8; P(the|<s> cat) = bo(cat) + p(the) = -0.2 - 0.6; P(</s>|cat the) = -0.3 - 0.7
    assertThat(m.log10Sentence(List.of("cat", "the"))).isCloseTo(-1.3 - 0.8 - 1.0, within(1e-4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void fastApiMatchesStringApi(String store, LanguageModel m) {
    Vocabulary v = m.vocabulary();
    LmState s = m.newState();
    m.beginSentence(s);
    float a = m.log10Score(s, v.id("the"), s);
    float b = m.log10Score(s, v.id("cat"), s);
    assertThat(a).isCloseTo(-0.4f, within(1e-4f));
    assertThat(b).isCloseTo(-0.1f, within(1e-4f));
    assertThat(m.log10EndSentence(s)).isCloseTo((float) p(m, "the cat </s>"), within(1e-4f));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void stateForgetsContextTheModelCannotUse(String store, LanguageModel m) {
    Vocabulary v = m.vocabulary();
    LmState s = m.newState();
    m.beginSentence(s);
    m.log10Score(s, v.id("dog"), s);
    // "<s> <unk>" is not an n-gram, so only <unk> is kept as context
    assertThat(s.length()).isEqualTo(1);
    assertThat(s.word(0)).isEqualTo(v.unknownId());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("stores")
  void caseFallsBackToLowerCase(String store, LanguageModel m) {
    assertThat(m.vocabulary().id("The")).isEqualTo(m.vocabulary().id("the"));
  }

  @org.junit.jupiter.api.Test
  void binaryFileIsSmallAndHasMagic() throws IOException {
    Path bin = tmp.resolve("tiny-magic.bin");
    LanguageModels.save(fixture(), bin);
    byte[] head = Files.readAllBytes(bin);
    assertThat(new String(head, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("UNSPINLM");
  }
}
