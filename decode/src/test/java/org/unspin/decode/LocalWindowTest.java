// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.decode.fakes.Fixtures;

class LocalWindowTest {

  @Test
  void batchedCandidateWindowsAreTheSameDoublesAsOneByOne() {
    Decoder d = Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS);
    List<String> sentences = new ArrayList<>(Fixtures.SPUN);
    sentences.add("officers mentioned the go to was delayed for months .");
    int compared = 0;
    for (String s : sentences) {
      List<List<Decoder.Edge>> edges = d.edges(Arrays.asList(s.split(" ")), Fixtures.familyA());
      LocalWindow win = new LocalWindow(d.languageModel(), edges);
      for (List<Decoder.Edge> es : edges) {
        double[] batched = new double[es.size()];
        win.candidates(es, 1, batched);
        for (int k = 1; k < es.size(); k++) {
          assertThat(Double.doubleToLongBits(batched[k])).as("%s: %s", s, es.get(k).original)
              .isEqualTo(Double.doubleToLongBits(win.candidate(es.get(k))));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(5);
  }
}
