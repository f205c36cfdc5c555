// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class InflectionsTest {

  @Test
  void theInflectedReadingsOfAWordAreThoseThatGiveItBack() {
    assertThat(Inflections.inflectedReadings("officers"))
        .contains(new Inflections.Reading("officer", Inflections.Form.S))
        .allSatisfy(r -> {
          assertThat(r.form()).isNotEqualTo(Inflections.Form.BASE);
          assertThat(Inflections.inflect(r.lemma(), r.form())).isEqualTo("officers");
        });
    assertThat(Inflections.inflectedReadings("officer")).noneMatch(r -> r.form() == Inflections.Form.BASE);
  }

  @Test
  void regularAndIrregularFormsAnalyseToTheirLemma() {
    assertThat(Inflections.analyse("officers")).contains(new Inflections.Reading("officer", Inflections.Form.S));
    assertThat(Inflections.analyse("said")).contains(new Inflections.Reading("say", Inflections.Form.ED));
    assertThat(Inflections.analyse("companies")).contains(new Inflections.Reading("company", Inflections.Form.S));
    assertThat(Inflections.analyse("men")).contains(new Inflections.Reading("man", Inflections.Form.S));
  }

  @Test
  void inflectFollowsSpellingRules() {
    assertThat(Inflections.inflect("company", Inflections.Form.S)).isEqualTo("companies");
    assertThat(Inflections.inflect("announce", Inflections.Form.ED)).isEqualTo("announced");
    assertThat(Inflections.inflect("say", Inflections.Form.ED)).isEqualTo("said");
    assertThat(Inflections.inflect("make", Inflections.Form.ING)).isEqualTo("making");
  }

  @Test
  void sharedFormNeedsKnownLemmas() {
    assertThat(Inflections.sharedForms("said", "mentioned", java.util.Set.of("say", "mention")::contains))
        .singleElement().satisfies(r -> assertThat(r[1].lemma()).isEqualTo("mention"));
  }

  @Property(tries = 300)
  void baseReadingComesFirst(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String w) {
    String lw = w.toLowerCase(java.util.Locale.ROOT);
    assertThat(Inflections.analyse(lw).get(0)).isEqualTo(new Inflections.Reading(lw, Inflections.Form.BASE));
  }

  @Test
  void aSharedFormIsReadWithTheLongerLemmaFirst() {
    // the vocabulary knows "mak" and "stat" too; "making" / "creating" is make / create, not mak / create
    java.util.Set<String> known = java.util.Set.of("mak", "make", "create", "stat", "state", "say");
    assertThat(Inflections.sharedForms("making", "creating", known::contains).get(0))
        .extracting(Inflections.Reading::lemma).containsExactly("make", "create");
    assertThat(Inflections.sharedForms("saying", "stating", known::contains).get(0))
        .extracting(Inflections.Reading::lemma).containsExactly("say", "state");
  }
}
