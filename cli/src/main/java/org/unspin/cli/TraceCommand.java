// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.unspin.fetch.Store;
import org.unspin.spin.SpinDictionary;
import org.unspin.spin.SpinSettings;
import org.unspin.spin.SpinStyle;
import org.unspin.spin.Spinner;
import org.unspin.spin.ThesaurusDictionary;
import org.unspin.text.JsonWriter;
import org.unspin.text.PagedText;
import org.unspin.thesaurus.Thesauri;
import org.unspin.trace.Documents;
import org.unspin.trace.Family;
import org.unspin.trace.FingerprintSettings;
import org.unspin.trace.OnBadData;
import org.unspin.trace.Passage;
import org.unspin.trace.SourceMatch;
import org.unspin.trace.TraceIndex;
import org.unspin.trace.TraceSettings;
import org.unspin.trace.synthetic.GroundTruth;
import org.unspin.trace.synthetic.SourceTexts;
import org.unspin.trace.synthetic.SyntheticCrawl;
import org.unspin.trace.synthetic.TextSpinner;
import org.unspin.trace.synthetic.WordSwapSpinner;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code unspin trace}: finds the sources of spun copies, groups spins of one source, generates test crawls. */
@Command(name = "trace",
    description = {
      "Finds the source documents of spun copies: for each FILE (a text, HTML, PDF, Word, OpenDocument, LaTeX or "
          + "JATS XML file, a folder or a WARC/WET file), the ranked candidate sources from an index ('unspin "
          + "index') or from a corpus indexed on the fly, each with a similarity score and aligned passages (UTF-16 "
          + "offsets in both texts).",
      "--group instead groups the documents (FILEs, plus the index or corpus when given) into families of spins "
          + "of one source. --generate writes a synthetic crawl with ground truth (for tests and benchmarks); "
          + "--truth scores tracing or grouping against such ground truth.",
      "A document is never reported as its own source (when it is in the index or corpus under the same name).",
      "--format json writes JSON Lines: one object per traced document or family; --format csv a header, then a "
          + "row per document and source (document, rank, source, score, containment, passages; a document with no "
          + "source one row without them), or with --group a row per family member (family, member); --format html "
          + "one self-contained page that sets each document beside its sources, passage by passage, with the words "
          + "it changed and the source's wording marked on both sides (as --changes finds them)."
    })
final class TraceCommand extends QuietCommand {

  enum Format { text, json, jsonl, csv, html }

  enum SpinnerKind { a, b, ab, swap }

  static final class Candidates {
    @Option(names = "--index", paramLabel = "IDX", description = "A trace index file written by 'unspin index'.")
    Path index;

    @Option(names = "--corpus", paramLabel = "PATH", description = "Candidate sources to index on the fly "
        + "(repeatable): files, folders, WARC/WET files.")
    List<Path> corpus;
  }

  @ArgGroup(exclusive = true)
  Candidates candidates;

  @Option(names = "--format", defaultValue = "text",
      description = "text, json (JSON Lines: an object per line; jsonl says the same), csv or html (default: "
          + "${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--top", defaultValue = "5", paramLabel = "N", description = "Sources reported per document "
      + "(default: ${DEFAULT-VALUE}); a document that has more says so (text: a line after its sources; JSON: "
      + "\"more_sources\": true; and the summary counts them).")
  int top;

  @Option(names = "--min-score", paramLabel = "S", description = "Report sources scoring at least S (default: "
      + "0.1); a source that a part of the document was copied from (a 40-word window mostly found in it, with "
      + "aligned passages of 20 words or more) is reported whatever its score. A document of up to 150 words (a "
      + "paragraph) is also scored against a long source's 100-word windows. A lower S lists more distant "
      + "documents, some unrelated.")
  Double minScore;

  @Option(names = "--group", description = "Group the documents into families of spins of one source.")
  boolean group;

  @Option(names = "--group-threshold", paramLabel = "T", description = "With --group: estimated similarity that "
      + "joins two documents (default: 0.2).")
  Double groupThreshold;

  @Option(names = "--truth", paramLabel = "TSV", description = "Ground truth of a generated crawl (truth.tsv or "
      + "crawl-truth.tsv), or a table of your own in their form: UTF-8, tab-separated, a row a document (its file or "
      + "URL, its kind: original, spin, copy or unrelated, its source, its family number), with or without their "
      + "header line. Prints top-1 accuracy, or with --group pairwise precision and recall, to standard error.")
  Path truth;

  @Option(names = "--restore", description = "Also fingerprint each traced document's restoration (the default "
      + "models of 'unspin restore', fetched on first use): the restored words count as matches too.")
  boolean restore;

  @Option(names = "--changes", description = "Also list, inside each aligned passage, the words the document "
      + "changed and what the source has there (the spinner's substitutions and their original wording; a farm copy "
      + "that spins some paragraphs shows changes in those only); a stretch of over 6 words is \"unaligned\" (moved, "
      + "added or rewritten), not a substitution. Text and JSON formats (\"changes\" of each passage, with offsets "
      + "into both texts in UTF-16 code units, and \"words\", \"changed_words\"). Needs an index that keeps its "
      + "texts (any written by this version).")
  boolean changes;

  @Option(names = "--exclude-quotes", description = "Leave quoted text (between double quotation marks, \"...\", "
      + "\u201C...\u201D or \u00AB...\u00BB, closed before the next blank line) out of tracing, as cited material; "
      + "offsets still point into the document.")
  boolean excludeQuotes;

