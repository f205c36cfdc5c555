// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.unspin.DetectionResult;
import org.unspin.Edit;
import org.unspin.Explanations;
import org.unspin.text.Disguises;
import org.unspin.trace.Mark;
import org.unspin.trace.OpenDocumentAnnotator;
import org.unspin.trace.PdfAnnotator;
import org.unspin.trace.WordAnnotator;

/**
 * {@code detect --annotate DIR} and {@code trace --annotate DIR}: for each PDF, Word or OpenDocument file among the
 * inputs, a copy in {@code DIR} with the findings written on it: its spans highlighted where they are printed with a
 * note on each ({@link PdfAnnotator}), or coloured with a comment on each ({@link WordAnnotator}, {@link
 * OpenDocumentAnnotator}), and the verdict (or the sources found) as a note on the first page or a comment on the
 * first paragraph. Named after the input ({@code paper.pdf} gives {@code paper.unspin.pdf}, {@code paper.docx}
 * {@code paper.unspin.docx}; a second input of that name {@code paper-2.unspin.pdf}). One copy that cannot be written
 * is reported and the others go on. Not thread-safe: one per command.
 */
final class AnnotatedCopies {

  /** Confidence from which a highlight is red, and yellow: the web page's bands. */
  static final double HIGH = 0.8;
  static final double MEDIUM = 0.5;

  private final Path dir;
  private final PrintWriter err;
  private final Set<String> names = new HashSet<>();
  private int written;
  private int failed;

  AnnotatedCopies(Path dir, PrintWriter err) {
    this.dir = dir;
    this.err = err;
  }

