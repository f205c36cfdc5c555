// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import org.unspin.fetch.ModelFormatException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.lm.store.ModelImages;

/** A cut or damaged binary model is a {@link ModelFormatException} naming the file, never a hang or a wrong model. */
class TruncatedModelTest {

  @TempDir Path tmp;

  private byte[] tinyModel() throws IOException {
    Path bin = tmp.resolve("full.bin");
    LanguageModels.save(TinyTrigramTest.fixture(), bin);
    return Files.readAllBytes(bin);
  }

  @Test
  void everyKibibyteCutIsAFormatErrorNamingTheFile() throws IOException {
    byte[] full = tinyModel();
    Path cut = tmp.resolve("cut.bin");
    int tried = 0;
    for (int len = 0; len < full.length; len += 1024) {
      Files.write(cut, Arrays.copyOf(full, len));
      assertThatThrownBy(() -> LanguageModels.open(cut))
          .as("cut at %d of %d bytes", len, full.length)
          .isInstanceOf(ModelFormatException.class)
          .hasMessageContaining(cut.toString());
      tried++;
    }
    assertThat(tried).isGreaterThan(100);
  }

  @Test
  void aFolderGivenAsTheModelIsNamed() throws IOException {
    // UNSPIN_LM naming a folder ended "unspin detect: No such device"
    Path folder = Files.createDirectories(tmp.resolve("models"));
    assertThatThrownBy(() -> LanguageModels.open(folder)).isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(folder + ": a folder, not a language model file");
    assertThatThrownBy(() -> LanguageModels.load(folder)).hasMessage(folder + ": a folder, not a language model file");
  }

  @Test
  void everyByteCutInTheHeaderIsAFormatError() throws IOException {
    byte[] full = tinyModel();
    Path cut = tmp.resolve("cut.bin");
    for (int len = 0; len < 200; len++) {
      Files.write(cut, Arrays.copyOf(full, len));
      assertThatThrownBy(() -> LanguageModels.open(cut)).isInstanceOf(ModelFormatException.class);
    }
  }

  @Test
  void lastByteMissingIsReportedAtItsOffset() throws IOException {
    byte[] full = tinyModel();
    Path cut = tmp.resolve("cut.bin");
    Files.write(cut, Arrays.copyOf(full, full.length - 1));
    assertThatThrownBy(() -> LanguageModels.open(cut))
        .isInstanceOfSatisfying(ModelFormatException.class, e -> {
          assertThat(e.path()).isEqualTo(cut);
          assertThat(e.offset()).isEqualTo(full.length - 1);
        });
  }

  @Test
  void unknownVersionIsRejected() throws IOException {
    byte[] full = tinyModel();
    full[8] = 99;
    Path bad = tmp.resolve("v99.bin");
    Files.write(bad, full);
    assertThatThrownBy(() -> LanguageModels.open(bad))
        .isInstanceOfSatisfying(ModelFormatException.class, e -> assertThat(e.offset()).isEqualTo(8));
  }

  @Test
  void sectionOffsetOutsideTheFileIsRejected() throws IOException {
    byte[] full = tinyModel();
    // the 2-gram key table offset (directory entry at 72, field +16) pointed past the end
    java.nio.ByteBuffer.wrap(full).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(72 + 16, full.length + 64L);
    Path bad = tmp.resolve("offset.bin");
    Files.write(bad, full);
    assertThatThrownBy(() -> LanguageModels.open(bad)).isInstanceOf(ModelFormatException.class);
  }

  @Test
  void notAModelIsRejectedAtOffsetZero() throws IOException {
    Path bad = tmp.resolve("text.bin");
    byte[] junk = new byte[4096];
    Arrays.fill(junk, (byte) 'x');
    Files.write(bad, junk);
    assertThatThrownBy(() -> ModelImages.map(bad))
        .isInstanceOfSatisfying(ModelFormatException.class, e -> assertThat(e.offset()).isZero());
  }
}
