// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.util.Objects;
import org.unspin.DetectionResult;
import org.unspin.Restoration;
import org.unspin.Unspinner;

/**
 * The JSON the command line and the server write, for a service that calls the library: one object on one line, as
 * {@code restore --format jsonl} and {@code detect --format jsonl} write it
 * ({@code docs/formats/restore-detect-json.md}), so that a service embedding unspin answers its own clients in the
 * documented format instead of rebuilding it from the records (a library trial had to). Depend on
 * {@code org.unspin:unspin-cli} for it, beside {@code unspin-api}.
 *
 * <pre>{@code
 * Restoration r = unspinner.restore(text);
 * String json = ResultJson.restoration("submission-17", r, unspinner);   // {"file":"submission-17","spinner":...}
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class ResultJson {

  private ResultJson() {}

  /**
   * {@code r} as the JSON object {@code restore --format jsonl} writes, on one line (with a line end), its
   * {@code "file"} member {@code name}; {@code unspinner} is the one that restored it, whose threshold says in which
   * direction the {@code "reasons"} point.
   */
  public static String restoration(String name, Restoration r, Unspinner unspinner) {
    Objects.requireNonNull(r, "r");
    return Reports.restoreLine(new Reports.Named<>(Objects.requireNonNull(name, "name"), r), unspinner.threshold());
  }

  /**
   * {@code d} as the JSON object {@code detect --format jsonl} writes, on one line (with a line end), its
   * {@code "file"} member {@code name}.
   */
  public static String detection(String name, DetectionResult d) {
    Objects.requireNonNull(d, "d");
    return Reports.detectLine(new Reports.Named<>(Objects.requireNonNull(name, "name"), d));
  }
}
