// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.unspin.DefaultModels;
import org.unspin.DetectionResult;
import org.unspin.Edit;
import org.unspin.Unspinner;
import org.unspin.decode.TextRestoring;
import org.unspin.fetch.Progress;
import org.unspin.fetch.Store;
import org.unspin.lexicon.learn.MaskedScorer;

class NeuralProviderTest {

  @Test
  void theProviderIsFoundByNameAndLendsItsMaskedModelToTheLearner() throws IOException {
    TextRestoring.Provider found = null;
    for (TextRestoring.Provider p : ServiceLoader.load(TextRestoring.Provider.class)) {
      if (p.name().equals(NeuralProvider.NAME)) {
        found = p;
      }
    }
    assertThat(found).isNotNull();
    MaskedScorer m = found.maskedScorer();
    // a spinner's "officers stated" against "officials said", cased as written
    List<String> words = List.of("The", "Chinese", "officers", "stated", "on", "Tuesday", "that", "the", "talks",
        "would", "resume", "next", "month", ".");
    double[] v = m.log10(words, 3, 1, List.of("stated", "said"));
    assertThat(v[1]).isGreaterThan(v[0]);
    double[] region = m.log10(List.of("Oil", "prices", "rose", "on", "fears", "of", "war", "in", "the", "Center",
        "East", "."), 9, 1, List.of("Center", "Middle"));
    assertThat(region[1] - region[0]).isGreaterThan(1.0);
  }

  @Test
  void anUnspinnerOfTheDefaultModelsTakesTheNeuralPassInOneCall() throws IOException {
    // before: a service had to find the provider itself and wrap its IOException to pass it to withRestoring
    Unspinner u = DefaultModels.load(Store.fromEnvironment(), Progress.NONE, DefaultModels.Options.NONE).unspinner();
    Unspinner neural = u.withThreshold(0.7).withNeural();
    String text = "The company mentioned that its earnings rose sharply in the final quarter, and officials "
        + "additionally said the firm would hire extra individuals.";
    DetectionResult d = neural.detect(text);
    assertThat(d.evidence()).containsKey("maskedLm");
    assertThat(u.detect(text).evidence()).doesNotContainKey("maskedLm");
    assertThat(neural.threshold()).isEqualTo(0.7);
    assertThat(neural.restore(text).edits()).extracting(Edit::spun).contains("mentioned", "final");
  }
}
