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

  @Test
  void spunWindowsAreTheSameDoublesAsScoringTheSpunWordsAsACandidate() {
    Decoder d = Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS);
    int compared = 0;
    for (String s : Fixtures.SPUN) {
      List<List<Decoder.Edge>> edges = d.edges(Arrays.asList(s.split(" ")), Fixtures.familyA());
      LocalWindow win = new LocalWindow(d.languageModel(), edges);
      for (int i = 0; i < edges.size(); i++) {
        for (int len = 1; len <= 3 && i + len <= edges.size(); len++) {
          // a candidate whose ids are the spun words' own is scored over the same window, one query at a time
          int[] ids = new int[0];
          for (int k = i; k < i + len; k++) {
            int[] more = edges.get(k).get(0).ids;
            int[] both = Arrays.copyOf(ids, ids.length + more.length);
            System.arraycopy(more, 0, both, ids.length, more.length);
            ids = both;
          }
          Decoder.Edge same = new Decoder.Edge(i, len, "x", ids, 0, false, "A", null);
          assertThat(Double.doubleToLongBits(win.spun(i, len))).as("%s [%d, +%d)", s, i, len)
              .isEqualTo(Double.doubleToLongBits(win.candidate(same)));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(20);
  }
}
