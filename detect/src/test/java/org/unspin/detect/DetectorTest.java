// SPDX-License-Identifier: Apache-2.0
package org.unspin.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.decode.Decoder;
import org.unspin.decode.DecoderSettings;
import org.unspin.decode.TextEdit;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.text.Tokenizer;
import org.unspin.text.TokenizedText;

class DetectorTest {

  /** Weights for the fixtures: spun when the best family explains the text better than no spinning. */
  static final Calibration TEST_CALIBRATION = new Calibration(
      new double[] {-1, 10, 20, 2, 0, 2, 1, 20, 0, 2, 0},
      new double[] {-1, 10, 20, 2, 0, 2, 1, 20, 0, 2, 0}, 0.5, "test");

  private static final Detector DETECTOR = Detector.create(
      Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS),
      List.of(Fixtures.familyA(), Fixtures.familyB()), TEST_CALIBRATION);

  private static final String SPUN = String.join("\n", Fixtures.SPUN);
  private static final String CLEAN = String.join("\n", Fixtures.CLEAN);

  @Test
  void spunTextIsFlaggedAndAttributedToItsFamily() {
    Detection d = DETECTOR.detect(TokenizedText.of(SPUN));
    assertThat(d.spun()).isTrue();
    assertThat(d.spinner()).isEqualTo("A");
    assertThat(d.families().get("A")).isGreaterThan(d.families().get("B"));
  }

  @Test
  void cleanTextIsNotFlagged() {
    Detection d = DETECTOR.detect(TokenizedText.of(CLEAN));
    assertThat(d.spun()).isFalse();
    assertThat(d.spinner()).isEqualTo(Detector.NOT_SPUN);
    assertThat(d.spans()).isEmpty();
  }

  @Test
  void theFamilyPosteriorIncludesNotSpunAndSumsToOne() {
    for (String text : List.of(SPUN, CLEAN, "", "?!")) {
      Detection d = DETECTOR.detect(TokenizedText.of(text));
      assertThat(d.families()).containsKeys(Detector.NOT_SPUN, "A", "B");
      assertThat(d.families().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    }
  }

  @Test
  void eachParagraphGetsItsOwnVerdict() {
    String mixed = CLEAN + "\n" + SPUN;
    Detection d = DETECTOR.detect(TokenizedText.of(mixed));
    assertThat(d.paragraphs()).hasSize(Fixtures.CLEAN.size() + Fixtures.SPUN.size());
    assertThat(d.paragraphs().subList(0, Fixtures.CLEAN.size())).allSatisfy(p -> assertThat(p.spun()).isFalse());
    assertThat(d.paragraphs().get(Fixtures.CLEAN.size() + 1).spun()).isTrue();
  }

  @Test
  void spansPointIntoTheInputWithTheirLikelyOriginals() {
    Detection d = DETECTOR.detect(TokenizedText.of(SPUN));
    assertThat(d.spans()).isNotEmpty();
    for (TextEdit e : d.spans()) {
      assertThat(e.span().of(SPUN)).isEqualTo(e.spun());
      assertThat(e.confidence()).isBetween(0.0, 1.0);
    }
    assertThat(d.spans()).extracting(TextEdit::original).contains("said", "officials", "visit");
  }

  @Test
  void leftoverSpintaxGroupsAreCounted() {
    assertThat(Detector.spintax(words("the pentagon introduced {that a} balloon was {drifting|floating} here")))
        .isEqualTo(2);
    assertThat(Detector.spintax(words("a { lone brace and a lot of words go here before the } ok")))
        .isZero();
  }

  private static List<org.unspin.text.Token> words(String s) {
    return Tokenizer.words(Tokenizer.tokenize(s));
  }
}
