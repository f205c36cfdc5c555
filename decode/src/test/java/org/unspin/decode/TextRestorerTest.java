// SPDX-License-Identifier: Apache-2.0
package org.unspin.decode;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.unspin.decode.fakes.Fixtures;
import org.unspin.text.TokenizedText;

class TextRestorerTest {

  private static final TextRestorer RESTORER =
      TextRestorer.create(Decoder.create(Fixtures.languageModel(), DecoderSettings.DEFAULTS));

  private static RestoredText restore(String s) {
    return RESTORER.restore(TokenizedText.of(s), Fixtures.familyA());
  }

  @Test
  void onlyTheReplacedSpansChange() {
    String in = "The minister  mentioned the talks were useful.\r\n\r\n"
        + "\u201CThe talks ran 5 hours,\u201D officers mentioned.\n";
    RestoredText r = restore(in);
    assertThat(r.text()).isEqualTo(
        "The minister  said the talks were useful.\r\n\r\n\u201CThe talks ran five hours,\u201D officials said.\n");
  }

  @Test
  void editOffsetsPointAtTheSpunWordsInTheInput() {
    String in = "Officers mentioned the go to was delayed for months.";
    RestoredText r = restore(in);
    assertThat(r.edits()).isNotEmpty();
    for (TextEdit e : r.edits()) {
      assertThat(e.span().of(in)).isEqualTo(e.spun());
    }
    assertThat(r.edits()).extracting(TextEdit::spun).contains("go to");
  }

  @Test
  void aReplacementKeepsTheSpunSpansOwnSpacingBetweenItsWords() {
    assertThat(TextRestorer.withSpacing("{that\u00A0a}", "that a")).isEqualTo("that\u00A0a");
    assertThat(TextRestorer.withSpacing("Center\nEast", "Middle East")).isEqualTo("Middle\nEast");
    assertThat(TextRestorer.withSpacing("not\u00A0too\u00A0long\u00A0ago", "recently")).isEqualTo("recently");
    assertThat(TextRestorer.withSpacing("nationwide safety", "national security")).isEqualTo("national security");
    // a hard wrap inside a span of another length is kept: "following 12\nmonths" had become one joined line
    assertThat(TextRestorer.withSpacing("12\nmonths", "year")).isEqualTo("\nyear");
    assertThat(TextRestorer.withSpacing("12\r\nmonths", "year")).isEqualTo("\r\nyear");
    assertThat(TextRestorer.withSpacing("not too\nlong ago", "in recent times")).isEqualTo("in recent\ntimes");
    assertThat(TextRestorer.withSpacing("a lot\u2028of", "many")).isEqualTo("\u2028many");
    assertThat(TextRestorer.withSpacing("find\nyourself", "end up here")).contains("\n").doesNotContain("  ");
    assertThat(TextRestorer.withSpacing("not\u00A0too long", "lately")).isEqualTo("lately"); // no line break
    assertThat(TextRestorer.withSpacing("men-\ntioned", "said")).isEqualTo("said"); // one word, hyphenated
    // as an edit of a text writes it
    String in = "It was {that\u00A0a} delay.";
    org.unspin.text.TokenizedText t = org.unspin.text.TokenizedText.of(in);
    java.util.List<org.unspin.text.Token> words = TextRestorer.wordTokens(t, t.sentences().get(0));
    TextEdit e = TextRestorer.toTextEdit(in, words, new SpanEdit(2, 4, "that a", -0.1, 0.9, java.util.List.of(), "A",
        org.unspin.lexicon.Candidate.Origin.RULE), false);
    assertThat(e.spun()).isEqualTo("{that\u00A0a}");
    assertThat(e.replacement()).isEqualTo("that\u00A0a");
  }

  @Test
  void aTitleCasedHyphenatedWordGivesItsReplacementCapitals() {
    // "A Man-Made Intelligence Framework" was restored "An artificial Intelligence Framework"
    assertThat(TextRestorer.cased("Man-Made", "artificial", false)).isEqualTo("Artificial");
    assertThat(TextRestorer.cased("Countrywide Safety", "national security", false)).isEqualTo("National Security");
    assertThat(TextRestorer.cased("McDonald-owned", "franchise", false)).isEqualTo("franchise");
  }

