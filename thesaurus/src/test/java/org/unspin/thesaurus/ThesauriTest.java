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
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

class ThesauriTest {

  private static Moby tiny(String text) throws IOException {
    return Moby.parse(new BufferedReader(new StringReader(text)), "tiny");
  }

  @Test
  void unionMergesLookupsInOrder() throws IOException {
    Thesaurus a = tiny("say,state\n");
    Thesaurus b = tiny("say,tell,state\n");
    Thesaurus u = Thesauri.union(a, b);
    assertThat(u.synonyms("say")).containsExactly("state", "tell");
    assertThat(u.contains("tell")).isTrue();
    assertThat(u.name()).isEqualTo("moby-1.1.2+moby-1.1.2");
  }

  @Test
  void theUnionDropsTheOppositesWordNetMarks() throws IOException {
    // Moby lists "decrease" among the neighbours of "increase"; no spinner writes one for the other
    assertThat(Models.moby().synonyms("increase")).contains("decrease");
    Thesaurus u = Thesauri.union(Models.wordNet(), Models.moby());
    assertThat(u.antonyms("increase")).contains("decrease");
    assertThat(u.synonyms("increase")).doesNotContain("decrease").contains("growth");
    assertThat(u.synonyms("decrease")).doesNotContain("increase").contains("reduction");
    assertThat(u.synonyms("good", PartOfSpeech.ADJECTIVE)).doesNotContainAnyElementsOf(u.antonyms("good"));
    // a part without antonyms leaves its neighbours as they are
    assertThat(Thesauri.union(tiny("rise,fall,grow\n")).synonyms("rise")).containsExactly("fall", "grow");
  }

  @Test
  void unionOfNothingIsRejected() {
    assertThatThrownBy(Thesauri::union).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void termsAreNormalisedToLowerCaseWithSingleSpaces() {
    assertThat(Terms.normalize("  Bring_Up  ")).isEqualTo("bring up");
    assertThat(Terms.normalize("they\u2019re")).isEqualTo("they're");
    assertThat(Terms.normalize("a \t b")).isEqualTo("a b");
  }

  @Test
  void anUnreadableCacheIsRebuiltAndOldVersionsRemoved(@TempDir Path home) throws IOException {
    Store store = Store.at(home);
    Path models = store.dir("models");
    Path downloads = store.dir("downloads");
    // reuse the user's downloaded tarball if present, so the test does not download twice
    Path cached = Store.fromEnvironment().fetch(org.unspin.fetch.Artifacts.MOBY, Progress.NONE);
    Files.copy(cached, downloads.resolve(cached.getFileName()));
    Path cache = models.resolve("moby-1.1.2-v" + Moby.VERSION + ".bin");
    Files.write(cache, new byte[] {1, 2, 3});
    Path old = models.resolve("moby-1.1.2-v0.bin");
    Files.write(old, new byte[] {4});
    Moby m = Thesauri.moby(store, Progress.NONE);
    assertThat(m.synonyms("safety")).contains("security");
    assertThat(Files.size(cache)).isGreaterThan(1_000_000L);
    assertThat(old).doesNotExist();
  }
}
