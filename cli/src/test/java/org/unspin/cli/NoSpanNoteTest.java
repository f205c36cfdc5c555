// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.unspin.DetectionResult;
import org.unspin.Edit;
import org.unspin.text.Span;

class NoSpanNoteTest {

  private static final Edit SPAN = new Edit(new Span(0, 9), "mentioned", "said", "said", 0.9, List.of(), "A",
      "table");

  @Test
  void onlyASpunVerdictWithoutASpanSaysWhyThereIsNothingToPointAt() {
    // a short British item called spun on the thesaurus channel's evidence alone: an editor was left with nothing
    DetectionResult bare = new DetectionResult(true, 0.97, "A", Map.of(), List.of(), List.of());
    assertThat(Reports.noSpanNote(bare)).startsWith("no span to show");
    assertThat(Reports.noSpanNote(new DetectionResult(true, 0.97, "A", Map.of(), List.of(), List.of(SPAN))))
        .isEmpty();
    assertThat(Reports.noSpanNote(new DetectionResult(false, 0.1, "none", Map.of(), List.of(), List.of())))
        .isEmpty();
  }
}
