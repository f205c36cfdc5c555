// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.sphinx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.unspin.fetch.ModelFormatException;
import org.unspin.lm.store.NgramData;
import org.unspin.lm.store.WordPolicy;

/**
 * Imports a sphinxbase "Trie Language Model" binary ({@code sphinx_lm_convert} output, such as CMU Sphinx's
 * {@code en-us.lm.bin}) without sphinx4 at run time. The layout, as sphinxbase's {@code lm_trie.c} writes it
 * (all little-endian):
 *
 * <ol>
 *   <li>the 19 ASCII bytes {@code Trie Language Model}, the order (1 byte), one int32 count per order;
 *   <li>the quantisation type (int32: 0 none, 1 16-bit), then for each order 2..N a 65,536-float probability
 *       codebook and, below N, a backoff codebook;
 *   <li>(unigrams + 1) records {@code float prob, float backoff, int32 next}; {@code next} is the first bigram
 *       entry whose last word is this word;
 *   <li>a bit-packed, reversed trie: each order-n entry holds the word before (word bits), its quantised
 *       backoff and probability (16 bits each; the top order has only the probability), and below the top order
 *       the index of its first entry in the next order;
 *   <li>the vocabulary: an int32 byte length, then NUL-terminated words in id order.
 * </ol>
 *
 * <p>Values are logarithms to base 1.0001 (sphinxbase's {@code logmath}); they are converted to log10. Words are
 * lower-cased ({@code <UNK>} becomes {@code <unk>}). Stateless.
 *
 * @since 0.1
 */
public final class SphinxTrie {

  /** The entry of the model inside the {@code sphinx4-data} jar. */
  public static final String JAR_ENTRY = "edu/cmu/sphinx/models/en-us/en-us.lm.bin";

  private static final String HEADER = "Trie Language Model";
  private static final double TO_LOG10 = Math.log10(1.0001);

  private SphinxTrie() {}

