// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.unspin.fetch.Artifacts;
import org.unspin.fetch.Deb;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/**
 * What acronyms stand for: V.E.R.A., the Virtual Entity of Relevant Acronyms ({@link Artifacts#VERA}), about 12,000
 * acronyms of computing and their expansions ("GAN": "generative adversarial network", "IOT": "internet of things").
 * A paper defines its terms with acronyms and a spinner replaces the words ("generation countermeasure network
 * (GAN)"); where a definition no longer fits its acronym, the acronym's expansion is the likely original.
 *
 * <p>Only expansions of plain words are kept, in lower case, without the dictionary's notes ("Human Computer
 * Interaction (BCS, conference)" is "human computer interaction"; "[magazin fuer] Computer Technik" and expansions
 * with digits or other signs are left out), and only acronyms of 2 to 6 letters. Immutable; thread-safe.
 *
 * @since 0.1
 */
public final class AcronymDictionary {

  /** The dictd file inside the package. */
  static final String ENTRY = "usr/share/dictd/vera.dict.dz";

  private static final Pattern ACRONYM = Pattern.compile("[A-Za-z]{2,6}");
  private static final Pattern PLAIN = Pattern.compile("[a-z][a-z' -]*[a-z]");
  private static final Pattern NOTES = Pattern.compile("\\[[^\\]]*\\]|\\([^)]*\\)?|\"[^\"]*\"");

  private final Map<String, List<String>> expansions;

  private AcronymDictionary(Map<String, List<String>> expansions) {
    this.expansions = expansions;
  }

  /** V.E.R.A. from the store, fetched on first use (a 300 KB package, read in a fraction of a second). */
  public static AcronymDictionary vera(Store store, Progress progress) throws IOException {
    return fromDeb(store.fetch(Artifacts.VERA, progress));
  }

  /** The dictionary of a {@code dict-vera} package. */
  public static AcronymDictionary fromDeb(Path deb) throws IOException {
    AcronymDictionary[] out = new AcronymDictionary[1];
    Deb.forEachFile(deb, (name, size, in) -> {
      if (name.equals(ENTRY) || name.equals("./" + ENTRY)) {
        try {
          out[0] = parse(new GZIPInputStream(in, 1 << 16), deb + "!" + ENTRY);
        } catch (ZipException e) {
          throw new ModelFormatException(deb + "!" + ENTRY, -1, "not a gzip (dictzip) file: " + e.getMessage());
        }
      }
    });
    if (out[0] == null) {
      throw new ModelFormatException(deb, -1, "no " + ENTRY + " in the package");
    }
    return out[0];
  }

  /**
   * Reads a dictd text: each entry a headword at the start of a line, then its definitions indented, one a line (the
   * first line of each is its expansion; a headword may come again with another).
   *
   * @param name the file's name, for errors
   */
  static AcronymDictionary parse(InputStream text, String name) throws IOException {
    Map<String, List<String>> out = new HashMap<>();
    BufferedReader in = new BufferedReader(new InputStreamReader(text, StandardCharsets.ISO_8859_1), 1 << 16);
    String head = null;
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isBlank()) {
        continue;
      }
      if (!Character.isWhitespace(line.charAt(0))) {
        head = line.strip();
        continue;
      }
      if (head != null) {
        String expansion = plain(line);
        if (ACRONYM.matcher(head).matches() && expansion != null) {
          List<String> list = out.computeIfAbsent(head.toUpperCase(Locale.ROOT), k -> new ArrayList<>(1));
          if (!list.contains(expansion)) {
            list.add(expansion);
          }
        }
        head = null; // the lines after an expansion continue its notes
      }
    }
    if (out.isEmpty()) {
      throw new ModelFormatException(name, -1, "no acronym with an expansion in the dictionary");
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return new AcronymDictionary(Map.copyOf(out));
  }

  /** An expansion without its notes, in lower case, or null when it is not plain words. */
  static String plain(String line) {
    String e = NOTES.matcher(line).replaceAll(" ").replace(',', ' ').strip().replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
    return PLAIN.matcher(e).matches() ? e : null;
  }

  /**
   * What {@code acronym} stands for (any case; with a plural's "s" after capitals, "GANs", what the singular stands
   * for, in the singular), in the dictionary's order, in lower case; empty when it is not in the dictionary.
   */
  public List<String> expansions(String acronym) {
    List<String> e = null;
    if (acronym.length() > 2 && acronym.endsWith("s") && Character.isUpperCase(acronym.charAt(acronym.length() - 2))) {
      e = expansions.get(acronym.substring(0, acronym.length() - 1).toUpperCase(Locale.ROOT));
    }
    if (e == null) {
      e = expansions.get(acronym.toUpperCase(Locale.ROOT));
    }
    return e == null ? List.of() : e;
  }

  /** How many acronyms the dictionary expands. */
  public int size() {
    return expansions.size();
  }
}
