// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BertModelsTest {

  @Test
  void aFolderWithoutAModelIsAClearError(@TempDir Path dir) {
    assertThatThrownBy(() -> BertMlm.load(dir, 1)).isInstanceOf(NeuralModelException.class)
        .hasMessageContaining(dir.toString()).hasMessageContaining("saved_model.pb");
  }

  @Test
  void aDamagedModelIsAClearError(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("assets"));
    Files.writeString(dir.resolve("saved_model.pb"), "not a protobuf");
    Files.copy(Bert.model().dir().resolve("assets").resolve("vocab.txt"), dir.resolve("assets").resolve("vocab.txt"));
    assertThatThrownBy(() -> BertMlm.load(dir, 1)).isInstanceOf(NeuralModelException.class)
        .hasMessageContaining(dir.toString());
  }

  @Test
  void aVocabularyCutShortIsRefusedWhenTheModelLoads(@TempDir Path dir) throws Exception {
    Path vocab = modelWithVocabulary(dir, 5_000);
    assertThatThrownBy(() -> BertMlm.load(dir, 1)).isInstanceOf(NeuralModelException.class)
        .hasMessageContaining(vocab.toString()).hasMessageContaining("5000 pieces")
        .hasMessageContaining("predicts 28996");
  }

  @Test
  void aVocabularyWithoutItsSpecialTokensIsAModelError(@TempDir Path dir) throws Exception {
    // a model error (not any I/O error) is what BertModels.shared extracts again
    Path vocab = modelWithVocabulary(dir, 50);
    assertThatThrownBy(() -> BertMlm.load(dir, 1)).isInstanceOf(NeuralModelException.class)
        .hasMessageContaining(vocab.toString()).hasMessageContaining("[UNK]");
  }

  /** The real model's graph and weights (linked) with the first {@code lines} of its vocabulary; the vocab path. */
  private static Path modelWithVocabulary(Path dir, int lines) throws Exception {
    Path real = Bert.model().dir();
    Files.createSymbolicLink(dir.resolve("saved_model.pb"), real.resolve("saved_model.pb"));
    Files.createSymbolicLink(dir.resolve("variables"), real.resolve("variables"));
    Files.createDirectories(dir.resolve("assets"));
    Path vocab = dir.resolve("assets").resolve("vocab.txt");
    Files.write(vocab, Files.readAllLines(real.resolve("assets").resolve("vocab.txt")).subList(0, lines));
    return vocab;
  }

  @Test
  void precisionIsBf16ByDefaultOnlyOnACpuWithBf16Instructions() {
    assertThat(BertModels.precision(null, true)).isEqualTo(BertMlm.Precision.BF16);
    assertThat(BertModels.precision(" ", true)).isEqualTo(BertMlm.Precision.BF16);
    assertThat(BertModels.precision(null, false)).isEqualTo(BertMlm.Precision.FP32);
  }

  @Test
  void bf16AskedForOnACpuWithoutBf16InstructionsRunsInFp32() {
    assertThat(BertModels.precision("bf16", false)).isEqualTo(BertMlm.Precision.FP32);
    assertThat(BertModels.precision(" BF16 ", true)).isEqualTo(BertMlm.Precision.BF16);
  }

  @Test
  void fp32TurnsBf16Off() {
    assertThat(BertModels.precision("fp32", true)).isEqualTo(BertMlm.Precision.FP32);
    assertThat(BertModels.precision("FP32", false)).isEqualTo(BertMlm.Precision.FP32);
  }

  @Test
  void anUnknownPrecisionIsAClearError() {
    assertThatThrownBy(() -> BertModels.precision("fp16", true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(BertModels.PRECISION_ENV).hasMessageContaining("bf16 or fp32")
        .hasMessageContaining("fp16");
  }

  @Test
  void bf16InstructionsAreReadFromEveryCpusFlags() {
    String zen4 = "processor\t: 0\nflags\t\t: fpu avx512f avx512_bf16 avx512_vnni\n\n"
        + "processor\t: 1\nflags\t\t: fpu avx512f avx512_bf16 avx512_vnni\n";
    String sapphire = "flags\t\t: fpu avx512f amx_bf16 amx_tile\n";
    String cascade = "flags\t\t: fpu avx512f avx512bw avx512_vnni\n";
    String mixed = "flags\t: avx512_bf16\nflags\t: avx512f\n";
    assertThat(BertModels.hasBf16Flag(zen4)).isTrue();
    assertThat(BertModels.hasBf16Flag(sapphire)).isTrue();
    assertThat(BertModels.hasBf16Flag(cascade)).isFalse();
    assertThat(BertModels.hasBf16Flag(mixed)).isFalse();
    assertThat(BertModels.hasBf16Flag("Features\t: fp asimd bf16\n")).isFalse();
    assertThat(BertModels.hasBf16Flag("")).isFalse();
  }

  @Test
  void theSharedModelRunsInTheEnvironmentsPrecision() {
    String v = System.getenv(BertModels.PRECISION_ENV);
    assertThat(Bert.model().precision()).isEqualTo(BertModels.precision(v, BertModels.cpuHasBf16()));
  }

  @Test
  void theSharedModelIsLoadedOnceAndExtractedCompletely() {
    assertThat(Bert.model()).isSameAs(Bert.model());
    assertThat(Bert.model().dir().resolve(".complete")).exists();
    assertThat(Bert.model().vocabularySize()).isEqualTo(28_996);
  }
}