  @Option(names = "--annotate", paramLabel = "DIR", description = "Also write a copy of each traced PDF, Word or "
      + "OpenDocument file into DIR (paper.pdf as paper.unspin.pdf) with the passages made from its likeliest source "
      + "marked where they are, each with a note quoting the source's passage, and the sources as the first note: "
      + "the original beside the copy, in the copy. Other inputs get no copy.")
  Path annotate;

  @picocli.CommandLine.Mixin
  BadDataOption badData = new BadDataOption();

  @picocli.CommandLine.Mixin
  HtmlOption html = new HtmlOption();

  @Option(names = "--summary-only", description = "Print no per-document results, only the summary on standard "
      + "error: how many documents were traced and how many of them have a source (with --truth, its scores).")
  boolean summaryOnly;

  @Option(names = "--generate", paramLabel = "DIR", description = "Write a synthetic crawl to DIR: corpus/, "
      + "queries/, truth.tsv (and with --warc crawl.warc.gz and crawl-truth.tsv).")
  Path generate;

  @Option(names = "--documents", defaultValue = "10000", paramLabel = "N", description = "With --generate: source "
      + "and unrelated documents (default: ${DEFAULT-VALUE}).")
  int documents;

  @Option(names = "--spun", defaultValue = "1000", paramLabel = "N", description = "With --generate: documents that "
      + "get spun (default: ${DEFAULT-VALUE}).")
  int spun;

  @Option(names = "--max-spins", defaultValue = "1", paramLabel = "N", description = "With --generate: each spun "
      + "document gets 1..N spins (default: ${DEFAULT-VALUE}).")
  int maxSpins;

  @Option(names = "--copies", defaultValue = "0", paramLabel = "N", description = "With --generate: verbatim copies "
      + "of the first N spun documents (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(names = "--min-words", defaultValue = "200", paramLabel = "N", description = "With --generate: shortest "
      + "document (default: ${DEFAULT-VALUE}).")
  int minWords;

  @Option(names = "--max-words", defaultValue = "320", paramLabel = "N", description = "With --generate: longest "
      + "document (default: ${DEFAULT-VALUE}).")
  int maxWords;

  @Option(names = "--spinner", defaultValue = "a", description = "With --generate: a or b (the spinner simulation "
      + "of 'unspin spin', styles A and B; WordNet and Moby are fetched on first use), ab (each spin in style A or "
      + "B at random) or swap (a crude word-swapping stand-in) (default: ${DEFAULT-VALUE}).")
  SpinnerKind spinner;

  @Option(names = "--rate", paramLabel = "R", description = "With --generate: share of the words the spinner "
      + "replaces (default: the spinner simulation's default, 0.5 for swap).")
  Double rate;

  @Option(names = "--seed", defaultValue = "1", description = "With --generate: random seed (default: "
      + "${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--warc", description = "With --generate: also write crawl.warc.gz and crawl-truth.tsv.")
  boolean warc;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Documents to trace or group.")
  List<Path> files;

