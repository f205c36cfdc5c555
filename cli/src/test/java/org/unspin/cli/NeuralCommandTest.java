// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unspin.DetectionResult;
import org.unspin.Edit;
import org.unspin.Restoration;
import org.unspin.Unspinner;
import org.unspin.NeuralPass;
import org.unspin.decode.RestoredText;
import org.unspin.decode.TextEdit;
import org.unspin.decode.TextRestoring;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.server.Service;

/**
 * The neural entry points of the command line and the library path behind them, with stand-ins for the neural
 * restorer (the module itself is optional and not on this class path; its own tests run the real model).
 */
class NeuralCommandTest {

  @Test
  void neuralListsTheInstallCommand() {
    CliTest.Run r = CliTest.run("neural", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("install", "576 MB");
  }

  @Test
  void restoreOffersTheNeuralOption() {
    CliTest.Run r = CliTest.run("restore", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--neural");
  }

  @Test
  void detectOffersTheNeuralOption() {
    CliTest.Run r = CliTest.run("detect", "--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("--neural");
  }

  @Test
  void aNeuralModelThatCannotBeLoadedIsBadInputWithHowToFetchItAgain() {
    // as the README says (exit 3, as any corrupt model file); the loader's javadoc had said 1
    CliException e = NeuralLoader.notLoaded(new java.io.IOException("vocab.txt: holds 5000 pieces"));
    assertThat(e.exitCode()).isEqualTo(Cli.BAD_INPUT).isEqualTo(3);
    assertThat(e.getMessage()).contains("vocab.txt: holds 5000 pieces", "unspin neural install");
  }

  @Test
  void calibrationRefusesTheNeuralOption() {
    CliTest.Run r = CliTest.run("detect", "--calibrate", "--neural", "--clean", "x", "--out", "y");
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--neural");
  }

  /**
   * {@link StandInNeuralProvider#everyWordOutOfPlace()} as a masked-LM pass that explains itself: it re-decided
   * "minister" (the n-gram decoder's 0.55 raised to the edit's 0.9), removed the n-gram decoder's edit of "talks" (0.6,
   * 0.2 after), and its work cap of 10 queries ran out at "delayed".
   */
  private static TextRestoring reportingItsPass() {
    TextRestoring every = StandInNeuralProvider.everyWordOutOfPlace();
    return (text, channel, paragraphs) -> {
      RestoredText all = every.restore(text, channel, paragraphs);
      List<TextEdit> edits = all.edits().stream().filter(e -> !e.spun().equals("talks")).toList();
      TextEdit minister = edits.get(0);
      TextEdit talks = all.edits().stream().filter(e -> e.spun().equals("talks")).findFirst().orElseThrow();
      var pass = new org.unspin.decode.NeuralPass(12, 10, text.text().indexOf("delayed"), List.of(
          new org.unspin.decode.NeuralPass.Review(minister.span(), "minister", "retsinim", "retsinim", 0.55, 0.9,
              false),
          new org.unspin.decode.NeuralPass.Review(talks.span(), "talks", "sklat", "sklat", 0.6, 0.2, true)));
      return RestoredText.of(text.text(), edits, 0).withNeural(java.util.Optional.of(pass));
    };
  }

  @Test
  void theJsonSaysWhatTheMaskedLmReDecidedRemovedAndLeftUnchecked() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    Unspinner n = u.withRestoring(d -> reportingItsPass()).withRestorerEvidence();
    String text = "the minister said the talks were useful . officials said the visit was delayed for months .";
    Restoration r = n.restore(text);
    assertThat(r.text()).startsWith("the retsinim dias the talks");
    assertThat(r.neural()).hasValueSatisfying(p -> {
      assertThat(p.capped()).isTrue();
      assertThat(p.uncheckedFrom()).contains(text.indexOf("delayed"));
      assertThat(p.removed()).extracting(NeuralPass.Review::spun).containsExactly("talks");
    });
    int talks = text.indexOf("talks");
    String removed = "\"removed\":[{\"start\":" + talks + ",\"end\":" + (talks + 5) + ",\"spun\":\"talks\","
        + "\"ngramOriginal\":\"sklat\",\"ngramReplacement\":\"sklat\",\"ngramConfidence\":0.6000,"
        + "\"confidence\":0.2000}]";
    String pass = "\"neural\":{\"queries\":12,\"cap\":10,\"capped\":true,\"uncheckedFrom\":"
        + text.indexOf("delayed") + ",\"uncheckedParagraph\":0,\"rescored\":1," + removed + "}";
    // the edit the masked LM re-decided carries the n-gram decoder's reading and confidence; the others none
    String minister = "\"neural\":{\"ngramOriginal\":\"retsinim\",\"ngramConfidence\":0.5500}";
    String restored = Reports.restoreLine(new Reports.Named<>("-", r), n.threshold());
    assertThat(restored).contains(minister, pass).endsWith(pass + "}\n");
    assertThat(restored.split("\"ngramOriginal\"", -1)).hasSize(3); // one edit and one removed
    String detected = Reports.detectLine(new Reports.Named<>("-", n.detect(text)));
    assertThat(detected).contains(minister, pass);
    // the HTML report's table says so in the edit's note
    assertThat(Reports.restoreHtml(List.of(new Reports.Named<>("-", r)), n.threshold(), n.minConfidence()))
        .containsOnlyOnce("; re-weighed by the masked LM: the n-gram model alone 0.55</td>");
    // without the pass, the keys are not there
    assertThat(Reports.restoreLine(new Reports.Named<>("-", u.restore(text, true)), u.threshold()))
        .doesNotContain("\"neural\"");
  }

  @Test
  void theTextOutputSaysWhereTheMaskedLmsWorkCapRanOut() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    Unspinner n = u.withRestoring(d -> reportingItsPass()).withRestorerEvidence();
    String text = "the minister said the talks were useful .\n\nofficials said the visit was delayed for months .";
    Restoration r = n.restore(text);
    assertThat(Reports.neuralCapNote("in.txt", r.neural(), r.paragraphs())).isEqualTo("unspin: in.txt: the masked "
        + "LM's work cap (10 queries) was reached at paragraph 2 of 2 (character " + text.indexOf("delayed")
        + "); the rest was decided by the n-gram model");
    assertThat(Reports.neuralCapNote("in.txt", u.restore(text, true).neural(), r.paragraphs())).isEmpty();
    // the HTML report says it too, under the document's verdict (it had said it on standard error only)
    assertThat(Reports.restoreHtml(List.of(new Reports.Named<>("in.txt", r)), n.threshold(), n.minConfidence()))
        .containsOnlyOnce("<p class=\"meta\">The masked LM&#39;s work cap (10 queries) was reached at paragraph 2 of "
            + "2 (character " + text.indexOf("delayed") + "); the rest was decided by the n-gram model.</p>");
    assertThat(Reports.restoreHtml(List.of(new Reports.Named<>("in.txt", u.restore(text, true))), u.threshold(),
        u.minConfidence())).doesNotContain("work cap");
  }

  @Test
  void theCsvRowsSayWhatTheMaskedLmReDecided() {
    // restore --format csv and detect --format spans had no trace of it: a spreadsheet read the re-decided
    // "minister" as the n-gram decoder's call at 0.90
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    Unspinner n = u.withRestoring(d -> reportingItsPass()).withRestorerEvidence();
    String text = "the minister said the talks were useful . officials said the visit was delayed for months .";
    List<List<String>> restored = CsvTest.parse(Reports.SPANS_CSV_HEADER
        + Reports.restoreCsvRows(new Reports.Named<>("in.txt", n.restore(text))));
    List<List<String>> detected = CsvTest.parse(Reports.SPANS_CSV_HEADER
        + Reports.spansCsvRows(new Reports.Named<>("in.txt", n.detect(text))));
    for (List<List<String>> rows : List.of(restored, detected)) {
      assertThat(rows.get(0).subList(12, 14)).containsExactly("ngram_original", "ngram_confidence");
      assertThat(rows.subList(1, rows.size())).hasSizeGreaterThan(2).allSatisfy(row -> {
        assertThat(row).hasSize(14);
        assertThat(row.subList(12, 14)).as(row.get(5)).isEqualTo(row.get(5).equals("minister")
            ? List.of("retsinim", "0.5500") : List.of("", ""));
      });
    }
    // the edit it removed is no row (it is no edit): the JSON's neural.removed lists it
    assertThat(restored).noneMatch(row -> row.get(5).equals("talks"));
  }

  @Test
  void theFormatsWithoutANeuralObjectSayWhereTheWorkCapRanOut(@TempDir Path dir) throws java.io.IOException {
    // with the stand-in module of this class path (StandInNeuralProvider): restore --format diff, csv and html
    // and detect --format spans and csv said nothing where text output said the cap ran out
    String text = "The minister said the talks were useful. Officials said the visit was delayed for months.\n";
    Path file = java.nio.file.Files.writeString(dir.resolve("in.txt"), text);
    String note = "unspin: " + file + ": the masked LM's work cap (" + StandInNeuralProvider.CAP + " queries) was "
        + "reached at paragraph 1 of 1 (character " + text.indexOf("months") + "); the rest was decided by the "
        + "n-gram model";
    for (String[] command : List.of(new String[] {"restore", "text"}, new String[] {"restore", "diff"},
        new String[] {"restore", "csv"}, new String[] {"restore", "html"}, new String[] {"detect", "text"},
        new String[] {"detect", "spans"}, new String[] {"detect", "csv"})) {
      CliTest.Run r = CliTest.run(command[0], "--neural", "--format", command[1], file.toString());
      assertThat(r.code()).as(String.join(" ", command)).isZero();
      assertThat(r.err()).as(String.join(" ", command)).containsOnlyOnce(note);
      // the diff and the CSV as tools parse them; the HTML report says it under the verdict
      assertThat(r.out().contains("work cap")).as(String.join(" ", command)).isEqualTo(command[1].equals("html"));
      if (command[1].equals("csv") && command[0].equals("restore") || command[1].equals("spans")) {
        List<String> first = CsvTest.parse(r.out()).get(1);
        assertThat(first.get(5)).isEqualTo("minister");
        assertThat(first.subList(12, 14)).containsExactly(StandInNeuralProvider.NGRAM_REPLACEMENT, "0.5500");
      }
    }
    // the JSON says it in neural.capped, and --quiet leaves the note out
    CliTest.Run json = CliTest.run("restore", "--neural", "--format", "json", file.toString());
    assertThat(json.out()).contains("\"capped\": true");
    assertThat(json.err()).doesNotContain("work cap");
    assertThat(CliTest.run("restore", "--neural", "--quiet", "--format", "diff", file.toString()).err())
        .doesNotContain("work cap");
  }

  @Test
  void neuralDetectionCountsTheMaskedLmsFindingsAsEvidence() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    Unspinner n = u.withRestoring(d -> StandInNeuralProvider.everyWordOutOfPlace()).withRestorerEvidence();
    String text = "the minister said the talks were useful . officials said the visit was delayed for months .";
    DetectionResult plain = u.detect(text);
    DetectionResult neural = n.detect(text);
    assertThat(plain.spun()).isFalse();
    assertThat(neural.spun()).isTrue();
    assertThat(neural.spunProbability()).isGreaterThan(plain.spunProbability());
    assertThat(neural.spinner()).isEqualTo("A");
    assertThat(neural.spans()).extracting(Edit::spun)
        .containsExactly("minister", "said", "talks", "were", "useful", "officials", "said", "visit", "delayed",
            "months");
    assertThat(neural.spans()).allSatisfy(e -> assertThat(e.origin()).isEqualTo("neural"));
    // restore follows the same verdict
    assertThat(n.restore(text).text()).startsWith("the retsinim dias");
  }

