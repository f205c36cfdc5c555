// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Canonical spellings, and words disguised with invisible characters or look-alike letters. */
class WordsTest {

  @Test
  void typographicApostrophesAndHyphensBecomeAscii() {
    assertThat(Words.canonical("they\u2019re")).isEqualTo("they're");
    assertThat(Words.canonical("mid\u2011April")).isEqualTo("mid-April");
    String plain = "mentioned";
    assertThat(Words.canonical(plain)).isSameAs(plain);
  }

  @Test
  void aWordDisguisedWithInvisibleCharactersIsOneWordAndReadAsItself() {
    for (String disguised : List.of("men\u200Btioned", "men\u00ADtioned", "men\u200Ct\u200Dioned", "men\u2060tioned")) {
      List<Token> tokens = Tokenizer.tokenize("He " + disguised + " it.");
      assertThat(tokens.get(2).text()).isEqualTo(disguised);
      assertThat(tokens.get(2).kind()).isEqualTo(Token.Kind.WORD);
      assertThat(Words.canonical(disguised)).isEqualTo("mentioned");
    }
    // against a word, before or after it, such a character is part of it too; between spaces it is whitespace
    for (String against : List.of("mentioned\u200B", "\u200Bmentioned", "\u200E\u200Bmentioned\u2060",
        "men\u034Ftioned", "men\uFEFFtioned")) {
      List<Token> tokens = Tokenizer.tokenize("He " + against + " it.");
      assertThat(tokens.get(2).text()).isEqualTo(against);
      assertThat(Words.canonical(against)).isEqualTo("mentioned");
    }
    List<Token> apart = Tokenizer.tokenize("costs 5\u200B dollars \u200B today");
    assertThat(apart).extracting(Token::text).containsExactly("costs", " ", "5", "\u200B ", "dollars", " \u200B ",
        "today");
    assertThat(apart.get(3).kind()).isEqualTo(Token.Kind.SPACE);
    // a byte-order mark at the start is whitespace, not part of the first word
    assertThat(Tokenizer.tokenize("\uFEFFThe end").get(0).kind()).isEqualTo(Token.Kind.SPACE);
  }

  @Test
  void lookAlikeLettersInALatinWordAreReadAsLatinButCyrillicWordsStay() {
    assertThat(Words.canonical("m\u0435ntion\u0435d")).isEqualTo("mentioned"); // Cyrillic e
    assertThat(Words.canonical("\u041Efficials")).isEqualTo("Officials"); // Cyrillic O
    assertThat(Words.canonical("\u03BFfficials")).isEqualTo("officials"); // Greek omicron
    String russian = "\u043F\u0440\u0435\u0441\u0441\u0430"; // "пресса": no Latin letter, left as it is
    assertThat(Words.canonical(russian)).isEqualTo(russian);
  }

  @Test
  void smallCapitalsSuperscriptArmenianAndIpaLookAlikesAreReadAsLatin() {
    // an evasion trial hid 20 of 20 spun texts with these (each such word was one the model did not know)
    assertThat(Words.canonical("\u1D18\u1D0F\u029F\u026A\u1D04\u1D07")).isEqualTo("police"); // small capitals
    assertThat(Words.canonical("\u1D50\u1D49\u207F\u1D57\u2071\u1D52\u207F\u1D49\u1D48")).isEqualTo("mentioned");
    assertThat(Words.canonical("\u0585fficers")).isEqualTo("officers"); // Armenian o
    assertThat(Words.canonical("st\u0251ted")).isEqualTo("stated"); // IPA script a
    assertThat(Words.canonical("pol\u0131ce")).isEqualTo("police"); // dotless i
    assertThat(Words.canonical("\u04BBe")).isEqualTo("he"); // Cyrillic shha
    // hooked and stroked Latin letters, letterlike symbols, subscripts and the long s
    assertThat(Words.canonical("offi\u0188ers")).isEqualTo("officers");
    assertThat(Words.canonical("\u0180ut")).isEqualTo("but");
    assertThat(Words.canonical("a\u2113so")).isEqualTo("also");
    assertThat(Words.canonical("mo\u209Be")).isEqualTo("mose");
    assertThat(Words.canonical("\u017Faid")).isEqualTo("said");
    // but not the letters of European names
    assertThat(Words.canonical("S\u00F8ren")).isEqualTo("S\u00F8ren");
    assertThat(Words.canonical("Micha\u0142")).isEqualTo("Micha\u0142");
    // Greek lower case, small capitals, IPA and superscript letters only in a run of three letters or more, or of two
    // look-alikes, or a Greek one beside a small Latin letter
    assertThat(Words.canonical("\u03C1olice")).isEqualTo("police");
    assertThat(Words.canonical("\u1D1B\u1D0F")).isEqualTo("to");
    assertThat(Words.canonical("\u03B9s")).isEqualTo("is");
    assertThat(Words.canonical("\u03B1-helix")).isEqualTo("\u03B1-helix");
    assertThat(Words.canonical("\u03C1")).isEqualTo("\u03C1");
    assertThat(Words.canonical("NF-\u03BAB")).isEqualTo("NF-\u03BAB");
    assertThat(Words.canonical("\u1D05-glucose")).isEqualTo("\u1D05-glucose");
    assertThat(Words.canonical("x\u207F")).isEqualTo("x\u207F");
    // nor a word of phonetic transcription
    String english = "\u02C8\u026A\u014B\u0261l\u026A\u0283";
    assertThat(Words.canonical(english)).isEqualTo(english);
  }

