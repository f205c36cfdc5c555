// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/**
 * Entry point for the thesauri: loads WordNet 3.1 and Moby from the store (fetching the pinned artifacts on first
 * use, then compiling them once into {@code models/} so later loads take a fraction of a second), and combines
 * thesauri.
 *
 * <p>Thread-safe; every call loads anew, so keep the result.
 *
 * @since 0.1
 */
public final class Thesauri {

  private static final System.Logger LOG = System.getLogger(Thesauri.class.getName());

  private Thesauri() {}

  /**
   * WordNet 3.1 ({@link Artifacts#WORDNET_31}), from the compiled cache {@code models/wordnet-3.1.bin}, built from
   * the jar when absent or unreadable.
   */
  public static WordNet wordNet(Store store, Progress progress) throws IOException {
    Path cache = wordNetCache(store);
    return Store.compiled(cache, ModelFormatException.class, () -> timed("wordnet", () -> WordNet.read(cache)),
        () -> {
          Path jar = store.fetch(Artifacts.WORDNET_31, progress);
          progress.start("compiling WordNet 3.1", 0);
          try {
            WordNet wn = timed("wordnet (parse)", () -> WordNet.parseJar(jar));
            wn.write(cache);
            deleteOtherVersions(cache, "wordnet-3.1-v");
            return wn;
          } finally {
            progress.finish();
          }
        });
  }

  /** WordNet's compiled cache in {@code store}, {@code models/wordnet-3.1-vN.bin} (whether or not it is there). */
  public static Path wordNetCache(Store store) {
    return store.home().resolve("models").resolve("wordnet-3.1-v" + WordNet.VERSION + ".bin");
  }

  /**
   * WordNet from its compiled cache alone ({@link #wordNetCache}), fetching and compiling nothing: what {@code unspin
   * cache --verify} checks a copied cache with.
   *
   * @throws org.unspin.fetch.ModelFormatException if the file is damaged or of another version (names it and the
   *     offset); {@link java.nio.file.NoSuchFileException} if it is absent
   */
  public static WordNet readWordNetCache(Store store) throws IOException {
    return WordNet.read(wordNetCache(store));
  }

  /** Moby from its compiled cache alone ({@link #mobyCache}), as {@link #readWordNetCache} reads WordNet. */
  public static Moby readMobyCache(Store store) throws IOException {
    return Moby.read(mobyCache(store));
  }

  /** Moby's compiled cache in {@code store}, {@code models/moby-1.1.2-vN.bin} (whether or not it is there). */
  public static Path mobyCache(Store store) {
    return store.home().resolve("models").resolve("moby-1.1.2-v" + Moby.VERSION + ".bin");
  }

  /** WordNet read directly from an extjwnl data jar (no cache). */
  public static WordNet wordNetFromJar(Path jar) throws IOException {
    return WordNet.parseJar(jar);
  }

  /**
   * Moby Thesaurus II ({@link Artifacts#MOBY}), from the compiled cache {@code models/moby-1.1.2.bin}, built from the
   * npm tarball when absent or unreadable.
   */
  public static Moby moby(Store store, Progress progress) throws IOException {
    Path cache = mobyCache(store);
    return Store.compiled(cache, ModelFormatException.class, () -> timed("moby", () -> Moby.read(cache)), () -> {
      Path tgz = store.fetch(Artifacts.MOBY, progress);
      progress.start("compiling Moby thesaurus", 0);
      try {
        Moby moby = timed("moby (parse)", () -> Moby.parseTarball(tgz));
        moby.write(cache);
        deleteOtherVersions(cache, "moby-1.1.2-v");
        return moby;
      } finally {
        progress.finish();
      }
    });
  }

  /** Moby read directly from the npm tarball (no cache). */
  public static Moby mobyFromTarball(Path tgz) throws IOException {
    return Moby.parseTarball(tgz);
  }

  /**
   * A thesaurus whose lookups are the unions of the parts' lookups (in the order given, duplicates dropped).
   * {@link Thesaurus#size()} is the sum of the parts' sizes (an upper bound on distinct terms).
   */
  public static Thesaurus union(Thesaurus... parts) {
    List<Thesaurus> list = List.copyOf(Arrays.asList(parts));
    if (list.isEmpty()) {
      throw new IllegalArgumentException("union of no thesauri");
    }
    return new Union(list);
  }

  /** Removes caches of older format versions next to {@code current}; failures only cost disk space. */
  private static void deleteOtherVersions(Path current, String prefix) {
    try (var files = Files.list(current.getParent())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = f.getFileName().toString();
        if (name.startsWith(prefix) && name.endsWith(".bin") && !f.equals(current)) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "could not remove old caches beside {0}: {1}", current, e.getMessage());
    }
  }

  private static <T> T timed(String what, Store.Loader<T> loader) throws IOException {
    long t0 = System.nanoTime();
    T t = loader.load();
    LOG.log(System.Logger.Level.DEBUG, "loaded {0} in {1} ms", what, (System.nanoTime() - t0) / 1_000_000);
    return t;
  }

  /** Union view; immutable if the parts are. */
  private static final class Union implements Thesaurus {
    private final List<Thesaurus> parts;

    Union(List<Thesaurus> parts) {
      this.parts = parts;
    }

    @Override
    public String name() {
      return parts.stream().map(Thesaurus::name).collect(Collectors.joining("+"));
    }

    @Override
    public boolean contains(String term) {
      // a plain loop: detection asks this for every candidate, and a stream per call showed in profiles
      for (Thesaurus p : parts) {
        if (p.contains(term)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public Set<String> synonyms(String term) {
      Set<String> out = new LinkedHashSet<>();
      parts.forEach(p -> out.addAll(p.synonyms(term)));
      return withoutAntonyms(term, out);
    }

    @Override
    public Set<String> synonyms(String term, PartOfSpeech pos) {
      Set<String> out = new LinkedHashSet<>();
      parts.forEach(p -> out.addAll(p.synonyms(term, pos)));
      return withoutAntonyms(term, out);
    }

    /**
     * {@code neighbours} without the terms a part marks as antonyms of {@code term}: Moby lists opposites among a
     * word's neighbours ("decrease" under "increase"), which no spinner writes for each other (none of the 1,772
     * word swaps of the development pairs, nor of the 5,190 of the tortured-phrase list's development half, is a
     * WordNet antonym pair), and which made clean text read as spun ("decreased markedly" -> "increased").
     */
    private Set<String> withoutAntonyms(String term, Set<String> neighbours) {
      if (neighbours.isEmpty()) {
        return neighbours;
      }
      for (Thesaurus p : parts) {
        neighbours.removeAll(p.antonyms(term));
      }
      return neighbours;
    }

    @Override
    public Set<String> antonyms(String term) {
      Set<String> out = new LinkedHashSet<>();
      parts.forEach(p -> out.addAll(p.antonyms(term)));
      return out;
    }

    @Override
    public Set<String> related(String term) {
      Set<String> out = new LinkedHashSet<>();
      parts.forEach(p -> out.addAll(p.related(term)));
      return out;
    }

    @Override
    public Set<PartOfSpeech> partsOfSpeech(String term) {
      Set<PartOfSpeech> out = EnumSet.noneOf(PartOfSpeech.class);
      parts.forEach(p -> out.addAll(p.partsOfSpeech(term)));
      return out;
    }

    @Override
    public int size() {
      return parts.stream().mapToInt(Thesaurus::size).sum();
    }
  }
}
