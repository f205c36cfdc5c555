// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.spin.SpinDictionary;
import org.unspin.spin.TableDictionary;

class DetectorCalibrationTest {

  private static final SpinDictionary TABLE = TableDictionary.of(Map.of("said", List.of("mentioned"),
      "officials", List.of("officers")));

  @Test
  void lightSpinsArePositivesOfFittedFilesOnly(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("001.txt"), "Officials said the talks were useful.\n");
    Files.writeString(dir.resolve("002.txt"), "The minister said officials would visit.\n");
    List<DetectorCalibration.Labelled> data =
        DetectorCalibration.dataset(List.of(dir), List.of(), DetectorCalibration.spinners(TABLE, TABLE));
    // fitted file: itself, two full-rate spins and two light spins; held-out file: itself and two full-rate spins
    assertThat(data).filteredOn(l -> !l.heldOut()).hasSize(1 + 4);
    assertThat(data).filteredOn(DetectorCalibration.Labelled::heldOut)
        .hasSize(1 + DetectorCalibration.HELD_OUT_SPINNERS);
    assertThat(data).filteredOn(l -> !l.spun()).extracting(DetectorCalibration.Labelled::name)
        .allSatisfy(n -> assertThat(n).doesNotContain("#spin"));
  }

  @Test
  void excerptsKeepTheLabelAndSplitOfTheirText() {
    String article = "The minister said on Monday that the talks had been useful for everyone. "
        + "Officials from both countries will meet again in the spring to sign it. "
        + "Short one. "
        + "The agreement covers trade, fishing rights and the movement of workers across the border. "
        + "It still has to pass a vote in both parliaments before it can take effect next year.";
    List<DetectorCalibration.Labelled> ex = DetectorCalibration.excerpts(List.of(
        new DetectorCalibration.Labelled("a.txt", article, true, true),
        new DetectorCalibration.Labelled("b.txt", "Too short to judge.", false, false)));
    assertThat(ex).extracting(DetectorCalibration.Labelled::name).containsExactly("a.txt#sentence", "a.txt#excerpt");
    assertThat(ex).allSatisfy(l -> {
      assertThat(l.spun()).isTrue();
      assertThat(l.heldOut()).isTrue();
      assertThat(l.excerpt()).isTrue();
      assertThat(article).contains(l.text());
    });
    assertThat(ex.get(0).text()).startsWith("Officials from both countries");
    assertThat(ex.get(1).text().split("\\s+").length).isBetween(DetectorCalibration.EXCERPT_MIN_WORDS,
        DetectorCalibration.EXCERPT_MAX_WORDS);
  }

  @Test
  void lightSpinsChangeFewerWordsThanFullRateSpins() {
    List<org.unspin.spin.Spinner> s = DetectorCalibration.spinners(TABLE, TABLE);
    String text = "Officials said the plan would work. ".repeat(200);
    assertThat(s.get(2).spin(text).edits().size()).isLessThan(s.get(0).spin(text).edits().size());
  }

  private static String words(int n, String word) {
    return String.join(" ", java.util.Collections.nCopies(n, word));
  }

  @Test
  void anAddedFeatureIsFittedAlongTheWeightsInUseWhichAreKept() {
    // clean texts of an older register (many clauses a sentence) called spun by the weights in use; news-register
    // texts, spun and clean, which they judge right
    int marks = org.unspin.detect.Calibration.FEATURES.indexOf("marksPerSentence");
    int ratio = org.unspin.detect.Calibration.FEATURES.indexOf("ratioPerWord");
    double[] inUse = new double[org.unspin.detect.Calibration.FEATURES.size()];
    inUse[0] = -2;
    inUse[ratio] = 4;
    List<org.unspin.detect.LogisticFit.Example> train = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      double[] spun = new double[inUse.length];
      spun[0] = 1;
      spun[ratio] = 1 + (i % 5) * 0.1;
      train.add(new org.unspin.detect.LogisticFit.Example(spun, true));
      double[] clean = new double[inUse.length];
      clean[0] = 1;
      clean[ratio] = (i % 5) * 0.05;
      train.add(new org.unspin.detect.LogisticFit.Example(clean, false));
      double[] older = clean.clone();
      older[ratio] = 0.8 + (i % 5) * 0.05;
      older[marks] = 1 + (i % 3) * 0.3;
      train.add(new org.unspin.detect.LogisticFit.Example(older, false));
    }
    double[] kept = DetectorCalibration.alongAdded(inUse, train);
    assertThat(kept[marks]).isLessThan(-1);
    for (int k = 0; k < inUse.length; k++) {
      if (k != marks) {
        assertThat(kept[k]).isEqualTo(inUse[k]); // a text without the added feature keeps its log-odds
      }
    }
  }

  @Test
  void literaryRunsTakeTheLongerParagraphsOfANovel() {
    // a novel's paragraphs run to 400 words: a manual's prose runs stop at 200
    String p300 = words(300, "prose") + ".";
    assertThat(DetectorCalibration.proseRuns(List.of(p300))).isEmpty();
    assertThat(DetectorCalibration.proseRuns(List.of(p300), DetectorCalibration.LITERARY_WORDS)).containsExactly(p300);
    assertThat(DetectorCalibration.proseRuns(List.of(words(500, "prose") + "."), DetectorCalibration.LITERARY_WORDS))
        .isEmpty();
  }

  @Test
  void proseIsWordsWithoutCodeMarks() {
    assertThat(DetectorCalibration.isProse(words(30, "matrix") + ".")).isTrue();
    assertThat(DetectorCalibration.isProse("The (default) value, as \"given\"; " + words(26, "text"))).isTrue();
    assertThat(DetectorCalibration.isProse(words(24, "short"))).isFalse();
    assertThat(DetectorCalibration.isProse(words(201, "long"))).isFalse();
    assertThat(DetectorCalibration.isProse(words(30, "code") + " x = f(y)")).isFalse();
    assertThat(DetectorCalibration.isProse(words(30, "call") + " sklearn.svm::SVC")).isFalse();
    assertThat(DetectorCalibration.isProse(words(20, "word") + " 1 2 3 4 5 6 7 8 9 10")).isFalse();
  }

  @Test
  void proseRunsStopAtTwoHundredWordsOrAtWhatIsNotProse() {
    String p60 = words(60, "prose");
    String code = "x <- c(1, 2, 3)";
    List<String> runs = DetectorCalibration.proseRuns(List.of(p60, p60, p60, p60, code, p60, code, p60, p60));
    // 240 words end the first run; the fourth paragraph alone (60) is dropped at the code; 60 is too short;
    // the last two (120) end with the text
    assertThat(runs).containsExactly(p60 + "\n\n" + p60 + "\n\n" + p60 + "\n\n" + p60, p60 + "\n\n" + p60);
  }

  @Test
  void moreCleanTextsAreFittedWithoutSpins(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("001.txt"), "Officials said the talks were useful.\n");
    List<DetectorCalibration.Labelled> extra = List.of(
        new DetectorCalibration.Labelled("manual#0", "The function returns a matrix.", false, false),
        new DetectorCalibration.Labelled("manual#1", "The matrix is sparse.", false, true));
    List<DetectorCalibration.Labelled> data =
        DetectorCalibration.dataset(List.of(dir), List.of(), DetectorCalibration.spinners(TABLE, TABLE), extra);
    assertThat(data).extracting(DetectorCalibration.Labelled::name).contains("manual#0", "manual#1")
        .noneMatch(n -> n.startsWith("manual#") && n.contains("#spin"));
    assertThat(data).filteredOn(l -> l.name().startsWith("manual#")).allMatch(l -> !l.spun());
  }

  @Test
  void phraseRatesCountListedPhrasesInCleanAndSpunTexts() {
    org.unspin.detect.Detector d = org.unspin.detect.Detector.create(
        org.unspin.decode.Decoder.create(org.unspin.decode.fakes.Fixtures.languageModel(),
            org.unspin.decode.DecoderSettings.DEFAULTS),
        List.of(org.unspin.decode.fakes.Fixtures.familyAWithListedPhrase()),
        org.unspin.detect.Calibration.defaults());
    List<DetectorCalibration.Labelled> data = List.of(
        new DetectorCalibration.Labelled("clean.txt", "the two sides also agreed to meet again .", false, false),
        new DetectorCalibration.Labelled("listed.txt", "officers mentioned the go to was delayed for months .", false,
            true),
        new DetectorCalibration.Labelled("spun.txt", "the minister mentioned the talks were useful .", true, false));
    java.io.StringWriter out = new java.io.StringWriter();
    DetectorCalibration.phraseRates(d, data, new java.io.PrintWriter(out));
    assertThat(out.toString())
        .contains("listed tortured phrases in clean texts: 1 in 19 words")
        .contains("in listed.txt (1)")
        .contains("listed tortured phrases in spun texts: 0 in 8 words");
  }

  @Test
  void everySentenceAndRunOfAnArticleIsAPieceAndSyntheticSpinsAreTold() {
    String sentence = "Officials said on Tuesday that the talks with the delegation had been useful.";
    List<String> pieces = DetectorCalibration.pieces((sentence + " ").repeat(9) + "Short one.");
    // nine sentences of 14 words: each, and runs of up to 60 words (four sentences, four, then one and "Short one.")
    assertThat(pieces).filteredOn(p -> p.equals(sentence)).hasSize(9);
    assertThat(pieces).filteredOn(p -> p.length() > sentence.length()).hasSize(3);
    assertThat(pieces.get(pieces.size() - 1)).isEqualTo(sentence + " Short one.");
    assertThat(new DetectorCalibration.Labelled("a.txt#spin0#sentence", "x", true, false, true).synthetic()).isTrue();
    assertThat(new DetectorCalibration.Labelled("a.spun.txt#sentence", "x", true, false, true).synthetic()).isFalse();
  }

  @Test
  void theLogOddsOfTextsWithNothingToShowIsTheirBalancedRate() {
    org.unspin.detect.Features bare = new org.unspin.detect.Features(12, Map.of(), "A", 0, 1, 1.0, 0, 0, 10, 0, 0,
        0, 0, 0);
    org.unspin.detect.Features shown = new org.unspin.detect.Features(12, Map.of(), "A", 1, 1, 1.0, 0, 0, 10, 0, 0,
        0, 0, 1);
    List<org.unspin.detect.Features> f = List.of(bare, bare, bare, bare, shown, shown);
    List<Boolean> y = List.of(false, false, false, true, true, true);
    // 3 positives and 3 negatives weigh 1 each: among the bare, 1 spun and 3 clean, plus half of each
    assertThat(DetectorCalibration.spanlessLogOdds(f, y)).isCloseTo(Math.log(1.5 / 3.5),
        org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void anEmptyHeldOutSetHasNoF1() {
    // one clean file: it is fitted, nothing is held out; "F1 1.0000" had been printed for the empty set
    assertThat(DetectorCalibration.score(new double[] {1}, List.of(), 0.5)).startsWith("F1 n/a (no texts");
  }

  @Test
  void aHeldOutSetWithoutSpunTextsHasNoF1ButItsFalseAlarms() {
    List<org.unspin.detect.LogisticFit.Example> clean = List.of(
        new org.unspin.detect.LogisticFit.Example(new double[] {-1}, false),
        new org.unspin.detect.LogisticFit.Example(new double[] {1}, false));
    assertThat(DetectorCalibration.score(new double[] {1}, clean, 0.5))
        .startsWith("F1 n/a (no spun texts, 1 of 2 clean called spun");
  }

  @Test
  void aDataSetWithoutCleanTextIsRefusedNamingTheFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("notes.md"), "Officials said the talks were useful.\n");
    List<DetectorCalibration.Labelled> data =
        DetectorCalibration.dataset(List.of(dir), List.of(), DetectorCalibration.spinners(TABLE, TABLE));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DetectorCalibration.checkFittable(data, List.of(dir)))
        .isInstanceOf(CliException.class).hasMessageContaining("no clean text to fit: --clean " + dir);
  }

  @Test
  void aDataSetWithACleanFittedTextIsFittable(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("001.txt"), "Officials said the talks were useful.\n");
    List<DetectorCalibration.Labelled> data =
        DetectorCalibration.dataset(List.of(dir), List.of(), DetectorCalibration.spinners(TABLE, TABLE));
    DetectorCalibration.checkFittable(data, List.of(dir));
    assertThat(data).filteredOn(l -> !l.spun()).hasSize(1);
  }

  @Test
  void aMissingFolderIsNamedAsMissing(@TempDir Path dir) {
    Path nope = dir.resolve("nope");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DetectorCalibration.textFiles(List.of(nope)))
        .isInstanceOf(CliException.class).hasMessage(nope + ": no such file or folder");
  }

  @Test
  void heldOutDocumentsAreAlsoScoredAsDetectJudgesThem() {
    // constants whose weights call every text spun (P 0.69, under the P 0.9 from which detect keeps such a verdict
    // without a span), but whose log-odds for a text with nothing to show is -5: the logistic model alone (the F1 the
    // fit had printed) says spun, detect says not
    org.unspin.detect.Calibration c = spunAlways();
    org.unspin.detect.Detector d = fixtureDetector(c);
    String text = "the two sides also agreed to meet again .";
    org.unspin.detect.Features f = d.documentFeatures(org.unspin.text.TokenizedText.of(text));
    assertThat(f.spanless()).as("the fixture text shows nothing").isTrue();
    assertThat(c.documentProbability(f)).isGreaterThan(0.5);
    String line = DetectorCalibration.judgedWhole(fixtureUnspinner(c), c, List.of(f), List.of(false),
        List.of("clean.txt"), List.of(text));
    assertThat(line).contains("as detect judges them").contains("tp 0 fp 0 fn 0 tn 1")
        .contains("now right clean.txt (P 0.007, the logistic model's 0.690)");
  }

  @Test
  void heldOutDocumentsAreJudgedThroughTheNameGuardAsDetectJudgesThem() {
    // features read from the families as they are show a capitalised word inside a sentence, a name's, as an edit
    // ("Officers" -> "Officials") and the constants call the text spun; detect reads them through the name guard,
    // finds nothing to show and says not spun: the line is detect's
    org.unspin.detect.Calibration c = spunAlways();
    String text = "but Officers said the plan was not final .";
    org.unspin.detect.Features f = fixtureDetector(c).documentFeatures(org.unspin.text.TokenizedText.of(text));
    assertThat(f.spanless()).as("the fit's detector shows the name's word").isFalse();
    assertThat(c.documentProbability(f)).isGreaterThan(0.5);
    org.unspin.Unspinner u = fixtureUnspinner(c);
    assertThat(u.detect(text).spun()).isFalse();
    String line = DetectorCalibration.judgedWhole(u, c, List.of(f), List.of(false), List.of("name.txt"),
        List.of(text));
    assertThat(line).contains("tp 0 fp 0 fn 0 tn 1").contains("now right name.txt (P 0.007");
  }

  @Test
  void calibrateJudgesWithTheUnspinnerDetectBuildsFromTheSameOptions(@TempDir Path dir) throws IOException {
    Path constants = dir.resolve("constants.properties");
    Files.writeString(constants, RestoreDetectCommandTest.fixtureCalibration().withThreshold(0.7).format());
    Path table = dir.resolve("table.tsv");
    Files.writeString(table, "mentioned\tsaid\n");
    List<Models.Options> asked = new java.util.ArrayList<>();
    Models.testOverride = o -> {
      asked.add(o);
      return RestoreDetectCommandTest.fixtureUnspinner();
    };
    try {
      org.unspin.Unspinner detecting = command("detect", "--calibration", constants.toString(), "--table",
          table.toString()).judging();
      org.unspin.Unspinner calibrating = command("detect", "--calibrate", "--clean", dir.toString(), "--out",
          dir.resolve("out.properties").toString(), "--calibration", constants.toString(), "--table",
          table.toString()).judging();
      assertThat(asked).hasSize(2);
      assertThat(asked.get(1)).isEqualTo(asked.get(0));
      assertThat(asked.get(0).table()).isEqualTo(table);
      assertThat(calibrating.threshold()).isEqualTo(0.7).isEqualTo(detecting.threshold());
      String text = "officers mentioned the talks were useful and the two sides would meet again .";
      assertThat(calibrating.detect(text).spunProbability()).isEqualTo(detecting.detect(text).spunProbability());
    } finally {
      Models.testOverride = null;
    }
  }

  /** The detect command as {@code args} give it, parsed, not run. */
  private static DetectCommand command(String... args) {
    java.io.PrintWriter none = new java.io.PrintWriter(java.io.Writer.nullWriter());
    picocli.CommandLine.ParseResult r = Cli.commandLine(none, none).parseArgs(args);
    return (DetectCommand) r.subcommand().commandSpec().userObject();
  }

  /** Constants whose weights call every text spun (P 0.69) but a text with nothing to show at log-odds -5. */
  private static org.unspin.detect.Calibration spunAlways() {
    double[] spunAlways = new double[org.unspin.detect.Calibration.FEATURES.size()];
    spunAlways[0] = 0.8;
    return new org.unspin.detect.Calibration(spunAlways, spunAlways, 0.5, "test", null, 5, spunAlways, null, -5);
  }

  @Test
  void theFitReadsANamesWordThroughTheNameGuardAsDetectDoes() {
    // the fit's features are the ones detect weighs: a capitalised word inside a sentence, a name's, is no edit to
    // show, so the weights are not fitted on evidence detect never sees
    org.unspin.detect.Calibration c = spunAlways();
    String text = "but Officers said the plan was not final .";
    org.unspin.detect.Features raw = fixtureDetector(c).documentFeatures(org.unspin.text.TokenizedText.of(text));
    org.unspin.detect.Features fitted = fitDetector(c).documentFeatures(DetectorCalibration.judged(text));
    assertThat(raw.spanless()).as("the family as it is shows the name's word").isFalse();
    assertThat(fitted.spanless()).isTrue();
    assertThat(fitted.tableEdits()).isZero();
  }

  @Test
  void theFitReadsATextInCapitalsInSentenceCaseAsDetectDoes() {
    // detect judges a text in capitals as sentences write it (CaseNormal); the fit had read it as written, without a
    // word in small letters for the language model's unknown-word rate and context gain to read
    org.unspin.detect.Calibration c = spunAlways();
    String shouted = "OFFICERS MENTIONED THE TALKS WERE USEFUL AND THE TWO SIDES WOULD MEET AGAIN .";
    String written = "Officers mentioned the talks were useful and the two sides would meet again .";
    org.unspin.detect.Detector d = fitDetector(c);
    org.unspin.detect.Features sentences = d.documentFeatures(org.unspin.text.TokenizedText.of(written));
    assertThat(d.documentFeatures(org.unspin.text.TokenizedText.of(shouted)).lowerWords()).isZero();
    assertThat(sentences.lowerWords()).isPositive();
    assertThat(d.documentFeatures(DetectorCalibration.judged(shouted))).isEqualTo(sentences);
  }

  /** The fit's detector over fixture family A ({@link DetectorCalibration#detector}): through the name guard. */
  private static org.unspin.detect.Detector fitDetector(org.unspin.detect.Calibration c) {
    return DetectorCalibration.detector(org.unspin.decode.fakes.Fixtures.languageModel(),
        List.of(org.unspin.decode.fakes.Fixtures.familyA()), null, org.unspin.detect.KnownTexts.NONE, c);
  }

  /** A detector over fixture family A that reads the family as it is, without the name guard. */
  private static org.unspin.detect.Detector fixtureDetector(org.unspin.detect.Calibration c) {
    return org.unspin.detect.Detector.create(
        org.unspin.decode.Decoder.create(org.unspin.decode.fakes.Fixtures.languageModel(),
            org.unspin.decode.DecoderSettings.DEFAULTS),
        List.of(org.unspin.decode.fakes.Fixtures.familyA()), c);
  }

  /** What detect judges with, over the same fixture family A. */
  private static org.unspin.Unspinner fixtureUnspinner(org.unspin.detect.Calibration c) {
    return org.unspin.Unspinner.builder().languageModel(org.unspin.decode.fakes.Fixtures.languageModel())
        .spinner(org.unspin.decode.fakes.Fixtures.familyA()).calibration(c).build();
  }

  @Test
  void aMisjudgedDocumentIsListedWithWhatItShowsAndTheEvidenceThatMisledTheConstants() {
    // constants whose length weight calls this clean text spun: the line names that entry, in the wrong verdict's
    // direction, and says the text has nothing to show
    int length = org.unspin.detect.Calibration.FEATURES.indexOf("log10Words");
    double[] w = new double[org.unspin.detect.Calibration.FEATURES.size()];
    w[length] = 1;
    org.unspin.detect.Calibration c = new org.unspin.detect.Calibration(w, w, 0.5, "test", null, 5, w, null, -5);
    org.unspin.detect.Detector d = org.unspin.detect.Detector.create(
        org.unspin.decode.Decoder.create(org.unspin.decode.fakes.Fixtures.languageModel(),
            org.unspin.decode.DecoderSettings.DEFAULTS),
        List.of(org.unspin.decode.fakes.Fixtures.familyA()), c);
    org.unspin.detect.Features f = d.documentFeatures(
        org.unspin.text.TokenizedText.of("the two sides also agreed to meet again ."));
    String line = DetectorCalibration.misjudged(c, List.of(f, f), List.of(false, true), List.of("clean.txt",
        "spun.txt"));
    assertThat(line).contains("false alarm clean.txt (P 0.731; 9 words, nothing to show; log10Words +1.00)")
        .doesNotContain("spun.txt");
    assertThat(DetectorCalibration.misjudged(c, List.of(f), List.of(true), List.of("spun.txt"))).isEqualTo(" none");
  }
}