  @Test
  void withoutMaskedLmFindingsNeuralDetectionKeepsTheNgramVerdict() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    Unspinner n = u.withRestoring(d -> (text, channel, paragraphs) ->
        new RestoredText(text.text(), text.text(), List.of(), 0)).withRestorerEvidence();
    for (String text : List.of("the minister said the talks were useful .",
        "the minister mentioned the talks were useful . officers mentioned the go to was delayed for months .")) {
      DetectionResult plain = u.detect(text);
      DetectionResult neural = n.detect(text);
      assertThat(neural.spun()).isEqualTo(plain.spun());
      assertThat(neural.spunProbability()).isCloseTo(plain.spunProbability(), within(1e-12));
      assertThat(neural.spans()).isEmpty();
    }
  }

  @Test
  void theServerDetectsWithTheNeuralUnspinnerOnlyWhenAsked() throws Exception {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    Unspinner n = u.withRestoring(d -> StandInNeuralProvider.everyWordOutOfPlace()).withRestorerEvidence();
    String text = "the minister said the talks were useful .";
    Service s = ServeCommand.service(u, n, null);
    assertThat(s.detectJson(text, new Service.Options(true, false)))
        .isEqualTo(Reports.detectJson(List.of(new Reports.Named<>("-", n.detect(text)))));
    assertThat(s.detectJson(text, new Service.Options(false, false)))
        .isEqualTo(Reports.detectJson(List.of(new Reports.Named<>("-", u.detect(text)))));
  }

  @Test
  void theServerRestoresWithTheNeuralUnspinnerOnlyWhenAsked() throws Exception {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    // a stand-in for the neural restorer: changes nothing
    Unspinner keepAll = u.withRestoring(d -> (text, channel, paragraphs) ->
        new RestoredText(text.text(), text.text(), List.of(), 0));
    String text = "the minister mentioned the talks were useful .";
    Service s = ServeCommand.service(u, keepAll, null);
    assertThat(s.restoreJson(text, new Service.Options(true, false)))
        .isEqualTo(Reports.restoreJson(List.of(new Reports.Named<>("-", keepAll.restore(text))), keepAll.threshold()));
    assertThat(s.restoreJson(text, new Service.Options(false, false)))
        .isEqualTo(Reports.restoreJson(List.of(new Reports.Named<>("-", u.restore(text))), u.threshold()));
  }

  @Test
  void aServerStartedWithoutNeuralRefusesNeuralRequests() {
    Unspinner u = Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA()).build();
    assertThatThrownBy(() -> ServeCommand.service(u).restoreJson("x", new Service.Options(true, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--neural");
    assertThatThrownBy(() -> ServeCommand.service(u).detectJson("x", new Service.Options(true, false)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--neural");
  }
}
