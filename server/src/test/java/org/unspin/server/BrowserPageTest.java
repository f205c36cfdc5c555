// SPDX-License-Identifier: Apache-2.0
package org.unspin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the page in a real headless Chromium (Debian {@code chromium} + {@code chromium-driver}, installed by
 * {@code .ci/run}): paste a spun paragraph, click Restore, check the highlighted spans and the restored text.
 * Screenshots go to {@code target/screenshots/}. Skipped, with a message, where Chromium is not installed.
 */
class BrowserPageTest {

  private static final FakeService service = new FakeService();
  private static UnspinServer server;
  private static ChromeDriver driver;

  @BeforeAll
  static void startBrowser() throws Exception {
    Chromium.assumeInstalled();
    server = UnspinServer.start(service, ServerSettings.builder().port(0).build());
    driver = Chromium.start();
  }

  @AfterAll
  static void stop() {
    Chromium.quit(driver);
    if (server != null) {
      server.close();
    }
  }

  /** Types {@code text} into the page's text box, in place of what is there, and presses Restore. */
  private static void restore(String text) {
    WebElement input = driver.findElement(By.id("input-text"));
    input.clear();
    input.sendKeys(text);
    driver.findElement(By.id("restore-button")).click();
  }

  /** {@link #restore}, then waits for the highlighted spans of the spun view. */
  private static void restoreAndWaitForSpans(String text) {
    restore(text);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
  }

