// SPDX-License-Identifier: Apache-2.0
package org.unspin.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestoringChannelTest {

  /**
   * "development" came from "trend" 39 times of 68 and from "growth" twice of 2: the channel scores the two alike
   * (0.57 and 0.67), the table's own counts say "trend" is by far the likelier original.
   */
  private static final SpinnerTable TABLE = SpinnerTable.builder("A")
      .add(new TableEntry(TableEntry.Level.SURFACE, "trend", "development", 39.0 / 69, 39))
      .add(new TableEntry(TableEntry.Level.SURFACE, "growth", "development", 2.0 / 3, 2))
      .add(new TableEntry(TableEntry.Level.SURFACE, "said", "stated", 0.5, 0)).build();

  private static final List<String> WORDS = List.of("the", "development", "stated");

  private static double log10(List<Candidate> cs, String original) {
    return cs.stream().filter(c -> c.original().equals(original)).findFirst().orElseThrow().log10Channel();
  }

  @Test
  void theRestoringChannelWeighsEachOriginalByHowOftenTheTableSawIt() {
    ChannelModel fitted = SourceChannel.of(TABLE, List.of());
    ChannelModel restoring = fitted.restoring();
    assertThat(restoring).isNotSameAs(fitted);
    List<Candidate> before = fitted.candidates(WORDS, 1);
    List<Candidate> after = restoring.candidates(WORDS, 1);
    // the most frequent original keeps its score; the other loses gamma * log10((2 + 0.5) / (39 + 0.5))
    assertThat(log10(after, "trend")).isCloseTo(log10(before, "trend"), offset(1e-12));
    assertThat(log10(after, "growth") - log10(before, "growth"))
        .isCloseTo(SourceChannel.ORIGINAL_WEIGHT * Math.log10(2.5 / 39.5), offset(1e-12));
    assertThat(log10(after, "trend")).isGreaterThan(log10(after, "growth"));
    assertThat(log10(before, "trend")).isLessThan(log10(before, "growth"));
  }

  @Test
  void aSpunFormWithOneOriginalAndWhatTheTableKeepsAreAsTheFittedChannelReadsThem() {
    ChannelModel fitted = SourceChannel.of(TABLE, List.of());
    ChannelModel restoring = fitted.restoring();
    assertThat(restoring.candidates(WORDS, 2)).isEqualTo(fitted.candidates(WORDS, 2));
    assertThat(restoring.log10Keep("development")).isEqualTo(fitted.log10Keep("development"));
    assertThat(restoring.family()).isEqualTo("A");
    assertThat(restoring.fromLearnedTable()).isTrue();
    assertThat(restoring.restoring()).isSameAs(restoring);
  }

  @Test
  void aWrappedChannelRestoresWithItsChannelsRestoringOneAndAPlainOneWithItself() {
    ChannelModel fitted = SourceChannel.of(TABLE, List.of());
    ChannelModel guarded = NameGuard.of(fitted);
    assertThat(log10(guarded.restoring().candidates(WORDS, 1), "growth"))
        .isEqualTo(log10(fitted.restoring().candidates(WORDS, 1), "growth"));
    ChannelModel diluted = DilutedChannel.of(fitted, 0.5);
    assertThat(log10(diluted.restoring().candidates(WORDS, 1), "growth"))
        .isLessThan(log10(diluted.candidates(WORDS, 1), "growth"));
    ChannelModel plain = new SourceChannel("B", List.of(), java.util.Map.of(), 0.9);
    assertThat(plain.restoring()).isSameAs(plain);
    ChannelModel guardedPlain = NameGuard.of(plain);
    assertThat(guardedPlain.restoring()).isSameAs(guardedPlain);
  }
}