  /**
   * Makes the folder, or fails the command (a usage error) when it cannot be made or is a file, before any input is
   * read.
   */
  static AnnotatedCopies in(Path dir, PrintWriter err) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      // an output that cannot be written (5), as a copy that cannot be, or an index's folder that is not there
      throw new CliException(Cli.OUTPUT, "--annotate " + dir + ": cannot make the folder: " + Cli.why(e));
    }
    return new AnnotatedCopies(dir, err);
  }

  /** Writes the copy of {@code n}'s input when it is a PDF, Word or OpenDocument file that was read; else nothing. */
  void accept(Reports.Named<DetectionResult> n) {
    if (n.error() == null) {
      write(n.name(), !n.pageStarts().isEmpty(), marks(n.result()), summary(n));
    }
  }

  /**
   * Writes a copy of input {@code name} with {@code marks} and {@code summary} when it is a PDF file ({@code paged}:
   * it was read with pages), a Word or an OpenDocument file; nothing for other inputs.
   */
  void write(String name, boolean paged, List<Mark> marks, String summary) {
    String lower = name.toLowerCase(Locale.ROOT);
    String ending = paged ? ".pdf" : lower.endsWith(".docx") ? ".docx" : lower.endsWith(".odt") ? ".odt" : null;
    if (ending == null) {
      return;
    }
    Path in = Path.of(name);
    if (!Files.isRegularFile(in)) {
      err.println("unspin: " + name + ": a document inside a WARC file; no annotated copy");
      err.flush();
      return;
    }
    Path out = dir.resolve(name(in, ending));
    try {
      switch (ending) {
        case ".docx" -> WordAnnotator.annotate(in, marks, summary, out);
        case ".odt" -> OpenDocumentAnnotator.annotate(in, marks, summary, out);
        default -> {
          PdfAnnotator.Result r = PdfAnnotator.annotate(in, marks, summary, out);
          if (r.notFound() > 0) {
            err.println(String.format(Locale.ROOT, "unspin: %s: %d of %d spans not found on the printed page, not "
                + "marked", out, r.notFound(), r.placed() + r.notFound()));
            err.flush();
          }
        }
      }
      written++;
    } catch (IOException | RuntimeException e) {
      failed++;
      err.println("unspin: " + out + ": annotated copy not written: " + Cli.why(e));
      err.flush();
    }
  }

  /** Copies that could not be written. */
  int failed() {
    return failed;
  }

  /** Says on standard error how many copies were written, and how many not. */
  void report() {
    err.println(String.format(Locale.ROOT, "unspin: %d annotated cop%s written to %s%s", written,
        written == 1 ? "y" : "ies", dir, failed == 0 ? "" : ", " + failed + " not"));
    err.flush();
  }

  /**
   * {@code NAME.unspin.pdf} for {@code NAME.pdf} ({@code ending} the input's kind), numbered when this command has
   * written that name already.
   */
  private String name(Path in, String ending) {
    String base = in.getFileName().toString();
    if (base.toLowerCase(Locale.ROOT).endsWith(ending)) {
      base = base.substring(0, base.length() - ending.length());
    }
    String name = base + ".unspin" + ending;
    for (int k = 2; !names.add(name); k++) {
      name = base + "-" + k + ".unspin" + ending;
    }
    return name;
  }

  /**
   * The marks of a result: its spans, then its disguised words, then the words of broken acronym definitions that no
   * span covers.
   */
  static List<Mark> marks(DetectionResult d) {
    List<Mark> marks = new ArrayList<>();
    for (Edit e : d.spans()) {
      Mark.Level level = e.confidence() >= HIGH ? Mark.Level.HIGH
          : e.confidence() >= MEDIUM ? Mark.Level.MEDIUM : Mark.Level.LOW;
      marks.add(new Mark(e.span().start(), e.span().end(), note(e), level));
    }
    for (Disguises.Disguise g : d.disguised()) {
      if (!g.betweenWords()) {
        marks.add(new Mark(g.span().start(), g.span().end(), "disguised word (" + g.kind().words()
            + "): " + Explanations.shown(g.word()) + " reads as \"" + g.reading() + "\"", Mark.Level.LOW));
      }
    }
    for (org.unspin.BrokenAcronym b : d.brokenAcronyms()) {
      for (org.unspin.BrokenAcronym.Misfit m : b.misfits()) {
        if (d.spans().stream().noneMatch(e -> e.span().start() <= m.span().start()
            && m.span().end() <= e.span().end())) {
          marks.add(new Mark(m.span().start(), m.span().end(), note(b, m), Mark.Level.MEDIUM));
        }
      }
    }
    return marks;
  }

  /** "cost: the acronym CPI has P here, so the word its writer defined it with was likely replaced". */
  static String note(org.unspin.BrokenAcronym b, org.unspin.BrokenAcronym.Misfit m) {
    return m.word() + ": the acronym " + b.acronym() + " has " + m.letter() + " here, so the word its writer defined "
        + "it with was likely replaced";
  }

  /** "counterfeit consciousness -> artificial intelligence (93% sure): your tortured-phrase list names this phrase". */
  static String note(Edit e) {
    return String.format(Locale.ROOT, "%s -> %s (%d%% sure): %s", e.spun(), e.replacement(),
        Math.round(e.confidence() * 100), Explanations.why(e));
  }

  /** The first page's note or first paragraph's comment: the verdict, the spans, the reasons, what colours mean. */
  static String summary(Reports.Named<DetectionResult> n) {
    DetectionResult d = n.result();
    long listed = Reports.listedPhrases(d.spans());
    String why = Explanations.reasons(d);
    return String.format(Locale.ROOT, "unspin: %s (P(spun) = %.3f%s), %d spans%s%s. Marked in red at least %d%% "
            + "sure, yellow at least %d%%, blue less; each note says what the original likely was and why.",
        d.notJudged().isPresent() ? "not judged" : d.spun() ? "spun" : "not spun", d.spunProbability(),
        d.spun() ? ", spinner " + d.spinner() : "", d.spans().size(),
        listed == 0 ? "" : ", " + listed + " listed tortured phrase" + (listed == 1 ? "" : "s"),
        why.isEmpty() ? "" : d.notJudged().isPresent() ? "; " + why : "; because of " + why,
        Math.round(HIGH * 100), Math.round(MEDIUM * 100));
  }
}
