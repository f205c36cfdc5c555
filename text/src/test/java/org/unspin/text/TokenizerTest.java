// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> words(String s) {
    return Tokenizer.words(Tokenizer.tokenize(s)).stream().map(Token::text).collect(Collectors.toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"U.S.", "Sino-Russian", "50,000", "mid-April", "re-election", "they’re", "they're",
      "3.5", "1990s", "COVID-19", "a.m.", "10:30"})
  void keepsCompoundTokensWhole(String word) {
    assertThat(words("in " + word + " now")).containsExactly("in", word, "now");
  }

  @Test
  void spintaxBracesAreSeparateTokens() {
    assertThat(words("announced {that a} balloon")).containsExactly("announced", "{", "that", "a", "}", "balloon");
  }

  @Test
  void sentenceFinalDotIsItsOwnToken() {
    assertThat(words("He left. She stayed.")).containsExactly("He", "left", ".", "She", "stayed", ".");
  }

  @Test
  void crlfIsOneNewlineToken() {
    List<Token> tokens = Tokenizer.tokenize("a\r\nb");
    assertThat(tokens).extracting(Token::kind)
        .containsExactly(Token.Kind.WORD, Token.Kind.NEWLINE, Token.Kind.WORD);
  }

  @Test
  void emojiWithZwjAndSkinToneIsOneSymbol() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
    String thumbs = "\uD83D\uDC4D\uD83C\uDFFD";
    assertThat(words(family + " " + thumbs)).containsExactly(family, thumbs);
  }

  @Test
  void aWordHyphenatedAtALineEndIsOneWordReadWithoutTheBreak() {
    for (String broken : List.of("govern-\nment", "govern-\r\nment", "govern- \n  ment")) {
      List<String> ws = words("the " + broken + " said");
      assertThat(ws).containsExactly("the", broken, "said");
      assertThat(Words.canonical(ws.get(1))).isEqualTo("government");
    }
    // not across a blank line, before a capital, after a capital or a digit, or for a dash between words
    assertThat(words("the govern-\n\nment")).containsExactly("the", "govern", "-", "ment");
    assertThat(words("Sino-\nRussian ties")).containsExactly("Sino", "-", "Russian", "ties");
    assertThat(words("COVID-\nera")).containsExactly("COVID", "-", "era");
    assertThat(words("the plan -\nand more")).containsExactly("the", "plan", "-", "and", "more");
    assertThat(Tokenizer.detokenize(Tokenizer.tokenize("a govern-\nment b"))).isEqualTo("a govern-\nment b");
  }

  @Test
  void aLongRunOfHiddenCharactersBetweenWordsIsReadInLinearTime() {
    // each character of a run that belongs to no word had looked ahead to the run's end: a million zero-width spaces
    // between two words took hours
    String text = "5 " + "\u200B".repeat(1_000_000) + " dollars";
    List<Token> tokens = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Tokenizer.tokenize(text));
    assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.NUMBER, Token.Kind.SPACE, Token.Kind.WORD);
    assertThat(tokens.get(2).start()).isEqualTo(text.length() - "dollars".length());
  }

  @Test
  void aLongRunOfHiddenCharactersBeforeAWordIsPartOfIt() {
    String text = "5 " + "\u200B".repeat(1_000_000) + "dollars";
    List<Token> tokens = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> Tokenizer.tokenize(text));
    assertThat(tokens).extracting(Token::kind).containsExactly(Token.Kind.NUMBER, Token.Kind.SPACE, Token.Kind.WORD);
    assertThat(tokens.get(2).start()).isEqualTo(2);
  }

  @Test
  void emptyInputYieldsNoTokens() {
    assertThat(Tokenizer.tokenize("")).isEmpty();
  }

  @Test
  void ellipsisStaysTogether() {
    assertThat(words("wait... what")).containsExactly("wait", "...", "what");
  }

  @Test
  void offsetsPointAtTheTokenText() {
    String s = "China’s foreign minister\tsaid, “yes.”";
    for (Token t : Tokenizer.tokenize(s)) {
      assertThat(s.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }
}
