// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.unspin.Unspinner;
import picocli.CommandLine.Option;

/**
 * The {@code --neural} option, as a picocli mixin: restoration re-decides uncertain choices with the BERT masked LM,
 * adds masked-LM candidates and finds out-of-place words no table lists. The first use builds the optional neural
 * module (about 576 MB of jars; see {@link NeuralLoader}).
 */
final class NeuralOption {

  @Option(names = "--neural",
      description = "Add the BERT masked-LM pass to restoration and detection (slower: about 1 s per 100 words on 2 "
          + "cores, also on text the n-gram detector calls clean; 1.5 GB more memory; the first use fetches about "
          + "576 MB, see `unspin neural install`).")
  boolean neural;

  /**
   * {@code u}, with the neural restorer when {@code --neural} was given; its masked-LM findings also count in
   * detection ({@link Unspinner#withRestorerEvidence()}), so {@code restore}, {@code detect}, {@code eval} and the
   * server share one verdict.
   */
  Unspinner apply(Unspinner u, PrintWriter err) throws IOException {
    if (!neural) {
      return u;
    }
    return u.withRestoring(NeuralLoader.restoring(err)).withRestorerEvidence();
  }
}
