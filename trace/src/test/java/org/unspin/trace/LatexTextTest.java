// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatexTextTest {

  /** A paper's source as authors write it, with the usual furniture around its prose. */
  private static final String PAPER = String.join("\n",
      "\\documentclass[conference]{IEEEtran}",
      "\\usepackage{amsmath,graphicx} % packages",
      "\\newcommand{\\R}{\\mathbb{R}}",
      "\\begin{document}",
      "\\title{Profound Learning for Picture Segmentation}",
      "\\author{A. Author}",
      "\\maketitle",
      "\\begin{abstract}",
      "We apply \\emph{profound learning} to picture segmentation~\\cite{lecun2015,he2016}.",
      "Results improve by 5\\% over the baseline.",
      "\\end{abstract}",
      "\\section{Introduction}\\label{sec:intro}",
      "Counterfeit consciousness has grown quickly.% a comment that is not text",
      "The loss $L = \\sum_i \\ell(x_i)$ is minimised, as in Eq.~\\eqref{eq:loss}:",
      "\\begin{equation}\\label{eq:loss}",
      "  L(\\theta) = \\frac{1}{n} \\sum_{i=1}^n \\ell_i",
      "\\end{equation}",
      "",
      "\\begin{figure}[t]",
      "\\centering",
      "\\includegraphics[width=\\linewidth]{fig1.pdf}",
      "\\caption{The irregular woodland classifier.}",
      "\\end{figure}",
      "\\begin{itemize}",
      "\\item First, the data\\footnote{From the web.} are cleaned.",
      "\\item[b)] Second, \\textbf{huge information} is used.",
      "\\end{itemize}",
      "\\begin{table}[h]\\begin{tabular}{ll} a & b \\\\ \\hline \\end{tabular}\\caption{Scores.}\\end{table}",
      "\\begin{thebibliography}{9}\\bibitem{x} Someone, A book.\\end{thebibliography}",
      "\\end{document}",
      "ignored after the document");

  @Test
  void aPapersProseIsKeptAndItsMarkupMathsAndReferencesAreNot() {
    assertThat(LatexText.of(PAPER)).isEqualTo(String.join("\n\n",
        "Profound Learning for Picture Segmentation",
        "A. Author",
        "We apply profound learning to picture segmentation. Results improve by 5% over the baseline.",
        "Introduction",
        "Counterfeit consciousness has grown quickly.The loss is minimised, as in Eq.:",
        "The irregular woodland classifier.",
        "First, the data (From the web.) are cleaned.",
        "Second, huge information is used.",
        "Scores.") + "\n");
  }

  @Test
  void aLinksAddressOrAnchorIsLeftOutAndItsTextRead() {
    // pandoc writes each section as \hypertarget{anchor}{\section{...}\label{anchor}}
    String tex = String.join("\n",
        "\\hypertarget{counterfeit-consciousness-for-crop-yields}{%",
        "\\section{Counterfeit consciousness for crop yields}\\label{counterfeit-consciousness-for-crop-yields}}",
        "",
        "We used \\href{https://example.org/data}{the public data set} and \\hyperlink{tab}{the table below}.");
    String text = LatexText.of(tex);
    assertThat(text).doesNotContain("counterfeit-consciousness", "example.org", "tab}")
        .contains("Counterfeit consciousness for crop yields", "the public data set", "the table below");
    assertThat(text.strip().split("\n\n")).hasSize(2);
  }

  @Test
  void aFragmentWithoutADocumentEnvironmentIsReadWhole() {
    assertThat(LatexText.of("Some \\textit{text} with 50\\% and \\& signs.\n\nA second paragraph\nof two lines.\n"))
        .isEqualTo("Some text with 50% and & signs.\n\nA second paragraph of two lines.\n");
    assertThat(LatexText.of("% only a comment\n\\maketitle\n")).isEmpty();
  }

  @Test
  void inlineCodeIsWrittenBetweenBackticksSoThatItIsLeftAsItIs() {
    String tex = "Set \\texttt{extra\\_officers} with \\verb|officers = extra| or \\lstinline[style=x]{a`b}, "
        + "\\verb+x+ and \\code{ }.\n";
    assertThat(LatexText.of(tex)).isEqualTo("Set `extra_officers` with `officers = extra` or ``a`b``, `x` and.\n");
    assertThat(org.unspin.text.TokenizedText.of(LatexText.of(tex)).codeSpans()).hasSize(4);
  }

  @Test
  void brokenSourcesEndTheirTextWithoutThrowing() {
    for (String tex : new String[] {"\\section{Unclosed", "Text $ unclosed maths", "\\begin{equation} x",
        "\\verb|unclosed", "\\verb", "\\texttt{unclosed", "\\lstinline[x]",
        "\\", "{{{", "\\begin{", "\\emph{a \\textbf{b}"}) {
      assertThat(LatexText.of(tex)).as(tex).doesNotContain("\\");
    }
    // any mix of LaTeX's special characters, words and command names: never throws
    String[] pieces = {"\\", "{", "}", "[", "]", "$", "$$", "%", "~", "\n", "\n\n", " ", "word", "begin", "end",
        "\\begin{", "\\end{", "equation}", "\\section", "\\cite", "\\footnote", "\\item", "\\(", "\\)",
        "\\[", "\\]", "document}", "*"};
    java.util.Random random = new java.util.Random(7);
    for (int k = 0; k < 5_000; k++) {
      StringBuilder tex = new StringBuilder();
      for (int n = random.nextInt(30); n > 0; n--) {
        tex.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = LatexText.of(tex.toString());
      assertThat(text.isEmpty() || text.endsWith("\n")).as(tex.toString()).isTrue();
    }
  }

  @Test
  void aTitleInThePreambleIsReadFirst() {
    // most classes take \title before \begin{document}; a title is where a tortured phrase is seen first
    String tex = "\\documentclass{article}\n\\title[Short]{Counterfeit Consciousness for Irregular Timberland}\n"
        + "\\author{A. Author}\n\\begin{document}\n\\maketitle\nWe study \\emph{profound learning}.\n"
        + "\\end{document}\n";
    assertThat(LatexText.of(tex))
        .isEqualTo("Counterfeit Consciousness for Irregular Timberland\n\nWe study profound learning.\n");
    // a \titlepage or a commented-out title is no title
    assertThat(LatexText.of("\\documentclass{book}\n% \\title{Old}\n\\titleformat{x}\n\\begin{document}\nText.\n"
        + "\\end{document}\n")).isEqualTo("Text.\n");
  }

  @Test
  void aDiscretionaryHyphenIsNothing() {
    assertThat(LatexText.of("An irregular timber\\-land and a profound\\/ learning.\n"))
        .isEqualTo("An irregular timberland and a profound learning.\n");
  }
}
