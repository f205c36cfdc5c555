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
  void theSharedModelIsLoadedOnceAndExtractedCompletely() {
    assertThat(Bert.model()).isSameAs(Bert.model());
    assertThat(Bert.model().dir().resolve(".complete")).exists();
    assertThat(Bert.model().vocabularySize()).isEqualTo(28_996);
  }
}
