// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;

/** The real thesauri, loaded once per test JVM from the user's store (fetched on first use). */
final class Models {

  private static WordNet wordNet;
  private static Moby moby;
  private static Morphology morphology;

  private Models() {}

  static synchronized WordNet wordNet() {
    if (wordNet == null) {
      try {
        wordNet = Thesauri.wordNet(Store.fromEnvironment(), Progress.NONE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return wordNet;
  }

  static synchronized Moby moby() {
    if (moby == null) {
      try {
        moby = Thesauri.moby(Store.fromEnvironment(), Progress.NONE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return moby;
  }

  static synchronized Morphology morphology() {
    if (morphology == null) {
      morphology = Morphology.english(wordNet());
    }
    return morphology;
  }
}
