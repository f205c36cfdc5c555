// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unspin.ResultJson;
import org.unspin.Unspinner;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.detect.Calibration;

/**
 * End-to-end runs of restore, detect and bench on fixture models, with golden files in
 * {@code src/test/resources/golden}: {@code <case>.in.txt} and the expected outputs. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
class RestoreDetectCommandTest {

  static final Path GOLDEN = Paths.get("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  record Run(int code, String out, String err) {}

  /** Fixture families A and B with constants that suit the fixture models (the committed ones fit the defaults). */
  static Unspinner fixtureUnspinner() {
    return fixtureBuilder().build();
  }

  /** The builder of {@link #fixtureUnspinner()}, for a test that adds to it. */
  static Unspinner.Builder fixtureBuilder() {
    return Unspinner.builder().languageModel(Fixtures.languageModel()).spinner(Fixtures.familyA())
        .spinner(Fixtures.familyB()).calibration(fixtureCalibration());
  }

  /** The constants of {@link #fixtureUnspinner()}: threshold 0.5. */
  static Calibration fixtureCalibration() {
    java.util.Map<String, Double> w = java.util.Map.of("bias", -1.0, "ratioPerWord", 10.0, "tableEditsPerWord", 20.0,
        "openEditsPerWord", 2.0, "spintax", 2.0, "oovRate", 1.0, "phraseHitsPerWord", 20.0, "ratioTotal", 2.0);
    return Calibration.of(w, w, 0.5, "fixtures");
  }

  @BeforeAll
  static void fixtureModels() {
    Unspinner u = fixtureUnspinner();
    Models.testOverride = o -> u;
  }

  @AfterAll
  static void realModels() {
    Models.testOverride = null;
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @CsvSource({
    "spun, restore, text, restore.txt",
    "spun, restore, json, restore.json",
    "spun, detect, json, detect.json",
    "spun, detect, text, detect.txt",
    "clean, restore, text, restore.txt",
    "clean, restore, json, restore.json",
    "clean, detect, json, detect.json"
  })
  void outputMatchesTheGoldenFile(String name, String command, String format, String suffix) throws IOException {
    Path in = GOLDEN.resolve(name + ".in.txt");
    Run r = run(command, "--format", format, in.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out().replace(in.toString(), name + ".in.txt");
    Path expected = GOLDEN.resolve(name + "." + suffix);
    if (UPDATE || !Files.exists(expected)) {
      Files.writeString(expected, out, StandardCharsets.UTF_8);
    }
    assertThat(out).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void restoreTextOutputKeepsEveryCharacterButTheEdits() throws IOException {
    String in = Files.readString(GOLDEN.resolve("clean.in.txt"));
    Run r = run("restore", GOLDEN.resolve("clean.in.txt").toString());
    assertThat(r.out()).isEqualTo(in);
  }

  @Test
  void detectAndRestoreJudgeWithTheCalibrationFileGiven(@TempDir Path dir) throws IOException {
    String in = GOLDEN.resolve("clean.in.txt").toString(); // P(spun) 0.0402 with the fixture models
    // constants a user wrote with detect --calibrate --out: here ones that call every text spun at P 0.9526
    Path mine = dir.resolve("mine.properties");
    Files.writeString(mine, Calibration.of(java.util.Map.of("bias", 3.0), java.util.Map.of("bias", 3.0), 0.5,
        "a user's fit").format());
    Run plain = run("detect", "--format", "json", in);
    Run own = run("detect", "--format", "json", "--calibration", mine.toString(), in);
    assertThat(plain.out()).contains("\"spunProbability\": 0.0402,");
    assertThat(own.code()).as(own.err()).isZero();
    assertThat(own.out()).contains("\"spun\": true").contains("\"spunProbability\": 0.9526,");
    // --threshold moves the operating point of the constants given
    assertThat(run("detect", "--format", "json", "--calibration", mine.toString(), "--threshold", "0.96", in).out())
        .contains("\"spun\": false").contains("\"spunProbability\": 0.9526,");
    // restore follows the same verdicts
    assertThat(run("restore", "--format", "json", "--calibration", mine.toString(), in).out())
        .contains("\"spun\": true");
  }

  @Test
  void aDamagedCalibrationFileIsRefusedNamingItsLine(@TempDir Path dir) throws IOException {
    String in = GOLDEN.resolve("clean.in.txt").toString();
    Path mine = dir.resolve("mine.properties");
    Files.writeString(mine, Calibration.defaults().format().replace("threshold=0.500000", "threshold=0,5"));
    Run bad = run("detect", "--calibration", mine.toString(), in);
    assertThat(bad.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(bad.err()).contains(mine + ":4: key 'threshold' is not a number: 0,5");
    assertThat(bad.out()).isEmpty();
    Run missing = run("detect", "--calibration", dir.resolve("nope.properties").toString(), in);
    assertThat(missing.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(missing.err()).contains("nope.properties: no such file (--calibration)");
  }

  @Test
  void aThresholdMovesTheVerdictNotTheProbability() {
    String in = GOLDEN.resolve("clean.in.txt").toString(); // P(spun) 0.0402 with the fixture models
    Run plain = run("detect", "--format", "json", in);
    Run keen = run("detect", "--format", "json", "--threshold", "0.03", in);
    assertThat(plain.out()).contains("\"spun\": false").doesNotContain("\"spun\": true");
    assertThat(keen.code()).as(keen.err()).isZero();
    assertThat(keen.out()).contains("\"spun\": true").contains("\"spunProbability\": 0.0402,");
    assertThat(plain.out()).contains("\"spunProbability\": 0.0402,");
    // restore's reasons point the way of the verdict at the threshold in use: none of the fixture's features pushes
    // towards spun, so a text called spun at 0.03 has no reason to show, not the reasons it is clean
    String calm = JSON_REASONS.matcher(run("restore", "--format", "json", in).out()).results().findFirst()
        .orElseThrow().group(1);
    String keenReasons = JSON_REASONS.matcher(run("restore", "--format", "json", "--threshold", "0.03", in).out())
        .results().findFirst().orElseThrow().group(1);
    assertThat(calm).contains(" -").doesNotContain(" +");
    assertThat(keenReasons).doesNotContain(" -");
    Run bad = run("restore", "--threshold", "1.5", in);
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--threshold").contains("between 0 and 1");
  }

  @Test
  void aMinimumConfidenceKeepsTheSurerEditsAndSpans() throws IOException {
    String in = GOLDEN.resolve("spun.in.txt").toString();
    com.fasterxml.jackson.databind.JsonNode plain = JSON.readTree(run("restore", "--format", "json", in).out());
    List<Double> all = new java.util.ArrayList<>();
    plain.get("edits").forEach(e -> all.add(e.get("confidence").asDouble()));
    double c = java.util.Collections.max(all) - 1e-3;
    assertThat(java.util.Collections.min(all)).isLessThan(c);
    String flag = String.format(java.util.Locale.ROOT, "%.4f", c);
    com.fasterxml.jackson.databind.JsonNode sure = JSON.readTree(run("restore", "--format", "json",
        "--min-confidence", flag, in).out());
    assertThat(sure.get("edits").size()).isPositive().isLessThan(all.size());
    sure.get("edits").forEach(e -> assertThat(e.get("confidence").asDouble()).isGreaterThanOrEqualTo(c - 1e-4));
    assertThat(sure.get("spunProbability")).isEqualTo(plain.get("spunProbability"));
    com.fasterxml.jackson.databind.JsonNode spans = JSON.readTree(run("detect", "--format", "json",
        "--min-confidence", flag, in).out()).get("spans");
    spans.forEach(e -> assertThat(e.get("confidence").asDouble()).isGreaterThanOrEqualTo(c - 1e-4));
    for (String bad : List.of("0", "1.01", "often")) {
      Run r = run("restore", "--min-confidence", bad, in);
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err()).contains("--min-confidence").contains("above 0, at most 1");
    }
  }

  @Test
  void aTextsOrANamesControlCharactersReachTheTerminalAsCodePoints(@TempDir Path dir) throws IOException {
    // a security review's hostile text: it retitled the window, cleared the screen and printed a fake verdict in red
    String hostile = "The mayor mentioned \u001b]0;PWNED\u0007 that \u001b[2J\u001b[31mFAKE: not spun\u001b[0m "
        + "officers mentioned the plan over the following 12 months.\n";
    Path f = Files.writeString(dir.resolve("x\u001b[2Jname.txt"), hostile);
    Path g = Files.writeString(dir.resolve("plain.txt"), "The mayor mentioned the plan.\n");
    String diff = run("restore", "--format", "diff", "--color", "never", f.toString(), g.toString()).out();
    assertThat(diff).doesNotContain("\u001b", "\u0007").contains("<U+001B>[2J<U+001B>[31mFAKE", "<U+0007>",
        "==> " + dir.resolve("x<U+001B>[2Jname.txt") + " <==", "{+said+}");
    String line = run("detect", f.toString()).out();
    assertThat(line).doesNotContain("\u001b").startsWith(dir.resolve("x<U+001B>[2Jname.txt") + ": ");
    // the restored text itself is the text, given back as it was but for the edits
    assertThat(run("restore", f.toString()).out()).contains("\u001b[2J\u001b[31mFAKE");
  }

  @Test
  void theWordDiffReadsAsTheInputOneWayAndTheRestorationTheOther(@TempDir Path dir) throws IOException {
    Path spun = GOLDEN.resolve("spun.in.txt");
    String input = Files.readString(spun);
    String diff = run("restore", "--format", "diff", spun.toString()).out();
    java.util.regex.Pattern edit =
        java.util.regex.Pattern.compile("\\[-(.*?)-\\]\\{\\+(.*?)\\+\\}", java.util.regex.Pattern.DOTALL);
    assertThat(edit.matcher(diff).results().count())
        .isEqualTo(JSON.readTree(run("restore", "--format", "json", spun.toString()).out()).get("edits").size())
        .isPositive();
    assertThat(edit.matcher(diff).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1))))
        .isEqualTo(input);
    assertThat(edit.matcher(diff).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2))))
        .isEqualTo(run("restore", spun.toString()).out());
    String colored = run("restore", "--format", "diff", "--color", "always", spun.toString()).out();
    assertThat(colored).contains("\u001b[31m[-").contains("+}\u001b[m");
    assertThat(colored.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(diff);
    assertThat(run("restore", "--format", "diff", "--color", "never", spun.toString()).out()).isEqualTo(diff);
    Path clean = Files.writeString(dir.resolve("clean.txt"), "Nothing to see here.");
    Run two = run("restore", "--format", "diff", spun.toString(), dir.resolve("nope.txt").toString(),
        clean.toString());
    assertThat(two.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(two.out()).isEqualTo("==> " + spun + " <==\n" + diff + (diff.endsWith("\n") ? "" : "\n") + "\n==> "
        + clean + " <==\nNothing to see here.\n");
    // the plain text of several inputs is headed the same way, an empty input too; one input has no header
    String restored = run("restore", spun.toString()).out();
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Run three = run("restore", spun.toString(), empty.toString(), clean.toString());
    assertThat(three.out()).isEqualTo("==> " + spun + " <==\n" + restored + (restored.endsWith("\n") ? "" : "\n")
        + "\n==> " + empty + " <==\n\n==> " + clean + " <==\nNothing to see here.");
    assertThat(restored).doesNotContain("==>");
  }

  @Test
  void exitCodeSaysWhetherAnyInputWasCalledSpun(@TempDir Path dir) {
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    String clean = GOLDEN.resolve("clean.in.txt").toString();
    assertThat(run("detect", "--exit-code", clean).code()).isEqualTo(Cli.OK);
    assertThat(run("detect", "--exit-code", clean, spun).code()).isEqualTo(Cli.SPUN);
    assertThat(run("detect", clean, spun).code()).isEqualTo(Cli.OK); // only when asked
    assertThat(run("detect", "--exit-code", spun, dir.resolve("nope.txt").toString()).code())
        .isEqualTo(Cli.BAD_INPUT);
  }

  @Test
  void optionsOfCalibrationAreNotSilentlyIgnored(@TempDir Path dir) {
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    // "detect --out results.json" had written the results to standard output and said nothing
    Path results = dir.resolve("results.json");
    Run out = run("detect", "--out", results.toString(), spun);
    assertThat(out.code()).isEqualTo(Cli.USAGE);
    assertThat(out.err()).contains("--out is for --calibrate").contains("> FILE");
    assertThat(results).doesNotExist();
    assertThat(run("detect", "--clean", dir.toString(), spun).err()).contains("--clean is for --calibrate");
    // and "--calibrate --clean A B" had fitted A alone, B taken for an input to detect
    Run two = run("detect", "--calibrate", "--clean", dir.toString(), spun, "--out", dir.resolve("c").toString());
    assertThat(two.code()).isEqualTo(Cli.USAGE);
    assertThat(two.err()).contains("--calibrate reads only --clean and --spun, not " + spun)
        .contains("its own --clean");
    assertThat(dir.resolve("c")).doesNotExist();
    Run exit = run("detect", "--calibrate", "--exit-code", "--clean", dir.toString(), "--out", dir.resolve("c")
        .toString());
    assertThat(exit.code()).isEqualTo(Cli.USAGE);
    assertThat(exit.err()).contains("--exit-code is for detecting");
  }

  @Test
  void exitCodeOneIsOnlyTheVerdictNotACopyThatCouldNotBeWritten(@TempDir Path dir) throws IOException {
    // a submission check branches on 1; an annotated copy that could not be written had exited 1 as well
    List<String> lines = Files.readString(GOLDEN.resolve("spun.in.txt")).lines().filter(l -> !l.isBlank()).toList();
    Path docx = org.unspin.testkit.Docx.write(dir.resolve("manuscript.docx"), org.unspin.testkit.Docx.paragraph(
        String.join(" ", lines)));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.createDirectories(out.resolve("manuscript.unspin.docx")); // where the copy would go: a folder
    Run r = run("detect", "--exit-code", "--annotate", out.toString(), docx.toString());
    assertThat(r.code()).isEqualTo(Cli.OUTPUT);
    assertThat(r.err()).contains("manuscript.unspin.docx: annotated copy not written: Is a directory")
        .as("the reason, not the path again").doesNotContain("written: " + out);
    Files.delete(out.resolve("manuscript.unspin.docx"));
    assertThat(run("detect", "--exit-code", "--annotate", out.toString(), docx.toString()).code())
        .isEqualTo(Cli.SPUN);
  }

  @Test
  void aTableRowReachesDoubledConsonantsButNotAParticipleUsedAsAnAdjective(@TempDir Path dir) throws Exception {
    // "snaps up" and "snapping up" had been left, "snap" spelled "snaped"; "attempted" had become "tried" before a noun
    Path table = Files.writeString(dir.resolve("swaps.tsv"), "attempt\ttry\nsnapped up\tbought\n");
    Path text = Files.writeString(dir.resolve("story.txt"), "Investors snap up shares. The fund snapped up the stock "
        + "and is snapping up more. Police said the alleged attempted armed robbery happened on Monday.\n");
    Models.testOverride = null; // the default models, which read the table
    try {
      Run r = run("restore", "--assume-spun", "--table", table.toString(), text.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("Investors buy shares. The fund bought the stock and is buying more. Police said "
          + "the alleged attempted armed robbery happened on Monday.\n");
    } finally {
      fixtureModels();
    }
  }

  @Test
  void restoresJsonSaysWhyAShortTextCalledSpunCameBackUnchanged(@TempDir Path dir) throws Exception {
    // a service calling restore --format json saw spunProbability 0.6 beside "edits": [] and no reason
    Path text = Files.writeString(dir.resolve("short.txt"), "Officers mentioned the visit was delayed.\n");
    String why = "called spun (P 0.600) but not restored: a text under 100 words is restored from P 0.7";
    Unspinner unsure = ServeCommandTest.everyTextAt(0.6);
    Models.testOverride = o -> unsure;
    try {
      Run json = run("restore", "--format", "json", text.toString());
      assertThat(json.code()).as(json.err()).isZero();
      assertThat(json.out()).contains("\"edits\": []").contains("\"unrestored\": \"" + why + "\"");
      assertThat(json.err()).isEmpty(); // the JSON carries it
      Run jsonl = run("restore", "--format", "jsonl", text.toString());
      assertThat(jsonl.out()).contains("\"unrestored\":\"" + why + "\"");
      // the text output says it on standard error, as before
      Run plain = run("restore", text.toString());
      assertThat(plain.out()).isEqualTo("Officers mentioned the visit was delayed.\n");
      assertThat(plain.err()).contains("unspin: " + text + " is " + why + " (or with --assume-spun)");
      // restored when assumed spun: nothing to explain
      Run forced = run("restore", "--format", "json", "--assume-spun", text.toString());
      assertThat(forced.out()).doesNotContain("unrestored").doesNotContain("\"edits\": []");
    } finally {
      fixtureModels();
    }
  }

  @Test
  void aTableRowReachesTheOtherFormsOfItsWordsInTheirCase(@TempDir Path dir) throws Exception {
    // a newsroom's rows, each written once: "Gadgets", "remarks" and "GADGETS" had been left as the spinner wrote them
    Path table = Files.writeString(dir.resolve("swaps.tsv"), "gadget\tdevice\nremarked\tsaid\n");
    Path text = Files.writeString(dir.resolve("story.txt"), "Gadgets like these are sold everywhere, the minister "
        + "remarks, and the GADGETS work well.\n");
    Models.testOverride = null; // the default models, which read the table
    try {
      Run r = run("restore", "--assume-spun", "--table", table.toString(), text.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.out()).isEqualTo("Devices like these are sold everywhere, the minister says, and the DEVICES work "
          + "well.\n");
      assertThat(r.err()).doesNotContain("skipped");
      // a row over eight words (learn --long-swaps writes such rows) is skipped, and said to be
      Files.writeString(table, "to the best of our knowledge at this point in time\tso far\n",
          java.nio.file.StandardOpenOption.APPEND);
      Run longer = run("restore", "--assume-spun", "--table", table.toString(), text.toString());
      assertThat(longer.out()).isEqualTo(r.out());
      assertThat(longer.err()).contains(table + ": 1 row skipped: a spun phrase of more than 8 words");
    } finally {
      fixtureModels();
    }
  }

  @Test
  void exitCodeAlsoStopsAtAListedTorturedPhraseInATextNotCalledSpun(@TempDir Path dir) throws Exception {
    // a sleuth's screen: one listed phrase in an abstract that otherwise reads clean was "not spun", exit 0
    Path list = dir.resolve("list.tsv");
    java.nio.file.Files.writeString(list, "stochastic slope drop\tstochastic gradient descent\n");
    Path abs = dir.resolve("abstract.txt");
    java.nio.file.Files.writeString(abs, "Anomaly detection in industrial control systems protects critical "
        + "infrastructure. We train an autoencoder on normal operating data from a water treatment testbed and flag "
        + "time windows with a high reconstruction error. The model parameters were fitted by stochastic slope drop "
        + "with an adaptive learning rate. On a public benchmark, the detector found 31 of 36 attacks with a precision "
        + "of 0.92, and detection latency was below 40 seconds for most attacks. False alarms were mostly caused by "
        + "legitimate but rare maintenance operations. Adding operator logs as context reduces false alarms by 40 "
        + "percent without missing attacks. The approach needs no labelled attack data, so it suits plants where "
        + "attacks have never been observed.\n");
    Models.testOverride = null; // the default models, which read the list
    try {
      Run listed = run("detect", "--phrases", list.toString(), "--exit-code", abs.toString());
      assertThat(listed.out()).contains("not spun").contains("1 listed tortured phrase");
      assertThat(listed.code()).isEqualTo(Cli.SPUN);
      assertThat(run("detect", "--exit-code", abs.toString()).code()).isEqualTo(Cli.OK);
    } finally {
      fixtureModels();
    }
  }

  @Test
  void severalFilesGiveAJsonArray() {
    Run r = run("detect", "--format", "json", GOLDEN.resolve("spun.in.txt").toString(),
        GOLDEN.resolve("clean.in.txt").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("[").contains("\"spun\": true").contains("\"spun\": false");
  }

  @Test
  void theHtmlReportIsSelfContainedAndShowsTheOriginalOnHover() throws IOException {
    Run r = run("restore", "--format", "html", GOLDEN.resolve("spun.in.txt").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("<!DOCTYPE html>")
        .contains("<mark class=\"spun\" data-original=\"likely original: said")
        .contains("spinner A writes this for it (learned table)")
        .contains("&quot;The talks ran").doesNotContain("<script").doesNotContain("http")
        .contains("spinner: A (the common news spinner").doesNotContain("<table class=\"summary\"")
        .contains("<div class=\"para spun\" data-p=\"")
        .contains("called spun from P(spun) = 0.50; edits are made from confidence 0.40.")
        .contains("<p class=\"meta\"><strong>spun</strong> &middot; spinner: A");
    // what a printed copy keeps: every edit in a table, and how sure each mark is, by its look rather than by hover
    String html = r.out();
    org.unspin.Restoration restored = fixtureUnspinner().restore(Files.readString(GOLDEN.resolve("spun.in.txt")));
    assertThat(restored.edits()).isNotEmpty();
    assertThat(html).contains("<table class=\"edits\">")
        .contains("<summary>" + restored.edits().size() + " edit");
    for (org.unspin.Edit e : restored.edits()) {
      // each edit's paragraph, a link to its row
      int p = Reports.paragraphNumber(restored.paragraphs(), e.span().start());
      assertThat(html).contains("<tr><td><a href=\"#doc-1-p" + p + "\">" + p + "</a></td><td>"
          + Reports.escape(e.spun()) + "</td><td>" + Reports.escape(e.replacement()) + "</td><td>"
          + Reports.fmt(e.confidence()) + "</td>");
      assertThat(html).contains(" id=\"doc-1-p" + p + "\">");
      String mark = e.confidence() < Reports.SURE ? "<mark class=\"spun unsure\"" : "<mark class=\"spun\"";
      assertThat(html).contains(mark + " data-original=\"likely original: " + Reports.escape(e.replacement()));
    }
    assertThat(html).contains("overflow-wrap:anywhere"); // a long link stays inside its column
    // and what it judged, and with what: the text's checksum (as sha256sum gives for the file) and the version
    assertThat(html).contains("SHA-256 of the text judged (UTF-8): " + Reports.sha256(restored.input()))
        .contains("<footer class=\"meta\">unspin ");
    assertThat(Reports.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(run("restore", "--format", "html", "--threshold", "0.7", "--min-confidence", "0.9",
        GOLDEN.resolve("spun.in.txt").toString()).out())
        .contains("called spun from P(spun) = 0.70; edits are made from confidence 0.90.");
  }

  @Test
  void aServiceCallingTheLibraryWritesTheJsonTheCommandLineWrites() throws IOException {
    // a library trial had to rebuild the documented JSON from the records
    Unspinner u = fixtureUnspinner();
    String in = GOLDEN.resolve("spun.in.txt").toString();
    String text = Files.readString(GOLDEN.resolve("spun.in.txt"));
    assertThat(ResultJson.restoration(in, u.restore(text), u)).isEqualTo(run("restore", "--format", "jsonl", in).out());
    assertThat(ResultJson.detection(in, u.detect(text))).isEqualTo(run("detect", "--format", "jsonl", in).out());
  }

  @Test
  void theHtmlReportSetsEachParagraphBesideItsRestorationInARowOfItsOwn() throws IOException {
    // one column per text had drifted apart by paragraph in long reports, as the restorations changed the lengths
    String html = run("restore", "--format", "html", GOLDEN.resolve("spun.in.txt").toString()).out();
    org.unspin.Restoration r = fixtureUnspinner().restore(Files.readString(GOLDEN.resolve("spun.in.txt")));
    assertThat(r.paragraphs()).hasSizeGreaterThan(1);
    java.util.regex.Matcher row = java.util.regex.Pattern.compile(
        "<div class=\"cols\"><div class=\"col\">(.*?)</div><div class=\"col\">(.*?)</div></div>\n",
        java.util.regex.Pattern.DOTALL).matcher(html);
    int rows = 0;
    int restoredAt = 0;
    while (row.find()) {
      org.unspin.text.Span p = r.paragraphs().get(rows++).span();
      assertThat(plain(row.group(1))).isEqualTo(r.input().substring(p.start(), p.end()));
      String restored = plain(row.group(2));
      assertThat(r.text().indexOf(restored, restoredAt)).as(restored).isGreaterThanOrEqualTo(restoredAt);
      restoredAt = r.text().indexOf(restored, restoredAt) + restored.length();
    }
    assertThat(rows).isEqualTo(r.paragraphs().size());
    assertThat(html).contains("<mark class=\"orig\" title=\"spun: mentioned\">said</mark>");
  }

  /** A report cell's text: its tags left out, its entities read. */
  private static String plain(String cell) {
    return cell.replaceAll("<[^>]*>", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
        .replace("&gt;", ">").replace("&amp;", "&");
  }

  @Test
  void outDirWritesEachRestorationUnderItsNameAndRefusesASecondOfOneName(@TempDir Path dir) throws IOException {
    // one run for a folder of files, where a shell trial ran a process per file (37.6 s against 5.5 s)
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.copy(GOLDEN.resolve("spun.in.txt"), a.resolve("story.txt"));
    Files.copy(GOLDEN.resolve("clean.in.txt"), a.resolve("clean.txt"));
    Files.copy(GOLDEN.resolve("clean.in.txt"), b.resolve("story.txt"));
    Path out = dir.resolve("out");
    Run r = run("restore", "--out-dir", out.toString(), a.toString(), b.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT); // b/story.txt would overwrite a/story.txt
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains(b.resolve("story.txt") + ": not written: " + out.resolve("story.txt")
        + " holds the restoration of " + a.resolve("story.txt"), "wrote 2 restored files to " + out
        + ", 1 not written (above)");
    assertThat(Files.readString(out.resolve("story.txt")))
        .isEqualTo(run("restore", a.resolve("story.txt").toString()).out());
    assertThat(Files.readString(out.resolve("clean.txt"))).isEqualTo(Files.readString(a.resolve("clean.txt")));
    // text only, and only for inputs with file names
    assertThat(run("restore", "--out-dir", out.toString(), "--format", "json", a.toString()).code())
        .isEqualTo(Cli.USAGE);
    assertThat(run("restore", "--out-dir", out.toString(), "-").code()).isEqualTo(Cli.USAGE);
    // a file that cannot be written there is the output's failure (exit 5), as for index --out and --annotate
    assertThat(run("restore", "--out-dir", a.resolve("clean.txt").toString(), a.toString()).code())
        .isEqualTo(Cli.OUTPUT);
    Path taken = dir.resolve("taken");
    Files.createDirectories(taken.resolve("clean.txt"));
    Run blocked = run("restore", "--out-dir", taken.toString(), a.toString());
    assertThat(blocked.code()).isEqualTo(Cli.OUTPUT);
    assertThat(blocked.err()).contains("cannot write " + taken.resolve("clean.txt") + ": ")
        .contains("wrote 1 restored file to " + taken + ", 1 not written (above)");
    assertThat(Files.readString(taken.resolve("story.txt"))).isEqualTo(Files.readString(out.resolve("story.txt")));
  }

  @Test
  void theHtmlReportOfSeveralInputsOpensWithATableLinkingEach(@TempDir Path dir) {
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    String clean = GOLDEN.resolve("clean.in.txt").toString();
    Run r = run("restore", "--format", "html", spun, dir.resolve("nope.txt").toString(), clean);
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    String html = r.out();
    assertThat(html).contains("<p class=\"meta\">1 of 2 documents spun, 1 not read</p>")
        .contains("<tr class=\"spun\"><td><a href=\"#doc-1\">" + Reports.escape(spun) + "</a></td><td>spun</td>")
        .contains("<tr class=\"failed\"><td><a href=\"#doc-2\">")
        .contains("<tr class=\"clean\"><td><a href=\"#doc-3\">" + Reports.escape(clean) + "</a></td><td>not spun")
        .contains("<section id=\"doc-1\">", "<section id=\"doc-2\">", "<section id=\"doc-3\">");
    assertThat(html.indexOf("<table")).isLessThan(html.indexOf("<section"));
  }

  private static final java.util.regex.Pattern JSON_REASONS =
      java.util.regex.Pattern.compile("\"reasons\": \"([^\"]*)\"");

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  @Test
  void aNumberIdIsEchoedWithItsDigits(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("ids.jsonl");
    Files.writeString(in, "{\"id\": 1e400, \"text\": \"a\"}\n{\"id\": 0.1000, \"text\": \"a\"}\n"
        + "{\"id\": 12345678901234567890123, \"text\": \"a\"}\n{\"id\": 7, \"text\": \"a\"}\n");
    List<String> lines = run("detect", "--input", "jsonl", "--format", "jsonl", in.toString()).out().lines().toList();
    // as doubles, 1e400 had come back as the string "Infinity" and 0.1000 as 0.1
    assertThat(lines.get(0)).contains("\"id\":1E+400,");
    assertThat(lines.get(1)).contains("\"id\":0.1000,");
    assertThat(lines.get(2)).contains("\"id\":12345678901234567890123,");
    assertThat(lines.get(3)).contains("\"id\":7,");
  }

  @Test
  void aJsonLinesRecordThatGivesTextTwiceIsAnErrorOfItsOwn(@TempDir Path dir) throws IOException {
    // the last "text" had been judged silently, where the server refuses such a request (400)
    Path in = dir.resolve("twice.jsonl");
    Files.writeString(in, "{\"id\": 1, \"text\": \"a\"}\n"
        + "{\"id\": 2, \"text\": \"Officers mentioned it.\", \"text\": \"Officials said it.\"}\n"
        + "{\"id\": 3, \"id\": 4, \"text\": \"a\"}\n"
        + "{\"id\": 5, \"text\": \"a\"}\n");
    Run r = run("detect", "--input", "jsonl", "--format", "jsonl", in.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    List<com.fasterxml.jackson.databind.JsonNode> out = new java.util.ArrayList<>();
    for (String l : r.out().lines().toList()) {
      out.add(JSON.readTree(l));
    }
    assertThat(out).hasSize(4); // N records, N answers, in order
    assertThat(out.get(0).has("spun")).isTrue();
    assertThat(out.get(1).get("id").asInt()).isEqualTo(2); // the id is kept where it was given once
    assertThat(out.get(1).has("spun")).isFalse();
    assertThat(out.get(1).get("error").asText()).startsWith(in + ":2: \"text\" is given twice at column ")
        .endsWith("; give each member once");
    assertThat(out.get(2).has("id")).isFalse();
    assertThat(out.get(2).get("error").asText()).startsWith(in + ":3: \"id\" is given twice");
    assertThat(out.get(3).get("id").asInt()).isEqualTo(5);
    assertThat(out.get(3).has("spun")).isTrue();
  }

  @Test
  void jsonLinesInUtf16AreReadAsATextFileInUtf16Is(@TempDir Path dir) throws IOException {
    // Windows tools save "Unicode" as UTF-16 with its byte-order mark: two records had been three errors
    Path in = dir.resolve("u16.jsonl");
    Files.write(in, "{\"id\": 1, \"text\": \"He mentioned it \uD83D\uDE00.\"}\n{\"id\": 2, \"text\": \"It rained.\"}\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_16));
    Run r = run("detect", "--input", "jsonl", "--format", "jsonl", in.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(0);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith("{\"file\":\"" + in + ":1\",\"id\":1,\"spun\"");
    assertThat(lines.get(1)).startsWith("{\"file\":\"" + in + ":2\",\"id\":2,\"spun\"");
  }

  @Test
  void aJsonLinesRecordWhoseTextHoldsANulIsRefusedAsTheServerRefusesIt(@TempDir Path dir) throws IOException {
    // a file with a NUL byte was refused, the same text as a record, its NUL escaped in JSON, judged
    Path in = dir.resolve("nul.jsonl");
    Files.writeString(in, "{\"id\": \"n\", \"text\": \"He\\u0000 mentioned it.\"}\n"
        + "{\"id\": 2, \"text\": \"a\"}\n");
    Run r = run("detect", "--input", "jsonl", "--format", "jsonl", in.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(2);
    com.fasterxml.jackson.databind.JsonNode refused = JSON.readTree(lines.get(0));
    assertThat(refused.get("id").asText()).isEqualTo("n");
    assertThat(refused.get("error").asText()).isEqualTo(in + ":1: the \"text\" holds a NUL character (\\u0000) at "
        + "character offset 2, which no text holds; remove it first");
    assertThat(JSON.readTree(lines.get(1)).has("spun")).isTrue();
  }

  @Test
  void jsonLinesInGiveOneResultLinePerRecordInOrderWithTheirIds(@TempDir Path dir) throws IOException {
    String spun = Files.readString(GOLDEN.resolve("spun.in.txt"));
    String clean = Files.readString(GOLDEN.resolve("clean.in.txt"));
    Path in = dir.resolve("batch.jsonl");
    Files.writeString(in, JSON.writeValueAsString(java.util.Map.of("id", "s-1", "text", spun)) + "\n\n"
        + "{\"text\": " + JSON.writeValueAsString(clean) + ", \"id\": 7}\r\n"
        + "not json\n"
        + "{\"id\": {\"k\": 1}, \"body\": \"no text field\"}\n"
        + "{\"text\": \"a\"} trailing\n");
    Run r = run("restore", "--input", "jsonl", "--format", "jsonl", in.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(5); // the blank line is no record
    List<com.fasterxml.jackson.databind.JsonNode> out = new java.util.ArrayList<>();
    for (String l : lines) {
      out.add(JSON.readTree(l)); // each line is one whole JSON object
    }
    assertThat(out.get(0).get("id").asText()).isEqualTo("s-1");
    assertThat(out.get(0).get("file").asText()).isEqualTo(in + ":1");
    assertThat(out.get(0).get("text").asText()).isEqualTo(fixtureUnspinner().restore(spun).text());
    assertThat(out.get(0).get("edits").size()).isPositive();
    assertThat(out.get(1).get("id").isInt()).isTrue();
    assertThat(out.get(1).get("file").asText()).isEqualTo(in + ":3");
    assertThat(out.get(1).get("text").asText()).isEqualTo(clean);
    assertThat(out.get(2).get("error").asText()).startsWith(in + ":4: not a JSON object");
    assertThat(out.get(3).get("id").get("k").asInt()).isEqualTo(1);
    assertThat(out.get(3).get("error").asText()).isEqualTo(in + ":5: no \"text\" string");
    assertThat(out.get(4).get("error").asText()).startsWith(in + ":6: not a JSON object");
    assertThat(r.err()).contains(in + ":4").contains(in + ":5").contains(in + ":6");
    // the same records as a JSON array: the same objects
    Run array = run("restore", "--input", "jsonl", "--format", "json", in.toString());
    com.fasterxml.jackson.databind.JsonNode all = JSON.readTree(array.out());
    for (int i = 0; i < out.size(); i++) {
      assertThat(all.get(i)).isEqualTo(out.get(i));
    }
    // the text outputs name a record by its id too: a line number alone does not say which record it was
    assertThat(run("detect", "--input", "jsonl", in.toString()).out()).contains(in + ":1 (id s-1): ")
        .contains(in + ":3 (id 7): ");
    assertThat(run("restore", "--input", "jsonl", in.toString()).out()).contains("==> " + in + ":1 (id s-1) <==");
  }

  @Test
  void detectStreamsJsonLinesFromStandardInputAndFilesAsTheJsonObjects() throws IOException {
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    String clean = GOLDEN.resolve("clean.in.txt").toString();
    Run files = run("detect", "--format", "jsonl", spun, clean);
    assertThat(files.code()).isZero();
    com.fasterxml.jackson.databind.JsonNode array = JSON.readTree(run("detect", "--format", "json", spun, clean).out());
    List<String> lines = files.out().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(JSON.readTree(lines.get(0))).isEqualTo(array.get(0));
    assertThat(JSON.readTree(lines.get(1))).isEqualTo(array.get(1));
    assertThat(files.err()).contains("unspin: 1 of 2 documents spun");

    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream((JSON.writeValueAsString(java.util.Map.of("text",
          Files.readString(Path.of(clean)))) + "\n").getBytes(StandardCharsets.UTF_8)));
      Run piped = run("detect", "--input", "jsonl", "--format", "jsonl");
      assertThat(piped.code()).isZero();
      com.fasterxml.jackson.databind.JsonNode one = JSON.readTree(piped.out());
      assertThat(one.get("file").asText()).isEqualTo("-:1");
      assertThat(one.has("id")).isFalse();
      assertThat(one.get("spun").asBoolean()).isFalse();
      assertThat(one.get("spunProbability")).isEqualTo(array.get(1).get("spunProbability"));
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void detectWritesAHeaderAndOneCsvRowPerInputWithTheJsonVerdicts(@TempDir Path dir) throws IOException {
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    String clean = GOLDEN.resolve("clean.in.txt").toString();
    String missing = dir.resolve("nope.txt").toString();
    com.fasterxml.jackson.databind.JsonNode json = JSON.readTree(run("detect", "--format", "json", spun, clean).out());
    Run r = run("detect", "--format", "csv", spun, missing, clean);
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    List<List<String>> rows = CsvTest.parse(r.out());
    assertThat(rows).hasSize(4);
    List<String> header = rows.get(0);
    assertThat(header).containsExactly("file", "id", "spun", "spun_probability", "spinner", "paragraphs",
        "spun_paragraphs", "spans", "listed_phrases", "examples", "reasons", "error", "disguised",
        "spun_alone_paragraphs", "max_alone_probability", "spinner_rate", "broken_acronyms");
    for (List<String> row : rows) {
      assertThat(row).hasSize(header.size());
    }
    List<String> first = rows.get(1);
    com.fasterxml.jackson.databind.JsonNode a = json.get(0);
    assertThat(first.get(0)).isEqualTo(spun);
    assertThat(first.get(2)).isEqualTo(a.get("spun").asText());
    assertThat(Double.parseDouble(first.get(3))).isEqualTo(a.get("spunProbability").asDouble());
    assertThat(first.get(4)).isEqualTo(a.get("spinner").asText());
    assertThat(Integer.parseInt(first.get(5))).isEqualTo(a.get("paragraphs").size());
    assertThat(Integer.parseInt(first.get(7))).isEqualTo(a.get("spans").size());
    assertThat(first.get(8)).isEqualTo("0"); // no --phrases list
    com.fasterxml.jackson.databind.JsonNode surest = a.get("spans").get(0);
    for (com.fasterxml.jackson.databind.JsonNode span : a.get("spans")) {
      surest = span.get("confidence").asDouble() > surest.get("confidence").asDouble() ? span : surest;
    }
    assertThat(first.get(9)).contains(surest.get("spun").asText() + " -> " + surest.get("replacement").asText());
    assertThat(first.get(10)).isEqualTo(a.get("reasons").asText());
    assertThat(first.get(11)).isEmpty();
    assertThat(first.get(12)).isEqualTo("0");
    assertThat(first.get(13)).isEqualTo("0"); // called spun: its paragraphs are counted in spun_paragraphs
    double alone = 0;
    for (com.fasterxml.jackson.databind.JsonNode p : a.get("paragraphs")) {
      alone = Math.max(alone, p.get("aloneProbability").asDouble());
    }
    assertThat(Double.parseDouble(first.get(14))).isEqualTo(alone);
    assertThat(a.has("spinnerRate")).isFalse(); // the family's own copy: no rate to report
    assertThat(first.get(15)).isEmpty();
    assertThat(rows.get(2).get(0)).isEqualTo(missing);
    assertThat(rows.get(2).get(11)).endsWith("nope.txt: no such file");
    assertThat(rows.get(2).subList(2, 11)).allMatch(String::isEmpty);
    assertThat(rows.get(3).get(2)).isEqualTo(json.get(1).get("spun").asText());
  }

  @Test
  void detectNamesWordsDisguisedWithInvisibleCharactersOrLookAlikeLetters(@TempDir Path dir) throws IOException {
    String plain = Files.readString(GOLDEN.resolve("spun.in.txt"));
    int at = plain.indexOf("mentioned");
    // a zero-width space inside the first "mentioned", a Cyrillic "e" for the next "e" of the text after it
    String zw = plain.substring(0, at + 3) + "\u200B" + plain.substring(at + 3);
    int e = zw.indexOf('e', at + 12);
    String disguised = zw.substring(0, e) + "\u0435" + zw.substring(e + 1);
    Path file = dir.resolve("disguised.txt");
    Files.writeString(file, disguised);
    com.fasterxml.jackson.databind.JsonNode d =
        JSON.readTree(run("detect", "--format", "json", file.toString()).out());
    com.fasterxml.jackson.databind.JsonNode g = d.get("disguised");
    assertThat(g).hasSize(2);
    assertThat(g.get(0).get("word").asText()).isEqualTo(disguised.substring(g.get(0).get("start").asInt(),
        g.get(0).get("end").asInt()));
    assertThat(g.get(0).get("reading").asText()).isEqualTo("mentioned");
    assertThat(g.get(0).get("kind").asText()).isEqualTo("invisible characters");
    assertThat(g.get(1).get("kind").asText()).isEqualTo("look-alike letters");
    assertThat(g.get(1).get("word").asText()).contains("\u0435");
    // read as the plain text is: the same verdict and spans
    com.fasterxml.jackson.databind.JsonNode p =
        JSON.readTree(run("detect", "--format", "json", GOLDEN.resolve("spun.in.txt").toString()).out());
    assertThat(p.get("disguised")).isEmpty();
    assertThat(d.get("spunProbability")).isEqualTo(p.get("spunProbability"));
    assertThat(d.get("spans")).hasSameSizeAs(p.get("spans"));
    String line = run("detect", file.toString()).out();
    assertThat(line).contains("; 2 disguised words (invisible characters, look-alike letters): men<U+200B>tioned, ");
    List<List<String>> rows = CsvTest.parse(run("detect", "--format", "csv", file.toString()).out());
    assertThat(rows.get(1).get(12)).isEqualTo("2");
    // a word in mathematical bold letters is shown as what it reads
    Path bold = dir.resolve("bold.txt");
    Files.writeString(bold, plain.replaceFirst("mentioned", "\uD835\uDC26\uD835\uDC1E\uD835\uDC27tioned"));
    assertThat(run("detect", bold.toString()).out()).contains("; 1 disguised word (look-alike letters): "
        + "<styled:men>tioned");
  }

  @Test
  void detectNamesEachHiddenCharacterBetweenWordsOnceHoweverLongTheRun(@TempDir Path dir) throws IOException {
    String plain = Files.readString(GOLDEN.resolve("spun.in.txt"));
    int at = plain.indexOf(' ', plain.indexOf("mentioned"));
    // a run of 5,000 zero-width spaces and word joiners between two words, as spam pads a text
    String run = "\u200B\u2060".repeat(2_500);
    Path file = dir.resolve("padded.txt");
    Files.writeString(file, plain.substring(0, at + 1) + run + " " + plain.substring(at + 1));
    String line = run("detect", file.toString()).out();
    assertThat(line).contains("; 5000 hidden characters between words (<U+200B>, <U+2060>)");
    assertThat(line.length()).isLessThan(plain.length() + 2_000);
  }

  @Test
  void detectAndRestoreWriteALongRunOfHiddenCharactersInAWordOnceWithItsLength(@TempDir Path dir)
      throws IOException {
    String plain = Files.readString(GOLDEN.resolve("spun.in.txt"));
    int at = plain.indexOf("mentioned");
    Path file = dir.resolve("padded.txt");
    Files.writeString(file, plain.substring(0, at + 3) + "\u200B".repeat(5_000) + plain.substring(at + 3));
    String line = run("detect", file.toString()).out();
    assertThat(line).contains("1 disguised word (invisible characters): men<U+200B x5000>tioned");
    assertThat(line.length()).isLessThan(plain.length() + 2_000);
    // fewer than four are each written
    Files.writeString(file, plain.substring(0, at + 3) + "\u200B\u200B\u200B" + plain.substring(at + 3));
    assertThat(run("detect", file.toString()).out()).contains(": men<U+200B><U+200B><U+200B>tioned");
  }

  @Test
  void detectNamesTheAcronymsWhoseWordsNoLongerFitAndMarksTheWordsNoSpanCovers(@TempDir Path dir)
      throws IOException {
    // two definitions a spinner broke (written for this test): "cost" should start with P in both, "manufacturer"
    // with P; restoration finds "price" for "cost", nothing for "manufacturer"
    String text = "Consumer prices rose again in March. The customer cost index (CPI) increased 0.4% from February, "
        + "while the manufacturer cost index (PPI) fell 0.2%, the statistics office reported on Tuesday.";
    Path file = dir.resolve("prices.txt");
    Files.writeString(file, text);
    assertThat(run("detect", file.toString()).out())
        .contains("; 2 acronyms their words no longer fit: CPI (cost: P), PPI (manufacturer: P, cost: P)");
    com.fasterxml.jackson.databind.JsonNode d = JSON.readTree(run("detect", "--format", "json", file.toString())
        .out());
    com.fasterxml.jackson.databind.JsonNode b = d.get("brokenAcronyms");
    assertThat(b).hasSize(2);
    assertThat(text.substring(b.get(0).get("start").asInt(), b.get(0).get("end").asInt()))
        .isEqualTo("customer cost index (CPI)");
    com.fasterxml.jackson.databind.JsonNode m = b.get(1).get("misfits").get(0);
    assertThat(m.get("word").asText()).isEqualTo("manufacturer")
        .isEqualTo(text.substring(m.get("start").asInt(), m.get("end").asInt()));
    assertThat(m.get("letter").asText()).isEqualTo("P");
    List<List<String>> rows = CsvTest.parse(run("detect", "--format", "csv", file.toString()).out());
    assertThat(rows.get(1).get(rows.get(0).indexOf("broken_acronyms"))).isEqualTo("2");
    // restore's JSON and report name them too, for the text as written, whatever it restored
    com.fasterxml.jackson.databind.JsonNode restored = JSON.readTree(run("restore", "--format", "json",
        file.toString()).out());
    assertThat(restored.get("brokenAcronyms")).isEqualTo(b);
    assertThat(run("restore", "--format", "html", file.toString()).out()).contains("<p class=\"meta\">2 acronyms "
        + "their words no longer fit: CPI (cost: P), PPI (manufacturer: P, cost: P)</p>");
    // the Word copy: a comment per span, the verdict, and one on each misfit word no span covers
    Path docx = org.unspin.testkit.Docx.write(dir.resolve("prices.docx"), org.unspin.testkit.Docx.paragraph(text));
    Path out = dir.resolve("out");
    Run r = run("detect", "--format", "json", "--annotate", out.toString(), docx.toString());
    assertThat(r.code()).as(r.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode w = JSON.readTree(r.out());
    java.util.Map<Integer, String> notes = org.unspin.trace.WordAnnotator.comments(Files.readAllBytes(
        out.resolve("prices.unspin.docx")));
    long uncovered = 0;
    for (com.fasterxml.jackson.databind.JsonNode def : w.get("brokenAcronyms")) {
      for (com.fasterxml.jackson.databind.JsonNode mis : def.get("misfits")) {
        int at = mis.get("start").asInt();
        boolean covered = false;
        for (com.fasterxml.jackson.databind.JsonNode s : w.get("spans")) {
          covered |= s.get("start").asInt() <= at && mis.get("end").asInt() <= s.get("end").asInt();
        }
        uncovered += covered ? 0 : 1;
      }
    }
    assertThat(uncovered).isPositive();
    assertThat(notes).hasSize(w.get("spans").size() + 1 + (int) uncovered);
    assertThat(notes.values()).contains("manufacturer: the acronym PPI has P here, so the word its writer defined it "
        + "with was likely replaced");
  }

  @Test
  void restoreWritesADisguisedWordAsThePlainWordAndTheDiffShowsWhatWasHidden(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("clean.txt");
    Files.writeString(file, "The minister said on Mon\u200Bday that talks would resume in the c\u0430pital.\n");
    assertThat(run("restore", file.toString()).out())
        .isEqualTo("The minister said on Monday that talks would resume in the capital.\n");
    assertThat(run("restore", "--format", "diff", file.toString()).out()).isEqualTo("The minister said on "
        + "[-Mon<U+200B>day-]{+Monday+} that talks would resume in the [-c<U+0430>pital-]{+capital+}.\n");
    com.fasterxml.jackson.databind.JsonNode r =
        JSON.readTree(run("restore", "--format", "json", file.toString()).out());
    assertThat(r.get("spinner").asText()).isEqualTo("none");
    assertThat(r.get("edits")).hasSize(2);
    assertThat(r.get("edits").get(0).get("origin").asText()).isEqualTo("disguise");
    assertThat(r.get("edits").get(0).get("why").asText()).isEqualTo("the same word, disguised with invisible "
        + "characters or look-alike letters: Mon<U+200B>day");
  }

  @Test
  void detectAsSpansIsARowPerSpanAndARowForAnInputWithoutThem(@TempDir Path dir) throws IOException {
    editRowsMatchTheJson(dir, "detect", "spans", "spans");
  }

  @Test
  void restoreAsCsvIsARowPerEditInTheColumnsOfDetectsSpans(@TempDir Path dir) throws IOException {
    // an editor reading restore's edits in a spreadsheet had only JSON (detect's span list differs a little)
    editRowsMatchTheJson(dir, "restore", "csv", "edits");
  }

  /**
   * {@code command --format format} of a spun, a clean and a missing file: a row per member of the JSON's {@code
   * member} list (spans or edits) of the spun one, with its paragraph; one row for the clean one; one with the error.
   */
  private static void editRowsMatchTheJson(Path dir, String command, String format, String member)
      throws IOException {
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    String clean = GOLDEN.resolve("clean.in.txt").toString();
    String missing = dir.resolve("nope.txt").toString();
    com.fasterxml.jackson.databind.JsonNode json = JSON.readTree(run(command, "--format", "json", spun).out());
    Run r = run(command, "--format", format, spun, clean, missing);
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    List<List<String>> rows = CsvTest.parse(r.out());
    assertThat(rows.get(0)).containsExactly("file", "id", "page", "start", "end", "spun", "original", "confidence",
        "origin", "listed", "error", "paragraph", "ngram_original", "ngram_confidence");
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(14));
    com.fasterxml.jackson.databind.JsonNode spans = json.get(member);
    assertThat(spans).isNotEmpty();
    for (int i = 0; i < spans.size(); i++) {
      List<String> row = rows.get(1 + i);
      com.fasterxml.jackson.databind.JsonNode s = spans.get(i);
      assertThat(row.get(0)).isEqualTo(spun);
      assertThat(row.get(2)).isEmpty(); // a text file has no pages
      assertThat(Integer.parseInt(row.get(3))).isEqualTo(s.get("start").asInt());
      assertThat(Integer.parseInt(row.get(4))).isEqualTo(s.get("end").asInt());
      assertThat(row.get(5)).isEqualTo(s.get("spun").asText());
      assertThat(row.get(6)).isEqualTo(s.get("replacement").asText());
      assertThat(Double.parseDouble(row.get(7))).isCloseTo(s.get("confidence").asDouble(), within(5e-5));
      assertThat(row.get(8)).isEqualTo(s.get("origin").asText());
      assertThat(row.get(9)).isEqualTo(String.valueOf(s.get("origin").asText().equals("phrase_list")));
      com.fasterxml.jackson.databind.JsonNode p = json.get("paragraphs").get(Integer.parseInt(row.get(11)) - 1);
      assertThat(s.get("start").asInt()).isBetween(p.get("start").asInt(), p.get("end").asInt() - 1);
      assertThat(row.subList(12, 14)).allMatch(String::isEmpty); // without --neural, no masked LM re-decided it
    }
    assertThat(rows.subList(1, 1 + spans.size())).extracting(row -> row.get(11)).contains("1", "2");
    List<String> cleanRow = rows.get(1 + spans.size());
    assertThat(cleanRow.get(0)).isEqualTo(clean);
    assertThat(cleanRow.subList(1, 14)).allMatch(String::isEmpty);
    List<String> last = rows.get(rows.size() - 1);
    assertThat(last.get(0)).isEqualTo(missing);
    assertThat(last.get(10)).endsWith("nope.txt: no such file");
    assertThat(rows).hasSize(1 + spans.size() + 2);
  }

  @Test
  void aFileWithoutWordsIsNotSpunWithNothingJudged(@TempDir Path dir) throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path marks = Files.writeString(dir.resolve("marks.txt"), "* * *\n\n---\n");
    Run text = run("detect", empty.toString(), marks.toString());
    assertThat(text.code()).isEqualTo(Cli.OK);
    assertThat(text.out()).contains(empty + ": not spun (P(spun) = 0.000, spinner none, 0 of 0 paragraphs spun, "
        + "0 spans); no words to judge").contains(marks + ": not spun (P(spun) = 0.000, spinner none, 0 of 2 "
        + "paragraphs spun, 0 spans); no words to judge");
    com.fasterxml.jackson.databind.JsonNode d = JSON.readTree(run("detect", "--format", "json", marks.toString())
        .out());
    assertThat(d.get("spunProbability").asDouble()).isZero();
    assertThat(d.get("evidence")).isEmpty();
    assertThat(d.get("reasons").asText()).isEqualTo("no words to judge");
    com.fasterxml.jackson.databind.JsonNode r = JSON.readTree(run("restore", "--format", "json", marks.toString())
        .out());
    assertThat(r.get("text").asText()).isEqualTo("* * *\n\n---\n");
    assertThat(r.get("edits")).isEmpty();
    assertThat(r.get("reasons").asText()).isEqualTo("no words to judge");
    assertThat(r.get("notJudged").asText()).isEqualTo("no words to judge");
  }

  @Test
  void aLicenceBelowAnArticleIsCountedAsNotJudgedAndALicenceAloneInTheSummary(@TempDir Path dir)
      throws IOException {
    // a hand-made licence-like text as the known texts of the fixture models
    String permit = "Permission is hereby granted, free of charge, to any person obtaining a copy of this software, "
        + "to deal in the software without restriction, subject to the following conditions.";
    Unspinner fixtures = fixtureBuilder()
        .knownTexts(org.unspin.detect.KnownTexts.of(java.util.Map.of("Permit-1.0", permit), "the test licences"))
        .build();
    var before = Models.testOverride;
    Models.testOverride = o -> fixtures;
    try {
      Path licence = Files.writeString(dir.resolve("LICENSE"), permit + "\n");
      Path page = Files.writeString(dir.resolve("page.txt"), Files.readString(GOLDEN.resolve("spun.in.txt")).strip()
          + "\n\n" + permit + "\n");
      Run text = run("detect", licence.toString(), page.toString());
      assertThat(text.out()).contains(licence + ": not spun (P(spun) = 0.000, spinner none, 0 of 1 paragraphs spun, 0 "
          + "spans); licence text, not judged (100% of its 6-word runs are in the test licences, such as Permit-1.0)");
      assertThat(text.out()).containsPattern(java.util.regex.Pattern.quote(page + ": spun (") + "[^\n]*"
          + java.util.regex.Pattern.quote("(1 licence text, not judged)"));
      assertThat(text.err()).contains("1 of 2 documents spun, 1 not judged (no words, not English, code or licence "
          + "text)");
    } finally {
      Models.testOverride = before;
    }
  }

  @Test
  void aTextInAnotherLanguageIsNotJudgedNorRestoredAndTheSummaryCountsIt(@TempDir Path dir) throws IOException {
    Path fr = Files.writeString(dir.resolve("fr.txt"), "Le gouvernement a annoncé mardi une série de mesures "
        + "destinées à soutenir les ménages face à la hausse des prix de l'énergie. Selon le ministre, ces aides "
        + "coûteront plus de dix milliards d'euros cette année.\n\nLes syndicats ont salué un premier pas, mais "
        + "estiment que les salaires doivent aussi augmenter.\n");
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    Run text = run("detect", fr.toString(), spun);
    assertThat(text.code()).isEqualTo(Cli.OK);
    assertThat(text.out()).containsPattern(java.util.regex.Pattern.quote(fr + ": not spun (P(spun) = 0.000, spinner "
        + "none, 0 of 2 paragraphs spun, 0 spans); not English, not judged (") + "[0-9]+% of its [0-9]+ words are "
        + "common English words\\)\n");
    assertThat(text.err())
        .contains("1 of 2 documents spun, 1 not judged (no words, not English, code or licence text)");
    com.fasterxml.jackson.databind.JsonNode d = JSON.readTree(run("detect", "--format", "json", fr.toString()).out());
    assertThat(d.get("spun").asBoolean()).isFalse();
    assertThat(d.get("notJudged").asText()).startsWith("not English, not judged");
    assertThat(d.get("reasons").asText()).isEqualTo(d.get("notJudged").asText());
    assertThat(d.get("spans")).isEmpty();
    com.fasterxml.jackson.databind.JsonNode r = JSON.readTree(run("restore", "--assume-spun", "--format", "json",
        fr.toString()).out());
    assertThat(r.get("text").asText()).isEqualTo(Files.readString(fr));
    assertThat(r.get("edits")).isEmpty();
    assertThat(r.get("notJudged").asText()).startsWith("not English, not judged");
    JSON.readTree(run("detect", "--format", "json", spun).out()).fieldNames()
        .forEachRemaining(k -> assertThat(k).isNotEqualTo("notJudged"));
    String html = run("restore", "--format", "html", fr.toString(), spun).out();
    assertThat(html).contains("<td>not judged</td>").contains("&middot; not English, not judged (");
  }

  @Test
  void aParagraphWithoutWordsIsNotJudgedAndLeavesTheVerdictAsWithoutIt(@TempDir Path dir) throws IOException {
    String article = "The officers mentioned the extra funds.\n\nThe officers mentioned extra funds would come soon to "
        + "the city.\n";
    Path plain = Files.writeString(dir.resolve("plain.txt"), article);
    Path ruled = Files.writeString(dir.resolve("ruled.txt"), article.replace("\n\n", "\n\n---\n\n* * *\n\n"));
    com.fasterxml.jackson.databind.JsonNode p = JSON.readTree(run("detect", "--format", "json", plain.toString())
        .out());
    com.fasterxml.jackson.databind.JsonNode r = JSON.readTree(run("detect", "--format", "json", ruled.toString())
        .out());
    assertThat(r.get("spunProbability").asDouble()).isEqualTo(p.get("spunProbability").asDouble());
    assertThat(r.get("paragraphs")).hasSize(4);
    for (int k : new int[] {1, 2}) {
      assertThat(r.get("paragraphs").get(k).get("notJudged").asText()).isEqualTo("no words to judge");
      assertThat(r.get("paragraphs").get(k).get("spun").asBoolean()).isFalse();
    }
    assertThat(run("detect", ruled.toString()).out()).contains(" of 4 paragraphs spun (2 without words, not judged)");
  }

  @Test
  void aParagraphInAnotherLanguageIsNotJudgedNorRestoredInsideAnEnglishText(@TempDir Path dir) throws IOException {
    String german = "Die Bundesregierung hat am Dienstag neue Massnahmen zur Entlastung der Haushalte angekündigt. "
        + "Nach Angaben des Finanzministers sollen die Hilfen in diesem Jahr mehr als zehn Milliarden Euro kosten, "
        + "und die Gewerkschaften begrüssten den Schritt.";
    String english = Files.readString(GOLDEN.resolve("spun.in.txt")).strip();
    Path mixed = Files.writeString(dir.resolve("mixed.txt"), english + "\n\n" + german + "\n");
    Run text = run("detect", mixed.toString());
    assertThat(text.out()).contains(" paragraphs spun (1 not English, not judged), ");
    // a code listing beside it (as a page's <pre> block reads) is named for what it is
    String code = "x = linspace (0, 2 * pi, 400); y = sin (x) + 0.2 * randn (size (x)); pp = splinefit (x, y, 41); "
        + "yy = ppval (pp, x); plot (x, y, \".\", x, yy); axis tight; grid on; title (\"fitted spline\"); print "
        + "-dpng fit.png";
    Path listing = Files.writeString(dir.resolve("listing.txt"), english + "\n\n" + german + "\n\n" + code + "\n");
    assertThat(run("detect", listing.toString()).out()).contains(" (1 not English, 1 code, not judged), ");
    com.fasterxml.jackson.databind.JsonNode d = JSON.readTree(run("detect", "--format", "json", mixed.toString())
        .out());
    assertThat(d.has("notJudged")).isFalse();
    com.fasterxml.jackson.databind.JsonNode last = d.get("paragraphs").get(d.get("paragraphs").size() - 1);
    assertThat(last.get("notJudged").asText()).startsWith("not English, not judged (");
    assertThat(last.get("spun").asBoolean()).isFalse();
    assertThat(d.get("paragraphs").get(0).has("notJudged")).isFalse();
    // restored by force, the English is restored and the German paragraph left as it is
    String restored = JSON.readTree(run("restore", "--assume-spun", "--format", "json", mixed.toString()).out())
        .get("text").asText();
    assertThat(restored).isNotEqualTo(Files.readString(mixed)).endsWith("\n\n" + german + "\n");
    assertThat(run("restore", "--format", "html", mixed.toString()).out())
        .contains("<div class=\"para unjudged\" data-p=\"not English, not judged (")
        .contains("title=\"This paragraph was not judged: not English, not judged (");
  }

  @Test
  void aDashAmongThePathsIsStandardInputInItsPlace(@TempDir Path dir) throws IOException {
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    String clean = GOLDEN.resolve("clean.in.txt").toString();
    com.fasterxml.jackson.databind.JsonNode files = JSON.readTree(run("detect", "--format", "json", clean, spun).out());
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream(Files.readAllBytes(Path.of(spun))));
      Run r = run("detect", "--format", "json", clean, "-");
      assertThat(r.code()).as(r.err()).isZero();
      com.fasterxml.jackson.databind.JsonNode piped = JSON.readTree(r.out());
      assertThat(piped.get(1).get("file").asText()).isEqualTo("-");
      assertThat(piped.get(0)).isEqualTo(files.get(0));
      assertThat(piped.get(1).get("spunProbability")).isEqualTo(files.get(1).get("spunProbability"));

      Path jsonl = dir.resolve("a.jsonl");
      Files.writeString(jsonl, "{\"id\": 7, \"text\": \"The talks ran long.\"}\n");
      System.setIn(new java.io.ByteArrayInputStream("{\"text\": \"After it.\"}\n".getBytes(StandardCharsets.UTF_8)));
      Run lines = run("restore", "--input", "jsonl", "--format", "jsonl", "-", jsonl.toString());
      assertThat(lines.code()).isZero();
      List<String> out = lines.out().lines().toList();
      assertThat(out).hasSize(2);
      assertThat(JSON.readTree(out.get(0)).get("file").asText()).isEqualTo("-:1");
      assertThat(JSON.readTree(out.get(1)).get("id").asInt()).isEqualTo(7);

      for (String[] args : new String[][] {{"restore", "-", clean, "-"},
          {"detect", "--input", "jsonl", "-", jsonl.toString(), "-"}}) {
        Run twice = run(args);
        assertThat(twice.code()).isEqualTo(Cli.USAGE);
        assertThat(twice.err()).contains("standard input (-) is named more than once");
      }
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void aJsonLineThatIsNotUtf8OrAMissingFileFailsAlone(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("a.jsonl");
    byte[] good = "{\"text\": \"The talks ran long.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] after = "\n{\"text\": \"After it.\"}\n".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    bytes.write(good);
    bytes.write(new byte[] {'{', (byte) 0xC3, '('}); // a bad line between good ones costs only itself
    bytes.write(after);
    Files.write(in, bytes.toByteArray());
    Run r = run("restore", "--input", "jsonl", "--format", "jsonl", in.toString(),
        dir.resolve("nope.jsonl").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(JSON.readTree(lines.get(0)).get("text").asText()).isEqualTo("The talks ran long.");
    assertThat(JSON.readTree(lines.get(1)).get("error").asText())
        .isEqualTo(in + ":2: not valid UTF-8 at byte offset " + (good.length + 1));
    assertThat(JSON.readTree(lines.get(2)).get("text").asText()).isEqualTo("After it.");
    assertThat(JSON.readTree(lines.get(3)).get("error").asText()).endsWith("nope.jsonl: no such file");
  }

  @Test
  void aMissingFileIsBadInput(@TempDir Path dir) {
    Run r = run("restore", dir.resolve("nope.txt").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("nope.txt");
  }

  @Test
  void aBadFileInABatchCostsOnlyItsOwnResult(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', 'b', (byte) 0xC3, '('});
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    String clean = GOLDEN.resolve("clean.in.txt").toString();
    Run r = run("restore", "--format", "json", spun, bad.toString(), clean);
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("bad.txt").contains("byte offset 2");
    assertThat(r.out()).startsWith("[").contains("\"error\": \"" + bad + ": not valid UTF-8 at byte offset 2 (")
        .contains("iconv -f windows-1252 -t utf-8");
    assertThat(r.out().indexOf(spun)).isLessThan(r.out().indexOf(bad.toString()));
    assertThat(r.out().indexOf(bad.toString())).isLessThan(r.out().indexOf(clean));
    Run text = run("restore", spun, bad.toString(), clean);
    assertThat(text.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(text.out()).isEqualTo(run("restore", spun, clean).out());
  }

  @Test
  void restoredTextKeepsTheByteOrderMarkItsFileBeganWith(@TempDir Path dir) throws IOException {
    Path spun = GOLDEN.resolve("spun.in.txt");
    String text = Files.readString(spun);
    Path marked = dir.resolve("marked.txt");
    Files.writeString(marked, "\uFEFF" + text);
    String restored = run("restore", spun.toString()).out();
    assertThat(restored).isNotEqualTo(text); // the fixture is restored: the mark is kept around real edits
    assertThat(run("restore", marked.toString()).out()).isEqualTo("\uFEFF" + restored);
    // the offsets do not count it, as before; several files under headings, and files without one, get no mark
    String json = run("restore", "--format", "json", spun.toString()).out();
    assertThat(run("restore", "--format", "json", marked.toString()).out().replace(marked.toString(),
        spun.toString())).isEqualTo(json);
    assertThat(run("restore", marked.toString(), spun.toString()).out()).doesNotContain("\uFEFF");
    assertThat(restored).doesNotContain("\uFEFF");
  }

  @Test
  void aUtf16FileWithItsByteOrderMarkIsReadAsItsText(@TempDir Path dir) throws IOException {
    Path spun = GOLDEN.resolve("spun.in.txt");
    String text = Files.readString(spun);
    Path le = dir.resolve("le.txt");
    Files.write(le, ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    Path be = dir.resolve("be.txt");
    Files.write(be, ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16BE));
    String expected = run("restore", "--format", "json", spun.toString()).out().replace(spun.toString(), "FILE");
    for (Path f : List.of(le, be)) {
      Run r = run("restore", "--format", "json", f.toString());
      assertThat(r.code()).as(f.toString()).isZero();
      assertThat(r.out().replace(f.toString(), "FILE")).isEqualTo(expected);
    }
    Path odd = dir.resolve("odd.txt");
    Files.write(odd, new byte[] {(byte) 0xFF, (byte) 0xFE, 'h', 0, 'i'});
    Run r = run("restore", odd.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("odd.txt: not valid UTF-16 at byte offset 4");
    // UTF-16 saved without its byte-order mark, and a binary file, are told apart from a legacy encoding
    Path bare = dir.resolve("bare.txt");
    Files.write(bare, text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
    assertThat(run("restore", bare.toString()).err())
        .contains("bare.txt: UTF-16 without a byte-order mark, it seems: a NUL byte at byte offset 1 (");
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, (text + "\0\0\1").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(run("restore", binary.toString()).err())
        .contains("binary.txt: a NUL byte, which no text holds, at byte offset "
            + text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + " (text files hold no NUL bytes; "
            + "if this is text, remove them first, e.g. tr -d '\\000' < FILE > FILE.txt)");
    // converting is what helps UTF-16 without its mark, and not a binary file, whose NULs iconv keeps
    assertThat(run("restore", bare.toString()).err()).contains("iconv").contains("-f utf-16le");
    assertThat(run("restore", binary.toString()).err()).doesNotContain("iconv");
  }

  @Test
  void restoreCountsWhatItRestoredInABatchAsDetectCountsWhatItFound(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xFF});
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    String clean = GOLDEN.resolve("clean.in.txt").toString();
    Run r = run("restore", "--format", "jsonl", spun, clean, bad.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    long edits = 0;
    for (String line : r.out().lines().toList()) {
      edits += JSON.readTree(line).path("edits").size();
    }
    assertThat(edits).isPositive();
    assertThat(r.err()).contains("unspin: 1 of 2 documents restored (" + edits + " edits), 1 not read");
    assertThat(run("restore", "--quiet", "--format", "jsonl", spun, clean).err()).doesNotContain("restored");
    assertThat(run("restore", spun).err()).doesNotContain("documents restored");
  }

  @Test
  void detectAlsoReportsABadFileAndExaminesTheOthers(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {(byte) 0xFF});
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    Run r = run("detect", "--threads", "2", spun, bad.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("bad.txt: not valid UTF-8 at byte offset 0");
    assertThat(r.out()).startsWith(spun + ": spun").doesNotContain("bad.txt");
    assertThat(r.err()).contains("unspin: 1 of 1 documents spun, 1 not read");
  }

  @Test
  void aFolderGivesItsTextHtmlPdfWordAndWetDocumentsInNameOrder(@TempDir Path dir) throws IOException {
    String spun = Files.readString(GOLDEN.resolve("spun.in.txt"));
    String firstLine = spun.lines().findFirst().orElseThrow();
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a.txt"), spun);
    Files.writeString(dir.resolve("b/page.html"), "<html><body><h1>News</h1><p>" + firstLine
        + "</p><script>var officials = 1;</script></body></html>");
    org.unspin.testkit.Pdfs.write(dir.resolve("b/paper.pdf"), List.of(List.of(firstLine)));
    org.unspin.testkit.Docx.write(dir.resolve("b/manuscript.docx"), org.unspin.testkit.Docx.paragraph(firstLine));
    Files.write(dir.resolve("b/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Path wet = dir.resolve("c.wet");
    try (org.netpreserve.jwarc.WarcWriter w = new org.netpreserve.jwarc.WarcWriter(
        java.nio.channels.FileChannel.open(wet, java.nio.file.StandardOpenOption.CREATE,
            java.nio.file.StandardOpenOption.WRITE))) {
      w.write(new org.netpreserve.jwarc.WarcConversion.Builder().addHeader("WARC-Target-URI", "https://x.example/1")
          .body(org.netpreserve.jwarc.MediaType.PLAIN_TEXT, firstLine.getBytes(StandardCharsets.UTF_8)).build());
    }
    Run r = run("restore", "--format", "json", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<String> names = new java.util.ArrayList<>();
    for (com.fasterxml.jackson.databind.JsonNode n : new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(r.out())) {
      names.add(n.get("file").asText());
      assertThat(n.get("edits")).isNotEmpty();
      assertThat(n.get("text").asText()).doesNotContain("<", "var officials");
    }
    assertThat(names).containsExactly(dir.resolve("a.txt").toString(), dir.resolve("b/manuscript.docx").toString(),
        dir.resolve("b/page.html").toString(), dir.resolve("b/paper.pdf").toString(), "https://x.example/1");
  }

  @Test
  void editsSpansAndParagraphsOfAPdfSayWhichPageTheyAreOn(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readString(GOLDEN.resolve("spun.in.txt")).lines().filter(l -> !l.isBlank()).toList();
    List<List<List<String>>> pages = new java.util.ArrayList<>();
    for (String line : lines) {
      pages.add(List.of(List.of(line)));
    }
    Path pdf = org.unspin.testkit.Pdfs.writePages(dir.resolve("paper.pdf"), pages, null, null);
    Run restore = run("restore", "--format", "json", pdf.toString());
    assertThat(restore.code()).as(restore.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode doc = JSON.readTree(restore.out());
    assertThat(doc.get("pages").asInt()).isEqualTo(lines.size());
    String input = org.unspin.trace.Documents.readText(pdf);
    assertThat(doc.get("edits")).isNotEmpty();
    java.util.Set<Integer> seen = new java.util.TreeSet<>();
    for (com.fasterxml.jackson.databind.JsonNode e : doc.get("edits")) {
      int page = e.get("page").asInt();
      seen.add(page);
      assertThat(lines.get(page - 1)).as(e.toString()).contains(input.substring(e.get("start").asInt(),
          e.get("end").asInt()));
    }
    assertThat(seen).hasSizeGreaterThan(1);
    for (com.fasterxml.jackson.databind.JsonNode p : doc.get("paragraphs")) {
      assertThat(lines.get(p.get("page").asInt() - 1)).startsWith(input.substring(p.get("start").asInt(),
          p.get("start").asInt() + 10));
    }
    Run detect = run("detect", "--format", "json", pdf.toString());
    com.fasterxml.jackson.databind.JsonNode d = JSON.readTree(detect.out());
    assertThat(d.get("pages").asInt()).isEqualTo(lines.size());
    assertThat(d.get("spans")).allSatisfy(s -> assertThat(s.get("page").asInt()).isBetween(1, lines.size()));
    assertThat(run("detect", pdf.toString()).out()).containsPattern("e\\.g\\. [^;]+ -> [^;]+ \\(p\\. [0-9]+\\)");
    assertThat(run("restore", "--format", "html", pdf.toString()).out()).contains("data-original=\"page ");
    Path txt = dir.resolve("paper.txt");
    Files.writeString(txt, String.join("\n\n", lines));
    com.fasterxml.jackson.databind.JsonNode plain = JSON.readTree(run("restore", "--format", "json",
        txt.toString()).out());
    assertThat(plain.has("pages")).isFalse();
    assertThat(plain.get("edits")).allSatisfy(e -> assertThat(e.has("page")).isFalse());
  }

  private static byte[] zipPart(Path zip, String name) throws IOException {
    try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
      return z.getInputStream(z.getEntry(name)).readAllBytes();
    }
  }

  @Test
  void annotateWritesACopyOfEachPdfWithItsSpansHighlightedWhereTheyArePrinted(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readString(GOLDEN.resolve("spun.in.txt")).lines().filter(l -> !l.isBlank())
        .map(l -> l.length() > 90 ? l.substring(0, l.lastIndexOf(' ', 90)) : l).toList();
    Files.createDirectories(dir.resolve("in/b"));
    Path pdf = org.unspin.testkit.Pdfs.write(dir.resolve("in/paper.pdf"), List.of(lines));
    Files.copy(pdf, dir.resolve("in/b/paper.pdf"));
    Files.writeString(dir.resolve("in/notes.txt"), String.join("\n", lines));
    org.unspin.testkit.Docx.write(dir.resolve("in/manuscript.docx"), org.unspin.testkit.Docx.paragraph(
        String.join(" ", lines)));
    org.unspin.testkit.Docx.writeOdt(dir.resolve("in/manuscript.odt"), "<text:p>" + String.join(" ", lines)
        .replace("&", "&amp;").replace("<", "&lt;") + "</text:p>");
    Path out = dir.resolve("out");
    Run r = run("detect", "--format", "json", "--annotate", out.toString(), dir.resolve("in").toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("4 annotated copies written to " + out);
    // one copy per PDF and Word file, the second of the same name numbered; none for the text file
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("manuscript.unspin.docx",
          "manuscript.unspin.odt", "paper-2.unspin.pdf", "paper.unspin.pdf");
    }
    com.fasterxml.jackson.databind.JsonNode results = JSON.readTree(r.out());
    // in name order: in/b/paper.pdf (its copy is paper.unspin.pdf), in/manuscript.docx, .odt, notes.txt, paper.pdf
    com.fasterxml.jackson.databind.JsonNode spans = results.get(0).get("spans");
    assertThat(results.get(0).get("file").asText()).endsWith("b" + java.io.File.separator + "paper.pdf");
    assertThat(spans).isNotEmpty();
    String text = org.unspin.trace.Documents.readText(pdf);
    try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(
        out.resolve("paper.unspin.pdf").toFile())) {
      List<org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation> marks = doc.getPage(0).getAnnotations();
      // the verdict as a note, then a highlight per span, each saying what the original likely was
      assertThat(marks.get(0).getContents()).startsWith("unspin: spun (P(spun) = ");
      assertThat(marks).hasSize(spans.size() + 1);
      for (int k = 0; k < spans.size(); k++) {
        com.fasterxml.jackson.databind.JsonNode s = spans.get(k);
        assertThat(marks.get(k + 1)).isInstanceOf(
            org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationHighlight.class);
        assertThat(marks.get(k + 1).getContents()).startsWith(s.get("spun").asText() + " -> "
            + s.get("replacement").asText() + " (");
        assertThat(text.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("spun").asText());
      }
    }
    // the Word copy: a comment per span, on the span's words, and the verdict
    byte[] docx = Files.readAllBytes(out.resolve("manuscript.unspin.docx"));
    com.fasterxml.jackson.databind.JsonNode word = results.get(1);
    assertThat(word.get("file").asText()).endsWith("manuscript.docx");
    java.util.Map<Integer, String> notes = org.unspin.trace.WordAnnotator.comments(docx);
    assertThat(notes).hasSize(word.get("spans").size() + 1);
    assertThat(notes.get(0)).startsWith("unspin: spun (P(spun) = ");
    assertThat(org.unspin.trace.Documents.docxToText(docx, "copy")).isEqualTo(org.unspin.trace.Documents.docxToText(
        dir.resolve("in/manuscript.docx")));
    // and the OpenDocument copy: a comment per span and the verdict
    String odt = new String(zipPart(out.resolve("manuscript.unspin.odt"), "content.xml"), StandardCharsets.UTF_8);
    assertThat(odt.split("<office:annotation ", -1)).hasSize(results.get(2).get("spans").size() + 2);
    // the findings are the same as without the option
    assertThat(JSON.readTree(run("detect", "--format", "json", dir.resolve("in").toString()).out()))
        .isEqualTo(results);
    assertThat(run("detect", "--annotate", dir.resolve("in/notes.txt").toString(), pdf.toString()).code())
        .isEqualTo(Cli.OUTPUT);
    // a screening run again into the same folder replaces the copies, saying nothing under --quiet (the PDF library
    // had warned of a corrupted file each time), and leaves no partial file behind
    Run again = run("detect", "--quiet", "--annotate", out.toString(), dir.resolve("in").toString());
    assertThat(again.code()).as(again.err()).isZero();
    assertThat(again.err()).isEmpty();
    assertThat(java.util.logging.Logger.getLogger("org.apache.pdfbox.pdfwriter").isLoggable(
        java.util.logging.Level.WARNING)).as("the PDF library's warnings, under --quiet").isFalse();
    try (var files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("manuscript.unspin.docx",
          "manuscript.unspin.odt", "paper-2.unspin.pdf", "paper.unspin.pdf");
    }
  }

  @Test
  void aLatexSourceIsReadAsItsProse(@TempDir Path dir) throws IOException {
    List<String> lines = Files.readString(GOLDEN.resolve("spun.in.txt")).lines().filter(l -> !l.isBlank()).toList();
    StringBuilder tex = new StringBuilder("\\documentclass{article}\n\\begin{document}\n\\section{News}\n");
    for (String line : lines) {
      tex.append(line.replace("%", "\\%")).append("~\\cite{src} % from the wire\n\n");
    }
    tex.append("\\begin{equation} x = y \\end{equation}\n\\end{document}\n");
    Path folder = Files.createDirectories(dir.resolve("papers"));
    Files.writeString(folder.resolve("paper.tex"), tex);
    String text = restoredAlone(folder, "paper.tex");
    assertThat(text).startsWith("News\n\n").doesNotContain("\\", "cite", "from the wire", "x = y");
    assertThat(text.split("\n\n")).hasSize(lines.size() + 1);
  }

  /**
   * The restored text of the one document of {@code folder}, restored as a folder is: the file {@code name}, with
   * edits.
   */
  private static String restoredAlone(Path folder, String name) throws IOException {
    com.fasterxml.jackson.databind.JsonNode r = JSON.readTree(run("restore", "--format", "json", folder.toString())
        .out());
    com.fasterxml.jackson.databind.JsonNode doc = r.isArray() ? r.get(0) : r;
    assertThat(doc.get("file").asText()).endsWith(name);
    assertThat(doc.get("edits")).isNotEmpty();
    return doc.get("text").asText();
  }

  @Test
  void aJatsArticleIsReadAsItsProse(@TempDir Path dir) throws IOException {
    // a journal article as publishers and PubMed Central deliver it: the spun paragraphs are its body
    List<String> lines = Files.readString(GOLDEN.resolve("spun.in.txt")).lines().filter(l -> !l.isBlank()).toList();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<article><front><article-meta>"
        + "<title-group><article-title>News</article-title></title-group><aff>Somewhere</aff></article-meta></front>"
        + "<body><sec><label>1</label><title>Report</title>\n");
    for (String line : lines) {
      xml.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;"))
          .append("<xref ref-type=\"bibr\">[1]</xref></p>\n");
    }
    xml.append("</sec></body><back><ref-list><ref><mixed-citation>The wire.</mixed-citation></ref></ref-list></back>"
        + "</article>\n");
    Path folder = Files.createDirectories(dir.resolve("articles"));
    Files.writeString(folder.resolve("article.nxml"), xml);
    String text = restoredAlone(folder, "article.nxml");
    assertThat(text).startsWith("News\n\nReport\n\n").doesNotContain("Somewhere", "The wire", "<", "1 Report");
    assertThat(text.split("\n\n")).hasSize(lines.size() + 2);
  }

  @Test
  void eachArticleOfASetIsAResultOrAnErrorInItsPlace(@TempDir Path dir) throws IOException {
    // PubMed Central's article sets, and PubMed's records, hold several articles in one file
    String spun = Files.readString(GOLDEN.resolve("spun.in.txt")).replace("&", "&amp;").replace("<", "&lt;");
    Path folder = Files.createDirectories(dir.resolve("set"));
    Files.writeString(folder.resolve("articles.xml"), "<pmc-articleset><article><body><p>" + spun
        + "</p></body></article><article/><article><body><p>The council met on Tuesday.</p></body></article>"
        + "</pmc-articleset>");
    Run r = run("detect", "--format", "jsonl", folder.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    List<com.fasterxml.jackson.databind.JsonNode> lines = r.out().lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).toList();
    assertThat(lines).extracting(n -> n.get("file").asText().replace(folder + "/", ""))
        .containsExactly("articles.xml#1", "articles.xml#2", "articles.xml#3");
    assertThat(lines.get(0).get("spun").asBoolean()).isTrue();
    assertThat(lines.get(1).get("error").asText()).contains("articles.xml#2", "has no text");
    assertThat(lines.get(2).get("spun").asBoolean()).isFalse();
    // restored into a folder, each as its file is: "articles.xml#1.txt"
    Path outDir = dir.resolve("out");
    assertThat(run("restore", "--out-dir", outDir.toString(), folder.toString()).code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(Files.exists(outDir.resolve("articles.xml#1.txt"))).isTrue();
    assertThat(Files.exists(outDir.resolve("articles.xml#3.txt"))).isTrue();
  }

  @Test
  void anHtmlPageIsReadAsItsArticleUnlessTheWholePageIsAskedFor(@TempDir Path dir) throws IOException {
    String spun = Files.readString(GOLDEN.resolve("spun.in.txt"));
    StringBuilder paragraphs = new StringBuilder();
    spun.lines().filter(l -> !l.isBlank()).forEach(l -> paragraphs.append("<p>").append(l).append("</p>"));
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        + "<article><h1>Town news</h1>" + paragraphs + "</article>"
        + "<aside class='sidebar'><p>Most read: officers mentioned the new bridge would open in the spring.</p></aside>"
        + "<footer><p>All rights reserved by the publisher of this site and its partners.</p></footer></body></html>");
    Run article = run("restore", "--format", "json", page.toString());
    assertThat(article.code()).as(article.err()).isZero();
    String text = new com.fasterxml.jackson.databind.ObjectMapper().readTree(article.out()).get("text").asText();
    assertThat(text).startsWith("Town news\n").doesNotContain("Home", "Most read", "All rights reserved");
    Run whole = run("restore", "--format", "json", "--whole-page", page.toString());
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(whole.out()).get("text").asText())
        .contains("Home", "Most read", "All rights reserved");
  }

  @Test
  void aDamagedPdfOrAnEmptyFolderIsBadInputNamingIt(@TempDir Path dir) throws IOException {
    Path pdf = dir.resolve("broken.pdf");
    Files.writeString(pdf, "%PDF-1.7\nnot really");
    Run r = run("detect", pdf.toString(), GOLDEN.resolve("spun.in.txt").toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(r.err()).contains("broken.pdf", "PDF");
    assertThat(r.out()).contains("spun.in.txt: spun");
    Path empty = Files.createDirectories(dir.resolve("empty"));
    // a folder with nothing to read is no failure (an inbox empty most nights), but said
    Run e = run("detect", "--format", "jsonl", empty.toString());
    assertThat(e.code()).isEqualTo(Cli.OK);
    assertThat(e.out()).isEmpty();
    assertThat(e.err()).contains("empty: no text, HTML, PDF, Word, OpenDocument, LaTeX, JATS XML, WARC or WET files");
    // files of other types are left out, and said to be (an inbox of e-mails had been read as empty, unsaid)
    Path mixed = Files.createDirectories(dir.resolve("mixed"));
    Files.copy(GOLDEN.resolve("spun.in.txt"), mixed.resolve("a.txt"));
    Files.writeString(mixed.resolve("b.eml"), "Subject: hello");
    Files.writeString(mixed.resolve(".hidden.txt"), "not read, not counted");
    Run m = run("detect", "--format", "jsonl", mixed.toString());
    assertThat(m.code()).isEqualTo(Cli.OK);
    assertThat(m.out().lines()).hasSize(1);
    assertThat(m.err()).contains("mixed: 1 file of other types left out (b.eml); name a file to read it");
  }

  @Test
  void quietSaysOnlyErrorsOnStandardError(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    Run loud = run("detect", spun, spun, empty.toString());
    assertThat(loud.err()).contains("documents spun", "no text, HTML");
    Run quiet = run("detect", "--quiet", spun, spun, empty.toString());
    assertThat(quiet.code()).isEqualTo(Cli.OK);
    assertThat(quiet.err()).isEmpty();
    assertThat(quiet.out()).isEqualTo(loud.out());
    Run failed = run("restore", "--quiet", spun, dir.resolve("nope.txt").toString());
    assertThat(failed.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(failed.err()).contains("nope.txt");
  }

  @Test
  void aSubfolderThatCannotBeListedIsAnErrorOfItsOwnAndTheRestIsRead(@TempDir Path dir) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.copy(GOLDEN.resolve("spun.in.txt"), inbox.resolve("a.txt"));
    Path locked = Files.createDirectories(inbox.resolve("locked"));
    Files.copy(GOLDEN.resolve("spun.in.txt"), locked.resolve("b.txt"));
    Files.setPosixFilePermissions(locked, java.util.Set.of());
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked),
          "this user reads folders whatever their permissions (root): nothing to check");
      Run r = run("detect", "--format", "csv", inbox.toString());
      assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
      List<String> rows = r.out().lines().skip(1).toList();
      assertThat(rows).hasSize(2);
      assertThat(rows.get(0)).startsWith(inbox.resolve("a.txt") + ",,true");
      assertThat(rows.get(1)).startsWith(locked.toString()).contains("cannot list the folder");
    } finally {
      Files.setPosixFilePermissions(locked, java.util.EnumSet.allOf(java.nio.file.attribute.PosixFilePermission.class));
    }
  }

  @Test
  void aStreamWhoseOutputIsClosedStopsAndFails() {
    // standard output whose reader has gone (| head), or a full disk: every write fails
    java.io.OutputStream closed = new java.io.OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("Broken pipe");
      }
    };
    String spun = GOLDEN.resolve("spun.in.txt").toString();
    // text is written as each result comes too, so it stops as soon as JSON Lines does
    for (String[] command : List.of(new String[] {"detect", "--format", "jsonl"}, new String[] {"detect"},
        new String[] {"restore"})) {
      java.io.StringWriter err = new java.io.StringWriter();
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of(spun, spun, spun));
      int code = Cli.commandLine(new java.io.PrintWriter(new java.io.PrintStream(closed), true),
          new java.io.PrintWriter(err, true)).execute(args.toArray(String[]::new));
      // a closed pipe ends quietly, as a tool SIGPIPE stops does; a full disk is said, with a code of its own (exit
      // code 1 is "spun" under --exit-code); which one this test's standard output makes depends on how it is run
      if (Cli.stdoutIsPipe()) {
        assertThat(code).as(String.join(" ", command)).isEqualTo(Cli.CLOSED_PIPE);
        assertThat(err.toString()).isEmpty();
      } else {
        assertThat(code).as(String.join(" ", command)).isEqualTo(Cli.OUTPUT);
        assertThat(err.toString()).contains("cannot write the output (a full disk?): it is incomplete");
      }
      assertThat(err.toString()).doesNotContain("documents spun"); // stopped at once, no summary of work not done
    }
    assertThat(Cli.outputFailed(true).exitCode()).isEqualTo(141);
    assertThat(Cli.outputFailed(true).getMessage()).isEmpty();
    assertThat(Cli.outputFailed(false).exitCode()).isEqualTo(Cli.OUTPUT).isNotEqualTo(Cli.SPUN);
  }

  @Test
  void aBrokenLinkOrAPipeInAFolderIsAnErrorOfItsOwn(@TempDir Path dir) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("in"));
    Files.copy(GOLDEN.resolve("spun.in.txt"), folder.resolve("a.txt"));
    Files.createSymbolicLink(folder.resolve("b.txt"), folder.resolve("missing.txt"));
    Files.createSymbolicLink(folder.resolve("c.txt"), folder.resolve("c.txt"));
    boolean pipe = new ProcessBuilder("mkfifo", folder.resolve("d").toString()).start().waitFor() == 0;
    Run r = run("detect", "--format", "csv", folder.toString());
    assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
    List<String> rows = r.out().lines().skip(1).toList();
    assertThat(rows).hasSize(pipe ? 4 : 3); // a result or an error for each: none left out unsaid, no read blocked
    assertThat(rows.get(0)).startsWith(folder.resolve("a.txt") + ",,true");
    assertThat(rows.get(1)).startsWith(folder.resolve("b.txt").toString()).contains("a link to nothing readable")
        .contains(folder.resolve("b.txt") + ": a link").doesNotContain("offset"); // no offset means anything here
    assertThat(rows.get(2)).startsWith(folder.resolve("c.txt").toString()).contains("a link to nothing readable");
    if (pipe) {
      assertThat(rows.get(3)).contains("not a regular file");
    }
  }

  @Test
  void aLinkedFolderIsReadAndALinkInALoopIsSaid(@TempDir Path dir) throws Exception {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.copy(GOLDEN.resolve("spun.in.txt"), elsewhere.resolve("a.txt"));
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.copy(GOLDEN.resolve("clean.in.txt"), inbox.resolve("b.txt"));
    Files.createSymbolicLink(inbox.resolve("linked"), elsewhere);
    Run r = run("detect", "--format", "csv", inbox.toString());
    assertThat(r.code()).isEqualTo(Cli.OK);
    assertThat(r.out().lines().skip(1)).hasSize(2)
        .anySatisfy(row -> assertThat(row).startsWith(inbox.resolve("linked").resolve("a.txt") + ",,true"));
    Files.createSymbolicLink(elsewhere.resolve("up"), inbox);
    Run loop = run("detect", "--format", "csv", inbox.toString());
    assertThat(loop.code()).isEqualTo(Cli.BAD_INPUT);
    assertThat(loop.out().lines().skip(1)).hasSize(3)
        .anySatisfy(row -> assertThat(row).contains("a link to a folder it is inside (a loop"));
  }

  @Test
  void filesRestoredInParallelAreWrittenInTheirOrder(@TempDir Path dir) throws IOException {
    List<String> args = new java.util.ArrayList<>(List.of("restore", "--threads", "4", "--format", "json"));
    String spun = Files.readString(GOLDEN.resolve("spun.in.txt"));
    String clean = Files.readString(GOLDEN.resolve("clean.in.txt"));
    for (int i = 0; i < 24; i++) {
      Path f = dir.resolve(String.format("%02d.txt", i));
      Files.writeString(f, i % 3 == 0 ? spun : clean);
      args.add(f.toString());
    }
    Run parallel = run(args.toArray(String[]::new));
    args.set(2, "1");
    Run serial = run(args.toArray(String[]::new));
    assertThat(parallel.code()).as(parallel.err()).isZero();
    assertThat(parallel.out()).isEqualTo(serial.out());
    int last = -1;
    for (int i = 0; i < 24; i++) {
      int at = parallel.out().indexOf(String.format("%02d.txt", i));
      assertThat(at).isGreaterThan(last);
      last = at;
    }
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(run("detect", "--format", "xml", "x.txt").code()).isEqualTo(Cli.USAGE);
  }

  @Test
  void benchPrintsTokensPerSecondForRestoreAndDetect() {
    Run r = run("bench", "--tokens", "300", "--seconds", "0.05");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).containsPattern("(?m)^restore: \\d+ tokens/s$").containsPattern("(?m)^detect: \\d+ tokens/s$");
  }

  @Test
  void benchMeasuresOnTheTextsNamedWhereThereAreAny(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "The mayor mentioned the plan on Tuesday.\n");
    Files.writeString(dir.resolve("b.txt"), "Officers said the road would open in May.\n");
    Run r = run("bench", "--seconds", "0.05", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("corpus: 2 documents, 17 tokens (the files named)")
        .containsPattern("(?m)^detect: \\d+ tokens/s$");
    Path empty = Files.writeString(dir.resolve("empty.txt"), " \n");
    Run none = run("bench", "--seconds", "0.05", empty.toString());
    assertThat(none.code()).isEqualTo(Cli.USAGE);
    assertThat(none.err()).contains("no words");
  }

  @Test
  void benchNamesTheOptionAtFault() {
    Run r = run("bench", "--seconds", "0");
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--seconds must be a positive number of seconds, not 0.0")
        .doesNotContain("--tokens").contains("unspin bench --help");
    r = run("bench", "--tokens", "10");
    assertThat(r.code()).isEqualTo(Cli.USAGE);
    assertThat(r.err()).contains("--tokens must be at least 100, not 10").doesNotContain("--seconds");
  }

  @Test
  void theBenchCorpusIsFixed() {
    assertThat(BenchCommand.corpus(2000, 7)).isEqualTo(BenchCommand.corpus(2000, 7));
    assertThat(List.copyOf(BenchCommand.corpus(2000, 7))).isNotEqualTo(BenchCommand.corpus(2000, 8));
  }
}
