// SPDX-License-Identifier: Apache-2.0
package org.unspin.spin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpinnerTest {

  private static final TableDictionary TABLE = TableDictionary.of(Map.of(
      "said", List.of("mentioned"),
      "officials", List.of("officers"),
      "national security", List.of("nationwide safety"),
      "national", List.of("domestic"),
      "may", List.of("could"),
      "visit", List.of("go to"),
      "five", List.of("5"),
      "more", List.of("extra", "further")));

  private static Spinner spinner(long seed, double rate) {
    return Spinner.create(TABLE, SpinSettings.builder().seed(seed).rate(rate).braceRate(0).build());
  }

  @Test
  void replacesWordsAndKeepsEverythingElse() {
    SpinResult r = spinner(1, 1).spin("Officials said  on Monday:\n\"more\", five.");
    assertThat(Truth.replay(r.original(), r.edits())).isEqualTo(r.spun());
    assertThat(r.spun()).contains("  on Monday:\n").endsWith(".");
    assertThat(r.edits()).isNotEmpty();
  }

  @Test
  void capitalsAreCarriedOver() {
    String text = "May is near. " + "It may rain. ".repeat(3);
    SpinResult r = spinner(3, 1).spin(text);
    assertThat(r.spun()).startsWith("Could is near.");
  }

  @Test
  void longestPhraseWins() {
    SpinResult r = spinner(5, 1).spin("the national security adviser");
    assertThat(r.spun()).isEqualTo("the nationwide safety adviser");
    assertThat(r.edits()).singleElement().satisfies(e -> {
      assertThat(e.original()).isEqualTo("national security");
      assertThat(e.origStart()).isEqualTo(4);
      assertThat(e.spunEnd()).isEqualTo(4 + "nationwide safety".length());
    });
  }

  @Test
  void rateZeroChangesNothing() {
    String text = "Officials said the national security adviser may visit five times more.";
    SpinResult r = spinner(9, 0).spin(text);
    assertThat(r.spun()).isEqualTo(text);
    assertThat(r.edits()).isEmpty();
  }

  @Test
  void sameSeedGivesSameOutput() {
    String text = "Officials said more. ".repeat(20);
    assertThat(spinner(42, 0.8).spin(text)).isEqualTo(spinner(42, 0.8).spin(text));
  }

  @Test
  void aWordTypeGetsTheSameSubstituteNearlyEveryTime() {
    String text = "more said. ".repeat(200);
    SpinResult r = spinner(11, 1).spin(text);
    Map<String, Integer> counts = new HashMap<>();
    r.edits().stream().filter(e -> e.original().equals("more")).forEach(e -> counts.merge(e.spun(), 1, Integer::sum));
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    int top = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    assertThat(total).isGreaterThan(150);
    assertThat(top).isGreaterThan(total * 8 / 10);
  }

  @Test
  void wordsInQuotationsAreReplacedLessOften() {
    String plain = "officials said. ".repeat(300);
    String quoted = "\u201cofficials said.\u201d ".repeat(300);
    int outside = spinner(2, 1).spin(plain).edits().size();
    int inside = spinner(2, 1).spin(quoted).edits().size();
    assertThat(inside).isPositive().isLessThan(outside / 2);
  }

  @Test
  void braceRateLeavesSpintaxBracesAroundUnchangedWords() {
    Spinner s = Spinner.create(TABLE, SpinSettings.builder().seed(4).rate(1).braceRate(0.2).build());
    SpinResult r = s.spin("that a balloon was drifting across the continental states. ".repeat(10));
    assertThat(r.edits()).anySatisfy(e -> {
      assertThat(e.spun()).isEqualTo("{" + e.original() + "}");
    });
    assertThat(Truth.replay(r.original(), r.edits())).isEqualTo(r.spun());
  }

  @Test
  void upperCaseWordsStayUpperCase() {
    assertThat(Spinner.matchCase("SAID", "mentioned")).isEqualTo("MENTIONED");
    assertThat(Spinner.matchCase("Middle East", "center east")).isEqualTo("Center East");
    assertThat(Spinner.matchCase("Said", "go to")).isEqualTo("Go to");
  }
}