  @Override
  public Integer call() throws IOException {
    if (format == Format.jsonl) { // what detect and restore call JSON Lines
      format = Format.json;
    }
    if (generate != null) {
      return generate();
    }
    // the synthetic crawl's options, given without --generate, are said, not ignored (as detect's --out is)
    refuseGiven(o -> o + " is for --generate (writing a synthetic crawl)", "--documents", "--spun", "--max-spins",
        "--copies", "--min-words", "--max-words", "--spinner", "--rate", "--seed", "--warc");
    if (top < 1) {
      throw new ParameterException(spec.commandLine(), "--top must be at least 1: " + top);
    }
    unitInterval("--min-score", minScore);
    unitInterval("--group-threshold", groupThreshold);
    if (!group) {
      refuseGiven(o -> o + " sets how similar documents --group joins; without --group it would do nothing",
          "--group-threshold");
    }
    TraceSettings ts = TraceSettings.defaults();
    try {
      ts = ts.withMaxResults(top);
      if (minScore != null) {
        ts = ts.withMinScore(minScore);
      }
      if (groupThreshold != null) {
        ts = ts.withFamilyThreshold(groupThreshold);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (group) {
      if (format == Format.html) {
        throw new ParameterException(spec.commandLine(), "--format html is a report of traced documents; --group "
            + "writes text, json or csv");
      }
      // what only tracing reads is said, not ignored ("--group --annotate DIR" had written no copy and exited 0)
      refuseGiven(o -> o + " is for tracing documents to their sources; --group only groups them", "--top",
          "--min-score", "--restore", "--changes", "--exclude-quotes", "--annotate");
      return group(ts);
    }
    if (candidates == null) {
      throw new ParameterException(spec.commandLine(), "give --index IDX or --corpus PATH (or --group)");
    }
    if (files == null || files.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give the FILEs to trace");
    }
    GroundTruth gt = truth();
    long t0 = System.nanoTime();
    TraceIndex index = candidates();
    long t1 = System.nanoTime();
    Map<String, List<Integer>> pages = new java.util.HashMap<>();
    Map<String, String> queries = documents(files, pages);
    PrintWriter out = out();
    Map<String, String> top1 = new LinkedHashMap<>();
    java.util.function.UnaryOperator<String> normaliser = null;
    if (restore) {
      org.unspin.Unspinner unspinner = Models.load(Models.Options.NONE, progress());
      normaliser = text -> unspinner.restore(text, true).text();
    }
    long t2 = System.nanoTime();
    if (!summaryOnly && format == Format.csv) {
      out.print("document,rank,source,score,containment,passages,error,note\n");
    }
    AnnotatedCopies copies = annotate == null ? null : AnnotatedCopies.in(annotate, err());
    boolean html = format == Format.html;
    List<TraceReport.Traced> report = new ArrayList<>();
    int withSource = 0;
    int wordless = 0;
    int beyondTop = 0;
    for (Map.Entry<String, String> q : queries.entrySet()) {
      if (q.getValue() == null) { // could not be read: said in its place
        // once on standard error, and in the output only where its format has a place for an error (JSON, CSV,
        // HTML), as restore and detect do: the text output had said it a second time, "FILE: not read: ..."
        String why = unread.get(q.getKey());
        out.flush(); // the error comes between the documents before and after it on a terminal
        err().println("unspin trace: " + why);
        err().flush();
        if (!summaryOnly) {
          if (html) {
            report.add(TraceReport.Traced.failed(q.getKey(), why));
          } else if (format == Format.json) {
            out.println("{\"document\":" + quote(q.getKey()) + ",\"sources\":[],\"error\":" + quote(why) + "}");
          } else if (format == Format.csv) {
            out.print(csv(q.getKey(), List.of(), why));
          }
        }
        continue;
      }
      String self = q.getKey();
      String traced = excludeQuotes ? org.unspin.trace.Quotations.blanked(q.getValue()) : q.getValue();
      List<SourceMatch> matches = index.trace(traced, ts, normaliser, sameDocument(self));
      // a page of eight spun articles had listed five sources and said nothing of the other three: where --top is
      // reached, the document is traced again for one more, and a further source is said to be there
      boolean more = matches.size() >= top
          && index.trace(traced, ts.withMaxResults(top + 1), normaliser, sameDocument(self)).size() > top;
      if (more) {
        beyondTop++;
      }
      top1.put(q.getKey(), matches.isEmpty() ? null : matches.get(0).name());
      if (!matches.isEmpty()) {
        withSource++;
      } else if (!hasWords(q.getValue())) {
        wordless++;
      }
      // each source's text, read from the index once for the copy, the changes, the report and the JSON
      List<String> sources = copies != null || changes || html ? sourceTexts(matches, index) : null;
      if (copies != null && !matches.isEmpty()) {
        copies.write(q.getKey(), pages.containsKey(q.getKey()), marks(matches.get(0), sources.get(0),
            q.getValue()), summary(matches));
      }
      if (!summaryOnly) {
        List<Integer> starts = pages.getOrDefault(q.getKey(), List.of());
        String note = hasWords(q.getValue()) ? null : "no words to trace";
        List<List<PassageChanges>> changed = changes || html ? changes(matches, sources, q.getValue()) : null;
        if (html) {
          report.add(new TraceReport.Traced(q.getKey(), q.getValue(), matches, sources, changed, starts, null));
        } else if (format == Format.json) {
          String line = json(q.getKey(), matches, starts, note, changed, sources);
          out.println(more ? line.substring(0, line.length() - 1) + ",\"more_sources\":true}" : line);
        } else if (format == Format.csv) {
          out.print(csv(q.getKey(), matches, null, note));
        } else {
          text(out, q.getKey(), matches, starts, note, changed);
          if (more) {
            out.println("  more sources than --top " + top + ": a larger --top lists them");
          }
        }
      }
    }
    if (html && !summaryOnly) {
      out.print(TraceReport.html(report, ts.minScore(), top, index.size()));
    }
    long t3 = System.nanoTime();
    out.flush();
    if (queries.isEmpty()) {
      note("warning: no documents found in " + files + " (it reads text, Markdown, HTML, "
          + "PDF, Word, OpenDocument, LaTeX, JATS XML and WARC/WET files)");
    }
    if (copies != null && !quiet()) {
      copies.report();
    }
    double secs = (t3 - t2) / 1e9;
    int traced = queries.size() - unread.size();
    // what was found is counted, so that --summary-only says more than that the batch ran (it had said how many
    // documents were traced, not how many of them had a source)
    int none = traced - withSource;
    note(String.format(Locale.ROOT,
        "traced %d document%s against %d in %.2f s (%.1f ms per document; index %s in %.2f s): %d with a source, "
            + "%d without%s%s",
        traced, traced == 1 ? "" : "s", index.size(), secs, traced == 0 ? 0 : secs * 1000 / traced,
        candidates.index != null ? "opened" : "built", (t1 - t0) / 1e9, withSource, none,
        wordless == 0 ? "" : " (" + wordless + " of them with no words to trace)",
        unread.isEmpty() ? "" : "; " + unread.size() + " not read"));
    if (beyondTop > 0) {
      note(beyondTop + " document" + (beyondTop == 1 ? " has" : "s have") + " more sources than --top " + top
          + " lists: a larger --top lists them");
    }
    if (gt != null) {
      long cands = 0;
      for (String text : queries.values()) {
        cands += text == null ? 0 : index.candidateCount(text);
      }
      err().printf(Locale.ROOT, "LSH candidates per document: %.1f of %d on average%n",
          queries.isEmpty() ? 0.0 : (double) cands / queries.size(), index.size());
      GroundTruth.Top1 r = gt.top1(top1);
      if (r.queries() == 0) { // had been "0 of 0 spins and copies (0.00%)", as if tracing had failed them all
        err().println("unspin trace: warning: " + truth + " names none of the " + top1.size() + " document"
            + (top1.size() == 1 ? "" : "s") + " traced as a spin or copy, so there is no top-1 to score ("
            + NAMES_MATCH + ")");
      } else {
        err().printf(Locale.ROOT, "top-1 source correct: %d of %d spins and copies (%.2f%%); %d with no source "
            + "found%s%n", r.correct(), r.queries(), 100 * r.accuracy(), r.unanswered(), notScored(gt,
            top1.keySet(), "traced"));
      }
    }
    err().flush();
    // an annotated copy that could not be written is an output not written (5), as in detect; an unread input wins
    return !unread.isEmpty() ? Cli.BAD_INPUT : copies != null && copies.failed() > 0 ? Cli.OUTPUT : Cli.OK;
  }

  /**
   * Whether an indexed document is the traced one {@code name} itself (left out of its sources): the same name, or
   * the same file however the path is spelled ("./corpus/a.txt", "corpus/a.txt", its absolute path).
   */
  static java.util.function.Predicate<String> sameDocument(String name) {
    Path path = asPath(name);
    return other -> other.equals(name) || path != null && path.equals(asPath(other));
  }

  /** What makes two document names one document: the URL as written, or the normalised absolute path. */
  static String documentKey(String name) {
    Path p = IndexCommand.isUrl(name) ? null : asPath(name);
    return p == null ? name : p.toString();
  }

  /** {@code name} as an absolute, normalised path, or null when it is none (a URL). */
  static Path asPath(String name) {
    try {
      return Path.of(name).toAbsolutePath().normalize();
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  private void unitInterval(String option, Double value) {
    if (value != null && !(value >= 0 && value <= 1)) {
      throw new ParameterException(spec.commandLine(), option + " must lie in [0, 1]: " + value);
    }
  }

  /** Longest quotation of a source passage in a note, in characters. */
  static final int QUOTE_CHARS = 400;

  /**
   * A mark per paragraph of each passage of {@code match} in the traced text {@code query}: red from a passage
   * similarity of 0.5 (a light spin or a copy), yellow from 0.25, blue below; the note names the source and quotes
   * what that paragraph was made from ({@code source}, the source's text, when the index has it: the words the two
   * passages share, aligned word by word, give the source's stretch).
   */
  static List<org.unspin.trace.Mark> marks(SourceMatch match, String source, String query) {
    List<org.unspin.trace.Mark> marks = new java.util.ArrayList<>();
    for (Passage p : match.passages()) {
      org.unspin.trace.Mark.Level level = p.similarity() >= 0.5 ? org.unspin.trace.Mark.Level.HIGH
          : p.similarity() >= 0.25 ? org.unspin.trace.Mark.Level.MEDIUM : org.unspin.trace.Mark.Level.LOW;
      boolean quotable = source != null && p.source().end() <= source.length() && p.query().end() <= query.length();
      List<int[]> q = quotable ? words(query, p.query().start(), p.query().end()) : List.of();
      List<int[]> s = quotable ? words(source, p.source().start(), p.source().end()) : List.of();
      int[] toSource = quotable ? aligned(query, q, source, s) : new int[0];
      int start = p.query().start();
      while (start < p.query().end()) { // a mark per paragraph of the passage
        int end = query.indexOf("\n\n", start);
        end = end < 0 || end > p.query().end() ? p.query().end() : end;
        String quote = "";
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (int k = 0; k < q.size(); k++) {
          if (q.get(k)[0] >= start && q.get(k)[1] <= end && toSource[k] >= 0) {
            from = Math.min(from, s.get(toSource[k])[0]);
            to = Math.max(to, s.get(toSource[k])[1]);
          }
        }
        if (to > from) {
          quote = ": \u201c" + clip(source.substring(from, to)) + "\u201d";
        }
        if (!query.substring(start, end).isBlank()) {
          marks.add(new org.unspin.trace.Mark(start, end, String.format(Locale.ROOT,
              "made from %s (passage similarity %.2f)%s", match.name(), p.similarity(), quote), level));
        }
        start = end + 2;
      }
    }
    return marks;
  }

  /** The whitespace-separated words of {@code text} in {@code [from, to)}, as start and end offsets. */
  private static List<int[]> words(String text, int from, int to) {
    List<int[]> out = new java.util.ArrayList<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(text).region(from, to);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }

  /**
   * For each word of {@code q}, the index of the word of {@code s} it is aligned with (a word of a swapped stretch
   * with the word at its place in the source's stretch), or -1 (a word the spinner added).
   */
  private static int[] aligned(String query, List<int[]> q, String source, List<int[]> s) {
    List<String> a = q.stream().map(w -> query.substring(w[0], w[1]).toLowerCase(Locale.ROOT)).toList();
    List<String> b = s.stream().map(w -> source.substring(w[0], w[1]).toLowerCase(Locale.ROOT)).toList();
    org.unspin.text.TokenDiff.Result d;
    try {
      d = org.unspin.text.TokenDiff.diff(a, b);
    } catch (IllegalArgumentException tooLong) {
      int[] none = new int[a.size()];
      java.util.Arrays.fill(none, -1);
      return none;
    }
    int[] out = d.matches(a.size());
    for (org.unspin.text.TokenDiff.Hunk h : d.hunks()) {
      // a swapped stretch ("Detractors" for "Critics") maps onto the source's, in proportion
      int n = h.aEnd() - h.aStart();
      int m = h.bEnd() - h.bStart();
      for (int k = 0; k < n && m > 0; k++) {
        out[h.aStart() + k] = h.bStart() + (int) ((long) k * m / n);
      }
    }
    return out;
  }

  private static String clip(String passage) {
    String p = passage.strip().replaceAll("\\s+", " ");
    return p.length() <= QUOTE_CHARS ? p : p.substring(0, p.lastIndexOf(' ', QUOTE_CHARS) > 0
        ? p.lastIndexOf(' ', QUOTE_CHARS) : QUOTE_CHARS) + " \u2026";
  }

  /** The first note: the likeliest source and the others found, with their scores. */
  static String summary(List<SourceMatch> matches) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "unspin trace: likeliest source %s (score %.3f, "
        + "containment %.3f), %d passage%s marked, a note on each paragraph quoting what it was made from",
        matches.get(0).name(), matches.get(0).score(),
        matches.get(0).containment(), matches.get(0).passages().size(),
        matches.get(0).passages().size() == 1 ? "" : "s"));
    for (int i = 1; i < matches.size(); i++) {
      sb.append(i == 1 ? "; also " : ", ").append(matches.get(i).name())
          .append(String.format(Locale.ROOT, " (%.3f)", matches.get(i).score()));
    }
    return sb.append('.').toString();
  }

  /** How a truth table's names meet the documents', for the warning that it names none of them. */
  private static final String NAMES_MATCH = "a row's name matches a document's whole name or its end after a /: "
      + "queries/a.txt matches /data/crawl/queries/a.txt";

  /** "; N documents DONE that TRUTH does not name, not scored", or nothing when it names them all. */
  private String notScored(GroundTruth gt, java.util.Collection<String> documents, String done) {
    int n = gt.unnamed(documents);
    return n == 0 ? "" : "; " + n + " document" + (n == 1 ? "" : "s") + " " + done + " that " + truth
        + " does not name, not scored";
  }

  private GroundTruth truth() {
    if (truth == null) {
      return null;
    }
    try {
      return GroundTruth.read(truth);
    } catch (java.nio.file.NoSuchFileException e) {
      throw CliException.badInput(truth + ": no such file");
    } catch (IOException e) {
      throw CliException.badInput(e.getMessage());
    }
  }

  private TraceIndex candidates() {
    if (candidates.index != null) {
      if (Files.isDirectory(candidates.index)) {
        throw CliException.badInput(candidates.index + " is a folder: give the index file 'unspin index --out' "
            + "wrote, or --corpus " + candidates.index + " to index the folder on the fly");
      }
      try {
        TraceIndex index = TraceIndex.open(candidates.index);
        reading = reading(index);
        return index;
      } catch (java.nio.file.NoSuchFileException e) {
        throw CliException.badInput(candidates.index + ": no such file");
      } catch (IOException e) {
        throw CliException.badInput(e.getMessage());
      }
    }
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults()).html(html.html());
    IndexCommand.read(candidates.corpus, b::add, badData.policy, html.html(), this);
    return b.build();
  }

