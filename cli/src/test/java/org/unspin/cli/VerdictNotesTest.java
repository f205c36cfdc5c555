// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.unspin.DetectionResult;
import org.unspin.Edit;
import org.unspin.Explanations;
import org.unspin.text.Span;

class VerdictNotesTest {

  private static final Edit SPAN = new Edit(new Span(0, 9), "mentioned", "said", "said", 0.9, List.of(), "A",
      "table");

  @Test
  void onlyASpunVerdictWithoutASpanSaysWhyThereIsNothingToPointAt() {
    // a short British item called spun on the thesaurus channel's evidence alone: an editor was left with nothing
    DetectionResult bare = new DetectionResult(true, 0.97, "A", Map.of(), List.of(), List.of());
    assertThat(Reports.noSpanNote(bare)).startsWith("no span to show");
    assertThat(Reports.noSpanNote(new DetectionResult(true, 0.97, "A", Map.of(), List.of(), List.of(SPAN))))
        .isEmpty();
    assertThat(Reports.noSpanNote(new DetectionResult(false, 0.1, "none", Map.of(), List.of(), List.of())))
        .isEmpty();
    // a long text of two very long paragraphs, each half spun, neither called spun: no short text (a shell trial)
    List<org.unspin.ParagraphResult> halves = List.of(
        new org.unspin.ParagraphResult(new Span(0, 9000), false, 0.17, "none"),
        new org.unspin.ParagraphResult(new Span(9002, 18000), false, 0.17, "none"));
    assertThat(Reports.noSpanNote(new DetectionResult(true, 0.56, "A", Map.of(), halves, List.of())))
        .startsWith("no span to show: none of its 2 paragraphs is called spun").doesNotContain("short text");
  }

  @Test
  void aLongTextsSpunParagraphsAreNamedInRuns() {
    // a thesis of 400 paragraphs: "13 of 432 paragraphs spun" left the reader to find them
    java.util.function.BiFunction<Boolean, Boolean, org.unspin.ParagraphResult> p = (spun, alone) ->
        new org.unspin.ParagraphResult(new Span(0, 1), spun, 0.5, "A", Optional.empty(), 0.5, alone);
    List<org.unspin.ParagraphResult> text = new java.util.ArrayList<>();
    for (int k = 1; k <= 40; k++) {
      text.add(p.apply(k >= 3 && k <= 5 || k == 9, k == 20));
    }
    List<int[]> runs = Reports.spunRuns(text);
    assertThat(runs).containsExactly(new int[] {3, 5}, new int[] {9, 9}, new int[] {20, 20});
    assertThat(Reports.runsText(runs, Integer::toString)).isEqualTo("3-5, 9, 20");
    assertThat(Reports.runsText(runs, n -> "<" + n + ">")).isEqualTo("<3>-<5>, <9>, <20>");
    // a short text, and one spun throughout, say it by their counts alone
    assertThat(Reports.spunRuns(text.subList(0, Reports.WHERE_PARAGRAPHS - 1))).isEmpty();
    assertThat(Reports.spunRuns(java.util.Collections.nCopies(12, p.apply(true, false)))).isEmpty();
    // many runs: the first ones, then how many more
    List<org.unspin.ParagraphResult> every = new java.util.ArrayList<>();
    for (int k = 1; k <= 30; k++) {
      every.add(p.apply(k % 2 == 0, false));
    }
    assertThat(Reports.runsText(Reports.spunRuns(every), Integer::toString))
        .isEqualTo("2, 4, 6, 8, 10, 12, 14, 16 and 7 more runs");
  }

