// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {

  @Test
  void evidenceIsMeasuredFromTheTypicalCleanText() {
    Features typical = new Features(200, java.util.Map.of("A", -20.0), "A", 4, 2, 10.0, 0, 3, 150, 0, 100.0, 150, 0);
    Features braces = new Features(200, java.util.Map.of("A", -20.0), "A", 4, 2, 10.0, 2, 3, 150, 0, 100.0, 150, 0);
    double[] w = new double[Calibration.FEATURES.size()];
    java.util.Arrays.fill(w, 1.0);
    Calibration c = new Calibration(w, w, 0.5, "test", typical.vector());
    assertThat(c.documentEvidence(typical).values()).allSatisfy(v -> assertThat(v).isZero());
    assertThat(c.documentEvidence(braces)).containsEntry("spintax", 2.0).doesNotContainKeys("bias", "documentLogit");
    assertThat(Calibration.defaults().reference()[Calibration.FEATURES.indexOf("contextGainPerWord")])
        .as("the committed constants carry the clean reference").isPositive();
  }

  @Test
  void aTextUnderTheFewestRateWordsIsJudgedAsIfEvidenceFreeWordsFilledIt() {
    // "3.2 Method": one open-vocabulary edit in two words had four times the per-word evidence of the same edit in
    // the shortest text the weights are fitted on
    Features heading = new Features(2, java.util.Map.of("A", 1.5), "A", 1, 1, 1.2, 0, 1, 1, 0, 0.5, 1, 0);
    Features padded = new Features(Features.MIN_RATE_WORDS, java.util.Map.of("A", 1.5), "A", 1, 1, 1.2, 0, 1,
        1 + Features.MIN_RATE_WORDS - 2, 0, 0.5, 1, 0);
    assertThat(heading.vector()).containsExactly(padded.vector());
    Features sentence = new Features(12, java.util.Map.of("A", 1.5), "A", 1, 1, 1.2, 0, 1, 10, 0, 0.5, 1, 0);
    assertThat(sentence.vector()[Calibration.FEATURES.indexOf("openRatioPerWord")]).isEqualTo(1.2 / 12);
    assertThat(sentence.vector()[Calibration.FEATURES.indexOf("oovRate")]).isEqualTo(0.1);
  }

  @Test
  void marksPerSentenceCountsOnlyWhatNewsDoesNotWrite() {
    // a comma a sentence (news) counts nothing; three clauses a sentence (an older register) count; a text without
    // sentences is news' prior, and a list of names no more than three a sentence
    java.util.function.BiFunction<Integer, Integer, Features> f = (sentences, marks) -> new Features(100,
        java.util.Map.of(), "none", 0, 0, 0, 0, 0, 80, 0, 0, 0, 0, 0, sentences, marks);
    assertThat(f.apply(5, 5).marksPerSentence()).isZero();
    assertThat(f.apply(5, 8).marksPerSentence()).isZero(); // (8 + 2) / 7 = 1.43
    assertThat(f.apply(5, 15).marksPerSentence()).isCloseTo(17.0 / 7 - 1.5, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(f.apply(0, 0).marksPerSentence()).isZero();
    assertThat(f.apply(1, 40).marksPerSentence()).isEqualTo(3 - 1.5);
    assertThat(f.apply(5, 15).vector()[Calibration.FEATURES.indexOf("marksPerSentence")])
        .isEqualTo(f.apply(5, 15).marksPerSentence());
  }

  @Test
  void aFileWrittenBeforeAFeatureWasAddedWeighsItZero() throws Exception {
    // constants fitted before marksPerSentence existed still load, and judge as they did
    StringBuilder file = new StringBuilder("threshold=0.5\n");
    for (String level : java.util.List.of("document", "paragraph")) {
      for (String feature : Calibration.FEATURES) {
        if (!Calibration.ADDED_LATER.contains(feature)) {
          file.append(level).append('.').append(feature).append("=1.5\n");
        }
      }
    }
    Calibration c = Calibration.parse(file.toString(), "old.properties");
    assertThat(c.document()[Calibration.FEATURES.indexOf("marksPerSentence")]).isZero();
    assertThat(c.document()[Calibration.FEATURES.indexOf("spintax")]).isEqualTo(1.5);
    // any other missing key is still an error that names the file and the key
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Calibration.parse(file.toString()
        .replace("document.spintax=1.5\n", ""), "old.properties")).hasMessageContaining("old.properties")
        .hasMessageContaining("document.spintax");
  }

  @Test
  void constantsByNameWeighUnnamedFeaturesZero() {
    Calibration c = Calibration.of(java.util.Map.of("bias", -1.0, "ratioPerWord", 10.0),
        java.util.Map.of("documentLogit", 1.0), 0.5, "test");
    assertThat(c.document()[Calibration.FEATURES.indexOf("ratioPerWord")]).isEqualTo(10.0);
    assertThat(c.document()[Calibration.FEATURES.indexOf("spintax")]).isZero();
    assertThat(c.paragraph()[Calibration.FEATURES.indexOf("documentLogit")]).isEqualTo(1.0);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> Calibration.of(java.util.Map.of("noSuchFeature", 1.0), java.util.Map.of(), 0.5, "test"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("noSuchFeature");
  }

  @Test
  void theCommittedConstantsLoad() {
    Calibration c = Calibration.defaults();
    assertThat(c.document()).hasSize(Calibration.FEATURES.size());
    assertThat(c.threshold()).isBetween(0.0, 1.0);
  }

  @Test
  void formatAndReadRoundTrip(@TempDir Path dir) throws IOException {
    Calibration c = new Calibration(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13},
        new double[] {-1, -2, -3, -4, -5, -6, -7, -8, -9, -10, -11, -12, -13}, 0.4, "round trip");
    Path f = dir.resolve("c.properties");
    Files.writeString(f, c.format());
    assertThat(Calibration.read(f)).isEqualTo(c);
  }

  @Test
  void shortDocumentsAreJudgedByTheShortTextWeights(@TempDir Path dir) throws IOException {
    double[] lean = new double[Calibration.FEATURES.size()];
    double[] keen = new double[Calibration.FEATURES.size()];
    lean[0] = -2;
    keen[0] = 2;
    Calibration c = new Calibration(lean, lean, 0.5, "short", null, 100, keen, null);
    Features sentence = new Features(12, java.util.Map.of(), "none", 0, 0, 0, 0, 0, 10, 0, 0, 0, 0);
    Features article = new Features(400, java.util.Map.of(), "none", 0, 0, 0, 0, 0, 350, 0, 0, 0, 0);
    assertThat(c.documentProbability(sentence)).isGreaterThan(0.5);
    assertThat(c.documentProbability(article)).isLessThan(0.5);
    assertThat(c.documentEvidence(sentence)).isEqualTo(c.documentEvidence(article));
    double[] one = new double[Calibration.FEATURES.size()];
    java.util.Arrays.fill(one, 1.0);
    Calibration typical = new Calibration(one, one, 0.5, "short", article.vector(), 100, one, sentence.vector());
    assertThat(typical.documentEvidence(sentence).values()).as("a typical short text is measured from its own kind")
        .allSatisfy(v -> assertThat(v).isZero());
    assertThat(typical.documentEvidence(article).values()).allSatisfy(v -> assertThat(v).isZero());
    Path f = dir.resolve("short.properties");
    Files.writeString(f, c.format());
    assertThat(Calibration.read(f)).isEqualTo(c);
    assertThatThrownBy(() -> new Calibration(lean, lean, 0.5, "x", null, 100, null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLongTextWithTheOpenChannelsSureEditsHasSomethingToShow() {
    double[] unsure = new double[Calibration.FEATURES.size()];
    unsure[0] = 0.8;
    Calibration c = new Calibration(unsure, unsure, 0.5, "open", null, 100, unsure, null, -4);
    // words, ratios, family, table edits, open edits, open ratio, spintax, oov, lower, phrase hits, gain, gain
    // words, document logit, shown edits, sentences, marks, misfit acronyms, the open channel's sure edits
    Features sure = new Features(200, java.util.Map.of(), "A", 0, 9, 3.0, 0, 0, 180, 0, 0, 0, 0, 0, 10, 10, 0,
        Features.OPEN_SHOWN_EDITS);
    Features fewer = new Features(200, java.util.Map.of(), "A", 0, 9, 3.0, 0, 0, 180, 0, 0, 0, 0, 0, 10, 10, 0,
        Features.OPEN_SHOWN_EDITS - 1);
    Features shortText = new Features(50, java.util.Map.of(), "A", 0, 9, 3.0, 0, 0, 45, 0, 0, 0, 0, 0, 3, 3, 0,
        Features.OPEN_SHOWN_EDITS);
    assertThat(List.of(sure, fewer, shortText)).allMatch(Features::spanless);
    assertThat(c.capsAsNothingToShow(sure)).isFalse();
    assertThat(c.showsOnlyOpenEdits(sure)).isTrue();
    assertThat(c.capsAsNothingToShow(fewer)).isTrue();
    assertThat(c.showsOnlyOpenEdits(fewer)).isFalse();
    // a short text is judged as before: its open edits are what a clean sentence's rare word also gives
    assertThat(c.showsOnlyOpenEdits(shortText)).isFalse();
    assertThat(c.documentProbability(shortText)).isCloseTo(Calibration.probability(-4),
        org.assertj.core.api.Assertions.within(1e-12));
  }

  @Test
  void aShortTextWithNothingToShowIsAdjustedAndNoOtherIs(@TempDir Path dir) throws IOException {
    double[] keen = new double[Calibration.FEATURES.size()];
    keen[0] = 3;
    Calibration c = new Calibration(keen, keen, 0.5, "spanless", null, 100, keen, null, -4);
    // words, ratios, family, table edits, open edits, open ratio, spintax, oov, lower, phrase hits, gain, gain
    // words, document logit, shown edits
    Features bare = new Features(12, java.util.Map.of(), "A", 0, 2, 3.0, 0, 0, 10, 0, 0, 0, 0, 0);
    Features shown = new Features(12, java.util.Map.of(), "A", 1, 2, 3.0, 0, 0, 10, 0, 0, 0, 0, 1);
    Features braces = new Features(12, java.util.Map.of(), "A", 0, 2, 3.0, 1, 0, 10, 0, 0, 0, 0, 0);
    Features listed = new Features(12, java.util.Map.of(), "A", 0, 2, 3.0, 0, 0, 10, 1, 0, 0, 0, 0);
    Features article = new Features(400, java.util.Map.of(), "A", 0, 2, 3.0, 0, 0, 350, 0, 0, 0, 0, 0);
    assertThat(bare.spanless()).isTrue();
    assertThat(List.of(shown, braces, listed)).noneMatch(Features::spanless);
    assertThat(c.documentProbability(bare)).isCloseTo(Calibration.probability(-4), org.assertj.core.api.Assertions
        .within(1e-12));
    assertThat(c.documentEvidence(bare).get(Calibration.NOTHING_TO_SHOW)).as("what the adjustment moved")
        .isCloseTo(-4 - 3, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(c.documentEvidence(shown)).doesNotContainKey(Calibration.NOTHING_TO_SHOW);
    for (Features f : List.of(shown, braces, listed, article)) {
      assertThat(c.documentProbability(f)).isCloseTo(Calibration.probability(3), org.assertj.core.api.Assertions
          .within(1e-12));
    }
    Path f = dir.resolve("spanless.properties");
    Files.writeString(f, c.format());
    assertThat(Files.readString(f)).contains("shortSpanless=-4.000000");
    assertThat(Calibration.read(f)).isEqualTo(c);
    Files.writeString(f, c.format().replace("shortSpanless=-4.000000", "shortSpanless=Infinity"));
    assertThatThrownBy(() -> Calibration.read(f)).isInstanceOf(IOException.class).hasMessageContaining("finite");
    // constants written before the adjustment existed judge such texts by their weights
    Files.writeString(f, c.format().replace("shortSpanless=-4.000000\n", ""));
    assertThat(Calibration.read(f).shortSpanless()).isNaN();
    assertThat(Calibration.read(f).documentProbability(bare)).isCloseTo(Calibration.probability(3),
        org.assertj.core.api.Assertions.within(1e-12));
    assertThat(Calibration.defaults().shortSpanless()).as("the committed constants carry it").isNegative();
  }

  @Test
  void unknownOrMissingKeysAreErrorsNamingTheFile(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.properties");
    Files.writeString(f, Calibration.defaults().format() + "document.colour=1\n");
    assertThatThrownBy(() -> Calibration.read(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("bad.properties").hasMessageContaining("document.colour");
    Files.writeString(f, "threshold=0.5\n");
    assertThatThrownBy(() -> Calibration.read(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("missing key");
  }

  @Test
  void logisticFitRecoversTheWeightsThatGeneratedTheLabels() {
    Random r = new Random(42);
    double[] truth = {-0.5, 2.0, -1.0};
    List<LogisticFit.Example> ex = new ArrayList<>();
    for (int i = 0; i < 20000; i++) {
      double[] x = {1, r.nextGaussian(), r.nextGaussian() * 2};
      ex.add(new LogisticFit.Example(x, r.nextDouble() < Calibration.logistic(truth, x)));
    }
    double[] w = LogisticFit.fit(ex, 0);
    // class balancing shifts only the bias
    assertThat(w[1]).isCloseTo(2.0, org.assertj.core.api.Assertions.within(0.15));
    assertThat(w[2]).isCloseTo(-1.0, org.assertj.core.api.Assertions.within(0.1));
  }

  @Test
  void aValueThatIsNotANumberIsNamedWithItsFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.properties");
    // the line of document.oovRate: two comment lines, source, threshold, then the document weights in order
    int line = 4 + Calibration.FEATURES.indexOf("oovRate") + 1;
    Files.writeString(f, Calibration.defaults().format()
        .replaceFirst("document.oovRate=[^\n]*", "document.oovRate=1,5"));
    assertThatThrownBy(() -> Calibration.read(f)).isInstanceOf(IOException.class)
        .hasMessage(f + ":" + line + ": key 'document.oovRate' is not a number: 1,5");
  }

  @Test
  void aThresholdOutOfRangeIsAnErrorNamingTheFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.properties");
    Files.writeString(f, Calibration.defaults().format().replace("threshold=0.500000", "threshold=1.5"));
    // it had escaped as an IllegalArgumentException naming neither
    assertThatThrownBy(() -> Calibration.read(f)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(f + ":4: threshold must be");
  }

  @Test
  void aWeightOfNaNIsRefused(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.properties");
    Files.writeString(f, Calibration.defaults().format().replaceFirst("paragraph.bias=[^\n]*", "paragraph.bias=NaN"));
    // it had loaded, and every paragraph probability was NaN, every paragraph "not spun"
    assertThatThrownBy(() -> Calibration.read(f)).isInstanceOf(IOException.class)
        .hasMessageContaining(f + ":").hasMessageContaining("'paragraph.bias' must be a finite number");
  }

  @Test
  void aFileThatIsNotUtf8IsNamed(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.properties");
    Files.write(f, new byte[] {'t', 'h', (byte) 0xff, '=', '1'});
    assertThatThrownBy(() -> Calibration.read(f)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(f + ": not UTF-8 text");
  }

  @Test
  void anUnknownKeyIsNamedWithItsLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("mine.properties");
    Files.writeString(f, "document.colour = 1\n" + Calibration.defaults().format());
    assertThatThrownBy(() -> Calibration.read(f)).isInstanceOf(IOException.class)
        .hasMessageStartingWith(f + ":1: unknown key 'document.colour'");
  }
}