  /** How the traced HTML pages are read ({@link #reading(TraceIndex)}); null: as {@code --whole-page} says. */
  private Documents.Html reading;

  /**
   * How the pages traced against {@code index} are read: whole where it read its pages whole, though {@code
   * --whole-page} is not given (a page's template, read in one and not in the other, only dilutes their likeness);
   * else as {@code --whole-page} says, with a warning where the index read its pages as their article.
   */
  private Documents.Html reading(TraceIndex index) {
    Documents.Html recorded = index.html().orElse(null);
    if (recorded == Documents.Html.WHOLE_PAGE && !html.wholePage) {
      if (!quiet()) {
        err().println("unspin trace: note: " + candidates.index + " read its HTML pages whole (index --whole-page), "
            + "so the pages traced here are read whole too");
      }
      return Documents.Html.WHOLE_PAGE;
    }
    if (recorded == Documents.Html.ARTICLE && html.wholePage) {
      err().println("unspin trace: warning: " + candidates.index + " read its HTML pages as their article, and "
          + "--whole-page reads the pages traced here whole: their template is weighed against pages without one, "
          + "and any page of the index that shares it can be named as a source");
    }
    return html.html();
  }

  /** Every document under {@code paths}, by name, in order; the pages of each PDF among them go to {@code pages}. */
  private Map<String, String> documents(List<Path> paths, Map<String, List<Integer>> pages) {
    Map<String, String> docs = new LinkedHashMap<>();
    int[] repeats = {0};
    Documents.Sink sink = new Documents.Sink() {
      @Override
      public void accept(String name, String text) {
        repeats[0] += docs.containsKey(name) ? 1 : 0;
        docs.put(name, text);
      }

      @Override
      public void accept(String name, PagedText document) {
        accept(name, document.text());
        if (!document.pageStarts().isEmpty()) {
          pages.put(name, document.pageStarts());
        }
      }
    };
    for (Path p : paths) {
      // "-" is standard input, and a pipe named on the command line (bash's <(...)) is read, as restore reads them
      boolean pipe = !Inputs.isStandardInput(p) && !java.nio.file.Files.isDirectory(p)
          && !java.nio.file.Files.isRegularFile(p) && java.nio.file.Files.isReadable(p);
      if (Inputs.isStandardInput(p) || pipe) {
        try {
          docs.put(p.toString(), pipe ? Inputs.decode(p.toString(), java.nio.file.Files.readAllBytes(p))
              : Inputs.readStandardInput(System.in));
        } catch (CliException | java.io.IOException e) {
          docs.put(p.toString(), null);
          unread.put(p.toString(), e.getMessage());
        }
        continue;
      }
      List<Path> each;
      try {
        each = java.nio.file.Files.isDirectory(p) ? Documents.files(p) : List.of(p);
      } catch (java.io.IOException e) {
        docs.put(p.toString(), null);
        unread.put(p.toString(), p + ": cannot list the folder: " + e.getMessage());
        continue;
      }
      for (Path f : each) {
        // a file that cannot be read is an error in its place and the others are traced, as restore and detect do
        // (one missing file had stopped the batch); a WARC file's bad records follow --on-bad-data; a bad article of
        // a JATS set is said and left out, and the set's others are read (they had been dropped after it)
        try {
          IndexCommand.read(f, sink, Documents.isWarc(f) ? badData.policy
              : Documents.isJats(f) && Inputs.articleSet(f) ? OnBadData.WARN : OnBadData.FAIL,
              reading != null ? reading : html.html(), this);
        } catch (CliException e) {
          docs.put(f.toString(), null);
          unread.put(f.toString(), e.getMessage());
        }
      }
    }
    if (repeats[0] > 0) { // 7 inputs had given 5 results unsaid
      note("note: " + repeats[0] + " documents were named more than once; each has one result");
    }
    return docs;
  }

