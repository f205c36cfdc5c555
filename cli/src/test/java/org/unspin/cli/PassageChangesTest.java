// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.unspin.text.Span;

class PassageChangesTest {

  @Test
  void aSwappedPhraseIsOneChangeWithBothTextsOffsets() {
    String source = "Officials said national security was the main concern.";
    String query = "Officers mentioned nationwide safety was the principal concern.";
    PassageChanges c = PassageChanges.of(query, 0, query.length(), source, 0, source.length());
    assertThat(c.note()).isNull();
    assertThat(c.changes()).extracting(PassageChanges.Change::documentText, PassageChanges.Change::sourceText)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Officers mentioned nationwide safety",
            "Officials said national security"), org.assertj.core.groups.Tuple.tuple("principal", "main"));
    assertThat(c.changes().get(1).document()).isEqualTo(new Span(query.indexOf("principal"),
        query.indexOf("principal") + 9));
    assertThat(c.words()).isEqualTo(9); // the full stop is a token
    assertThat(c.changedWords()).isEqualTo(5);
  }

  @Test
  void caseApostrophesAndSpacingAreNotChangesAndAddedOrDroppedWordsAreEmptyOnOneSide() {
    String source = "Intro.  It\u2019s the main point,\nsaid the mayor. The end.";
    String query = "Intro. IT'S the main point, said the mayor today. The end.";
    // passages that start inside both texts: offsets stay those of the whole texts
    int q0 = query.indexOf("IT'S");
    int s0 = source.indexOf("It\u2019s");
    PassageChanges c = PassageChanges.of(query, q0, query.length(), source, s0, source.length());
    assertThat(c.changes()).hasSize(1);
    PassageChanges.Change added = c.changes().get(0);
    assertThat(added.documentText()).isEqualTo("today");
    assertThat(added.sourceText()).isEmpty();
    assertThat(added.source().start()).isEqualTo(added.source().end()).isEqualTo(source.indexOf("mayor") + 5);
    PassageChanges dropped = PassageChanges.of(source, s0, source.length(), query, q0, query.length());
    assertThat(dropped.changes().get(0).documentText()).isEmpty();
    assertThat(dropped.changes().get(0).sourceText()).isEqualTo("today");
  }

  @Test
  void aPassageTooLongToAlignSaysSoInsteadOfFillingTheHeap() {
    String big = "word ".repeat(6000);
    PassageChanges c = PassageChanges.of(big, 0, big.length(), big, 0, big.length());
    assertThat(c.note()).contains("too long");
    assertThat(c.changes()).isEmpty();
  }
}
