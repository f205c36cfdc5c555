// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.unspin.fetch.Progress;
import org.unspin.server.Chromium;
import org.unspin.server.ServerSettings;
import org.unspin.server.UnspinServer;

/**
 * The web page end to end, as a user meets it: the real default models behind {@code unspin serve}, a real headless
 * Chromium pasting the project's spun sample paragraph and clicking Restore.
 */
class PageEndToEndTest {

  private static org.unspin.Unspinner unspinner;
  private static UnspinServer server;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    unspinner = DefaultModels.load(Models.Options.NONE, Progress.NONE);
    server = UnspinServer.start(ServeCommand.service(unspinner), ServerSettings.builder().port(0).build());
    driver = Chromium.start();
  }

  @AfterAll
  static void stop() {
    Chromium.quit(driver);
    if (server != null) {
      server.close();
    }
  }

  @Test
  void spunSampleIsHighlightedAndRestoredWithTheDefaultModels() throws Exception {
    String spun = Files.readString(Path.of(System.getProperty("unspin.root", ".."), "samples", "spun.txt"));
    driver.get(server.address() + "/");
    WebElement input = driver.findElement(By.id("input-text"));
    // set the value directly: sendKeys would type every character
    driver.executeScript("arguments[0].value = arguments[1];", input, spun);
    driver.findElement(By.id("restore-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));

    List<WebElement> marks = driver.findElements(By.cssSelector("#spun-view mark.edit"));
    assertThat(marks).extracting(WebElement::getText).contains("mentioned");
    assertThat(marks).allSatisfy(m -> assertThat(m.getAttribute("title")).startsWith("likely original: "));
    String restored = driver.findElement(By.id("restored-view")).getText();
    assertThat(restored).startsWith("The mayor said on Tuesday").contains("Critics said");
    assertThat(driver.findElements(By.cssSelector("#restored-view ins.change"))).hasSize(marks.size());
    // both paragraphs of the sample are spun, each shown with its own probability
    assertThat(driver.findElements(By.cssSelector("#spun-view .para.spun"))).hasSize(2)
        .allSatisfy(p -> assertThat(p.getAttribute("data-p")).endsWith("%"));
    assertThat(driver.findElement(By.id("verdict-line")).getText()).isEqualTo("This text looks spun.");
    assertThat(driver.findElement(By.id("spinner-line")).getText())
        .startsWith("Most likely spinner family: A (the common news spinner");
    // each reason says which way it points (a clean verdict's "spinner-table evidence (moderate)" had been against)
    assertThat(driver.findElement(By.id("why-line")).getText()).startsWith("Why: ").contains(", for spun)")
        .doesNotContainPattern("[+-]\\d");
    assertThat(driver.findElement(By.id("gauge")).getAttribute("data-verdict")).isEqualTo("spun");
    Chromium.screenshot(driver, "page-end-to-end");
  }

  @Test
  void aCopyTheFamilyExplainsOnlyInPartSaysSoBesideItsSpinner() {
    // a trust-and-safety trial's copies by other spinners were restored with fewer, less sure edits than the
    // verdict suggested, and nothing said why
    driver.get(server.address() + "/");
    driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("input-text")),
        org.unspin.testkit.OtherSpinnerCopy.copy());
    driver.findElement(By.id("restore-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    assertThat(driver.findElement(By.id("spinner-line")).getText()).startsWith("Most likely spinner family: A (")
        .containsPattern("It accounts for only part of this text \\(\\d+% of what it would rewrite\\): another "
            + "spinner's copy, a light spin, or the writer's own wording, so fewer and more cautious edits are "
            + "made\\.$");
    // once, not again among the reasons (detect's reasons carry it too)
    assertThat(driver.findElement(By.id("why-line")).getText()).startsWith("Why: ")
        .doesNotContain("accounts for only part");
  }

  @Test
  void aCleanTextsReasonsSayTheyPointAwayFromSpinning() throws Exception {
    // a newsroom trial read "Why: spinner-table evidence (moderate)" under "does not look spun" as evidence for it
    String clean = Files.readString(Path.of(System.getProperty("unspin.root", ".."), "samples", "original.txt"));
    driver.get(server.address() + "/");
    driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("input-text")), clean);
    driver.findElement(By.id("restore-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60)).until(ExpectedConditions.textToBe(By.id("verdict-line"),
        "This text does not look spun."));
    assertThat(driver.findElement(By.id("gauge")).getAttribute("data-verdict")).isEqualTo("clean");
    assertThat(driver.findElement(By.id("why-line")).getText()).contains(", against spun)");
  }

  @Test
  void aCopyThatSpunOneParagraphShowsThatParagraphsSpansAndSaysSo() {
    // a farm copy that spun one paragraph of five is not called spun: the page had shown its spun paragraph marked,
    // but with no span, and a verdict of "does not look spun" alone
    String text = org.unspin.testkit.PartlySpunCopy.text();
    driver.get(server.address() + "/");
    driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("input-text")), text);
    driver.findElement(By.id("restore-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    List<WebElement> alone = driver.findElements(By.cssSelector("#spun-view .para.alone"));
    assertThat(alone).hasSize(1);
    assertThat(alone.get(0).findElements(By.cssSelector("mark.edit"))).extracting(WebElement::getText)
        .contains("mentioned", "however");
    assertThat(driver.findElements(By.cssSelector("#spun-view mark.edit")))
        .hasSameSizeAs(alone.get(0).findElements(By.cssSelector("mark.edit")));
    assertThat(driver.findElement(By.id("verdict-line")).getText())
        .isEqualTo("This text does not look spun, but 1 paragraph does on its own: a copy may have spun only some "
            + "paragraphs.");
    assertThat(driver.findElement(By.id("gauge")).getAttribute("data-verdict")).isEqualTo("partly");
    assertThat(driver.findElement(By.id("restored-view")).getText()).contains("Officials said on Tuesday");
    // the family whose edits are shown is named, as the report names it (detect's "none" had hidden the line)
    assertThat(driver.findElement(By.id("spinner-line")).getText())
        .startsWith("Spinner family of the paragraph spun on its own: A (the common news spinner");
  }

  @Test
  void aPdfOpenedOnThePageIsReadAndRestored(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(System.getProperty("unspin.root", ".."), "samples", "spun.txt"));
    String first = lines.get(0);
    int cut = first.lastIndexOf(' ', 60);
    Path pdf = org.unspin.testkit.Pdfs.write(dir.resolve("sample.pdf"), List.of(List.of(first.substring(0, cut),
        first.substring(cut + 1))));
    driver.get(server.address() + "/");
    driver.findElement(By.id("file-input")).sendKeys(pdf.toAbsolutePath().toString());
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    String text = (String) driver.executeScript("return document.getElementById('input-text').value;");
    assertThat(text.strip()).isEqualTo(first.strip());
    assertThat(driver.findElements(By.cssSelector("#spun-view mark.edit"))).extracting(WebElement::getText)
        .contains("mentioned");
    assertThat(driver.findElements(By.cssSelector("#spun-view mark.edit"))) // a one-page PDF: its page is 1
        .allSatisfy(m -> assertThat(m.getAttribute("title")).startsWith("page 1: likely original: "));
    assertThat(driver.findElement(By.id("restored-view")).getText()).startsWith("The mayor said on Tuesday");
    // the annotated copy: the page asks the real server for the PDF marked up (the answer recorded as it arrives)
    driver.executeScript("const f = window.fetch; window.annotated = null;"
        + "window.fetch = async (u, o) => { const r = await f(u, o);"
        + " if (String(u).includes('v1/annotate')) { const b = new Uint8Array(await r.clone().arrayBuffer());"
        + " window.annotated = [r.status, r.headers.get('Content-Type'), String.fromCharCode(...b.slice(0, 5)),"
        + " b.length]; } return r; };");
    driver.findElement(By.id("download-annotated")).click();
    @SuppressWarnings("unchecked")
    List<Object> answer = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> (List<Object>)
        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return window.annotated;"));
    assertThat(answer.subList(0, 3)).containsExactly(200L, "application/pdf", "%PDF-");
    assertThat((Long) answer.get(3)).isGreaterThan(Files.size(pdf));
  }

  @Test
  void aWordDocumentOpenedOnThePageIsReadAndRestored(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    List<String> lines = Files.readAllLines(Path.of(System.getProperty("unspin.root", ".."), "samples", "spun.txt"));
    Path docx = org.unspin.testkit.Docx.write(dir.resolve("manuscript.docx"),
        org.unspin.testkit.Docx.paragraph(lines.get(0)) + org.unspin.testkit.Docx.paragraph(lines.get(1)));
    driver.get(server.address() + "/");
    driver.findElement(By.id("file-input")).sendKeys(docx.toAbsolutePath().toString());
    new WebDriverWait(driver, Duration.ofSeconds(60))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    String text = (String) driver.executeScript("return document.getElementById('input-text').value;");
    assertThat(text.strip()).isEqualTo(lines.get(0).strip() + "\n\n" + lines.get(1).strip());
    assertThat(driver.findElement(By.id("restored-view")).getText()).startsWith("The mayor said on Tuesday");
  }

  @Test
  void theSpunAndOriginalSamplesScreenedTogetherGetTheirOwnVerdicts() throws Exception {
    Path samples = Path.of(System.getProperty("unspin.root", ".."), "samples").toAbsolutePath();
    driver.get(server.address() + "/");
    driver.findElement(By.id("file-input")).sendKeys(samples.resolve("spun.txt") + "\n"
        + samples.resolve("original.txt"));
    java.util.Map<String, List<String>> rows =
        Chromium.screenedFiles(driver, "(1 of 2 look spun)", Duration.ofSeconds(60));
    assertThat(rows.get("spun.txt").subList(1, 4)).startsWith("spun").contains("A");
    assertThat(Integer.parseInt(rows.get("spun.txt").get(4))).isPositive();
    assertThat(rows.get("original.txt").get(1)).isEqualTo("not spun");
    assertThat(rows.get("original.txt").get(4)).isEqualTo("0");
  }

  @Test
  void aServerWithAnArchiveIndexSetsTheTextBesideItsSourceWithTheChangesMarked() throws Exception {
    Path samples = Path.of(System.getProperty("unspin.root", ".."), "samples").toAbsolutePath();
    String original = Files.readString(samples.resolve("original.txt"));
    String spun = Files.readString(samples.resolve("spun.txt"));
    org.unspin.trace.TraceIndex.Builder b =
        org.unspin.trace.TraceIndex.builder(org.unspin.trace.FingerprintSettings.defaults());
    b.add("archive/original.txt", original);
    try (UnspinServer archive = UnspinServer.start(ServeCommand.service(unspinner, null, b.build()),
        ServerSettings.builder().port(0).build())) {
      driver.get(archive.address() + "/");
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(
          ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState === 'complete';")));
      WebElement input = driver.findElement(By.id("input-text"));
      driver.executeScript("arguments[0].value = arguments[1];", input, spun);
      // the page learns from the server's health that it has an index: until it has, a run shows no sources, so
      // run again (when no run is working) until they show
      new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
        if (!d.findElements(By.cssSelector("#sources:not([hidden]) .source-row")).isEmpty()) {
          return true;
        }
        WebElement button = d.findElement(By.id("restore-button"));
        if (!"true".equals(button.getAttribute("aria-disabled"))) {
          button.click();
        }
        return false;
      });
      assertThat(driver.findElement(By.id("sources-line")).getText()).startsWith(
          "Likeliest source: archive/original.txt (score ");
      // and beside the verdict at the top, which judges the wording alone
      assertThat(driver.findElement(By.id("archive-line")).getText()).startsWith(
          "Found in the archive: archive/original.txt (score ");
      List<WebElement> rows = driver.findElements(By.cssSelector("#sources-view .source-row"));
      WebElement first = rows.get(0);
      List<WebElement> cells = first.findElements(By.cssSelector(".text-view"));
      assertThat(cells).hasSize(2);
      // the text's spun words marked with the source's wording, and the source's words with the text's
      assertThat(cells.get(0).findElements(By.cssSelector("mark.trace-swap"))).extracting(WebElement::getText)
          .contains("mentioned");
      WebElement mentioned = cells.get(0).findElements(By.cssSelector("mark.trace-swap")).stream()
          .filter(m -> m.getText().equals("mentioned")).findFirst().orElseThrow();
      assertThat(mentioned.getAttribute("title")).isEqualTo("the source has: said");
      // and for the keyboard and a screen reader: each change is reached with Tab and says the other side's wording
      assertThat(mentioned.getAttribute("tabindex")).isEqualTo("0");
      assertThat(mentioned.getAttribute("aria-label")).isEqualTo("mentioned: the source has: said");
      assertThat(cells.get(1).findElements(By.cssSelector("mark.trace-swap.source")))
          .extracting(WebElement::getText).contains("said");
      assertThat(cells.get(1).getText()).startsWith("from archive/original.txt").contains("The mayor said");
      driver.executeScript("document.getElementById('sources').scrollIntoView();");
      Chromium.screenshot(driver, "page-archive-sources");
    }
  }
}