  /** The traced inputs that could not be read (in {@link #documents} with no text), with why. */
  private final Map<String, String> unread = new LinkedHashMap<>();

  private int group(TraceSettings ts) {
    TraceIndex.Builder b = TraceIndex.builder(FingerprintSettings.defaults());
    // one document once: a FILE that is also in the index or corpus (or named twice, in two spellings of its path)
    // had formed a family with itself
    java.util.Set<String> seen = new java.util.HashSet<>();
    int[] repeats = {0};
    java.util.function.BiConsumer<String, String> add = (name, text) -> {
      if (seen.add(documentKey(name))) {
        b.add(name, text);
      } else {
        repeats[0]++;
      }
    };
    if (candidates != null && candidates.index != null) {
      TraceIndex idx = candidates();
      for (int d = 0; d < idx.size(); d++) {
        add.accept(idx.name(d), idx.text(d));
      }
    } else if (candidates != null) {
      IndexCommand.read(candidates.corpus, add::accept, badData.policy, html.html(), this);
    }
    if (files != null) {
      for (Map.Entry<String, String> d : documents(files, new java.util.HashMap<>()).entrySet()) {
        if (d.getValue() == null) {
          err().println("unspin trace: " + unread.get(d.getKey()) + " (left out of the groups)");
        } else {
          add.accept(d.getKey(), d.getValue());
        }
      }
    }
    if (repeats[0] > 0) {
      note("note: " + repeats[0] + " documents were given more than once (a FILE also in the index or corpus, or "
          + "another spelling of its path); each is grouped once");
    }
    if (b.size() == 0) {
      throw new ParameterException(spec.commandLine(), "give the FILEs to group");
    }
    GroundTruth gt = truth();
    long t0 = System.nanoTime();
    TraceIndex index = b.build();
    List<Family> families = index.families(ts, 1000);
    long t1 = System.nanoTime();
    PrintWriter out = out();
    if (!summaryOnly) {
      if (format == Format.csv) {
        out.print("family,member\n");
      }
      for (Family f : families) {
        if (format == Format.csv) {
          for (String m : f.members()) {
            out.print(f.id() + "," + Reports.csvCell(m) + "\n");
          }
        } else if (format == Format.json) {
          StringBuilder sb = new StringBuilder("{\"family\":").append(f.id()).append(",\"members\":[");
          for (int i = 0; i < f.members().size(); i++) {
            sb.append(i > 0 ? "," : "").append(quote(f.members().get(i)));
          }
          out.println(sb.append("]}"));
        } else {
          out.println("family " + f.id() + " (" + f.members().size() + "): " + String.join("  ", f.members()));
        }
      }
      out.flush();
    }
    note(String.format(Locale.ROOT, "grouped %d document%s into %d famil%s of two or more in %.2f s", index.size(),
        index.size() == 1 ? "" : "s", families.size(), families.size() == 1 ? "y" : "ies", (t1 - t0) / 1e9));
    if (gt != null) {
      List<String> all = new ArrayList<>();
      for (int d = 0; d < index.size(); d++) {
        all.add(index.name(d));
      }
      List<List<String>> groups = new ArrayList<>();
      for (Family f : families) {
        groups.add(f.members());
      }
      GroundTruth.PairScores s = gt.pairs(all, groups);
      if (gt.unnamed(all) == all.size()) {
        err().println("unspin trace: warning: " + truth + " names none of the " + all.size() + " document"
            + (all.size() == 1 ? "" : "s") + " grouped, so there are no pairs to score (" + NAMES_MATCH + ")");
      } else {
        err().printf(Locale.ROOT, "pairwise precision %.4f (%d of %d pairs), recall %.4f (%d of %d true pairs)%s%n",
            s.precision(), s.correctPairs(), s.predictedPairs(), s.recall(), s.correctPairs(), s.truePairs(),
            notScored(gt, all, "grouped"));
      }
    }
    err().flush();
    return unread.isEmpty() ? Cli.OK : Cli.BAD_INPUT;
  }

