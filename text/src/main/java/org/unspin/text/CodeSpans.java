// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The program code a text marks as code the way Markdown does, which restoration must leave as it is and detection
 * must not read as prose: fenced blocks (a line opening with three or more backticks or tildes, up to a line opening
 * with the same character at least as many times, or to the end of the text), indented blocks (lines indented by
 * four spaces or a tab, after a blank line or at the start, with blank lines between them) and inline code (a run of
 * backticks up to the next run of as many, within one paragraph). A block that reads as prose is prose all the same
 * ({@link TokenizedText}): a text whose paragraphs are indented is not code. A spinner run over a technical post
 * leaves its code alone, and "restoring" an identifier ({@code officers = extra + mentioned}) would break it.
 * Stateless.
 *
 * @since 0.1
 */
public final class CodeSpans {

  private CodeSpans() {}

  /**
   * The backtick run that marks {@code code} as code: one more backtick than the longest run it holds, and at least
   * {@code least} ({@code 3} for a fence, {@code 1} for inline code), so that nothing inside closes it.
   */
  public static String ticks(String code, int least) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < code.length(); i++) {
      run = code.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    return "`".repeat(Math.max(least, longest + 1));
  }

  /** The code spans of {@code text}, in order, not overlapping; empty for a text without backticks or tildes. */
  static List<Span> find(String text) {
    if (text.indexOf('`') < 0 && text.indexOf("~~~") < 0 && text.indexOf("    ") < 0 && text.indexOf('\t') < 0) {
      return List.of();
    }
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int line = 0;
    int inlineFrom = 0; // prose since the last fenced block, where inline code is looked for
    boolean afterBlank = true; // the line before is blank, or this is the first
    while (line < n) {
      int end = lineEnd(text, line);
      int fence = fenceLength(text, line, end);
      if (fence == 0 && afterBlank && indented(text, line, end)) {
        // an indented block: lines indented by four spaces or a tab after a blank line, blank lines between them
        int close = end;
        int next = end < n ? end + 1 : n;
        while (next < n) {
          int e = lineEnd(text, next);
          if (indented(text, next, e)) {
            close = e;
          } else if (!blank(text, next, e)) {
            break;
          }
          next = e < n ? e + 1 : n;
        }
        inline(text, inlineFrom, line, out);
        // from its first visible character: the blank line and indentation before it end the paragraph before
        out.add(new Span(firstVisible(text, line, end), close > line && text.charAt(close - 1) == '\r' ? close - 1
            : close));
        line = close < n ? close + 1 : n;
        inlineFrom = line;
        afterBlank = false;
        continue;
      }
      afterBlank = blank(text, line, end);
      if (fence > 0) {
        char c = text.charAt(firstVisible(text, line, end));
        int close = end;
        int next = end < n ? end + 1 : n;
        while (next < n) {
          int e = lineEnd(text, next);
          int f = fenceLength(text, next, e);
          if (f >= fence && text.charAt(firstVisible(text, next, e)) == c && text.substring(next, e).strip()
              .chars().allMatch(ch -> ch == c)) {
            close = e;
            break;
          }
          close = e;
          next = e < n ? e + 1 : n;
        }
        inline(text, inlineFrom, line, out);
        out.add(new Span(line, close > line && text.charAt(close - 1) == '\r' ? close - 1 : close));
        line = close < n ? close + 1 : n;
        inlineFrom = line;
      } else {
        line = end < n ? end + 1 : n;
      }
    }
    inline(text, inlineFrom, n, out);
    return List.copyOf(out);
  }

  /** Adds the inline code spans of {@code text[from, to)}: a backtick run up to the next run as long, no blank line. */
  private static void inline(String text, int from, int to, List<Span> out) {
    int i = from;
    int blank = -1; // the next blank line at or after the latest opening run, or to: where its code must close
    while (i < to) {
      int open = text.indexOf('`', i);
      if (open < 0 || open >= to) {
        return;
      }
      if (blank < open) {
        blank = nextBlankLine(text, open, to);
      }
      int run = run(text, open, to);
      int j = open + run;
      int close = -1;
      while (j < blank) {
        int k = text.indexOf('`', j);
        if (k < 0 || k >= blank) {
          break;
        }
        int r = run(text, k, to);
        if (r == run) {
          close = k + r;
          break;
        }
        j = k + r;
      }
      if (close < 0) {
        i = open + run; // an unmatched run is a literal backtick
      } else {
        out.add(new Span(open, close));
        i = close;
      }
    }
  }

  private static int run(String text, int at, int to) {
    int k = at;
    while (k < to && text.charAt(k) == '`') {
      k++;
    }
    return k - at;
  }

  /** Where the first blank line (a line break, blanks, a line break) after {@code from} starts, or {@code to}. */
  private static int nextBlankLine(String text, int from, int to) {
    int nl = text.indexOf('\n', from);
    while (nl >= 0 && nl < to) {
      int next = text.indexOf('\n', nl + 1);
      if (next >= 0 && next < to && blank(text, nl + 1, next)) {
        return nl;
      }
      nl = next;
    }
    return to;
  }

  /** Whether the line {@code [from, to)} starts with four spaces or a tab and has something visible after them. */
  private static boolean indented(String text, int from, int to) {
    boolean indent = text.startsWith("    ", from) && from + 4 <= to || from < to && text.charAt(from) == '\t';
    return indent && !blank(text, from, to);
  }

  /** Whether the line {@code [from, to)} holds only spaces, tabs and a carriage return. */
  private static boolean blank(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c != ' ' && c != '\t' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private static int lineEnd(String text, int from) {
    int e = text.indexOf('\n', from);
    return e < 0 ? text.length() : e;
  }

  private static int firstVisible(String text, int from, int to) {
    int k = from;
    while (k < to && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  /** The length of the fence the line {@code [from, to)} opens with (up to three spaces first), or 0. */
  private static int fenceLength(String text, int from, int to) {
    int k = firstVisible(text, from, to);
    if (k - from > 3 || k >= to) {
      return 0;
    }
    char c = text.charAt(k);
    if (c != '`' && c != '~') {
      return 0;
    }
    int r = k;
    while (r < to && text.charAt(r) == c) {
      r++;
    }
    if (r - k < 3) {
      return 0;
    }
    // a backtick fence's info string ("```java") holds no backtick
    return c == '`' && text.substring(r, to).indexOf('`') >= 0 ? 0 : r - k;
  }
}
