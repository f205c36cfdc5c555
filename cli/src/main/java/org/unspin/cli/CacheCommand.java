// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unspin.detect.KnownTexts;
import org.unspin.fetch.Artifact;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Store;
import org.unspin.lm.LanguageModels;
import org.unspin.thesaurus.Thesauri;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code unspin cache}: what the model cache holds, for an install prepared on one machine and copied to another
 * that cannot reach the registries (an offline trial had found the files needed at run time by trial and error).
 */
@Command(name = "cache",
    description = {"Says where the model cache is ($UNSPIN_HOME, default ~/.cache/unspin) and whether it holds what "
        + "restore, detect, trace and serve read at run time: the compiled models and the Brown corpus (about 135 "
        + "MB), without which they fetch or build them first. Then the other downloads, which are needed only to "
        + "build the models again. Exit code 0 when everything needed at run time is there (and, with --verify, "
        + "every download present matches its pinned checksum), 6 otherwise.",
        "Fetches and builds nothing."})
final class CacheCommand extends BaseCommand {

  @Option(names = "--verify", description = "Also check every download present against its pinned size and "
      + "checksum (docs/data.md), and that the files needed can be read: each compiled model is read as a run reads "
      + "it, and one that is damaged is named with the offset of the damage.")
  boolean verify;

  /**
   * A file the cache should hold: where, whether it is one of those read at every run, and the download it is (null
   * for a compiled model) or what reads the compiled model (null for a download).
   */
  record Entry(Path path, boolean runTime, Artifact artifact, Store.Loader<?> reader) {
    Entry(Path path, boolean runTime, Artifact artifact) {
      this(path, runTime, artifact, null);
    }
  }

  /** The files of {@code store}: those read at run time first, then the other pinned downloads. */
  static List<Entry> entries(Store store) {
    Path downloads = store.home().resolve("downloads");
    List<Entry> out = new ArrayList<>();
    Path lm = LanguageModels.defaultFile(store);
    out.add(new Entry(lm, true, null, () -> LanguageModels.open(lm)));
    out.add(new Entry(Thesauri.wordNetCache(store), true, null, () -> Thesauri.readWordNetCache(store)));
    out.add(new Entry(Thesauri.mobyCache(store), true, null, () -> Thesauri.readMobyCache(store)));
    out.add(new Entry(KnownTexts.licencesCache(store), true, null, () -> KnownTexts.readLicencesCache(store)));
    out.add(new Entry(downloads.resolve(Artifacts.BROWN.name()), true, Artifacts.BROWN));
    for (Artifact a : Artifacts.ALL) {
      if (a != Artifacts.BROWN) {
        out.add(new Entry(downloads.resolve(a.name()), false, a));
      }
    }
    return out;
  }

  @Override
  public Integer call() throws IOException {
    String env = System.getenv(Store.HOME_ENV);
    String prop = System.getProperty(Store.HOME_PROPERTY);
    return report(Store.fromEnvironment(), env != null && !env.isBlank() ? "UNSPIN_HOME"
        : prop != null && !prop.isBlank() ? "-Dunspin.home" : "the default; UNSPIN_HOME sets another");
  }

  /** Writes the report on {@code store}, named as {@code how} it was chosen; the exit code. */
  int report(Store store, String how) throws IOException {
    java.util.Optional<Path> lm = org.unspin.DefaultModels.languageModelFile();
    out().printf(Locale.ROOT, "cache: %s (%s)%n", store.home(), how);
    boolean ready = true;
    boolean header = false;
    out().println("read at run time:");
    long needed = 0;
    List<String> damaged = new ArrayList<>();
    for (Entry e : entries(store)) {
      if (!e.runTime() && !header) {
        out().println("downloads the models are built from (needed again only to rebuild them):");
        header = true;
      }
      String state;
      if (!Files.isRegularFile(e.path())) {
        state = "missing";
        ready &= !e.runTime();
      } else if (!Files.isReadable(e.path())) {
        state = "not readable";
        ready = false;
      } else {
        state = "present";
        if (verify && e.artifact() != null) {
          String problem = Store.mismatch(e.path(), e.artifact());
          if (problem != null) {
            state = problem;
            ready = false;
          } else {
            state = "present, " + e.artifact().algorithm() + " as pinned";
          }
        } else if (verify && e.reader() != null) {
          // a damaged model is rebuilt at the next run, which needs its downloads or the registries: say so here
          String problem = unreadable(e.reader());
          if (problem != null) {
            state = "damaged";
            damaged.add(problem);
            ready = false;
          } else {
            state = "present, reads";
          }
        }
        needed += e.runTime() ? Files.size(e.path()) : 0;
      }
      String rel = store.home().relativize(e.path()).toString();
      out().printf(Locale.ROOT, "  %-52s %15s  %s%n", rel, Files.isRegularFile(e.path())
          ? String.format(Locale.ROOT, "%,d B", Files.size(e.path())) : "", state);
    }
    for (Path part : parts(store)) {
      out().printf(Locale.ROOT, "left by an interrupted run: %s (%,d B; delete it while no unspin runs, or the next "
          + "build of its file deletes it an hour after its last write)%n", store.home().relativize(part),
          Files.size(part));
    }
    for (String d : damaged) {
      out().println("damaged: " + d + " (the next run builds it again from the downloads, fetching those missing)");
    }
    if (lm.isPresent()) {
      out().println("UNSPIN_LM (or -Dunspin.lm) names the language model to read instead of default-lm-4.bin: "
          + lm.get());
    }
    out().printf(Locale.ROOT, "%s%n", ready
        ? String.format(Locale.ROOT, "ready: the files read at run time are there (%,d B)%s", needed,
            verify ? ", every download present is as pinned, and every compiled model reads" : "")
        : "not ready: run any command where the registries can be reached (./unspin detect samples/spun.txt) to "
            + "fetch and build what is missing or damaged, or copy a filled cache (docs/workflows.md)");
    out().flush();
    return ready ? Cli.OK : Cli.UNAVAILABLE;
  }

  /** The part files in {@code store}'s folders: files being written now, or left by runs killed while writing. */
  private static List<Path> parts(Store store) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String folder : new String[] {"models", "downloads"}) {
      Path dir = store.home().resolve(folder);
      if (Files.isDirectory(dir)) {
        try (var files = Files.newDirectoryStream(dir, p -> Store.isPart(p, null) && Files.isRegularFile(p))) {
          files.forEach(out::add);
        }
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * Why {@code reader} cannot read its model (its format error, naming the file and offset; the thesauri have their
   * own exception type), or null when it can.
   */
  private static String unreadable(Store.Loader<?> reader) {
    Object model;
    try {
      model = reader.load();
    } catch (java.nio.file.FileSystemException e) {
      return e.getFile() + ": " + Cli.why(e);
    } catch (IOException e) {
      return e.getMessage();
    }
    if (model instanceof AutoCloseable c) {
      try {
        c.close();
      } catch (Exception e) {
        // a mapping released by the collector: nothing to do
      }
    }
    return null;
  }
}
