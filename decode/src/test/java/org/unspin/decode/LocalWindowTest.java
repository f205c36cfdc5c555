// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
  void aSentencesCandidateWindowsBatchedTogetherAreTheSameDoublesAsPositionByPosition() {
    Decoder d = Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS);
    List<String> sentences = new ArrayList<>(Fixtures.SPUN);
    sentences.add("officers mentioned the go to was delayed for months .");
    // a run-on "sentence" past one batch's candidates
    sentences.add(String.join(" ", java.util.Collections.nCopies(80, String.join(" ", Fixtures.SPUN))));
    int compared = 0;
    for (String s : sentences) {
      List<List<Decoder.Edge>> edges = d.edges(Arrays.asList(s.split(" ")), Fixtures.familyA());
      LocalWindow win = new LocalWindow(d.languageModel(), edges);
      double[][] together = new double[edges.size()][];
      win.candidates(edges, together);
      for (int i = 0; i < edges.size(); i++) {
        List<Decoder.Edge> es = edges.get(i);
        if (es.size() == 1) {
          assertThat(together[i]).as("%s [%d]", s, i).isNull();
          continue;
        }
        double[] alone = new double[es.size()];
        win.candidates(es, 1, alone);
        for (int k = 1; k < es.size(); k++) {
          assertThat(Double.doubleToLongBits(together[i][k])).as("%s: %s", s, es.get(k).original)
              .isEqualTo(Double.doubleToLongBits(alone[k]));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(2 * LocalWindow.BATCH_EDGES);
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

  @Test
  void headsAreTheBigramsFromTheWordBeforeACandidateToTheWordAfterItAndTheSpunWordsAlike() {
    Decoder d = Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS);
    org.unspin.lm.LanguageModel lm = d.languageModel();
    int compared = 0;
    for (String s : Fixtures.SPUN) {
      List<List<Decoder.Edge>> edges = d.edges(Arrays.asList(s.split(" ")), Fixtures.familyA());
      LocalWindow win = new LocalWindow(lm, edges);
      // the sentence as the model reads it: <s>, each word's ids, </s>
      List<Integer> seq = new ArrayList<>(List.of(lm.vocabulary().sentenceStartId()));
      List<Integer> at = new ArrayList<>();
      for (List<Decoder.Edge> es : edges) {
        at.add(seq.size());
        for (int id : es.get(0).ids) {
          seq.add(id);
        }
      }
      at.add(seq.size());
      seq.add(lm.vocabulary().sentenceEndId());
      for (int i = 0; i < edges.size(); i++) {
        List<Decoder.Edge> es = edges.get(i);
        double[] heads = new double[es.size()];
        win.heads(es, 1, heads);
        for (int k = 1; k < es.size(); k++) {
          Decoder.Edge e = es.get(k);
          List<Integer> path = new ArrayList<>(List.of(seq.get(at.get(i) - 1)));
          for (int id : e.ids) {
            path.add(id);
          }
          path.add(seq.get(at.get(i + e.len)));
          assertThat(heads[k]).as("%s: %s", s, e.original).isCloseTo(bigrams(lm, path), within(1e-9));
          List<Integer> spun = seq.subList(at.get(i) - 1, at.get(i + e.len) + 1);
          assertThat(win.spunHead(i, e.len)).as("%s [%d, +%d)", s, i, e.len).isCloseTo(bigrams(lm, spun), within(1e-9));
          compared++;
        }
      }
    }
    assertThat(compared).isGreaterThan(5);
  }

  private static double bigrams(org.unspin.lm.LanguageModel lm, List<Integer> path) {
    double sum = 0;
    for (int k = 1; k < path.size(); k++) {
      sum += lm.log10Prob(new int[] {path.get(k - 1), path.get(k)}, 0, 2);
    }
    return sum;
  }
}
