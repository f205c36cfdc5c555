// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void keyFormIsLowerCaseWithSingleSpacesAndStraightApostrophes() {
    assertThat(Terms.normalize(" Bring_up  the\u2019rear ")).isEqualTo("bring up the'rear");
    assertThat(Terms.normalize("bring up")).isEqualTo("bring up");
  }

  @Test
  void aTermAlreadyInKeyFormIsReturnedItself() {
    String term = "more and more";
    assertThat(Terms.normalize(term)).isSameAs(term);
  }

  @Property(tries = 2000)
  void theShortcutAgreesWithBuildingTheKey(@ForAll("terms") String term) {
    assertThat(Terms.normalize(term)).isEqualTo(Terms.rebuild(term));
    if (Terms.isKey(term)) {
      assertThat(Terms.rebuild(term)).isEqualTo(term);
    }
  }

  @Provide
  Arbitrary<String> terms() {
    // letters of several scripts and cases, the characters the key form rewrites, and arbitrary ones
    Arbitrary<Character> special = Arbitraries.of(' ', ' ', '_', '\t', '\n', '\u00a0', '\u2019', '\u2018', '\'', '-',
        'A', 'z', '\u00c9', '\u00e9', '\u0130', '\u03a3', '\u03c2', '\u1e9e', '\ud83d', '\ude00', '\u2003');
    Arbitrary<Character> any = Arbitraries.chars();
    Arbitrary<Character> lower = Arbitraries.chars().range('a', 'z');
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, lower), net.jqwik.api.Tuple.of(3, special), net.jqwik.api.Tuple.of(1, any))
        .list().ofMaxSize(12).map(cs -> {
          StringBuilder sb = new StringBuilder();
          cs.forEach(sb::append);
          return sb.toString();
        });
  }
}
