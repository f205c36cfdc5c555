// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings a tortured-phrase list's expected phrase stands for. The list's notation is read as: alternatives
 * separated by " / " ("heart failure / heart attack"), single-word alternatives joined by a slash ("infected/affected
 * kids"), optional words in square brackets ("[network] traffic patterns" is "traffic patterns" or "network traffic
 * patterns", "[of a complex number]" likewise), parenthesised words optional ("region of interest (ROI)" is "region
 * of interest" first, since no spun words stand for an acronym; "into (reaction) mixture"), an attached "(s)" an
 * optional suffix ("function(s)"), and a hyphen between letters as good as a space ("closed-loop"). Lower case,
 * single spaces. Stateless.
 *
 * @since 0.1
 */
public final class ExpectedForms {

  private ExpectedForms() {}

  /** The spellings of {@code expected}, the first being the one to restore and learn from; empty if it has none. */
  public static List<String> of(String expected) {
    Set<String> out = new LinkedHashSet<>();
    for (String alt : expected.split("\\s+/\\s+")) {
      List<String> forms = new ArrayList<>();
      forms.add("");
      for (String[] part : parts(alt.strip())) {
        List<String> next = new ArrayList<>();
        for (String f : forms) {
          for (String option : part) {
            boolean attached = option.startsWith("\u0000");
            String o = attached ? option.substring(1) : option;
            next.add(o.isEmpty() ? f : f.isEmpty() || attached ? f + o : f + " " + o);
          }
        }
        forms = next.size() > 16 ? next.subList(0, 16) : next;
      }
      for (String f : forms) {
        String norm = f.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        if (!norm.isEmpty()) {
          out.add(norm);
        }
      }
    }
    // "closed-loop framework" is as well restored as "closed loop framework"
    for (String f : List.copyOf(out)) {
      String spaced = f.replaceAll("(?<=\\p{L})-(?=\\p{L})", " ");
      out.add(spaced);
    }
    return List.copyOf(out);
  }

  /**
   * The pieces of one alternative, each as its options in order (the first is what {@link #expectedForms()}
   * puts first): a word; "a/b" as a or b; "[x y]" and a spaced "(x y)" as nothing or x y; "(s)" attached to a
   * word as nothing or that suffix (an option starting with U+0000 is appended without a space).
   */
  private static List<String[]> parts(String alt) {
    List<String[]> out = new ArrayList<>();
    int i = 0;
    while (i < alt.length()) {
      char c = alt.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      if (c == '[' || c == '(') {
        char close = c == '[' ? ']' : ')';
        int end = alt.indexOf(close, i + 1);
        if (end < 0) {
          end = alt.length();
        }
        String inner = alt.substring(i + 1, end).strip();
        boolean attached = c == '(' && i > 0 && Character.isLetter(alt.charAt(i - 1));
        out.add(new String[] {"", attached ? "\u0000" + inner : inner});
        i = Math.min(alt.length(), end + 1);
        continue;
      }
      int end = i;
      while (end < alt.length() && !Character.isWhitespace(alt.charAt(end)) && alt.charAt(end) != '['
          && alt.charAt(end) != '(') {
        end++;
      }
      String w = alt.substring(i, end);
      if (w.matches("\\p{L}+(/\\p{L}+)+")) {
        out.add(w.split("/"));
      } else {
        // attached to the word before when the previous piece ended without a space ("function(s)")
        boolean glued = i > 0 && !Character.isWhitespace(alt.charAt(i - 1)) && !out.isEmpty();
        out.add(new String[] {glued ? "\u0000" + w : w});
      }
      i = end;
    }
    return out;
  }
}
