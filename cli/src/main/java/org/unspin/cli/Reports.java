// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.unspin.Alternative;
import org.unspin.DetectionResult;
import org.unspin.Edit;
import org.unspin.Explanations;
import org.unspin.ParagraphResult;
import org.unspin.Restoration;
import org.unspin.ResultJson;
import org.unspin.Unspinner;
import org.unspin.detect.Detector;
import org.unspin.text.Disguises;
import org.unspin.text.JsonWriter;
import org.unspin.text.PagedText;

/** Writes restore and detect results as JSON and HTML. Deterministic: fixed key order and number formats. */
final class Reports {

  private Reports() {}

  /**
   * A named result: the input's name ("-" for standard input, "FILE:LINE" for a JSON Lines record) and what was
   * computed, or, when the input could not be read or processed, {@code result} null and {@code error} the message
   * (naming the input); {@code id} is the JSON Lines record's {@code "id"} as written there (a JSON literal), else
   * null; {@code byteOrderMark} whether the input began with a byte-order mark ({@link PagedText#byteOrderMark}).
   */
  record Named<T>(String name, T result, String error, String id, List<Integer> pageStarts, boolean byteOrderMark) {

    Named(String name, T result, String error, String id, List<Integer> pageStarts) {
      this(name, result, error, id, pageStarts, false);
    }

    Named(String name, T result) {
      this(name, result, null, null, List.of());
    }

    static <T> Named<T> failed(String name, String error) {
      return new Named<>(name, null, error, null, List.of());
    }

    /** The same result carrying the record's id. */
    Named<T> withId(String id) {
      return new Named<>(name, result, error, id, pageStarts, byteOrderMark);
    }

    /** The same result of a document whose pages start at these offsets ({@link PagedText}). */
    Named<T> withPages(List<Integer> pageStarts) {
      return new Named<>(name, result, error, id, pageStarts, byteOrderMark);
    }

    /** The same result of an input that began with a byte-order mark, or not. */
    Named<T> withByteOrderMark(boolean byteOrderMark) {
      return new Named<>(name, result, error, id, pageStarts, byteOrderMark);
    }

    /**
     * The input as the text outputs name it: its name, and for a JSON Lines record with an id that id ("ads.jsonl:41
     * (id ah01)"), since a line number alone does not say which record it was.
     */
    String label() {
      return id == null ? name : name + " (id " + csvId(id) + ")";
    }

    /** The page (1 for the first) of the input at {@code offset}; 0 for an input without pages. */
    int pageAt(int offset) {
      return PagedText.pageAt(pageStarts, offset);
    }
  }

  /** The object's first fields: the input's name and, for a JSON Lines record that had one, its id. */
  private static void head(JsonWriter w, Named<?> n) {
    w.name("file").value(n.name());
    if (n.id() != null) {
      w.name("id").raw(n.id());
    }
  }

  /**
   * Opens the object of {@code n} with its {@link #head}; for a failed input writes the whole object, with its
   * error, and returns false: there is nothing more to write.
   */
  private static boolean begin(JsonWriter w, Named<?> n) {
    w.beginObject();
    head(w, n);
    if (n.error() != null) {
      w.name("error").value(n.error()).endObject();
      return false;
    }
    return true;
  }

  /**
   * Restorations as JSON; {@code threshold} is the probability from which the texts were called spun (the
   * Unspinner's), which says in which direction their {@code reasons} point.
   */
  static String restoreJson(List<Named<Restoration>> results, double threshold) {
    return json(results, (w, n) -> restoreObject(w, n, threshold, null));
  }

  /**
   * One restoration as {@link #restoreJson(List, double)} writes it, with the members {@code more} writes (when not
   * null) last in the same object: the server's {@code "trace"}, written by the same writer.
   */
  static String restoreJson(Named<Restoration> result, double threshold, Consumer<JsonWriter> more) {
    return json(List.of(result), (w, n) -> restoreObject(w, n, threshold, more));
  }

  /**
   * A restoration as a word diff in the notation of {@code git diff --word-diff=plain}: the input with each edit
   * written {@code [-spun-]{+replacement+}}, every other character as it was. Several documents each open with a
   * {@code ==> NAME <==} line, as {@code head} writes them (a disguised word's hidden characters written as code
   * points: {@code [-Mon<U+200B>day-]{+Monday+}}), and are separated by a blank line; a document that
   * could not be read is left out (its error is on standard error). With {@code color}, the removed words are red and
   * the added ones green, as git colours them (ANSI escapes around the marks).
   */
  /**
   * The line that opens one of several documents written one after another, as {@code head} writes them: {@code
   * ==> NAME <==}, after a blank line but for the {@code first}.
   */
  static String heading(String name, boolean first) {
    return (first ? "" : "\n") + "==> " + printable(name, false) + " <==\n";
  }

