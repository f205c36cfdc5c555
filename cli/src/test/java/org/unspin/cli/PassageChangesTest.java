// SPDX-License-Identifier: Apache-2.0
package org.unspin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.unspin.text.Span;

class PassageChangesTest {

  private static PassageChanges whole(String query, String source) {
    return PassageChanges.of(query, 0, query.length(), source, 0, source.length());
  }

  @Test
  void aSwappedPhraseIsOneChangeWithBothTextsOffsets() {
    String source = "Officials said national security was the main concern.";
    String query = "Officers mentioned nationwide safety was the principal concern.";
    PassageChanges c = whole(query, source);
    assertThat(c.note()).isNull();
    assertThat(c.changes()).extracting(PassageChanges.Change::kind, PassageChanges.Change::documentText,
        PassageChanges.Change::sourceText).containsExactly(
        Tuple.tuple(PassageChanges.Kind.SWAP, "Officers mentioned nationwide safety",
            "Officials said national security"),
        Tuple.tuple(PassageChanges.Kind.SWAP, "principal", "main"));
    assertThat(c.changes().get(1).document()).isEqualTo(new Span(query.indexOf("principal"),
        query.indexOf("principal") + 9));
    assertThat(c.words()).isEqualTo(9); // the full stop is a token
    assertThat(c.changedWords()).isEqualTo(5);
  }

  @Test
  void wordsAddedOrLeftOutAreShownWithAWordBothTextsHave() {
    String source = "Intro.  It\u2019s the main point,\nsaid the mayor. A new vaccine. The end.";
    String query = "Intro. IT'S the main point, said the mayor today. A brand new vaccine. The end.";
    // passages that start inside both texts: offsets stay those of the whole texts
    int q0 = query.indexOf("IT'S");
    int s0 = source.indexOf("It\u2019s");
    PassageChanges c = PassageChanges.of(query, q0, query.length(), source, s0, source.length());
    // case, the apostrophe's form and spacing are no changes
    assertThat(c.changes()).extracting(PassageChanges.Change::kind, PassageChanges.Change::documentText,
        PassageChanges.Change::sourceText).containsExactly(
        Tuple.tuple(PassageChanges.Kind.ADDED, "mayor today", "mayor"), // "today" is followed by a full stop
        Tuple.tuple(PassageChanges.Kind.ADDED, "brand new", "new"));
    assertThat(c.changedWords()).isEqualTo(2);
    Span added = c.changes().get(1).source();
    assertThat(source.substring(added.start(), added.end())).isEqualTo("new");
    PassageChanges dropped = PassageChanges.of(source, s0, source.length(), query, q0, query.length());
    assertThat(dropped.changes()).extracting(PassageChanges.Change::kind, PassageChanges.Change::documentText,
        PassageChanges.Change::sourceText).containsExactly(
        Tuple.tuple(PassageChanges.Kind.LEFT_OUT, "mayor", "mayor today"),
        Tuple.tuple(PassageChanges.Kind.LEFT_OUT, "new", "brand new"));
  }

  @Test
  void quotationMarksDashesAndMarkupAreNoChanges() {
    String source = "# Bike lanes\n\nThe council said \"yes\" -- at last.\n\n* **Cost**: 2 million\n";
    String query = "Bike lanes\n\nThe council said \u201Cyes\u201D \u2014 at last.\n\nCost: 2 million\n";
    PassageChanges c = whole(query, source);
    assertThat(c.changes()).isEmpty();
    assertThat(c.changedWords()).isZero();
  }

  @Test
  void aLongStretchIsUnalignedNotASwap() {
    String source = "The plant will close in May. Workers will get a bonus of a week for each year they worked there "
        + "and the union agreed to it on Monday after long talks. The mayor was sad.";
    String query = "The plant will close in May. Fans lined the streets of the old town to watch the race pass by on "
        + "a cold and windy morning. The mayor was sad.";
    PassageChanges c = whole(query, source);
    assertThat(c.changes()).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(PassageChanges.Kind.UNALIGNED);
      assertThat(x.documentText()).startsWith("Fans").endsWith("morning");
    });
  }

  @Test
  void aPassageTooLongToAlignSaysSoInsteadOfFillingTheHeap() {
    String big = "word ".repeat(6000);
    PassageChanges c = whole(big, big);
    assertThat(c.note()).contains("too long");
    assertThat(c.changes()).isEmpty();
  }
}