  /**
   * Puts {@code text} in the page's text box at once, as a paste does (line breaks and all), presses Restore and waits
   * for the highlighted spans of the spun view.
   */
  private static void pasteAndWaitForSpans(String text) {
    driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("input-text")), text);
    driver.findElement(By.id("restore-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
  }

  @Test
  void pastedSpunParagraphIsHighlightedAndRestored() throws Exception {
    driver.get(server.address() + "/");
    restoreAndWaitForSpans("The minister mentioned on Monday that talks would resume.");
    List<WebElement> marks = driver.findElements(By.cssSelector("#spun-view mark.edit"));
    assertThat(marks).extracting(WebElement::getText).containsExactly("mentioned");
    assertThat(marks.get(0).getAttribute("title")).contains("said");
    assertThat(driver.findElement(By.id("restored-view")).getText())
        .isEqualTo("The minister said on Monday that talks would resume.");
    assertThat(driver.findElement(By.id("gauge-value")).getText()).isEqualTo("90%");
    // each reason's weight in words, its log-odds in the tooltip
    assertThat(driver.findElement(By.id("why-line")).getText())
        .isEqualTo("Why: spinner-table evidence (strong, for spun)");
    assertThat(driver.findElement(By.id("why-line")).getAttribute("title"))
        .isEqualTo("In log-odds against a typical clean text: spinner-table evidence +4.80");
    Chromium.screenshot(driver, "page-restored");

    // the popover says where the edit came from; rejecting it puts the spun word back
    marks.get(0).click();
    assertThat(driver.findElement(By.cssSelector("#popover .why")).getText())
        .isEqualTo("Why: spinner A writes this for it (learned table)");
    Chromium.screenshot(driver, "page-popover");
    // and its alternatives, keeping the words as written said to be that, not listed as if another original
    assertThat(driver.findElements(By.cssSelector("#popover li"))).extracting(WebElement::getText)
        .containsExactly("stated (6%)", "keep \u201cmentioned\u201d as written (4%)");
    driver.findElement(By.cssSelector("#popover .toggle-edit")).click();
    assertThat(driver.findElement(By.id("restored-view")).getText())
        .isEqualTo("The minister mentioned on Monday that talks would resume.");
  }

  @Test
  void anEditTheMaskedLmReDecidedSaysWhatTheNgramModelAloneGaveIt() throws Exception {
    driver.get(server.address() + "/");
    restoreAndWaitForSpans("The officers mentioned that talks would resume.");
    List<WebElement> marks = driver.findElements(By.cssSelector("#spun-view mark.edit"));
    marks.get(0).click(); // "officers": re-decided
    assertThat(driver.findElement(By.cssSelector("#popover .neural")).getText())
        .isEqualTo("Re-weighed by the masked LM: the n-gram model alone 31%");
    driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
    marks.get(1).click(); // "mentioned": the n-gram decoder's alone
    assertThat(driver.findElements(By.cssSelector("#popover .neural"))).isEmpty();
  }

  @Test
  void thePageWorksAgainstAServerOfOneWorkerAndNoQueue() throws Exception {
    // the page sends detect and restore at once, and such a server (serve --workers 1 --queue 0) refuses the one
    // that finds the worker busy (503, Retry-After): the run had failed; the page sends it again
    List<String> log = new java.util.concurrent.CopyOnWriteArrayList<>();
    UnspinServer one = UnspinServer.start(service, ServerSettings.builder().port(0).workers(1).queue(0)
        .accessLog(log::add).build());
    java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
    try {
      driver.get(one.address() + "/");
      service.block = gate; // the first request holds the worker until the second has been refused
      restore("The minister mentioned on Monday that talks would resume.");
      new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> log.stream().anyMatch(l -> l.contains(" 503 ")));
      service.block = null;
      gate.countDown();
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> !d.findElement(By.id("status")).getText().startsWith("Working"));
      assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Looks spun (90%), 1 suspicious span.");
      assertThat(driver.findElement(By.id("restored-view")).getText())
          .isEqualTo("The minister said on Monday that talks would resume.");
    } finally {
      service.block = null;
      gate.countDown();
      one.close();
    }
  }

  @Test
  void thePageWorksBehindAReverseProxyUnderAPathPrefix() throws Exception {
    // as nginx's "location /unspin/ { proxy_pass http://127.0.0.1:8080/; }" does: the prefix is taken off
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    com.sun.net.httpserver.HttpServer proxy = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    proxy.createContext("/unspin/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getRawPath().substring("/unspin".length());
        forward(client, exchange, path);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    proxy.start();
    try {
      driver.get("http://127.0.0.1:" + proxy.getAddress().getPort() + "/unspin/");
      // the style sheet came through the prefix: the button wears the page's accent colour
      assertThat(driver.findElement(By.id("restore-button")).getCssValue("background-color"))
          .isEqualTo("rgba(43, 89, 195, 1)");
      restoreAndWaitForSpans("The minister mentioned on Monday that talks would resume.");
      assertThat(driver.findElement(By.id("restored-view")).getText())
          .isEqualTo("The minister said on Monday that talks would resume.");
    } finally {
      proxy.stop(0);
    }
  }

  @Test
  void aVerdictIsShownOnlyBesideTheTextItJudged() throws Exception {
    driver.get(server.address() + "/");
    restoreAndWaitForSpans("The minister mentioned on Monday that talks would resume.");
    assertThat(driver.findElement(By.id("verdict")).isDisplayed()).isTrue();
    // an edited text is no longer the one judged
    driver.findElement(By.id("input-text")).sendKeys(" More.");
    assertThat(driver.findElement(By.id("verdict")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("status")).getText()).contains("press Restore");
    // a failed run leaves no earlier verdict behind
    restoreAndWaitForSpans("The minister mentioned on Monday that talks would resume.");
    restore("The minister mentioned that the talks would explode.");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("status")).getText().startsWith("Failed"));
    assertThat(driver.findElement(By.id("verdict")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("panes")).isDisplayed()).isFalse();
    // a verdict whose restoration failed is shown alone, with the failure said
    restore("The minister mentioned an unrestorable thing.");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("status")).getText().contains("restoration failed"));
    assertThat(driver.findElement(By.id("verdict-line")).getText()).isEqualTo("This text looks spun.");
    assertThat(driver.findElement(By.id("panes")).isDisplayed()).isFalse();
    // the answer to an earlier text, arriving after a later one's, is dropped
    java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
    service.block = gate;
    try {
      restore("The officers mentioned it first.");
      restore("Nothing here was changed by anyone.");
      Thread.sleep(300);
      gate.countDown();
    } finally {
      service.block = null;
    }
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("verdict")).isDisplayed());
    Thread.sleep(500); // time for the earlier answer to arrive too
    assertThat(driver.findElement(By.id("verdict-line")).getText()).isEqualTo("This text does not look spun.");
    assertThat(driver.findElement(By.id("restored-view")).getText()).isEqualTo("Nothing here was changed by anyone.");
    assertThat(driver.findElement(By.id("restored-heading")).getText()).isEqualTo("Restored (nothing to change)");
    // each paragraph takes its own direction (an Arabic one reads right to left)
    assertThat(driver.findElement(By.cssSelector("#spun-view .para")).getAttribute("dir")).isEqualTo("auto");
  }

  @Test
  void aShortTextCalledSpunButLeftAsWrittenSaysWhyBesideTheRestoration() {
    // "spun" at 62% over an unchanged text and "nothing to change" had read like a failure
    driver.get(server.address() + "/");
    restore("The minister uttered it first.");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("unrestored-line")));
    assertThat(driver.findElement(By.id("restored-heading")).getText()).isEqualTo("Restored (left as written)");
    assertThat(driver.findElement(By.id("unrestored-line")).getText())
        .isEqualTo("Called spun (P 0.620) but not restored: a text under 100 words is restored from P 0.7.");
    // a text restored has no such line
    restoreAndWaitForSpans("The minister mentioned it first.");
    assertThat(driver.findElement(By.id("unrestored-line")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("restored-heading")).getText()).isEqualTo("Restored");
  }

  @Test
  void aTextFileIsReadAsUtf8OrUtf16AndAnotherEncodingIsRefused(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    String text = "Zo\u00EB said the minister mentioned the talks.";
    java.nio.file.Path latin1 = java.nio.file.Files.write(dir.resolve("latin1.txt"),
        text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    driver.get(server.address() + "/");
    driver.findElement(By.id("file-input")).sendKeys(latin1.toString());
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(d -> d.findElement(By.id("status")).getText().contains("is not UTF-8 text"));
    assertThat(driver.findElement(By.id("input-text")).getAttribute("value")).doesNotContain("\uFFFD");
    // UTF-16 after its byte-order mark, as the command line reads it
    byte[] utf16 = text.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    java.nio.file.Path wide = java.nio.file.Files.write(dir.resolve("wide.txt"), withBom);
    driver.get(server.address() + "/");
    driver.findElement(By.id("file-input")).sendKeys(wide.toString());
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    assertThat(driver.findElement(By.id("input-text")).getAttribute("value")).isEqualTo(text);
  }

  @Test
  void aHighlightOpensItsNoteFromTheKeyboard() throws Exception {
    driver.get(server.address() + "/");
    restoreAndWaitForSpans("The minister mentioned on Monday that talks would resume.");
    WebElement mark = driver.findElement(By.cssSelector("#spun-view mark.edit"));
    mark.sendKeys(org.openqa.selenium.Keys.ENTER);
    WebElement pop = driver.findElement(By.id("popover"));
    assertThat(pop.isDisplayed()).isTrue();
    assertThat(pop.getText()).contains("said");
    assertThat(driver.switchTo().activeElement().getTagName()).isEqualTo("button"); // Accept/Reject, by Tab
    driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
    assertThat(pop.isDisplayed()).isFalse();
    assertThat(driver.switchTo().activeElement()).isEqualTo(mark);
    // one tab stop for all the highlights, the arrow keys moving between them
    restoreAndWaitForSpans("The officers mentioned that talks would resume.");
    List<WebElement> marks = driver.findElements(By.cssSelector("#spun-view mark.edit"));
    assertThat(marks).hasSize(2);
    assertThat(marks).extracting(m -> m.getAttribute("tabindex")).containsExactly("0", "-1");
    marks.get(0).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
    assertThat(driver.switchTo().activeElement()).isEqualTo(marks.get(1));
    assertThat(marks).extracting(m -> m.getAttribute("tabindex")).containsExactly("-1", "0");
  }

  @Test
  void theKeyboardKeepsItsPlaceAndAScreenReaderHearsWhatHappened() throws Exception {
    driver.get(server.address() + "/");
    WebElement input = driver.findElement(By.id("input-text"));
    input.sendKeys("The officers mentioned that talks would resume.");
    WebElement button = driver.findElement(By.id("restore-button"));
    button.sendKeys(org.openqa.selenium.Keys.ENTER);
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    // the run ends where it started, and its verdict is said in the live region
    assertThat(driver.switchTo().activeElement()).isEqualTo(button);
    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Looks spun (90%), 2 suspicious spans.");
    List<WebElement> marks = driver.findElements(By.cssSelector("#spun-view mark.edit"));
    assertThat(marks.get(1).getAccessibleName())
        .isEqualTo("mentioned: suspected substitution, likely original said, 90% sure, accepted");
    assertThat(marks.get(1).getAriaRole()).isEqualTo("button");
    assertThat(marks.get(1).getAttribute("aria-expanded")).isEqualTo("false");
    // the note opened on the second span: its dialog is named by the original, and Tab closes it back to the span
    marks.get(0).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
    marks.get(1).sendKeys(org.openqa.selenium.Keys.ENTER);
    assertThat(marks.get(1).getAttribute("aria-expanded")).isEqualTo("true");
    WebElement pop = driver.findElement(By.id("popover"));
    assertThat(pop.getAccessibleName()).isEqualTo("Likely original: said (90%)");
    driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
    assertThat(pop.isDisplayed()).isFalse();
    assertThat(driver.switchTo().activeElement()).isEqualTo(marks.get(1));
    assertThat(marks.get(1).getAttribute("aria-expanded")).isEqualTo("false");
    // rejecting the edit from its note leaves the keyboard on that span, now said to be rejected
    String index = marks.get(1).getAttribute("data-index");
    marks.get(1).sendKeys(org.openqa.selenium.Keys.ENTER);
    driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ENTER);
    WebElement again = driver.switchTo().activeElement();
    assertThat(again.getAttribute("data-index")).isEqualTo(index);
    assertThat(again.getAttribute("tabindex")).isEqualTo("0");
    assertThat(again.getAccessibleName()).endsWith(", rejected");
    assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Rejected: kept mentioned.");
    assertThat(driver.findElement(By.id("restored-view")).getText())
        .isEqualTo("The officials mentioned that talks would resume.");
  }

  @Test
  void editsAreAcceptedFromTheChosenConfidenceAndOneByOneAfterwards() throws Exception {
    driver.get(server.address() + "/");
    restoreAndWaitForSpans("The officers mentioned that talks would resume.");
    WebElement restored = driver.findElement(By.id("restored-view"));
    assertThat(restored.getText()).isEqualTo("The officials said that talks would resume.");
    // from 80%: the 55% edit stays as written, and is shown rejected
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("min-confidence"))).selectByValue("0.8");
    assertThat(restored.getText()).isEqualTo("The officers said that talks would resume.");
    assertThat(driver.findElements(By.cssSelector("#spun-view mark.edit.rejected"))).extracting(WebElement::getText)
        .containsExactly("officers");
    // one edit can still be accepted by hand, and the choice holds for the next text
    driver.findElement(By.cssSelector("#spun-view mark.edit.rejected")).click();
    driver.findElement(By.cssSelector("#popover .toggle-edit")).click();
    assertThat(restored.getText()).isEqualTo("The officials said that talks would resume.");
    restore("Two officers mentioned it.");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("restored-view")).getText()
        .equals("Two officers said it."));
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("min-confidence"))).selectByValue("0");
    assertThat(driver.findElement(By.id("restored-view")).getText()).isEqualTo("Two officials said it.");
  }

  @Test
  void wordsDisguisedWithInvisibleCharactersOrLookAlikeLettersAreNamedAndReadAsThePlainWords() throws Exception {
    driver.get(server.address() + "/");
    // "Mon\u200Bday" with a zero-width space, "minist\u0435r" with a Cyrillic e, pasted (a keyboard types no
    // zero-width space)
    WebElement input = driver.findElement(By.id("input-text"));
    ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input,
        "The minist\u0435r mentioned on Mon\u200Bday that talks would re\u200B\u200B\u200B\u200Bsume "
            + "\u200B\u2060\u200B soon.");
    driver.findElement(By.id("restore-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    WebElement line = driver.findElement(By.id("disguise-line"));
    assertThat(line.isDisplayed()).isTrue();
    assertThat(line.getText()).isEqualTo("3 disguised words (invisible characters, look-alike letters): "
        + "minist<U+0435>r, Mon<U+200B>day, re<U+200B x4>sume; 3 hidden characters between words (<U+200B>, "
        + "<U+2060>)");
    restore("The minister said on Monday that talks would resume.");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("verdict-line"), "This text does not look spun."));
    assertThat(driver.findElement(By.id("disguise-line")).isDisplayed()).isFalse();
  }

  @Test
  void acronymsWhoseWordsNoLongerFitAreNamedWithTheLettersTheyNeed() throws Exception {
    driver.get(server.address() + "/");
    restore("Inflation, measured by the customer cost index (CPI), rose last year. An artificial neural system (ANN) "
        + "was trained on the data.");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("acronym-line")));
    assertThat(driver.findElement(By.id("acronym-line")).getText())
        .isEqualTo("2 acronyms their words no longer fit: CPI (cost: P), ANN (system: N)");
    restore("Inflation, measured by the consumer price index (CPI), rose last year.");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("verdict-line"), "This text does not look spun."));
    assertThat(driver.findElement(By.id("acronym-line")).isDisplayed()).isFalse();
  }

  @Test
  void aTextWithoutWordsSaysSoWithoutLogOdds() throws Exception {
    driver.get(server.address() + "/");
    restore("* * * --- !!!");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("why-line"), "Why: no words to judge"));
    assertThat(driver.findElement(By.id("verdict-line")).getText()).isEqualTo("This text was not judged.");
    assertThat(driver.findElement(By.id("gauge-value")).getText()).isEqualTo("–");
    restore("The minister said on Monday that talks would resume.");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("verdict-line"), "This text does not look spun."));
    assertThat(driver.findElement(By.id("gauge-value")).getText()).isEqualTo("10%");
    // an emptied box asks for text and no longer shows the verdict of the text that was there
    restore("");
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("status"), "Paste some text first."));
    assertThat(driver.findElement(By.id("verdict")).isDisplayed()).isFalse();
    assertThat(driver.findElement(By.id("panes")).isDisplayed()).isFalse();
  }

  @Test
  void pageFitsANarrowScreen() throws Exception {
    driver.manage().window().setSize(new Dimension(380, 800));
    try {
      driver.get(server.address() + "/");
      restoreAndWaitForSpans("He mentioned it.");
      Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
      Number clientWidth = (Number) driver.executeScript("return document.documentElement.clientWidth");
      assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(clientWidth.intValue());
      Chromium.screenshot(driver, "page-narrow");
    } finally {
      driver.manage().window().setSize(new Dimension(1200, 900));
    }
  }

  @Test
  void severalFilesAreScreenedARowEachWithTheirErrorsAndTheCsvOfDetect(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path spun = java.nio.file.Files.writeString(dir.resolve("a.txt"),
        "The minister mentioned on Monday that talks would resume again.");
    java.nio.file.Path broken = java.nio.file.Files.writeString(dir.resolve("=b.html"), "<p>a broken page</p>");
    java.nio.file.Path clean = java.nio.file.Files.writeString(dir.resolve("c.txt"),
        "The minister said on Monday that talks would resume.");
    driver.get(server.address() + "/");
    driver.findElement(By.id("file-input")).sendKeys(spun + "\n" + broken + "\n" + clean);
    java.util.Map<String, List<String>> rows =
        Chromium.screenedFiles(driver, "(1 of 2 look spun, 1 could not be read)", Duration.ofSeconds(20));
    assertThat(rows).hasSize(3);
    assertThat(rows.get("a.txt").subList(1, 6))
        .containsExactly("spun", "90%", "", "0", "spinner-table evidence +4.80");
    assertThat(rows.get("=b.html").get(1)).startsWith("could not be read: ").endsWith("the HTML: cannot be read");
    assertThat(rows.get("c.txt").subList(1, 3)).containsExactly("not spun", "10%");
    Chromium.screenshot(driver, "page-screening");

    // the CSV is what `unspin detect --format csv` writes: the same columns, a row per file, formulas defused
    driver.executeScript("window.csvBlob = null; URL.createObjectURL = (b) => { window.csvBlob = b; return '#'; };");
    driver.findElement(By.id("download-csv")).click();
    String csv = (String) driver.executeAsyncScript("arguments[0].length; const done = arguments[0];"
        + " window.csvBlob.text().then(done);");
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("file,id,spun,spun_probability,spinner,paragraphs,spun_paragraphs,spans,listed_phrases,examples,"
            + "reasons,error,disguised,spun_alone_paragraphs,max_alone_probability,spinner_rate,broken_acronyms");
    // spinner_rate: the JSON's spinnerRate where detect gives it (a copy its family explains only in part)
    assertThat(lines).hasSize(4).contains(
        "a.txt,,true,0.9000,,1,1,0,0,,spinner-table evidence +4.80,,0,0,0.9000,0.410,0",
        "c.txt,,false,0.1000,,1,0,0,0,,,,0,0,0.1000,,0");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("'=b.html,,,,,,,,,,,").endsWith("cannot be read,,,,,"));

    assertThat(driver.findElements(By.cssSelector("#batch-rows button.open-row")))
        .extracting(b -> b.getAttribute("aria-label")).containsExactlyInAnyOrder("open a.txt", "open c.txt");
    // opening a row shows that file as if opened alone
    driver.findElements(By.cssSelector("#batch-rows button.open-row")).stream()
        .filter(b -> b.findElement(By.xpath("..")).getText().startsWith("a.txt")).findFirst().orElseThrow().click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    assertThat(driver.findElement(By.id("restored-view")).getText())
        .isEqualTo("The minister said on Monday that talks would resume again.");
    // its report, for an editor-in-chief: named after the file, with the verdict in words and a table of the edits
    driver.executeScript("window.reportBlob = null;"
        + " URL.createObjectURL = (b) => { window.reportBlob = b; return '#'; };"
        + " HTMLAnchorElement.prototype.click = function () { window.reportName = this.download; };");
    driver.findElement(By.id("download-html")).click();
    String html = (String) driver.executeAsyncScript("const done = arguments[0]; window.reportBlob.text().then(done);");
    assertThat(driver.executeScript("return window.reportName;")).isEqualTo("a.unspin-report.html");
    // printed, the page is the evidence: the verdict and both texts, not the text box and its buttons
    driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
    try {
      assertThat(driver.findElement(By.id("drop-zone")).isDisplayed()).isFalse();
      assertThat(driver.findElement(By.id("spun-view")).isDisplayed()).isTrue();
      assertThat(driver.findElement(By.id("verdict-line")).isDisplayed()).isTrue();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
    }
    assertThat(html).contains("<title>unspin report: a.txt</title>", "<strong>This text looks spun.</strong>",
        "Made ", "<mark class=\"conf-", "<th>likely original</th>", "<td>mentioned</td><td>said</td>");
    // an edit made reads "accepted" (it had read "kept", as if the spun word were), with its alternatives beside it
    assertThat(html).contains("<td>90%</td><td>accepted</td><td>stated (6%); keep \u201cmentioned\u201d as written (4%)"
        + "</td>").doesNotContain("<td>kept</td>");
  }

  @Test
  void anEditInAPdfSaysWhichPageItIsOnUntilTheTextIsChanged(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // the fake service reads a ".pdf" as UTF-8 text with a form feed between pages
    java.nio.file.Path pdf = java.nio.file.Files.writeString(dir.resolve("paper.pdf"),
        "Introduction to the talks.\fThe minister mentioned on Monday that talks would resume.");
    driver.get(server.address() + "/");
    driver.findElement(By.id("file-input")).sendKeys(pdf.toString());
    WebElement mark = new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    assertThat(mark.getAttribute("title")).isEqualTo("page 2: likely original: said (90%)");
    // the PDF itself, with the spans marked on its pages, is a click away while its text is shown
    WebElement annotated = driver.findElement(By.id("download-annotated"));
    assertThat(annotated.isDisplayed()).isTrue();
    int before = service.annotated.size();
    annotated.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> service.annotated.size() > before);
    assertThat(service.annotated.get(before)).isEqualTo(java.nio.file.Files.readAllBytes(pdf));
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("status")).getText().isEmpty());
    mark.click();
    assertThat(driver.findElement(By.cssSelector("#popover .page")).getText()).isEqualTo("On page 2 of the PDF");
    Chromium.screenshot(driver, "page-pdf-page");
    // the text box changed by hand no longer holds the PDF's text: no pages are claimed for it (the PDF's mark is
    // still shown until the new answer replaces it, so wait for that first)
    restoreAndWaitForSpans("Intro.\nThe minister mentioned on Monday that talks would resume.");
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(mark));
    assertThat(new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("#spun-view mark.edit"))).getAttribute("title")).isEqualTo("likely original: said (90%)");
    assertThat(driver.findElement(By.id("download-annotated")).isDisplayed()).isFalse();
    // a Word manuscript is sent back to be marked up as a Word file
    java.nio.file.Path docx = java.nio.file.Files.writeString(dir.resolve("manuscript.docx"),
        "The minister mentioned on Monday that talks would resume.");
    driver.get(server.address() + "/"); // a fresh file input: it would add the file to the PDF already chosen
    driver.findElement(By.id("file-input")).sendKeys(docx.toString());
    WebElement copy = new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("download-annotated")));
    int sent = service.annotated.size();
    copy.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> service.annotated.size() > sent);
    assertThat(service.annotatedTypes.get(sent))
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  }

  @Test
  void aJatsArticleIsReadByTheServerAsADocument(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // a journal article as a publisher delivers it: the page sends the file to be read, not its markup as text
    java.nio.file.Path xml = java.nio.file.Files.writeString(dir.resolve("article.xml"), "<article><body><p>The "
        + "minister mentioned on Monday that talks would resume.</p></body></article>");
    driver.get(server.address() + "/");
    int before = service.documentTypes.size();
    driver.findElement(By.id("file-input")).sendKeys(xml.toString());
    WebElement mark = new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    assertThat(mark.getText()).isEqualTo("mentioned");
    assertThat(service.documentTypes.subList(before, service.documentTypes.size()))
        .containsExactly("application/jats+xml");
    assertThat(driver.findElement(By.id("input-text")).getAttribute("value"))
        .isEqualTo("The minister mentioned on Monday that talks would resume.");
    // not a file the server marks up: no annotated copy is offered for it
    assertThat(driver.findElement(By.id("download-annotated")).isDisplayed()).isFalse();
  }

  @Test
  void eachParagraphShowsWhetherItLooksSpunWithItsOwnProbability() throws Exception {
    driver.get(server.address() + "/");
    String text = "The minister mentioned on Monday\nthat talks would resume.\n\nThe weather was fine.\n\n"
        + "Le gouvernement a annoncé mardi une série de mesures.";
    pasteAndWaitForSpans(text);
    List<WebElement> paras = driver.findElements(By.cssSelector("#spun-view .para"));
    assertThat(paras).hasSize(3);
    assertThat(paras.get(0).getAttribute("class")).contains("spun");
    assertThat(paras.get(0).getAttribute("data-p")).isEqualTo("90%");
    assertThat(paras.get(0).findElements(By.cssSelector("mark.edit"))).extracting(WebElement::getText)
        .containsExactly("mentioned");
    assertThat(paras.get(0).getText()).isEqualTo("The minister mentioned on Monday\nthat talks would resume.");
    assertThat(paras.get(1).getAttribute("class")).doesNotContain("spun");
    assertThat(paras.get(1).getAttribute("title")).isEqualTo("This paragraph does not look spun: P(spun) 10%");
    assertThat(paras.get(1).getAccessibleName()).isEqualTo(paras.get(1).getAttribute("title"));
    assertThat(paras.get(1).getText()).isEqualTo("The weather was fine.");
    // a paragraph in another language was not judged: no probability is shown for it but why, beside it (the title
    // alone had said why, on hover only)
    assertThat(paras.get(2).getAttribute("class")).contains("unjudged").doesNotContain("spun");
    String why = "not English, not judged (2% of its 40 words are common English words)";
    assertThat((String) driver.executeScript("return getComputedStyle(arguments[0], '::before').content",
        paras.get(2))).isEqualTo('"' + why + '"');
    assertThat(paras.get(2).getAttribute("title")).isEqualTo("This paragraph was not judged: " + why);
    // the restored text in the same paragraph blocks, so that the panes stay level
    List<WebElement> restored = driver.findElements(By.cssSelector("#restored-view .para"));
    assertThat(restored).extracting(WebElement::getText).containsExactly("The minister said on Monday\nthat talks "
        + "would resume.", "The weather was fine.", "Le gouvernement a annoncé mardi une série de mesures.");
    driver.executeScript("document.getElementById('panes').scrollIntoView();");
    Chromium.screenshot(driver, "page-paragraphs");
  }

  /** The tops, in pixels from the page's top, of the paragraph blocks of the view {@code id}. */
  @SuppressWarnings("unchecked")
  private static List<Long> paragraphTops(String id) {
    return ((List<Number>) driver.executeScript("return Array.from(document.querySelectorAll('#' + arguments[0]"
        + " + ' > .para'), p => Math.round(p.getBoundingClientRect().top + window.scrollY));", id)).stream()
        .map(Number::longValue).toList();
  }

  @Test
  void eachParagraphStaysLevelWithItsRestorationSideBySide() throws Exception {
    // the restored pane starts below its "Accept edits from" line and a restoration changes a paragraph's length:
    // in a long text an editor read paragraph 32 beside paragraph 30, the panes some 960 pixels apart
    driver.get(server.address() + "/");
    StringBuilder text = new StringBuilder("The minister mentioned on Monday that talks would resume.");
    for (int p = 1; p < 8; p++) {
      text.append("\n\n").append("The weather was fine and the talks went on. ".repeat(p * 3).strip());
    }
    text.append("\n\nThe officers met again.");
    driver.executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("input-text")),
        text.toString());
    driver.findElement(By.id("restore-button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#spun-view mark.edit")));
    List<Long> spun = paragraphTops("spun-view");
    assertThat(spun).hasSize(9);
    assertThat(paragraphTops("restored-view")).isEqualTo(spun);
    // and still after an edit is rejected, and on a window of another width
    driver.findElements(By.cssSelector("#spun-view mark.edit")).get(1).click();
    driver.findElement(By.cssSelector("#popover .toggle-edit")).click();
    assertThat(paragraphTops("restored-view")).isEqualTo(paragraphTops("spun-view"));
    driver.manage().window().setSize(new Dimension(900, 900));
    try {
      new WebDriverWait(driver, Duration.ofSeconds(5))
          .until(d -> paragraphTops("restored-view").equals(paragraphTops("spun-view")));
      Chromium.screenshot(driver, "page-level-paragraphs");
    } finally {
      driver.manage().window().setSize(new Dimension(1200, 900));
    }
  }

  /** The HTML report the page's button downloads, as text. */
  private static String downloadedReport() {
    driver.executeScript("window.reportBlob = null;"
        + " URL.createObjectURL = (b) => { window.reportBlob = b; return '#'; };"
        + " HTMLAnchorElement.prototype.click = function () { window.reportName = this.download; };");
    driver.findElement(By.id("download-html")).click();
    return (String) driver.executeAsyncScript("const done = arguments[0]; window.reportBlob.text().then(done);");
  }

  @Test
  void theHtmlReportSetsEachParagraphBesideItsRestoration() throws Exception {
    // the report's two texts had been two columns, the spun one lengthened by the original written after each span:
    // in a long text its paragraphs stood ever further from their restorations, which were not marked either
    driver.get(server.address() + "/");
    String text = "The minister mentioned on Monday\nthat talks would resume.\n\nThe weather was fine.\n\n"
        + "The officers met <again> & \"again\".\n";
    pasteAndWaitForSpans(text);
    String html = downloadedReport();
    java.util.regex.Matcher row = java.util.regex.Pattern.compile(
        "<div class=\"row\"><div class=\"t\">(.*?)</div><div class=\"t\">(.*?)</div></div>",
        java.util.regex.Pattern.DOTALL).matcher(html);
    List<String> spun = new java.util.ArrayList<>();
    List<String> restored = new java.util.ArrayList<>();
    while (row.find()) {
      spun.add(row.group(1));
      restored.add(row.group(2));
    }
    assertThat(spun).extracting(BrowserPageTest::plain).containsExactly(
        "The minister mentioned (likely original: said, 90%) on Monday\nthat talks would resume.",
        "The weather was fine.", "The officers (likely original: officials, 55%) met <again> & \"again\".");
    assertThat(restored).extracting(BrowserPageTest::plain).containsExactly(
        "The minister said on Monday\nthat talks would resume.", "The weather was fine.",
        "The officials met <again> & \"again\".");
    assertThat(restored.get(0)).contains("<ins title=\"was: mentioned\">said</ins>");
    assertThat(restored.get(2)).contains("met &lt;again&gt; &amp; &quot;again&quot;.");
  }

  /**
   * A started reverse proxy in front of the server, as nginx is, that answers each request to a path ending in
   * {@code endpoint} with a page of its own and the status {@code status} gives (a proxy that gave up or refused), and
   * forwards every other request.
   */
  private static com.sun.net.httpserver.HttpServer failingProxy(String endpoint,
      java.util.function.IntSupplier status) throws java.io.IOException {
    java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
    com.sun.net.httpserver.HttpServer proxy = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    proxy.createContext("/", exchange -> {
      try (exchange) {
        String path = exchange.getRequestURI().getRawPath();
        if (path.endsWith(endpoint)) {
          exchange.getRequestBody().readAllBytes();
          int code = status.getAsInt();
          byte[] page = ("<html><body><h1>" + code + " Gateway</h1>nginx</body></html>").getBytes();
          exchange.getResponseHeaders().set("Content-Type", "text/html");
          exchange.sendResponseHeaders(code, page.length);
          exchange.getResponseBody().write(page);
          return;
        }
        forward(client, exchange, path);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    proxy.start();
    return proxy;
  }

  /**
   * Forwards {@code exchange} to the server's {@code path} through {@code client}, as a reverse proxy does: the
   * request's method, body and content type, and the answer's status, body and content type.
   */
  private static void forward(java.net.http.HttpClient client, com.sun.net.httpserver.HttpExchange exchange,
      String path) throws java.io.IOException, InterruptedException {
    java.net.http.HttpRequest.Builder forward = java.net.http.HttpRequest.newBuilder(
        java.net.URI.create(server.address() + path));
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    if (type != null) {
      forward.header("Content-Type", type);
    }
    byte[] body = exchange.getRequestBody().readAllBytes();
    forward.method(exchange.getRequestMethod(), body.length == 0
        ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
    java.net.http.HttpResponse<byte[]> answer =
        client.send(forward.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    answer.headers().firstValue("Content-Type")
        .ifPresent(t -> exchange.getResponseHeaders().set("Content-Type", t));
    exchange.sendResponseHeaders(answer.statusCode(), answer.body().length == 0 ? -1 : answer.body().length);
    exchange.getResponseBody().write(answer.body());
  }

  /** {@code html}'s text: its tags left out and its entities read. */
  private static String plain(String html) {
    return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  @Test
  void aProxysErrorWithoutTheServersExplanationIsSaidInWords() throws Exception {
    // nginx in front of the server gives up on a long restoration after its proxy_read_timeout (60 s) and answers 504
    // with a page of its own: the page had said "its restoration failed: 504: " and no more
    com.sun.net.httpserver.HttpServer proxy = failingProxy("/v1/restore", () -> 504);
    try {
      driver.get("http://127.0.0.1:" + proxy.getAddress().getPort() + "/");
      restore("The minister mentioned on Monday that talks would resume.");
      new WebDriverWait(driver, Duration.ofSeconds(20))
          .until(d -> d.findElement(By.id("status")).getText().contains("restoration failed"));
      assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("The verdict below is this text's, but its "
          + "restoration failed: 504: a proxy in front of the unspin server gave up waiting for its answer (nginx: "
          + "proxy_read_timeout). Split the text into smaller parts, or ask whoever runs the server to raise that "
          + "limit.");
    } finally {
      proxy.stop(0);
    }
  }

  @Test
  void aProxysErrorOnTheAnnotatedCopyIsSaidInWords(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    // the annotated copy of a long PDF outlasts nginx's proxy_read_timeout: the page had said "Failed: 504: " and no
    // more, where its other requests say what happened
    java.util.concurrent.atomic.AtomicInteger status = new java.util.concurrent.atomic.AtomicInteger(504);
    com.sun.net.httpserver.HttpServer proxy = failingProxy("/v1/annotate", status::get);
    try {
      java.nio.file.Path pdf = java.nio.file.Files.writeString(dir.resolve("paper.pdf"),
          "Introduction to the talks.\fThe minister mentioned on Monday that talks would resume.");
      java.util.Map<Integer, String> said = new java.util.LinkedHashMap<>();
      for (int code : new int[] {504, 413, 502, 500}) {
        status.set(code);
        driver.get("http://127.0.0.1:" + proxy.getAddress().getPort() + "/");
        driver.findElement(By.id("file-input")).sendKeys(pdf.toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("download-annotated"))).click();
        new WebDriverWait(driver, Duration.ofSeconds(20))
            .until(d -> d.findElement(By.id("status")).getText().startsWith("Failed"));
        said.put(code, driver.findElement(By.id("status")).getText());
      }
      // and what to do, for a file: the page's advice for a pasted text, "Split the text into smaller parts", is no
      // way to shorten a PDF, and the command line marks one without a proxy in between
      assertThat(said.get(504)).isEqualTo("Failed: 504: a proxy in front of the unspin server gave up waiting for its "
          + "answer (nginx: proxy_read_timeout). Send a file of fewer pages, mark this one on the command line "
          + "(unspin detect --annotate DIR paper.pdf), or ask whoever runs the server to raise that limit.");
      assertThat(said.get(413)).isEqualTo("Failed: 413: a proxy in front of the unspin server refused the file as too "
          + "large (nginx: client_max_body_size). Send a file of fewer pages, mark this one on the command line "
          + "(unspin detect --annotate DIR paper.pdf), or ask whoever runs the server to raise that limit.");
      assertThat(said.get(502)).isEqualTo("Failed: 502: a proxy in front of the unspin server could not reach it (is "
          + "the server still running?).");
      assertThat(said.get(500)).startsWith("Failed: 500: an answer without the unspin server's explanation")
          .endsWith(", perhaps from a proxy in front of it.");
    } finally {
      proxy.stop(0);
    }
  }
}
