// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MobyTest {

  private static Moby tiny() throws IOException {
    return Moby.parse(new BufferedReader(new StringReader("say,state,tell,bring up\r\nstate,say,country\r\n")),
        "tiny");
  }

  @Test
  void listsAreReadBothWays() throws IOException {
    Moby m = tiny();
    assertThat(m.synonyms("tell")).containsExactly("say");
    assertThat(m.synonyms("say")).containsExactlyInAnyOrder("state", "tell", "bring up");
    assertThat(m.synonyms("country")).contains("state");
  }

  @Test
  void lookupNormalisesCaseAndUnderscores() throws IOException {
    Moby m = tiny();
    assertThat(m.synonyms("Bring_Up")).containsExactly("say");
    assertThat(m.synonyms("say").contains("Tell")).isTrue();
  }

  @Test
  void compiledCacheRoundTrips(@TempDir Path dir) throws IOException {
    Moby m = tiny();
    Path f = dir.resolve("m.bin");
    m.write(f);
    Moby back = Moby.read(f);
    assertThat(back.synonyms("say")).containsExactlyInAnyOrderElementsOf(m.synonyms("say"));
    assertThat(back.rootListSize("say")).isEqualTo(3);
  }

  @Test
  void truncatedCacheIsAFormatError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("m.bin");
    tiny().write(f);
    byte[] all = Files.readAllBytes(f);
    for (int cut = 0; cut < all.length; cut++) {
      Path g = dir.resolve("cut.bin");
      Files.write(g, java.util.Arrays.copyOf(all, cut));
      assertThatThrownBy(() -> Moby.read(g)).isInstanceOf(ModelFormatException.class);
    }
  }

  @Test
  void realMobyCoversTheKnownSpinnerPairs() {
    Moby m = Models.moby();
    assertThat(m.synonyms("safety")).contains("security");
    assertThat(m.synonyms("college")).contains("university");
    assertThat(m.synonyms("recently")).contains("not long ago");
    assertThat(m.size()).isGreaterThan(100_000);
  }
}