  @Test
  void aSentenceStartInLowerCaseStaysInLowerCase() {
    assertThat(TextRestorer.cased("mentioned", "said", true)).isEqualTo("said");
    assertThat(TextRestorer.cased("Mentioned", "said", true)).isEqualTo("Said");
    assertThat(TextRestorer.cased("5", "five", true)).isEqualTo("Five");
    assertThat(TextRestorer.cased("{that a}", "that a", true)).isEqualTo("That a");
  }

  @Test
  void theCasePatternOfTheSpunSpanIsReapplied() {
    assertThat(restore("Officers mentioned the talks were useful.").text())
        .isEqualTo("Officials said the talks were useful.");
    assertThat(restore("OFFICERS MENTIONED THE TALKS WERE USEFUL.").text()).startsWith("OFFICIALS SAID");
  }

  @Test
  void anArticleChangedInCapitalsIsWrittenInCapitals() {
    String in = "WE DESCRIBE A COUNTERFEIT NETWORK. We describe A Counterfeit Network.";
    TokenizedText text = TokenizedText.of(in);
    java.util.List<String> replacements = new java.util.ArrayList<>();
    java.util.List<TextEdit> inInput = new java.util.ArrayList<>();
    for (org.unspin.text.Sentence s : text.sentences()) {
      java.util.List<org.unspin.text.Token> tokens = TextRestorer.wordTokens(text, s);
      java.util.List<String> words = tokens.stream().map(org.unspin.text.Token::text).toList();
      SpanEdit e = new SpanEdit(3, 1, "artificial", -0.3, 0.8, java.util.List.of(), "user",
          org.unspin.lexicon.Candidate.Origin.PHRASE_WORD);
      for (SpanEdit x : TextRestorer.withArticles(words, java.util.List.of(e))) {
        replacements.add(TextRestorer.toTextEdit(in, tokens, x, false).replacement());
      }
      inInput.add(TextRestorer.toTextEdit(in, tokens, e, false));
    }
    assertThat(replacements).containsExactly("AN", "ARTIFICIAL", "An", "Artificial");
    // and where the edits are already in input offsets (a listed phrase's, in a text not restored whole)
    assertThat(TextRestorer.withArticles(text, inInput)).extracting(TextEdit::replacement)
        .containsExactly("AN", "ARTIFICIAL", "An", "Artificial");
  }

  @Test
  void anArticleTheReplacementPutsOutOfAgreementChangesWithIt() {
    java.util.List<String> words = java.util.List.of("We", "describe", "a", "counterfeit", "network", ".");
    SpanEdit e = new SpanEdit(3, 1, "artificial", -0.3, 0.8, java.util.List.of(), "user",
        org.unspin.lexicon.Candidate.Origin.PHRASE_WORD);
    java.util.List<SpanEdit> out = TextRestorer.withArticles(words, java.util.List.of(e));
    assertThat(out).hasSize(2);
    assertThat(out.get(0).start()).isEqualTo(2);
    assertThat(out.get(0).original()).isEqualTo("an");
    assertThat(out.get(0).confidence()).isEqualTo(0.8);
    assertThat(out.get(1)).isSameAs(e);
  }

  @Test
  void anArticleAlreadyOutOfAgreementInTheSpunTextIsLeft() {
    // "an previous buddy": the spinner left the original's "an" (an old friend); "a former" would add an error
    java.util.List<String> words = java.util.List.of("an", "previous", "buddy");
    SpanEdit e = new SpanEdit(1, 1, "former", -0.3, 0.8, java.util.List.of(), "A",
        org.unspin.lexicon.Candidate.Origin.TABLE);
    assertThat(TextRestorer.withArticles(words, java.util.List.of(e))).containsExactly(e);
    // and an agreeing replacement changes nothing
    SpanEdit ok = new SpanEdit(1, 1, "old", -0.3, 0.8, java.util.List.of(), "A",
        org.unspin.lexicon.Candidate.Origin.TABLE);
    assertThat(TextRestorer.withArticles(java.util.List.of("a", "previous", "buddy"), java.util.List.of(ok)))
        .extracting(SpanEdit::original).containsExactly("an", "old");
  }

