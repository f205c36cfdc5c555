// SPDX-License-Identifier: Apache-2.0
package org.unspin.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the development data that sits beside the project ({@code ../shared/data}). Tests that need it call
 * {@link #require(String)}, which skips the test with a clear message on a fresh clone that has no such folder.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared folder: system property {@code unspin.shared}, else {@code ../shared} of the working directory. */
  public static Path root() {
    String p = System.getProperty("unspin.shared");
    if (p != null && !p.isBlank()) {
      return Paths.get(p).toAbsolutePath().normalize();
    }
    Path here = Paths.get("").toAbsolutePath();
    for (Path d = here; d != null; d = d.getParent()) {
      Path s = d.resolve("../shared").normalize();
      if (Files.isDirectory(s.resolve("data"))) {
        return s;
      }
    }
    return here.resolve("../shared").normalize();
  }

  /** {@code root()/data/relative}, or skips the calling test when it is absent. */
  public static Path require(String relative) {
    Path p = root().resolve("data").resolve(relative);
    Assumptions.assumeTrue(Files.exists(p),
        "skipped: development data " + p + " is absent (it lives in ../shared beside the project, not in a clone)");
    return p;
  }
}
