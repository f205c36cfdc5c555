// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A heavy, optional module of the project (Spark, the neural model) that the default build leaves out: it is built,
 * and its dependencies fetched from Maven Central, the first time a command needs it, with a progress bar counting
 * the downloaded artifacts. Afterwards its jar and {@code target/lib/} are used directly.
 *
 * <p>Needs the project checkout: the launcher passes its root as {@code -Dunspin.root}.
 */
final class OptionalModule {

  private final String name;
  private final Path root;
  private final int expectedArtifacts;
  private final String what;

  private OptionalModule(String name, Path root, int expectedArtifacts, String what) {
    this.name = name;
    this.root = root;
    this.expectedArtifacts = expectedArtifacts;
    this.what = what;
  }

  /**
   * The module {@code name} of the checkout the launcher runs from.
   *
   * @param expectedArtifacts roughly how many artifacts a first build downloads (for the progress bar)
   * @param what a phrase for the progress message ("Spark, about 290 MB")
   */
  static OptionalModule of(String name, int expectedArtifacts, String what) {
    String r = System.getProperty("unspin.root");
    if (r == null || !Files.isDirectory(Paths.get(r, name))) {
      throw new CliException(Cli.UNAVAILABLE, "'" + name + "' needs the unspin checkout: run it through the ./unspin "
          + "launcher (it passes -Dunspin.root)");
    }
    return new OptionalModule(name, Paths.get(r), expectedArtifacts, what);
  }

  Path jar() {
    return root.resolve(name).resolve("target").resolve("unspin-" + name + ".jar");
  }

  /** The module's classpath: its jar and every jar in its {@code target/lib}. Builds it first when needed. */
  List<Path> classpath(PrintWriter err) throws IOException, InterruptedException {
    if (stale()) {
      build(err);
    }
    List<Path> cp = new ArrayList<>();
    cp.add(jar());
    try (Stream<Path> libs = Files.list(jar().resolveSibling("lib"))) {
      libs.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(cp::add);
    }
    return cp;
  }

  private boolean stale() throws IOException {
    Path jar = jar();
    if (!Files.isRegularFile(jar) || !Files.isDirectory(jar.resolveSibling("lib"))) {
      return true;
    }
    FileTime built = Files.getLastModifiedTime(jar);
    Path cliJar = root.resolve("cli/target/unspin-cli.jar");
    if (Files.isRegularFile(cliJar) && Files.getLastModifiedTime(cliJar).compareTo(built) > 0) {
      return true; // the modules it depends on changed
    }
    try (Stream<Path> files = Files.walk(root.resolve(name).resolve("src"))) {
      return files.anyMatch(p -> {
        try {
          return Files.getLastModifiedTime(p).compareTo(built) > 0;
        } catch (IOException e) {
          return true;
        }
      }) || Files.getLastModifiedTime(root.resolve(name).resolve("pom.xml")).compareTo(built) > 0;
    }
  }

  private void build(PrintWriter err) throws IOException, InterruptedException {
    err.println(Files.isRegularFile(jar())
        ? "unspin: rebuilding the " + name + " module (its sources or the command line changed since it was built; "
            + "its dependencies are in the Maven cache already)..."
        : "unspin: building the " + name + " module and fetching its dependencies (" + what + ") on first use...");
    err.flush();
    ProcessBuilder pb = new ProcessBuilder("mvn", "-B", "-Dmaven.test.skip=true", "package", "-pl", name, "-am")
        .directory(root.toFile())
        .redirectErrorStream(true);
    Process p = pb.start();
    ConsoleProgress progress = new ConsoleProgress(err);
    progress.start("fetching " + name + " dependencies", expectedArtifacts);
    List<String> tail = new ArrayList<>();
    int downloaded = 0;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.contains("Downloaded from") && line.endsWith(".jar")
            || line.contains("Downloaded from") && line.contains(".jar (")) {
          progress.advance(Math.min(++downloaded, expectedArtifacts));
        }
        tail.add(line);
        if (tail.size() > 60) {
          tail.remove(0);
        }
      }
    }
    int code = p.waitFor();
    if (code == 0) {
      progress.advance(expectedArtifacts); // fewer downloads than expected: the rest were in the Maven cache
    }
    progress.finish(); // a failed build stops the bar where it was, not at 100%
    if (code != 0) {
      tail.forEach(err::println);
      throw new CliException(Cli.UNAVAILABLE, "building the " + name + " module failed (mvn exit " + code + ")");
    }
    // Maven leaves a jar whose contents did not change as it was, older than the command line's: marked as built
    // now, or every later run would build it again (8 s of Maven before each crawl job)
    if (Files.isRegularFile(jar())) {
      Files.setLastModifiedTime(jar(), FileTime.fromMillis(System.currentTimeMillis()));
    }
    err.println("unspin: " + name + " module ready (" + downloaded + " artifacts downloaded).");
    err.flush();
  }
}
