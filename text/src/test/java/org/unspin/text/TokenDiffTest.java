// SPDX-License-Identifier: Apache-2.0
package org.unspin.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class TokenDiffTest {

  private static List<String> w(String s) {
    return s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
  }

  @Test
  void identicalSequencesHaveNoHunks() {
    TokenDiff.Result r = TokenDiff.diff(w("a b c"), w("a b c"));
    assertThat(r.distance()).isZero();
    assertThat(r.hunks()).isEmpty();
  }

  @Test
  void matchesPairEachEqualTokenAndLeaveHunksOut() {
    TokenDiff.Result r = TokenDiff.diff(w("the first go to of a visit"), w("the first visit of a visit"));
    assertThat(r.matches(7)).containsExactly(0, 1, -1, -1, 3, 4, 5);
    assertThat(TokenDiff.diff(w("a b"), w("x a b")).matches(2)).containsExactly(1, 2);
    assertThat(TokenDiff.diff(w("a b c"), w("a c")).matches(3)).containsExactly(0, -1, 1);
  }

  @Test
  void phraseSwapIsOneHunk() {
    TokenDiff.Result r = TokenDiff.diff(w("the first go to of a"), w("the first visit of a"));
    assertThat(r.distance()).isEqualTo(2);
    assertThat(r.hunks()).containsExactly(new TokenDiff.Hunk(2, 4, 2, 3));
  }

  @Test
  void separateSubstitutionsAreSeparateHunks() {
    TokenDiff.Result r = TokenDiff.diff(w("officers mentioned on Could 3"), w("officials said on May 3"));
    assertThat(r.distance()).isEqualTo(3);
    assertThat(r.hunks()).containsExactly(new TokenDiff.Hunk(0, 2, 0, 2), new TokenDiff.Hunk(3, 4, 3, 4));
  }

  @Test
  void insertionAndDeletionAtTheEnds() {
    assertThat(TokenDiff.diff(w(""), w("a b")).hunks()).containsExactly(new TokenDiff.Hunk(0, 0, 0, 2));
    assertThat(TokenDiff.diff(w("a b x"), w("a b")).hunks()).containsExactly(new TokenDiff.Hunk(2, 3, 2, 2));
  }

  @Property(tries = 300)
  void hunksRebuildTheSecondSequenceAndCountAtLeastTheDistance(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 3) Integer> x,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 3) Integer> y) {
    List<String> a = x.stream().map(String::valueOf).toList();
    List<String> b = y.stream().map(String::valueOf).toList();
    TokenDiff.Result r = TokenDiff.diff(a, b);
    List<String> rebuilt = new ArrayList<>();
    int at = 0;
    int cost = 0;
    for (TokenDiff.Hunk h : r.hunks()) {
      rebuilt.addAll(a.subList(at, h.aStart()));
      rebuilt.addAll(b.subList(h.bStart(), h.bEnd()));
      cost += Math.max(h.aEnd() - h.aStart(), h.bEnd() - h.bStart());
      at = h.aEnd();
    }
    rebuilt.addAll(a.subList(at, a.size()));
    assertThat(rebuilt).isEqualTo(b);
    assertThat(cost).isGreaterThanOrEqualTo(r.distance());
    assertThat(r.distance()).isLessThanOrEqualTo(Math.max(a.size(), b.size()));
  }
}
