// SPDX-License-Identifier: Apache-2.0
package org.unspin.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;

/**
 * The cache directory where unspin keeps downloaded model data and the models it builds, and the downloader that
 * fills it.
 *
 * <p>The directory is {@code $UNSPIN_HOME}, else the system property {@code unspin.home}, else
 * {@code ~/.cache/unspin}. Downloads go to {@code downloads/} inside it; a file is only ever renamed into place
 * after its checksum matched, and a cached file's size and checksum are checked again each time it is used (a damaged
 * one is fetched again). Safe to use from several threads and processes (each download writes a private temporary
 * file, then renames it atomically).
 *
 * @since 0.1
 */
public final class Store {

  private static final System.Logger LOG = System.getLogger(Store.class.getName());

  private final Path home;

  private Store(Path home) {
    this.home = home;
  }

  /** The store at {@code home}. */
  public static Store at(Path home) {
    return new Store(home.toAbsolutePath().normalize());
  }

  /**
   * The store the environment names: {@code UNSPIN_HOME}, else {@code -Dunspin.home}, else {@code ~/.cache/unspin}
   * (the environment first, as with {@code UNSPIN_LM} and {@code -Dunspin.lm}; a blank value is no value), "~" being
   * {@code $HOME} as a shell reads it (Java's {@code user.home} comes from the password file, which names
   * {@code /nonexistent} for a service account run with a {@code HOME} of its own), else {@code user.home}.
   */
  public static Store fromEnvironment() {
    return fromEnvironment(System::getenv, System::getProperty);
  }

  /** The environment variable that names the store ({@link #fromEnvironment()}). */
  public static final String HOME_ENV = "UNSPIN_HOME";

  /**
   * The system property that names the store where {@code UNSPIN_HOME} is not set ({@code -Dunspin.home=DIR}, or
   * {@code System.setProperty} before the models load: a service in an application server often cannot set its
   * environment).
   */
  public static final String HOME_PROPERTY = "unspin.home";

  /** {@link #fromEnvironment()} from these environment variables and system properties. */
  static Store fromEnvironment(java.util.function.UnaryOperator<String> env,
      java.util.function.UnaryOperator<String> properties) {
    for (String v : new String[] {env.apply(HOME_ENV), properties.apply(HOME_PROPERTY)}) {
      if (v != null && !v.isBlank()) {
        return at(Paths.get(v));
      }
    }
    String home = env.apply("HOME");
    return at(Paths.get(home != null && !home.isBlank() ? home : properties.apply("user.home"), ".cache",
        "unspin"));
  }

  public Path home() {
    return home;
  }

  /** {@code home/relative}; the directory is created if needed. */
  public Path dir(String relative) throws IOException {
    return Files.createDirectories(home.resolve(relative));
  }

  /**
   * The local copy of {@code artifact}, downloading it first when it is not cached, or when the cached copy's size or
   * checksum is not the pinned one (a copy cut short or damaged, which is logged and replaced).
   *
   * @throws FetchException if the download fails (the message names the address, and where a copy fetched elsewhere
   *     may be saved instead, with its pinned checksum), its size is not the pinned one (when the artifact gives
   *     one), or its checksum is not the pinned one (the message names both sizes or checksums and the address);
   *     nothing is cached then, and a damaged cached copy is left as it was and named in the message
   * @throws java.nio.file.FileSystemException if the cache cannot be written (a full disk, a folder where the file
   *     belongs; it names the file)
   */
  public Path fetch(Artifact artifact, Progress progress) throws IOException {
    return fetch(artifact, progress, STALL);
  }

  /**
   * How long a download may receive nothing, waiting for the answer or in the middle of its bytes, before it is given
   * up: a proxy or firewall that accepts the connection and then drops what passes had kept a first run waiting for
   * ever, its progress bar still.
   */
  static final Duration STALL = Duration.ofSeconds(60);

  /** {@link #fetch(Artifact, Progress)}, giving up a download that receives nothing for {@code stall}. */
  Path fetch(Artifact artifact, Progress progress, Duration stall) throws IOException {
    Path target = dir("downloads").resolve(artifact.name());
    notAFolder(target, "the download " + artifact.name());
    if (Files.isRegularFile(target) && mismatch(target, artifact) == null) {
      return target;
    }
    // runs started together on an empty cache: one downloads, the others wait and find it there
    return exclusively(target, () -> fetchHolding(artifact, target, progress, stall));
  }

