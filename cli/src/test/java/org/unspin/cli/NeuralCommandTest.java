// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
