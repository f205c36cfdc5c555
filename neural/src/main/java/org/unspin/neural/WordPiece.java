// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.unspin.text.Tokenizer;

/**
 * BERT's WordPiece tokeniser for a cased vocabulary, as in Google's {@code tokenization.py} with
 * {@code do_lower_case=False}: control characters are dropped, CJK ideographs and punctuation become tokens of their
 * own, then each word is split greedily into the longest vocabulary pieces from the left, continuation pieces
 * carrying the {@code ##} prefix; a word that cannot be split (or is longer than 100 characters) becomes
 * {@code [UNK]}. No accent stripping (the cased model keeps accents).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class WordPiece {

  /** The special tokens of the BERT vocabulary. */
  public static final String CLS = "[CLS]";
  public static final String SEP = "[SEP]";
  public static final String MASK = "[MASK]";
  public static final String UNK = "[UNK]";
  public static final String PAD = "[PAD]";

  private static final int MAX_CHARS_PER_WORD = 100;

  private final String[] pieces;
  private final Map<String, Integer> ids;
  private final int unk;
  private final int cls;
  private final int sep;
  private final int mask;

  WordPiece(List<String> vocabulary) {
    this.pieces = vocabulary.toArray(new String[0]);
    this.ids = new HashMap<>(vocabulary.size() * 2);
    for (int i = 0; i < pieces.length; i++) {
      ids.putIfAbsent(pieces[i], i);
    }
    this.unk = require(UNK);
    this.cls = require(CLS);
    this.sep = require(SEP);
    this.mask = require(MASK);
  }

  private int require(String special) {
    Integer id = ids.get(special);
    if (id == null) {
      throw new IllegalArgumentException("the vocabulary has no " + special);
    }
    return id;
  }

  /** A tokeniser over {@code vocabulary}, one piece per entry, ids in list order. */
  public static WordPiece of(List<String> vocabulary) {
    return new WordPiece(List.copyOf(vocabulary));
  }

  /**
   * Reads a BERT {@code vocab.txt} (one piece per line, UTF-8; the line number is the id).
   *
   * @throws IOException if the file cannot be read or lacks the special tokens
   */
  public static WordPiece read(Path vocabTxt) throws IOException {
    List<String> lines = new ArrayList<>(30_000);
    try (BufferedReader r = Files.newBufferedReader(vocabTxt, StandardCharsets.UTF_8)) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line.strip());
      }
    }
    try {
      return new WordPiece(lines);
    } catch (IllegalArgumentException e) {
      throw new IOException(vocabTxt + ": " + e.getMessage(), e);
    }
  }

  /** Vocabulary size. */
  public int size() {
    return pieces.length;
  }

  /** The piece with id {@code id}. */
  public String piece(int id) {
    return pieces[id];
  }

  /** The id of {@code piece}, or {@code [UNK]}'s id. */
  public int id(String piece) {
    return ids.getOrDefault(piece, unk);
  }

  /** Whether {@code piece} is in the vocabulary. */
  public boolean contains(String piece) {
    return ids.containsKey(piece);
  }

  public int unkId() {
    return unk;
  }

  public int clsId() {
    return cls;
  }

  public int sepId() {
    return sep;
  }

  public int maskId() {
    return mask;
  }

  /** The piece ids of {@code text}, without [CLS]/[SEP]. */
  public int[] encode(String text) {
    List<String> words = basicTokens(text);
    IntList out = new IntList(words.size() + 4);
    for (String w : words) {
      wordPieces(w, out);
    }
    return out.toArray();
  }

  /** The pieces of {@code text} as strings (for tests and messages). */
  public List<String> tokenize(String text) {
    List<String> out = new ArrayList<>();
    for (int id : encode(text)) {
      out.add(pieces[id]);
    }
    return out;
  }

  /** Whether {@code word} is a single piece of the vocabulary (so one [MASK] can predict it). */
  public boolean isSinglePiece(String word) {
    return encode(word).length == 1 && ids.containsKey(word);
  }

  /** Splits one basic token greedily into pieces, appending their ids. */
  private void wordPieces(String word, IntList out) {
    int n = word.length();
    if (word.codePointCount(0, n) > MAX_CHARS_PER_WORD) {
      out.add(unk);
      return;
    }
    int mark = out.size();
    int start = 0;
    while (start < n) {
      int end = n;
      int found = -1;
      while (start < end) {
        String sub = start > 0 ? "##" + word.substring(start, end) : word.substring(start, end);
        Integer id = ids.get(sub);
        if (id != null) {
          found = id;
          break;
        }
        end -= Character.isLowSurrogate(word.charAt(end - 1)) && end - 2 >= start ? 2 : 1;
      }
      if (found < 0) {
        out.truncate(mark);
        out.add(unk);
        return;
      }
      out.add(found);
      start = end;
    }
  }

  /** Google's BasicTokenizer without lower-casing: clean, split CJK, split on whitespace and punctuation. */
  static List<String> basicTokens(String text) {
    Objects.requireNonNull(text, "text");
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == 0 || cp == 0xFFFD || isControl(cp)) {
        continue;
      }
      if (isWhitespace(cp)) {
        flush(cur, out);
      } else if (isPunctuation(cp) || isCjk(cp)) {
        flush(cur, out);
        out.add(new String(Character.toChars(cp)));
      } else {
        cur.appendCodePoint(cp);
      }
    }
    flush(cur, out);
    return out;
  }

  private static void flush(StringBuilder cur, List<String> out) {
    if (cur.length() > 0) {
      out.add(cur.toString());
      cur.setLength(0);
    }
  }

  private static boolean isWhitespace(int cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || Character.getType(cp) == Character.SPACE_SEPARATOR;
  }

  private static boolean isControl(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    int t = Character.getType(cp);
    return t == Character.CONTROL || t == Character.FORMAT || t == Character.PRIVATE_USE
        || t == Character.SURROGATE || t == Character.UNASSIGNED;
  }

  /** BERT's rule: every non-alphanumeric ASCII character, and Unicode punctuation ({@link Tokenizer#isPunctuation}). */
  static boolean isPunctuation(int cp) {
    return (cp >= 33 && cp <= 47) || (cp >= 58 && cp <= 64) || (cp >= 91 && cp <= 96) || (cp >= 123 && cp <= 126)
        || Tokenizer.isPunctuation(cp);
  }


  private static boolean isCjk(int cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x2A6DF)
        || (cp >= 0x2A700 && cp <= 0x2B73F) || (cp >= 0x2B740 && cp <= 0x2B81F) || (cp >= 0x2B820 && cp <= 0x2CEAF)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F);
  }

  /** A growable int array. Not thread-safe. */
  static final class IntList {
    private int[] a;
    private int n;

    IntList(int capacity) {
      a = new int[Math.max(4, capacity)];
    }

    void add(int v) {
      if (n == a.length) {
        a = java.util.Arrays.copyOf(a, n * 2);
      }
      a[n++] = v;
    }

    int size() {
      return n;
    }

    void truncate(int size) {
      n = size;
    }

    int[] toArray() {
      return java.util.Arrays.copyOf(a, n);
    }
  }
}
