// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.unspin.lm.LanguageModel;
import org.unspin.fetch.ModelFormatException;

/**
 * The versioned binary model format ({@code docs/formats/lm-binary.md}): builds images from {@link NgramData},
 * writes them to files, and opens images on the heap or memory-mapped. Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ModelImages {

  private static final System.Logger LOG = System.getLogger(ModelImages.class.getName());

  /** The first 8 bytes of every image. */
  public static final byte[] MAGIC = "UNSPINLM".getBytes(StandardCharsets.US_ASCII);
  /** The last 8 bytes of every image. */
  public static final byte[] FOOTER = "UNSPEND1".getBytes(StandardCharsets.US_ASCII);
  /** The format version this code reads and writes. */
  public static final int VERSION = 4;
  static final int KIND_NGRAM = 1;
  static final int KIND_MIXTURE = 2;
  static final int HEADER = 72;
  static final int TABLE_ENTRY = 48;
  static final int COMPONENT_ENTRY = 48;
  /** Hash table load factor: slots = count / LOAD (at least count + 1). */
  static final double LOAD = 0.7;

  private ModelImages() {}

  /** A component of a mixture: an n-gram image, the union-to-component word map, extra log10 per union word. */
  public record Component(ByteBuffer image, int[] map, float[] extra, float[] extraInitial, double weight) {

    /** A component whose share factors do not depend on the position in the sentence. */
    public Component(ByteBuffer image, int[] map, float[] extra, double weight) {
      this(image, map, extra, extra, weight);
    }
  }

  // ---------------------------------------------------------------- writing

  /** The image of a backoff model. {@code data} must contain {@code <unk> <s> </s>} with unigram entries. */
  public static ByteBuffer build(NgramData data) {
    int order = data.order();
    int v = data.vocabularySize();
    List<String> words = new ArrayList<>(v);
    for (int i = 0; i < v; i++) {
      words.add(data.word(i));
    }
    byte[] vocab = vocabularyBytes(words);
    long pos = align(HEADER + (long) TABLE_ENTRY * Math.max(0, order - 1));
    long vocabOff = pos;
    pos = align(pos + vocab.length);
    long uniOff = pos;
    pos = align(pos + 8L * v);
    long[] count = new long[order + 1];
    long[] slots = new long[order + 1];
    long[] keyOff = new long[order + 1];
    long[] codeOff = new long[order + 1];
    for (int n = 2; n <= order; n++) {
      count[n] = data.count(n);
      slots[n] = (Math.max(count[n] + 1, (long) Math.ceil(count[n] / LOAD)) + 7) & ~7L;
      if (slots[n] >= Integer.MAX_VALUE / 8) {
        throw new IllegalArgumentException("too many " + n + "-grams for one table: " + count[n]);
      }
      pos = (pos + 63) & ~63L; // slot arrays start on a cache line
      keyOff[n] = pos;
      pos = align(pos + 8 * slots[n]);
      codeOff[n] = pos;
      pos = align(pos + 4L * Quantizer.SIZE * (n < order ? 2 : 1));
    }
    long length = pos + FOOTER.length;
    if (length > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("model image over 2 GiB: " + length + " bytes");
    }
    ByteBuffer b = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
    header(b, KIND_NGRAM, length, order, flags(data.lowercase(), data.numberClass()), v,
        data.idOf(WordPolicy.UNK), data.idOf(WordPolicy.BOS), data.idOf(WordPolicy.EOS), vocabOff, vocab.length);
    b.putLong(64, uniOff);
    b.put((int) vocabOff, vocab);
    for (int i = 0; i < v; i++) {
      b.putFloat((int) (uniOff + 4L * i), data.unigramLog10Prob(i));
      b.putFloat((int) (uniOff + 4L * v + 4L * i), data.hasUnigram(i) ? data.unigramLog10Backoff(i) : 0f);
    }
    int[] gram = new int[order];
    for (int n = 2; n <= order; n++) {
      int e = HEADER + TABLE_ENTRY * (n - 2);
      b.putLong(e, count[n]).putLong(e + 8, slots[n]).putLong(e + 16, keyOff[n]).putLong(e + 24, 0)
          .putLong(e + 32, 0).putLong(e + 40, codeOff[n]);
      int c = (int) count[n];
      float[] pv = new float[c];
      float[] bv = new float[c];
      for (int i = 0; i < c; i++) {
        pv[i] = data.log10Prob(n, i);
        bv[i] = data.log10Backoff(n, i);
      }
      Quantizer pq = Quantizer.of(pv, c);
      Quantizer bq = n < order ? Quantizer.of(bv, c) : null;
      writeFloats(b, codeOff[n], pq.codes());
      if (bq != null) {
        writeFloats(b, codeOff[n] + 4L * Quantizer.SIZE, bq.codes());
      }
      int size = (int) slots[n];
      boolean top = n == order;
      for (int i = 0; i < c; i++) {
        data.gram(n, i, gram);
        long h = NgramHash.key(gram, 0, n);
        long fp = fingerprint(h, top);
        int s = home(h, size);
        boolean clash = false;
        while (true) {
          long at = b.getLong((int) (keyOff[n] + 8L * s));
          if (at == 0) {
            break;
          }
          if ((top ? at >>> 16 : at >>> 32) == fp) {
            clash = true;
            break;
          }
          if (++s == size) {
            s = 0;
          }
        }
        if (clash) {
          // a repeated n-gram, or (about once in 10^9 n-grams) two whose fingerprints meet in one probe run:
          // the first one stays
          LOG.log(System.Logger.Level.WARNING, "dropped {0}-gram \"{1}\": repeated or fingerprint clash", n,
              describe(data, gram, n));
          continue;
        }
        long value = top ? pq.encode(pv[i]) & 0xFFFFL
            : (pq.encode(pv[i]) & 0xFFFFL) << 16 | (bq.encode(bv[i]) & 0xFFFFL);
        b.putLong((int) (keyOff[n] + 8L * s), (top ? fp << 16 : fp << 32) | value);
      }
    }
    b.put((int) (length - FOOTER.length), FOOTER);
    return b;
  }

  /**
   * The first slot probed for hash {@code h}: the start of one of the table's 8-slot (64-byte) buckets, chosen by the
   * high 32 bits of {@code h}; probing goes on linearly, so most lookups read one cache line.
   *
   * <p>The part of an n-gram's 64-bit hash stored in its slot: the low 48 bits for the top order (16 bits of
   * probability beside it), the low 32 bits below (16 bits each of probability and backoff); never 0, so an all-zero
   * slot is empty. The slot's position comes from the high 32 bits.
   */
  static int home(long h, int size) {
    return (int) ((((h >>> 32) * (size >>> 3)) >>> 32) << 3);
  }

  static long fingerprint(long h, boolean top) {
    long fp = top ? h & 0xFFFF_FFFF_FFFFL : h & 0xFFFF_FFFFL;
    return fp == 0 ? 1 : fp;
  }

  private static String describe(NgramData data, int[] gram, int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append(i == 0 ? "" : " ").append(data.word(gram[i]));
    }
    return s.toString();
  }

  /** The image of a linear mixture of n-gram images over the vocabulary {@code words}. */
  public static ByteBuffer mixture(List<String> words, boolean numberClass, List<Component> components) {
    int v = words.size();
    byte[] vocab = vocabularyBytes(words);
    int k = components.size();
    long pos = align(HEADER + (long) COMPONENT_ENTRY * k);
    long vocabOff = pos;
    pos = align(pos + vocab.length);
    long[] mapOff = new long[k];
    long[] extraOff = new long[k];
    long[] initialOff = new long[k];
    long[] imageOff = new long[k];
    for (int c = 0; c < k; c++) {
      mapOff[c] = pos;
      pos = align(pos + 4L * v);
      extraOff[c] = pos;
      pos = align(pos + 4L * v);
      initialOff[c] = pos;
      pos = align(pos + 4L * v);
      pos = (pos + 63) & ~63L; // keeps the component's slot arrays on cache-line boundaries
      imageOff[c] = pos;
      pos = align(pos + components.get(c).image().capacity());
    }
    long length = pos + FOOTER.length;
    if (length > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("model image over 2 GiB: " + length + " bytes");
    }
    int order = 1;
    for (Component c : components) {
      order = Math.max(order, c.image().order(ByteOrder.LITTLE_ENDIAN).getInt(24));
    }
    ByteBuffer b = ByteBuffer.allocate((int) length).order(ByteOrder.LITTLE_ENDIAN);
    header(b, KIND_MIXTURE, length, order, flags(false, numberClass), v, words.indexOf(WordPolicy.UNK),
        words.indexOf(WordPolicy.BOS), words.indexOf(WordPolicy.EOS), vocabOff, vocab.length);
    b.putInt(64, k);
    b.put((int) vocabOff, vocab);
    for (int c = 0; c < k; c++) {
      Component comp = components.get(c);
      int e = HEADER + COMPONENT_ENTRY * c;
      b.putDouble(e, comp.weight()).putLong(e + 8, mapOff[c]).putLong(e + 16, extraOff[c]).putLong(e + 24, imageOff[c])
          .putLong(e + 32, comp.image().capacity()).putLong(e + 40, initialOff[c]);
      for (int i = 0; i < v; i++) {
        b.putInt((int) (mapOff[c] + 4L * i), comp.map()[i]);
        b.putFloat((int) (extraOff[c] + 4L * i), comp.extra()[i]);
        b.putFloat((int) (initialOff[c] + 4L * i), comp.extraInitial()[i]);
      }
      ByteBuffer src = comp.image().duplicate();
      src.clear();
      b.put((int) imageOff[c], src, 0, src.capacity());
    }
    b.put((int) (length - FOOTER.length), FOOTER);
    return b;
  }

  private static void header(ByteBuffer b, int kind, long length, int order, int flags, int v, int unk, int bos,
      int eos, long vocabOff, long vocabBytes) {
    b.put(0, MAGIC);
    b.putInt(8, VERSION).putInt(12, kind).putLong(16, length).putInt(24, order).putInt(28, flags).putInt(32, v)
        .putInt(36, unk).putInt(40, bos).putInt(44, eos).putLong(48, vocabOff).putLong(56, vocabBytes);
  }

  private static int flags(boolean lowercase, boolean numberClass) {
    return (lowercase ? 1 : 0) | (numberClass ? 2 : 0);
  }

  private static long align(long pos) {
    return (pos + 7) & ~7L;
  }

  private static void writeFloats(ByteBuffer b, long off, float[] values) {
    for (int i = 0; i < values.length; i++) {
      b.putFloat((int) (off + 4L * i), values[i]);
    }
  }

  private static byte[] vocabularyBytes(List<String> words) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(words.size() * 10);
    for (String w : words) {
      byte[] u = w.getBytes(StandardCharsets.UTF_8);
      if (u.length > 0xFFFF) {
        throw new IllegalArgumentException("word too long: " + w.substring(0, 40) + "...");
      }
      out.write(u.length & 0xFF);
      out.write(u.length >>> 8);
      out.write(u, 0, u.length);
    }
    return out.toByteArray();
  }

  /** Writes {@code image} to {@code file} atomically (a temporary file renamed into place). */
  public static void save(ByteBuffer image, Path file) throws IOException {
    Path tmp = org.unspin.fetch.Store.partFile(file);
    try {
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
        ByteBuffer src = image.duplicate();
        src.clear();
        while (src.hasRemaining()) {
          ch.write(src);
        }
        ch.force(false);
      } catch (IOException e) { // a full disk: "No space left on device" alone named no file
        throw org.unspin.fetch.Store.naming(e, file);
      }
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  // ---------------------------------------------------------------- reading

  /** Memory-maps {@code file} (read-only) and opens it. */
  public static LanguageModel map(Path file) throws IOException {
    return mapAndOpen(file, false);
  }

  /** Opens an image (heap or mapped); {@code path} names it in errors. */
  public static LanguageModel open(ByteBuffer image, Path path) throws ModelFormatException {
    return open(image, path, false);
  }

  /**
   * Opens an image; with {@code copyTables} the hash tables are copied into {@code long[]} arrays on the heap
   * (slower to open, larger heap, no page faults or TLB misses on the mapping while querying).
   */
  public static LanguageModel open(ByteBuffer image, Path path, boolean copyTables) throws ModelFormatException {
    ByteBuffer b = image.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    b.clear();
    return open(b, 0, b.capacity(), path, copyTables);
  }

  /** Maps {@code file} and copies its tables to the heap ({@link #open(ByteBuffer, Path, boolean)}). */
  public static LanguageModel load(Path file) throws IOException {
    return mapAndOpen(file, true);
  }

  /**
   * Memory-maps {@code file} (read-only, at most 2 GiB) and opens it as
   * {@link #open(ByteBuffer, Path, boolean)}; the channel is closed once it is open (the mapping stays valid).
   */
  private static LanguageModel mapAndOpen(Path file, boolean copyTables) throws IOException {
    if (Files.isDirectory(file)) { // FileChannel.map says "No such device", and names nothing
      throw new java.nio.file.FileSystemException(file.toString(), null, "a folder, not a language model file");
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > Integer.MAX_VALUE) {
        throw new ModelFormatException(file, Integer.MAX_VALUE, "file over 2 GiB is not a model this version maps");
      }
      return open(ch.map(FileChannel.MapMode.READ_ONLY, 0, size), file, copyTables);
    }
  }

  private static LanguageModel open(ByteBuffer all, long base, long available, Path path, boolean heap)
      throws ModelFormatException {
    if (available < HEADER + FOOTER.length) {
      throw new ModelFormatException(path, base + available, "truncated: " + available
          + " bytes is shorter than the " + (HEADER + FOOTER.length) + "-byte minimum");
    }
    ByteBuffer b = all.slice((int) base, (int) available).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < MAGIC.length; i++) {
      if (b.get(i) != MAGIC[i]) {
        throw new ModelFormatException(path, base, "not an unspin language model (bad magic)");
      }
    }
    int version = b.getInt(8);
    if (version != VERSION) {
      throw new ModelFormatException(path, base + 8, "format version " + version + ", this build reads " + VERSION);
    }
    int kind = b.getInt(12);
    long length = b.getLong(16);
    if (length != available) {
      throw new ModelFormatException(path, base + Math.min(length, available),
          "truncated or padded: header says " + length + " bytes, found " + available);
    }
    for (int i = 0; i < FOOTER.length; i++) {
      if (b.get((int) (length - FOOTER.length + i)) != FOOTER[i]) {
        throw new ModelFormatException(path, base + length - FOOTER.length, "bad footer");
      }
    }
    int order = b.getInt(24);
    int flags = b.getInt(28);
    int v = b.getInt(32);
    if (order < 1 || order > 9 || v < 3 || (long) v * 4 > length) {
      throw new ModelFormatException(path, base + 24, "bad order " + order + " or vocabulary size " + v);
    }
    long vocabOff = b.getLong(48);
    long vocabBytes = b.getLong(56);
    check(path, base, 48, vocabOff, vocabBytes, length);
    String[] words = readWords(b, (int) vocabOff, (int) vocabBytes, v, path, base);
    HashedVocabulary vocab;
    try {
      vocab = new HashedVocabulary(words, (flags & 1) != 0, (flags & 2) != 0);
    } catch (IllegalArgumentException e) {
      throw new ModelFormatException(path, base + vocabOff, e.getMessage());
    }
    checkId(path, base, 36, b.getInt(36), vocab.unknownId());
    checkId(path, base, 40, b.getInt(40), vocab.sentenceStartId());
    checkId(path, base, 44, b.getInt(44), vocab.sentenceEndId());
    if (kind == KIND_NGRAM) {
      return openNgram(b, base, length, order, v, vocab, path, heap);
    }
    if (kind == KIND_MIXTURE) {
      return openMixture(all, b, base, length, v, vocab, path, heap);
    }
    throw new ModelFormatException(path, base + 12, "unknown model kind " + kind);
  }

  private static void checkId(Path path, long base, int at, int stored, int actual) throws ModelFormatException {
    if (stored != actual) {
      throw new ModelFormatException(path, base + at, "special word id " + stored + " does not match the vocabulary");
    }
  }

  private static HashedNgramModel openNgram(ByteBuffer b, long base, long length, int order, int v,
      HashedVocabulary vocab, Path path, boolean heap) throws ModelFormatException {
    if (HEADER + (long) TABLE_ENTRY * (order - 1) > length) {
      throw new ModelFormatException(path, base + length, "truncated table directory");
    }
    long uniOff = b.getLong(64);
    check(path, base, 64, uniOff, 8L * v, length);
    FloatBuffer uniProb = b.slice((int) uniOff, 4 * v).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    FloatBuffer uniBo = b.slice((int) uniOff + 4 * v, 4 * v).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer();
    LongBuffer[] keys = new LongBuffer[order + 1];
    float[][] pc = new float[order + 1][];
    float[][] bc = new float[order + 1][];
    long[] counts = new long[order + 1];
    counts[1] = v;
    for (int n = 2; n <= order; n++) {
      int e = HEADER + TABLE_ENTRY * (n - 2);
      long count = b.getLong(e);
      long slots = b.getLong(e + 8);
      if (count < 0 || slots <= count || slots > Integer.MAX_VALUE / 8 || slots % 8 != 0) {
        throw new ModelFormatException(path, base + e, "bad " + n + "-gram table: " + count + " in " + slots);
      }
      counts[n] = count;
      int s = (int) slots;
      long keyOff = b.getLong(e + 16);
      long codeOff = b.getLong(e + 40);
      check(path, base, e + 16, keyOff, 8L * s, length);
      check(path, base, e + 40, codeOff, 4L * Quantizer.SIZE * (n < order ? 2 : 1), length);
      keys[n] = b.slice((int) keyOff, 8 * s).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer();
      if (heap) {
        long[] copy = new long[s];
        keys[n].get(0, copy);
        keys[n] = LongBuffer.wrap(copy);
      }
      pc[n] = readFloats(b, codeOff, Quantizer.SIZE);
      if (n < order) {
        bc[n] = readFloats(b, codeOff + 4L * Quantizer.SIZE, Quantizer.SIZE);
      }
    }
    return new HashedNgramModel(vocab, order, uniProb, uniBo, keys, pc, bc, counts, length);
  }

  private static MixtureModel openMixture(ByteBuffer all, ByteBuffer b, long base, long length, int v,
      HashedVocabulary vocab, Path path, boolean heap) throws ModelFormatException {
    int k = b.getInt(64);
    if (k < 1 || k > 16 || HEADER + (long) COMPONENT_ENTRY * k > length) {
      throw new ModelFormatException(path, base + 64, "bad component count " + k);
    }
    HashedNgramModel[] comps = new HashedNgramModel[k];
    int[][] maps = new int[k][];
    float[][] extras = new float[k][];
    float[][] initials = new float[k][];
    double[] weights = new double[k];
    double sum = 0;
    for (int c = 0; c < k; c++) {
      int e = HEADER + COMPONENT_ENTRY * c;
      weights[c] = b.getDouble(e);
      if (!(weights[c] >= 0 && weights[c] <= 1)) {
        throw new ModelFormatException(path, base + e, "bad weight " + weights[c]);
      }
      sum += weights[c];
      long mapOff = b.getLong(e + 8);
      long extraOff = b.getLong(e + 16);
      long imageOff = b.getLong(e + 24);
      long imageLen = b.getLong(e + 32);
      long initialOff = b.getLong(e + 40);
      check(path, base, e + 8, mapOff, 4L * v, length);
      check(path, base, e + 16, extraOff, 4L * v, length);
      check(path, base, e + 40, initialOff, 4L * v, length);
      check(path, base, e + 24, imageOff, imageLen, length);
      LanguageModel m = open(all, base + imageOff, imageLen, path, heap);
      if (!(m instanceof HashedNgramModel)) {
        throw new ModelFormatException(path, base + imageOff, "a mixture component must be an n-gram model");
      }
      comps[c] = (HashedNgramModel) m;
      int cv = comps[c].vocabulary().size();
      maps[c] = new int[v];
      extras[c] = new float[v];
      initials[c] = new float[v];
      for (int i = 0; i < v; i++) {
        initials[c][i] = b.getFloat((int) (initialOff + 4L * i));
        int id = b.getInt((int) (mapOff + 4L * i));
        if (id < 0 || id >= cv) {
          throw new ModelFormatException(path, base + mapOff + 4L * i, "word map entry " + id + " out of range");
        }
        maps[c][i] = id;
        extras[c][i] = b.getFloat((int) (extraOff + 4L * i));
      }
    }
    if (Math.abs(sum - 1) > 1e-6) {
      throw new ModelFormatException(path, base + HEADER, "weights sum to " + sum + ", not 1");
    }
    return new MixtureModel(vocab, comps, maps, extras, initials, weights, length);
  }

  private static void check(Path path, long base, int at, long off, long len, long length)
      throws ModelFormatException {
    if (off < HEADER || len < 0 || off + len > length - FOOTER.length || (off & 7) != 0) {
      throw new ModelFormatException(path, base + at,
          "section [" + off + ", " + (off + len) + ") lies outside the " + length + "-byte image");
    }
  }

  private static float[] readFloats(ByteBuffer b, long off, int n) {
    float[] f = new float[n];
    b.slice((int) off, 4 * n).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(f);
    return f;
  }

  private static String[] readWords(ByteBuffer b, int off, int len, int v, Path path, long base)
      throws ModelFormatException {
    String[] words = new String[v];
    int p = off;
    int end = off + len;
    byte[] tmp = new byte[256];
    for (int i = 0; i < v; i++) {
      if (p + 2 > end) {
        throw new ModelFormatException(path, base + p, "vocabulary ends after " + i + " of " + v + " words");
      }
      int n = (b.get(p) & 0xFF) | (b.get(p + 1) & 0xFF) << 8;
      p += 2;
      if (p + n > end) {
        throw new ModelFormatException(path, base + p, "word " + i + " runs past the vocabulary section");
      }
      if (n > tmp.length) {
        tmp = new byte[n];
      }
      b.get(p, tmp, 0, n);
      words[i] = new String(tmp, 0, n, StandardCharsets.UTF_8);
      p += n;
    }
    return words;
  }
}
