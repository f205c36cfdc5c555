// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

  private static List<Terms.Term> terms(String s) {
    return Terms.of(s, 10);
  }

  @Test
  void numberWordsAndDigitsNormaliseAlike() {
    assertThat(terms("five ships").get(0).norm()).isEqualTo(terms("5 ships").get(0).norm());
    assertThat(terms("twenty-one").get(0).norm()).isEqualTo("21");
    assertThat(terms("50,000").get(0).norm()).isEqualTo("50000");
    assertThat(terms("the third day").get(1).norm()).isEqualTo("3rd");
  }

  @Test
  void capitalisedWordInsideASentenceIsAName() {
    List<Terms.Term> t = terms("Yesterday the minister met Blinken in Beijing.");
    assertThat(t.get(0).kind()).isEqualTo(Terms.Kind.CONTENT);
    assertThat(t.get(4).kind()).isEqualTo(Terms.Kind.NAME);
    assertThat(t.get(4).norm()).isEqualTo("blinken");
    assertThat(t.get(6).kind()).isEqualTo(Terms.Kind.NAME);
  }

  @Test
  void wordAfterLineBreakStartsASentence() {
    List<Terms.Term> t = terms("markets fell\nTraders sold");
    assertThat(t.get(2).kind()).isEqualTo(Terms.Kind.CONTENT);
  }

  @Test
  void functionWordsFormTheSkeletonAndLongWordsAreRare() {
    List<Terms.Term> t = terms("the surveillance of it");
    assertThat(t).extracting(Terms.Term::kind).containsExactly(Terms.Kind.FUNCTION, Terms.Kind.RARE,
        Terms.Kind.FUNCTION, Terms.Kind.FUNCTION);
  }

  @Test
  void termOffsetsPointIntoTheInput() {
    String s = "Mr. Blinken, in China; said “five”.";
    for (Terms.Term t : terms(s)) {
      assertThat(t.start()).isBetween(0, s.length());
      assertThat(t.end()).isBetween(t.start(), s.length());
    }
  }
}
