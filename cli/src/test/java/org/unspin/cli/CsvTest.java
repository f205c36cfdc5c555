// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

  /** Reads RFC 4180 CSV (quoted cells, doubled quotes, line breaks inside quotes): rows of cells. */
  static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    return rows;
  }

  @Test
  void cellsAreQuotedOnlyWhenTheyMustBeAndReadBackAsWritten() {
    for (String s : List.of("plain", "a, b", "say \"so\"", "two\nlines", " padded ", "x\r\ny")) {
      String cell = Reports.csvCell(s);
      assertThat(parse(cell + ",end\n")).containsExactly(List.of(s, "end"));
    }
    assertThat(Reports.csvCell("plain")).isEqualTo("plain");
    assertThat(Reports.csvCell(null)).isEmpty();
  }

  @Test
  void aRecordsStringIdLosesItsJsonQuotesOtherIdsStayAsWritten() {
    assertThat(Reports.csvId("\"a-9\"")).isEqualTo("a-9");
    assertThat(Reports.csvId("\"say \\\"hi\\\"\"")).isEqualTo("say \"hi\"");
    assertThat(Reports.csvId("17")).isEqualTo("17");
    assertThat(Reports.csvId("{\"k\":1}")).isEqualTo("{\"k\":1}");
    assertThat(Reports.csvId(null)).isNull();
  }

  @Test
  void aRowCountsTheListedTorturedPhrasesAmongItsSpans() {
    java.util.function.BiFunction<Integer, String, org.unspin.Edit> edit = (at, origin) -> new org.unspin.Edit(
        new org.unspin.text.Span(at, at + 5), "words", "terms", "terms", 0.9, List.of(), "user", origin);
    List<org.unspin.Edit> spans = List.of(edit.apply(0, "phrase_list"), edit.apply(10, "phrase_word"),
        edit.apply(20, "phrase_list"), edit.apply(30, "table"));
    org.unspin.DetectionResult d = new org.unspin.DetectionResult(true, 0.99, "user",
        java.util.Map.of("none", 0.01, "user", 0.99), List.of(), spans);
    List<List<String>> rows = parse(Reports.DETECT_CSV_HEADER + Reports.detectCsvRow(new Reports.Named<>("p.pdf", d)));
    assertThat(rows.get(0).get(8)).isEqualTo("listed_phrases");
    assertThat(rows.get(1).get(7)).isEqualTo("4");
    assertThat(rows.get(1).get(8)).isEqualTo("2");
    assertThat(rows.get(1)).hasSize(rows.get(0).size());
  }

  @Test
  void aTextASpreadsheetWouldRunAsAFormulaIsDefused() {
    assertThat(Reports.csvCell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(Reports.csvCell("+1+2")).isEqualTo("'+1+2");
    assertThat(Reports.csvCell("-2+3")).isEqualTo("'-2+3");
    assertThat(Reports.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Reports.csvCell("-")).isEqualTo("-"); // standard input's name
    assertThat(Reports.csvCell("-:12")).isEqualTo("-:12"); // and its JSON Lines records'
    assertThat(Reports.csvCell("-:12+1")).isEqualTo("'-:12+1");
    assertThat(Reports.csvCell("a=b")).isEqualTo("a=b");
    // a number is read as one, and runs nothing: a record's numeric id of -5 had been written '-5
    assertThat(Reports.csvCell("-5")).isEqualTo("-5");
    assertThat(Reports.csvCell("+3.25")).isEqualTo("+3.25");
    assertThat(Reports.csvCell("-1e-3")).isEqualTo("-1e-3");
    assertThat(Reports.csvCell("-5-1")).isEqualTo("'-5-1");
    assertThat(Reports.csvCell("-1e-3+A1")).isEqualTo("'-1e-3+A1");
  }

  @Test
  void examplesNameEachSubstitutionOnceAndCountTheRest() {
    List<org.unspin.Edit> spans = new ArrayList<>();
    for (int k = 0; k < 6; k++) { // the spinner wrote "mentioned" six times, sure each time
      spans.add(new org.unspin.Edit(new org.unspin.text.Span(20 * k, 20 * k + 9), "mentioned", "said", "said", 0.99,
          List.of(), "A", "table"));
    }
    spans.add(new org.unspin.Edit(new org.unspin.text.Span(200, 206), "extra", "more", "more", 0.9, List.of(), "A",
        "table"));
    org.unspin.DetectionResult d = new org.unspin.DetectionResult(true, 0.99, "A", java.util.Map.of("A", 0.99),
        List.of(), spans);
    assertThat(Reports.examples(new Reports.Named<>("t.txt", d), 5, "; "))
        .isEqualTo("mentioned -> said; extra -> more; +5 more");
  }
}
