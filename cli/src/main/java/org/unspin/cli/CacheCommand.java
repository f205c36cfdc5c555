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
      + "checksum (docs/data.md), and that the files needed can be read.")
  boolean verify;

  /** A file the cache should hold: where, and whether it is one of those read at every run. */
  record Entry(Path path, boolean runTime, Artifact artifact) {}

  /** The files of {@code store}: those read at run time first, then the other pinned downloads. */
  static List<Entry> entries(Store store) {
    Path downloads = store.home().resolve("downloads");
    List<Entry> out = new ArrayList<>();
    out.add(new Entry(LanguageModels.defaultFile(store), true, null));
    out.add(new Entry(Thesauri.wordNetCache(store), true, null));
    out.add(new Entry(Thesauri.mobyCache(store), true, null));
    out.add(new Entry(KnownTexts.licencesCache(store), true, null));
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
        }
        needed += e.runTime() ? Files.size(e.path()) : 0;
      }
      String rel = store.home().relativize(e.path()).toString();
      out().printf(Locale.ROOT, "  %-52s %15s  %s%n", rel, Files.isRegularFile(e.path())
          ? String.format(Locale.ROOT, "%,d B", Files.size(e.path())) : "", state);
    }
    if (lm.isPresent()) {
      out().println("UNSPIN_LM (or -Dunspin.lm) names the language model to read instead of default-lm-4.bin: "
          + lm.get());
    }
    out().printf(Locale.ROOT, "%s%n", ready
        ? String.format(Locale.ROOT, "ready: the files read at run time are there (%,d B)%s", needed,
            verify ? ", and every download present is as pinned" : "")
        : "not ready: run any command where the registries can be reached (./unspin detect samples/spun.txt) to "
            + "fetch and build what is missing, or copy a filled cache (docs/workflows.md)");
    out().flush();
    return ready ? Cli.OK : Cli.UNAVAILABLE;
  }
}
