// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.unspin.Restoration;
import org.unspin.Unspinner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unspin restore}: restores the most likely original wording of spun text. */
@Command(name = "restore",
    description = {"Restores the most likely original wording of spun text.",
        "Reads standard input when no PATH is given, and where a PATH is -. Text output is the restored text with "
            + "every other character (spaces, line breaks, punctuation) kept; text judged not spun is printed "
            + "unchanged.",
        "Several files are restored in parallel (--threads) and printed in order.",
        "For pipelines: --input jsonl reads records ({\"id\": ..., \"text\": ...} per line) and --format jsonl "
            + "writes one JSON object per line as each is ready, in input order, so a stream of any length runs in "
            + "bounded memory."})
final class RestoreCommand extends QuietCommand {

  enum Format { text, json, html, jsonl, diff, csv }

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default: the restored text; for several inputs each under a ==> NAME <== line, as "
          + "head writes them; streamed in input order as each is ready), json (edits with offsets, confidence, "
          + "alternatives; one object for one input, an array for several), html (a report), "
          + "jsonl (the json objects, one per line, streamed) or diff (the input with each edit as "
          + "[-spun-]{+original+}, as git diff --word-diff=plain writes) or csv (a row per edit, with its paragraph: "
          + "the columns of detect --format spans, ngram_original and ngram_confidence last; streamed). Offsets "
          + "count UTF-16 code units, as Java and JavaScript strings do: an emoji counts two. With --neural, the "
          + "formats other than json and jsonl say on standard error where the masked LM's work cap ran out (html "
          + "also in the report).")
  Format format;

  @picocli.CommandLine.Mixin
  InputOption input = new InputOption();

  @picocli.CommandLine.Mixin
  HtmlOption html = new HtmlOption();

  @picocli.CommandLine.Mixin
  ModelOptions models = new ModelOptions();

  enum Color { auto, always, never }

  @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN", description = "With --format diff: colour "
      + "the removed words red and the added ones green: auto (default: when writing to a terminal, unless NO_COLOR "
      + "is set), always or never.")
  Color color;

  /** Whether {@code --color} asks for colour here: always, or auto on a terminal without NO_COLOR or TERM=dumb. */
  boolean colored() {
    return color == Color.always || color == Color.auto && Cli.onTerminal()
        && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
  }

  @Option(names = "--assume-spun",
      description = "Restore even text the detector judges not spun (short texts known to be spun), and every "
          + "paragraph of a text it judges spun, also those clean on their own.")
  boolean assumeSpun;

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "Inputs (files, or JSON Lines "
      + "records) restored at once (default 0: one per core). Output keeps their order.")
  int threads;

  @Option(names = "--out-dir", paramLabel = "DIR", description = "Write each input's restored text to a file of "
      + "the same name in DIR (made if need be) instead of standard output, in one run (a process per file costs "
      + "seconds of start-up each); a document turned into text first (HTML, PDF, Word, OpenDocument, LaTeX, JATS) as "
      + "NAME.txt (paper.pdf as paper.pdf.txt, beside paper.html.txt). A second input of a name already written and "
      + "a WARC record have no file of their own there: each is an error in its place (exit 3); standard input and "
      + "--input jsonl are refused (exit 2; use --format jsonl); a file that cannot be written exits 5. With the text "
      + "format only.")
  Path outDir;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Input files or folders: text is read as "
      + "UTF-8 (UTF-16 after a byte-order mark); .html/.htm (the page's article, see --whole-page), .pdf, .docx, "
      + ".odt, .tex (LaTeX) and .nxml/.xml/.xml.gz (JATS journal articles, PubMed records) files are turned into "
      + "text first (offsets then refer to that text); a folder gives its documents (.txt, .text, .md, .markdown, "
      + ".html, .htm, .xhtml, .pdf, .docx, .odt, .tex, .nxml, .xml, .xml.gz, WARC and WET files, "
      + "and files without an ending), recursively in name order, hidden ones and linked folders left out (the "
      + "count of other files left out is said on standard error); a WARC or WET "
      + "file each HTML, text, PDF, Word or OpenDocument record, named by its URI. An input that cannot be read is "
      + "reported on standard error (and as {\"file\", \"error\"} in JSON); the others are still restored, and the "
      + "exit code is then 3.")
  List<Path> files;

  @picocli.CommandLine.Mixin
  NeuralOption neural = new NeuralOption();

  @Override
  public Integer call() throws IOException {
    if (threads < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be 0 (one per core) or more: " + threads);
    }
    OutDir dir = null;
    if (outDir != null) {
      if (format != Format.text) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out-dir writes restored text: leave "
            + "--format " + format + " out, or --out-dir to write " + format + " to standard output");
      }
      if (input.jsonLines() || files == null || files.isEmpty() || files.stream().anyMatch(Inputs::isStandardInput)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--out-dir writes each input file's "
            + "restoration under its name: standard input and JSON Lines records have none (use --format jsonl)");
      }
      dir = new OutDir(outDir); // a file of that name is said before the models load
    }
    Unspinner u = neural.apply(models.apply(Models.load(models.options(), progress(), err())), err());
    // JSON Lines and text are written as each result is ready (in input order); the other formats need them all
    List<Reports.Named<Restoration>> results = new ArrayList<>();
    TextWriter text = new TextWriter();
    if (format == Format.csv) {
      out().print(Reports.SPANS_CSV_HEADER);
    }
    FileWriter toFiles = dir == null ? null : new FileWriter(dir);
    long[] counts = new long[3]; // results, restored, edits
    int failed = Batch.stream(Batch.sources(files, System.in, input.jsonLines(), html.html(), this::note),
        t -> u.restore(t, assumeSpun), threads, n -> {
          counts[0]++;
          if (n.error() == null && n.result().changed()) {
            counts[1]++;
            counts[2] += n.result().edits().size();
          }
          if (format == Format.csv || format == Format.diff || format == Format.html) {
            // the JSON formats carry it as neural.capped; text says it before its text
            capNote(n, Restoration::neural, Restoration::paragraphs);
          }
          if ((format == Format.csv || format == Format.diff) && toFiles == null) {
            unrestoredNote(n); // JSON and the report carry it as "unrestored"; text says it before its text
          }
          if (toFiles != null) {
            toFiles.accept(n);
          } else if (format == Format.jsonl || format == Format.csv) {
            out().print(format == Format.jsonl ? Reports.restoreLine(n, u.threshold()) : Reports.restoreCsvRows(n));
            stopIfOutputClosed(); // (it flushes)
          } else if (format == Format.text) {
            text.accept(n);
          } else {
            results.add(n);
          }
        }, err());
    switch (format) { // jsonl and csv: written already
      case json:
        out().print(Reports.restoreJson(results, u.threshold()));
        break;
      case html:
        out().print(Reports.restoreHtml(results, u.threshold(), u.minConfidence()));
        break;
      case diff:
        out().print(Reports.restoreDiff(results, colored()));
        break;
      case text:
        if (toFiles == null) {
          text.finish();
        }
        break;
      default:
        break;
    }
    out().flush();
    if (counts[0] > 1 && !quiet()) {
      // as detect counts what it found: a batch's totals without reading its output
      err().println(String.format(Locale.ROOT, "unspin: %d of %d documents restored (%d edits)%s", counts[1],
          counts[0] - failed, counts[2], failed == 0 ? "" : ", " + failed + " not read"));
    }
    if (toFiles != null && !quiet()) {
      // a restoration with no file there (a second input of one name, a file that cannot be written) is counted
      // beside what was written: the batch line above counts it as restored
      int notWritten = toFiles.refused + toFiles.unwritten;
      err().println("unspin: wrote " + toFiles.written + " restored file" + (toFiles.written == 1 ? "" : "s")
          + " to " + outDir + (notWritten == 0 ? "" : ", " + notWritten + " not written (above)"));
    }
    err().flush();
    return failed > 0 || toFiles != null && toFiles.refused > 0 ? Cli.BAD_INPUT
        : toFiles != null && toFiles.unwritten > 0 ? Cli.OUTPUT : Cli.OK;
  }

  /**
   * On standard error (but with {@code --quiet}), why a text called spun came back unchanged ({@link
   * Restoration#unrestored()}), for the outputs that do not carry it: the text, the diff and the CSV.
   */
  private void unrestoredNote(Reports.Named<Restoration> n) {
    String note = n.error() == null ? Reports.unrestoredNote(n.label(), n.result()) : "";
    if (!note.isEmpty() && !quiet()) {
      err().println(note);
    }
  }

  /**
   * The endings of documents turned into text first, whose restoration is written as NAME.txt ("paper.pdf.txt": the
   * ending stays, so that paper.pdf and paper.html of one folder are written to two files).
   */
  private static final List<String> CONVERTED = List.of(".html", ".htm", ".xhtml", ".pdf", ".docx", ".odt", ".tex",
      ".nxml", ".xml", ".nxml.gz", ".xml.gz");

  /**
   * {@code --out-dir}: each result written to its file in {@link #outDir} as it comes, the text byte for byte as
   * standard output would have it for one input (after the byte-order mark its input began with). An input without
   * a file name of its own there is an error in its place.
   */
  private final class FileWriter {
    private final OutDir dir;
    int written;
    int refused; // inputs without a file of their own there (bad input)
    int unwritten; // files that could not be written (the output's fault: a full disk, a folder not writable)

    FileWriter(OutDir dir) {
      this.dir = dir;
    }

    void accept(Reports.Named<Restoration> n) {
      if (n.error() != null) {
        return; // said on standard error already
      }
      Path target = target(n);
      if (target == null) {
        return;
      }
      unrestoredNote(n);
      capNote(n, Restoration::neural, Restoration::paragraphs);
      try {
        OutDir.write(target, (n.byteOrderMark() ? "\uFEFF" : "") + n.result().text());
        written++;
      } catch (IOException e) {
        unwritten++;
        err().println("unspin: cannot write " + target + ": " + Cli.why(e));
      }
    }

    /** Where {@code n} goes, or null (said) when it has no file of its own there. */
    private Path target(Reports.Named<Restoration> n) {
      String name = n.name();
      if (name.contains("://")) {
        refuse(name + ": a WARC record has no file name to write under --out-dir " + outDir + " (use --format "
            + "jsonl)");
        return null;
      }
      Path file;
      try {
        file = Path.of(name).getFileName();
      } catch (java.nio.file.InvalidPathException e) {
        file = null;
      }
      if (file == null) {
        refuse(n.label() + ": no file name to write under --out-dir " + outDir);
        return null;
      }
      // an article of a JATS set ("set.xml#2") is converted as its file is: "set.xml#2.txt"
      String lower = file.toString().toLowerCase(java.util.Locale.ROOT).replaceFirst("#\\d+$", "");
      if (CONVERTED.stream().anyMatch(lower::endsWith)) {
        file = Path.of(file + ".txt");
      }
      Path target = dir.resolve(file);
      String earlier = dir.claim(target, name);
      if (earlier != null) {
        refuse(name + ": not written: " + target + " holds the restoration of " + earlier + " (restore them into "
            + "different folders)");
        return null;
      }
      return target;
    }

    private void refuse(String why) {
      refused++;
      err().println("unspin: " + why);
    }
  }

  /**
   * The text output, written as results come: one input gives its restored text, byte for byte (after the
   * byte-order mark the input began with, if it did: restored text is written in UTF-8); several give each
   * under a "==> NAME <==" line, as head writes them, so the texts can be told apart (an empty one too). The first
   * is held until a second comes or the inputs end, to know which. A timeout or a closed pipe had left nothing of a
   * long batch, whose text was all written at its end.
   */
  private final class TextWriter {
    private Reports.Named<Restoration> first;
    private int count;
    private String lastText; // the text written for the result before this one, or null (none, or an error)

    void accept(Reports.Named<Restoration> n) {
      count++;
      if (count == 1) {
        first = n;
        return;
      }
      if (count == 2) {
        write(first, 0, true);
        first = null;
      }
      write(n, count - 1, true);
    }

    void finish() {
      if (first != null) {
        write(first, 0, false);
      }
    }

    private void write(Reports.Named<Restoration> n, int i, boolean headers) {
      if (lastText != null) {
        out().print(Reports.lineEnd(lastText));
        lastText = null;
      }
      if (n.error() != null) {
        return;
      }
      String t = n.result().text();
      unrestoredNote(n);
      capNote(n, Restoration::neural, Restoration::paragraphs);
      if (headers) {
        out().print(Reports.heading(n.label(), i == 0));
      } else if (n.byteOrderMark()) {
        out().print('\uFEFF'); // the file given back as it was (an editor's or a diff's view of it)
      }
      out().print(t);
      lastText = t;
      stopIfOutputClosed(); // (it flushes)
    }
  }
}
