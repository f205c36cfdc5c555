// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.DetectionResult;
import org.unspin.Edit;
import org.unspin.Unspinner;
import org.unspin.decode.RestoredText;
import org.unspin.decode.TextEdit;
import org.unspin.decode.TextRestoring;
import org.unspin.lexicon.Candidate;
import org.unspin.lexicon.ChannelModel;
import org.unspin.text.Replacement;
import org.unspin.text.Token;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.server.Service;

/**
 * The neural entry points of the command line and the library path behind them, with stand-ins for the neural
 * restorer (the module itself is optional and not on this class path; its own tests run the real model).
 */
class NeuralCommandTest {

  @Test
  void neuralListsTheInstallCommand() {
    CliTest.Run r = CliTest.run("neural", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("install", "576 MB");
  }

  @Test
  void restoreOffersTheNeuralOption() {
    CliTest.Run r = CliTest.run("restore", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--neural");
  }

  @Test
  void detectOffersTheNeuralOption() {
    CliTest.Run r = CliTest.run("detect", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--neural");
  }

  @Test
  void calibrationRefusesTheNeuralOption() {
    CliTest.Run r = CliTest.run("detect", "--calibrate", "--neural", "--clean", "x", "--out", "y");
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--neural");
  }

  /**
   * A stand-in for the neural restorer that finds every lexical word of at least 4 letters out of place, proposing
   * its reversed spelling, as a masked-LM (origin NEURAL) edit.
   */
  private static TextRestoring everyWordOutOfPlace() {
    return (text, channel, paragraphs) -> {
      List<TextEdit> edits = new ArrayList<>();
      List<Replacement> reps = new ArrayList<>();
      for (Token t : text.tokens()) {
        if (t.isLexical() && t.text().length() >= 4) {
          String o = new StringBuilder(t.text()).reverse().toString();
          edits.add(new TextEdit(t.span(), t.text(), o, o, 0.9, List.of(), ChannelModel.OPEN,
              Candidate.Origin.NEURAL));
          reps.add(new Replacement(t.span(), o));
        }
      }
      return new RestoredText(text.text(), Replacement.apply(text.text(), reps), edits, 0);
    };
  }

  @Test
  void neuralDetectionCountsTheMaskedLmsFindingsAsEvidence() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    Unspinner n = u.withRestoring(d -> everyWordOutOfPlace()).withRestorerEvidence();
    String text = "the minister said the talks were useful . officials said the visit was delayed for months .";
    DetectionResult plain = u.detect(text);
    DetectionResult neural = n.detect(text);
    assertThat(plain.spun()).isFalse();
    assertThat(neural.spun()).isTrue();
    assertThat(neural.spunProbability()).isGreaterThan(plain.spunProbability());
    assertThat(neural.spinner()).isEqualTo("A");
    assertThat(neural.spans()).extracting(Edit::spun)
        .containsExactly("minister", "said", "talks", "were", "useful", "officials", "said", "visit", "delayed",
            "months");
    assertThat(neural.spans()).allSatisfy(e -> assertThat(e.origin()).isEqualTo("neural"));
    // restore follows the same verdict
    assertThat(n.restore(text).text()).startsWith("the retsinim dias");
  }

  @Test
  void withoutMaskedLmFindingsNeuralDetectionKeepsTheNgramVerdict() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    Unspinner n = u.withRestoring(d -> (text, channel, paragraphs) ->
        new RestoredText(text.text(), text.text(), List.of(), 0)).withRestorerEvidence();
    for (String text : List.of("the minister said the talks were useful .",
        "the minister mentioned the talks were useful . officers mentioned the go to was delayed for months .")) {
      DetectionResult plain = u.detect(text);
      DetectionResult neural = n.detect(text);
      assertThat(neural.spun()).isEqualTo(plain.spun());
      assertThat(neural.spunProbability()).isCloseTo(plain.spunProbability(), within(1e-12));
      assertThat(neural.spans()).isEmpty();
    }
  }

  @Test
  void theServerDetectsWithTheNeuralUnspinnerOnlyWhenAsked() throws Exception {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    Unspinner n = u.withRestoring(d -> everyWordOutOfPlace()).withRestorerEvidence();
    String text = "the minister said the talks were useful .";
    Service s = ServeCommand.service(u, n, null);
    assertThat(s.detectJson(text, new Service.Options(true, false)))
        .isEqualTo(Reports.detectJson(List.of(new Reports.Named<>("-", n.detect(text)))));
    assertThat(s.detectJson(text, new Service.Options(false, false)))
        .isEqualTo(Reports.detectJson(List.of(new Reports.Named<>("-", u.detect(text)))));
  }

  @Test
  void theServerRestoresWithTheNeuralUnspinnerOnlyWhenAsked() throws Exception {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    // a stand-in for the neural restorer: changes nothing
    Unspinner keepAll = u.withRestoring(d -> (text, channel, paragraphs) ->
        new RestoredText(text.text(), text.text(), List.of(), 0));
    String text = "the minister mentioned the talks were useful .";
    Service s = ServeCommand.service(u, keepAll, null);
    assertThat(s.restoreJson(text, new Service.Options(true, false)))
        .isEqualTo(Reports.restoreJson(List.of(new Reports.Named<>("-", keepAll.restore(text))), keepAll.threshold()));
    assertThat(s.restoreJson(text, new Service.Options(false, false)))
        .isEqualTo(Reports.restoreJson(List.of(new Reports.Named<>("-", u.restore(text))), u.threshold()));
  }

  @Test
  void aServerStartedWithoutNeuralRefusesNeuralRequests() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    assertThatThrownBy(() -> ServeCommand.service(u).restoreJson("x", new Service.Options(true, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--neural");
    assertThatThrownBy(() -> ServeCommand.service(u).detectJson("x", new Service.Options(true, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--neural");
  }
}