  /** Reads the model inside the {@code sphinx4-data} jar. */
  public static NgramData readJar(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      ZipEntry e = zip.getEntry(JAR_ENTRY);
      if (e == null) {
        throw new ModelFormatException(jar, 0, "no " + JAR_ENTRY + " inside");
      }
      try (InputStream in = zip.getInputStream(e)) {
        return read(in.readAllBytes(), jar.resolve(JAR_ENTRY));
      }
    }
  }

  /** Reads a trie model from its bytes; {@code name} appears in errors. */
  public static NgramData read(byte[] bytes, Path name) throws ModelFormatException {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    try {
      return parse(b, name);
    } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
      throw new ModelFormatException(name, b.position(), "truncated Sphinx trie model");
    }
  }

  private static NgramData parse(ByteBuffer b, Path name) throws ModelFormatException {
    byte[] head = new byte[HEADER.length()];
    b.get(head);
    if (!HEADER.equals(new String(head, StandardCharsets.US_ASCII))) {
      throw new ModelFormatException(name, 0, "not a Sphinx trie model");
    }
    int order = b.get();
    if (order < 1 || order > 5) {
      throw new ModelFormatException(name, HEADER.length(), "bad order " + order);
    }
    int[] counts = new int[order];
    for (int i = 0; i < order; i++) {
      counts[i] = b.getInt();
      if (counts[i] < 0) {
        throw new ModelFormatException(name, b.position() - 4, "bad count " + counts[i]);
      }
    }
    float[][] probCodes = new float[order + 1][];
    float[][] boCodes = new float[order + 1][];
    if (order > 1) {
      int quant = b.getInt();
      if (quant != 1) {
        throw new ModelFormatException(name, b.position() - 4, "only 16-bit quantised tries are supported, got type "
            + quant);
      }
      for (int n = 2; n <= order; n++) {
        probCodes[n] = floats(b, 1 << 16);
        if (n < order) {
          boCodes[n] = floats(b, 1 << 16);
        }
      }
    }
    int v = counts[0];
    float[] uniProb = new float[v + 1];
    float[] uniBo = new float[v + 1];
    int[] uniNext = new int[v + 1];
    for (int i = 0; i <= v; i++) {
      uniProb[i] = (float) (b.getFloat() * TO_LOG10);
      uniBo[i] = (float) (b.getFloat() * TO_LOG10);
      uniNext[i] = b.getInt();
    }
    int wordBits = bits(v);
    int[] memPtr = new int[order + 1];
    int[] totalBits = new int[order + 1];
    int[] nextBits = new int[order + 1];
    int ptr = b.position();
    for (int n = 2; n <= order; n++) {
      int entry = wordBits;
      if (n == order) {
        entry += 16;
      } else {
        nextBits[n] = bits(counts[n]);
        entry += 32 + nextBits[n];
      }
      totalBits[n] = entry;
      memPtr[n] = ptr;
      ptr += (int) (((1L + counts[n - 1]) * entry + 7) / 8 + 8);
    }
    if (ptr + 4 > b.limit()) {
      throw new ModelFormatException(name, b.limit(), "trie runs past the end of the file");
    }
    b.position(ptr);
    int len = b.getInt();
    if (len <= 0 || b.remaining() < len) {
      throw new ModelFormatException(name, ptr, "bad vocabulary size " + len);
    }
    String[] words = new String[v];
    int start = b.position();
    int s = 0;
    int wordStart = start;
    for (int i = start; i < start + len && s < v; i++) {
      if (b.get(i) == 0) {
        words[s++] = new String(b.array(), wordStart, i - wordStart, StandardCharsets.UTF_8);
        wordStart = i + 1;
      }
    }
    if (s != v) {
      throw new ModelFormatException(name, start, "vocabulary has " + s + " words, header says " + v);
    }
    NgramData data = NgramData.create(order).lowercase(true);
    for (int i = 0; i < v; i++) {
      String w = words[i].equals("<UNK>") ? WordPolicy.UNK : words[i].toLowerCase(Locale.ROOT);
      if (data.idOf(w) >= 0) {
        w = words[i]; // keep a case-only duplicate distinct rather than merge
      }
      int id = data.idOrAdd(w);
      if (id != i) {
        throw new ModelFormatException(name, start, "duplicate word " + words[i]);
      }
      data.addUnigram(w, uniProb[i], uniBo[i]);
    }
    // walk the reversed trie: unigram w -> bigram entries (u) -> trigram entries (t) ...
    int[] gram = new int[order];
    for (int w = 0; w < v && order > 1; w++) {
      walk(b, name, data, counts, memPtr, totalBits, nextBits, wordBits, probCodes, boCodes, 2, uniNext[w],
          uniNext[w + 1], gram, w, order);
    }
    return data.completeSpecials(NgramData.DEFAULT_UNK_LOG10);
  }

  private static void walk(ByteBuffer b, Path name, NgramData data, int[] counts, int[] memPtr, int[] totalBits,
      int[] nextBits, int wordBits, float[][] probCodes, float[][] boCodes, int n, int begin, int end, int[] gram,
      int last, int order) throws ModelFormatException {
    if (begin < 0 || end < begin || end > counts[n - 1]) {
      throw new ModelFormatException(name, memPtr[n], "bad " + n + "-gram range " + begin + ".." + end);
    }
    // gram holds, from the end, the newer words: gram[order - n + 1 .. order) ; the newest is gram[order-1]
    gram[order - 1] = last;
    for (int e = begin; e < end; e++) {
      long bit = (long) e * totalBits[n];
      int word = (int) read(b, memPtr[n], bit, wordBits);
      if (word >= counts[0]) {
        throw new ModelFormatException(name, memPtr[n] + bit / 8, "word id " + word + " out of range");
      }
      gram[order - n] = word;
      float prob;
      float bo = 0f;
      if (n == order) {
        prob = probCodes[n][(int) read(b, memPtr[n], bit + wordBits, 16)];
      } else {
        bo = boCodes[n][(int) read(b, memPtr[n], bit + wordBits, 16)];
        prob = probCodes[n][(int) read(b, memPtr[n], bit + wordBits + 16, 16)];
      }
      data.add(gram, order - n, order, (float) (prob * TO_LOG10), (float) (bo * TO_LOG10));
      if (n < order) {
        int nb = (int) read(b, memPtr[n], bit + wordBits + 32, nextBits[n]);
        int ne = (int) read(b, memPtr[n], bit + totalBits[n] + wordBits + 32, nextBits[n]);
        walk(b, name, data, counts, memPtr, totalBits, nextBits, wordBits, probCodes, boCodes, n + 1, nb, ne, gram,
            last, order);
      }
    }
  }

  private static long read(ByteBuffer b, int memPtr, long bitOffset, int bits) {
    int idx = memPtr + (int) (bitOffset >>> 3);
    long v = b.getLong(idx);
    return (v >>> (bitOffset & 7)) & ((1L << bits) - 1);
  }

  private static float[] floats(ByteBuffer b, int n) {
    float[] f = new float[n];
    for (int i = 0; i < n; i++) {
      f[i] = b.getFloat();
    }
    return f;
  }

  private static int bits(int max) {
    if (max == 0) {
      return 0;
    }
    return 32 - Integer.numberOfLeadingZeros(max);
  }
}