  /**
   * {@code s} with its control characters written as code points ("<U+001B>"), but tabs, and line ends where
   * {@code lines}: for the terminal. A hostile text or file name could otherwise clear the screen, retitle the
   * window, or print a fake verdict among the real ones (a security review's "ESC[2J ESC[31mFAKE: not spun"), and a
   * line break in a file name forge a {@code ==> NAME <==} heading.
   */
  static String printable(String s, boolean lines) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 && c != '\t' || c >= 0x7F && c <= 0x9F;
      if (control && lines && (c == '\n' || c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n')) {
        control = false;
      }
      if (control && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (control) {
        sb.append(Explanations.codePoint(c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** What ends {@code text} written before another document's {@link #heading}: a line break it lacks, or nothing. */
  static String lineEnd(String text) {
    return text.isEmpty() || text.endsWith("\n") ? "" : "\n";
  }

  /** The first {@code k} of {@code items} joined by ", ", then ", +N more" for the rest. */
  static String firstOf(List<String> items, int k) {
    return String.join(", ", items.subList(0, Math.min(k, items.size())))
        + (items.size() > k ? ", +" + (items.size() - k) + " more" : "");
  }

  static String restoreDiff(List<Named<Restoration>> results, boolean color) {
    String del = color ? "\u001b[31m[-" : "[-";
    String delEnd = color ? "-]\u001b[m" : "-]";
    String add = color ? "\u001b[32m{+" : "{+";
    String addEnd = color ? "+}\u001b[m" : "+}";
    List<Named<Restoration>> read = results.stream().filter(n -> n.error() == null).toList();
    StringBuilder sb = new StringBuilder();
    for (Named<Restoration> n : read) {
      if (results.size() > 1) {
        sb.append(heading(n.name(), sb.length() == 0));
      }
      Restoration r = n.result();
      // a disguised word's hidden characters are written as code points, or its two sides would look the same
      withEdits(sb, r, 0, r.input().length(), 0, text -> printable(text, true), e -> del
          + (e.origin().equals(org.unspin.Unspinner.DISGUISE_ORIGIN) ? Explanations.shown(e.spun())
              : printable(r.input().substring(e.span().start(), e.span().end()), true)) + delEnd + add
          + printable(e.replacement(), true) + addEnd);
      if (read.size() > 1) {
        sb.append(lineEnd(r.input()));
      }
    }
    return sb.toString();
  }

  /** One result as a line of JSON Lines: the object {@link #restoreJson} writes for it, on one line. */
  static String restoreLine(Named<Restoration> n, double threshold) {
    return line(n, (w, x) -> restoreObject(w, x, threshold, null));
  }

  /** One object per result; an array of them unless there is exactly one. */
  private static <T> String json(List<Named<T>> results, java.util.function.BiConsumer<JsonWriter, Named<T>> object) {
    JsonWriter w = new JsonWriter();
    if (results.size() != 1) {
      w.beginArray();
    }
    for (Named<T> n : results) {
      object.accept(w, n);
    }
    if (results.size() != 1) {
      w.endArray();
    }
    return w + "\n";
  }

  private static <T> String line(Named<T> n, java.util.function.BiConsumer<JsonWriter, Named<T>> object) {
    JsonWriter w = JsonWriter.compact();
    object.accept(w, n);
    return w + "\n";
  }

  private static void restoreObject(JsonWriter w, Named<Restoration> n, double threshold, Consumer<JsonWriter> more) {
    if (begin(w, n)) {
      ResultJson.restorationMembers(w, n.result(), threshold, n.pageStarts());
      if (more != null) {
        more.accept(w);
      }
      w.endObject();
    }
  }

  private static void detectObject(JsonWriter w, Named<DetectionResult> n) {
    detectObject(w, n, null);
  }

  private static void detectObject(JsonWriter w, Named<DetectionResult> n, Consumer<JsonWriter> more) {
    if (begin(w, n)) {
      ResultJson.detectionMembers(w, n.result(), n.pageStarts());
      if (more != null) {
        more.accept(w);
      }
      w.endObject();
    }
  }

  static String detectJson(List<Named<DetectionResult>> results) {
    return json(results, Reports::detectObject);
  }

  /** One detection as {@link #detectJson(List)} writes it, with the members {@code more} writes last, as above. */
  static String detectJson(Named<DetectionResult> result, Consumer<JsonWriter> more) {
    return json(List.of(result), (w, n) -> detectObject(w, n, more));
  }

  /** One result as a line of JSON Lines: the object {@link #detectJson} writes for it, on one line. */
  static String detectLine(Named<DetectionResult> n) {
    return line(n, Reports::detectObject);
  }

  /**
   * The disguised words of a result in a line: "2 disguised words (invisible characters, look-alike letters):
   * men&lt;U+200B&gt;tioned, m&lt;U+0435&gt;ntioned", the hidden characters written as code points, up to
   * {@code k} of them, then "+N more"; then the runs of hidden characters between words, counted, each character
   * named once: "14 hidden characters between words (&lt;U+200B&gt;, &lt;U+2060&gt;)"; "" when there are none.
   */
  static String disguiseNote(List<Disguises.Disguise> disguised, int k) {
    List<Disguises.Disguise> words = disguised.stream().filter(g -> !g.betweenWords()).toList();
    java.util.Set<String> kinds = new java.util.TreeSet<>();
    java.util.Set<String> between = new java.util.TreeSet<>();
    int hidden = 0;
    for (Disguises.Disguise g : disguised) {
      if (g.betweenWords()) {
        hidden += g.word().length();
        // each character once: a run is as long as its writer likes (200,000 zero-width spaces had made a line of
        // 1.6 MB)
        g.word().codePoints().forEach(c -> between.add(Explanations.shown(new String(Character.toChars(c)))));
      } else {
        kinds.addAll(List.of(g.kind().words().split(" and ")));
      }
    }
    StringBuilder sb = new StringBuilder();
    if (!words.isEmpty()) {
      sb.append(words.size()).append(words.size() == 1 ? " disguised word (" : " disguised words (")
          .append(String.join(", ", kinds)).append("): ");
      sb.append(firstOf(words.stream().map(w -> Explanations.shown(w.word())).toList(), k));
    }
    if (hidden > 0) {
      sb.append(sb.length() == 0 ? "" : "; ").append(hidden).append(hidden == 1 ? " hidden character" : " hidden "
          + "characters").append(" between words (").append(String.join(", ", between)).append(')');
    }
    return sb.toString();
  }

  /**
   * The broken acronym definitions of a result in a line: "1 acronym its words no longer fit: CPI (cost: P)", each
   * acronym with its words that do not fit and the letter it has for each (and its page in a PDF), up to {@code k} of
   * them, then "+N more"; "" when there are none.
   */
  static String acronymNote(List<org.unspin.BrokenAcronym> broken, List<Integer> pageStarts, int k) {
    if (broken.isEmpty()) {
      return "";
    }
    List<String> items = new ArrayList<>(broken.size());
    for (org.unspin.BrokenAcronym b : broken) {
      List<String> words = new ArrayList<>(b.misfits().size());
      for (org.unspin.BrokenAcronym.Misfit m : b.misfits()) {
        words.add(m.word() + ": " + m.letter());
      }
      items.add(b.acronym() + " (" + String.join(", ", words) + ")" + pageNote(pageStarts, b.span().start()));
    }
    return broken.size() + (broken.size() == 1 ? " acronym its words no longer fit: " : " acronyms their words no "
        + "longer fit: ") + firstOf(items, k);
  }

  /** The header of {@code detect --format csv}: one row follows per input, in input order. */
  static final String DETECT_CSV_HEADER = "file,id,spun,spun_probability,spinner,paragraphs,spun_paragraphs,spans,"
      + "listed_phrases,examples,reasons,error,disguised,spun_alone_paragraphs,max_alone_probability,spinner_rate,"
      + "broken_acronyms\n";

  /**
   * How many of {@code spans} are phrases a tortured-phrase list ({@code --phrases}) names: the count a
   * research-integrity screen reports for a paper.
   */
  static long listedPhrases(List<Edit> spans) {
    return spans.stream().filter(e -> Explanations.PHRASE_LIST_ORIGIN.equals(e.origin())).count();
  }

  /**
   * A report's line naming the phrases of a {@code --phrases} list that {@code r} restores, each with its paragraph
   * (and page): where a screen of a long paper looks first, before its side-by-side texts (a sleuth's trial had to
   * scroll a whole paper); empty without such an edit.
   */
  static String listedPhrasesLine(Restoration r, Named<?> n) {
    List<Edit> listed = r.edits().stream().filter(e -> Explanations.PHRASE_LIST_ORIGIN.equals(e.origin())).toList();
    if (listed.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder("<p class=\"meta\">").append(listed.size())
        .append(listed.size() == 1 ? " phrase" : " phrases").append(" your tortured-phrase list names (outlined): ");
    for (int k = 0; k < listed.size(); k++) {
      Edit e = listed.get(k);
      sb.append(k == 0 ? "" : "; ").append(escape(e.spun())).append(" &rarr; ").append(escape(e.replacement()))
          .append(" (").append(n.pageStarts().isEmpty() ? "" : "page " + n.pageAt(e.span().start()) + ", ")
          .append("paragraph ").append(paragraphNumber(r.paragraphs(), e.span().start())).append(')');
    }
    return sb.append("</p>\n").toString();
  }

  /**
   * How many of {@code paragraphs} are spun on their own but not called spun in their text: a copy that spun a
   * paragraph or two of an article and kept the rest.
   */
  static long spunAloneOnly(List<ParagraphResult> paragraphs) {
    return paragraphs.stream().filter(p -> !p.spun() && p.spunAlone()).count();
  }

  /** "1 paragraph spun on its own", "2 paragraphs spun on their own": the report's words for {@link #spunAloneOnly}. */
  static String spunAloneNote(long alone) {
    return alone + (alone == 1 ? " paragraph spun on its own" : " paragraphs spun on their own");
  }

  /**
   * The highest probability alone among the judged paragraphs of {@code paragraphs}, four decimals, or empty without
   * one: a screen sorts a batch by it to see the near misses of copies spun in part, below the bar for a paragraph
   * spun on its own.
   */
  static String maxAlone(List<ParagraphResult> paragraphs) {
    return paragraphs.stream().filter(p -> p.notJudged().isEmpty()).mapToDouble(ParagraphResult::aloneProbability).max()
        .stream().mapToObj(x -> String.format(Locale.ROOT, "%.4f", x)).findFirst().orElse("");
  }

  /** The header of {@code detect --format spans}: rows follow per span of each input, in input and text order. */
  static final String SPANS_CSV_HEADER =
      "file,id,page,start,end,spun,original,confidence,origin,listed,error,paragraph,ngram_original,"
          + "ngram_confidence\n";

  /**
   * The rows of {@code detect --format spans} for one input (RFC 4180 quoting, as {@link #detectCsvRow}): a row per
   * span in text order, with its page for a PDF (else empty), UTF-16 offsets, the spun words, the likely original
   * as it would be written, the confidence, the origin, whether a {@code --phrases} list names it and the number of
   * its paragraph (the first is 1, as the JSON's {@code paragraphs} list them: which paragraph of a copy spun in part
   * to read), and for a span the masked LM re-decided ({@code --neural}) what the n-gram decoder alone would have
   * written there and its confidence (the JSON's {@code neural} of the span; else empty); one row with only the name
   * and id for an input without spans, and with its error for one that failed.
   */
  static String spansCsvRows(Named<DetectionResult> n) {
    return n.error() != null ? editsCsvRows(n, List.of(), List.of(), java.util.Optional.empty())
        : editsCsvRows(n, n.result().spans(), n.result().paragraphs(), n.result().neural());
  }

  /**
   * The rows of {@code restore --format csv} for one input: as {@link #spansCsvRows}, a row per edit made, its
   * {@code original} the words the restored text has there.
   */
  static String restoreCsvRows(Named<Restoration> n) {
    return n.error() != null ? editsCsvRows(n, List.of(), List.of(), java.util.Optional.empty())
        : editsCsvRows(n, n.result().edits(), n.result().paragraphs(), n.result().neural());
  }

  /**
   * The rows of {@code spans} (edits) of input {@code n} in the columns of {@link #SPANS_CSV_HEADER}, each one the
   * masked-LM {@code pass} re-decided with what the n-gram decoder alone would have written and its confidence.
   */
  private static String editsCsvRows(Named<?> n, List<Edit> spans, List<ParagraphResult> paragraphs,
      java.util.Optional<org.unspin.NeuralPass> pass) {
    String head = csvCell(n.name()) + "," + csvCell(csvId(n.id())) + ",";
    if (n.error() != null) {
      return head + ",,,,,,,," + csvCell(n.error()) + ",,,\n";
    }
    if (spans.isEmpty()) {
      return head + ",,,,,,,,,,,\n";
    }
    StringBuilder sb = new StringBuilder(spans.size() * 64);
    for (Edit e : spans) {
      sb.append(head).append(n.pageStarts().isEmpty() ? "" : String.valueOf(n.pageAt(e.span().start())))
          .append(',').append(e.span().start()).append(',').append(e.span().end()).append(',')
          .append(csvCell(e.spun())).append(',').append(csvCell(e.replacement())).append(',')
          .append(String.format(Locale.ROOT, "%.4f", e.confidence())).append(',').append(csvCell(e.origin()))
          .append(',').append(Explanations.PHRASE_LIST_ORIGIN.equals(e.origin())).append(",,")
          .append(paragraphNumber(paragraphs, e.span().start())).append(',');
      // an edit the masked LM re-decided: what the n-gram decoder alone would have written there (as original
      // writes the edit's), and how sure it was
      java.util.Optional<org.unspin.NeuralPass.Review> review = pass.flatMap(p -> p.reviewOf(e));
      sb.append(review.map(r -> csvCell(r.ngramReplacement()) + "," + String.format(Locale.ROOT, "%.4f",
          r.ngramConfidence())).orElse(",")).append('\n');
    }
    return sb.toString();
  }

  /**
   * The number of the paragraph of {@code paragraphs} (in text order) that holds {@code offset}, the first 1; that of
   * the last one starting at or before it where none holds it (an offset between paragraphs); 0 before the first.
   */
  static int paragraphNumber(List<ParagraphResult> paragraphs, int offset) {
    int number = 0;
    for (int k = 0; k < paragraphs.size() && paragraphs.get(k).span().start() <= offset; k++) {
      number = k + 1;
    }
    return number;
  }

  /**
   * Fewest paragraphs a text needs before its reports say which are spun: in a thesis of 400 paragraphs, "13 of 432
   * paragraphs spun" left a reader to find them (a university trial).
   */
  static final int WHERE_PARAGRAPHS = 10;

  /** Most runs of spun paragraphs {@link #spunRuns} names. */
  static final int WHERE_RUNS = 8;

  /**
   * The runs of paragraphs spun in their text or on their own (what restoration changes), numbered from 1 as
   * {@link #paragraphNumber} numbers them, each as {first, last}; none for a text of fewer than {@value
   * #WHERE_PARAGRAPHS} paragraphs or one whose every paragraph is spun (the verdict says where then).
   */
  static List<int[]> spunRuns(List<ParagraphResult> paragraphs) {
    List<int[]> runs = new ArrayList<>();
    if (paragraphs.size() < WHERE_PARAGRAPHS) {
      return runs;
    }
    int spun = 0;
    for (int k = 0; k < paragraphs.size(); k++) {
      ParagraphResult p = paragraphs.get(k);
      if (!(p.spun() || p.spunAlone())) {
        continue;
      }
      spun++;
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last[1] == k) {
        last[1] = k + 1;
      } else {
        runs.add(new int[] {k + 1, k + 1});
      }
    }
    return spun == paragraphs.size() ? List.of() : runs;
  }

  /**
   * "80-89, 112" for {@code runs}, the first {@value #WHERE_RUNS} of them, then "and 3 more runs"; {@code number}
   * writes a paragraph's number (a link in the HTML report).
   */
  static String runsText(List<int[]> runs, java.util.function.IntFunction<String> number) {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < Math.min(WHERE_RUNS, runs.size()); k++) {
      int[] r = runs.get(k);
      sb.append(k == 0 ? "" : ", ").append(number.apply(r[0]));
      if (r[1] > r[0]) {
        sb.append('-').append(number.apply(r[1]));
      }
    }
    if (runs.size() > WHERE_RUNS) {
      int more = runs.size() - WHERE_RUNS;
      sb.append(" and ").append(more).append(more == 1 ? " more run" : " more runs");
    }
    return sb.toString();
  }

  /** Spans shown in a CSV row's {@code examples} cell; the {@code spans} cell counts them all. */
  static final int CSV_EXAMPLES = 5;

  /**
   * One row of {@code detect --format csv} (RFC 4180 quoting, ending in "\n"): the JSON's verdict fields, the number
   * of paragraphs, of spans and of listed tortured phrases among them, the {@value #CSV_EXAMPLES} surest spans as
   * "spun -> original" in text order, the reasons, the share of its family's chances the spans show where it is under
   * {@link Unspinner#PARTLY_SPUN} (the JSON's {@code spinnerRate}), the number of broken acronym definitions; for an
   * input that failed, its name, id and error only.
   */
  static String detectCsvRow(Named<DetectionResult> n) {
    StringBuilder sb = new StringBuilder(128);
    sb.append(csvCell(n.name())).append(',').append(csvCell(csvId(n.id()))).append(',');
    if (n.error() != null) {
      return sb.append(",,,,,,,,,").append(csvCell(n.error())).append(",,,,,\n").toString();
    }
    DetectionResult d = n.result();
    long spunParagraphs = d.paragraphs().stream().filter(ParagraphResult::spun).count();
    long spunAlone = spunAloneOnly(d.paragraphs());
    String examples = examples(n, CSV_EXAMPLES, "; ");
    sb.append(d.spun()).append(',').append(String.format(Locale.ROOT, "%.4f", d.spunProbability())).append(',')
        .append(csvCell(d.spinner())).append(',').append(d.paragraphs().size()).append(',').append(spunParagraphs)
        .append(',').append(d.spans().size()).append(',').append(listedPhrases(d.spans())).append(',')
        .append(csvCell(examples)).append(',')
        .append(csvCell(Explanations.reasons(d))).append(",,").append(d.disguised().size()).append(',')
        .append(spunAlone)
        .append(',').append(maxAlone(d.paragraphs())).append(',')
        .append(Double.isNaN(d.spinnerRate()) ? "" : String.format(Locale.ROOT, "%.3f", d.spinnerRate())).append(',')
        .append(d.brokenAcronyms().size()).append('\n');
    return sb.toString();
  }

  /**
   * The {@code k} spans of {@code n}'s result of highest confidence, each example once (a spinner repeats its
   * substitutions), in text order, as "spun -> original" (with " (p. 3)" in a document with pages) joined by {@code
   * separator}, then "+N more" for the spans not shown: a verdict's examples.
   */
  static String examples(Named<DetectionResult> n, int k, String separator) {
    DetectionResult d = n.result();
    java.util.Map<String, Edit> shown = new java.util.LinkedHashMap<>();
    for (Edit e : d.spans().stream().sorted(java.util.Comparator.comparingDouble(Edit::confidence).reversed())
        .toList()) {
      if (shown.size() >= k) {
        break;
      }
      // as read: a word hyphenated at a line end on one line, without invisible characters (disguiseNote shows them)
      shown.putIfAbsent(org.unspin.text.Words.canonical(e.spun()).replaceAll("\\s+", " ") + " -> " + e.replacement()
          + pageNote(n.pageStarts(), e.span().start()), e);
    }
    StringBuilder sb = new StringBuilder();
    shown.entrySet().stream().sorted(java.util.Comparator.comparingInt(x -> x.getValue().span().start()))
        .forEach(x -> sb.append(sb.length() == 0 ? "" : separator).append(x.getKey()));
    if (d.spans().size() > shown.size()) {
      sb.append(separator).append('+').append(d.spans().size() - shown.size()).append(" more");
    }
    return sb.toString();
  }

  /**
   * A JSON Lines record's id (a JSON literal) as a spreadsheet should show it: a string without its JSON quotes and
   * escapes, any other value as written; null for none.
   */
  static String csvId(String id) {
    if (id == null || !id.startsWith("\"")) {
      return id;
    }
    try {
      return Inputs.JSON.readTree(id).asText();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return id; // written by us from a parsed value: cannot happen, but the literal is still an answer
    }
  }

  /** Standard input's names, "-" and, for its JSON Lines records, "-:LINE": our own, never a formula. */
  private static final java.util.regex.Pattern STANDARD_INPUT_NAME = java.util.regex.Pattern.compile("-(:[0-9]+)?");

  /**
   * A number ("-5", "+3.25", "-1e-3"), which a spreadsheet reads as one and runs nothing for: a JSON Lines record's
   * numeric id of -5 had been written '-5, and a join on the id broke.
   */
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  /**
   * A CSV cell: quoted (inner quotes doubled) when it holds a comma, a quote or a line break, or starts or ends
   * with a space. A text a spreadsheet would run as a formula (starting with "=", "+", "-", "@", a tab or a carriage
   * return, but for standard input's names "-" and "-:LINE") gets a leading apostrophe, as OWASP advises against CSV
   * injection: file names and spun text are written by others.
   */
  static String csvCell(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String v = s;
    char first = v.charAt(0);
    if ((first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
        && !STANDARD_INPUT_NAME.matcher(v).matches() && !NUMBER.matcher(v).matches()) {
      v = "'" + v;
    }
    boolean quote = v.charAt(0) == ' ' || v.charAt(v.length() - 1) == ' ';
    for (int i = 0; i < v.length() && !quote; i++) {
      char c = v.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
  }

  /**
   * How the text outputs cite the page of {@code offset} in a document whose pages start at {@code pageStarts}: " (p.
   * 3)"; empty for a document without pages.
   */
  static String pageNote(List<Integer> pageStarts, int offset) {
    int page = PagedText.pageAt(pageStarts, offset);
    return page == 0 ? "" : " (p. " + page + ")";
  }

  /**
   * Why a text called spun came back unchanged, or "" where it did not: the result's own reason ({@link
   * org.unspin.Restoration#unrestored()}, which restore's JSON writes as {@code "unrestored"}) as a note for standard
   * error beside the text outputs, with the command line's way round it.
   */
  static String unrestoredNote(String name, org.unspin.Restoration r) {
    return r.unrestored().map(u -> "unspin: " + name + " is " + u + " (or with --assume-spun)").orElse("");
  }

  /**
   * Where the masked LM's per-document work cap ran out, or "" where it lasted (or without {@code --neural}): from
   * there on the n-gram decoder alone decided, so part of the text got no masked-LM check, which the text output
   * otherwise left unsaid ({@code --format json} has it as {@code neural.capped}).
   */
  static String neuralCapNote(String name, java.util.Optional<org.unspin.NeuralPass> pass,
      List<ParagraphResult> paragraphs) {
    String capped = neuralCap(pass, paragraphs);
    return capped.isEmpty() ? "" : "unspin: " + name + ": " + capped;
  }

  /**
   * "the masked LM's work cap (N queries) was reached at paragraph K of M (character C); the rest was decided by the
   * n-gram model", or "" where it lasted (or without {@code --neural}).
   */
  private static String neuralCap(java.util.Optional<org.unspin.NeuralPass> pass, List<ParagraphResult> paragraphs) {
    if (pass.isEmpty() || !pass.get().capped()) {
      return "";
    }
    int k = org.unspin.ResultJson.paragraphAt(paragraphs, pass.get().uncheckedFrom().get());
    return String.format(java.util.Locale.ROOT, "the masked LM's work cap (%d queries) was reached at paragraph %d "
        + "of %d (character %d); the rest was decided by the n-gram model", pass.get().cap(), k + 1,
        Math.max(1, paragraphs.size()), pass.get().uncheckedFrom().get());
  }

  /**
   * The report's line saying where the masked LM's work cap ran out ({@link #neuralCap}), or "": a report filed as
   * evidence had no word that part of the text got no masked-LM check, which standard error said.
   */
  private static String neuralCapLine(Restoration r) {
    String capped = neuralCap(r.neural(), r.paragraphs());
    return capped.isEmpty() ? "" : "<p class=\"meta\">" + escape(Character.toUpperCase(capped.charAt(0))
        + capped.substring(1)) + ".</p>\n";
  }

  /**
   * What a verdict of "spun" without a single span means, or "" for any other verdict: the evidence is the thesaurus
   * channel's and the wording's (context gain), not a substitution of a spinner table, so there is nothing to point
   * at (and a short text's verdict is the least sure).
   */
  static String noSpanNote(DetectionResult d) {
    if (!d.spun() || !d.spans().isEmpty() || d.notJudged().isPresent() || !d.brokenAcronyms().isEmpty()) {
      return ""; // a broken acronym is something to show (acronymNote)
    }
    // a long text whose paragraphs, each judged in its surroundings, all fall short (a few very long paragraphs, each
    // part clean and part spun) is no short text
    boolean spread = d.paragraphs().size() > 1 && d.paragraphs().stream().noneMatch(ParagraphResult::spun);
    return spread ? "no span to show: none of its " + d.paragraphs().size() + " paragraphs is called spun in its "
        + "surroundings; the evidence is spread thinly over the whole (check its paragraphs' aloneProbability, or "
        + "split very long paragraphs)"
        : "no span to show: what moved the verdict is not a substitution a spinner table names (least sure in a short "
            + "text)";
  }

  /**
   * A spinner family as the reports name it, with its description ({@link Restoration#spinnerDescription()}): the
   * family of the user's own lists is named as such.
   */
  static String spinnerName(String family, String about) {
    if (org.unspin.lexicon.SpinnerModels.USER_FAMILY.equals(family)) {
      return "your lists (" + family + ")";
    }
    return about.isEmpty() ? family : family + " (" + about + ")";
  }

  /**
   * The table that opens a report of several inputs: per input, a link to its section, its verdict at {@code
   * threshold}, P(spun), spinner and number of edits, or why it could not be read; then how many were called spun.
   */
  private static void summary(StringBuilder sb, List<Named<Restoration>> results, double threshold) {
    int spun = 0;
    int partly = 0;
    int failed = 0;
    StringBuilder rows = new StringBuilder();
    for (int k = 0; k < results.size(); k++) {
      Named<Restoration> n = results.get(k);
      Restoration r = n.result();
      boolean isSpun = r != null && r.spunProbability() >= threshold;
      spun += isSpun ? 1 : 0;
      failed += r == null ? 1 : 0;
      rows.append("<tr class=\"").append(r == null ? "failed" : isSpun ? "spun" : "clean")
          .append("\"><td><a href=\"#doc-").append(k + 1).append("\">").append(escape(n.name())).append("</a></td>");
      if (r == null) {
        rows.append("<td colspan=\"4\">not restored: ").append(escape(n.error())).append("</td></tr>\n");
        continue;
      }
      // a copy that spun a paragraph or two: not called spun, its paragraphs spun on their own restored
      long alone = isSpun ? 0 : spunAloneOnly(r.paragraphs());
      partly += alone > 0 ? 1 : 0;
      rows.append("<td>").append(r.notJudged().isPresent() ? "not judged" : isSpun ? "spun" : alone == 0 ? "not spun"
              : "not spun; " + spunAloneNote(alone))
          .append("</td><td>").append(r.notJudged().isPresent() ? "" : fmt(r.spunProbability()))
          .append("</td><td>").append(isSpun || alone > 0 ? escape(r.spinner()) : "").append("</td><td>")
          .append(r.edits().size()).append("</td></tr>\n");
    }
    sb.append("<p class=\"meta\">").append(spun).append(" of ").append(results.size() - failed)
        .append(" documents spun").append(partly == 0 ? "" : ", " + partly + " more with paragraphs spun on their own")
        .append(failed == 0 ? "" : ", " + failed + " not read").append("</p>\n")
        .append("<table class=\"summary\">\n<tr><th>document</th><th>verdict</th><th>P(spun)</th><th>spinner</th>")
        .append("<th>edits</th></tr>\n").append(rows).append("</table>\n");
  }

  /**
   * A self-contained HTML page: per input, the spun text with every edited span highlighted (hovering shows the
   * likely original, its confidence and the alternatives) beside the restored text with the replacements marked;
   * for several inputs, first a table of them ({@link #summary}), texts called spun from {@code threshold} on. The
   * page opens with the operating point: {@code threshold} and the confidence edits were made from.
   */
  static String restoreHtml(List<Named<Restoration>> results, double threshold, double minConfidence) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        // a phone lays it out at its own width, not a desktop's shrunk to a third
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>unspin restore report</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}\n")
        // printed with the marks' colours, which a browser leaves out unless "Background graphics" is ticked
        .append("*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n")
        .append("h2{font-size:1.1em;margin-top:2em}\n")
        // on a phone: a long file name wraps, a wide table scrolls in its own box rather than the whole page
        .append("h1,h2,p{overflow-wrap:break-word}\n")
        .append("table{display:block;overflow-x:auto;max-width:100%}\n")
        .append(".meta{color:#555;font-size:.9em}\n")
        .append(".cols{display:grid;grid-template-columns:1fr 1fr;gap:1.5em}\n")
        .append(".col{white-space:pre-wrap;line-height:1.5;padding:0 .6em;overflow-wrap:anywhere;min-width:0}\n")
        .append(".cols.head .col{white-space:normal;font-weight:600;margin-bottom:.4em}\n")
        .append(".texts{border:1px solid #ddd;padding:1em .4em;border-radius:4px}\n")
        // a sure edit underlined solid and an unsure one dashed, which a black-and-white printout keeps too
        .append("mark.spun{background:#ffd6d6;border-bottom:2px solid #b00020}\n")
        .append("mark.orig{background:#d6f5d6;border-bottom:2px solid #1b7f1b}\n")
        .append("mark.unsure{background:none;border-bottom-style:dashed}\n")
        .append("mark.orig.unsure{border-bottom-color:#1b7f1b}\n")
        .append("mark.listed{outline:2px solid #5b2a86;outline-offset:1px}\n")
        .append("table.edits{border-collapse:collapse;margin-top:1em;font-size:.9em}\n")
        .append("table.edits th,table.edits td{border:1px solid #ddd;padding:.15em .5em;text-align:left;")
        .append("vertical-align:top}\n")
        .append(tipCss("mark.spun"))
        .append("table.summary{border-collapse:collapse}\n")
        .append("table.summary th,table.summary td{border:1px solid #ddd;padding:.2em .6em;text-align:left}\n")
        .append("tr.spun td:nth-child(2){color:#b00020;font-weight:600}\n")
        .append(".para{border-left:4px solid #ddd;padding-left:.6em;margin:0 0 .6em}\n")
        .append(".para.spun{border-left-color:#b00020}\n")
        .append(".para.alone{border-left-color:#d68910;border-left-style:dashed}\n")
        .append(".para.unjudged{border-left-style:dashed}\n")
        .append(".para::before{content:attr(data-p);float:right;margin-left:.6em;color:#555;font-size:.8em}\n")
        .append(".para.unjudged::before{max-width:50%}\n")
        .append("</style>\n</head>\n<body>\n<h1>unspin restore report</h1>\n")
        .append(String.format(Locale.ROOT, "<p class=\"meta\">Texts and paragraphs are called spun from P(spun) = %.2f;"
            + " edits are made from confidence %.2f. An edit at least %.0f%% sure is filled and underlined solid, a "
            + "less sure one only underlined dashed: read those as likely, not shown; each document's table lists "
            + "every edit with its confidence. A red bar marks a paragraph called spun; a dashed orange one, a "
            + "paragraph that is not in its text but is on its own (P %.2f or more alone, %d words or more, the bar "
            + "higher in a text of over %d paragraphs and none over %,d words, where paragraphs are judged in their "
            + "surroundings: a copy may have spun only some paragraphs; its edits are made all the same). An outlined "
            + "edit restores a phrase a --phrases list names.</p>\n",
            threshold, minConfidence, 100 * SURE, Detector.spunAloneBar(threshold, 1), Detector.SPUN_ALONE_WORDS,
            Detector.SPUN_ALONE_PARAGRAPHS, Detector.CONTEXT_WORDS));
    if (results.size() > 1) {
      summary(sb, results, threshold);
    }
    for (int k = 0; k < results.size(); k++) {
      Named<Restoration> n = results.get(k);
      if (n.error() != null) {
        sb.append("<section id=\"doc-").append(k + 1).append("\">\n<h2>").append(escape(n.name()))
            .append("</h2>\n<p class=\"meta\">not restored: ").append(escape(n.error())).append("</p>\n</section>\n");
        continue;
      }
      Restoration r = n.result();
      String verdict = r.notJudged().isPresent() ? "not judged" : r.spunProbability() >= threshold ? "spun"
          : "not spun";
      long alone = r.spunProbability() >= threshold ? 0 : spunAloneOnly(r.paragraphs());
      sb.append("<section id=\"doc-").append(k + 1).append("\">\n<h2>").append(escape(n.name()))
          .append("</h2>\n<p class=\"meta\"><strong>").append(verdict).append("</strong>")
          .append(alone == 0 ? "" : " &middot; " + spunAloneNote(alone))
          .append(" &middot; spinner: ")
          .append(escape(spinnerName(r.spinner(), r.spinnerDescription()))).append(" &middot; P(spun) = ")
          .append(fmt(r.spunProbability()))
          .append(" &middot; ").append(r.edits().size()).append(" edits")
          .append(r.notJudged().map(why -> " &middot; " + escape(why)).orElse(""))
          // a text called spun and given back as it was says why, or its "spun" over "0 edits" reads like a failure
          .append(r.unrestored().map(u -> " &middot; <span class=\"unrestored\">" + escape(u) + "</span>").orElse(""))
          .append(escape(Explanations.partly(r).replaceFirst("^; ", " \u00b7 ")))
          .append("</p>\n").append(listedPhrasesLine(r, n)).append(acronymLine(r, n)).append(whereLine(r, k + 1))
          .append(neuralCapLine(r))
          .append("<div class=\"texts\">\n<div class=\"cols head\"><div class=\"col\">Spun text</div>")
          .append("<div class=\"col\">Restored text</div></div>\n");
      rows(sb, n, k + 1);
      sb.append("</div>\n");
      editsTable(sb, n, k + 1);
      descriptions(sb, n, k + 1);
      sb.append("<p class=\"meta\">SHA-256 of the text judged (UTF-8): ").append(sha256(r.input())).append("</p>\n");
      sb.append("</section>\n");
    }
    sb.append("<footer class=\"meta\">").append(escape(new Cli.Version().getVersion()[0]))
        .append(", with its bundled models and the options above.</footer>\n");
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  /**
   * The report's line naming the acronyms whose words no longer fit them ({@link #acronymNote}), or "" for a text
   * without one.
   */
  private static String acronymLine(Restoration r, Named<Restoration> n) {
    String note = acronymNote(r.brokenAcronyms(), n.pageStarts(), Integer.MAX_VALUE);
    return note.isEmpty() ? "" : "<p class=\"meta\">" + escape(note) + "</p>\n";
  }

  /**
   * The SHA-256 of {@code text} in UTF-8, in hexadecimal: which text a report judged, for a reader who must show
   * that it is the one filed (a converted PDF's text is what was judged, not the file's bytes).
   */
  static String sha256(String text) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /**
   * The input of {@code r} in {@code [from, to)} with each edit inside it written as {@code edit} says and the text
   * between them as {@code text} says, looking at the edits (in input order) from index {@code first} on.
   */
  private static void withEdits(StringBuilder sb, Restoration r, int from, int to, int first,
      java.util.function.UnaryOperator<String> text, java.util.function.Function<Edit, String> edit) {
    int at = from;
    for (int k = first; k < r.edits().size() && r.edits().get(k).span().start() < to; k++) {
      Edit e = r.edits().get(k);
      if (e.span().start() < at || e.span().end() > to) {
        continue;
      }
      sb.append(text.apply(r.input().substring(at, e.span().start()))).append(edit.apply(e));
      at = e.span().end();
    }
    sb.append(text.apply(r.input().substring(at, to)));
  }

  /**
   * The spun and restored texts of a report, a row per paragraph (the detector's paragraphs, each with a bar, red
   * when it is called spun, and its probability; the stretches between them with words in rows of their own), so
   * that a paragraph and its restoration stay level however much the restorations change the lengths; one row when
   * there are no paragraph verdicts. An edit that reaches past a paragraph's end takes the next stretch into its row.
   */
  private static void rows(StringBuilder sb, Named<Restoration> n, int doc) {
    Restoration r = n.result();
    String in = r.input();
    List<int[]> rows = new ArrayList<>(); // {from, to, paragraph index or -1}
    int at = 0;
    for (int p = 0; p < r.paragraphs().size(); p++) {
      org.unspin.text.Span s = r.paragraphs().get(p).span();
      if (at < s.start() && !in.substring(at, s.start()).isBlank()) {
        rows.add(new int[] {at, s.start(), -1});
      }
      rows.add(new int[] {s.start(), s.end(), p});
      at = s.end();
    }
    if (rows.isEmpty() || at < in.length() && !in.substring(at).isBlank()) {
      rows.add(new int[] {at, in.length(), -1});
    }
    for (Edit e : r.edits()) { // rows never split an edit
      for (int k = 0; k + 1 < rows.size(); k++) {
        if (e.span().start() < rows.get(k)[1] && e.span().end() > rows.get(k)[1]) {
          rows.get(k)[1] = rows.get(k + 1)[1];
          rows.remove(k + 1);
          k--;
        }
      }
    }
    int edit = 0;
    for (int[] row : rows) {
      int from = row[0];
      int to = row[1];
      sb.append("<div class=\"cols\"><div class=\"col\">");
      if (row[2] >= 0) {
        ParagraphResult p = r.paragraphs().get(row[2]);
        // not called spun in its text, but spun on its own: a farm copy that spun some paragraphs and kept the rest
        boolean alone = !p.spun() && p.spunAlone();
        String verdict = p.notJudged().isPresent() ? "was not judged: " + p.notJudged().get()
            : alone ? "does not look spun in its text (P(spun) " + fmt(p.spunProbability()) + ") but does on its own ("
                + fmt(p.aloneProbability()) + "): a copy may have spun only some paragraphs"
            : (p.spun() ? "looks spun" : "does not look spun") + ": P(spun) " + fmt(p.spunProbability());
        sb.append("<div class=\"para").append(p.spun() ? " spun" : "").append(alone ? " alone" : "")
            .append(p.notJudged().isPresent() ? " unjudged" : "").append("\" data-p=\"")
            // why it was not judged, shown beside it (in the title alone, a reader had to hover to learn it, and
            // on the keyboard could not); like the probabilities, not part of the text a reader copies
            .append(p.notJudged().map(why -> escape(notJudgedLabel(why))).orElseGet(() -> alone
                ? fmt(p.spunProbability()) + " \u00b7 alone " + fmt(p.aloneProbability()) : fmt(p.spunProbability())))
            .append("\" title=\"This paragraph ").append(escape(verdict)).append("\" id=\"")
            .append(paragraphId(doc, row[2] + 1)).append("\">");
      }
      int first = edit;
      edit = marked(sb, n, doc, from, to, edit);
      sb.append(row[2] >= 0 ? "</div>" : "").append("</div><div class=\"col\">");
      restored(sb, r, from, to, first);
      sb.append("</div></div>\n");
    }
  }

  /**
   * A paragraph's label in the report for why it was not judged ({@link ParagraphResult#notJudged()}): the reason as
   * it is where it says "not judged" ("not English, not judged (3% of its 34 words are common English words)"), else
   * after "not judged: " ("not judged: no words to judge").
   */
  static String notJudgedLabel(String reason) {
    return reason.contains("not judged") ? reason : "not judged: " + reason;
  }

  /**
   * The restored text of the input's characters {@code [from, to)}: the text between edits escaped, each edit's
   * replacement marked (hover: what the spun text had), looking at the edits from index {@code edit} on.
   */
  private static void restored(StringBuilder sb, Restoration r, int from, int to, int edit) {
    withEdits(sb, r, from, to, edit, Reports::escape, e -> "<mark class=\"orig" + (e.confidence() < SURE ? " unsure"
        : "") + "\" title=\"" + escape("spun: " + e.spun()) + "\">" + escape(e.replacement()) + "</mark>");
  }

  /**
   * The input's characters {@code [from, to)} of document {@code doc} (from 1), escaped, with the edits inside them
   * marked (hover or keyboard focus: the original, which a screen reader announces as the mark's description),
   * looking at the edits (in input order) from index {@code edit} on; returns the index of the first edit not
   * before {@code to}, where the next stretch of the input starts looking.
   */
  private static int marked(StringBuilder sb, Named<Restoration> n, int doc, int from, int to, int edit) {
    Restoration r = n.result();
    int at = from;
    List<Edit> edits = r.edits();
    int k = edit;
    for (; k < edits.size() && edits.get(k).span().start() < to; k++) {
      Edit e = edits.get(k);
      if (e.span().start() < at || e.span().end() > to) {
        continue;
      }
      sb.append(escape(r.input().substring(at, e.span().start())));
      sb.append("<mark class=\"spun").append(e.confidence() < SURE ? " unsure" : "")
          .append(Explanations.PHRASE_LIST_ORIGIN.equals(e.origin()) ? " listed" : "").append('"');
      tipped(sb, tip(n, e), editId(doc, k + 1), e.spun());
      at = e.span().end();
    }
    sb.append(escape(r.input().substring(at, to)));
    return k;
  }

  /**
   * What a mark of {@code e} shows on hover and focus: "likely original: said (0.97, why); stated 0.02; keep 0.01",
   * after its page in a PDF.
   */
  private static String tip(Named<Restoration> n, Edit e) {
    StringBuilder tip = new StringBuilder(n.pageStarts().isEmpty() ? "" : "page " + n.pageAt(e.span().start())
        + ": ").append("likely original: " + e.replacement() + " (" + fmt(e.confidence()) + ", "
        + Explanations.why(e) + ")");
    for (Alternative a : e.alternatives()) {
      tip.append("; ").append(a.kept() ? "keep" : a.text()).append(' ').append(fmt(a.probability()));
    }
    return tip.toString();
  }

  /**
   * The descriptions a screen reader announces for the marks of document {@code doc} (their {@code
   * aria-describedby}), one per edit: hidden, and after the texts rather than beside the marks, so that neither a
   * reader nor a copy of the spun text (or the page read as plain text) takes them for part of it.
   */
  private static void descriptions(StringBuilder sb, Named<Restoration> n, int doc) {
    List<Edit> edits = n.result().edits();
    List<String> ids = new ArrayList<>();
    List<String> tips = new ArrayList<>();
    for (int k = 0; k < edits.size(); k++) {
      ids.add(editId(doc, k + 1));
      tips.add(tip(n, edits.get(k)));
    }
    descriptions(sb, ids, tips);
  }

  /**
   * Confidence from which a report's edit is marked solid: below it, dashed (a trial's legal reader took every
   * highlight for a proven substitution, and one in ten of them had not been changed by the spinner).
   */
  static final double SURE = 0.9;

  /**
   * A document's edits as a table (page, spun, original, confidence, why), which prints and reads without a mouse,
   * where the marks' hover text does not.
   */
  private static void editsTable(StringBuilder sb, Named<Restoration> n, int doc) {
    List<Edit> edits = n.result().edits();
    if (edits.isEmpty()) {
      return;
    }
    boolean pages = !n.pageStarts().isEmpty();
    List<ParagraphResult> paragraphs = n.result().paragraphs();
    sb.append("<details open><summary>").append(edits.size()).append(edits.size() == 1 ? " edit" : " edits")
        .append("</summary>\n<table class=\"edits\"><tr>").append(pages ? "<th>page</th>" : "")
        .append(paragraphs.isEmpty() ? "" : "<th>paragraph</th>")
        .append("<th>spun</th><th>original</th><th>confidence</th><th>why</th></tr>\n");
    for (Edit e : edits) {
      int p = paragraphNumber(paragraphs, e.span().start());
      sb.append("<tr>").append(pages ? "<td>" + n.pageAt(e.span().start()) + "</td>" : "")
          .append(paragraphs.isEmpty() ? "" : "<td><a href=\"#" + paragraphId(doc, p) + "\">" + p + "</a></td>")
          .append("<td>")
          .append(escape(e.spun())).append("</td><td>").append(escape(e.replacement())).append("</td><td>")
          .append(fmt(e.confidence())).append("</td><td>").append(escape(Explanations.why(e)
              + reweighed(n.result().neural(), e))).append("</td></tr>\n");
    }
    sb.append("</table></details>\n");
  }

  /**
   * For an edit the masked LM re-decided, what the n-gram model alone had ("; re-weighed by the masked LM: the n-gram
   * model alone 0.56"), else "".
   */
  static String reweighed(java.util.Optional<org.unspin.NeuralPass> pass, Edit e) {
    return pass.flatMap(p -> p.reviewOf(e)).map(v -> "; re-weighed by the masked LM: the n-gram model alone "
        + (v.ngramOriginal().equals(e.original()) ? "" : "read \"" + v.ngramReplacement() + "\" at ")
        + fmt(v.ngramConfidence())).orElse("");
  }

  /**
   * The CSS of marks ({@code selector}) made by {@link #tipped}: each shows its {@code data-original} under it on
   * mouse hover and on keyboard focus (Tab reaches each), wrapped within the screen. The shown text has an empty alt
   * text: a screen reader says it as the mark's description ({@code aria-describedby}), not again in its name. The
   * marks must be in a page's left column: half the window's width from one fits (a phone's tap had run one line of
   * it past the edge).
   */
  static String tipCss(String selector) {
    return selector + "{position:relative;cursor:help}\n" + selector + ":hover::after," + selector
        + ":focus::after{content:attr(data-original) / \"\";position:absolute;left:0;top:1.6em;background:#333;"
        + "color:#fff;padding:.2em .5em;border-radius:3px;white-space:normal;width:max-content;"
        + "max-width:min(30em,calc(50vw - 2em));box-sizing:border-box;overflow-wrap:anywhere;z-index:1;"
        + "font-size:.85em}\n";
  }

  /**
   * Ends a mark's opening tag, its class written ({@code <mark class="..."}), with what it shows on hover and focus
   * ({@code tip}, also the description {@code id} holds, which {@link #descriptions} writes), then its {@code text}
   * and closing tag. No title: a browser read it out as the mark's name, in place of its word, and showed it twice on
   * hover.
   */
  static void tipped(StringBuilder sb, String tip, String id, String text) {
    sb.append(" data-original=\"").append(escape(tip)).append("\" tabindex=\"0\" aria-describedby=\"").append(id)
        .append("\">").append(escape(text)).append("</mark>");
  }

  /**
   * The descriptions a screen reader announces for marks made by {@link #tipped}: {@code tips}, each in an element
   * of the id at the same place of {@code ids}, hidden, and after the texts rather than beside the marks, so that
   * neither a reader nor a copy of the text (or the page read as plain text) takes them for part of it.
   */
  static void descriptions(StringBuilder sb, List<String> ids, List<String> tips) {
    if (ids.isEmpty()) {
      return;
    }
    sb.append("<div hidden>");
    for (int k = 0; k < ids.size(); k++) {
      sb.append("<span id=\"").append(ids.get(k)).append("\">").append(escape(tips.get(k))).append("</span>");
    }
    sb.append("</div>\n");
  }

  /**
   * The id of the description of edit {@code number} (from 1) of document {@code doc} (from 1) in the HTML report:
   * the likely original its mark's {@code aria-describedby} names.
   */
  static String editId(int doc, int number) {
    return "doc-" + doc + "-e" + number;
  }

  /** The id of paragraph {@code number} (from 1) of document {@code doc} (from 1) in the HTML report. */
  static String paragraphId(int doc, int number) {
    return "doc-" + doc + "-p" + number;
  }

  /**
   * The report's line naming a long text's spun paragraphs, each a link to its row ({@link #spunRuns}); "" when
   * there is nothing to name.
   */
  private static String whereLine(Restoration r, int doc) {
    List<int[]> runs = spunRuns(r.paragraphs());
    if (runs.isEmpty()) {
      return "";
    }
    return "<p class=\"meta where\">Spun paragraphs: " + runsText(runs, p -> "<a href=\"#" + paragraphId(doc, p)
        + "\">" + p + "</a>") + "</p>\n";
  }

  static String fmt(double p) {
    return String.format(Locale.ROOT, "%.2f", p);
  }

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          sb.append("&lt;");
          break;
        case '>':
          sb.append("&gt;");
          break;
        case '&':
          sb.append("&amp;");
          break;
        case '"':
          sb.append("&quot;");
          break;
        case '\'':
          sb.append("&#39;");
          break;
        default:
          sb.append(c);
      }
    }
    return sb.toString();
  }
}
