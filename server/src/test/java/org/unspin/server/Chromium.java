// SPDX-License-Identifier: Apache-2.0
package org.unspin.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for page tests, driven by its own chromedriver (no driver download). Tests skip, with a
 * message, where Chromium is not installed.
 */
public final class Chromium {

  public static final Path BINARY = Paths.get("/usr/bin/chromium");
  public static final Path DRIVER = Paths.get("/usr/bin/chromedriver");

  private Chromium() {}

  /** Skips the calling test unless Chromium and its driver are installed. */
  public static void assumeInstalled() {
    Assumptions.assumeTrue(Files.isExecutable(BINARY) && Files.isExecutable(DRIVER),
        "skipped: install Debian chromium and chromium-driver for the browser tests (.ci/run does)");
  }

  /** The profile folder of each browser started and not yet quit ({@link #quit}). */
  private static final java.util.Map<ChromeDriver, Path> PROFILES = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * A new headless browser with a fresh profile and no background network traffic; {@link #quit} it, which also
   * deletes the profile (about 3 MB a run).
   */
  public static ChromeDriver start() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BINARY.toString());
    Path profile = Files.createTempDirectory("unspin-chromium");
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1200,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    PROFILES.put(driver, profile);
    return driver;
  }

  /**
   * Quits {@code driver} (null: nothing to do) and deletes the profile {@link #start} made for it, as far as it can:
   * a file the exiting browser still writes is left, not turned into a test failure.
   */
  public static void quit(ChromeDriver driver) {
    if (driver == null) {
      return;
    }
    driver.quit();
    Path profile = PROFILES.remove(driver);
    if (profile == null || !Files.exists(profile)) {
      return;
    }
    try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
      for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        try {
          Files.deleteIfExists(f);
        } catch (java.io.IOException e) {
          // left behind; the folder is in the system's temporary files
        }
      }
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      // the same
    }
  }

  /**
   * The page's table of screened files once it reads {@code count} (its heading, such as "(1 of 2 look spun)"): each
   * row's cells as text, by the file name that starts its first cell.
   */
  public static java.util.Map<String, java.util.List<String>> screenedFiles(ChromeDriver driver, String count,
      java.time.Duration wait) {
    new org.openqa.selenium.support.ui.WebDriverWait(driver, wait).until(
        org.openqa.selenium.support.ui.ExpectedConditions.textToBe(org.openqa.selenium.By.id("batch-count"), count));
    java.util.Map<String, java.util.List<String>> rows = new java.util.HashMap<>();
    org.openqa.selenium.By rowsOf = org.openqa.selenium.By.cssSelector("#batch-rows tr");
    for (org.openqa.selenium.WebElement tr : driver.findElements(rowsOf)) {
      java.util.List<String> cells = tr.findElements(org.openqa.selenium.By.tagName("td")).stream()
          .map(org.openqa.selenium.WebElement::getText).toList();
      rows.put(cells.get(0).split(" ")[0], cells);
    }
    return rows;
  }

  /** Saves a screenshot as {@code target/screenshots/NAME.png}. */
  public static Path screenshot(ChromeDriver driver, String name) throws Exception {
    Path dir = Files.createDirectories(Paths.get("target", "screenshots"));
    Path file = dir.resolve(name + ".png");
    Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    return file;
  }
}
