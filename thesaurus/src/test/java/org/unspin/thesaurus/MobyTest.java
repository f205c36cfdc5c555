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
  void termsThatListEachOtherAreMutual() throws IOException {
    Moby m = tiny();
    assertThat(m.listsEachOther("say", "state")).isTrue();
    assertThat(m.listsEachOther("state", "say")).isTrue();
    assertThat(m.listsEachOther("say", "tell")).isFalse();
    assertThat(m.listsEachOther("say", "nothing")).isFalse();
  }

  @Test
  void similarityIsTheCosineOfNeighbourhoods() throws IOException {
    Moby m = tiny();
    // say: {say, state, tell, bring up}; state: {state, say, country}; common: say, state
    assertThat(m.similarity("say", "state")).isCloseTo(2 / Math.sqrt(4 * 3), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(m.similarity("say", "say")).isEqualTo(1.0);
    assertThat(m.similarity("say", "unknown")).isZero();
    assertThat(m.similarity("tell", "country")).isZero();
  }

  @Test
  void similarityIsSymmetricOnRealData() {
    Moby m = Models.moby();
    assertThat(m.similarity("price", "worth")).isEqualTo(m.similarity("worth", "price")).isBetween(0.0, 1.0)
        .isPositive();
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
    assertThat(back.listsEachOther("state", "say")).isTrue();
  }

  @Test
  void truncatedCacheIsAFormatError(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("m.bin");
    tiny().write(f);
    byte[] all = Files.readAllBytes(f);
    for (int cut = 0; cut < all.length; cut++) {
      if (cut == all.length - 8) {
        continue; // the checksum trailer alone cut off: every section whole, read as a file written before it
      }
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