  @Test
  void anArticleSwapStandsOnlyWhereTheNextWordAsRestoredTakesIt() {
    // "an anticorruption activist" was restored "a anticorruption activist": the next word was not restored
    java.util.List<String> words = java.util.List.of("Navalny", ",", "an", "anticorruption", "activist");
    SpanEdit swap = new SpanEdit(2, 1, "a", -1.5, 0.42, java.util.List.of(), "A",
        org.unspin.lexicon.Candidate.Origin.RULE);
    assertThat(TextRestorer.withoutDisagreeingArticles(words, java.util.List.of(swap))).isEmpty();
    // a spinner that wrote "an enormous" for "a massive": both restored, the swap stays
    java.util.List<String> spun = java.util.List.of("an", "enormous", "rise");
    SpanEdit article = new SpanEdit(0, 1, "a", -1.5, 0.7, java.util.List.of(), "A",
        org.unspin.lexicon.Candidate.Origin.RULE);
    SpanEdit word = new SpanEdit(1, 1, "massive", -0.2, 0.7, java.util.List.of(), "A",
        org.unspin.lexicon.Candidate.Origin.TABLE);
    assertThat(TextRestorer.withoutDisagreeingArticles(spun, java.util.List.of(article, word)))
        .containsExactly(article, word);
    assertThat(TextRestorer.withoutDisagreeingArticles(spun, java.util.List.of(word))).containsExactly(word);
  }

  @Test
  void theArticleFollowsTheSpellingWithTheCommonExceptions() {
    assertThat(TextRestorer.article("artificial")).isEqualTo("an");
    assertThat(TextRestorer.article("deep")).isEqualTo("a");
    assertThat(TextRestorer.article("university")).isEqualTo("a");
    assertThat(TextRestorer.article("hour")).isEqualTo("an");
    assertThat(TextRestorer.article("FBI")).isNull();
    assertThat(TextRestorer.article("5")).isNull();
  }

  @Test
  void aReplacementAtTheStartOfASentenceIsCapitalised() {
    assertThat(TextRestorer.cased("5", "five", true)).isEqualTo("Five");
    assertThat(TextRestorer.cased("5", "five", false)).isEqualTo("five");
    assertThat(TextRestorer.cased("could", "May", false)).isEqualTo("May");
    assertThat(TextRestorer.cased("Countrywide Safety", "national security", false))
        .isEqualTo("National Security");
  }

  @Test
  void aReplacementKeepsTheSpunTextsApostropheStyle() {
    assertThat(TextRestorer.typographic("corporate\u2019s", "company's")).isEqualTo("company\u2019s");
    assertThat(TextRestorer.typographic("corporate's", "company's")).isEqualTo("company's");
  }

  @Test
  void cleanTextFromTheTrainingSentencesIsUnchanged() {
    String in = String.join("\n", Fixtures.CLEAN);
    RestoredText r = restore(in);
    assertThat(r.edits()).isEmpty();
    assertThat(r.text()).isEqualTo(in);
  }

  @Property(tries = 300)
  void randomUnicodeNeverThrowsAndOffsetsStayInsideTheInput(@ForAll("noisy") String in) {
    RestoredText r = restore(in);
    int last = 0;
    for (TextEdit e : r.edits()) {
      assertThat(e.span().start()).isGreaterThanOrEqualTo(last);
      assertThat(e.span().end()).isLessThanOrEqualTo(in.length());
      assertThat(e.span().of(in)).isEqualTo(e.spun());
      last = e.span().end();
    }
    if (r.edits().isEmpty()) {
      assertThat(r.text()).isEqualTo(in);
    }
  }

  @Provide
  Arbitrary<String> noisy() {
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(40);
    Arbitrary<String> spun = Arbitraries.of("officers mentioned", "go to", "5", "extra", "\n\n", " ", ".", "\u201C",
        "not too long ago", "{that a}", "\uD83D\uDE00", "\r\n").list().ofMaxSize(12).map(l -> String.join(" ", l));
    return Arbitraries.oneOf(unicode, spun, Arbitraries.strings().withCharRange('\u0000', '\uFFFF').ofMaxLength(60));
  }
}
