// SPDX-License-Identifier: Apache-2.0
package org.unspin.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

  private final Fingerprinter fp = Fingerprinter.of(FingerprintSettings.defaults());

  private static long[] set(long seed, int size, long offset) {
    long[] a = new long[size];
    for (int i = 0; i < size; i++) {
      a[i] = Hashing.mix64(seed + offset + i);
    }
    return Features.sortedDistinct(a);
  }

  @Property(tries = 30)
  void signatureAgreementEstimatesJaccard(@ForAll @IntRange(min = 0, max = 400) int shift,
      @ForAll @IntRange(min = 0, max = 1000) int seed) {
    long[] a = set(seed, 400, 0);
    long[] b = set(seed, 400, shift);
    double exact = Features.jaccard(a, b);
    double est = Fingerprinter.similarity(fp.signature(a), fp.signature(b));
    // 256 hashes: standard error <= 0.032; allow four of them
    assertThat(est).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.13));
  }

  @Property(tries = 30)
  void unionOfSignaturesIsSignatureOfUnion(@ForAll @IntRange(min = 1, max = 300) int n,
      @ForAll @IntRange(min = 0, max = 300) int shift) {
    long[] a = set(7, n, 0);
    long[] b = set(7, n, shift + 1000);
    long[] both = new long[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    assertThat(Fingerprinter.union(fp.signature(a), fp.signature(b))).isEqualTo(fp.signature(both));
  }

  @Test
  void identicalSetsShareEveryBandKey() {
    int[] s = fp.signature(set(1, 50, 0));
    assertThat(fp.bandKeys(s)).hasSize(128).containsExactly(fp.bandKeys(s.clone()));
  }

  @Test
  void differentBandsOfEqualValuesGetDifferentKeys() {
    int[] s = new int[256];
    long[] keys = fp.bandKeys(s);
    assertThat(java.util.Arrays.stream(keys).distinct().count()).isEqualTo(128);
  }

  @Test
  void emptyTextHasAnEmptySignatureAndNoBandKeys() {
    int[] s = fp.signature(fp.features("").distinct());
    assertThat(Fingerprinter.isEmpty(s)).isTrue();
    assertThat(fp.bandKeys(s)).isEmpty();
    assertThat(Fingerprinter.similarity(s, s)).isZero();
  }

  @Test
  void numberWordsAndDigitsGiveTheSameFeatures() {
    assertThat(fp.features("They built five ships in Boston during 1812.").distinct())
        .containsExactly(fp.features("They built 5 ships in Boston during 1812.").distinct());
  }

  @Test
  void swappingContentWordsKeepsImmutablesAndSkeleton() {
    String a = "The council of Harlow approved the budget in 1990 and the mayor opened the bridge.";
    String b = "The assembly of Harlow passed the funds in 1990 and the leader unveiled the crossing.";
    assertThat(fp.features(a).distinct()).containsExactly(fp.features(b).distinct());
  }

  @Test
  void unrelatedTextsShareFewFeatures() {
    double j = Features.jaccard(fp.features(Articles.article(1, 300)).distinct(),
        fp.features(Articles.article(2, 300)).distinct());
    assertThat(j).isLessThan(0.1);
  }

  @Property(tries = 50)
  void windowsCoverEveryWordAndOverlapByHalf(@ForAll @IntRange(min = 0, max = 5000) int words) {
    List<int[]> ws = fp.windows(words);
    assertThat(ws.get(0)[0]).isZero();
    assertThat(ws.get(ws.size() - 1)[1]).isEqualTo(Math.max(words, 1));
    for (int i = 1; i < ws.size(); i++) {
      assertThat(ws.get(i)[0]).isLessThanOrEqualTo(ws.get(i - 1)[1]);
      assertThat(ws.get(i)[0]).isGreaterThan(ws.get(i - 1)[0]);
    }
  }

  @Test
  void longTextIsFingerprintedPerWindow() {
    Fingerprint f = fp.fingerprint("u", Articles.article(3, 2000), null);
    assertThat(f.signatures()).hasSizeGreaterThan(1);
    assertThat(f.bandKeys()).hasSize(f.signatures().size());
  }

  @Test
  void normaliserAddsTheFeaturesOfItsOutput() {
    String spun = "The assembly gathered.";
    Fingerprint plain = fp.fingerprint("u", spun, null);
    Fingerprint restored = fp.fingerprint("u", spun, s -> "Mayor Harlow spoke in 1990.");
    assertThat(Fingerprinter.similarity(plain.signatures().get(0), restored.signatures().get(0))).isLessThan(1.0);
    int[] expected = Fingerprinter.union(fp.signature(fp.features(spun).distinct()),
        fp.signature(fp.features("Mayor Harlow spoke in 1990.").distinct()));
    assertThat(restored.signatures().get(0)).isEqualTo(expected);
  }

  @Test
  void settingsRejectRowsThatDoNotDivideTheHashes() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> FingerprintSettings.builder().numHashes(100).rowsPerBand(3).build());
  }

  @Test
  void randomUnicodeNeverThrows() {
    SplittableRandom r = new SplittableRandom(5);
    for (int i = 0; i < 200; i++) {
      StringBuilder sb = new StringBuilder();
      for (int j = 0; j < 50; j++) {
        sb.append((char) r.nextInt(0x3000));
      }
      fp.fingerprint("x", sb.toString(), null);
    }
  }
}
