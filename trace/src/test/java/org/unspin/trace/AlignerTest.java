// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.unspin.trace.synthetic.WordSwapSpinner;

class AlignerTest {

  private final Aligner aligner = Aligner.of(TraceSettings.defaults(), 10);

  @Test
  void spunCopyAlignsWithItsSourceOverItsWholeLength() {
    String source = Articles.article(11, 200);
    String spun = WordSwapSpinner.withRate(0.4).spin(source, 3);
    List<Passage> ps = aligner.align(source, spun);
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).query().start()).isZero();
    assertThat(ps.get(0).query().end()).isEqualTo(spun.strip().length());
    assertThat(ps.get(0).source().start()).isZero();
    assertThat(ps.get(0).source().end()).isEqualTo(source.length());
  }

  @Test
  void copiedMiddlePassageIsFoundWithOffsetsInBothTexts() {
    String source = Articles.article(21, 300);
    String copied = source.substring(source.indexOf('\n') + 1, source.lastIndexOf('\n'));
    String prefix = "An unrelated opening line about weather.\n";
    String query = prefix + copied + "\nA closing remark about sports.";
    List<Passage> ps = aligner.align(source, query);
    assertThat(ps).hasSize(1);
    Passage p = ps.get(0);
    assertThat(p.query().of(query)).isEqualTo(copied);
    assertThat(p.source().of(source)).isEqualTo(copied);
    assertThat(p.similarity()).isEqualTo(1.0);
  }

  @Test
  void aCopyThatMovedParagraphsPairsEachWithTheSourceTextItWasMadeFrom() {
    // an integrity desk's trial: a copy with the source's paragraphs reordered had one passage pairing verbatim
    // paragraphs with other source text, and two of the source's paragraphs in no passage
    String[] paras = {
      "The transit board voted on Tuesday to raise fares by ten cents. The increase takes effect in March.",
      "Riders will pay two dollars and sixty cents for a single trip. Monthly passes rise to ninety dollars.",
      "The board also approved a pilot of free rides for students. It will run at six schools this spring.",
      "Under the new fares, seniors keep their half-price discount. The agency expects two million dollars more.",
      "Student groups welcomed the pilot but asked for a wider program. The mayor promised to review it.",
      "Drivers said crowding on the evening routes had grown worse. The union asked for more buses on them.",
      "The next board meeting is set for April, when the budget for new buses will be presented in full."
    };
    String source = String.join("\n\n", paras);
    int[] order = {0, 3, 1, 5, 2, 6, 4};
    StringBuilder copy = new StringBuilder();
    for (int k : order) {
      copy.append(copy.length() == 0 ? "" : "\n\n").append(paras[k]);
    }
    String query = copy.toString();
    List<Passage> ps = aligner.align(source, query);
    assertThat(ps).isNotEmpty();
    int covered = 0;
    for (Passage p : ps) {
      // every passage pairs text with the same text: no paragraph beside another one
      assertThat(p.query().of(query).replaceAll("\\s+", " ")).isEqualTo(p.source().of(source).replaceAll("\\s+", " "));
      covered += p.query().length();
    }
    assertThat(covered).isGreaterThan(query.length() / 2);
  }

  @Test
  void unrelatedTextsHaveNoPassages() {
    String a = "The river flooded the lower town after three days of rain. Farmers moved their cattle to the hills.\n"
        + "Officials said the bridge would stay closed until the water fell.";
    String b = "The orchestra played a new symphony on Friday night. Critics praised the young conductor.\n"
        + "Tickets for the next concert sold out within an hour of going on sale.";
    assertThat(aligner.align(a, b)).isEmpty();
  }

  @Property(tries = 30)
  void passagesLieInsideBothTextsAndDoNotOverlap(@ForAll @IntRange(min = 0, max = 1000) int seed) {
    String source = Articles.article(seed, 150) + "\n" + Articles.article(seed + 5000, 150);
    String query = WordSwapSpinner.withRate(0.5).spin(Articles.article(seed + 5000, 150), seed) + "\n"
        + Articles.article(seed + 9000, 100);
    List<Passage> ps = aligner.align(source, query);
    for (int i = 0; i < ps.size(); i++) {
      Passage p = ps.get(i);
      assertThat(p.source().end()).isLessThanOrEqualTo(source.length());
      assertThat(p.query().end()).isLessThanOrEqualTo(query.length());
      assertThat(p.similarity()).isBetween(0.0, 1.0);
      if (i > 0) {
        assertThat(ps.get(i - 1).query().end()).isLessThanOrEqualTo(p.query().start());
      }
    }
  }
}
