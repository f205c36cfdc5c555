// SPDX-License-Identifier: Apache-2.0
package org.unspin.eval;

import java.util.List;
import java.util.Locale;

/**
 * Formats {@link Scores} as a text table or JSON. Stateless.
 *
 * @since 0.1
 */
public final class Report {

  private Report() {}

  /** A fixed-width table, one row per pair and a total row. */
  public static String text(List<Scores> rows) {
    StringBuilder sb = new StringBuilder();
    int w = 8;
    for (Scores s : rows) {
      w = Math.max(w, s.name().length());
    }
    String head = String.format(Locale.ROOT, "%-" + w + "s %7s %8s %8s %9s %6s %6s %6s %6s %6s %7s%n",
        "pair", "tokens", "TER-in", "TER-out", "reduction", "edits", "right", "prec", "w-prec", "recall", "clean-Δ");
    sb.append(head);
    for (Scores s : rows) {
      if (s.name().equals("total")) {
        sb.append("-".repeat(head.length() - 1)).append('\n');
      }
      sb.append(String.format(Locale.ROOT,
          "%-" + w + "s %7d %7.2f%% %7.2f%% %8.1f%% %6d %6d %6.3f %6.3f %6.3f %6.2f%%%n",
          s.name(), s.tokens(), 100 * s.inputErrorRate(), 100 * s.outputErrorRate(), 100 * s.errorReduction(),
          s.systemEdits(), s.correctEdits(), s.editPrecision(), s.wordPrecision(), s.editRecall(),
          100 * s.cleanChangeRate()));
    }
    return sb.toString();
  }

  /** A JSON object: {@code {"pairs": [...], "total": {...}}}; numbers with fixed precision. */
  public static String json(List<Scores> rows) {
    StringBuilder sb = new StringBuilder("{\"pairs\":[");
    for (int i = 0; i < rows.size() - 1; i++) {
      if (i > 0) {
        sb.append(',');
      }
      object(sb, rows.get(i));
    }
    sb.append("],\"total\":");
    object(sb, rows.get(rows.size() - 1));
    return sb.append("}").toString();
  }

  private static void object(StringBuilder sb, Scores s) {
    sb.append("{\"name\":").append(quote(s.name()))
        .append(",\"tokens\":").append(s.tokens())
        .append(",\"inputErrors\":").append(s.inputErrors())
        .append(",\"outputErrors\":").append(s.outputErrors())
        .append(",\"inputErrorRate\":").append(num(s.inputErrorRate()))
        .append(",\"outputErrorRate\":").append(num(s.outputErrorRate()))
        .append(",\"errorReduction\":").append(num(s.errorReduction()))
        .append(",\"referenceEdits\":").append(s.referenceEdits())
        .append(",\"systemEdits\":").append(s.systemEdits())
        .append(",\"correctEdits\":").append(s.correctEdits())
        .append(",\"editPrecision\":").append(num(s.editPrecision()))
        .append(",\"rightWordEdits\":").append(s.rightWordEdits())
        .append(",\"wordPrecision\":").append(num(s.wordPrecision()))
        .append(",\"editRecall\":").append(num(s.editRecall()))
        .append(",\"cleanTokens\":").append(s.cleanTokens())
        .append(",\"cleanChanged\":").append(s.cleanChanged())
        .append(",\"cleanChangeRate\":").append(num(s.cleanChangeRate()))
        .append('}');
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.6f", d);
  }

  static String quote(String s) {
    return org.unspin.text.JsonStrings.quote(s);
  }
}
