// SPDX-License-Identifier: Apache-2.0
package org.unspin.lm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.unspin.lm.store.HashedVocabulary;
import org.unspin.lm.store.WordPolicy;

/** The vocabulary's own hash table answers as {@link WordPolicy#lookup} over a map of the same words. */
class VocabularyLookupTest {

  private static final List<String> WORDS = List.of(WordPolicy.UNK, WordPolicy.BOS, WordPolicy.EOS,
      WordPolicy.NUMBER, "the", "The", "may", "May", "MAY", "Nasa", "NASA", "US", "us", "naïve", "Éclair", "éclair",
      "o'clock", "e-mail", "said", "Said", "x", "X", "İstanbul", "the");

  @Test
  void idsAreThoseOfThePolicyOverAMap() {
    Random r = new Random(5);
    List<String> probes = new ArrayList<>(WORDS);
    String letters = "aAbBeEİıiIsSxXé'-5,.";
    for (int t = 0; t < 3000; t++) {
      StringBuilder sb = new StringBuilder();
      for (int k = 1 + r.nextInt(4); k > 0; k--) {
        sb.append(letters.charAt(r.nextInt(letters.length())));
      }
      probes.add(sb.toString());
    }
    List<String> words = new ArrayList<>(WORDS);
    words.addAll(probes.subList(WORDS.size(), WORDS.size() + 500)); // some random strings are words
    for (boolean lowercase : new boolean[] {false, true}) {
      for (boolean numbers : new boolean[] {false, true}) {
        HashedVocabulary v = HashedVocabulary.of(words, lowercase, numbers);
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
          map.putIfAbsent(words.get(i), i);
        }
        for (String p : probes) {
          assertThat(v.id(p)).as("%s (lowercase %s, numbers %s)", p, lowercase, numbers)
              .isEqualTo(WordPolicy.lookup(map, p, lowercase, numbers, v.unknownId()));
          assertThat(v.exactId(p)).isEqualTo(map.getOrDefault(p, -1));
        }
      }
    }
  }

  @Test
  void aWordWithAccentsTheModelLacksIsLookedUpWithoutThem() {
    HashedVocabulary v = HashedVocabulary.of(List.of(WordPolicy.UNK, WordPolicy.BOS, WordPolicy.EOS, "cafe", "Cafe",
        "crepes", "naïve", "naive", "Strasse"), false, false);
    // a spun page about a café had every "café" counted as an unknown word
    assertThat(v.id("café")).isEqualTo(v.id("cafe"));
    assertThat(v.id("Café")).isEqualTo(v.id("Cafe"));
    assertThat(v.id("CRÊPES")).isEqualTo(v.id("crepes"));
    // a word the model has with its accents is itself; a letter that is no accented Latin one stays unknown
    assertThat(v.id("naïve")).isNotEqualTo(v.id("naive"));
    assertThat(v.id("Straße")).isEqualTo(v.unknownId());
    assertThat(v.id("cafés")).isEqualTo(v.unknownId());
  }
}