  /** {@link #fetch}'s work once this process holds the lock of {@code target}. */
  private static Path fetchHolding(Artifact artifact, Path target, Progress progress, Duration stall)
      throws IOException {
    String damaged = null;
    if (Files.isRegularFile(target)) {
      // fetched by another run while this one waited, or a copy cut short by a copy or a full disk, a byte
      // flipped, another file saved there by hand: read as it was, it failed every run with a format error until
      // its user found and deleted it
      damaged = mismatch(target, artifact);
      if (damaged == null) {
        return target;
      }
      LOG.log(System.Logger.Level.WARNING, "fetching {0} again: the cached copy {1} is damaged ({2})",
          artifact.url(), target, damaged);
    }
    Path tmp = partFile(target);
    try {
      try {
        download(artifact, tmp, target, progress, stall);
      } catch (java.nio.file.FileSystemException e) {
        throw e; // the cache's own failure (a full disk): a copy fetched elsewhere would not mend it
      } catch (IOException e) {
        // offline machines, or a registry that no longer serves the pinned version (Debian's pool keeps only
        // current ones): a copy fetched elsewhere works when it is put where the cache looks
        throw new FetchException(artifact, e.getMessage() + (damaged == null ? ""
            : "; the copy in the cache is damaged (" + damaged + ")") + "; to use a copy fetched elsewhere, save it as "
            + target + " (" + artifact.algorithm() + " " + artifact.checksum() + ")", e);
      }
      long got = Files.size(tmp);
      if (artifact.size() > 0 && got != artifact.size()) {
        throw new FetchException(artifact, "size mismatch for " + artifact.url() + ": expected " + artifact.size()
            + " bytes, got " + got, null);
      }
      String actual = digest(tmp, artifact.algorithm());
      if (!actual.equals(artifact.checksum())) {
        throw new FetchException(artifact, "checksum mismatch for " + artifact.url() + ": expected "
            + artifact.algorithm() + " " + artifact.checksum() + ", got " + actual, null);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      LOG.log(System.Logger.Level.INFO, "fetched {0} ({1} bytes)", artifact.url(), Files.size(target));
      return target;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Why {@code file} is not {@code artifact} as pinned ("size 1,000 B, pinned 2,875,925 B", "SHA-1 ..., pinned
   * ..."), or null when its size and checksum match.
   */
  public static String mismatch(Path file, Artifact artifact) throws IOException {
    long size = Files.size(file);
    if (artifact.size() > 0 && size != artifact.size()) {
      return String.format(java.util.Locale.ROOT, "size %,d B, pinned %,d B", size, artifact.size());
    }
    String got = digest(file, artifact.algorithm());
    return got.equals(artifact.checksum()) ? null
        : artifact.algorithm() + " " + got + ", pinned " + artifact.checksum();
  }

  /** Downloads {@code artifact} into {@code to}; a failure to write it names {@code target}, where it is going. */
  private static void download(Artifact artifact, Path to, Path target, Progress progress, Duration stall)
      throws IOException {
    HttpClient client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(30))
        .build();
    HttpRequest request = HttpRequest.newBuilder(URI.create(artifact.url())).timeout(stall).GET().build();
    HttpResponse<InputStream> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while downloading " + artifact.url(), e);
    } catch (java.net.http.HttpTimeoutException e) {
      throw new IOException("cannot download " + artifact.url() + ": no answer within " + stall.toSeconds() + " s", e);
    } catch (IOException e) { // a refused connection has no message of its own
      throw new IOException("cannot download " + artifact.url() + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
    }
    if (response.statusCode() != 200) {
      response.body().close();
      throw new IOException("cannot download " + artifact.url() + ": HTTP " + response.statusCode());
    }
    long total = response.headers().firstValueAsLong("content-length").orElse(artifact.size());
    progress.start("downloading " + artifact.name(), total);
    // the body's reads wait for ever: a watchdog closes the stream when nothing came for the stall time, which ends
    // a blocked read with an IOException
    java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
    java.util.concurrent.atomic.AtomicBoolean stalled = new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.ScheduledExecutorService watchdog =
        java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
          Thread t = new Thread(task, "unspin-download-watchdog");
          t.setDaemon(true);
          return t;
        });
    long done = 0;
    try (InputStream in = response.body(); OutputStream out = naming(Files.newOutputStream(to),
        target)) {
      long period = Math.max(1, stall.toMillis() / 4);
      watchdog.scheduleAtFixedRate(() -> {
        if (System.nanoTime() - last.get() > stall.toNanos() && !stalled.getAndSet(true)) {
          try {
            in.close();
          } catch (IOException e) {
            // the read ends either way
          }
        }
      }, period, period, java.util.concurrent.TimeUnit.MILLISECONDS);
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = in.read(buf)) > 0) {
        last.set(System.nanoTime());
        out.write(buf, 0, r);
        done += r;
        progress.advance(done);
      }
    } catch (IOException e) {
      if (stalled.get()) {
        throw new IOException(String.format(java.util.Locale.ROOT, "cannot download %s: nothing received for %d s, "
            + "after %,d of %,d bytes", artifact.url(), stall.toSeconds(), done, total), e);
      }
      throw e;
    } finally {
      watchdog.shutdownNow();
      progress.finish();
    }
  }

  /** Reads or compiles a model ({@link #compiled}). */
  public interface Loader<T> {
    /** The model. */
    T load() throws IOException;
  }

  /**
   * A model compiled into the cache file {@code cache}: read by {@code read} when the file is there, else (or when
   * reading it throws {@code unreadable}, a damaged or older file, which is logged) made by {@code compile}, which
   * fetches what it needs and writes {@code cache}. Other failures to read it, such as a permission denied, are
   * thrown: compiling again would not mend them, nor a folder at {@code cache}, which is named before any work.
   */
  public static <T> T compiled(Path cache, Class<? extends IOException> unreadable, Loader<T> read,
      Loader<T> compile) throws IOException {
    notAFolder(cache, "the compiled model " + cache.getFileName());
    if (Files.isRegularFile(cache)) {
      try {
        return read.load();
      } catch (IOException e) {
        if (!unreadable.isInstance(e)) {
          throw e;
        }
        LOG.log(System.Logger.Level.WARNING, "rebuilding unreadable cache {0}: {1}", cache, e.getMessage());
      }
    }
    return exclusively(cache, () -> {
      if (Files.isRegularFile(cache)) { // built by another run while this one waited for the lock?
        try {
          return read.load();
        } catch (IOException e) {
          if (!unreadable.isInstance(e)) {
            throw e;
          }
        }
      }
      return compile.load();
    });
  }

  private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock> LOCKS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Runs {@code work} holding the lock of {@code file}: one thread of this JVM and one process at a time (an advisory
   * lock on the hidden file {@code .NAME.lock} beside it), so that runs started together on an empty cache fetch and
   * build each file once, the others waiting and then reading it; {@code work} should look for the file first. Where
   * the lock file cannot be made (a read-only cache), {@code work} runs without it. Not reentrant across processes:
   * {@code work} must not take the lock of {@code file} again.
   */
  public static <T> T exclusively(Path file, Loader<T> work) throws IOException {
    Path f = file.toAbsolutePath().normalize();
    java.util.concurrent.locks.ReentrantLock inJvm = LOCKS.computeIfAbsent(f,
        k -> new java.util.concurrent.locks.ReentrantLock());
    inJvm.lock();
    try {
      java.nio.channels.FileChannel channel;
      try {
        channel = java.nio.channels.FileChannel.open(f.resolveSibling("." + f.getFileName() + ".lock"),
            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
      } catch (IOException e) {
        return work.load(); // a cache that cannot be written: nothing will be built into it to share
      }
      try (channel) {
        java.nio.channels.FileLock held;
        try {
          held = channel.lock();
        } catch (java.nio.channels.FileLockInterruptionException e) {
          throw e;
        } catch (IOException e) { // a file system without locks (some network mounts): as before, unlocked
          LOG.log(System.Logger.Level.DEBUG, "no lock on {0}: {1}", f, e.getMessage());
          return work.load();
        }
        try (held) {
          return work.load();
        }
      }
    } finally {
      inJvm.unlock();
    }
  }

  /**
   * Fails, naming {@code file}, when a folder is where {@code file} belongs: the download or build would have run
   * first, and its rename into place then failed with the name of its temporary file.
   */
  public static void notAFolder(Path file, String what) throws java.nio.file.FileSystemException {
    if (Files.isDirectory(file)) {
      throw new java.nio.file.FileSystemException(file.toString(), null, "a folder where " + what
          + " belongs; remove it, and it is made again");
    }
  }

  /**
   * A new empty file beside {@code target}, to write it in before it is moved into place, created as any new file is:
   * the user's umask decides who may read what is built from it ({@code Files.createTempFile}'s owner-only
   * permissions, carried into the cache, had kept a copied cache from every other user).
   */
  public static Path partFile(Path target) throws IOException {
    return beside(target, Files::createFile);
  }

  /** A new empty folder beside {@code target}, as {@link #partFile} makes a file. */
  public static Path partDirectory(Path target) throws IOException {
    return beside(target, Files::createDirectory);
  }

  /** What makes a new file or folder at a path, failing if one is there. */
  private interface Creator {
    Path create(Path p, java.nio.file.attribute.FileAttribute<?>... attributes) throws IOException;
  }

  /**
   * How long a {@code .part} file may go unwritten before it counts as left by a run that was killed (every writer
   * here writes its part within seconds, a download as the bytes come).
   */
  static final java.time.Duration ABANDONED = java.time.Duration.ofHours(1);

  /**
   * A new {@code TARGET.RANDOM.part} beside {@code target}, made by {@code creator}; the part files of {@code target}
   * that runs killed in the middle left there (not written for {@link #ABANDONED}) are deleted first: each was up to
   * the size of the file, 93 MB for the language model, and nothing else would ever delete them.
   */
  private static Path beside(Path target, Creator creator) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    removeAbandoned(dir, target.getFileName().toString());
    while (true) {
      Path p = dir.resolve(target.getFileName() + "." + Long.toUnsignedString(
          java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36) + ".part");
      try {
        return creator.create(p);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        // another name
      }
    }
  }

  /**
   * {@code out}, the stream of a file being written into the cache, whose write failures name {@code file}: a full
   * disk, a quota or a file-size limit is a bare {@link IOException} ("No space left on device") that said neither
   * which file nor that the model cache was being filled. They become a {@link java.nio.file.FileSystemException}
   * with {@code file} and the error as its reason (the error its cause).
   */
  public static OutputStream naming(OutputStream out, Path file) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException e) {
          throw naming(e, file);
        }
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          out.write(b, off, len);
        } catch (IOException e) {
          throw naming(e, file);
        }
      }

      @Override
      public void flush() throws IOException {
        try {
          out.flush();
        } catch (IOException e) {
          throw naming(e, file);
        }
      }

      @Override
      public void close() throws IOException {
        try {
          out.close();
        } catch (IOException e) {
          throw naming(e, file);
        }
      }
    };
  }

  /**
   * {@code e}, a failure to write {@code file}, as a {@link java.nio.file.FileSystemException} naming it (one that is
   * already such an exception is returned as it is).
   */
  public static IOException naming(IOException e, Path file) {
    if (e instanceof java.nio.file.FileSystemException) {
      return e;
    }
    java.nio.file.FileSystemException named = new java.nio.file.FileSystemException(file.toString(), null,
        e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
    named.initCause(e);
    return named;
  }

  /** Deletes the abandoned part files of {@code name} in {@code dir}; failures cost only disk space. */
  private static void removeAbandoned(Path dir, String name) {
    long before = System.currentTimeMillis() - ABANDONED.toMillis();
    try (var parts = Files.newDirectoryStream(dir, p -> isPart(p, name))) {
      for (Path p : parts) {
        if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && Files.getLastModifiedTime(p).toMillis() < before && Files.deleteIfExists(p)) {
          LOG.log(System.Logger.Level.INFO, "deleted {0}, left by an interrupted run", p);
        }
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "could not remove part files beside {0}: {1}", dir, e.getMessage());
    }
  }

  /** Whether {@code p} is a part file of {@code name} ({@code NAME.RANDOM.part}), or of any file when it is null. */
  public static boolean isPart(Path p, String name) {
    String f = p.getFileName().toString();
    if (!f.endsWith(".part")) {
      return false;
    }
    String stem = f.substring(0, f.length() - ".part".length());
    int dot = stem.lastIndexOf('.');
    return dot > 0 && (name == null || stem.substring(0, dot).equals(name));
  }

  /** The hex digest of a file. */
  public static String digest(Path file, String algorithm) throws IOException {
    MessageDigest md;
    try {
      md = MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalArgumentException("unknown checksum algorithm " + algorithm, e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = new byte[1 << 16];
      int r;
      while ((r = in.read(buf)) > 0) {
        md.update(buf, 0, r);
      }
    }
    StringBuilder hex = new StringBuilder();
    for (byte b : md.digest()) {
      hex.append(String.format("%02x", b));
    }
    return hex.toString();
  }
}
