// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Disguised words: examples as data, each disguised word written between [ and ], with "~" for a zero-width space,
 * "^" for a soft hyphen, "=" for a Cyrillic "e", "&" for a Greek omicron, "RU" for a Russian word, "HE" for a
 * Hebrew word with a right-to-left mark after it, "LRM" or "&gt;" for a left-to-right mark, "BOLD" for a word in
 * mathematical bold letters, "SAID" and "COPY" for words written wholly in Cyrillic look-alikes, "SMALL" for a word
 * in small capitals, "ALPHA" and "RHO" for Greek letters, "HOOK" for a word with a hooked t.
 */
class DisguisesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      plain prose                          | Officials said the plan was costly.
      a zero-width space inside a word     | Officers [men~tioned] the plan.
      a Cyrillic e among Latin letters     | Officers [m=ntioned] the plan.
      both in one word                     | Officers [m=n~tioned] the plan.
      a Russian word quoted                | He said "RU" in Russian.
      a soft hyphen is a hyphenation hint  | An extra^ordinary plan.
      Greek omicron in a Latin word        | The [g&vernment] said so.
      two disguised words                  | The [&fficers] said it was [ext~ra].
      inside an address, not read as prose | See www.=xample.org/news for more.
      inside inline code                   | Set `m=ntioned` to true.
      against a word, after or before it   | Officers [mentioned~] the [~plan].
      a hidden run between words           | Officers mentioned [~] the plan at 5[~~] sharp.
      a direction mark by a Hebrew word    | He wrote HE there, LRM too.
      a direction mark in English text     | He wrote [there>] and [>] here.
      mathematical bold letters            | Officers [BOLD] it.
      a word wholly in look-alikes         | Officers [SAID] it was [COPY] work.
      small capitals                       | Officers [SMALL] it.
      a Greek letter as a symbol           | The ALPHA-helix has a RHO of 3.
      a hooked Latin letter                | Officers [HOOK] it.
      a name with a stroked letter         | Micha\u0142 and S\u00F8ren said it.
      """)
  void findsDisguisedWords(String name, String marked) {
    Marked m = Marked.of(marked.replace('~', '\u200B').replace('^', '\u00AD').replace('=', '\u0435')
        .replace('&', '\u03BF').replace("RU", "\u043F\u0440\u0435\u0441\u0441\u0430")
        .replace("HE", "\u05E9\u05DC\u05D5\u05DD\u200F").replace("LRM", "\u200E").replace('>', '\u200E')
        .replace("BOLD", "\uD835\uDC26\uD835\uDC1E\uD835\uDC27\uD835\uDC2Dioned")
        .replace("SAID", "\u0455\u0430\u0456\u0501").replace("COPY", "\u0441\u043E\u0440\u0443")
        .replace("SMALL", "\u1D0D\u1D07\u0274\u1D1B\u026A\u1D0F\u0274\u1D07\u1D05").replace("ALPHA", "\u03B1")
        .replace("RHO", "\u03C1").replace("HOOK", "men\u01ADioned"));
    List<Disguises.Disguise> found = Disguises.find(TokenizedText.of(m.text()));
    assertThat(found.stream().map(Disguises.Disguise::span).toList()).as(name).isEqualTo(m.spans());
  }

  @Test
  void aRussianTextIsNotDisguisedEnglish() {
    // "\u043E\u0440\u0435\u0445" (a nut) is made of look-alikes only; in a Russian sentence it is a Russian word
    String russian = "\u042F \u043A\u0443\u043F\u0438\u043B \u043E\u0440\u0435\u0445 \u0438 "
        + "\u043C\u043E\u043B\u043E\u043A\u043E.";
    assertThat(Disguises.find(TokenizedText.of(russian))).isEmpty();
    assertThat(Words.canonical("\u0455\u0430\u0456\u0501")).isEqualTo("said");
    assertThat(Words.canonical("\u0430")).isEqualTo("a");
  }

  @Test
  void readsEachAsThePlainWordAndSaysHow() {
    String text = "Officers men\u200Btioned it; m\u0435ntioned; m\u0435n\u200Ctioned.";
    List<Disguises.Disguise> found = Disguises.find(TokenizedText.of(text));
    assertThat(found).extracting(Disguises.Disguise::reading).containsExactly("mentioned", "mentioned", "mentioned");
    assertThat(found).extracting(Disguises.Disguise::kind).containsExactly(Disguises.Kind.INVISIBLE_CHARACTERS,
        Disguises.Kind.LOOK_ALIKE_LETTERS, Disguises.Kind.BOTH);
    assertThat(found.get(0).word()).isEqualTo(found.get(0).span().of(text));
  }

  @Test
  void marksStackedOnAnEnglishWordAreADisguiseButDecomposedAccentsAreNot() {
    // "ca\u0301\u0308sh": two marks drawn over one plain letter, which no alphabet writes; "cafe\u0301" and
    // "Jose\u0301" are "caf\u00E9" and "Jos\u00E9" decomposed (NFD, as macOS and many PDFs write them), not a disguise;
    // nor is a word of another alphabet with its own marks
    String text = "They laundered ca\u0301\u0308sh at the cafe\u0301 of Jose\u0301 in \u03B1\u0301\u03B2.";
    List<Disguises.Disguise> found = Disguises.find(TokenizedText.of(text));
    assertThat(found).extracting(Disguises.Disguise::reading).containsExactly("cash");
    assertThat(found).extracting(Disguises.Disguise::kind).containsOnly(Disguises.Kind.LOOK_ALIKE_LETTERS);
    // every accent on a plain English word is read without it, composed or not: "ca\u0301sh" is still read as "cash"
    assertThat(Words.canonical("ca\u0301sh")).isEqualTo("cash");
    assertThat(Words.canonical("caf\u00E9")).isEqualTo("caf\u00E9");
    assertThat(Words.canonical("\u03B1\u0301\u03B2")).isEqualTo("\u03B1\u0301\u03B2");
  }

  @Test
  void aWordsMarksAreJudgedTogetherHoweverManyThereAre() {
    // the word's marks are judged once, as a whole: an accent that composes followed by one that stacks is a
    // disguise ("e\u0301\u0308"), and so is a run of 100,000 marks (each mark had normalised the whole word again:
    // 80,000 took a minute, a 2 MB request to the server hours)
    assertThat(Disguises.kind("cafe\u0301\u0308", false, true)).isEqualTo(Disguises.Kind.LOOK_ALIKE_LETTERS);
    assertThat(Disguises.kind("cafe\u0301", false, true)).isNull();
    String run = "a" + "\u0301".repeat(100_000);
    assertThat(Disguises.kind(run, false, true)).isEqualTo(Disguises.Kind.LOOK_ALIKE_LETTERS);
  }

  @Test
  void aCleanTextDecomposedIsNoMoreDisguisedThanComposed() {
    String nfc = "The na\u00EFve r\u00E9sum\u00E9 was left at a caf\u00E9 in Z\u00FCrich by Se\u00F1or "
        + "N\u00FA\u00F1ez.";
    String nfd = java.text.Normalizer.normalize(nfc, java.text.Normalizer.Form.NFD);
    assertThat(nfd).isNotEqualTo(nfc);
    assertThat(Disguises.find(TokenizedText.of(nfc))).isEmpty();
    assertThat(Disguises.find(TokenizedText.of(nfd))).isEmpty();
  }
}
