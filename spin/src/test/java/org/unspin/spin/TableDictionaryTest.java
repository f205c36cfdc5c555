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
  void anOriginalTheSpinnerWouldNeverFindNamesFileLineAndWhy(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("t.tsv");
    Files.writeString(f, "said\tmentioned\nU.S.\tUS\ndon't\tdo not\nwell-known\tfamous\n5\tfive\n"
        + "in order to win\tto win\n");
    TableDictionary fine = TableDictionary.readTsv(f);
    assertThat(fine.size()).isEqualTo(6);
    assertThat(Spinner.create(fine, SpinSettings.builder().rate(1).braceRate(0).build())
        .spin("we did it in order to win").spun()).isEqualTo("we did it to win");
    for (String[] bad : new String[][] {
        {"however,", "not \",\""}, {"5 days", "a number is replaced alone"},
        {"the united states of america", "5 words: the spinner replaces phrases of at most 4"},
        {"(a)", "not \"(\""}}) {
      Files.writeString(f, "said\tmentioned\n" + bad[0] + "\tx\n");
      assertThatThrownBy(() -> TableDictionary.readTsv(f)).isInstanceOf(ModelFormatException.class)
          .hasMessageContaining("t.tsv:2").hasMessageContaining("'" + bad[0] + "' is never spun")
          .hasMessageContaining(bad[1]);
      assertThatThrownBy(() -> TableDictionary.of(java.util.Map.of(bad[0], java.util.List.of("x"))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad[1]);
    }
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
