// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.arpa;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.unspin.fetch.ModelFormatException;
import org.unspin.lm.store.NgramData;
import org.unspin.lm.store.WordPolicy;

/**
 * Reads ARPA back-off language models (the text format of SRILM, KenLM and IRSTLM): a {@code \data\} section with
 * {@code ngram N=count} lines, then one {@code \N-grams:} section per order with lines
 * {@code log10prob w1 ... wN [log10backoff]}, then {@code \end\}. Strict: a count that does not match, a malformed
 * number or a missing section is a {@link ModelFormatException} naming the file and the line (as the offset).
 * A model whose vocabulary lists {@code <num>} gets the number-class policy ({@link WordPolicy}). Stateless.
 *
 * @since 0.1
 */
public final class ArpaReader {

  private ArpaReader() {}

  /** Reads an ARPA file; {@code .gz} files are decompressed. */
  public static NgramData read(Path file) throws IOException {
    try (InputStream in = file.toString().endsWith(".gz")
        ? new java.util.zip.GZIPInputStream(Files.newInputStream(file), 1 << 16)
        : Files.newInputStream(file)) {
      return read(in, file);
    }
  }

  /** Reads ARPA text from {@code in}; {@code name} appears in errors. */
  public static NgramData read(InputStream in, Path name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
    long lineNo = 0;
    String line;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (line.trim().equals("\\data\\")) {
        break;
      }
    }
    if (line == null) {
      throw ModelFormatException.atLine(name, lineNo, "no \\data\\ section");
    }
    List<Long> counts = new ArrayList<>();
    while ((line = r.readLine()) != null) {
      lineNo++;
      String t = line.trim();
      if (t.isEmpty()) {
        if (counts.isEmpty()) {
          continue;
        }
        break;
      }
      if (!t.startsWith("ngram ")) {
        throw ModelFormatException.atLine(name, lineNo, "expected 'ngram N=count', got: " + t);
      }
      int eq = t.indexOf('=');
      try {
        int n = Integer.parseInt(t.substring(6, eq).trim());
        if (n != counts.size() + 1) {
          throw ModelFormatException.atLine(name, lineNo, "ngram counts out of order at " + n);
        }
        counts.add(Long.parseLong(t.substring(eq + 1).trim()));
      } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
        throw ModelFormatException.atLine(name, lineNo, "bad count line: " + t);
      }
    }
    int order = counts.size();
    if (order == 0) {
      throw ModelFormatException.atLine(name, lineNo, "no ngram counts");
    }
    NgramData data = NgramData.create(order);
    int[] ids = new int[order];
    for (int n = 1; n <= order; n++) {
      while ((line = r.readLine()) != null) {
        lineNo++;
        if (!line.trim().isEmpty()) {
          break;
        }
      }
      if (line == null || !line.trim().equals("\\" + n + "-grams:")) {
        throw ModelFormatException.atLine(name, lineNo, "expected \\" + n + "-grams:");
      }
      long expected = counts.get(n - 1);
      for (long i = 0; i < expected; i++) {
        line = r.readLine();
        lineNo++;
        if (line == null) {
          throw ModelFormatException.atLine(name, lineNo, "file ends inside the " + n + "-grams");
        }
        if (line.isBlank() || line.trim().startsWith("\\")) { // the section ends before its count
          throw ModelFormatException.atLine(name, lineNo, "the \\data\\ header counts " + expected + " " + n
              + "-grams, but the section ends after " + i);
        }
        String[] f = line.trim().split("[ \t]+");
        if (f.length != n + 1 && f.length != n + 2) {
          throw ModelFormatException.atLine(name, lineNo, "expected a log10 probability, " + n + " words and an "
              + "optional backoff weight: " + line);
        }
        float prob;
        float backoff = 0f;
        try {
          prob = Float.parseFloat(f[0]);
          if (f.length == n + 2) {
            backoff = Float.parseFloat(f[n + 1]);
          }
        } catch (NumberFormatException e) {
          throw ModelFormatException.atLine(name, lineNo, "bad number in: " + line);
        }
        if (prob > 0 || Float.isNaN(prob) || Float.isNaN(backoff)) {
          throw ModelFormatException.atLine(name, lineNo, "log10 probability must be <= 0: " + line);
        }
        if (n == 1) {
          data.addUnigram(f[1], prob, backoff);
        } else {
          for (int k = 0; k < n; k++) {
            ids[k] = data.idOrAdd(f[k + 1]);
          }
          data.add(ids, 0, n, prob, backoff);
        }
      }
    }
    while ((line = r.readLine()) != null) {
      lineNo++;
      String t = line.trim();
      if (t.equals("\\end\\")) {
        // a model that lists the number class uses it (the convention of our trainer)
        return data.numberClass(data.idOf(WordPolicy.NUMBER) >= 0).completeSpecials(NgramData.DEFAULT_UNK_LOG10);
      }
      if (!t.isEmpty()) {
        throw ModelFormatException.atLine(name, lineNo, "expected \\end\\, got: " + t);
      }
    }
    throw ModelFormatException.atLine(name, lineNo, "missing \\end\\");
  }
}
