// SPDX-License-Identifier: Apache-2.0
package org.unspin.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds spun/original pairs on disk: two files; two folders holding files of the same names; or one folder holding
 * {@code NAME.spun.txt} next to {@code NAME.orig.txt} (files without a partner are ignored, sub-folders are not
 * searched). A {@code NAME.orig.txt} is never read as a spun text, as {@code learn} reads folders too. Files are read
 * as strict UTF-8.
 *
 * @since 0.1
 */
public final class Pairs {

  private Pairs() {}

  /**
   * The pairs named by {@code spun} and {@code orig}; {@code orig} may be null when {@code spun} is a folder of
   * {@code .spun.txt}/{@code .orig.txt} files.
   *
   * @throws IOException if a file cannot be read or is not UTF-8 (the message names it), or if no pair is found
   */
  public static List<Pair> find(Path spun, Path orig) throws IOException {
    return find(spun, orig, new ArrayList<>());
  }

  /**
   * {@link #find(Path, Path)}, adding to {@code unmatched} the names of the spun files in a folder that have no
   * original (so that a caller can say they were not scored).
   */
  public static List<Pair> find(Path spun, Path orig, List<String> unmatched) throws IOException {
    List<Pair> out = new ArrayList<>();
    if (Files.isRegularFile(spun)) {
      if (orig == null || !Files.isRegularFile(orig)) {
        throw new IOException("--spun is a file, so --orig must name its original file");
      }
      out.add(new Pair(stem(spun), read(spun), read(orig)));
      return out;
    }
    if (!Files.isDirectory(spun)) {
      throw new IOException(spun + ": no such file or folder");
    }
    Path origDir = orig == null ? spun : orig;
    if (!Files.isDirectory(origDir)) {
      throw new IOException(origDir + ": not a folder (with a folder for --spun, --orig must be a folder too)");
    }
    List<Path> entries;
    try (Stream<Path> s = Files.list(spun)) {
      entries = s.sorted().toList();
    }
    List<Path> files = entries.stream().filter(Files::isRegularFile).toList();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Path partner;
      String stem;
      if (name.endsWith(".orig.txt")) {
        continue; // an original, never a spun text: also when --orig names the same folder another way ("./dir")
      } else if (name.endsWith(".spun.txt")) {
        stem = name.substring(0, name.length() - ".spun.txt".length());
        partner = origDir.resolve(stem + ".orig.txt");
      } else if (!origDir.equals(spun) && name.endsWith(".txt")) {
        stem = name.substring(0, name.length() - 4);
        partner = origDir.resolve(name);
      } else {
        continue;
      }
      if (Files.isRegularFile(partner)) {
        out.add(new Pair(stem, read(f), read(partner)));
      } else {
        unmatched.add(name);
      }
    }
    if (out.isEmpty()) {
      List<String> folders = entries.stream().filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .toList();
      throw new IOException("no spun/original pairs found in " + spun
          + (orig == null ? "" : " and " + orig) + " (expected NAME.spun.txt beside NAME.orig.txt)"
          + (folders.isEmpty() ? "" : "; sub-folders are not searched: name one of " + spun + "'s " + folders.size()
              + " (" + String.join(", ", folders.subList(0, Math.min(3, folders.size())))
              + (folders.size() > 3 ? ", ..." : "") + ") instead"));
    }
    return out;
  }

  private static String stem(Path p) {
    String n = p.getFileName().toString();
    for (String suffix : new String[] {".spun.txt", ".orig.txt", ".txt"}) {
      if (n.endsWith(suffix)) {
        return n.substring(0, n.length() - suffix.length());
      }
    }
    return n;
  }

  private static String read(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      // where, and what to do about it, as restore and detect say it of a file
      int at = org.unspin.text.Utf8.invalidAt(bytes, 0, bytes.length);
      if (at < 0) {
        throw new IOException(p + ": not valid UTF-8", e);
      }
      throw new IOException(p + ": " + org.unspin.text.Utf8.fault(bytes, at) + " at byte offset " + at + " ("
          + org.unspin.text.Utf8.hint(bytes, at) + ")", e);
    }
  }
}
