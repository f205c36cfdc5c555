// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon.learn;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.unspin.lexicon.SpinnerTable;

/**
 * Tortured-phrase lists ({@code tortured<TAB>expected}, the Problematic Paper Screener's export format): reading
 * them, the acceptable spellings of an expected phrase, and the word-level table that generalises a list to
 * tortured phrases it does not name.
 *
 * <p>A list names whole phrases ("profound learning" / "deep learning"), but the spinners behind them replace
 * words, so the same spun word turns up in many phrases ("profound neural network", "profound convolutional
 * network"). {@link #wordTable} aligns every row as a tiny spun/original pair (its edges count as anchors, and a
 * swap of n words for n words is split word by word) and learns a table from them with {@link SupervisedLearner};
 * its entries are candidates for any text, with the learner's P(spun | original).
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class PhraseLists {

  /** Family name of a table learned from a phrase list. */
  public static final String FAMILY = "phrases";

  private PhraseLists() {}

  /**
   * One row of a list: the tortured phrase and its expected phrase as written. {@link #torturedText()} is the
   * tortured phrase without parenthesised acronyms, which are not spun.
   */
  public record Row(String tortured, String expected) {

    /**
     * The spellings of the expected phrase a restoration may match, the first being the one to learn from.
     * The list's notation is read as: alternatives separated by " / " ("heart failure / heart attack"),
     * single-word alternatives joined by a slash ("infected/affected kids"), optional words in square brackets
     * ("[network] traffic patterns" is "traffic patterns" or "network traffic patterns"), and parenthesised
     * acronyms dropped ("region of interest (ROI)": no spun words stand for them). Lower case, single spaces.
     */
    public String torturedText() {
      return tortured.replaceAll("\\([^)]*\\)", " ").strip().replaceAll("\\s+", " ");
    }

    public List<String> expectedForms() {
      Set<String> out = new LinkedHashSet<>();
      String e = expected.replaceAll("\\([^)]*\\)", " ");
      for (String alt : e.split("\\s+/\\s+")) {
        List<String> forms = new ArrayList<>();
        forms.add("");
        for (String w : alt.strip().split("\\s+")) {
          if (w.isEmpty()) {
            continue;
          }
          List<String> next = new ArrayList<>();
          if (w.startsWith("[") && w.endsWith("]")) {
            String inner = w.substring(1, w.length() - 1);
            for (String f : forms) {
              next.add(f);
              next.add(f.isEmpty() ? inner : f + " " + inner);
            }
          } else if (w.matches("\\p{L}+(/\\p{L}+)+")) {
            for (String f : forms) {
              for (String part : w.split("/")) {
                next.add(f.isEmpty() ? part : f + " " + part);
              }
            }
          } else {
            for (String f : forms) {
              next.add(f.isEmpty() ? w : f + " " + w);
            }
          }
          forms = next.size() > 16 ? next.subList(0, 16) : next;
        }
        for (String f : forms) {
          String norm = f.replaceAll("[\\[\\]]", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
          if (!norm.isEmpty()) {
            out.add(norm);
          }
        }
      }
      return List.copyOf(out);
    }
  }

  /**
   * Reads a list: tab-separated tortured and expected phrase; blank lines and lines starting with '#' are
   * skipped, and so are rows whose expected phrase is empty or "???".
   *
   * @throws IOException if the file cannot be read or is not UTF-8 (the message names the file)
   */
  public static List<Row> read(Path file) throws IOException {
    List<Row> out = new ArrayList<>();
    for (String line : Corpus.read(file).split("\n")) {
      line = line.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length < 2) {
        continue;
      }
      String tortured = f[0].strip();
      String expected = f[1].strip();
      if (!tortured.isEmpty() && !expected.isEmpty() && !expected.equals("???")) {
        Row r = new Row(tortured, expected);
        if (!r.expectedForms().isEmpty()) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /**
   * True for rows in the evaluation half of a list split by expected phrase (its first spelling, so rows that
   * write one term in different notations stay together): a restorer learns from the other half and is measured
   * on this one. {@link Evaluation#phraseRecall} and {@code unspin eval --tortured} use this split.
   */
  public static boolean heldOut(Row r) {
    return Evaluation.heldOut(r.expectedForms().get(0));
  }

  /**
   * The word-level table of a list (family {@value #FAMILY}), learned from each row's tortured phrase and the
   * first spelling of its expected phrase; {@code knownWord} says which lower-case words are real lemmas.
   */
  public static SpinnerTable wordTable(List<Row> rows, Predicate<String> knownWord) {
    List<SupervisedLearner.Pair> pairs = new ArrayList<>(rows.size());
    for (Row r : rows) {
      pairs.add(new SupervisedLearner.Pair(r.tortured(), r.torturedText(), r.expectedForms().get(0)));
    }
    return SupervisedLearner.create(FAMILY, knownWord).edgesAnchor(true).splitEqualLength(true).learn(pairs);
  }
}
