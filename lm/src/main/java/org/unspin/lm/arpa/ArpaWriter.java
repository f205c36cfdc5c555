// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm.arpa;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unspin.lm.store.NgramData;

/**
 * Writes {@link NgramData} as an ARPA file that {@link ArpaReader} (and SRILM/KenLM) read back. Stateless.
 *
 * @since 0.1
 */
public final class ArpaWriter {

  private ArpaWriter() {}

  /** Writes {@code data} to {@code file}. */
  public static void write(NgramData data, Path file) throws IOException {
    try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
        1 << 16)) {
      write(data, w);
    }
  }

  /** Writes {@code data} as ARPA text. */
  public static void write(NgramData data, Writer w) throws IOException {
    int order = data.order();
    w.write("\\data\\\n");
    for (int n = 1; n <= order; n++) {
      w.write("ngram " + n + "=" + data.count(n) + "\n");
    }
    w.write("\n\\1-grams:\n");
    for (int i = 0; i < data.vocabularySize(); i++) {
      if (data.hasUnigram(i)) {
        w.write(fmt(data.unigramLog10Prob(i)) + "\t" + data.word(i));
        if (order > 1) {
          w.write("\t" + fmt(data.unigramLog10Backoff(i)));
        }
        w.write("\n");
      }
    }
    for (int n = 2; n <= order; n++) {
      w.write("\n\\" + n + "-grams:\n");
      for (int i = 0; i < data.count(n); i++) {
        StringBuilder s = new StringBuilder(fmt(data.log10Prob(n, i))).append('\t');
        for (int k = 0; k < n; k++) {
          s.append(k == 0 ? "" : " ").append(data.word(data.word(n, i, k)));
        }
        if (n < order) {
          s.append('\t').append(fmt(data.log10Backoff(n, i)));
        }
        w.write(s.append('\n').toString());
      }
    }
    w.write("\n\\end\\\n");
  }

  private static String fmt(float f) {
    return Float.toString(f);
  }
}