  private int generate() throws IOException {
    if (minWords < 20 || maxWords < minWords) {
      throw new ParameterException(spec.commandLine(), "need 20 <= --min-words <= --max-words");
    }
    TextSpinner textSpinner = spinner();
    SyntheticCrawl.Settings settings;
    try {
      settings = new SyntheticCrawl.Settings(documents, spun, maxSpins, copies, seed);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Store store = Store.fromEnvironment();
    List<SourceTexts.Text> texts = new ArrayList<>(SourceTexts.sotu(store, progress()));
    texts.addAll(SourceTexts.brown(store, progress()));
    List<SourceTexts.Chunk> chunks = SourceTexts.chunks(texts, minWords, maxWords, seed);
    if (chunks.size() < documents) {
      throw CliException.badInput("only " + chunks.size() + " documents of " + minWords + ".." + maxWords
          + " words can be cut from the public-domain texts; lower --documents or --min-words");
    }
    long t0 = System.nanoTime();
    SyntheticCrawl crawl = SyntheticCrawl.generate(chunks, textSpinner, settings);
    long t1 = System.nanoTime();
    Files.createDirectories(generate);
    crawl.writeFolders(generate);
    if (warc) {
      crawl.writeWarc(generate.resolve("crawl.warc.gz"), generate.resolve("crawl-truth.tsv"));
    }
    Map<SyntheticCrawl.Kind, Integer> counts = new java.util.EnumMap<>(SyntheticCrawl.Kind.class);
    for (SyntheticCrawl.Page p : crawl.pages()) {
      counts.merge(p.kind(), 1, Integer::sum);
    }
    note(String.format(Locale.ROOT, "wrote %s: %s (spinner %s, rate %s; spinning took %.1f s)", generate, counts,
        spinner, rate == null ? "default" : rate.toString(), (t1 - t0) / 1e9));
    err().flush();
    return Cli.OK;
  }

  private TextSpinner spinner() throws IOException {
    if (rate != null && !(rate >= 0 && rate <= 1)) {
      throw new ParameterException(spec.commandLine(), "--rate must be between 0 and 1");
    }
    if (spinner == SpinnerKind.swap) {
      return WordSwapSpinner.withRate(rate == null ? 0.5 : rate);
    }
    double r = rate == null ? SpinSettings.DEFAULT_RATE : rate;
    Store store = Store.fromEnvironment();
    org.unspin.thesaurus.WordNet wordNet = Thesauri.wordNet(store, progress());
    org.unspin.thesaurus.Moby moby = Thesauri.moby(store, progress());
    SpinDictionary dictA = spinner == SpinnerKind.b ? null : ThesaurusDictionary.create(wordNet, moby, SpinStyle.A);
    SpinDictionary dictB = spinner == SpinnerKind.a ? null : ThesaurusDictionary.create(wordNet, moby, SpinStyle.B);
    return (text, spinSeed) -> {
      boolean useB = spinner == SpinnerKind.b || spinner == SpinnerKind.ab && (spinSeed & 1) == 1;
      SpinStyle style = useB ? SpinStyle.B : SpinStyle.A;
      return Spinner.create(useB ? dictB : dictA, SpinSettings.builder().seed(spinSeed).rate(r).style(style).build())
          .spin(text).spun();
    };
  }

  /** Whether {@code text} has a letter or digit: an empty or blank file has nothing to trace, which is no finding. */
  static boolean hasWords(String text) {
    return text.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  /** The text of each of {@code matches}' sources, in the same order; null where the index does not hold it. */
  static List<String> sourceTexts(List<SourceMatch> matches, TraceIndex index) {
    List<String> out = new ArrayList<>(matches.size());
    for (SourceMatch m : matches) {
      out.add(index.textOf(m.name())); // decoded from the index's UTF-8 at each call
    }
    return out;
  }

  /**
   * The changes inside each passage of each of {@code matches} ({@link PassageChanges}), in the same order, from
   * their {@code sources}' texts ({@link #sourceTexts}); null for a source whose text the index does not hold.
   */
  static List<List<PassageChanges>> changes(List<SourceMatch> matches, List<String> sources, String query) {
    List<List<PassageChanges>> out = new java.util.ArrayList<>();
    for (int i = 0; i < matches.size(); i++) {
      SourceMatch m = matches.get(i);
      String source = sources.get(i);
      if (source == null || source.isEmpty()) {
        out.add(null);
        continue;
      }
      List<PassageChanges> passages = new java.util.ArrayList<>();
      for (Passage p : m.passages()) {
        passages.add(PassageChanges.of(query, p.query().start(), p.query().end(), source, p.source().start(),
            p.source().end()));
      }
      out.add(passages);
    }
    return out;
  }

  /** The text report of one traced document; {@code note}, when not null, says why nothing was traced. */
  private static void text(PrintWriter out, String name, List<SourceMatch> matches, List<Integer> pageStarts,
      String note, List<List<PassageChanges>> changes) {
    out.println(name + (note != null ? ": " + note : matches.isEmpty() ? ": no source found" : ""));
    for (int i = 0; i < matches.size(); i++) {
      SourceMatch m = matches.get(i);
      out.printf(Locale.ROOT, "  %d. %s  score %.3f  containment %.3f%n", i + 1, m.name(), m.score(),
          m.containment());
      for (int j = 0; j < m.passages().size(); j++) {
        Passage p = m.passages().get(j);
        out.printf(Locale.ROOT, "     passage %d-%d%s <- source %d-%d  similarity %.3f%n", p.query().start(),
            p.query().end(), Reports.pageNote(pageStarts, p.query().start()), p.source().start(), p.source().end(),
            p.similarity());
        if (changes == null) {
          continue;
        }
        if (changes.get(i) == null) {
          out.println("       changes: the index does not hold the source's text");
          continue;
        }
        PassageChanges c = changes.get(i).get(j);
        if (c.note() != null) {
          out.println("       changes: " + c.note());
          continue;
        }
        out.printf(Locale.ROOT, "       %d of %d tokens changed (%.0f%%), in %d place%s%s%n", c.changedWords(),
            c.words(), 100 * c.changedShare(), c.changes().size(), c.changes().size() == 1 ? "" : "s",
            c.changes().isEmpty() ? "" : ":");
        for (PassageChanges.Change x : c.changes()) {
          if (x.kind() == PassageChanges.Kind.UNALIGNED) {
            out.printf(Locale.ROOT, "       %d-%d unaligned: %d tokens here, %d in the source at %d-%d (moved, added, "
                + "left out or rewritten; not compared word by word)%n", x.document().start(), x.document().end(),
                PassageChanges.tokenCount(x.documentText()), PassageChanges.tokenCount(x.sourceText()),
                x.source().start(), x.source().end());
            continue;
          }
          out.printf(Locale.ROOT, "       %d-%d %s%s <- %s%n", x.document().start(), x.document().end(),
              x.kind() == PassageChanges.Kind.SWAP ? "" : x.kind().label() + ": ", shown(x.documentText()),
              shown(x.sourceText()));
        }
      }
    }
  }

  /** A changed stretch as the text report shows it: quoted on one line, or "(nothing)". */
  private static String shown(String stretch) {
    return stretch.isEmpty() ? "(nothing)" : "\u201c" + stretch.replaceAll("\\s+", " ") + "\u201d";
  }

  /** One JSON object: the traced document and its sources. */
  static String json(String name, List<SourceMatch> matches) {
    return json(name, matches, List.of(), null, null, null);
  }

  /**
   * One JSON object: the traced document and its sources; a document with pages (a PDF) gives each passage the page
   * it starts on ({@code "document_page"}); {@code note}, when not null, says why nothing was traced ({@code "note"});
   * with {@code changes}, each passage's changes, and the source's passage itself ({@code "source_passage"}) from
   * the {@code sources}' texts ({@link #sourceTexts}), so that a reader can show the two side by side.
   */
  static String json(String name, List<SourceMatch> matches, List<Integer> pageStarts, String note,
      List<List<PassageChanges>> changes, List<String> sources) {
    JsonWriter w = JsonWriter.compact();
    json(w, name, matches, pageStarts, note, changes, sources);
    return w.toString();
  }

  /**
   * As {@link #json(String, List, List, String, List, List)}, written as the next value of {@code w}: the server
   * writes it as the {@code "trace"} member of its indented answer, by the writer of the rest of it.
   */
  static void json(JsonWriter w, String name, List<SourceMatch> matches, List<Integer> pageStarts, String note,
      List<List<PassageChanges>> changes, List<String> sources) {
    w.beginObject().name("document").value(name).name("sources").beginArray();
    for (int i = 0; i < matches.size(); i++) {
      SourceMatch m = matches.get(i);
      w.beginObject().name("rank").value(i + 1).name("source").value(m.name())
          .name("score").value(m.score(), 4).name("containment").value(m.containment(), 4)
          .name("passages").beginArray();
      for (int j = 0; j < m.passages().size(); j++) {
        Passage p = m.passages().get(j);
        w.beginObject().name("document_start").value(p.query().start()).name("document_end").value(p.query().end());
        if (!pageStarts.isEmpty()) {
          w.name("document_page").value(PagedText.pageAt(pageStarts, p.query().start()));
        }
        w.name("source_start").value(p.source().start()).name("source_end").value(p.source().end())
            .name("similarity").value(p.similarity(), 4);
        if (changes != null) {
          String source = changes.get(i) == null ? null : sources.get(i);
          if (source != null && p.source().end() <= source.length()) {
            w.name("source_passage").value(source.substring(p.source().start(), p.source().end()));
          }
          changesJson(w, changes.get(i) == null ? null : changes.get(i).get(j));
        }
        w.endObject();
      }
      w.endArray().endObject();
    }
    w.endArray();
    if (note != null) {
      w.name("note").value(note);
    }
    w.endObject();
  }

  /** A passage's {@code "words"}, {@code "changed_words"} and {@code "changes"}, or the note why there are none. */
  private static void changesJson(JsonWriter w, PassageChanges c) {
    if (c == null || c.note() != null) {
      w.name("changes_note").value(c == null ? "the index does not hold the source's text" : c.note());
      return;
    }
    w.name("words").value(c.words()).name("changed_words").value(c.changedWords()).name("changes").beginArray();
    for (PassageChanges.Change x : c.changes()) {
      w.beginObject().name("kind").value(x.kind().label())
          .name("document_start").value(x.document().start()).name("document_end").value(x.document().end())
          .name("source_start").value(x.source().start()).name("source_end").value(x.source().end())
          .name("document_text").value(x.documentText()).name("source_text").value(x.sourceText()).endObject();
    }
    w.endArray();
  }

  /**
   * The CSV rows of one traced document ({@code trace --format csv}): a row per source, ranked, with its score,
   * containment and number of aligned passages; one row with only the document when no source was found.
   */
  static String csv(String name, List<SourceMatch> matches) {
    return csv(name, matches, null, null);
  }

  /** As {@link #csv(String, List)}; a document that could not be read gets one row with its {@code error}. */
  static String csv(String name, List<SourceMatch> matches, String error) {
    return csv(name, matches, error, null);
  }

  /**
   * As {@link #csv(String, List, String)}, with the JSON's {@code note} ("no words to trace") in the row of a document
   * with no source, so that a blank file is not read as "traced, no source".
   */
  static String csv(String name, List<SourceMatch> matches, String error, String note) {
    String doc = Reports.csvCell(name);
    if (matches.isEmpty()) {
      return doc + ",,,,,," + Reports.csvCell(error) + "," + Reports.csvCell(note) + "\n";
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < matches.size(); i++) {
      SourceMatch m = matches.get(i);
      sb.append(doc).append(',').append(i + 1).append(',').append(Reports.csvCell(m.name())).append(',')
          .append(num(m.score())).append(',').append(num(m.containment())).append(',').append(m.passages().size())
          .append(",,\n");
    }
    return sb.toString();
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.4f", d);
  }

  /** A JSON string literal. */
  static String quote(String s) {
    return org.unspin.text.JsonStrings.quote(s);
  }
}
