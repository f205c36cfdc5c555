// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.unspin.server.Chromium;

/**
 * The HTML report of {@code unspin restore --format html} as its reader opens it: in a real headless Chromium, on
 * screen and printed. With the fixture models of {@link RestoreDetectCommandTest}; skipped where Chromium is not
 * installed.
 */
class ReportInBrowserTest {

  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    Chromium.assumeInstalled();
    org.unspin.Unspinner u = RestoreDetectCommandTest.fixtureUnspinner();
    Models.testOverride = o -> u;
    driver = Chromium.start();
  }

  @AfterAll
  static void stop() {
    Models.testOverride = null;
    Chromium.quit(driver);
  }

  /** The report of {@code restore --format html} on the golden spun text, opened from a file as its reader would. */
  private static void openReport(Path dir) throws Exception {
    RestoreDetectCommandTest.Run r = RestoreDetectCommandTest.run("restore", "--format", "html",
        RestoreDetectCommandTest.GOLDEN.resolve("spun.in.txt").toString());
    assertThat(r.code()).isZero();
    Path report = Files.writeString(dir.resolve("report.html"), r.out());
    driver.get(report.toUri().toString());
  }

  /** Pixels of {@code page} within 8 of colour {@code rgb} in each channel. */
  private static long pixelsOf(BufferedImage page, int rgb) {
    long n = 0;
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        int p = page.getRGB(x, y);
        if (Math.abs((p >> 16 & 0xff) - (rgb >> 16 & 0xff)) <= 8 && Math.abs((p >> 8 & 0xff) - (rgb >> 8 & 0xff)) <= 8
            && Math.abs((p & 0xff) - (rgb & 0xff)) <= 8) {
          n++;
        }
      }
    }
    return n;
  }

  /** {@code report} printed as the browser's dialog prints by default ("Background graphics" unticked): page one. */
  private static BufferedImage printed(String name) throws Exception {
    PrintOptions options = new PrintOptions();
    options.setBackground(false);
    byte[] pdf = Base64.getDecoder().decode(driver.print(options).getContent());
    BufferedImage page;
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      page = new org.apache.pdfbox.rendering.PDFRenderer(d).renderImageWithDPI(0, 100);
    }
    javax.imageio.ImageIO.write(page, "png", Files.createDirectories(Path.of("target", "screenshots"))
        .resolve(name + ".png").toFile());
    return page;
  }

  @Test
  void aPrintedReportKeepsItsSureEditsMarkedWithoutBackgroundGraphics(@TempDir Path dir) throws Exception {
    // a browser prints without backgrounds unless its reader ticks "Background graphics": the surest edits, marked
    // by their colour alone, had left the printout bare while the unsure ones kept their dashed underline
    openReport(dir);
    List<WebElement> sure = driver.findElements(By.cssSelector("mark.spun:not(.unsure), mark.orig:not(.unsure)"));
    assertThat(sure).isNotEmpty();
    BufferedImage page = printed("report-printed");
    assertThat(pixelsOf(page, 0xffd6d6)).as("the spun side's marks on paper").isGreaterThan(100);
    assertThat(pixelsOf(page, 0xd6f5d6)).as("the restored side's marks on paper").isGreaterThan(100);
    // and a black-and-white printer keeps them too: a solid underline, where an unsure edit's is dashed
    for (WebElement m : sure) {
      assertThat(m.getCssValue("border-bottom-style")).as(m.getText()).isEqualTo("solid");
    }
    for (WebElement m : driver.findElements(By.cssSelector("mark.unsure"))) {
      assertThat(m.getCssValue("border-bottom-style")).as(m.getText()).isEqualTo("dashed");
    }
  }

  @Test
  void aPrintedTraceReportKeepsItsChangedWordsMarkedWithoutBackgroundGraphics(@TempDir Path dir) throws Exception {
    // the same for trace --format html: its swapped words, on both sides, and its added ones were colour alone
    Path golden = RestoreDetectCommandTest.GOLDEN;
    CliTest.Run r = CliTest.run("trace", "--format", "html", "--corpus", golden.resolve("trace-corpus").toString(),
        golden.resolve("trace-spun.in.txt").toString());
    assertThat(r.code()).as(r.err()).isZero();
    driver.get(Files.writeString(dir.resolve("trace.html"), r.out()).toUri().toString());
    List<WebElement> colour = driver.findElements(By.cssSelector("mark.swap, mark.was, mark.added"));
    assertThat(colour).isNotEmpty();
    BufferedImage page = printed("trace-report-printed");
    assertThat(pixelsOf(page, 0xffd6d6)).as("the copy's swapped words on paper").isGreaterThan(100);
    assertThat(pixelsOf(page, 0xd6f5d6)).as("the source's words there on paper").isGreaterThan(100);
    for (WebElement m : colour) {
      assertThat(m.getCssValue("border-bottom-style")).as(m.getText()).isEqualTo("solid");
    }
  }

  @Test
  void aMarksLikelyOriginalIsReadWithTheKeyboardAndAnnouncedButNotCopied(@TempDir Path dir) throws Exception {
    // the likely original showed only on mouse hover, and Tab did not reach the marks: a reader on the keyboard or a
    // screen reader could not read it
    openReport(dir);
    List<WebElement> marks = driver.findElements(By.cssSelector("mark.spun"));
    assertThat(marks).isNotEmpty();
    assertThat(reachedByTab(marks, "likely original: ")).as("the marks Tab reaches").hasSameSizeAs(marks);
    // and announced: each mark's accessible description, as the browser gives it to a screen reader
    assertAnnounced("mark.spun", marks);
    // what a reader selects and copies of the spun text is that text, without the originals
    List<WebElement> spunSide = driver.findElements(By.cssSelector(".cols:not(.head) > .col:first-child"));
    StringBuilder copied = new StringBuilder();
    for (WebElement col : spunSide) {
      copied.append(driver.executeScript("getSelection().selectAllChildren(arguments[0]);"
          + " return getSelection().toString()", col)).append('\n');
    }
    String input = Files.readString(RestoreDetectCommandTest.GOLDEN.resolve("spun.in.txt"));
    assertThat(copied.toString().replaceAll("\\s+", " ").strip()).isEqualTo(input.replaceAll("\\s+", " ").strip());
  }

  @Test
  void aTraceReportsMarksAreReadWithTheKeyboardAndAnnouncedButNotCopied(@TempDir Path dir) throws Exception {
    // the trace report's marks said what the source has there in a hover-only title, which Tab did not reach and a
    // screen reader read out in place of the copy's word
    Path golden = RestoreDetectCommandTest.GOLDEN;
    CliTest.Run r = CliTest.run("trace", "--format", "html", "--corpus", golden.resolve("trace-corpus").toString(),
        golden.resolve("trace-spun.in.txt").toString());
    assertThat(r.code()).as(r.err()).isZero();
    driver.get(Files.writeString(dir.resolve("trace.html"), r.out()).toUri().toString());
    List<WebElement> marks = driver.findElements(By.cssSelector(".cell.doc mark"));
    assertThat(marks).hasSizeGreaterThan(10);
    assertThat(reachedByTab(marks, "the source has: ")).as("the copy's marks Tab reaches").hasSameSizeAs(marks);
    assertAnnounced(".cell.doc mark", marks);
    // what a reader selects and copies of the copy's column is the copy's text, without what the source has
    StringBuilder copied = new StringBuilder();
    for (WebElement cell : driver.findElements(By.cssSelector(".row:not(.head) > .cell.doc"))) {
      // from after the line that says where the passage is
      copied.append(driver.executeScript("const c = arguments[0], w = c.querySelector('.where'), r = new Range();"
          + " r.selectNodeContents(c); if (w) r.setStartAfter(w); getSelection().removeAllRanges();"
          + " getSelection().addRange(r); return getSelection().toString()", cell)).append('\n');
    }
    String input = Files.readString(golden.resolve("trace-spun.in.txt"));
    assertThat(copied.toString().replaceAll("\\s+", " ").strip()).isEqualTo(input.replaceAll("\\s+", " ").strip());
  }

  @Test
  void whyAParagraphWasNotJudgedIsShownNotHoverOnly(@TempDir Path dir) throws Exception {
    // the restored side's marks ("spun: X": the word of the spun side's mark beside it, which Tab reaches) and the
    // trace report's source marks (what the copy's mark there says) hover nothing the keyboard cannot reach; a
    // paragraph's reason for not being judged was in its hover title only, the bar beside it saying "not judged"
    String german = "Die Bundesregierung hat am Dienstag neue Massnahmen zur Entlastung der Haushalte angekündigt. "
        + "Nach Angaben des Finanzministers sollen die Hilfen in diesem Jahr mehr als zehn Milliarden Euro kosten, "
        + "und die Gewerkschaften begrüssten den Schritt.";
    String english = Files.readString(RestoreDetectCommandTest.GOLDEN.resolve("spun.in.txt")).strip();
    Path mixed = Files.writeString(dir.resolve("mixed.txt"), english + "\n\n" + german + "\n");
    RestoreDetectCommandTest.Run r = RestoreDetectCommandTest.run("restore", "--format", "html", mixed.toString());
    assertThat(r.code()).isZero();
    driver.get(Files.writeString(dir.resolve("report.html"), r.out()).toUri().toString());
    WebElement unjudged = driver.findElement(By.cssSelector(".para.unjudged"));
    String reason = unjudged.getAttribute("title").replaceFirst("^This paragraph was not judged: ", "");
    assertThat(reason).startsWith("not English, not judged (");
    // on screen beside the paragraph, without a hover
    assertThat((String) driver.executeScript("return getComputedStyle(arguments[0], '::before').content", unjudged))
        .isEqualTo('"' + reason + '"');
    // and in the accessibility tree a screen reader reads, as the paragraph's first text
    driver.executeCdpCommand("Accessibility.enable", java.util.Map.of());
    driver.executeCdpCommand("DOM.enable", java.util.Map.of());
    List<?> nodes = (List<?>) driver.executeCdpCommand("Accessibility.getFullAXTree", java.util.Map.of())
        .get("nodes");
    List<Object> texts = new java.util.ArrayList<>();
    for (Object n : nodes) {
      Object name = ((java.util.Map<?, ?>) n).get("name");
      Object ignored = ((java.util.Map<?, ?>) n).get("ignored");
      if (name != null && !Boolean.TRUE.equals(ignored)) {
        texts.add(((java.util.Map<?, ?>) name).get("value"));
      }
    }
    assertThat(texts).as("the names in the page's accessibility tree").contains(reason);
    // what a reader copies of the spun text is still that text
    String copied = (String) driver.executeScript("getSelection().selectAllChildren(arguments[0]);"
        + " return getSelection().toString()", unjudged);
    assertThat(copied.strip()).isEqualTo(german);
  }

  /**
   * Tabs through the page open until each of {@code marks} has been focused, checking that each shows on focus the
   * words of its {@code data-original}, which start with {@code shows}; returns the marks Tab reached.
   */
  private static java.util.Set<WebElement> reachedByTab(List<WebElement> marks, String shows) {
    java.util.Set<WebElement> reached = new java.util.HashSet<>();
    int stops = driver.findElements(By.cssSelector("a[href], summary")).size() + marks.size() + 5;
    for (int k = 0; k < stops && reached.size() < marks.size(); k++) {
      new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
      WebElement focused = driver.switchTo().activeElement();
      if (!marks.contains(focused)) {
        continue;
      }
      reached.add(focused);
      // shown on focus, as on hover
      String shown = (String) driver.executeScript(
          "return getComputedStyle(document.activeElement, '::after').content");
      assertThat(shown).as(focused.getText()).contains(shows);
      assertThat(shown).startsWith('"' + focused.getAttribute("data-original") + '"');
    }
    return reached;
  }

  /**
   * Each of {@code marks} (found by {@code selector}) has, in the accessibility tree the browser gives a screen
   * reader, its {@code data-original} as description, and as name its word or nothing (a title had been read out in
   * place of the word).
   */
  private static void assertAnnounced(String selector, List<WebElement> marks) {
    driver.executeCdpCommand("Accessibility.enable", java.util.Map.of());
    driver.executeCdpCommand("DOM.enable", java.util.Map.of());
    Object root = ((java.util.Map<?, ?>) driver.executeCdpCommand("DOM.getDocument", java.util.Map.of()).get("root"))
        .get("nodeId");
    List<?> ids = (List<?>) driver.executeCdpCommand("DOM.querySelectorAll",
        java.util.Map.of("nodeId", root, "selector", selector)).get("nodeIds");
    assertThat(ids).hasSameSizeAs(marks);
    for (int k = 0; k < ids.size(); k++) {
      List<?> nodes = (List<?>) driver.executeCdpCommand("Accessibility.getPartialAXTree",
          java.util.Map.of("nodeId", ids.get(k), "fetchRelatives", false)).get("nodes");
      java.util.Map<?, ?> description = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) nodes.get(0)).get("description");
      assertThat(description).as(marks.get(k).getText() + ": its description").isNotNull();
      assertThat(description.get("value")).isEqualTo(marks.get(k).getAttribute("data-original"));
      Object name = ((java.util.Map<?, ?>) ((java.util.Map<?, ?>) nodes.get(0)).get("name")).get("value");
      assertThat(name).as(marks.get(k).getText() + ": its name").isIn("", marks.get(k).getText());
    }
  }

  @Test
  void bothReportsFitAPhonesScreen(@TempDir Path dir) throws Exception {
    // a report mailed to an editor and opened on a phone had been laid out for a 980-pixel desktop and shrunk to fit,
    // its text a third of its size; now it takes the phone's width, as the web page does
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 380, "height", 800,
        "deviceScaleFactor", 2, "mobile", true));
    try {
      openReport(dir);
      assertFitsThePhone("report-phone");
      Path golden = RestoreDetectCommandTest.GOLDEN;
      CliTest.Run r = CliTest.run("trace", "--format", "html", "--corpus",
          golden.resolve("trace-corpus").toString(), golden.resolve("trace-spun.in.txt").toString());
      driver.get(Files.writeString(dir.resolve("trace.html"), r.out()).toUri().toString());
      assertFitsThePhone("trace-report-phone");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
  }

  @Test
  void aMarksOriginalWrapsWithinAPhonesScreen(@TempDir Path dir) throws Exception {
    // tapped on a phone, a mark's original ran on in one line past the screen's edge (its alternatives too)
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", 380, "height", 800,
        "deviceScaleFactor", 2, "mobile", true));
    try {
      openReport(dir);
      List<WebElement> marks = driver.findElements(By.cssSelector("mark.spun"));
      assertThat(marks).isNotEmpty();
      for (WebElement m : marks) {
        driver.executeScript("arguments[0].focus()", m);
        assertThat((String) driver.executeScript("return getComputedStyle(arguments[0], '::after').content", m))
            .as("shown").contains("likely original: ");
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as(m.getText() + "'s original, shown").isLessThanOrEqualTo(380);
      }
      Chromium.screenshot(driver, "report-phone-original");
      // and the trace report's, which show the same way
      Path golden = RestoreDetectCommandTest.GOLDEN;
      CliTest.Run r = CliTest.run("trace", "--format", "html", "--corpus",
          golden.resolve("trace-corpus").toString(), golden.resolve("trace-spun.in.txt").toString());
      driver.get(Files.writeString(dir.resolve("trace.html"), r.out()).toUri().toString());
      for (WebElement m : driver.findElements(By.cssSelector(".cell.doc mark"))) {
        driver.executeScript("arguments[0].focus()", m);
        assertThat((String) driver.executeScript("return getComputedStyle(arguments[0], '::after').content", m))
            .as("shown").contains("the source has: ");
        Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as(m.getText() + "'s source, shown").isLessThanOrEqualTo(380);
      }
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", java.util.Map.of());
    }
  }

  /** The page open is laid out at the emulated phone's 380 pixels and nothing in it is wider. */
  private static void assertFitsThePhone(String screenshot) throws Exception {
    Chromium.screenshot(driver, screenshot);
    Number width = (Number) driver.executeScript("return document.documentElement.clientWidth");
    Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth");
    assertThat(width.intValue()).isEqualTo(380);
    assertThat(scrollWidth.intValue()).isLessThanOrEqualTo(width.intValue());
  }
}
