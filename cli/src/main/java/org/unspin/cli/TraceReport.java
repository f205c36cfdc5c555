// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.unspin.text.PagedText;
import org.unspin.trace.Passage;
import org.unspin.trace.SourceMatch;

/**
 * {@code trace --format html}: a self-contained page that sets each traced document beside the sources it was made
 * from, passage by passage, each passage of the copy in a row with the source's passage it was aligned with, so the
 * two columns stay level however long the texts are; the words the copy changed are marked on both sides (hover,
 * Tab to a mark of the copy, or the changes table: what the other side has there). It is the evidence an integrity
 * desk files with a finding: the copy, the original beside it, and what was substituted, without a tool to open it.
 */
final class TraceReport {

  private TraceReport() {}

  /**
   * One traced document: its name and text, its sources ranked, each source's text (null where the index does not
   * hold it) and the changes in each of its passages ({@link PassageChanges}; null for a source without its text),
   * where each PDF page starts; or, for an input that could not be read, {@code error} and nothing else.
   */
  record Traced(String name, String text, List<SourceMatch> matches, List<String> sourceTexts,
      List<List<PassageChanges>> changes, List<Integer> pageStarts, String error) {

    static Traced failed(String name, String error) {
      return new Traced(name, null, List.of(), List.of(), List.of(), List.of(), error);
    }
  }

  /** A passage shown in a row: the source it came from (its rank, from 0) and its changes (null: none known). */
  private record Placed(int match, Passage passage, PassageChanges changes) {}

  /** A stretch of a text to mark: {@code [start, end)}, its CSS class and what it shows on hover (and focus). */
  private record Mark(int start, int end, String cls, String title) {}

  /**
   * The page for {@code docs} in input order: the operating point, a table of the documents when there are several,
   * then a section per document.
   *
   * @param minScore the least score a source was reported from
   * @param top the most sources reported per document
   * @param indexed how many documents the index or corpus held
   */
  static String html(List<Traced> docs, double minScore, int top, int indexed) {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        // a phone lays it out at its own width, not a desktop's shrunk to a third
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>unspin trace report</title>\n<style>\n")
        .append("body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}\n")
        .append("h2{font-size:1.1em;margin-top:2em}\n")
        // on a phone: a long file name wraps, a wide table scrolls in its own box rather than the whole page
        .append("h1,h2,p{overflow-wrap:break-word}\n")
        .append("table{display:block;overflow-x:auto;max-width:100%}\n")
        .append(".meta{color:#555;font-size:.9em}\n")
        .append(".row{display:grid;grid-template-columns:1fr 1fr;gap:1.5em;margin-bottom:.6em}\n")
        .append(".head .cell{font-weight:600;border:none;padding:0 1em}\n")
        .append(".cell{white-space:pre-wrap;line-height:1.5;border:1px solid #ddd;padding:.6em 1em;")
        .append("border-radius:4px;overflow-wrap:anywhere;min-width:0}\n")
        .append(".where{white-space:normal;color:#555;font-size:.8em;margin-bottom:.3em}\n")
        .append(".untraced .cell.doc{color:#666;border-style:dashed}\n")
        .append(".untraced .cell.src{color:#666;white-space:normal;font-style:italic;border:none}\n")
        // printed with the marks' colours, which a browser leaves out unless "Background graphics" is ticked, and
        // each underlined, which a black-and-white printout keeps too
        .append("*{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n")
        .append("mark{cursor:help}\n")
        // the copy's marks (the left column) say what the source has there on hover and on keyboard focus, as the
        // restore report's do; the source's keep a title (a second Tab stop per change would double a long copy's)
        .append(Reports.tipCss(".cell.doc mark"))
        .append("mark.swap{background:#ffd6d6;border-bottom:2px solid #b00020}\n")
        .append("mark.was{background:#d6f5d6;border-bottom:2px solid #1b7f1b}\n")
        .append("mark.added{background:#fff0b3;border-bottom:2px solid #8a6d00}\n")
        .append("mark.dropped{background:#e4e4e4;text-decoration:line-through}\n")
        .append("mark.gap{background:none;border-bottom:2px dotted #8a6d00}\n")
        .append("mark.unaligned{background:none;border-bottom:2px dashed #777}\n")
        .append("table{border-collapse:collapse;font-size:.9em;margin-top:.6em}\n")
        .append("th,td{border:1px solid #ddd;padding:.15em .5em;text-align:left;vertical-align:top}\n")
        .append("</style>\n</head>\n<body>\n<h1>unspin trace report</h1>\n")
        .append(String.format(Locale.ROOT, "<p class=\"meta\">Sources are reported from score %.2f, at most %d per "
            + "document, from %d indexed documents. Each passage of a document stands beside the passage of the "
            + "source it was made from: words the document changed are marked red, the source's wording there green "
            + "(hover, or Tab to a mark of the document, for the other side), words it added yellow, words it left "
            + "out struck through; a dashed stretch was moved, added or rewritten and is not compared word by word. "
            + "Grey dashed rows were found in none of the sources reported.</p>\n", minScore, top, indexed));
    if (docs.size() > 1) {
      summary(sb, docs);
    }
    for (int k = 0; k < docs.size(); k++) {
      section(sb, docs.get(k), k + 1);
    }
    sb.append("<footer class=\"meta\">").append(Reports.escape(new Cli.Version().getVersion()[0]))
        .append(", with the options above.</footer>\n</body>\n</html>\n");
    return sb.toString();
  }

