// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.unspin.lexicon.ModelFormatException;

/**
 * Reads folders of spun and original texts for learning. A spun file is {@code NAME.spun.txt} or {@code NAME.txt}
 * (any depth); its original is {@code NAME.orig.txt} or {@code NAME.txt} at the same place under the originals
 * folder ({@code spun/2024/a.txt} pairs with {@code orig/2024/a.txt}), else the one original of that name at any
 * depth (two of one name in different folders pair with none, rather than with the wrong one), or, for a spun file
 * with no original of its own, the original named after its parent folder ({@code more-spins/b010/x.txt} pairs
 * with {@code b010.orig.txt}). A {@code NAME.meta.json} beside the spun file may name the spinner family
 * ({@code "spinner_family": "A"}), as may an {@code index.tsv} in the spun folder (columns {@code file} and
 * {@code spinner_family}). Files are strict UTF-8. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Corpus {

  private static final Pattern FAMILY = Pattern.compile("\"spinner_family\"\\s*:\\s*\"([^\"]*)\"");

  /** One spun document, with its original when there is one. */
  public record Document(String name, String group, Path spunFile, String spun, Optional<String> orig,
      Optional<String> family) {

    /** The pair, for supervised learning. */
    public SupervisedLearner.Pair pair() {
      return new SupervisedLearner.Pair(name, spun, orig.orElseThrow());
    }
  }

  private Corpus() {}

  /**
   * Reads a text file as strict UTF-8, or UTF-16 after a byte-order mark; a bad byte is a {@link ModelFormatException}
   * naming the file and its offset.
   */
  public static String read(Path file) throws IOException {
    // as restore and detect read a file: UTF-8, or UTF-16 after a byte-order mark; a bad byte named by its offset
    byte[] bytes = Files.readAllBytes(file);
    // the offset is a byte's, not a line's: "FILE: not valid UTF-8 at byte offset 3", as restore and detect say it
    return org.unspin.text.Utf8.decodeText(bytes, offset -> new ModelFormatException(file.toString(), 0,
        org.unspin.text.Utf8.fault(bytes, offset) + " at byte offset " + offset + " ("
            + org.unspin.text.Utf8.hint(bytes, offset) + ")"));
  }

  /**
   * The spun documents under {@code spunDir}, paired with originals under {@code origDir} when it is given.
   * Originals themselves ({@code *.orig.txt}), meta files and non-{@code .txt} files are skipped. Sorted by path.
   */
  public static List<Document> read(Path spunDir, Optional<Path> origDir) throws IOException {
    // originals by their path under the folder, less the suffix ("2024/a"), and by their name alone ("a")
    Map<String, Path> origs = new TreeMap<>();
    Map<String, List<Path>> byName = new TreeMap<>();
    if (origDir.isPresent()) {
      Path root = origDir.get();
      boolean sameFolder = root.toAbsolutePath().normalize().equals(spunDir.toAbsolutePath().normalize());
      List<Path> found = new ArrayList<>();
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(Files::isRegularFile).forEach(found::add);
      }
      found.sort(Comparator.comparing(Path::toString));
      for (Path p : found) {
        String f = p.getFileName().toString();
        String stem = f.endsWith(".orig.txt") ? f.substring(0, f.length() - ".orig.txt".length())
            : f.endsWith(".txt") && !f.endsWith(".spun.txt") && !sameFolder ? f.substring(0, f.length() - 4) : null;
        if (stem == null) {
          continue;
        }
        String key = key(root, p, stem);
        if (f.endsWith(".orig.txt") || !origs.containsKey(key)) {
          Path before = origs.put(key, p);
          List<Path> named = byName.computeIfAbsent(stem, k -> new ArrayList<>());
          named.remove(before);
          named.add(p);
        }
      }
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(spunDir)) {
      s.filter(Files::isRegularFile).forEach(files::add);
    }
    files.sort(Comparator.comparing(Path::toString));
    Map<String, String> indexFamilies = indexFamilies(spunDir);
    List<Document> out = new ArrayList<>();
    for (Path p : files) {
      String f = p.getFileName().toString();
      if (!f.endsWith(".txt") || f.endsWith(".orig.txt") || f.equalsIgnoreCase("README.txt")) {
        continue;
      }
      String name = f.endsWith(".spun.txt") ? f.substring(0, f.length() - ".spun.txt".length())
          : f.substring(0, f.length() - 4);
      String group = name;
      Path orig = origs.getOrDefault(key(spunDir, p, name), only(byName.get(name)));
      if (orig == null && p.getParent() != null && !p.getParent().equals(spunDir)) {
        String parent = p.getParent().getFileName().toString();
        Path named = only(byName.get(parent));
        if (named != null) {
          orig = named;
          group = parent;
          name = parent + "/" + name;
        }
      }
      Optional<String> family = Optional.ofNullable(indexFamilies.get(f));
      Path meta = p.resolveSibling(name.contains("/") ? "none" : name + ".meta.json");
      if (Files.isRegularFile(meta)) {
        Matcher m = FAMILY.matcher(Files.readString(meta, StandardCharsets.UTF_8));
        if (m.find()) {
          family = Optional.of(m.group(1));
        }
      }
      out.add(new Document(name, group, p, read(p), orig == null ? Optional.empty() : Optional.of(read(orig)),
          family));
    }
    return out;
  }

  /** {@code file}'s path under {@code root} with {@code /} between folders, its file name replaced by {@code stem}. */
  private static String key(Path root, Path file, String stem) {
    Path parent = root.relativize(file).getParent();
    return parent == null ? stem : parent.toString().replace(java.io.File.separatorChar, '/') + "/" + stem;
  }

  /** The one path of {@code paths}, or null when there are none or several (which of them is meant is unknown). */
  private static Path only(List<Path> paths) {
    return paths != null && paths.size() == 1 ? paths.get(0) : null;
  }

  /** File name to family from an {@code index.tsv} with {@code file} and {@code spinner_family} columns. */
  private static Map<String, String> indexFamilies(Path dir) throws IOException {
    Map<String, String> out = new TreeMap<>();
    Path index = dir.resolve("index.tsv");
    if (!Files.isRegularFile(index)) {
      return out;
    }
    String[] lines = read(index).split("\n");
    String[] head = lines[0].split("\t");
    int file = java.util.Arrays.asList(head).indexOf("file");
    int fam = java.util.Arrays.asList(head).indexOf("spinner_family");
    if (file < 0 || fam < 0) {
      return out;
    }
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split("\t");
      if (f.length > Math.max(file, fam)) {
        out.put(f[file].strip(), f[fam].strip());
      }
    }
    return out;
  }

  /** True when a meta family label ("A", "A-old (...)") belongs to {@code family} ("A"). */
  public static boolean isFamily(Optional<String> label, String family) {
    if (label.isEmpty()) {
      return true;
    }
    String l = label.get();
    return l.equals(family) || l.startsWith(family + " ") || l.startsWith(family + "-") || l.startsWith(family + "(");
  }
}
