// SPDX-License-Identifier: Apache-2.0
package org.unspin.neural;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.unspin.text.TokenDiff;

/** The splice that writes one reference hunk into a restoration, for the upper bound of {@link MaskedLmOracle}. */
class MaskedLmOracleTest {

  private static List<String> w(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void writesTheOriginalOverAnUntouchedHunk() {
    List<String> spun = w("we go to Paris every year");
    List<String> orig = w("we visit Paris every year");
    TokenDiff.Hunk h = TokenDiff.diff(spun, orig).hunks().get(0);
    int[] toOut = TokenDiff.diff(spun, spun).matches(spun.size());
    assertThat(MaskedLmOracle.fixed(spun, orig, spun, toOut, h)).isEqualTo(orig);
  }

  @Test
  void replacesAWrongEditThatReachesPastTheHunk() {
    List<String> spun = w("we go to Paris every year");
    List<String> orig = w("we visit Paris every year");
    List<String> out = w("we travel towards Rome every year");
    TokenDiff.Hunk h = TokenDiff.diff(spun, orig).hunks().get(0);
    int[] toOut = TokenDiff.diff(spun, out).matches(spun.size());
    // the restoration's wrong "Rome" is set back to the spun "Paris" around the original's "visit"
    assertThat(MaskedLmOracle.fixed(spun, orig, out, toOut, h)).isEqualTo(orig);
  }

  @Test
  void leavesTheRestOfTheRestorationAlone() {
    List<String> spun = w("we go to Paris each year");
    List<String> orig = w("we visit Paris every year");
    List<String> out = w("we go to Paris every year");
    TokenDiff.Hunk h = TokenDiff.diff(spun, orig).hunks().get(0);
    int[] toOut = TokenDiff.diff(spun, out).matches(spun.size());
    assertThat(MaskedLmOracle.fixed(spun, orig, out, toOut, h)).isEqualTo(orig);
  }
}
