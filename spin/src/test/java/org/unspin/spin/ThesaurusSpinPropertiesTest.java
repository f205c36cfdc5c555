// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.unspin.text.Token;
import org.unspin.text.Tokenizer;

/** The replay and layout invariants with the real thesaurus dictionaries, on news-like random text. */
class ThesaurusSpinPropertiesTest {

  @Provide
  Arbitrary<String> news() {
    Arbitrary<String> words = Arbitraries.of("the", "officials", "said", "Officials", "May", "may", "five", "year",
        "companies", "government", "visited", "national", "security", "recently", "but", "also", "more", "including",
        "foreign", "minister", "talks", "China", "United", "States", "bigger", "month", "end", "up", "price",
        "level", "BIG", "leader", "top", "reached", "élan", "they’re", "U.S.", "50,000", "2018", "{that", "a}");
    Arbitrary<String> seps = Arbitraries.of(" ", " ", " ", "  ", "\n", "\r\n", ", ", ". ", " “", "” ", " (", ") ",
        "\t", " — ");
    return Arbitraries.oneOf(words, seps).list().ofMaxSize(80).map(parts -> {
      List<String> p = new ArrayList<>(parts);
      return String.join("", p);
    });
  }

  @Property(tries = 150)
  void truthReplaysAndOnlyWordsChange(@ForAll("news") String text, @ForAll long seed,
      @ForAll @DoubleRange(min = 0, max = 1) double rate, @ForAll SpinStyle style) {
    ThesaurusDictionary dict = ThesaurusDictionaryTest.dictionary(style);
    SpinResult r = Spinner.create(dict, SpinSettings.builder().seed(seed).rate(rate).style(style).build())
        .spin(text);
    assertThat(Truth.replay(text, r.edits())).isEqualTo(r.spun());
    for (Edit e : r.edits()) {
      List<Token> inside = Tokenizer.tokenize(e.original());
      assertThat(inside.get(0).isLexical()).isTrue();
      assertThat(inside.get(inside.size() - 1).isLexical()).isTrue();
      assertThat(e.spun()).doesNotContain("\n", "\r", "\t");
    }
    assertThat(r.spun().chars().filter(c -> c == '\n').count())
        .isEqualTo(text.chars().filter(c -> c == '\n').count());
  }
}
