// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.Unspinner;
import org.unspin.decode.RestoredText;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.server.Service;

/** The neural entry points of the command line (the module itself is not loaded here: it is optional). */
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
  void theServerRestoresWithTheNeuralUnspinnerOnlyWhenAsked() throws Exception {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    // a stand-in for the neural restorer: changes nothing
    Unspinner keepAll = u.withRestoring(d -> (text, channel, paragraphs) ->
        new RestoredText(text.text(), text.text(), List.of(), 0));
    String text = "the minister mentioned the talks were useful .";
    Service s = ServeCommand.service(u, keepAll, null);
    assertThat(s.restoreJson(text, new Service.Options(true, false)))
        .isEqualTo(Reports.restoreJson(List.of(new Reports.Named<>("-", keepAll.restore(text)))));
    assertThat(s.restoreJson(text, new Service.Options(false, false)))
        .isEqualTo(Reports.restoreJson(List.of(new Reports.Named<>("-", u.restore(text)))));
  }

  @Test
  void aServerStartedWithoutNeuralRefusesNeuralRequests() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    assertThatThrownBy(() -> ServeCommand.service(u).restoreJson("x", new Service.Options(true, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--neural");
  }
}