  /** The table that opens a report of several documents: per document its likeliest source, or why there is none. */
  private static void summary(StringBuilder sb, List<Traced> docs) {
    int found = 0;
    int failed = 0;
    StringBuilder rows = new StringBuilder();
    for (int k = 0; k < docs.size(); k++) {
      Traced t = docs.get(k);
      rows.append("<tr><td><a href=\"#doc-").append(k + 1).append("\">").append(Reports.escape(t.name()))
          .append("</a></td>");
      if (t.error() != null) {
        failed++;
        rows.append("<td colspan=\"4\">not read: ").append(Reports.escape(t.error())).append("</td></tr>\n");
        continue;
      }
      if (t.matches().isEmpty()) {
        rows.append("<td colspan=\"4\">").append(noSource(t)).append("</td></tr>\n");
        continue;
      }
      found++;
      SourceMatch m = t.matches().get(0);
      List<Placed> placed = placed(t);
      List<String> parts = patchwork(t, placed);
      rows.append("<td>").append(parts.size() > 1 ? "patchwork of " + parts.size() + ": " + Reports.escape(String.join(
          ", ", parts)) : Reports.escape(m.name())).append("</td><td>").append(num(m.score()))
          .append("</td><td>").append(num(m.containment())).append("</td><td>")
          .append(percent(changedShare(placed))).append("</td></tr>\n");
    }
    sb.append("<p class=\"meta\">").append(found).append(" of ").append(docs.size() - failed)
        .append(" documents traced to a source").append(failed == 0 ? "" : ", " + failed + " not read")
        .append("</p>\n<table class=\"summary\">\n<tr><th>document</th><th>likeliest source</th><th>score</th>")
        .append("<th>containment</th><th>tokens changed in its passages</th></tr>\n").append(rows)
        .append("</table>\n");
  }

  /** Why a traced document has no source: "no source found", or "no words to trace" in a blank one. */
  private static String noSource(Traced t) {
    return TraceCommand.hasWords(t.text()) ? "no source found" : "no words to trace";
  }

