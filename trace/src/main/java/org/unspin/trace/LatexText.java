// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The prose of a LaTeX source ({@code .tex}), as a paper's readers see it: the body between {@code
 * \begin{document}} and {@code \end{document}} (the whole file when it has none), without comments, mathematics,
 * tables, code listings, the bibliography, and commands that print no prose ({@code \cite}, {@code \ref}, {@code
 * \label}, {@code \includegraphics}); sectioning commands give their title as a paragraph of its own, text commands
 * ({@code \emph}, {@code \textbf}, {@code \caption}) their argument, a footnote its text in parentheses where its mark
 * is; inline code ({@code \verb|x|}, {@code \lstinline}, {@code \texttt{x}}, {@code \code{x}}) between backticks, as
 * Markdown writes it, so that restoration leaves it as it is ({@link org.unspin.text.TokenizedText#codeSpans}).
 * A {@code \title} given in the preamble is read as the first paragraph; a discretionary hyphen ({@code \-}) is
 * nothing. Paragraphs are separated by blank lines, the lines of one joined with spaces. A heuristic reader, not a
 * TeX engine: macros a paper defines itself are dropped with their name, their arguments kept. Stateless.
 */
final class LatexText {

  /** Environments whose content is not prose. */
  private static final Set<String> SKIPPED_ENVIRONMENTS = Set.of("equation", "equation*", "align", "align*",
      "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*", "displaymath", "math", "tabular",
      "tabular*", "tabularx", "longtable", "verbatim", "verbatim*", "lstlisting", "minted", "algorithmic",
      "algorithm", "algorithm2e", "thebibliography", "tikzpicture", "comment");

  /** Commands printed as nothing, with their arguments. */
  private static final Set<String> DROPPED = Set.of("cite", "citep", "citet", "citealp", "citeauthor", "citeyear",
      "nocite", "ref", "eqref", "autoref", "cref", "Cref", "pageref", "label", "includegraphics", "bibliography",
      "bibliographystyle", "usepackage", "documentclass", "input", "include", "vspace", "vspace*", "hspace",
      "hspace*", "newcommand", "renewcommand", "providecommand", "def", "let", "setlength", "addtolength",
      "setcounter", "addcontentsline", "thanks", "url", "maketitle", "tableofcontents", "centering",
      "noindent", "newpage", "clearpage", "pagebreak", "linebreak", "small", "footnotesize", "large", "Large",
      "normalsize", "bigskip", "medskip", "smallskip", "keywords", "affiliation", "email", "orcid", "graphicspath",
      "hline", "toprule", "midrule", "bottomrule");

  /**
   * Commands whose first argument is an address or an anchor and whose second is the text printed: pandoc writes
   * every section as {@code \hypertarget{counterfeit-consciousness}{\section{...}}}.
   */
  private static final Set<String> LINKS = Set.of("href", "hyperlink", "hypertarget");

  /** Commands whose argument is code in a typewriter face, written between backticks. */
  private static final Set<String> CODE = Set.of("texttt", "code", "path");

  /** Commands whose argument is a heading: a paragraph of its own. */
  private static final Set<String> HEADINGS = Set.of("title", "chapter", "chapter*", "section", "section*",
      "subsection", "subsection*", "subsubsection", "subsubsection*", "paragraph", "paragraph*");

  private LatexText() {}

  /** The prose of {@code tex}, paragraphs separated by blank lines, ending with a line break (empty when none). */
  static String of(String tex) {
    String clean = withoutComments(tex);
    String body = clean;
    int begin = body.indexOf("\\begin{document}");
    if (begin >= 0) {
      int end = body.indexOf("\\end{document}", begin);
      body = body.substring(begin + "\\begin{document}".length(), end < 0 ? body.length() : end);
    }
    StringBuilder out = new StringBuilder(body.length());
    if (begin >= 0) {
      title(clean.substring(0, begin), out);
    }
    convert(body, 0, body.length(), out);
    List<String> paragraphs = new ArrayList<>();
    for (String p : out.toString().split("\n[ \t]*\n")) {
      // a dropped citation or reference leaves a space before the punctuation after it: "segmentation~\cite{x}."
      String joined = p.replaceAll("\\s+", " ").replaceAll(" ([.,;:!?)])", "$1").strip();
      if (!joined.isEmpty()) {
        paragraphs.add(joined);
      }
    }
    return paragraphs.isEmpty() ? "" : String.join("\n\n", paragraphs) + "\n";
  }

  /**
   * Appends the {@code \title} of a preamble as a paragraph of its own: most classes take the title there, and a
   * paper's title is where a tortured phrase is seen first ("Counterfeit Consciousness for ...").
   */
  private static void title(String preamble, StringBuilder out) {
    int at = preamble.indexOf("\\title");
    while (at >= 0) {
      int end = at + "\\title".length();
      if (end >= preamble.length() || !Character.isLetter(preamble.charAt(end))) {
        int open = skipSpaces(preamble, skipOptional(preamble, end, preamble.length()), preamble.length());
        if (open < preamble.length() && preamble.charAt(open) == '{') {
          int close = matching(preamble, open, preamble.length());
          out.append("\n\n");
          convert(preamble, open + 1, close < 0 ? preamble.length() : close, out);
          out.append("\n\n");
        }
        return;
      }
      at = preamble.indexOf("\\title", end);
    }
  }

  /**
   * {@code tex} without its comments: from an unescaped '%' to the end of the line, the line break included (as in
   * TeX, so "quickly.% note" runs into the next line); a blank line still ends a paragraph.
   */
  private static String withoutComments(String tex) {
    StringBuilder sb = new StringBuilder(tex.length());
    for (String line : tex.split("\n", -1)) {
      if (line.isBlank()) {
        sb.append("\n\n");
        continue;
      }
      int cut = -1;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c == '\\') {
          i++; // an escaped character, "\%" among them
        } else if (c == '%') {
          cut = i;
          break;
        }
      }
      if (cut >= 0) {
        sb.append(line, 0, cut); // a comment joins the line to the next, as in TeX
      } else {
        sb.append(line).append('\n');
      }
    }
    return sb.toString();
  }

  /** Appends the prose of {@code tex[from, to)} to {@code out}. */
  private static void convert(String tex, int from, int to, StringBuilder out) {
    int i = from;
    while (i < to) {
      char c = tex.charAt(i);
      if (c == '$') { // inline or display mathematics
        boolean display = i + 1 < to && tex.charAt(i + 1) == '$';
        int end = tex.indexOf(display ? "$$" : "$", i + (display ? 2 : 1));
        i = end < 0 || end >= to ? to : end + (display ? 2 : 1);
      } else if (c == '{' || c == '}') {
        i++;
      } else if (c == '~') {
        out.append(' ');
        i++;
      } else if (c == '\\') {
        i = command(tex, i, to, out);
      } else {
        out.append(c);
        i++;
      }
    }
  }

  /** Handles the command at {@code tex[at]} (a backslash); returns where the text after it starts. */
  private static int command(String tex, int at, int to, StringBuilder out) {
    if (at + 1 >= to) {
      return to;
    }
    char next = tex.charAt(at + 1);
    if (!Character.isLetter(next)) {
      switch (next) {
        case '(' -> { // \( ... \)
          int end = tex.indexOf("\\)", at + 2);
          return end < 0 || end >= to ? to : end + 2;
        }
        case '[' -> { // \[ ... \]
          int end = tex.indexOf("\\]", at + 2);
          return end < 0 || end >= to ? to : end + 2;
        }
        case '\\' -> out.append('\n');
        case '-', '/' -> { } // a discretionary hyphen ("timber\\-land") or an italic correction: nothing printed
        case '%', '&', '_', '#', '$', '{', '}' -> out.append(next);
        default -> out.append(' '); // "\," "\ " and the like: a space
      }
      return at + 2;
    }
    int end = at + 1;
    while (end < to && Character.isLetter(tex.charAt(end))) {
      end++;
    }
    if (end < to && tex.charAt(end) == '*') {
      end++;
    }
    String name = tex.substring(at + 1, end);
    if (name.equals("begin") || name.equals("end")) {
      int open = skipSpaces(tex, end, to);
      int close = open < to && tex.charAt(open) == '{' ? matching(tex, open, to) : -1;
      if (close < 0) {
        return end;
      }
      String env = tex.substring(open + 1, close);
      if (name.equals("begin") && SKIPPED_ENVIRONMENTS.contains(env)) {
        int stop = tex.indexOf("\\end{" + env + "}", close);
        return stop < 0 || stop >= to ? to : stop + ("\\end{" + env + "}").length();
      }
      out.append("\n\n"); // an environment starts or ends a paragraph
      return skipOptional(tex, close + 1, to);
    }
    if (name.equals("verb") || name.equals("verb*") || name.equals("lstinline")) {
      int open = name.equals("lstinline") ? skipOptional(tex, end, to) : end; // \verb|x|, \lstinline[style]{x}
      if (open >= to) {
        return to;
      }
      char delimiter = tex.charAt(open);
      int close = tex.indexOf(delimiter == '{' ? '}' : delimiter, open + 1);
      int stop = close < 0 || close >= to ? to : close;
      appendCode(tex.substring(open + 1, stop), out);
      return Math.min(to, stop + 1);
    }
    if (CODE.contains(name)) {
      int open = skipSpaces(tex, skipOptional(tex, end, to), to);
      if (open < to && tex.charAt(open) == '{') {
        int close = matching(tex, open, to);
        int stop = close < 0 ? to : close;
        StringBuilder code = new StringBuilder();
        convert(tex, open + 1, stop, code);
        appendCode(code.toString(), out);
        return close < 0 ? to : close + 1;
      }
      return end;
    }
    if (name.equals("item")) { // a list item: a paragraph of its own, without its label
      out.append("\n\n");
      return skipOptional(tex, end, to);
    }
    if (DROPPED.contains(name)) {
      out.append(' ');
      return skipArguments(tex, end, to);
    }
    if (LINKS.contains(name)) { // the anchor or address left out, the text read
      int open = skipSpaces(tex, skipOptional(tex, end, to), to);
      if (open >= to || tex.charAt(open) != '{') {
        return open;
      }
      int close = matching(tex, open, to);
      if (close < 0) {
        return to;
      }
      end = close + 1;
    }
    boolean heading = HEADINGS.contains(name);
    boolean note = name.equals("footnote");
    int i = skipOptional(tex, end, to);
    if (heading) {
      out.append("\n\n");
    }
    if (note) { // a footnote's text where its mark is, set off so as not to run into the sentence
      out.append(" (");
    }
    int open = skipSpaces(tex, i, to);
    if (open < to && tex.charAt(open) == '{') {
      int close = matching(tex, open, to);
      int stop = close < 0 ? to : close;
      convert(tex, open + 1, stop, out);
      i = close < 0 ? to : close + 1;
    }
    if (heading) {
      out.append("\n\n");
    }
    if (note) {
      out.append(") ");
    }
    return i;
  }

  /** Appends {@code code} between backticks, more of them than it holds (nothing for blank code). */
  private static void appendCode(String code, StringBuilder out) {
    String c = code.strip().replaceAll("\\s+", " ");
    if (c.isEmpty()) {
      return;
    }
    String ticks = org.unspin.text.CodeSpans.ticks(c, 1);
    out.append(ticks).append(c).append(ticks);
  }

  /** After a command name: past its arguments, optional {@code [...]} and {@code {...}}. */
  private static int skipArguments(String tex, int from, int to) {
    int i = skipOptional(tex, from, to);
    while (true) {
      int open = skipSpaces(tex, i, to);
      if (open >= to || tex.charAt(open) != '{') {
        return i;
      }
      int close = matching(tex, open, to);
      if (close < 0) {
        return to;
      }
      i = skipOptional(tex, close + 1, to);
    }
  }

  /** Past any optional arguments {@code [...]} at {@code from}. */
  private static int skipOptional(String tex, int from, int to) {
    int i = from;
    while (i < to && tex.charAt(i) == '[') {
      int close = tex.indexOf(']', i);
      if (close < 0 || close >= to) {
        return i;
      }
      i = close + 1;
    }
    return i;
  }

  private static int skipSpaces(String tex, int from, int to) {
    int i = from;
    while (i < to && (tex.charAt(i) == ' ' || tex.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** The index of the brace closing the one at {@code open}, or -1. */
  private static int matching(String tex, int open, int to) {
    int depth = 0;
    for (int i = open; i < to; i++) {
      char c = tex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