  @Test
  void aShortTextCalledSpunButLeftAsItIsSaysWhy() {
    String shortText = "Officers mentioned the talks would resume next week.";
    String why = "called spun (P 0.660) but not restored: a text under 100 words is restored from P 0.7";
    org.unspin.Restoration unchanged = new org.unspin.Restoration(shortText, shortText, List.of(), "A", 0.66, 0)
        .withUnrestored(java.util.Optional.of(why));
    assertThat(Reports.unrestoredNote("a.txt", unchanged)).isEqualTo("unspin: a.txt is " + why
        + " (or with --assume-spun)");
    // the JSON says it beside the empty edits, the report in the document's line
    assertThat(Reports.restoreJson(List.of(new Reports.Named<>("a.txt", unchanged)), 0.5))
        .contains("\"unrestored\": \"" + why + "\"");
    assertThat(Reports.restoreLine(new Reports.Named<>("a.txt", unchanged), 0.5))
        .contains("\"unrestored\":\"" + why + "\"");
    assertThat(Reports.restoreHtml(List.of(new Reports.Named<>("a.txt", unchanged)), 0.5, 0.4))
        .contains("<span class=\"unrestored\">" + why + "</span>");
    // a result without a reason (restored, sure enough, not called spun): nothing to say
    org.unspin.Restoration none = new org.unspin.Restoration(shortText, shortText, List.of(), "none", 0.3, 0);
    assertThat(Reports.unrestoredNote("a.txt", none)).isEmpty();
    assertThat(Reports.restoreJson(List.of(new Reports.Named<>("a.txt", none)), 0.5)).doesNotContain("unrestored");
    assertThat(Reports.restoreHtml(List.of(new Reports.Named<>("a.txt", none)), 0.5, 0.4))
        .doesNotContain("class=\"unrestored\"");
  }

  @Test
  void theReasonsSayWhichWayTheUnknownWordsAndCollocationsDiffer() {
    // both features weigh against spinning as they grow: "unknown words +0.90" was said of a text with none
    assertThat(Explanations.reasons(true, 0.9, Map.of("oovRate", 0.9, "contextGainPerWord", 1.2), Optional.empty()))
        .isEqualTo("weak collocations +1.20, few unknown words +0.90");
    assertThat(Explanations.reasons(false, 0.1, Map.of("oovRate", -0.9, "contextGainPerWord", -1.2), Optional.empty()))
        .isEqualTo("strong collocations -1.20, many unknown words -0.90");
  }

  @Test
  void aNearMissAlsoSaysWhatPointedTowardsSpun() {
    // a text at P 0.46 had shown only what held it back ("length -1.25"), not its thesaurus evidence
    Map<String, Double> evidence = Map.of("log10Words", -1.25, "openEditsPerWord", 2.43, "ratioPerWord", 0.3);
    assertThat(Explanations.reasons(false, 0.46, evidence, Optional.empty()))
        .isEqualTo("length -1.25; though thesaurus words that fit better +2.43");
    assertThat(Explanations.reasons(false, 0.1, evidence, Optional.empty())).isEqualTo("length -1.25");
    // with nothing that held it back, a near miss says its evidence fell short
    assertThat(Explanations.reasons(false, 0.37, Map.of("openEditsPerWord", 1.39, "oovRate", 0.9), Optional.empty()))
        .isEqualTo("too little evidence of spinning: thesaurus words that fit better +1.39, few unknown words +0.90");
    assertThat(Explanations.reasons(true, 0.7, evidence, Optional.empty()))
        .isEqualTo("thesaurus words that fit better +2.43, spinner-table evidence +0.30");
  }

