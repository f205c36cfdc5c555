// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.thesaurus.ModelFormatException;

class TableDictionaryTest {

  @Test
  void readsPairsAndMergesRepeatedOriginals(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("t.tsv");
    Files.writeString(f, "# comment\nsaid\tmentioned\nSaid\tstated\n\nnational security\tnationwide safety\n");
    TableDictionary t = TableDictionary.readTsv(f);
    assertThat(t.substitutes("said")).containsExactly("mentioned", "stated");
    assertThat(t.maxPhraseWords()).isEqualTo(2);
    assertThat(t.size()).isEqualTo(2);
  }

  @Test
  void aLineWithoutTwoColumnsNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("bad.tsv");
    Files.writeString(f, "said\tmentioned\nofficials officers\n");
    assertThatThrownBy(() -> TableDictionary.readTsv(f)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("bad.tsv:2");
  }

  @Test
  void invalidUtf8IsAFormatError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("latin1.tsv");
    Files.write(f, "caf\u00e9\tbar\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> TableDictionary.readTsv(f)).isInstanceOf(ModelFormatException.class)
        .hasMessageContaining("UTF-8");
    // on the line it is on, not the first (a buffered reader had decoded ahead of the lines it gave)
    Files.write(f, "said\tmentioned\nmore\textra\ncaf\u00e9\tbar\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> TableDictionary.readTsv(f)).hasMessageContaining("latin1.tsv:3");
  }
}
