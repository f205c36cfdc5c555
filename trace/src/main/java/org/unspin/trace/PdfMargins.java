// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running heads, running feet and page numbers of a PDF: the lines a journal prints at the top or bottom of every
 * page ("Journal of Applied Research 12 (2021) 101-115", "Page 3 of 14"). They are not the paper's prose; left in,
 * each page adds the same short paragraph, which the detector and restorer read as text and which makes papers of
 * one journal look alike to tracing. Stateless.
 *
 * <p>A line counts as running when it is among the first or last {@value #EDGE_LINES} non-blank lines of at least
 * {@value #MIN_PAGES} pages (of both pages of a two-page document) and of half the pages, compared with digits masked
 * ("Page 3" and "Page 4" are one line);
 * a line that is only a page number ("12", "- 3 -", "Page 3 of 14") counts on any document of two pages or more.
 */
final class PdfMargins {

  /** Lines at each edge of a page where running heads and feet are looked for. */
  static final int EDGE_LINES = 2;

  /** Fewest pages a line must head or foot to be running (page numbers excepted). */
  static final int MIN_PAGES = 3;

  /** The paragraph end mark {@link Documents#pdf} has the PDF stripper write, and splits paragraphs at. */
  static final char PARAGRAPH_END = '\u2029';

  /**
   * The mark {@link #strip} puts at the start of each page, which {@link Documents#pdf} turns into the page's
   * start offset and removes (a form feed: PDFBox writes none inside a page, and any a page holds is made a space).
   */
  static final char PAGE_START = '\f';

  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?:page |p\\. ?)?[-\u2013 ]*#+[-\u2013 ]*(?:(?:of|/) ?#+)?");

  private PdfMargins() {}

  /**
   * The pages' text without their running lines, each dropped line leaving a paragraph end in its place, and each
   * page opened by a {@link #PAGE_START}. A document all of whose lines would be dropped (pages that each hold only
   * the same line or two) keeps them: they are its text, not margins around it (it had been read as a PDF with no
   * text at all).
   */
  static String strip(List<String> pages) {
    List<String[]> lines = new ArrayList<>(pages.size());
    List<Map<Integer, String>> edges = new ArrayList<>(pages.size());
    Map<String, Integer> count = new HashMap<>();
    for (String page : pages) {
      String[] ls = page.replace(PAGE_START, ' ').split("\n", -1);
      Map<Integer, String> e = edges(ls);
      lines.add(ls);
      edges.add(e);
      for (String key : new HashSet<>(e.values())) {
        count.merge(key, 1, Integer::sum);
      }
    }
    Set<String> running = new HashSet<>();
    count.forEach((key, n) -> {
      if (n >= Math.min(MIN_PAGES, Math.max(2, pages.size())) && n >= 0.5 * pages.size()) {
        running.add(key);
      }
    });
    String stripped = join(lines, edges, running, pages.size());
    boolean anyText = lines.stream().anyMatch(ls -> java.util.Arrays.stream(ls).anyMatch(l -> !key(l).isEmpty()));
    boolean textLeft = stripped.chars().anyMatch(c -> c != PAGE_START && c != PARAGRAPH_END
        && !Character.isWhitespace(c));
    return anyText && !textLeft ? join(lines, edges, Set.of(), 1) : stripped;
  }

  /** The pages' lines, those at an edge whose key is {@code running} (or a page number) dropped. */
  private static String join(List<String[]> lines, List<Map<Integer, String>> edges, Set<String> running,
      int pageCount) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < lines.size(); p++) {
      String[] ls = lines.get(p);
      out.append(PAGE_START);
      for (int i = 0; i < ls.length; i++) {
        String key = edges.get(p).get(i);
        boolean drop = key != null
            && (running.contains(key) || pageCount >= 2 && PAGE_NUMBER.matcher(key).matches());
        out.append(drop ? String.valueOf(PARAGRAPH_END) : ls[i]);
        if (i + 1 < ls.length) {
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The first and last {@value #EDGE_LINES} non-blank lines of a page, by index, with their {@link #key}s. */
  private static Map<Integer, String> edges(String[] lines) {
    Map<Integer, String> out = new HashMap<>();
    for (int i = 0, n = 0; i < lines.length && n < EDGE_LINES; i++) {
      String key = key(lines[i]);
      if (!key.isEmpty()) {
        out.put(i, key);
        n++;
      }
    }
    for (int i = lines.length - 1, n = 0; i >= 0 && n < EDGE_LINES; i--) {
      String key = key(lines[i]);
      if (!key.isEmpty()) {
        out.put(i, key);
        n++;
      }
    }
    return out;
  }

  /** A line compared: lower case, digits masked, spaces collapsed, paragraph marks and edges stripped. */
  static String key(String line) {
    StringBuilder sb = new StringBuilder(line.length());
    boolean space = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == PARAGRAPH_END || Character.isWhitespace(c)) {
        space = sb.length() > 0;
        continue;
      }
      if (space) {
        sb.append(' ');
        space = false;
      }
      sb.append(Character.isDigit(c) ? '#' : Character.toLowerCase(c));
    }
    return sb.toString();
  }
}