  @Test
  void aParagraphSpunOnItsOwnInATextNotCalledSpunIsMarkedApartInTheReport() {
    // an integrity desk's trial: a copy that spun one paragraph of seven looked clean throughout in the report
    String text = "The council met on Monday.\n\nOfficers mentioned the plan would cost extra money.";
    List<org.unspin.ParagraphResult> paras = List.of(
        new org.unspin.ParagraphResult(new Span(0, 26), false, 0.05, "none", Optional.empty(), 0.06, false),
        new org.unspin.ParagraphResult(new Span(28, text.length()), false, 0.08, "none", Optional.empty(), 0.82, true));
    org.unspin.Restoration r = new org.unspin.Restoration(text, text, List.of(), "none", 0.07, 0, Map.of(), paras,
        Optional.empty());
    String html = Reports.restoreHtml(List.of(new Reports.Named<>("copy.txt", r)), 0.5, 0.4);
    assertThat(html).contains("<div class=\"para alone\" data-p=\"0.08 \u00b7 alone 0.82\" title=\"This paragraph "
        + "does not look spun in its text (P(spun) 0.08) but does on its own (0.82)")
        .contains("<div class=\"para\" data-p=\"0.05\"")
        .contains("<strong>not spun</strong> &middot; 1 paragraph spun on its own &middot; spinner: ");
    // with others, the table of documents says so too (it had said "not spun", its edits unexplained)
    String clean = "The council met on Monday.";
    org.unspin.Restoration plain = new org.unspin.Restoration(clean, clean, List.of(), "none", 0.05, 0);
    String both = Reports.restoreHtml(List.of(new Reports.Named<>("copy.txt", r), new Reports.Named<>("b.txt", plain)),
        0.5, 0.4);
    assertThat(both).contains("<p class=\"meta\">0 of 2 documents spun, 1 more with paragraphs spun on their own</p>")
        .contains("<td>not spun; 1 paragraph spun on its own</td>");
  }

  @Test
  void aParagraphSpunOnItsOwnInATextNotCalledSpunIsCountedInTheVerdictLine() {
    // a farm copy that spun one paragraph of five: its line had said "0 of 5 paragraphs spun, 1 spans", the span
    // unexplained
    List<org.unspin.ParagraphResult> paras = new java.util.ArrayList<>();
    for (int k = 0; k < 5; k++) {
      paras.add(new org.unspin.ParagraphResult(new Span(100 * k, 100 * k + 90), false, 0.3, "none", Optional.empty(),
          k == 2 ? 0.79 : 0.06, k == 2));
    }
    DetectionResult d = new DetectionResult(false, 0.41, "none", Map.of(), paras, List.of(SPAN));
    assertThat(DetectCommand.textLine(new Reports.Named<>("copy.txt", d)))
        .startsWith("copy.txt: not spun (P(spun) = 0.410, spinner none, 0 of 5 paragraphs spun, 1 more spun on its "
            + "own, 1 spans)");
    paras.set(4, new org.unspin.ParagraphResult(new Span(400, 490), false, 0.3, "none", Optional.empty(), 0.9, true));
    DetectionResult two = new DetectionResult(false, 0.41, "none", Map.of(), paras, List.of(SPAN));
    assertThat(DetectCommand.textLine(new Reports.Named<>("copy.txt", two))).contains("0 of 5 paragraphs spun, 2 "
        + "more spun on their own, ");
  }

