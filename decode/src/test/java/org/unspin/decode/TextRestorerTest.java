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
    String in = "The minister  mentioned the talks were useful.\r\n\r\n\u201CThe talks ran 5 hours,\u201D officers mentioned.\n";
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
  void theCasePatternOfTheSpunSpanIsReapplied() {
    assertThat(restore("Officers mentioned the talks were useful.").text())
        .isEqualTo("Officials said the talks were useful.");
    assertThat(restore("OFFICERS MENTIONED THE TALKS WERE USEFUL.").text()).startsWith("OFFICIALS SAID");
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