  @Test
  void ligaturesAFewPdfViewersCopyAndFullwidthFormsAreReadAsPlainLetters() {
    for (String copied : List.of("\uFB01nancial", "e\uFB00ect", "\uFB02ow", "e\uFB03cient", "ba\uFB04ed")) {
      List<Token> tokens = Tokenizer.tokenize("The " + copied + " one.");
      assertThat(tokens.get(2).text()).isEqualTo(copied);
      assertThat(tokens.get(2).kind()).isEqualTo(Token.Kind.WORD);
    }
    assertThat(Words.canonical("\uFB01nancial")).isEqualTo("financial");
    assertThat(Words.canonical("e\uFB03cient")).isEqualTo("efficient");
    assertThat(Words.canonical("\uFF4D\uFF45\uFF4E\uFF54\uFF49\uFF4F\uFF4E\uFF45\uFF44")).isEqualTo("mentioned");
    assertThat(Words.canonical("\uFF11\uFF12")).isEqualTo("12");
  }

  @Test
  void mathematicalBoldItalicAndScriptLettersAreReadAsPlainOnes() {
    String bold = "\uD835\uDC26\uD835\uDC1E\uD835\uDC27\uD835\uDC2D"; // mathematical bold "ment"
    String script = "\uD835\uDCC2"; // mathematical script small m
    List<Token> tokens = Tokenizer.tokenize("He " + bold + "ioned it.");
    assertThat(tokens.get(2).text()).isEqualTo(bold + "ioned");
    assertThat(Words.canonical(tokens.get(2).text())).isEqualTo("mentioned");
    assertThat(Words.canonical(script + "ore")).isEqualTo("more");
    assertThat(Words.canonical("\uD835\uDFD3")).isEqualTo("5"); // mathematical bold digit five
  }

  @Test
  void lettersTellARespellingFromAnotherWord() {
    assertThat(Words.letters("p.a.")).isEqualTo("pa").isEqualTo(Words.letters("PA"));
    assertThat(Words.letters("life-time")).isEqualTo(Words.letters("lifetime"));
    assertThat(Words.letters("U.S.")).isNotEqualTo(Words.letters("USA"));
    assertThat(Words.letters("caf\u00e9s")).isEqualTo("caf\u00e9s");
  }

  @Test
  void aWordInCapitalsHasTwoLettersOrMoreAllCapitals() {
    assertThat(Words.inCapitals("TIME")).isTrue();
    assertThat(Words.inCapitals("U.S.")).isTrue();
    assertThat(Words.inCapitals("NASA's")).isFalse();
    assertThat(Words.inCapitals("I")).isFalse();
    assertThat(Words.inCapitals("DeFi")).isFalse();
  }

  @Test
  void aPossessiveIsAWordWithItsApostropheS() {
    assertThat(Words.possessive("officer's")).isTrue();
    assertThat(Words.possessive("officer\u2019s")).isTrue();
    assertThat(Words.possessive("'s")).as("the ending alone").isFalse();
    assertThat(Words.possessive("officers'")).isFalse();
    assertThat(Words.possessive("its")).isFalse();
  }
}