  @Test
  void aRestorationItsFamilyExplainsOnlyInPartSaysSoInItsReasonsJsonAndReport() {
    // a trust-and-safety analyst reads why a copy's edits are fewer and less sure than its verdict suggests
    String text = "Officers mentioned the plan would cost extra money.";
    org.unspin.Restoration partly = new org.unspin.Restoration(text, text, List.of(), "A", 0.9, 0, Map.of(),
        List.of(), Optional.empty(), 0.41);
    String json = Reports.restoreJson(List.of(new Reports.Named<>("copy.txt", partly)), 0.5);
    assertThat(json).contains("\"spinnerRate\": 0.41").contains("spinner A accounts for only part of it (41% of "
        + "what it would rewrite): another spinner's copy, a light spin, or the writer's own wording, so fewer and "
        + "more cautious edits are made");
    assertThat(Reports.restoreHtml(List.of(new Reports.Named<>("copy.txt", partly)), 0.5, 0.4))
        .contains(" \u00b7 spinner A accounts for only part of it (41% of what it would rewrite)");
    // a copy its family spun, and one not measured, say nothing of it
    org.unspin.Restoration whole = partly.withSpinnerRate(0.93);
    assertThat(Explanations.partly(whole)).isEmpty();
    assertThat(Reports.restoreJson(List.of(new Reports.Named<>("copy.txt", whole)), 0.5))
        .contains("\"spinnerRate\": 0.93");
    // detect says it too, where restore measured it for the spans it weighed
    DetectionResult d = new DetectionResult(true, 0.9, "A", Map.of(), List.of(), List.of(), Map.of(), Optional.empty(),
        List.of(), 0.41);
    assertThat(Explanations.reasons(d)).endsWith("; spinner A accounts for only part of it (41% of what it would "
        + "rewrite): another spinner's copy, a light spin, or the writer's own wording, so fewer and more cautious "
        + "edits are made");
    assertThat(Reports.detectJson(List.of(new Reports.Named<>("copy.txt", d)))).contains("\"spinnerRate\": 0.41");
    assertThat(Reports.detectCsvRow(new Reports.Named<>("copy.txt", d))).endsWith(",0.410,0\n");
    assertThat(Reports.detectCsvRow(new Reports.Named<>("copy.txt", d.withSpinnerRate(Double.NaN))))
        .endsWith(",,0\n");
    assertThat(Explanations.reasons(d.withSpinnerRate(Double.NaN))).doesNotContain("accounts for");
    // clauses per sentence are said as what the punctuation is like, not as a genre found
    DetectionResult clauses = new DetectionResult(false, 0.25, "none", Map.of(), List.of(), List.of(),
        Map.of("marksPerSentence", -3.8, "openEditsPerWord", 1.2));
    assertThat(Explanations.reasons(clauses)).startsWith("many clauses per sentence (as older, literary and legal "
        + "prose writes) -3.80");
    // a text not called spun, its spans from a paragraph spun on its own, names the spans' family, not "none"
    DetectionResult notSpun = new DetectionResult(false, 0.16, "none", Map.of(), List.of(), List.of(SPAN), Map.of(),
        Optional.empty(), List.of(), 0.32);
    assertThat(Explanations.reasons(notSpun))
        .contains("; spinner " + SPAN.spinner() + " accounts for only part of it (32% ")
        .doesNotContain("spinner none accounts");
    org.unspin.Restoration none = new org.unspin.Restoration(text, text, List.of(), "none", 0.1, 0);
    assertThat(Reports.restoreJson(List.of(new Reports.Named<>("copy.txt", none)), 0.5)).doesNotContain("spinnerRate");
  }

  @Test
  void aReportNamesTheListedPhrasesWithTheirParagraphsAndOutlinesThem() {
    // a sleuth's trial scrolled a whole paper's report for its tortured phrases, marked as every other edit
    String text = "Methods.\n\nWe trained a profound learning model on the data.";
    int at = text.indexOf("profound learning");
    Edit listed = new Edit(new Span(at, at + 17), "profound learning", "deep learning", "deep learning", 0.99,
        List.of(), "user", "phrase_list");
    Edit word = new Edit(new Span(text.indexOf("data"), text.indexOf("data") + 4), "data", "information",
        "information", 0.5, List.of(), "user", "table");
    List<org.unspin.ParagraphResult> paras = List.of(
        new org.unspin.ParagraphResult(new Span(0, 8), true, 0.99, "user"),
        new org.unspin.ParagraphResult(new Span(10, text.length()), true, 0.99, "user"));
    org.unspin.Restoration r = new org.unspin.Restoration(text, text, List.of(listed, word), "user", 0.99, 0,
        Map.of(), paras, Optional.empty());
    String html = Reports.restoreHtml(List.of(new Reports.Named<>("paper.txt", r)), 0.5, 0.4);
    assertThat(html).contains("<p class=\"meta\">1 phrase your tortured-phrase list names (outlined): profound "
        + "learning &rarr; deep learning (paragraph 2)</p>").contains("<mark class=\"spun listed\"")
        .contains("<mark class=\"spun unsure\"");
    assertThat(Explanations.listedIn(r.edits(), paras.get(1))).isEqualTo(1);
    assertThat(Explanations.listedIn(r.edits(), paras.get(0))).isZero();
    assertThat(Reports.listedPhrasesLine(new org.unspin.Restoration(text, text, List.of(word), "user", 0.99, 0),
        new Reports.Named<>("paper.txt", r))).isEmpty();
  }
}
