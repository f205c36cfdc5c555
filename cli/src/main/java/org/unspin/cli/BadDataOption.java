// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import org.unspin.trace.OnBadData;
import picocli.CommandLine.Option;

/**
 * The {@code --on-bad-data} option of {@code index} and {@code trace}, as a picocli mixin: what reading documents
 * ({@link IndexCommand#read}) does with a file that is not UTF-8 or an unreadable WARC record.
 */
final class BadDataOption {

  @Option(names = "--on-bad-data", defaultValue = "fail", paramLabel = "POLICY", description = "A file that is not "
      + "UTF-8 or an unreadable WARC record: fail (stop with exit code 3), warn (leave it out and say so) or skip "
      + "(leave it out) (default: ${DEFAULT-VALUE}). A file trace is given to trace that cannot be read is an error "
      + "in its place whatever the policy (exit code 3, the others traced); the policy is for WARC records there.")
  OnBadData policy;
}
