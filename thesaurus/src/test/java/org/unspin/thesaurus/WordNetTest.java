// SPDX-License-Identifier: Apache-2.0
package org.unspin.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WordNetTest {

  private final WordNet wn = Models.wordNet();

  @Test
  void yearHasTwelvemonthAndYrAsSynonyms() {
    assertThat(wn.synonyms("year")).contains("twelvemonth", "yr");
  }

  @Test
  void lookupIsSymmetric() {
    assertThat(wn.synonyms("yr")).contains("year");
  }

  @Test
  void multiWordLemmasUseSpaces() {
    assertThat(wn.synonyms("mention", PartOfSpeech.VERB)).contains("bring up");
    assertThat(wn.contains("bring_up")).isTrue();
  }

  @Test
  void synonymsNeverContainTheTermItself() {
    assertThat(wn.synonyms("safety")).doesNotContain("safety");
  }

  @Test
  void partOfSpeechRestrictsSenses() {
    assertThat(wn.synonyms("state", PartOfSpeech.VERB)).contains("say").doesNotContain("nation");
    assertThat(wn.partsOfSpeech("state")).contains(PartOfSpeech.NOUN, PartOfSpeech.VERB);
  }

  @Test
  void adjectiveMarkersAreStripped() {
    // data.adj writes e.g. "galore(ip)"
    assertThat(wn.contains("galore")).isTrue();
    assertThat(wn.contains("galore(ip)")).isFalse();
  }

  @Test
  void relatedFollowsSimilarToAndDerivationButNotAntonyms() {
    assertThat(wn.related("nationwide")).contains("comprehensive"); // similar-to its head adjective
    assertThat(wn.related("say", EnumSet.of(Relation.DERIVATION))).contains("saying");
    assertThat(wn.related("good")).doesNotContain("bad");
    assertThat(wn.antonyms("good")).contains("bad");
  }

  @Test
  void sensesComeInSenseNumberOrderWithTagCounts() {
    var senses = wn.senses("say", PartOfSpeech.VERB);
    assertThat(senses).isNotEmpty();
    assertThat(senses.get(0).number()).isEqualTo(1);
    assertThat(senses.get(0).tagCount()).isGreaterThan(senses.get(senses.size() - 1).tagCount());
    assertThat(wn.tagCount("say")).isGreaterThan(wn.tagCount("aver"));
  }

  @Test
  void exceptionListsMapIrregularFormsBothWays() {
    assertThat(wn.exceptionBases("said", PartOfSpeech.VERB)).containsExactly("say");
    assertThat(wn.exceptionForms("child", PartOfSpeech.NOUN)).contains("children");
  }

  @Test
  void monthNamesAreProperNamesButTheModalIsUnknown() {
    assertThat(wn.isProperName("may", PartOfSpeech.NOUN)).isFalse(); // "may" is also the hawthorn
    assertThat(wn.isProperName("september", PartOfSpeech.NOUN)).isTrue();
    assertThat(wn.isCapitalised("china", wn.senses("china", PartOfSpeech.NOUN).get(0).synset())).isTrue();
  }

  @Test
  void anAcronymIsWrittenInCapitalsOnlyWhereEverySynsetWritesItSo() {
    assertThat(wn.written("dna")).isEqualTo("DNA");
    assertThat(wn.written("nato")).isEqualTo("NATO");
    assertThat(wn.written("am")).isEqualTo("am"); // also "Am", americium
    assertThat(wn.written("china")).isEqualTo("china"); // a capital, not capitals
    assertThat(wn.written("deoxyribonucleic acid")).isEqualTo("deoxyribonucleic acid");
    assertThat(wn.written("not a term at all")).isEqualTo("not a term at all");
  }

  @Test
  void compiledCacheRoundTrips(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path f = dir.resolve("wn.bin");
    wn.write(f);
    WordNet back = WordNet.read(f);
    assertThat(back.synsetCount()).isEqualTo(wn.synsetCount());
    assertThat(back.synonyms("year")).containsExactlyElementsOf(wn.synonyms("year"));
    assertThat(back.related("say")).containsExactlyElementsOf(wn.related("say"));
    assertThat(back.exceptionForms("take", PartOfSpeech.VERB)).containsExactlyElementsOf(
        wn.exceptionForms("take", PartOfSpeech.VERB));
  }

  @Test
  void holdsAllOfWordNet31() {
    assertThat(wn.synsetCount()).isEqualTo(117_791);
  }
}
