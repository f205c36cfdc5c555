// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import java.util.List;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/**
 * A JVM of its own for {@link TensorFlowLogLevelTest}: loads BERT as the command line and the server do, runs one
 * forward pass, and prints what {@link TensorFlowLogLevel} set and the prediction on standard output. TensorFlow writes
 * its log lines to the process's standard error (file descriptor 2), which only another process can read.
 */
final class QuietLoadMain {

  private QuietLoadMain() {}

  public static void main(String[] args) throws Exception {
    BertMlm bert = BertModels.shared(Store.fromEnvironment(), Progress.NONE);
    System.out.println("set: " + TensorFlowLogLevel.apply());
    System.out.println("predicted: " + MaskedLm.of(bert).predict(List.of("The", "cat", "sat", "on", "the", "mat", "."),
        1, 1, 3).get(0).text());
  }
}
