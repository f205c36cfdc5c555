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
  void theSharedModelIsLoadedOnceAndExtractedCompletely() {
    assertThat(Bert.model()).isSameAs(Bert.model());
    assertThat(Bert.model().dir().resolve(".complete")).exists();
    assertThat(Bert.model().vocabularySize()).isEqualTo(28_996);
  }
}