  /** One document's section: its verdict line, its rows of passages beside their sources, its changes table. */
  private static void section(StringBuilder sb, Traced t, int id) {
    sb.append("<section id=\"doc-").append(id).append("\">\n<h2>").append(Reports.escape(t.name())).append("</h2>\n");
    if (t.error() != null) {
      sb.append("<p class=\"meta\">not read: ").append(Reports.escape(t.error())).append("</p>\n</section>\n");
      return;
    }
    List<Placed> placed = placed(t);
    sb.append("<p class=\"meta\">");
    if (t.matches().isEmpty()) {
      sb.append("<strong>").append(noSource(t)).append("</strong>");
    } else {
      SourceMatch m = t.matches().get(0);
      List<String> parts = patchwork(t, placed);
      if (parts.size() > 1) {
        sb.append("<strong>a patchwork of ").append(parts.size()).append(" sources: ")
            .append(Reports.escape(String.join(", ", parts))).append("</strong> &middot; ");
      }
      sb.append("<strong>likeliest source: ").append(Reports.escape(m.name())).append("</strong> (score ")
          .append(num(m.score())).append(", containment ").append(num(m.containment())).append(')');
      for (int i = 1; i < t.matches().size(); i++) {
        sb.append(i == 1 ? " &middot; also " : ", ").append(Reports.escape(t.matches().get(i).name())).append(" (")
            .append(num(t.matches().get(i).score())).append(')');
      }
      int covered = 0;
      for (Placed p : placed) {
        covered += words(t.text(), p.passage().query().start(), p.passage().query().end());
      }
      double changed = changedShare(placed);
      sb.append(" &middot; ").append(covered).append(" of ").append(words(t.text(), 0, t.text().length()))
          .append(" words in passages from its sources").append(Double.isNaN(changed) ? ""
              : ", " + percent(changed) + " of their tokens changed");
    }
    sb.append("</p>\n<div class=\"row head\"><div class=\"cell\">Document</div><div class=\"cell\">Source</div>")
        .append("</div>\n");
    List<String> ids = new ArrayList<>();
    List<String> tips = new ArrayList<>();
    rows(sb, t, placed, id, ids, tips);
    changesTable(sb, t, placed);
    Reports.descriptions(sb, ids, tips);
    sb.append("<p class=\"meta\">SHA-256 of the text traced (UTF-8): ").append(Reports.sha256(t.text()))
        .append("</p>\n</section>\n");
  }

  /**
   * The passages a document's rows show, in document order: every passage of the likeliest source, then those of
   * the others where they do not overlap one already taken (a patchwork of two articles shows each part beside its
   * own source).
   */
  private static List<Placed> placed(Traced t) {
    List<Placed> out = new ArrayList<>();
    for (int i = 0; i < t.matches().size(); i++) {
      List<Passage> passages = t.matches().get(i).passages();
      for (int j = 0; j < passages.size(); j++) {
        Passage p = passages.get(j);
        boolean overlaps = false;
        for (Placed o : out) {
          overlaps |= p.query().overlaps(o.passage().query());
        }
        if (!overlaps) {
          List<PassageChanges> changes = i < t.changes().size() ? t.changes().get(i) : null;
          out.add(new Placed(i, p, changes == null ? null : changes.get(j)));
        }
      }
    }
    out.sort(Comparator.comparingInt((Placed p) -> p.passage().query().start()));
    return out;
  }

