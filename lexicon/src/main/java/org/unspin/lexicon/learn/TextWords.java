// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.util.ArrayList;
import java.util.List;
import org.unspin.text.Token;
import org.unspin.text.Tokenizer;
import org.unspin.text.Words;

/**
 * The word tokens of a text (whitespace dropped, apostrophes canonical) with a flag for each token that starts a
 * sentence or paragraph, so learners can tell case-bearing words ("May") from capitalised sentence starts.
 * Immutable once built (the flag array is not copied on access; callers must not change it).
 *
 * @param words the tokens
 * @param sentenceStart per token, true when it opens a paragraph or follows . ! ? : or an opening quote there
 * @since 0.1
 */
public record TextWords(List<String> words, boolean[] sentenceStart) {

  /** Tokenizes {@code text}. */
  public static TextWords of(String text) {
    List<String> out = new ArrayList<>();
    List<Boolean> starts = new ArrayList<>();
    boolean start = true;
    for (Token t : Tokenizer.tokenize(text)) {
      if (t.kind() == Token.Kind.NEWLINE) {
        start = true;
        continue;
      }
      if (t.isSpace()) {
        continue;
      }
      String w = Words.canonical(t.text());
      out.add(w);
      starts.add(start);
      if (t.kind() == Token.Kind.PUNCT) {
        start = start && isOpening(w) || w.equals(".") || w.equals("!") || w.equals("?") || w.equals(":")
            || w.equals("...");
      } else {
        start = false;
      }
    }
    boolean[] s = new boolean[starts.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = starts.get(i);
    }
    return new TextWords(List.copyOf(out), s);
  }

  private static boolean isOpening(String w) {
    return w.equals("\"") || w.equals("\u201C") || w.equals("'") || w.equals("\u2018") || w.equals("(")
        || w.equals("[") || w.equals("-") || w.equals("\u2014");
  }
}
