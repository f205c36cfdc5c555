// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The fitting of {@link LengthBias}, on hand-made rows (no model). */
class LengthBiasTest {

  private static final double[] GRID = {-1, -0.5, 0, 0.5, 1};

  private static LengthBias.Row row(String doc, int spunPieces, int origPieces, double spun, double orig) {
    return new LengthBias.Row(doc, spunPieces, origPieces, spunPieces, origPieces, spun, orig);
  }

  @Test
  void aHunkIsJudgedWronglyWhenTheSpunSideScoresAtLeastAsWell() {
    assertThat(row("a", 2, 1, -4, -3).wrong(0)).isFalse();
    assertThat(row("a", 2, 1, -4, -4).wrong(0)).isTrue();
    // one more piece on the spun side: a bonus of 1 per piece evens it
    assertThat(row("a", 2, 1, -4, -3).wrong(1)).isTrue();
  }

  @Test
  void balancedAccuracyWeighsBothDirectionsAlikeHoweverManyHunksEachHas() {
    // nine hunks whose original is shorter, all right; one whose original is longer, wrong
    List<LengthBias.Row> rows = new java.util.ArrayList<>();
    for (int k = 0; k < 9; k++) {
      rows.add(row("a", 2, 1, -6, -2));
    }
    rows.add(row("a", 1, 2, -2, -3));
    assertThat(LengthBias.balancedAccuracy(rows, 0)).isEqualTo(0.5);
  }

  @Test
  void theFitFavoursTheLongerSideWhenTheScoreFavoursTheShorter() {
    // the longer original loses by half a piece's worth at 0, the shorter one wins by much
    List<LengthBias.Row> rows = List.of(row("a", 1, 2, -2, -2.4), row("b", 2, 1, -6, -2));
    assertThat(LengthBias.fit(rows, GRID)).isEqualTo(0.5);
  }

  @Test
  void tiesGoToTheSmallestTerm() {
    List<LengthBias.Row> rows = List.of(row("a", 1, 2, -5, -2), row("b", 2, 1, -6, -2));
    assertThat(LengthBias.fit(rows, GRID)).isEqualTo(0.0);
  }

  @Test
  void leaveOneOutFitsEachDocumentOnTheOthers() {
    List<LengthBias.Row> rows = List.of(row("a", 1, 2, -2, -2.4), row("b", 2, 1, -6, -2),
        row("c", 1, 2, -2, -2.4));
    // without a, c still asks for 0.5; without b, nothing is lost by a larger term but ties go to the smallest
    assertThat(LengthBias.leaveOneOut(rows, GRID)).containsExactly(0.5, 0.5, 0.5);
  }
}