  /**
   * The sources a document's rows set its passages beside, in the order of their first passage: two or more for a
   * patchwork of several articles, whose "likeliest source" alone would tell half the story.
   */
  private static List<String> patchwork(Traced t, List<Placed> placed) {
    List<String> out = new ArrayList<>();
    for (Placed p : placed) {
      String name = t.matches().get(p.match()).name();
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /**
   * The rows of document {@code doc} (from 1): each passage beside its source's, and the stretches between them that
   * no source explains; adds to {@code ids} and {@code tips} the descriptions of the document's marks.
   */
  private static void rows(StringBuilder sb, Traced t, List<Placed> placed, int doc, List<String> ids,
      List<String> tips) {
    String text = t.text();
    int at = 0;
    for (Placed p : placed) {
      untraced(sb, text, at, p.passage().query().start());
      Passage passage = p.passage();
      String source = t.sourceTexts().get(p.match());
      String name = t.matches().get(p.match()).name();
      PassageChanges c = p.changes();
      List<Mark> docMarks = new ArrayList<>();
      List<Mark> srcMarks = new ArrayList<>();
      if (c != null && c.note() == null) {
        for (PassageChanges.Change x : c.changes()) {
          marks(x, docMarks, srcMarks);
        }
      }
      sb.append("<div class=\"row\"><div class=\"cell doc\"><div class=\"where\">characters ")
          .append(passage.query().start()).append("&ndash;").append(passage.query().end())
          .append(t.pageStarts().isEmpty() ? ""
              : ", page " + PagedText.pageAt(t.pageStarts(), passage.query().start()))
          .append("</div>");
      marked(sb, text, passage.query().start(), passage.query().end(), docMarks, "doc-" + doc + "-c", ids, tips);
      sb.append("</div><div class=\"cell src\"><div class=\"where\">from ").append(Reports.escape(name))
          .append(", characters ").append(passage.source().start()).append("&ndash;").append(passage.source().end())
          .append(" &middot; similarity ").append(num(passage.similarity()));
      if (c != null && c.note() == null) {
        sb.append(" &middot; ").append(c.changedWords()).append(" of ").append(c.words()).append(" tokens changed");
      } else if (c != null) {
        sb.append(" &middot; ").append(Reports.escape(c.note()));
      }
      sb.append("</div>");
      if (source == null || passage.source().end() > source.length()) {
        sb.append("<em>the index does not hold the source's text</em>");
      } else {
        marked(sb, source, passage.source().start(), passage.source().end(), srcMarks, null, null, null);
      }
      sb.append("</div></div>\n");
      at = Math.max(at, passage.query().end());
    }
    untraced(sb, text, at, text.length());
  }

  /** A row for {@code text[from, to)} when it has words: found in none of the sources reported. */
  private static void untraced(StringBuilder sb, String text, int from, int to) {
    if (from >= to || !TraceCommand.hasWords(text.substring(from, to))) {
      return;
    }
    String stretch = text.substring(from, to);
    int lead = stretch.length() - stretch.stripLeading().length();
    int trail = stretch.length() - stretch.stripTrailing().length();
    sb.append("<div class=\"row untraced\"><div class=\"cell doc\">")
        .append(Reports.escape(stretch.substring(lead, stretch.length() - trail)))
        .append("</div><div class=\"cell src\">not found in the sources reported</div></div>\n");
  }

  /** The marks of one change on the document's side and on the source's. */
  private static void marks(PassageChanges.Change x, List<Mark> doc, List<Mark> src) {
    String d = x.documentText().replaceAll("\\s+", " ");
    String s = x.sourceText().replaceAll("\\s+", " ");
    switch (x.kind()) {
      case SWAP -> {
        doc.add(new Mark(x.document().start(), x.document().end(), "swap", "the source has: " + s));
        src.add(new Mark(x.source().start(), x.source().end(), "was", "the document has: " + d));
      }
      case ADDED -> {
        doc.add(new Mark(x.document().start(), x.document().end(), "added", "added; the source has: " + s));
        src.add(new Mark(x.source().start(), x.source().end(), "gap", "the document adds words here: " + d));
      }
      case LEFT_OUT -> {
        doc.add(new Mark(x.document().start(), x.document().end(), "gap", "the document leaves words out here: "
            + s));
        src.add(new Mark(x.source().start(), x.source().end(), "dropped", "left out; the document has: " + d));
      }
      case UNALIGNED -> {
        String why = "moved, added, left out or rewritten: not compared word by word";
        doc.add(new Mark(x.document().start(), x.document().end(), "unaligned", why));
        src.add(new Mark(x.source().start(), x.source().end(), "unaligned", why));
      }
      default -> throw new IllegalStateException("unknown change " + x.kind());
    }
  }

  /**
   * {@code text[from, to)}, escaped, with {@code marks} inside it (in any order; one overlapping an earlier one, or
   * reaching outside, is left out). With an id {@code prefix}, each mark is reached by Tab and shows its text on
   * focus as on hover, described by an element (written later, by {@link Reports#descriptions}) whose id is the
   * prefix and the mark's number in the document, added to {@code ids} and its text to {@code tips}; without (null),
   * it has a hover title.
   */
  private static void marked(StringBuilder sb, String text, int from, int to, List<Mark> marks, String prefix,
      List<String> ids, List<String> tips) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt(Mark::start));
    int at = from;
    for (Mark m : sorted) {
      if (m.start() < at || m.end() > to || m.end() <= m.start()) {
        continue;
      }
      sb.append(Reports.escape(text.substring(at, m.start()))).append("<mark class=\"").append(m.cls()).append('"');
      if (prefix == null) {
        sb.append(" title=\"").append(Reports.escape(m.title())).append("\">")
            .append(Reports.escape(text.substring(m.start(), m.end()))).append("</mark>");
      } else {
        ids.add(prefix + (ids.size() + 1));
        tips.add(m.title());
        Reports.tipped(sb, m.title(), ids.get(ids.size() - 1), text.substring(m.start(), m.end()));
      }
      at = m.end();
    }
    sb.append(Reports.escape(text.substring(at, to)));
  }

