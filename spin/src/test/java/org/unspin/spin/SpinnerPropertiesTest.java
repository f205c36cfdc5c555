// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.unspin.text.Token;
import org.unspin.text.Tokenizer;

class SpinnerPropertiesTest {

  private static final TableDictionary TABLE = TableDictionary.of(Map.of(
      "said", List.of("mentioned", "stated"),
      "officials", List.of("officers"),
      "national security", List.of("nationwide safety"),
      "more", List.of("extra"),
      "year", List.of("12 months", "yr"),
      "visit", List.of("go to"),
      "the", List.of("teh")));

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("said", "Said", "OFFICIALS", "officials", "national", "security", "the",
        "year", "visit", "more", "é", "🙂", "U.S.", "50,000", "mid-April", "they’re", "{that a}");
    Arbitrary<String> seps = Arbitraries.of(" ", "  ", "\n", "\r\n", "\t", ", ", ". ", " \"", "\" ", "“", "”", "");
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(6);
    return Arbitraries.oneOf(words, words, words, seps, seps, any).list().ofMaxSize(60)
        .map(parts -> String.join("", parts));
  }

  @Property(tries = 300)
  void truthReplaysToTheSpunText(@ForAll("texts") String text, @ForAll long seed,
      @ForAll @DoubleRange(min = 0, max = 1) double rate) {
    SpinResult r = Spinner.create(TABLE, SpinSettings.builder().seed(seed).rate(rate).braceRate(0.05).build())
        .spin(text);
    assertThat(Truth.replay(text, r.edits())).isEqualTo(r.spun());
  }

  @Property(tries = 300)
  void onlyWordsChange(@ForAll("texts") String text, @ForAll long seed) {
    SpinResult r = Spinner.create(TABLE, SpinSettings.builder().seed(seed).rate(1).braceRate(0.05).build())
        .spin(text);
    for (Edit e : r.edits()) {
      // an edit covers whole word tokens and the single spaces between them, never line breaks or punctuation
      List<Token> inside = Tokenizer.tokenize(e.original());
      assertThat(inside.get(0).isLexical()).isTrue();
      assertThat(inside.get(inside.size() - 1).isLexical()).isTrue();
      assertThat(e.original()).doesNotContain("\n", "\r", "\t", "  ");
      assertThat(text.substring(e.origStart(), e.origEnd())).isEqualTo(e.original());
      assertThat(r.spun().substring(e.spunStart(), e.spunEnd())).isEqualTo(e.spun());
    }
  }

  @Property(tries = 200)
  void spinningIsDeterministic(@ForAll("texts") String text, @ForAll long seed) {
    SpinSettings s = SpinSettings.builder().seed(seed).build();
    assertThat(Spinner.create(TABLE, s).spin(text)).isEqualTo(Spinner.create(TABLE, s).spin(text));
  }

  @Property(tries = 200)
  void truthSurvivesTheJsonRoundTrip(@ForAll("texts") String text, @ForAll long seed) throws Exception {
    SpinResult r = Spinner.create(TABLE, SpinSettings.builder().seed(seed).rate(1).build()).spin(text);
    java.io.StringWriter w = new java.io.StringWriter();
    Truth.write(r.edits(), w);
    List<Edit> back = Truth.read(new java.io.StringReader(w.toString()), "test");
    assertThat(back).isEqualTo(r.edits());
    assertThat(w.toString().lines().count()).isEqualTo(r.edits().size());
  }
}
