// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spin-resistant fingerprints: the pure per-record functions of tracing, usable from any driver (the CLI index, a
 * Spark job) on {@code (url, text)} records.
 *
 * <p>A text's features are hashes of what synonym spinners leave alone (DSpin's "immutables"):
 * <ul>
 *   <li>immutable terms and consecutive pairs of them: numbers (normalised, so "five" and "5" match), capitalised
 *       words that do not start a sentence and all-capital words (names), and long content words (rare words);
 *   <li>shingles of the function-word skeleton: the text with every content word replaced by a placeholder, names
 *       and numbers by their own placeholders, and function words and sentence punctuation kept;
 *   <li>optionally, plain word shingles, which survive where a spinner left a run of words alone.
 * </ul>
 * The set of features is summarised by a MinHash signature ({@link #signature(long[])}, unsigned 32-bit values),
 * and signatures are cut into LSH bands ({@link #bandKeys(int[])}) so that an index finds documents whose features
 * overlap without comparing against every document.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Fingerprinter {

  /** Signature value of an empty feature set; such signatures produce no band keys. */
  public static final int EMPTY = -1;

  private static final long TAG_IMMUTABLE = 0x1001;
  private static final long TAG_IMMUTABLE_PAIR = 0x1002;
  private static final long TAG_SKELETON = 0x1003;
  private static final long TAG_WORDS = 0x1004;
  private static final long SLOT_CONTENT = Hashing.hash("\u0001w");
  private static final long SLOT_NAME = Hashing.hash("\u0001N");
  private static final long SLOT_NUMBER = Hashing.hash("\u0001#");

  private final FingerprintSettings settings;
  private final long[] mul;
  private final long[] add;

  private Fingerprinter(FingerprintSettings settings) {
    this.settings = settings;
    int k = settings.numHashes();
    this.mul = new long[k];
    this.add = new long[k];
    long s = settings.seed();
    for (int i = 0; i < k; i++) {
      mul[i] = Hashing.mix64(s + (2L * i + 1) * Hashing.GOLDEN) | 1L;
      add[i] = Hashing.mix64(s ^ ((2L * i + 2) * Hashing.GOLDEN));
    }
  }

  /** A fingerprinter with {@code settings}. */
  public static Fingerprinter of(FingerprintSettings settings) {
    return new Fingerprinter(settings);
  }

  public FingerprintSettings settings() {
    return settings;
  }

  /** The features of {@code text}. */
  public Features features(String text) {
    List<Terms.Term> terms = Terms.of(text, settings.rareWordLength());
    int n = terms.size();
    int[] wordIndex = new int[n];
    long[] termHash = new long[n];
    long[] slot = new long[n];
    int words = 0;
    for (int i = 0; i < n; i++) {
      Terms.Term t = terms.get(i);
      wordIndex[i] = words;
      if (t.isWord()) {
        words++;
      }
      termHash[i] = Hashing.hash(t.norm());
      switch (t.kind()) {
        case NUMBER:
          slot[i] = SLOT_NUMBER;
          break;
        case NAME:
          slot[i] = SLOT_NAME;
          break;
        case RARE:
        case CONTENT:
          slot[i] = SLOT_CONTENT;
          break;
        default:
          slot[i] = termHash[i];
      }
    }
    LongIntList out = new LongIntList(n * 4 + 8);
    // immutables and consecutive pairs of them
    int prev = -1;
    for (int i = 0; i < n; i++) {
      if (terms.get(i).isImmutable()) {
        out.add(Hashing.combine(TAG_IMMUTABLE, termHash[i]), wordIndex[i]);
        if (prev >= 0) {
          out.add(Hashing.combine(Hashing.combine(TAG_IMMUTABLE_PAIR, termHash[prev]), termHash[i]), wordIndex[prev]);
        }
        prev = i;
      }
    }
    // function-word skeleton shingles
    int k = settings.skeletonLength();
    for (int i = 0; i + k <= n; i++) {
      long h = TAG_SKELETON;
      int function = 0;
      for (int j = i; j < i + k; j++) {
        h = Hashing.combine(h, slot[j]);
        if (terms.get(j).kind() == Terms.Kind.FUNCTION) {
          function++;
        }
      }
      if (function >= 2) {
        out.add(h, wordIndex[i]);
      }
    }
    // plain word shingles
    int w = settings.wordShingleLength();
    if (w > 0) {
      int[] wordTerms = new int[n];
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (terms.get(i).isWord()) {
          wordTerms[m++] = i;
        }
      }
      for (int i = 0; i + w <= m; i++) {
        long h = TAG_WORDS;
        for (int j = i; j < i + w; j++) {
          h = Hashing.combine(h, termHash[wordTerms[j]]);
        }
        out.add(h, wordIndex[wordTerms[i]]);
      }
    }
    return new Features(out.longs(), out.ints(), words);
  }

  /**
   * The MinHash signature of a set of features: for each of {@code numHashes} hash functions, the smallest
   * (unsigned 32-bit) hash value over the set; all {@link #EMPTY} for an empty set. The fraction of positions where
   * two signatures agree estimates the Jaccard similarity of the two sets, and the element-wise minimum of two
   * signatures is the signature of the union of their sets.
   *
   * @param features distinct feature hashes (order does not matter)
   */
  public int[] signature(long[] features) {
    return signature(features, mul.length);
  }

  /** The first {@code k} values of {@link #signature(long[])}: the same hash functions, the others left out. */
  int[] signature(long[] features, int k) {
    long[] min = new long[k];
    Arrays.fill(min, Long.MAX_VALUE);
    for (long f : features) {
      long y = Hashing.mix64(f);
      for (int i = 0; i < k; i++) {
        long v = (mul[i] * y + add[i]) >>> 32;
        if (v < min[i]) {
          min[i] = v;
        }
      }
    }
    int[] sig = new int[k];
    for (int i = 0; i < k; i++) {
      sig[i] = features.length == 0 ? EMPTY : (int) min[i];
    }
    return sig;
  }

  /** The element-wise minimum of two signatures: the signature of the union of their feature sets. */
  public static int[] union(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + a.length + ", " + b.length);
    }
    int[] out = new int[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = Integer.compareUnsigned(a[i], b[i]) <= 0 ? a[i] : b[i];
    }
    return out;
  }

  /** The estimated Jaccard similarity of the feature sets behind two signatures: the fraction of equal positions. */
  public static double similarity(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures of different lengths: " + a.length + ", " + b.length);
    }
    if (a.length == 0 || a[0] == EMPTY && isEmpty(a) || b[0] == EMPTY && isEmpty(b)) {
      return 0;
    }
    int eq = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        eq++;
      }
    }
    return (double) eq / a.length;
  }

  static boolean isEmpty(int[] sig) {
    for (int v : sig) {
      if (v != EMPTY) {
        return false;
      }
    }
    return true;
  }

  /**
   * The LSH band keys of a signature: one 64-bit key per band of {@code rowsPerBand} consecutive values, mixed with
   * the band's index so equal values in different bands do not collide. Two documents are candidates when they share
   * a key. An empty signature has no keys.
   */
  public long[] bandKeys(int[] signature) {
    if (isEmpty(signature)) {
      return new long[0];
    }
    int r = settings.rowsPerBand();
    int b = signature.length / r;
    long[] keys = new long[b];
    for (int band = 0; band < b; band++) {
      long h = Hashing.mix64(band + 1L);
      for (int j = band * r; j < band * r + r; j++) {
        h = Hashing.combine(h, signature[j] & 0xFFFFFFFFL);
      }
      keys[band] = h;
    }
    return keys;
  }

  /**
   * The word windows a text of {@code words} words is fingerprinted in: the whole text when it has at most 1.5
   * {@link FingerprintSettings#segmentWords()} words, otherwise half-overlapping windows of that many words, the last
   * one ending at the end. Each element is {@code {from, to}}.
   */
  public List<int[]> windows(int words) {
    int w = settings.segmentWords();
    if (words <= w + w / 2) {
      List<int[]> out = new ArrayList<>();
      out.add(new int[] {0, Math.max(words, 1)});
      return out;
    }
    return halfOverlapping(words, w);
  }

  /**
   * Half-overlapping windows of {@code size} words over a text of more than {@code size} words, the last one ending
   * at its end: {@code {from, to}} each.
   */
  static List<int[]> halfOverlapping(int words, int size) {
    List<int[]> out = new ArrayList<>();
    int step = size / 2;
    for (int from = 0; ; from += step) {
      if (from + size >= words) {
        out.add(new int[] {Math.max(0, words - size), words});
        return out;
      }
      out.add(new int[] {from, from + size});
    }
  }

  /**
   * The fine windows of a text of {@code words} words ({@link FingerprintSettings#fineWords()}): half-overlapping
   * windows of that many words when the text has more than 1.5 times as many, otherwise none (the text's own
   * windows are small enough). Each element is {@code {from, to}}.
   */
  public List<int[]> fineWindows(int words) {
    int w = settings.fineWords();
    if (w == 0 || words <= w + w / 2) {
      return List.of();
    }
    return halfOverlapping(words, w);
  }

  /**
   * The keys of each fine window of {@code features} ({@link #fineWindows(int)}): the first
   * {@link FingerprintSettings#fineBands()} band keys of the window's signature, cut to 32 bits, as
   * {@link #fineKeys(long[])} gives them for a query's.
   */
  public List<int[]> fineBandKeys(Features features) {
    List<int[]> ws = fineWindows(features.words());
    List<int[]> out = new ArrayList<>(ws.size());
    int k = settings.fineBands() * settings.rowsPerBand();
    for (int[] w : ws) {
      out.add(fineKeys(bandKeys(signature(features.window(w[0], w[1]), k))));
    }
    return out;
  }

  /** The keys fine windows are looked up with: the first of a signature's {@link #bandKeys}, cut to 32 bits. */
  public int[] fineKeys(long[] bandKeys) {
    int[] out = new int[Math.min(bandKeys.length, settings.fineBands())];
    for (int b = 0; b < out.length; b++) {
      out[b] = FineTable.key(bandKeys[b]);
    }
    return out;
  }

  /** One signature per window of {@code features} (see {@link #windows(int)}). */
  public List<int[]> segmentSignatures(Features features) {
    List<int[]> out = new ArrayList<>();
    List<int[]> ws = windows(features.words());
    if (ws.size() == 1) {
      out.add(signature(features.distinct()));
      return out;
    }
    for (int[] w : ws) {
      out.add(signature(features.window(w[0], w[1])));
    }
    return out;
  }

  /**
   * Everything an index or a crawl job stores about one record: its segment signatures and their band keys.
   * A pure function of {@code (url, text)}; {@code normaliser} (for instance a restorer), when given, adds the
   * features of its output to the text's own.
   */
  public Fingerprint fingerprint(String url, String text, java.util.function.UnaryOperator<String> normaliser) {
    return fingerprint(url, features(text, normaliser));
  }

  /** The features of {@code text}, with those of {@code normaliser}'s output when it is not null. */
  Features features(String text, java.util.function.UnaryOperator<String> normaliser) {
    Features f = features(text);
    if (normaliser != null) {
      f = f.union(features(normaliser.apply(text)));
    }
    return f;
  }

  /** {@link #fingerprint(String, String, java.util.function.UnaryOperator)} of a record's features. */
  Fingerprint fingerprint(String url, Features f) {
    List<int[]> sigs = segmentSignatures(f);
    List<long[]> keys = new ArrayList<>(sigs.size());
    for (int[] s : sigs) {
      keys.add(bandKeys(s));
    }
    return new Fingerprint(url, f.words(), sigs, keys);
  }

  /** A growable pair of parallel long and int arrays. */
  private static final class LongIntList {
    private long[] longs;
    private int[] ints;
    private int size;

    LongIntList(int capacity) {
      longs = new long[capacity];
      ints = new int[capacity];
    }

    void add(long l, int i) {
      if (size == longs.length) {
        longs = Arrays.copyOf(longs, size * 2 + 8);
        ints = Arrays.copyOf(ints, size * 2 + 8);
      }
      longs[size] = l;
      ints[size] = i;
      size++;
    }

    long[] longs() {
      return Arrays.copyOf(longs, size);
    }

    int[] ints() {
      return Arrays.copyOf(ints, size);
    }
  }
}