  /**
   * The document's changes as a table (where, the document's wording, the source's, what kind, which source), which
   * prints and reads at a glance, where the marks' text shows one at a time.
   */
  private static void changesTable(StringBuilder sb, Traced t, List<Placed> placed) {
    int count = 0;
    StringBuilder rows = new StringBuilder();
    for (Placed p : placed) {
      if (p.changes() == null || p.changes().note() != null) {
        continue;
      }
      for (PassageChanges.Change x : p.changes().changes()) {
        count++;
        boolean unaligned = x.kind() == PassageChanges.Kind.UNALIGNED;
        rows.append("<tr><td>").append(x.document().start()).append("&ndash;").append(x.document().end())
            .append(t.pageStarts().isEmpty() ? "" : " (page " + PagedText.pageAt(t.pageStarts(),
                x.document().start()) + ")")
            .append("</td><td>").append(unaligned ? tokens(x.documentText()) : Reports.escape(shown(x.documentText())))
            .append("</td><td>").append(unaligned ? tokens(x.sourceText()) : Reports.escape(shown(x.sourceText())))
            .append("</td><td>").append(x.kind().label()).append("</td><td>")
            .append(Reports.escape(t.matches().get(p.match()).name())).append("</td></tr>\n");
      }
    }
    if (count == 0) {
      return;
    }
    sb.append("<details open><summary>").append(count).append(count == 1 ? " change" : " changes")
        .append("</summary>\n<table class=\"changes\"><tr><th>document characters</th><th>document</th>")
        .append("<th>source</th><th>kind</th><th>source document</th></tr>\n").append(rows)
        .append("</table></details>\n");
  }

  /** A changed stretch on one line, or "(nothing)". */
  private static String shown(String stretch) {
    return stretch.isBlank() ? "(nothing)" : stretch.strip().replaceAll("\\s+", " ");
  }

  /** An unaligned stretch in the changes table: its length, not its text (a whole paragraph may be moved). */
  private static String tokens(String stretch) {
    int n = PassageChanges.tokenCount(stretch);
    return "<em>" + n + (n == 1 ? " token" : " tokens") + "</em>";
  }

  /** The share of the placed passages' tokens that were changed; NaN when no passage's changes are known. */
  private static double changedShare(List<Placed> placed) {
    long words = 0;
    long changed = 0;
    for (Placed p : placed) {
      if (p.changes() != null && p.changes().note() == null) {
        words += p.changes().words();
        changed += p.changes().changedWords();
      }
    }
    return words == 0 ? Double.NaN : (double) changed / words;
  }

  /** Whitespace-separated words of {@code text[from, to)} that hold a letter or digit. */
  private static int words(String text, int from, int to) {
    int n = 0;
    for (String w : text.substring(from, to).split("\\s+")) {
      n += TraceCommand.hasWords(w) ? 1 : 0;
    }
    return n;
  }

  private static String num(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }
}
