// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.text.Span;

class NeuralPassTest {

  private static NeuralPass.Review review(int start, boolean removed) {
    return new NeuralPass.Review(new Span(start, start + 4), "word", "other", "other", 0.5, 0.9, removed);
  }

  @Test
  void partsRestoredUnderTwoFamiliesAddUpAsOneText() {
    NeuralPass first = new NeuralPass(30, 40, -1, List.of(review(10, false), review(200, true)));
    NeuralPass second = new NeuralPass(25, 20, 120, List.of(review(100, false)));
    NeuralPass both = NeuralPass.merge(List.of(first, second));
    assertThat(both.queries()).isEqualTo(55);
    assertThat(both.cap()).isEqualTo(60);
    assertThat(both.capped()).isTrue();
    assertThat(both.uncheckedFrom()).isEqualTo(120);
    assertThat(both.reviews()).extracting(r -> r.span().start()).containsExactly(10, 100, 200);
  }

  @Test
  void theFirstUncheckedOffsetOfThePartsIsTheTexts() {
    NeuralPass a = new NeuralPass(5, 5, 300, List.of());
    NeuralPass b = new NeuralPass(5, 5, 80, List.of());
    NeuralPass c = new NeuralPass(1, 5, -1, List.of());
    assertThat(NeuralPass.merge(List.of(a, b, c)).uncheckedFrom()).isEqualTo(80);
    assertThat(NeuralPass.merge(List.of(c)).capped()).isFalse();
  }
}
