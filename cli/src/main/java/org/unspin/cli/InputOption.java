// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import picocli.CommandLine.Option;

/** {@code --input}: how restore and detect read their inputs (each file a document, or JSON Lines records). */
final class InputOption {

  enum Kind { files, jsonl }

  @Option(names = "--input", defaultValue = "files", paramLabel = "KIND", description = "files (default: each PATH, "
      + "or standard input, one document) or jsonl (each line of each PATH, or of standard input, a JSON object "
      + "with a string \"text\" and an optional \"id\", echoed in the output; blank lines are skipped, and a line "
      + "that is no such object gets an {\"file\": \"PATH:LINE\", \"error\"} result of its own).")
  Kind kind;

  boolean jsonLines() {
    return kind == Kind.jsonl;
  }
}
