// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TokenizerPropertiesTest {

  @Property(tries = 2000)
  void detokenizeInvertsTokenizeOnAnyString(@ForAll("unicode") String s) {
    assertThat(Tokenizer.detokenize(Tokenizer.tokenize(s))).isEqualTo(s);
  }

  @Property(tries = 2000)
  void offsetsAreContiguousAndInsideTheInput(@ForAll("unicode") String s) {
    List<Token> tokens = Tokenizer.tokenize(s);
    int at = 0;
    for (Token t : tokens) {
      assertThat(t.start()).isEqualTo(at);
      assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(s.length());
      assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
      at = t.end();
    }
    assertThat(at).isEqualTo(s.length());
  }

  @Property(tries = 1000)
  void sentencesAndParagraphsLieInsideTheInputInOrder(@ForAll("unicode") String s) {
    TokenizedText t = TokenizedText.of(s);
    int at = 0;
    for (Sentence sentence : t.sentences()) {
      assertThat(sentence.span().start()).isGreaterThanOrEqualTo(at);
      assertThat(sentence.span().end()).isLessThanOrEqualTo(s.length());
      assertThat(sentence.span().length()).isPositive();
      at = sentence.span().end();
    }
    for (Paragraph p : t.paragraphs()) {
      assertThat(p.endSentence()).isGreaterThan(p.firstSentence());
    }
  }

  @Provide
  Arbitrary<String> unicode() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> texty = Arbitraries.strings()
        .withChars("aZé .,!?’'\"-{}\r\n\t5,0U.S")
        .withCharRange('\uD800', '\uDFFF')
        .ofMaxLength(60);
    Arbitrary<String> words = Arbitraries.of("U.S.", "Sino-Russian", "50,000", "mid-April", "they’re", "{that a}",
            "Mr.", "Blinken", ".", " ", "\n", "\r\n", "\n\n", "“", "”", "\uD83D\uDC4D\uD83C\uDFFD", "5", "May")
        .list().ofMaxSize(20).map(l -> String.join("", l));
    return Arbitraries.oneOf(any, texty, words);
  }
}
